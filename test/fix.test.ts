/**
 * `--fix` and `--fix-dry-run`: the CLI (`main(io)`) on temporary folders (only
 * safe fixes, idempotence, CRLF and BOM, the diff), and the fix module
 * itself for what a run cannot stage (overlapping edits, a draft changed
 * underneath the write).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runMain} from './run-cli.js'
import {exitCode} from '../src/cli/index.js'
import {applyEdits, FixConflictError, fixFiles, mapOffset, safeEdits, writeAtomic} from '../src/node/fix.js'
import {isSafeFix} from '../src/core/define-rule.js'
import {rules} from '../rules/index.js'
import {checkText} from './helpers.js'

let folder: string

function run(args: string[], options: {input?: string} = {}) {
  return runMain(args, {...options, cwd: folder})
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

function read(name: string): Buffer {
  return fs.readFileSync(path.join(folder, name))
}

/** Files in a folder other than the given drafts: leftover temporary files. */
function strays(dir: string, drafts: ReadonlyArray<string>): string[] {
  return fs.readdirSync(dir).filter((name) => !drafts.includes(name))
}

const messy = 'The the the minister said so.The talks ended.Then the the talks resumed. The goverment said.\n'
const fixed = 'The minister said so. The talks ended. Then the talks resumed. The goverment said.\n'

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-fix-'))
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('copydesk --fix', () => {
  it('applies safe fixes only, adjacent ones together, and reports what remains in the fixed text', async () => {
    write('messy/story.txt', messy)
    const result = await run(['--fix', 'messy/story.txt'])
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    expect(read('messy/story.txt').toString('utf8')).toBe(fixed)
    // The misspelling is a suggestion: reported (at its place in the fixed text), never applied.
    expect(result.stdout).toMatch(/1:68-1:77 +warning +Unexpected unknown word `goverment`, expected +spelling\n +`government`\n/)
    expect(result.stdout).not.toMatch(/repeated-word|missing-space/)
    expect(strays(path.join(folder, 'messy'), ['story.txt'])).toEqual([])
  })

  it('is idempotent: a second run changes nothing', async () => {
    write('twice/story.txt', messy)
    expect((await run(['--fix', 'twice/story.txt'])).code).toBe(0)
    const first = read('twice/story.txt')
    const second = await run(['--fix', 'twice/story.txt'])
    expect(second.code).toBe(0)
    expect(read('twice/story.txt').equals(first)).toBe(true)
    expect((await run(['--fix-dry-run', 'twice/story.txt'])).stdout).toBe('')
  })

  it('never applies suggestions', async () => {
    const text = 'The goverment said the capitol fell.\n'
    write('suggestions/story.txt', text)
    const result = await run(['--fix', '--format', 'json', 'suggestions/story.txt'])
    expect(result.code).toBe(0)
    expect(read('suggestions/story.txt').toString('utf8')).toBe(text)
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(file!.messages.map((message) => message.ruleId)).toContain('spelling')
  })

  it('applies the quote fixes quote-balance marks safe, and only those', async () => {
    // A straight mark in a curly pair, a reversed curly mark, an apostrophe typed as an
    // opening quote; the never-closed quotation at the end has no safe fix.
    const text = '"Go home,” she said.\n\n“We won,“ he said of the ‘90s.\n\n“It is not over.\n\nThe end.\n'
    write('quotes/story.txt', text)
    const result = await run(['--fix', '--format', 'json', 'quotes/story.txt'])
    expect(read('quotes/story.txt').toString('utf8')).toBe('“Go home,” she said.\n\n“We won,” he said of the ’90s.\n\n“It is not over.\n\nThe end.\n')
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; line: number}>}>
    expect(file!.messages.filter((message) => message.ruleId === 'quote-balance').map((message) => message.line)).toEqual([5])
  })

  it('keeps CRLF line endings, a BOM and everything outside the fixed spans', async () => {
    const before = '\uFEFFFirst line.\r\nThe the minister said so.The talks ended.\r\n\r\nCafé société 😀 was open.Then it closed.\r\n'
    const after = '\uFEFFFirst line.\r\nThe minister said so. The talks ended.\r\n\r\nCafé société 😀 was open. Then it closed.\r\n'
    write('crlf/story.txt', Buffer.from(before, 'utf8'))
    const result = await run(['--fix', 'crlf/story.txt'])
    expect(result.code).toBe(0)
    expect(read('crlf/story.txt').equals(Buffer.from(after, 'utf8'))).toBe(true)
  })

  it('keeps the file mode', async () => {
    const file = write('mode/story.txt', messy)
    fs.chmodSync(file, 0o640)
    expect((await run(['--fix', 'mode/story.txt'])).code).toBe(0)
    expect(fs.statSync(file).mode & 0o777).toBe(0o640)
    expect(read('mode/story.txt').toString('utf8')).toBe(fixed)
  })

  it('fixes Markdown drafts and leaves code alone', async () => {
    const text = '# Talks\n\nThe the talks ended.Then `the the` stayed.\n'
    write('md/story.md', text)
    expect((await run(['--fix', 'md/story.md'])).code).toBe(0)
    expect(read('md/story.md').toString('utf8')).toBe('# Talks\n\nThe talks ended. Then `the the` stayed.\n')
  })
})

describe('copydesk --fix-dry-run', () => {
  it('prints a unified diff and leaves the draft unchanged', async () => {
    const file = write('dry/story.txt', 'Line one.\nThe the minister said so.\nLine three.\n')
    const mtime = fs.statSync(file).mtimeMs
    const result = await run(['--fix-dry-run', 'dry/story.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(
      [
        '--- a/dry/story.txt',
        '+++ b/dry/story.txt',
        '@@ -1,3 +1,3 @@',
        ' Line one.',
        '-The the minister said so.',
        '+The minister said so.',
        ' Line three.',
        ''
      ].join('\n')
    )
    expect(read('dry/story.txt').toString('utf8')).toBe('Line one.\nThe the minister said so.\nLine three.\n')
    expect(fs.statSync(file).mtimeMs).toBe(mtime)
    // Findings that would remain are reported, at their place in the unchanged draft.
    expect(result.stderr).not.toMatch(/repeated-word/)
  })

  it('refuses a report on stdout next to the diff, and --fix with --fix-dry-run', async () => {
    write('dry2/story.txt', 'The the minister said so.\n')
    const both = await run(['--fix-dry-run', '--format', 'json', 'dry2/story.txt'])
    expect(both.code).toBe(2)
    expect(both.stderr).toBe(
      'copydesk: Cannot print the diff and a `json` report both on stdout, expected `--output <file>` for the report\n'
    )
    const flags = await run(['--fix', '--fix-dry-run', 'dry2/story.txt'])
    expect(flags.code).toBe(2)
    expect(flags.stderr).toMatch(/^copydesk: Unexpected `--fix` with `--fix-dry-run`, expected one of them\n/)
  })
})

describe('copydesk --fix on stdin', () => {
  it('prints the fixed draft on stdout and the report on stderr', async () => {
    const result = await run(['--fix', '--stdin-filename', 'story.txt'], {input: messy})
    expect(result.code).toBe(0)
    expect(result.stdout).toBe(fixed)
    expect(result.stderr).toMatch(/1:68-1:77 +warning +Unexpected unknown word `goverment`/)
  })

  it('prints a diff with --fix-dry-run', async () => {
    const result = await run(['--fix-dry-run'], {input: 'The the minister said so.\n'})
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^--- a\/<stdin>\n\+\+\+ b\/<stdin>\n@@ -1,1 \+1,1 @@\n-The the minister said so.\n\+The minister said so.\n$/)
  })
})

describe('applyEdits', () => {
  it('applies the first of overlapping edits and skips the rest', () => {
    const result = applyEdits('abcdefghij', [
      {start: 3, end: 6, text: 'X'},
      {start: 1, end: 4, text: 'Y'},
      {start: 8, end: 8, text: '+'},
      {start: 8, end: 8, text: '!'}
    ])
    expect(result.text).toBe('aYefgh+ij')
    expect(result.applied.map((edit) => edit.text)).toEqual(['Y', '+'])
    expect(result.skipped.map((edit) => edit.text)).toEqual(['X', '!'])
  })

  it('applies adjacent edits, and an insertion next to a replacement', () => {
    const result = applyEdits('The the the end', [
      {start: 3, end: 7, text: ''},
      {start: 7, end: 11, text: ''},
      {start: 11, end: 11, text: ','}
    ])
    expect(result.text).toBe('The, end')
    expect(result.skipped).toEqual([])
  })

  it('maps offsets of remaining findings into the fixed text', () => {
    const applied = [
      {start: 3, end: 7, text: ''},
      {start: 10, end: 10, text: ' '}
    ]
    expect(mapOffset(2, applied, 'start')).toBe(2)
    expect(mapOffset(8, applied, 'start')).toBe(4)
    expect(mapOffset(5, applied, 'start')).toBe(3)
    expect(mapOffset(10, applied, 'start')).toBe(7)
    expect(mapOffset(10, applied, 'end')).toBe(6)
  })

  it('takes only safe findings whose span still holds their text', () => {
    const file = new VFile({path: 'story.txt', value: 'The the goverment.'})
    const repeat = file.message('repeat', {
      place: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 8, offset: 7}},
      ruleId: 'repeated-word',
      source: 'copydesk'
    })
    repeat.actual = ' the'
    repeat.expected = ['']
    const spelling = file.message('spelling', {
      place: {start: {line: 1, column: 9, offset: 8}, end: {line: 1, column: 18, offset: 17}},
      ruleId: 'spelling',
      source: 'copydesk'
    })
    spelling.actual = 'goverment'
    spelling.expected = ['government']
    const stale = file.message('stale', {
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 4, offset: 3}},
      ruleId: 'repeated-word',
      source: 'copydesk'
    })
    stale.actual = 'xyz'
    stale.expected = ['']
    expect(safeEdits(String(file.value), file.messages).map((edit) => edit.message)).toEqual([repeat])
  })
})

describe('isSafeFix', () => {
  it('takes every finding of a rule whose fixes are safe', async () => {
    const file = await checkText('The the talks ended.\n')
    expect(file.messages.map((message) => [message.ruleId, isSafeFix(message, rules)])).toEqual([['repeated-word', true]])
  })

  it('takes a finding its rule marks safe and leaves that rule\'s suggestions', async () => {
    // quote-balance's fixes are suggestions, but the curl a partner mark settles is safe.
    const file = await checkText('The mayor said "the budget is fine,” and left. Staff said “no comment,’ and left.\n')
    const found = file.messages.map((message) => [message.reason.split(',')[0], isSafeFix(message, rules)])
    expect(found).toEqual([
      ['Unexpected straight opening mark `"` in a quotation with curly `”`', true],
      ['Unexpected closing mark `’` for a quotation opened with `“`', false]
    ])
  })

  it('leaves a finding of another plugin, even under a safe rule\'s id', () => {
    const file = new VFile({path: 'story.txt', value: 'The the talks.'})
    const foreign = file.message('repeat', {ruleId: 'repeated-word', source: 'retext-repeated-words'})
    foreign.expected = ['']
    ;(foreign as {fixSafe?: boolean}).fixSafe = true
    expect(isSafeFix(foreign, rules)).toBe(false)
    expect(isSafeFix(file.message('no rule', {source: 'copydesk'}), rules)).toBe(false)
  })
})

describe('writeAtomic', () => {
  it('refuses a stale snapshot and leaves the file untouched', () => {
    const dir = fs.mkdtempSync(path.join(folder, 'stale-'))
    const file = path.join(dir, 'story.txt')
    fs.writeFileSync(file, 'Edited by someone else.\n')
    expect(() => writeAtomic(file, 'The the minister.\n', 'The minister.\n')).toThrow(FixConflictError)
    expect(fs.readFileSync(file, 'utf8')).toBe('Edited by someone else.\n')
    expect(strays(dir, ['story.txt'])).toEqual([])
  })

  it('refuses when the file changes right before the rename, and removes its temporary file', () => {
    const dir = fs.mkdtempSync(path.join(folder, 'race-'))
    const file = path.join(dir, 'story.txt')
    fs.writeFileSync(file, 'The the minister.\n')
    const hooks = {beforeRename: () => fs.writeFileSync(file, 'Saved in an editor.\n')}
    expect(() => writeAtomic(file, 'The the minister.\n', 'The minister.\n', hooks)).toThrow(FixConflictError)
    expect(fs.readFileSync(file, 'utf8')).toBe('Saved in an editor.\n')
    expect(strays(dir, ['story.txt'])).toEqual([])
  })

  it('writes through a symbolic link to the draft', () => {
    const dir = fs.mkdtempSync(path.join(folder, 'link-'))
    const target = path.join(dir, 'story.txt')
    const link = path.join(dir, 'link.txt')
    fs.writeFileSync(target, 'The the minister.\n')
    fs.symlinkSync(target, link)
    writeAtomic(link, 'The the minister.\n', 'The minister.\n')
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true)
    expect(fs.readFileSync(target, 'utf8')).toBe('The minister.\n')
  })
})

describe('fixFiles', () => {
  it('reports a draft changed underneath as a one-line input finding, exit code 2, nothing written', async () => {
    const dir = fs.mkdtempSync(path.join(folder, 'files-'))
    const filePath = path.join(dir, 'story.txt')
    fs.writeFileSync(filePath, 'The the minister.\n')
    const file = new VFile({path: filePath, value: 'The the minister.\n'})
    const repeat = file.message('Unexpected repeated word `the the`, expected `the`', {
      place: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 8, offset: 7}},
      ruleId: 'repeated-word',
      source: 'copydesk'
    })
    repeat.actual = ' the'
    repeat.expected = ['']
    repeat.fatal = false
    const output = await fixFiles([file], {
      mode: 'write',
      cwd: dir,
      hooks: {beforeRename: () => fs.writeFileSync(filePath, 'Saved in an editor.\n')}
    })
    expect(output).toBe('')
    expect(fs.readFileSync(filePath, 'utf8')).toBe('Saved in an editor.\n')
    expect(file.messages.map((message) => message.reason)).toEqual([
      'Unexpected repeated word `the the`, expected `the`',
      'Cannot write fixes: the draft changed since it was read, expected it unchanged until copydesk is done; nothing was written'
    ])
    expect(file.messages[1]!.fatal).toBe(true)
    expect(exitCode([file], {frail: false, maxWarnings: undefined})).toBe(2)
    expect(strays(dir, ['story.txt'])).toEqual([])
  })
})
