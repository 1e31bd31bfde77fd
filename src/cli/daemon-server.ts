/**
 * The warm server behind `copydesk_d` (daemon.ts): a process that keeps the
 * checker's modules and word data loaded between runs, and runs the command
 * line's own `main(io)` for each client with the client's working folder,
 * arguments, environment, terminal flags and stdin, handing back stdout,
 * stderr and the exit code. Runs are taken one at a time, in the order they
 * come. Config files, word lists and drafts are read by each run, as a
 * `copydesk` process reads them, so a changed `.retextrc` counts at once.
 *
 * Started detached by a client: `node daemon-server.js <socket> <stamp>`.
 * It stops after `COPYDESK_D_IDLE` minutes without a run (default 15), when
 * a client asks it to (`copydesk_d stop`), and when a client of another
 * build finds it (that client then starts its own).
 */
import fs from 'node:fs'
import net from 'node:net'
import {Readable, Writable} from 'node:stream'
import {decoder, encode, idleMinutes, warmUps, type Answer, type Request} from './daemon-socket.js'
import {checkerModule, internalProblem} from './start.js'
import type {main as Main} from './index.js'

const [socketPath, stamp] = process.argv.slice(2)
if (!socketPath || !stamp) {
  process.stderr.write('copydesk_d server: Unexpected arguments, expected `<socket> <stamp>`\n')
  process.exit(2)
}

const since = Date.now()
let runs = 0
let stopping = false
/** The socket file's inode once listening: a server that stops removes the socket only if it is still its own. */
let socketInode: number | undefined
/** The runs waiting and the one being run: one at a time. */
let queue: Promise<void> = Promise.resolve()
let pending = 0
let idleTimer: NodeJS.Timeout | undefined

// The checker's modules, loaded once the server listens (a first client is waiting).
let loaded: Promise<typeof Main> | undefined
const checker = () => (loaded ??= import(checkerModule()).then((module: {main: typeof Main}) => module.main))

/**
 * Runs on a short story no client sees, made while no client's run waits,
 * one at a time: V8 compiles the checker's hot code to its faster tiers
 * over the first runs of a process (a 1,100-word draft took 600-1,000 ms
 * in a first run, 150-250 ms in the next few and 50-100 ms from about the
 * tenth, at a load average of 12), so these spare the first clients.
 * `COPYDESK_D_WARM_UPS` sets how many (default 12; 0 for none).
 */
let warmUpsLeft = warmUps(process.env)
const warmUpStory = `The city council voted 7-2 on Tuesday to close the Riverside bus depot by March, ending a two-year dispute over its cost.

“We cannot keep paying for a building that leaks every winter,” said Maria Okonkwo, who chairs the council's transport committee. She added that the 140 drivers based there would move to the Northgate depot.

Critics said the plan would add 20 minutes to some routes. Their union, which represents about 900 workers across the region, has asked for a review. “Nobody asked us,” a driver told reporters outside the hall.

The mayor, Daniel Reyes, defended the decision in a statement. He said the savings, estimated at $3.4 million a year, would pay for new electric buses, and that the site could be sold for housing.

According to a report published last week by the regional audit office, the depot's roof and heating need repairs costing more than $12 million. It also found that ridership on the affected routes had fallen by a quarter since 2019.

Residents who live near Northgate have complained about noise and traffic. Council member Aisha Rahman, who voted against the plan, said it had been rushed. “There were too many questions left unanswered,” she said, “and too few people in the room.”
`

async function warmUp(text: string): Promise<void> {
  const main = await checker()
  await main({argv: ['--no-config', '--stdin-filename', 'warm-up.txt'], cwd: process.cwd(), env: {}, stdin: Readable.from([text]), stdout: sink(), stderr: sink()}).catch(() => {})
}

/** Queue the next warm-up run if no client's run is waiting (a client that comes meanwhile waits for one run at most). */
function warmWhileIdle(): void {
  if (warmUpsLeft <= 0 || stopping) return
  setTimeout(() => {
    if (pending > 0 || stopping || warmUpsLeft <= 0) return
    warmUpsLeft--
    enqueue(() => warmUp(warmUpStory))
  }, 20)
}

const server = net.createServer(serve)
await listen()
checker()
// Load the word data and compile the rules now, with a run on a line of text
// no client sees, so the first client does not wait for that.
enqueue(() => warmUp('The minister spoke on Monday.\n'))

function listen(): Promise<void> {
  return new Promise((resolve) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EADDRINUSE') throw error
      // A socket file is there: another server's, or one left by a server that died.
      const probe = net.connect(socketPath!)
      probe.once('connect', () => {
        // Another server answers: leave the socket to it.
        probe.destroy()
        process.exit(0)
      })
      probe.once('error', () => {
        fs.rmSync(socketPath!, {force: true})
        server.listen(socketPath, () => listening(resolve))
      })
    })
    server.listen(socketPath, () => listening(resolve))
  })
}

function listening(resolve: () => void): void {
  if (process.platform !== 'win32') {
    fs.chmodSync(socketPath!, 0o600)
    socketInode = fs.statSync(socketPath!).ino
  }
  armIdleTimer()
  resolve()
}

function armIdleTimer(): void {
  if (idleTimer) clearTimeout(idleTimer)
  const minutes = idleMinutes(process.env)
  if (minutes > 0) idleTimer = setTimeout(() => pending === 0 && stop(), minutes * 60_000)
}

/** Stop taking runs, remove the socket if it is still this server's, and exit once the runs taken have finished. */
function stop(): void {
  if (stopping) return
  stopping = true
  if (idleTimer) clearTimeout(idleTimer)
  server.close()
  try {
    if (socketInode !== undefined && fs.statSync(socketPath!).ino === socketInode) fs.rmSync(socketPath!, {force: true})
  } catch {
    // Already gone.
  }
  void queue.then(() => process.exit(0))
}

function enqueue(job: () => Promise<void>): void {
  pending++
  if (idleTimer) clearTimeout(idleTimer)
  queue = queue
    .then(job)
    .catch(() => {})
    .finally(() => {
      if (--pending === 0 && !stopping) {
        armIdleTimer()
        warmWhileIdle()
      }
    })
}

function serve(socket: net.Socket): void {
  socket.setEncoding('utf8')
  socket.on('error', () => {})
  const send = (answer: Answer) => {
    if (!socket.destroyed && socket.writable) socket.write(encode(answer))
  }
  let run: {stdin: Readable} | undefined
  const read = decoder<Request>(
    (request) => {
      switch (request.t) {
        case 'status':
          send({t: 'status', pid: process.pid, stamp: stamp!, since, runs, idleMinutes: idleMinutes(process.env)})
          socket.end()
          break
        case 'stop':
          send({t: 'stopping', pid: process.pid})
          socket.end()
          stop()
          break
        case 'run':
          if (request.stamp !== stamp) {
            send({t: 'stale'})
            socket.end()
            stop()
            break
          }
          if (stopping) {
            socket.destroy()
            break
          }
          send({t: 'accepted'})
          run = accept(socket, request, send)
          break
        case 'in':
          run?.stdin.push(Buffer.from(request.d, 'base64'))
          break
        case 'eof':
          run?.stdin.push(null)
          break
      }
    },
    () => socket.destroy()
  )
  socket.on('data', read)
}

/** Queue the client's run; its stdin is asked for only when the run reads it. */
function accept(socket: net.Socket, request: Extract<Request, {t: 'run'}>, send: (answer: Answer) => void): {stdin: Readable} {
  let asked = false
  const stdin = Object.assign(
    new Readable({
      read() {
        if (asked) return
        asked = true
        send({t: 'stdin'})
      }
    }),
    {isTTY: request.tty[0]}
  )
  const stream = (kind: 'out' | 'err', isTTY: boolean, columns?: number) =>
    Object.assign(
      new Writable({
        write(chunk: Buffer | string, encoding, callback) {
          send({t: kind, d: (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk).toString('base64')})
          callback()
        }
      }),
      isTTY ? {isTTY, columns: columns ?? 80} : {}
    )
  enqueue(async () => {
    // A client that gave up waiting (it checks the drafts itself) gets no run here.
    if (socket.destroyed || socket.readableEnded) return
    runs++
    const main = await checker()
    const stderr = stream('err', request.tty[2])
    let code: number
    try {
      code = await main({argv: request.argv, cwd: request.cwd, env: request.env, stdin, stdout: stream('out', request.tty[1], request.columns), stderr})
    } catch (error) {
      stderr.write(internalProblem(error, request.env))
      code = 2
    }
    send({t: 'exit', code})
    socket.end()
  })
  return {stdin}
}

/** A stream that drops what is written to it. */
function sink(): Writable {
  return new Writable({write: (_chunk, _encoding, callback) => callback()})
}
