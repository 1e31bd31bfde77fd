/** Run the CLI in this process through `main(io)`: the quick way to test behaviour that needs no real process. */
import {Readable, Writable} from 'node:stream'
import {main} from '../src/cli/index.js'
import type {CliRun} from './run-cli.js'

export async function runMain(
  args: ReadonlyArray<string>,
  options: {cwd: string; input?: string | Buffer; env?: Record<string, string>}
): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const sink = (write: (text: string) => void) =>
    new Writable({
      write(chunk: Buffer | string, _encoding, callback) {
        write(String(chunk))
        callback()
      }
    })
  const code = await main({
    argv: args,
    cwd: options.cwd,
    env: {NO_COLOR: '1', ...options.env},
    stdin: Readable.from(options.input === undefined ? [] : [options.input]),
    stdout: sink((text) => (stdout += text)),
    stderr: sink((text) => (stderr += text))
  })
  return {code, stdout, stderr}
}
