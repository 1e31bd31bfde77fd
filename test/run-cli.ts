/** Run the built `copydesk` binary as a user would, without colour. */
import {spawnSync} from 'node:child_process'
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
