/**
 * What `copydesk_d` (daemon.ts) and its warm server (daemon-server.ts) agree
 * on: where the server listens, which build it runs, and how messages
 * travel between them. Node's own modules only: the client loads this on
 * every run, so it must cost next to nothing.
 *
 * The socket lives in a folder only its user can enter (mode 0700):
 * `$COPYDESK_D_DIR`, else `$XDG_RUNTIME_DIR/copydesk`, else
 * `<temporary folder>/copydesk-<uid>`. On Windows the server listens on a
 * named pipe instead, named after the user and the install.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

type Environment = Readonly<Record<string, string | undefined>>

/** Where the server of the copydesk installed at `root` listens, or why no server may be used. */
export type Place = {readonly socket: string; readonly folder: string} | {readonly problem: string}

/** A short, stable hash of `text` (FNV-1a, 32 bits, as 8 hex digits): names a socket, not a secret. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/** The folder that holds the sockets (see the module's comment). */
export function socketFolder(env: Environment): string {
  if (env['COPYDESK_D_DIR']) return path.resolve(env['COPYDESK_D_DIR'])
  if (env['XDG_RUNTIME_DIR']) return path.join(env['XDG_RUNTIME_DIR'], 'copydesk')
  return path.join(os.tmpdir(), `copydesk-${process.getuid?.() ?? os.userInfo().username}`)
}

/**
 * Make the socket folder (mode 0700) and check that it is this user's own
 * real folder, which no one else may enter; a folder of this user's that
 * others may enter is closed to them first. Returns the socket's place.
 */
export function locate(root: string, env: Environment): Place {
  const install = shortHash(path.resolve(root))
  if (process.platform === 'win32') {
    // A named pipe: Windows gives it to its creator's account alone by default.
    return {socket: `\\\\.\\pipe\\copydesk-${shortHash(os.userInfo().username)}-${install}`, folder: os.tmpdir()}
  }
  const folder = socketFolder(env)
  try {
    fs.mkdirSync(folder, {recursive: true, mode: 0o700})
    const stat = fs.lstatSync(folder)
    if (!stat.isDirectory()) return {problem: `\`${folder}\` is not a folder`}
    if (stat.uid !== process.getuid!()) return {problem: `\`${folder}\` belongs to another user`}
    if ((stat.mode & 0o077) !== 0) fs.chmodSync(folder, 0o700)
  } catch (error) {
    return {problem: `cannot use \`${folder}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`}
  }
  return {socket: path.join(folder, `${install}.sock`), folder}
}

/**
 * Which build a server runs: the version, Node's version, and the size and time of each
 * file whose change means new code or new data. A client that finds a
 * server of another build has it replaced.
 */
export function buildStamp(root: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
  // Node's version too: a client run by another Node has its own server.
  const parts = [manifest.version, process.version]
  for (const file of ['dist/src/cli/index.js', 'dist/bundle/cli.js', 'dist/src/cli/start.js', 'dist/src/cli/daemon-server.js', 'generated/words.bin', 'generated/tagger.bin']) {
    try {
      const stat = fs.statSync(path.join(root, file))
      parts.push(`${stat.size}@${Math.round(stat.mtimeMs)}`)
    } catch {
      parts.push('-')
    }
  }
  return parts.join(' ')
}

/** A number an environment variable sets, if it is one `accepts` takes; else `fallback`. */
function numberSetting(env: Environment, name: string, fallback: number, accepts: (value: number) => boolean): number {
  const text = env[name]
  const value = Number(text)
  return text !== undefined && text.trim() !== '' && accepts(value) ? value : fallback
}

/** Minutes of no runs after which the server stops: `COPYDESK_D_IDLE` (default 15; 0 never). */
export function idleMinutes(env: Environment): number {
  return numberSetting(env, 'COPYDESK_D_IDLE', 15, (value) => Number.isFinite(value) && value >= 0)
}

/** Runs on a story of its own a new server makes while idle, to warm its compiled code: `COPYDESK_D_WARM_UPS` (default 12). */
export function warmUps(env: Environment): number {
  return numberSetting(env, 'COPYDESK_D_WARM_UPS', 12, (value) => Number.isInteger(value) && value >= 0)
}

/** Seconds the client waits for a server to start or to answer before it checks the drafts itself: `COPYDESK_D_TIMEOUT` (default 10). */
export function answerSeconds(env: Environment): number {
  return numberSetting(env, 'COPYDESK_D_TIMEOUT', 10, (value) => Number.isFinite(value) && value > 0)
}

/** The client's request: a run with its command line, or the server's management. */
export type Request =
  | {
      readonly t: 'run'
      /** The client's `buildStamp`: a server of another build does not take the run. */
      readonly stamp: string
      readonly argv: ReadonlyArray<string>
      readonly cwd: string
      readonly env: Environment
      /** Whether stdin, stdout and stderr are terminals, and stdout's width. */
      readonly tty: readonly [boolean, boolean, boolean]
      readonly columns: number | undefined
    }
  | {readonly t: 'status'}
  | {readonly t: 'stop'}
  /** Bytes of stdin (base64) after the server asked for it, and its end. */
  | {readonly t: 'in'; readonly d: string}
  | {readonly t: 'eof'}

/** The server's answers. */
export type Answer =
  | {readonly t: 'accepted'}
  /** The server runs another build: it stops, and the client starts one of its own. */
  | {readonly t: 'stale'}
  /** The run reads stdin: send it. */
  | {readonly t: 'stdin'}
  | {readonly t: 'out' | 'err'; readonly d: string}
  | {readonly t: 'exit'; readonly code: number}
  | {readonly t: 'status'; readonly pid: number; readonly stamp: string; readonly since: number; readonly runs: number; readonly idleMinutes: number}
  | {readonly t: 'stopping'; readonly pid: number}

/** One message on the wire: a line of JSON. */
export function encode(message: Request | Answer): string {
  return JSON.stringify(message) + '\n'
}

/** Split a stream's text (set its encoding to UTF-8) into messages, one per line of JSON; a line that is not JSON ends the exchange. */
export function decoder<T>(onMessage: (message: T) => void, onGarbage: () => void): (chunk: string) => void {
  let pending = ''
  return (chunk) => {
    pending += chunk
    let end
    while ((end = pending.indexOf('\n')) !== -1) {
      const line = pending.slice(0, end)
      pending = pending.slice(end + 1)
      if (!line) continue
      let message: T
      try {
        message = JSON.parse(line) as T
      } catch {
        onGarbage()
        return
      }
      onMessage(message)
    }
  }
}
