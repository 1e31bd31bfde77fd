/**
 * Time a child process from spawn to exit (wall clock) and read its peak
 * resident memory from GNU time (`/usr/bin/time -v`) when the machine has it.
 */
import {spawn} from 'node:child_process'
import fs from 'node:fs'

export interface RunResult {
  readonly wallMs: number
  /** Peak RSS of the largest process in the child's tree, or `undefined` without GNU time. */
  readonly peakRssMiB: number | undefined
  /** User and system CPU time of the child's tree, or `undefined` without GNU time. */
  readonly cpuMs: number | undefined
  readonly exitCode: number | null
  /** The child's own stderr (GNU time's report removed), for diagnosing failures. */
  readonly stderr: string
}

const gnuTime = '/usr/bin/time'
export const hasGnuTime = fs.existsSync(gnuTime)

/** Run `command args…`; stdout goes to `stdoutFile` (default: discarded); `env` adds to this process's environment. */
export function timedRun(command: string, args: ReadonlyArray<string>, stdoutFile?: string, env?: Readonly<Record<string, string>>): Promise<RunResult> {
  const [program, programArgs] = hasGnuTime ? [gnuTime, ['-v', command, ...args]] : [command, [...args]]
  const stdout = stdoutFile ? fs.openSync(stdoutFile, 'w') : 'ignore'
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(program, programArgs, {stdio: ['ignore', stdout, 'pipe'], ...(env ? {env: {...process.env, ...env}} : {})})
    let stderr = ''
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = performance.now() - started
      if (typeof stdout === 'number') fs.closeSync(stdout)
      const timeReport = hasGnuTime ? stderr.lastIndexOf('\tCommand being timed:') : -1
      const report = timeReport >= 0 ? stderr.slice(timeReport) : ''
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report)
      const user = /User time \(seconds\): ([\d.]+)/.exec(report)
      const system = /System time \(seconds\): ([\d.]+)/.exec(report)
      resolve({
        wallMs,
        peakRssMiB: rss ? Number(rss[1]) / 1024 : undefined,
        cpuMs: user && system ? (Number(user[1]) + Number(system[1])) * 1000 : undefined,
        // GNU time exits with the command's code.
        exitCode: code,
        stderr: timeReport >= 0 ? stderr.slice(0, timeReport) : stderr
      })
    })
  })
}

export function median(values: ReadonlyArray<number>): number {
  const sorted = [...values].sort((left, right) => left - right)
  const middle = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
