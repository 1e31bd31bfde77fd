#!/usr/bin/env node
/**
 * `copydesk_d`: the `copydesk` command line through a warm server, the way
 * `eslint_d` and `prettierd` serve theirs. It takes exactly `copydesk`'s
 * arguments and gives exactly its stdout, stderr and exit code; the check
 * runs in a background server (daemon-server.ts) that keeps the checker's
 * modules and word data loaded, so a run costs about one Node start.
 *
 * This file loads Node's own modules only. On first use it starts the
 * server, detached; a server of another build is replaced. When no server
 * can be reached, or one dies during a run, the run happens here instead
 * (start.ts): the server's output is held until its run ends, so nothing
 * is lost or printed twice. `copydesk_d stop`, `status` and `restart`
 * (each alone on the command line) manage the server.
 */
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import {PassThrough, type Readable} from 'node:stream'
import tty from 'node:tty'
import {fileURLToPath} from 'node:url'
import {answerSeconds, buildStamp, decoder, encode, locate, type Answer, type Request} from './daemon-socket.js'

// This file is dist/src/cli/daemon.js: the package root is three folders up.
const root = fileURLToPath(new URL('../../../', import.meta.url))
const serverScript = fileURLToPath(new URL('./daemon-server.js', import.meta.url))
const argv = process.argv.slice(2)
const env = process.env
const waitMs = answerSeconds(env) * 1000

const command = argv.length === 1 && ['stop', 'status', 'restart'].includes(argv[0]!) ? argv[0]! : undefined
const place = locate(root, env)

if (command !== undefined) {
  await manage(command)
} else if ('problem' in place || writesDrafts(argv)) {
  await runHere([], false)
} else {
  await runThroughServer(place.socket, buildStamp(root), 1)
}

/**
 * Whether the run rewrites drafts (`--fix`): that run stays in this process,
 * where Ctrl-C or SIGTERM lets the draft in hand finish and stops the rest,
 * as it does for `copydesk`; a server would go on writing.
 */
function writesDrafts(args: ReadonlyArray<string>): boolean {
  const end = args.indexOf('--')
  return (end === -1 ? args : args.slice(0, end)).includes('--fix')
}

/** Stdin the server took, kept so a run here can read it again. */
interface Taken {
  readonly chunks: Buffer[]
  /** Whether stdin is being sent to the server. */
  forwarding: boolean
  ended: boolean
}

/** Hand the run to the server (starting one if none listens); `retries` is how many stale servers may be replaced. */
async function runThroughServer(socketPath: string, stamp: string, retries: number): Promise<void> {
  const socket = (await connect(socketPath)) ?? (await startServer(socketPath, stamp))
  if (!socket) return runHere([], false)
  const taken: Taken = {chunks: [], forwarding: false, ended: false}
  const held: Array<[NodeJS.WriteStream, Buffer]> = []
  let done = false
  const giveUp = setTimeout(() => {
    // No answer in time: check here, and tell the server the run is not wanted.
    socket.destroy()
  }, waitMs)
  const onAnswer = (answer: Answer) => {
    switch (answer.t) {
      case 'accepted':
        clearTimeout(giveUp)
        break
      case 'stale':
        done = true
        clearTimeout(giveUp)
        socket.destroy()
        void gone(socketPath).then(() => (retries > 0 ? runThroughServer(socketPath, stamp, retries - 1) : runHere([], false)))
        break
      case 'stdin':
        forwardStdin(socket, taken)
        break
      case 'out':
      case 'err':
        held.push([answer.t === 'out' ? process.stdout : process.stderr, Buffer.from(answer.d, 'base64')])
        break
      case 'exit':
        done = true
        socket.destroy()
        for (const [stream, chunk] of held) stream.write(chunk)
        exitWhenWritten(answer.code)
        break
    }
  }
  socket.setEncoding('utf8')
  socket.on('data', decoder<Answer>(onAnswer, () => socket.destroy()))
  socket.on('error', () => {})
  socket.on('close', () => {
    clearTimeout(giveUp)
    if (done) return
    done = true
    // The server went before the run ended (or never took it): run it here, with the stdin it had.
    if (taken.forwarding) {
      // Held until the run here reads it (runHere pipes it on in this same turn).
      process.stdin.pause()
      process.stdin.removeAllListeners('data')
      process.stdin.removeAllListeners('end')
    }
    void runHere(taken.chunks, taken.ended)
  })
  const request: Request = {
    t: 'run',
    stamp,
    argv,
    cwd: process.cwd(),
    env,
    tty: [tty.isatty(0), tty.isatty(1), tty.isatty(2)],
    columns: tty.isatty(1) ? process.stdout.columns : undefined
  }
  socket.write(encode(request))
}

/** Send stdin to the server as the run reads it, keeping a copy. */
function forwardStdin(socket: net.Socket, taken: Taken): void {
  if (taken.forwarding) return
  taken.forwarding = true
  process.stdin.on('data', (chunk: Buffer) => {
    taken.chunks.push(chunk)
    if (!socket.destroyed) socket.write(encode({t: 'in', d: chunk.toString('base64')}))
  })
  process.stdin.on('end', () => {
    taken.ended = true
    if (!socket.destroyed) socket.write(encode({t: 'eof'}))
  })
}

/** Run `copydesk` in this process, stdin the server took put back in front of the rest. */
async function runHere(chunks: ReadonlyArray<Buffer>, ended: boolean): Promise<void> {
  let stdin: Readable & {isTTY?: boolean} = process.stdin
  if (chunks.length > 0) {
    const replay = new PassThrough()
    replay.write(Buffer.concat(chunks))
    if (ended) replay.end()
    else process.stdin.pipe(replay)
    stdin = Object.assign(replay, {isTTY: tty.isatty(0)})
  }
  const {start} = await import('./start.js')
  await start(argv, stdin)
}

/** A connection to the server, or undefined when none answers. */
function connect(socketPath: string): Promise<net.Socket | undefined> {
  return new Promise((resolve) => {
    const socket = net.connect(socketPath)
    const timer = setTimeout(() => {
      socket.destroy()
      resolve(undefined)
    }, waitMs)
    socket.once('connect', () => {
      clearTimeout(timer)
      resolve(socket)
    })
    socket.once('error', () => {
      clearTimeout(timer)
      resolve(undefined)
    })
  })
}

/** Start a server, detached, and connect to it once it listens. */
async function startServer(socketPath: string, stamp: string): Promise<net.Socket | undefined> {
  const {spawn} = await import('node:child_process')
  const folder = path.dirname(socketPath)
  let log: number | 'ignore' = 'ignore'
  if (process.platform !== 'win32') {
    try {
      // The server's own problems (not the runs' output) go to a log beside its socket.
      log = fs.openSync(socketPath.replace(/\.sock$/, '.log'), 'a', 0o600)
    } catch {
      log = 'ignore'
    }
  }
  const child = spawn(process.execPath, [serverScript, socketPath, stamp], {
    detached: true,
    stdio: ['ignore', 'ignore', log],
    cwd: process.platform === 'win32' ? undefined : folder,
    env,
    windowsHide: true
  })
  child.on('error', () => {})
  child.unref()
  if (typeof log === 'number') fs.closeSync(log)
  const deadline = Date.now() + waitMs
  while (Date.now() < deadline) {
    const socket = await connect(socketPath)
    if (socket) return socket
    if (child.exitCode !== null) {
      // It exited: another client's server may have won the socket.
      return connect(socketPath)
    }
    await new Promise((resolve) => setTimeout(resolve, 15))
  }
  return undefined
}

/** Wait (within the time allowed) until no server answers at `socketPath`. */
async function gone(socketPath: string): Promise<void> {
  const deadline = Date.now() + waitMs
  while (Date.now() < deadline) {
    const socket = await connect(socketPath)
    if (!socket) return
    socket.destroy()
    await new Promise((resolve) => setTimeout(resolve, 15))
  }
}

/** Ask the server for `request` and collect its answers until it hangs up. */
async function ask(socketPath: string, request: Request): Promise<Answer[] | undefined> {
  const socket = await connect(socketPath)
  if (!socket) return undefined
  return new Promise((resolve) => {
    const answers: Answer[] = []
    socket.setEncoding('utf8')
    socket.on('data', decoder<Answer>((answer) => answers.push(answer), () => socket.destroy()))
    socket.on('error', () => {})
    socket.on('close', () => resolve(answers))
    socket.write(encode(request))
  })
}

/** `copydesk_d stop`, `status` and `restart`. */
async function manage(what: string): Promise<void> {
  const say = (line: string) => process.stdout.write(`copydesk_d: ${line}\n`)
  if ('problem' in place) {
    say(`no server: ${place.problem}; each run checks its drafts in its own process`)
    return
  }
  if (what === 'status') {
    const status = (await ask(place.socket, {t: 'status'}))?.find((answer) => answer.t === 'status')
    if (!status) {
      say(`no server running (its socket would be ${place.socket})`)
      return
    }
    const current = status.stamp === buildStamp(root)
    const idle = status.idleMinutes > 0 ? `stops after ${status.idleMinutes} minutes without a run` : 'never stops on its own'
    say(
      `server running, pid ${status.pid}, ${status.runs} ${status.runs === 1 ? 'run' : 'runs'} in ${Math.round((Date.now() - status.since) / 1000)} s; ${idle}; socket ${place.socket}` +
        (current ? '' : '; it runs another build of copydesk, so the next run replaces it')
    )
    return
  }
  const stopped = (await ask(place.socket, {t: 'stop'}))?.find((answer) => answer.t === 'stopping')
  if (stopped) await gone(place.socket)
  if (what === 'stop') {
    say(stopped ? `stopped the server (pid ${stopped.pid})` : 'no server running')
    return
  }
  const socket = await startServer(place.socket, buildStamp(root))
  if (!socket) {
    say(`could not start a server within ${waitMs / 1000} s`)
    process.exitCode = 1
    return
  }
  socket.destroy()
  const status = (await ask(place.socket, {t: 'status'}))?.find((answer) => answer.t === 'status')
  say(`started a server${status ? ` (pid ${status.pid})` : ''}`)
}

/** Exit once stdout and stderr have taken what was written to them (as start.ts does). */
function exitWhenWritten(code: number): void {
  process.exitCode = code
  let waiting = 2
  const done = () => {
    if (--waiting === 0) process.exit(code)
  }
  process.stdout.write('', done)
  process.stderr.write('', done)
}
