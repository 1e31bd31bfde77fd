/**
 * Which files a run reads, and how: FIFOs, sockets and devices are refused
 * without being opened, each draft is checked once by its real path, an
 * ignored draft named on the command line is reported as skipped, and the
 * bytes decide the encoding (a BOM does not shift columns, a literal U+FFFD
 * is text, UTF-16 is named). All through `main(io)`: a hang would time out.
 */
import {execFileSync} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {decodeDraft, firstInvalidUtf8} from '../src/node/read-draft.js'
import {runMain} from './run-cli.js'

let folder: string

function write(name: string, content: string | Buffer): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

function fifo(name: string): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  execFileSync('mkfifo', [file])
  return file
}

function run(args: string[], input?: string | Buffer) {
  return runMain(args, {cwd: folder, ...(input === undefined ? {} : {input})})
}

interface JsonFile {
  path: string
  messages: Array<{reason: string; ruleId: string; fatal: boolean | null; line: number; column: number; actual: string}>
}

async function json(args: string[], input?: string | Buffer): Promise<{code: number | null; files: JsonFile[]}> {
  const result = await run(['--format', 'json', ...args], input)
  return {code: result.code, files: JSON.parse(result.stdout) as JsonFile[]}
}

const typo = 'The goverment said so.\n'

beforeAll(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-files-')))
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('files that are not regular files', () => {
  it('refuses a FIFO found in a folder with one line, and reports the other drafts', async () => {
    fifo('pipes/pipe.txt')
    fifo('pipes/other-pipe')
    write('pipes/typo.txt', typo)
    const {code, files} = await json(['pipes'])
    expect(code).toBe(2)
    expect(files.map((file) => [file.path, file.messages.map((message) => message.reason)])).toEqual([
      ['pipes/pipe.txt', ['Cannot check FIFO (not a regular file), expected a text draft']],
      ['pipes/typo.txt', ['Unexpected unknown word `goverment`, expected `government`']]
    ])
  })

  it('refuses a FIFO, a socket and /dev/zero named on the command line', async () => {
    const socketPath = path.join(folder, 'sock.txt')
    const server = net.createServer()
    await new Promise<void>((resolve) => server.listen(socketPath, resolve))
    try {
      const {code, files} = await json(['pipes/pipe.txt', 'sock.txt', '/dev/zero', 'pipes/typo.txt'])
      expect(code).toBe(2)
      expect(files.map((file) => [path.basename(file.path), file.messages[0]!.reason])).toEqual([
        ['zero', 'Cannot check character device (not a regular file), expected a text draft'],
        ['pipe.txt', 'Cannot check FIFO (not a regular file), expected a text draft'],
        ['typo.txt', 'Unexpected unknown word `goverment`, expected `government`'],
        ['sock.txt', 'Cannot check socket (not a regular file), expected a text draft']
      ])
    } finally {
      server.close()
    }
  })

  it('refuses a FIFO reached through a symbolic link', async () => {
    fs.symlinkSync('pipe.txt', path.join(folder, 'pipes/link-to-pipe.txt'))
    const {files} = await json(['pipes/link-to-pipe.txt'])
    expect(files[0]!.messages[0]!.reason).toBe('Cannot check FIFO (not a regular file), expected a text draft')
  })
})

describe('each draft once, by its real path', () => {
  it('reports a draft in a folder with a symbolic link loop once', async () => {
    write('loop/sub/a.txt', typo)
    fs.symlinkSync('..', path.join(folder, 'loop/sub/up'))
    fs.symlinkSync('.', path.join(folder, 'loop/self'))
    const {files} = await json(['loop'])
    expect(files.map((file) => file.path)).toEqual(['loop/sub/a.txt'])
  })

  it('checks a draft and a link to it once, under the draft’s own name', async () => {
    write('pair/target.txt', typo)
    fs.symlinkSync('target.txt', path.join(folder, 'pair/a-link.txt'))
    fs.mkdirSync(path.join(folder, 'pair/z'))
    fs.symlinkSync('..', path.join(folder, 'pair/z/back'))
    const {files} = await json(['pair', 'pair/a-link.txt', 'pair/z/back/target.txt'])
    expect(files.map((file) => file.path)).toEqual(['pair/target.txt'])
    // A link named alone is checked under the name given.
    expect((await json(['pair/a-link.txt'])).files.map((file) => file.path)).toEqual(['pair/a-link.txt'])
  })

  it('fixes a draft and a link to it once, with no false “changed since it was read”', async () => {
    write('fixpair/target.txt', 'The the minister spoke.\n')
    fs.symlinkSync('target.txt', path.join(folder, 'fixpair/link.txt'))
    const result = await run(['--fix', 'fixpair'])
    expect(result.code).toBe(0)
    expect(result.stdout + result.stderr).not.toMatch(/changed since/)
    expect(fs.readFileSync(path.join(folder, 'fixpair/target.txt'), 'utf8')).toBe('The minister spoke.\n')
    expect(fs.lstatSync(path.join(folder, 'fixpair/link.txt')).isSymbolicLink()).toBe(true)
  })
})

describe('ignore files', () => {
  beforeAll(() => {
    write('ign/.retextignore', 'skip/\n')
    write('ign/skip/a.txt', typo)
    write('ign/b.txt', 'All is well.\n')
  })

  it('reports an ignored draft named on the command line as skipped, a warning naming the ignore file and pattern, exit 0', async () => {
    const result = await run(['ign/skip/a.txt'])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^ign\/skip\/a\.txt\n +warning +Skipped: ignored by `ign\/\.retextignore` pattern `skip\/` \(pass +input\n/)
    expect(result.stdout).toMatch(/\n +`--no-ignore` to check it\)\n/)
    expect(result.stdout + result.stderr).not.toMatch(/goverment|No drafts found/)
    const {code, files} = await json(['ign/skip/a.txt', 'ign/b.txt'])
    expect(code).toBe(0)
    expect(files.map((file) => [file.path, file.messages.map((message) => message.fatal)])).toEqual([
      ['ign/b.txt', []],
      ['ign/skip/a.txt', [false]]
    ])
  })

  it('skips ignored drafts found in folders or by globs without a word', async () => {
    expect((await json(['ign'])).files.map((file) => file.path)).toEqual(['ign/b.txt'])
    expect((await json(['ign/**/*.txt'])).files.map((file) => file.path)).toEqual(['ign/b.txt'])
    expect((await json(['--no-ignore', 'ign'])).files.map((file) => file.path)).toEqual(['ign/b.txt', 'ign/skip/a.txt'])
  })

  it('says in one line when --ignore-path cannot be read', async () => {
    const result = await run(['--ignore-path', 'missing-ignore', 'ign'])
    expect(result).toEqual({code: 2, stdout: '', stderr: 'copydesk: Cannot read ignore file `missing-ignore`: ENOENT, expected a readable file\n'})
  })
})

describe('encodings, decided from the bytes', () => {
  it('places line-1 findings after a BOM at the visible column in every format', async () => {
    write('bom/bom.txt', '\uFEFF' + typo)
    const {files} = await json(['bom/bom.txt'])
    expect(files[0]!.messages.map((message) => [message.line, message.column])).toEqual([[1, 5]])
    expect((await run(['bom/bom.txt'])).stdout).toMatch(/^1:5-1:14 +warning/m)
    expect((await run(['--format', 'github', 'bom/bom.txt'])).stdout).toMatch(/line=1,col=5,endLine=1,endColumn=14/)
    const sarif = JSON.parse((await run(['--format', 'sarif', 'bom/bom.txt'])).stdout) as {
      runs: Array<{results: Array<{locations: Array<{physicalLocation: {region: Record<string, number>}}>}>}>
    }
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.region).toMatchObject({startColumn: 5, endColumn: 14, charOffset: 4})
    // Stdin too.
    const piped = await json([], Buffer.from('\uFEFF' + typo))
    expect(piped.files[0]!.messages.map((message) => message.column)).toEqual([5])
  })

  it('keeps the BOM when --fix writes the draft and when it prints the fixed draft', async () => {
    const file = write('bom/fix.txt', '\uFEFFThe the minister spoke.\n')
    expect((await run(['--fix', 'bom/fix.txt'])).code).toBe(0)
    expect(fs.readFileSync(file, 'utf8')).toBe('\uFEFFThe minister spoke.\n')
    expect((await run(['--fix'], Buffer.from('\uFEFFThe the minister spoke.\n'))).stdout).toBe('\uFEFFThe minister spoke.\n')
  })

  it('checks valid UTF-8 holding a literal U+FFFD like any draft', async () => {
    write('enc/fffd.txt', 'The goverment printed \uFFFD in the headline.\n')
    const {code, files} = await json(['enc/fffd.txt'])
    expect(code).toBe(0)
    expect(files[0]!.messages.map((message) => message.ruleId)).toEqual(['spelling'])
  })

  it('refuses invalid UTF-8 at its first bad byte, on stdin too', async () => {
    write('enc/latin1.txt', Buffer.from('Fine line.\nCaf\xe9 \uFFFD au lait\n', 'latin1'))
    const {code, files} = await json(['enc/latin1.txt'])
    expect(code).toBe(2)
    expect(files[0]!.messages.map((message) => [message.reason, message.line, message.column])).toEqual([
      ['Cannot check file that is not valid UTF-8, expected UTF-8 text: re-save the draft as UTF-8', 2, 4]
    ])
    const piped = await json(['--stdin-filename', 'piped.txt'], Buffer.from('caf\xe9\n', 'latin1'))
    expect(piped.code).toBe(2)
    expect(piped.files).toMatchObject([{path: 'piped.txt', messages: [{reason: expect.stringMatching(/not valid UTF-8/)}]}])
  })

  it('names UTF-16, with or without a BOM', async () => {
    write('enc/utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(typo, 'utf16le')]))
    write('enc/utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(typo, 'utf16le').swap16()]))
    write('enc/utf16-bare.txt', Buffer.from(typo, 'utf16le'))
    const {files} = await json(['enc/utf16le.txt', 'enc/utf16be.txt', 'enc/utf16-bare.txt'])
    expect(files.map((file) => file.messages.map((message) => message.reason))).toEqual([
      ['Cannot check UTF-16 file, expected UTF-8 text: re-save the draft as UTF-8'],
      ['Cannot check UTF-16 file, expected UTF-8 text: re-save the draft as UTF-8'],
      ['Cannot check UTF-16 file, expected UTF-8 text: re-save the draft as UTF-8']
    ])
  })

  it('finds the first byte that is not well-formed UTF-8', () => {
    const cases: Array<[number[], number]> = [
      [[0x61, 0x62], -1],
      [[0xe2, 0x82, 0xac], -1],
      [[0xf0, 0x9f, 0x98, 0x80], -1],
      [[0x61, 0xc0, 0xaf], 1], // overlong
      [[0xed, 0xa0, 0x80], 0], // surrogate
      [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
      [[0x61, 0xe2, 0x82], 1], // cut short
      [[0x80], 0]
    ]
    for (const [bytes, expected] of cases) expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected)
    expect(decodeDraft(Buffer.from('\uFEFFtext\uFFFD', 'utf8'))).toEqual({ok: true, text: 'text\uFFFD', bom: '\uFEFF'})
  })
})
