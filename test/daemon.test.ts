/**
 * `copydesk_d`, the command line through a warm server (src/cli/daemon.ts,
 * daemon-server.ts): real processes, since the point is what a shell sees.
 * Each test has a socket folder of its own (`COPYDESK_D_DIR`) and stops
 * its server afterwards. What `copydesk` itself gives for a run is asked
 * of the real binary once per run, not once per assertion.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {ensureBuilt} from './built.js'
import {bin, repositoryRoot, type CliRun} from './run-cli.js'
import {tempFolder} from './temp-folder.js'

const client = path.join(repositoryRoot, 'dist/src/cli/daemon.js')
const serverScript = path.join(repositoryRoot, 'dist/src/cli/daemon-server.js')
const folder = tempFolder('daemon')
let socketFolder = ''
let testCount = 0
/** The socket folder of the server the output cases share. */
let sharedFolder = ''

type Socket = typeof import('../src/cli/daemon-socket.js')
let sockets: Socket

/** Run a Node script with `args`, collecting its output and exit code. */
function runScript(script: string, args: ReadonlyArray<string>, cwd: string, env: NodeJS.ProcessEnv, input?: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {cwd, env})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(input ?? '')
  })
}

/** Run `copydesk_d args…` in `cwd` with this test's socket folder. */
function runClient(args: ReadonlyArray<string>, options: {cwd?: string; input?: string; env?: Record<string, string>} = {}): Promise<CliRun> {
  const env = {...process.env, NO_COLOR: '1', COPYDESK_D_DIR: socketFolder, COPYDESK_D_IDLE: '2', COPYDESK_D_WARM_UPS: '0', ...options.env}
  return runScript(client, args, options.cwd ?? folder.path, env, options.input)
}

/** What `copydesk args…` gives in `cwd`: the real binary, as a shell runs it. */
function runCopydesk(args: ReadonlyArray<string>, cwd: string, input?: string): Promise<CliRun> {
  return runScript(bin, args, cwd, {...process.env, NO_COLOR: '1'}, input)
}

const references = new Map<string, Promise<CliRun>>()

/** `runCopydesk` in the test folder, once per arguments and stdin: only for drafts and configs no test changes. */
function reference(args: ReadonlyArray<string>, input?: string): Promise<CliRun> {
  const key = JSON.stringify([args, input])
  let run = references.get(key)
  if (!run) {
    run = runCopydesk(args, folder.path, input)
    references.set(key, run)
  }
  return run
}

/** The socket this test's server listens on. */
function socketPath(): string {
  const place = sockets.locate(repositoryRoot, {COPYDESK_D_DIR: socketFolder})
  if ('problem' in place) throw new Error(place.problem)
  return place.socket
}

/** The pid `copydesk_d status` reports, or undefined when no server runs. */
async function serverPid(): Promise<number | undefined> {
  const status = await runClient(['status'])
  const pid = /pid (\d+)/.exec(status.stdout)?.[1]
  return pid === undefined ? undefined : Number(pid)
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

async function until(condition: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out')
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const clean = 'The minister spoke to reporters in Kyiv on Monday.\n'
const typo = 'The goverment said so on Monday.\n'

beforeAll(async () => {
  await ensureBuilt()
  sockets = (await import(path.join(repositoryRoot, 'dist/src/cli/daemon-socket.js'))) as Socket
  folder.write('clean.txt', clean)
  folder.write('typo.txt', typo)
}, 120_000)

beforeEach(() => {
  // Short: a Unix socket's path must fit in about 100 bytes.
  socketFolder = path.join(folder.path, `s${++testCount}`)
})

/** Stop this test's server (`copydesk_d stop` names its pid), killing it if it will not go. */
async function stopServer(): Promise<void> {
  const stopped = /pid (\d+)/.exec((await runClient(['stop'])).stdout)?.[1]
  if (stopped !== undefined && alive(Number(stopped))) process.kill(Number(stopped), 'SIGKILL')
}

afterEach(async () => {
  if (socketFolder !== sharedFolder) await stopServer()
})

describe('copydesk_d', () => {
  describe('through one server', () => {
    beforeAll(() => {
      sharedFolder = path.join(folder.path, 'shared')
    })

    beforeEach(() => {
      socketFolder = sharedFolder
    })

    afterAll(async () => {
      socketFolder = sharedFolder
      await stopServer()
    })

    it('gives copydesk’s stdout, stderr and exit code: clean, findings, a missing file, JSON, stdin', async () => {
      const cases: Array<{args: string[]; input?: string}> = [
        {args: ['clean.txt']},
        {args: ['typo.txt']},
        {args: ['--frail', 'typo.txt']},
        {args: ['missing.txt']},
        {args: ['--format', 'json', 'typo.txt', 'clean.txt']},
        {args: [], input: typo},
        {args: ['--stdin-filename', 'story.md', '--format', 'json'], input: '# Budget\n\nThe the minister spoke.\n'},
        {args: ['--bogus']}
      ]
      const expected = cases.map(({args, input}) => reference(args, input))
      for (const [index, {args, input}] of cases.entries()) {
        const run = await runClient(args, {input})
        expect(run, args.join(' ')).toEqual(await expected[index])
        if (args[0] === 'missing.txt') expect(run.stdout).toContain('Cannot read file: no such file or folder')
      }
      // One server took every run.
      const status = await runClient(['status'])
      expect(status.stdout).toMatch(/^copydesk_d: server running, pid \d+, 8 runs in \d+ s; stops after 2 minutes without a run; socket /)
    }, 120_000)

    it('reads a changed config and a changed draft on the next run', async () => {
      const project = path.join(folder.path, 'project')
      const runsBefore = Number(/, (\d+) runs? in /.exec((await runClient(['status'])).stdout)?.[1] ?? 0)
      folder.write('project/story.txt', typo)
      folder.write('project/.retextrc', JSON.stringify({plugins: [['copydesk', {rules: {spelling: 'error'}}]]}))
      const [first, firstExpected] = await Promise.all([runClient(['story.txt'], {cwd: project}), runCopydesk(['story.txt'], project)])
      expect(first).toEqual(firstExpected)
      expect(first.code).toBe(1)
      folder.write('project/.retextrc', JSON.stringify({plugins: [['copydesk', {words: ['goverment']}]]}))
      const [second, secondExpected] = await Promise.all([runClient(['story.txt'], {cwd: project}), runCopydesk(['story.txt'], project)])
      expect(second).toEqual(secondExpected)
      expect(second).toEqual({code: 0, stdout: 'story.txt: no issues found\n', stderr: ''})
      folder.write('project/story.txt', 'The the minister spoke.\n')
      const [third, thirdExpected] = await Promise.all([runClient(['story.txt'], {cwd: project}), runCopydesk(['story.txt'], project)])
      expect(third).toEqual(thirdExpected)
      expect(third.stdout).toContain('repeated-word')
      // A server took all three runs, none was checked in the client's own process.
      expect((await runClient(['status'])).stdout).toContain(`, ${runsBefore + 3} runs in `)
    }, 60_000)
  })

  it('keeps the socket in a folder only its user may enter', async () => {
    fs.mkdirSync(socketFolder, {mode: 0o755})
    fs.chmodSync(socketFolder, 0o755)
    await runClient(['clean.txt'])
    expect(fs.statSync(socketFolder).mode & 0o777).toBe(0o700)
    expect(fs.statSync(socketPath()).mode & 0o777).toBe(0o600)
  }, 60_000)

  it('uses no server, and checks the drafts itself, when the socket folder is a symbolic link or cannot be made', async () => {
    fs.mkdirSync(path.join(folder.path, 'elsewhere'), {recursive: true, mode: 0o700})
    fs.symlinkSync(path.join(folder.path, 'elsewhere'), socketFolder)
    expect(await runClient(['typo.txt'])).toEqual(await reference(['typo.txt']))
    expect(fs.readdirSync(path.join(folder.path, 'elsewhere'))).toEqual([])
    expect((await runClient(['status'])).stdout).toBe(`copydesk_d: no server: \`${socketFolder}\` is not a folder; each run checks its drafts in its own process\n`)
    const input = 'The the minister spoke.\n'
    const unmade = {COPYDESK_D_DIR: path.join(folder.path, 'typo.txt', 'd')}
    expect(await runClient(['--format', 'json'], {input, env: unmade})).toEqual(await reference(['--format', 'json'], input))
  }, 60_000)

  it('replaces a server of another build', async () => {
    fs.mkdirSync(socketFolder, {mode: 0o700})
    const old = spawn(process.execPath, [serverScript, socketPath(), 'an older build'], {stdio: 'ignore', env: {...process.env, COPYDESK_D_IDLE: '2', COPYDESK_D_WARM_UPS: '0'}})
    try {
      await until(() => fs.existsSync(socketPath()))
      expect((await runClient(['status'])).stdout).toContain(`pid ${old.pid}, 0 runs`)
      expect((await runClient(['status'])).stdout).toContain('it runs another build of copydesk, so the next run replaces it')
      expect(await runClient(['typo.txt'])).toEqual(await reference(['typo.txt']))
      await until(() => old.exitCode !== null)
      const pid = await serverPid()
      expect(pid).toBeDefined()
      expect(pid).not.toBe(old.pid)
      expect((await runClient(['status'])).stdout).not.toContain('another build')
    } finally {
      old.kill('SIGKILL')
    }
  }, 60_000)

  it('starts a new server when the last one died and left its socket', async () => {
    await runClient(['clean.txt'])
    const pid = (await serverPid())!
    process.kill(pid, 'SIGKILL')
    await until(() => !alive(pid))
    expect(fs.existsSync(socketPath())).toBe(true)
    expect(await runClient(['typo.txt'])).toEqual(await reference(['typo.txt']))
    expect(await serverPid()).not.toBe(pid)
  }, 60_000)

  it('checks the drafts itself when the server does not answer in time', async () => {
    fs.mkdirSync(socketFolder, {mode: 0o700})
    const connections: net.Socket[] = []
    const silent = net.createServer((socket) => connections.push(socket))
    await new Promise<void>((resolve) => silent.listen(socketPath(), resolve))
    try {
      const started = Date.now()
      expect(await runClient(['typo.txt'], {env: {COPYDESK_D_TIMEOUT: '0.3'}})).toEqual(await reference(['typo.txt']))
      expect(Date.now() - started).toBeLessThan(20_000)
      expect(connections.length).toBe(1)
    } finally {
      for (const socket of connections) socket.destroy()
      silent.close()
    }
  }, 60_000)

  it('checks the drafts itself, stdin whole and no output twice, when the server dies during the run', async () => {
    fs.mkdirSync(socketFolder, {mode: 0o700})
    // A server that takes the run, asks for stdin, prints half a report and goes.
    const dying = net.createServer((socket) => {
      socket.setEncoding('utf8')
      socket.on('error', () => {})
      let asked = false
      socket.on('data', (chunk: string) => {
        if (!asked) {
          asked = true
          socket.write('{"t":"accepted"}\n{"t":"stdin"}\n')
          return
        }
        if (chunk.includes('"t":"in"')) {
          socket.write(`{"t":"out","d":"${Buffer.from('<stdin>\n1:5').toString('base64')}"}\n`)
          socket.destroy()
        }
      })
    })
    await new Promise<void>((resolve) => dying.listen(socketPath(), resolve))
    try {
      const input = 'The goverment said so.\n\nThe the minister spoke.\n'
      expect(await runClient(['--format', 'json'], {input})).toEqual(await reference(['--format', 'json'], input))
      expect(await runClient(['--frail'], {input})).toEqual(await reference(['--frail'], input))
    } finally {
      dying.close()
    }
  }, 60_000)

  it('runs --fix in its own process, so a signal stops it as it stops copydesk', async () => {
    const input = 'The the minister spoke.\n'
    expect(await runClient(['--fix'], {input})).toEqual(await reference(['--fix'], input))
    folder.write('fix/story.txt', input)
    const fixed = await runClient(['--fix', 'story.txt'], {cwd: path.join(folder.path, 'fix')})
    expect(fixed.code).toBe(0)
    expect(fs.readFileSync(path.join(folder.path, 'fix/story.txt'), 'utf8')).toBe('The minister spoke.\n')
    expect(await serverPid()).toBeUndefined()
  }, 60_000)

  it('stops, restarts and reports its status', async () => {
    expect(await runClient(['status'])).toEqual({code: 0, stdout: `copydesk_d: no server running (its socket would be ${socketPath()})\n`, stderr: ''})
    expect(await runClient(['stop'])).toEqual({code: 0, stdout: 'copydesk_d: no server running\n', stderr: ''})
    const restarted = await runClient(['restart'])
    expect(restarted.stdout).toMatch(/^copydesk_d: started a server \(pid \d+\)\n$/)
    const pid = (await serverPid())!
    const again = await runClient(['restart'])
    const next = (await serverPid())!
    expect(again.stdout).toBe(`copydesk_d: started a server (pid ${next})\n`)
    expect(next).not.toBe(pid)
    await until(() => !alive(pid))
    expect(await runClient(['stop'])).toEqual({code: 0, stdout: `copydesk_d: stopped the server (pid ${next})\n`, stderr: ''})
    await until(() => !alive(next))
    expect(fs.existsSync(socketPath())).toBe(false)
  }, 60_000)

  it('stops after the idle time', async () => {
    await runClient(['clean.txt'], {env: {COPYDESK_D_IDLE: '0.02'}})
    const pid = (await serverPid())!
    await until(() => !alive(pid), 15_000)
    expect(fs.existsSync(socketPath())).toBe(false)
  }, 60_000)
})
