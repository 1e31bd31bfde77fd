/**
 * The CLI as a user runs it, through `main(io)` in this process: exit
 * codes, formats, config discovery, and bad input (a clear one-line message,
 * never a stack trace). What only a real process shows is in
 * cli-process.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runMain} from './run-cli.js'

let folder: string

function run(args: string[], options: {input?: string; cwd?: string; built?: boolean; tty?: boolean} = {}) {
  return runMain(args, {...options, cwd: options.cwd ?? folder})
}

function write(name: string, content: string | Buffer): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

function expectNoStack(output: string): void {
  expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/)
}

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'))
  write('clean.txt', 'The minister spoke to reporters in Kyiv on Monday.\n')
  write('typo.txt', 'The goverment said so.\n')
  write('story.md', '# Budget\n\nThe goverment said `exmaple` is fine.\n')
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('copydesk CLI', () => {
  it('prints help and version', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toMatch(/Usage: copydesk/)
    expect(help.stdout).toMatch(/Exit codes/)
    expect(help.stdout.split('\n').filter((line) => line.length > 80)).toEqual([])
    const version = await run(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('is quiet and exits 0 on a clean draft with --quiet', async () => {
    const result = await run(['--quiet', 'clean.txt'])
    expect(result).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('reports findings as file:line:col, exits 0 on warnings and 1 with --frail', async () => {
    const result = await run(['typo.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toBe('typo.txt\n1:5-1:14 warning Unexpected unknown word `goverment`, expected          spelling\n                 `government`\n\n⚠ 1 warning\n')
    expect((await run(['--frail', 'typo.txt'])).code).toBe(1)
    expect((await run(['--max-warnings', '0', 'typo.txt'])).code).toBe(1)
    expect((await run(['--max-warnings', '1', 'typo.txt'])).code).toBe(0)
  })

  it('says why warnings alone failed the run', async () => {
    const tooMany = await run(['--max-warnings', '0', 'typo.txt'])
    expect(tooMany.stderr).toBe('copydesk: 1 warning, more than the maximum 0 (`--max-warnings`)\n')
    const frail = await run(['--frail', 'typo.txt'])
    expect(frail.stderr).toBe('copydesk: 1 warning with `--frail`, expected none\n')
    expect((await run(['--max-warnings', '1', 'typo.txt'])).stderr).not.toMatch(/maximum/)
  })

  it('reports an empty draft as empty without failing the run, even with --frail', async () => {
    write('placeholder/empty.txt', '')
    write('placeholder/blank.md', '\n  \n')
    write('placeholder/story.txt', 'The minister spoke on Monday.\n')
    const result = await run(['--frail', 'placeholder'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/empty\.txt\n1:1(-1:1)? +info +Unexpected empty draft, expected text: nothing was checked +input/)
    expect(result.stdout).toMatch(/blank\.md\n1:1(-1:1)? +info +Unexpected empty draft/)
  })

  it('exits 1 on error-level findings set in config', async () => {
    write('strict/.retextrc', JSON.stringify({plugins: [['copydesk', {rules: {spelling: 'error'}}]]}))
    write('strict/typo.txt', 'The goverment said so.\n')
    const result = await run(['strict'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/error +Unexpected unknown word/)
  })

  it('finds YAML config and package.json fields from the file upwards', async () => {
    write('british/.retextrc.yml', 'plugins:\n  - - copydesk\n    - dialect: en-GB\n')
    write('british/deep/colour.txt', 'The colour of the flag.\n')
    expect(await run(['british', '--quiet'])).toMatchObject({stdout: '', stderr: ''})
    write('pkg/package.json', JSON.stringify({name: 'x', copydesk: {plugins: [['copydesk', {words: ['goverment']}]]}}))
    write('pkg/typo.txt', 'The goverment said so.\n')
    expect(await run(['pkg', '--quiet'])).toMatchObject({stdout: '', stderr: ''})
    expect((await run(['pkg', '--quiet', '--no-config'])).stdout).toMatch(/goverment/)
  })

  it('reads copydesk’s settings as they are from the package.json field', async () => {
    write('plainpkg/package.json', JSON.stringify({name: 'x', copydesk: {words: ['goverment'], rules: {'repeated-word': 'error'}}}))
    write('plainpkg/typo.txt', 'The goverment said the the plan was late.\n')
    const result = await run(['plainpkg', '--format', 'json'])
    expect(result.code).toBe(1)
    expect(JSON.parse(result.stdout)[0].messages.map((message: {ruleId: string; fatal: boolean}) => [message.ruleId, message.fatal])).toEqual([['repeated-word', true]])
    write('mixedpkg/package.json', JSON.stringify({name: 'x', copydesk: {plugins: [], dialect: 'en-GB'}}))
    write('mixedpkg/typo.txt', 'Text.\n')
    expect((await run(['mixedpkg'])).stderr).toMatch(/package\.json: Unexpected key `dialect`, expected `plugins` or `settings`/)
  })

  it('reads a words file relative to its config', async () => {
    write('words/.retextrc', JSON.stringify({plugins: [['copydesk', {wordsFile: 'desk-words.txt'}]]}))
    write('words/desk-words.txt', '# desk list\ngoverment\n')
    write('words/typo.txt', 'The goverment said so.\n')
    expect(await run(['words', '--quiet'])).toMatchObject({code: 0, stdout: '', stderr: ''})
  })

  it('skips files named in .retextignore, and reads them with --no-ignore', async () => {
    write('ignoring/.retextignore', 'drafts/old/\n')
    write('ignoring/drafts/old/typo.txt', 'The goverment said so.\n')
    write('ignoring/drafts/new.txt', 'All is well.\n')
    expect(await run(['--quiet', 'drafts'], {cwd: path.join(folder, 'ignoring')})).toMatchObject({code: 0, stdout: '', stderr: ''})
    expect((await run(['--quiet', '--no-ignore', 'drafts'], {cwd: path.join(folder, 'ignoring')})).stdout).toMatch(/goverment/)
  })

  it('runs a subset with --rule and --disable', async () => {
    expect(await run(['--disable', 'spelling', '--quiet', 'typo.txt'])).toMatchObject({stdout: '', stderr: ''})
    expect(await run(['--rule', 'name-spelling', '--quiet', 'typo.txt'])).toMatchObject({stdout: '', stderr: ''})
    expect((await run(['--rule', 'spelling', 'typo.txt'])).stdout).toMatch(/goverment/)
  })

  it('skips code in Markdown', async () => {
    const result = await run(['--format', 'json', 'story.md'])
    const report = JSON.parse(result.stdout) as Array<{messages: Array<{actual: string}>}>
    expect(report[0]!.messages.map((message) => message.actual)).toEqual(['goverment'])
  })

  it('asks for drafts when given none and stdin is a terminal', async () => {
    expect(await run([], {tty: true})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'copydesk: No input: give drafts, folders or globs, or pipe a draft in.\nRun `copydesk --help` for usage.\n'
    })
  })

  it('reads stdin, typed by --stdin-filename', async () => {
    const result = await run(['--format', 'json', '--stdin-filename', 'piped.md'], {input: 'The goverment said `teh`.\n'})
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Array<{messages: Array<{actual: string}>}>
    expect(report[0]!.messages.map((message) => message.actual)).toEqual(['goverment'])
  })

  it('prints JSON with every message field', async () => {
    const report = JSON.parse((await run(['--format', 'json', 'typo.txt'])).stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(report).toHaveLength(1)
    expect(report[0]!.messages[0]).toMatchObject({
      ruleId: 'spelling',
      source: 'copydesk',
      actual: 'goverment',
      expected: ['government', expect.any(String), expect.any(String)],
      fatal: false,
      line: 1,
      column: 5,
      place: {start: {line: 1, column: 5, offset: 4}, end: {line: 1, column: 14, offset: 13}}
    })
    expect(report[0]!.messages[0]!['url']).toMatch(/rules\/spelling\/readme\.md$/)
    expect(report[0]!.messages[0]!['note']).toMatch(/dictionary/)
  })

  it('writes SARIF to a file with --output', async () => {
    const result = await run(['--format', 'sarif', '--output', 'report.sarif', 'typo.txt'])
    expect(result.code).toBe(0)
    const sarif = JSON.parse(fs.readFileSync(path.join(folder, 'report.sarif'), 'utf8')) as {
      version: string
      runs: Array<{results: Array<{ruleId: string; locations: unknown[]}>}>
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.map((r) => r.ruleId)).toEqual(['spelling'])
  })

  it('prints GitHub annotations', async () => {
    expect((await run(['--format', 'github', 'typo.txt'])).stdout).toMatch(/^::warning file=typo\.txt,line=1,col=5,endLine=1,endColumn=14,title=copydesk\(spelling\)::Unexpected unknown word/m)
  })

  it('checks a large folder on worker threads with the same findings', async () => {
    for (let index = 0; index < 30; index++) write(`many/draft-${index}.txt`, `Draft ${index}: the goverment met.\n`)
    // The built CLI: its worker threads load the compiled worker.js.
    const result = await run(['--format', 'json', '--jobs', '2', 'many'], {built: true})
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout) as Array<{messages: Array<{actual: string; line: number; column: number}>}>
    expect(report).toHaveLength(30)
    for (const file of report) expect(file.messages.map((m) => [m.actual, m.line])).toEqual([['goverment', 1]])
  })

  describe('bad input: one clear line, exit 2, no stack trace', () => {
    const cases: Array<[string, () => string[], RegExp]> = [
      ['missing file', () => ['missing.txt'], /missing\.txt[\s\S]*Cannot read file: no such file or folder/],
      ['folder without drafts', () => [path.dirname(write('empty/readme.pdf', 'x'))], /No drafts found in `.*empty`/],
      ['binary file', () => [write('binary.txt', Buffer.from([0, 1, 2, 3, 0x50, 0x4b]))], /binary\.txt[\s\S]*Cannot check binary file/],
      ['invalid UTF-8', () => [write('latin1.txt', Buffer.from('caf\xe9 au lait\n', 'latin1'))], /latin1\.txt[\s\S]*not valid UTF-8/],
      ['broken JSON config', () => (write('broken/.retextrc', '{"plugins": ['), [path.dirname(write('broken/a.txt', 'Text.\n'))]), /Cannot parse config `.*broken\/\.retextrc`/],
      [
        'unknown setting value',
        () => (write('dialect/.retextrc', '{"plugins": [["copydesk", {"dialect": "en-ZA"}]]}'), [path.dirname(write('dialect/a.txt', 'Text.\n'))]),
        /\.retextrc: Unexpected value for `dialect`: got `en-ZA`, expected one of `auto`, `en-US`, `en-GB`, `en-CA`, `en-AU`, `en-NZ`, `en-IN`/
      ],
      [
        'unknown rule in config',
        () => (write('rule/.retextrc', '{"plugins": [["copydesk", {"rules": {"speling": "warn"}}]]}'), [path.dirname(write('rule/a.txt', 'Text.\n'))]),
        /Unexpected value for `rules\.speling`: unknown rule, expected `spelling`/
      ],
      ['unknown rule flag', () => ['--rule', 'name-speling', 'typo.txt'], /Unexpected unknown rule `name-speling`, expected `name-spelling`/],
      ['unknown format', () => ['--format', 'xml', 'typo.txt'], /Unexpected format `xml`/],
      ['bad --jobs', () => ['--jobs', 'many', 'typo.txt'], /Unexpected `--jobs many`/],
      ['unknown flag', () => ['--colour', 'typo.txt'], /Unknown option '--colour'/],
      ['missing --config file', () => ['--config', 'nope.json', 'typo.txt'], /Cannot read config `nope\.json`/]
    ]
    for (const [name, args, pattern] of cases) {
      it(name, async () => {
        const result = await run(args())
        expect(result.code).toBe(2)
        expect(result.stdout + result.stderr).toMatch(pattern)
        expectNoStack(result.stdout + result.stderr)
      })
    }

    it('still reports good files next to a bad one', async () => {
      const result = await run([write('bad.txt', Buffer.from([0, 0, 0])), 'typo.txt'])
      expect(result.code).toBe(2)
      expect(result.stdout).toMatch(/Cannot check binary file/)
      expect(result.stdout).toMatch(/goverment/)
    })
  })
})
