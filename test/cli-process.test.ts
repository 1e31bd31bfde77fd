/**
 * The built binary in a real child process: only what a test through
 * `main(io)` cannot see. The exit status the shell gets (bin.js sets
 * `process.exitCode`), stdin read from a real pipe, which of stdout and
 * stderr each report goes to, a failure printed with no stack trace by a
 * whole Node.js process, `--fix` ending by a signal, `--fix` as another
 * user, and the GitHub Action's shell step. Everything else about the CLI
 * is tested in this process (cli.test.ts and the files it names).
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {bin, repositoryRoot, runCli} from './run-cli.js'
import {tempFolder} from './temp-folder.js'

const folder = tempFolder('process')
const write = folder.write

function run(args: string[], input?: string) {
  return runCli(args, {cwd: folder.path, input})
}

const messy = 'The the minister spoke.\n'
const fixed = 'The minister spoke.\n'
const temporary = /\.copydesk-[\da-f]{12}\.tmp$/

beforeAll(() => {
  write('clean.txt', 'The minister spoke to reporters in Kyiv on Monday.\n')
  write('typo.txt', 'The goverment said so.\n')
})

describe('copydesk as a process', () => {
  it('exits 0 on a clean draft and prints nothing with --quiet', () => {
    expect(run(['--quiet', 'clean.txt'])).toEqual({code: 0, stdout: '', stderr: ''})
  })

  it('hands a report far larger than a pipe holds to the pipe whole before it exits', async () => {
    // bin.js exits as soon as stdout and stderr have taken their writes, not when Node has drained.
    write('long.txt', Array.from({length: 1500}, (_, index) => `The the minister spoke on day ${index + 1}.`).join('\n\n') + '\n')
    const child = spawn(process.execPath, [bin, '--format', 'json', '--frail', 'long.txt'], {cwd: folder.path, env: {...process.env, NO_COLOR: '1'}})
    const chunks: Buffer[] = []
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    // Read slowly, so the child's writes wait on a full pipe.
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      child.stdout.pause()
      setTimeout(() => child.stdout.resume(), 5)
    })
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    const stdout = Buffer.concat(chunks).toString('utf8')
    expect(stdout.length).toBeGreaterThan(256 * 1024)
    const report = JSON.parse(stdout) as Array<{messages: Array<{ruleId: string}>}>
    expect(report[0]!.messages.filter((message) => message.ruleId === 'repeated-word')).toHaveLength(1500)
    expect(code).toBe(1)
    expect(stderr).toBe('copydesk: 1500 warnings with `--frail`, expected none\n')
  }, 60_000)

  it('exits 1 with --frail on a warning, the stylish report on stdout and why on stderr', () => {
    const result = run(['--frail', 'typo.txt'])
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(/^typo\.txt\n1:5-1:14 +warning +Unexpected unknown word `goverment`, expected +spelling\n +`government`\n/)
    expect(result.stderr).toBe('copydesk: 1 warning with `--frail`, expected none\n')
  })

  it('prints the stylish report on stderr when stdout carries the fixed draft', () => {
    const result = run(['--fix', '--stdin-filename', 'piped.txt'], 'The the goverment said so.\n')
    expect(result.stdout).toBe('The goverment said so.\n')
    expect(result.stderr).toMatch(/piped\.txt\n1:5-1:14 +warning +Unexpected unknown word `goverment`/)
  })

  it('reads a draft from a pipe, and prints a JSON report on stdout and nothing on stderr', () => {
    const result = run(['--format', 'json', '--stdin-filename', 'piped.md'], 'The goverment said `teh`.\n')
    expect(result.code).toBe(0)
    expect(result.stderr).toBe('')
    const report = JSON.parse(result.stdout) as Array<{messages: Array<{actual: string}>}>
    expect(report[0]!.messages.map((message) => message.actual)).toEqual(['goverment'])
  })

  it('exits 2 on bad input with one line per problem and no stack trace', () => {
    write('broken/.retextrc', '{"plugins": [')
    write('broken/a.txt', 'Text.\n')
    const config = run(['broken'])
    expect(config.code).toBe(2)
    expect(config.stdout).toBe('')
    expect(config.stderr).toMatch(/^copydesk: Cannot parse config `.*broken\/\.retextrc`[^\n]*\n$/)
    const binary = run([write('binary.txt', Buffer.from([0, 1, 2, 3, 0x50, 0x4b])), 'typo.txt'])
    expect(binary.code).toBe(2)
    expect(binary.stdout).toMatch(/binary\.txt[\s\S]*Cannot check binary file/)
    expect(binary.stdout).toMatch(/goverment/)
    for (const output of [config.stderr, binary.stdout, binary.stderr]) expect(output).not.toMatch(/\n\s+at .+:\d+:\d+/)
  })
})

describe('--fix in a process', () => {
  // A signal to the process: the handlers --fix installs end the whole process.
  it('on SIGTERM while writing: ends by the signal, every draft whole, no temporary file left', async () => {
    const dir = path.join(folder.path, 'signal')
    const count = 600
    for (let index = 0; index < count; index++) write(`signal/d${String(index).padStart(4, '0')}.txt`, messy)
    const child = spawn(process.execPath, [bin, '--fix', '--quiet', '--jobs', '1', dir], {stdio: 'ignore'})
    const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
      child.on('exit', (code, signal) => resolve({code, signal}))
    )
    // Send the signal once the first draft is written: the run is then in its write phase.
    const first = path.join(dir, 'd0000.txt')
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (fs.readFileSync(first, 'utf8') === fixed || child.exitCode !== null) {
          clearInterval(poll)
          resolve()
        }
      }, 2)
    })
    child.kill('SIGTERM')
    const {signal} = await exited
    expect(signal).toBe('SIGTERM')
    const names = fs.readdirSync(dir)
    expect(names.filter((name) => temporary.test(name))).toEqual([])
    expect(names).toHaveLength(count)
    const contents = new Set(names.map((name) => fs.readFileSync(path.join(dir, name), 'utf8')))
    expect([...contents].every((text) => text === messy || text === fixed)).toBe(true)
  }, 120_000)

  // Another user: this process cannot change its own user id and back.
  it('leaves a read-only draft alone for a user who is not root', (context) => {
    const setpriv = spawnSync('setpriv', ['--version']).status === 0
    if (process.getuid?.() !== 0 || !setpriv) {
      if (process.env['CI']) throw new Error('This test needs root and setpriv(1) under CI')
      context.skip()
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nobody-'))
    try {
      fs.chmodSync(dir, 0o755)
      const locked = path.join(dir, 'locked.txt')
      fs.writeFileSync(locked, messy)
      fs.chmodSync(locked, 0o444)
      fs.chownSync(dir, 65534, 65534)
      fs.chownSync(locked, 65534, 65534)
      const result = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, bin, '--fix', 'locked.txt'], {
        cwd: dir,
        encoding: 'utf8',
        env: {...process.env, NO_COLOR: '1'}
      })
      expect(result.stdout).toMatch(/Cannot write fixes: the draft is read-only/)
      expect(result.status).toBe(2)
      expect(fs.readFileSync(locked, 'utf8')).toBe(messy)
    } finally {
      fs.rmSync(dir, {recursive: true, force: true})
    }
  })
})
