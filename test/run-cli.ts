/**
 * Run the `copydesk` CLI from a test, without colour.
 *
 * - `runMain` calls `main(io)` in this process with in-memory streams: the
 *   quick way, for everything a user sees in the output, the exit code and
 *   the files a run writes.
 * - `runCli` spawns the built binary (`dist/src/cli/bin.js`): only for what
 *   needs a real process (see `cli-process.test.ts`).
 */
import {spawnSync} from 'node:child_process'
import {Readable, Writable} from 'node:stream'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = path.join(repositoryRoot, 'dist/src/cli/bin.js')

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export interface RunOptions {
  readonly cwd: string
  /** What stdin holds (default: nothing). */
  readonly input?: string | Buffer | undefined
  /** Environment variables on top of `NO_COLOR=1`. */
  readonly env?: Record<string, string> | undefined
}

export function runCli(args: ReadonlyArray<string>, options: RunOptions): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...options.env}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

export interface MainOptions extends RunOptions {
  /** Give stdin and stderr `isTTY`, as a terminal does: progress shows on long runs, and no drafts is a usage problem. */
  readonly tty?: boolean | undefined
  /**
   * Run the built `main` from `dist/` instead of the sources. Worker threads
   * (`--jobs 2` over 12 drafts or more) need it: they load the compiled
   * `worker.js`, which the TypeScript sources do not have beside them.
   */
  readonly built?: boolean | undefined
  /** Make stdout a terminal this many columns wide (default: not a terminal). */
  readonly columns?: number | undefined
}

type Main = typeof import('../src/cli/index.js').main

/** Run the CLI in this process through `main(io)`; the environment is `env` and `NO_COLOR=1` only. */
export async function runMain(args: ReadonlyArray<string>, options: MainOptions): Promise<CliRun> {
  const {main} = (
    options.built
      ? await import(pathToFileURL(path.join(repositoryRoot, 'dist/src/cli/index.js')).href)
      : await import('../src/cli/index.js')
  ) as {main: Main}
  let stdout = ''
  let stderr = ''
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        write(String(chunk))
        callback()
      }
    })
  const stdin = Object.assign(Readable.from(options.input === undefined ? [] : [options.input]), {isTTY: options.tty === true})
  const code = await main({
    argv: args,
    cwd: options.cwd,
    env: {NO_COLOR: '1', ...options.env},
    stdin,
    stdout: Object.assign(
      sink((text) => (stdout += text)),
      options.columns === undefined ? {} : {isTTY: true, columns: options.columns}
    ),
    stderr: Object.assign(sink((text) => (stderr += text)), {isTTY: options.tty === true})
  })
  return {code, stdout, stderr}
}
