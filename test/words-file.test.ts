/**
 * `wordsFile` is held to the project: a regular file in the config's folder
 * or below, bounded, UTF-8. Each way out gives one line naming the config,
 * the key and what was expected (exit 2), and nothing outside the project
 * is opened. "Add word" appends and keeps the person's lines.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ConfigError} from '../src/core/settings.js'
import {addWord, WordListError} from '../src/language-server/word-list.js'
import {appendWord, maxWordsFileBytes, readWordsFile} from '../src/node/words-file.js'
import {runMain} from './run-cli.js'

let folder: string

function write(name: string, content: string | Buffer): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

/** A project folder whose config names `wordsFile`, with one draft; returns the draft. */
function project(name: string, wordsFile: string): string {
  write(`${name}/.retextrc`, JSON.stringify({plugins: [['copydesk', {wordsFile}]]}))
  return write(`${name}/draft.txt`, 'The goverment said so.\n')
}

beforeAll(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-words-')))
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('wordsFile in config', () => {
  it('reads a words file in the project, below the config too', async () => {
    write('good/lists/desk.txt', '# desk list\n\ngoverment\n')
    const result = await runMain(['--quiet', project('good', 'lists/desk.txt')], {cwd: folder})
    expect(result).toMatchObject({code: 0, stderr: ''})
  })

  const cases: Array<[string, () => string, RegExp]> = [
    ['/dev/zero', () => project('zero', '/dev/zero'), /got `\/dev\/zero`, outside the project, expected a file in `.*\/zero` \(the folder holding the config\) or below$/],
    ['/etc/passwd', () => project('passwd', '/etc/passwd'), /got `\/etc\/passwd`, outside the project, expected a file in `.*\/passwd`/],
    [
      '../outside.txt',
      () => (write('outside.txt', 'goverment\n'), project('parent', '../outside.txt')),
      /got `\.\.\/outside\.txt`, outside the project, expected a file in `.*\/parent`/
    ],
    [
      'a link out of the project',
      () => (fs.mkdirSync(path.join(folder, 'linked'), {recursive: true}), fs.symlinkSync('/etc/passwd', path.join(folder, 'linked/words.txt')), project('linked', 'words.txt')),
      /got `words\.txt`, a link to `\/etc\/passwd` outside the project/
    ],
    [
      'a FIFO',
      () => (fs.mkdirSync(path.join(folder, 'fifo'), {recursive: true}), execFileSync('mkfifo', [path.join(folder, 'fifo/words.txt')]), project('fifo', 'words.txt')),
      /got `words\.txt`, a FIFO, expected a regular file of words$/
    ],
    ['a folder', () => (fs.mkdirSync(path.join(folder, 'dir/words'), {recursive: true}), project('dir', 'words')), /got `words`, a folder, expected a regular file of words$/],
    [
      'a binary file',
      () => (write('binary/words.bin', Buffer.from([0x50, 0x4b, 0, 3, 0xff])), project('binary', 'words.bin')),
      /got `words\.bin`, not UTF-8 text, expected a UTF-8 list of words$/
    ],
    [
      'a file over the size bound',
      () => {
        const file = path.join(folder, 'big/words.txt')
        fs.mkdirSync(path.dirname(file), {recursive: true})
        // Sparse: the size is what counts, and it is refused before a byte is read.
        fs.writeFileSync(file, '')
        fs.truncateSync(file, maxWordsFileBytes + 1)
        return project('big', 'words.txt')
      },
      /got `words\.txt` of 5,242,881 bytes, expected at most 5,242,880 bytes \(5 MB\)$/
    ]
  ]
  for (const [name, setup, pattern] of cases) {
    it(`refuses ${name} in one line naming the config and key, exit 2`, async () => {
      const draft = setup()
      const result = await runMain([draft], {cwd: folder})
      expect(result.code).toBe(2)
      const lines = result.stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(new RegExp(`^copydesk: ${path.dirname(draft)}/\\.retextrc: Unexpected value for \`wordsFile\`: `))
      expect(lines[0]).toMatch(pattern)
    })
  }

  it('reads the bound exactly: a file of 5 MB is read', () => {
    const file = write('edge/words.txt', '')
    fs.truncateSync(file, maxWordsFileBytes)
    fs.writeFileSync(file, 'goverment\n', {flag: 'r+'})
    expect(() => readWordsFile('words.txt', path.join(folder, 'edge'))).toThrow(ConfigError)
    // NUL padding is binary; a real list of that size reads.
    fs.writeFileSync(file, 'word\n'.repeat(maxWordsFileBytes / 5))
    expect(readWordsFile('words.txt', path.join(folder, 'edge'))).toHaveLength(maxWordsFileBytes / 5)
  })
})

describe('adding a word', () => {
  it('appends, keeping comments, blank lines, order, CRLF and a missing final line break', () => {
    const original = '# House list\r\n\r\nzebra\r\nPeskov  # spokesman\r\n\r\nalpha'
    const file = write('append/words.txt', original)
    const project = path.dirname(file)
    expect(appendWord('words.txt', project, 'goverment')).toEqual({filePath: file, present: false})
    expect(fs.readFileSync(file, 'utf8')).toBe(original + '\r\ngoverment\r\n')
    expect(appendWord('words.txt', project, 'Peskov')).toEqual({filePath: file, present: true})
    expect(fs.readFileSync(file, 'utf8')).toBe(original + '\r\ngoverment\r\n')
  })

  it('keeps a BOM and creates a missing file', () => {
    const file = write('bom/words.txt', '\uFEFFalpha\n')
    appendWord('words.txt', path.dirname(file), 'beta')
    expect(fs.readFileSync(file, 'utf8')).toBe('\uFEFFalpha\nbeta\n')
    appendWord('new/list.txt', path.dirname(file), 'gamma')
    expect(fs.readFileSync(path.join(folder, 'bom/new/list.txt'), 'utf8')).toBe('gamma\n')
  })

  it('refuses a words file outside the project and leaves it as it was', () => {
    const outside = write('victim.sh', '#!/bin/sh\n# my shell profile\nexport PATH=/usr/local/bin:$PATH\n\nalias ll="ls -l"\n')
    const before = fs.readFileSync(outside, 'utf8')
    const config = write('editor/.retextrc', JSON.stringify({plugins: [['copydesk', {wordsFile: outside}]]}))
    expect(() => addWord('goverment', config, {wordsFile: outside}, path.dirname(config))).toThrow(
      /^Cannot add `goverment` to the word list: .*\/editor\/\.retextrc: Unexpected value for `wordsFile`: got `.*victim\.sh`, outside the project/
    )
    fs.symlinkSync(outside, path.join(folder, 'editor/words.txt'))
    expect(() => addWord('goverment', config, {wordsFile: 'words.txt'}, path.dirname(config))).toThrow(/a link to `.*victim\.sh` outside the project/)
    fs.mkdirSync(path.join(folder, 'editor/up'))
    fs.symlinkSync(folder, path.join(folder, 'editor/up/root'))
    expect(() => addWord('goverment', config, {wordsFile: 'up/root/new-words.txt'}, path.dirname(config))).toThrow(/outside the project/)
    expect(fs.existsSync(path.join(folder, 'new-words.txt'))).toBe(false)
    expect(fs.readFileSync(outside, 'utf8')).toBe(before)
  })

  it('refuses a word that is not one line', () => {
    const file = write('inject/words.txt', 'alpha\n')
    for (const word of ['injected\n#!/bin/evil', 'two\rlines', ' padded', '', 'hash#tag', 'esc\u001B]0;x\u0007']) {
      expect(() => addWord(word, path.join(folder, 'inject/.retextrc'), {wordsFile: 'words.txt'}, path.dirname(file))).toThrow(WordListError)
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('alpha\n')
  })
})
