/** Run the built `copydesk` binary as a user would, without colour. */
import {spawnSync} from 'node:child_process'
import {Readable, Writable} from 'node:stream'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const bin = path.join(repositoryRoot, 'dist/src/cli/bin.js')

export interface CliRun {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runCli(args: ReadonlyArray<string>, options: {cwd: string; input?: string; env?: Record<string, string>}): CliRun {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', ...options.env}
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run the CLI in this process through `main(io)`: the quick way for behaviour that needs no real process. */
export async function runMain(
  args: ReadonlyArray<string>,
  options: {cwd: string; input?: string | Buffer; env?: Record<string, string>}
): Promise<CliRun> {
  const {main} = await import('../src/cli/index.js')
  let stdout = ''
  let stderr = ''
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        write(String(chunk))
        callback()
      }
    })
  const stdin = Readable.from(options.input === undefined ? [] : [options.input])
  const code = await main({
    argv: args,
    cwd: options.cwd,
    env: {NO_COLOR: '1', ...options.env},
    stdin,
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text))
  })
  return {code, stdout, stderr}
}
