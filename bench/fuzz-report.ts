/**
 * The fuzz section of the benchmark report: runs `fuzz.js` in a child
 * process under GNU time (for its peak memory) and prints the outcome.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {FuzzSummary} from './fuzz.js'
import {fixed, integer, mebibytes, seconds, table} from './markdown.js'
import {timedRun} from './spawn.js'

export const fuzzCount = 10_000
export const fuzzSeed = 1961

export async function fuzzReport(workFolder: string, count = fuzzCount): Promise<string> {
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fuzz.js')
  const output = path.join(workFolder, 'fuzz.json')
  const run = await timedRun(process.execPath, [script, String(count), String(fuzzSeed)], output)
  let summary: FuzzSummary
  try {
    summary = JSON.parse(fs.readFileSync(output, 'utf8')) as FuzzSummary
  } catch {
    return `\n## Hostile drafts (fuzz)\n\nThe fuzz run ended without a summary (exit code ${run.exitCode}): ${run.stderr.split('\n')[0] ?? ''}\n`
  }
  const verdict = (ok: boolean) => (ok ? 'met' : '**not met**')
  const rows = summary.byKind.map((kind) => [
    kind.kind,
    integer(kind.drafts),
    integer(kind.characters / 1024) + ' KB',
    seconds(kind.totalMs),
    kind.characters === 0 ? 'n/a' : fixed(kind.totalMs / (kind.characters / 1024), 2),
    `${integer(kind.slowestMs)} ms (${integer(kind.slowestSize / 1024)} KB)`
  ])
  const problems = [
    ...summary.crashes.slice(0, 10).map((crash) => `- crash: ${crash.kind}, ${integer(crash.size)} characters: ${crash.reason}`),
    ...summary.hangs.slice(0, 10).map((hang) => `- over ${seconds(summary.timeLimitMs)}: ${hang.kind}, ${integer(hang.size)} characters`)
  ]
  return `
## Hostile drafts (fuzz)

${integer(summary.count)} generated hostile drafts (seed ${summary.seed}; ${hostileClassCount(summary)} classes mixed, 16 characters to 64 KB each, ${integer(summary.characters / 1024)} KB in all), checked one after another in a worker thread with every rule of the recommended preset; a draft over ${seconds(summary.timeLimitMs)} counts as a hang.

| | result | target |
| --- | --- | --- |
| crashes | ${summary.crashes.length} | 0 (${verdict(summary.crashes.length === 0)}) |
| hangs | ${summary.hangs.length} | 0 (${verdict(summary.hangs.length === 0)}) |
| findings with a stack trace | ${summary.stackTraces} | 0 (${verdict(summary.stackTraces === 0)}) |
| wall time | ${seconds(summary.totalMs)} | |
| peak memory (whole process) | ${mebibytes(run.peakRssMiB)} | |

${table(['class', 'drafts', 'text', 'time', 'ms per KB', 'slowest'], rows)}
${problems.length > 0 ? '\n' + problems.join('\n') + '\n' : ''}`
}

function hostileClassCount(summary: FuzzSummary): number {
  return summary.byKind.filter((kind) => kind.drafts > 0).length
}

// `npm run bench:fuzz [-- count]`: this section alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-fuzz-'))
  try {
    process.stdout.write(await fuzzReport(folder, Number(process.argv[2] ?? fuzzCount)))
  } finally {
    fs.rmSync(folder, {recursive: true, force: true})
  }
}
