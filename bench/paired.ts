/**
 * The rounds of `bench/speed.ts --compare`: each round runs this build and
 * another on the same drafts, one after the other, the first alternating by
 * round. The medians of the two sides hide how the ratio moved from round to
 * round; this table gives each round as it was run, so a cut of a few per
 * cent can be told from the load's swing.
 */
import {fixed, seconds, table} from './markdown.js'
import {median} from './spawn.js'

/** One side's run in a round: wall time and, with GNU time, CPU time (user + system). */
export interface PairedRun {
  readonly wallMs: number
  readonly cpuMs: number | undefined
}

export interface PairedRound {
  /** The build that ran first in this round. */
  readonly first: 'this' | 'other'
  readonly this: PairedRun
  readonly other: PairedRun
  /** The one-minute load average when the round ended. */
  readonly load: number
}

const ratio = (value: number | undefined, base: number | undefined) => (value === undefined || base === undefined || base === 0 ? undefined : value / base)
const times = (value: number | undefined) => (value === undefined ? '–' : fixed(value) + '×')

/**
 * Each round in the order run (`otherLabel` names the other build), then one
 * line: in how many rounds this build took less CPU (and less wall time) than
 * the other, and the median of the rounds' own ratios.
 */
export function roundsReport(rounds: ReadonlyArray<PairedRound>, otherLabel: string): string {
  if (rounds.length === 0) return ''
  const rows = rounds.map((round, index) => [
    String(index + 1),
    round.first === 'this' ? 'this build' : otherLabel,
    seconds(round.this.wallMs),
    round.this.cpuMs === undefined ? '–' : seconds(round.this.cpuMs),
    seconds(round.other.wallMs),
    round.other.cpuMs === undefined ? '–' : seconds(round.other.cpuMs),
    `${times(ratio(round.this.wallMs, round.other.wallMs))}, ${times(ratio(round.this.cpuMs, round.other.cpuMs))}`,
    fixed(round.load, 1)
  ])
  const summary = (label: string, ratios: ReadonlyArray<number | undefined>) => {
    const measured = ratios.filter((value): value is number => value !== undefined)
    if (measured.length === 0) return `${label}: not measured`
    const under = measured.filter((value) => value < 1).length
    return `${label} under 1 in ${under} of ${measured.length} rounds (median of the rounds' ratios ${fixed(median(measured))}×)`
  }
  const cpu = summary('CPU ratio', rounds.map((round) => ratio(round.this.cpuMs, round.other.cpuMs)))
  const wall = summary('wall ratio', rounds.map((round) => ratio(round.this.wallMs, round.other.wallMs)))
  return `${table(['Round', 'First', 'This build: wall', 'CPU', `${otherLabel}: wall`, 'CPU', 'this build ÷ other: wall, CPU', 'Load average at its end'], rows)}\n\n${cpu}; ${wall}.`
}

/** One round on one line, for the bench's progress: `this 9.70 s CPU (20.0 s wall), other 10.0 s (21.0 s): 0.97× CPU, 0.95× wall, load average 9.0`. */
export function roundLine(round: PairedRound): string {
  // Only the first side's time says `CPU` after it; an unmeasured one says so in its place on either side.
  const cpu = (run: PairedRun, unit: string) => (run.cpuMs === undefined ? 'CPU not measured' : seconds(run.cpuMs) + unit)
  return `this ${cpu(round.this, ' CPU')} (${seconds(round.this.wallMs)} wall), other ${cpu(round.other, '')} (${seconds(round.other.wallMs)}): ${times(ratio(round.this.cpuMs, round.other.cpuMs))} CPU, ${times(ratio(round.this.wallMs, round.other.wallMs))} wall, load average ${fixed(round.load, 1)}`
}
