/** `bench/speed.ts --compare` gives each round as run, beside the medians. */
import {describe, expect, it} from 'vitest'
import {roundLine, roundsReport, type PairedRound} from '../bench/paired.js'

const rounds: PairedRound[] = [
  {first: 'this', this: {wallMs: 20_000, cpuMs: 9_700}, other: {wallMs: 21_000, cpuMs: 10_000}, load: 9.04},
  {first: 'other', this: {wallMs: 22_000, cpuMs: 10_300}, other: {wallMs: 21_500, cpuMs: 10_000}, load: 11.5},
  {first: 'this', this: {wallMs: 19_000, cpuMs: 9_500}, other: {wallMs: 20_000, cpuMs: 10_000}, load: 10}
]

describe('the rounds of a paired folder run', () => {
  it('lists each round in the order run, with who went first, both sides, their ratios and the load', () => {
    const lines = roundsReport(rounds, '../base/dist/src/cli/bin.js').split('\n')
    expect(lines[0]).toBe('| Round | First | This build: wall | CPU | ../base/dist/src/cli/bin.js: wall | CPU | this build ÷ other: wall, CPU | Load average at its end |')
    expect(lines.slice(2, 5)).toEqual([
      '| 1 | this build | 20.0 s | 9.70 s | 21.0 s | 10.0 s | 0.95×, 0.97× | 9.0 |',
      '| 2 | ../base/dist/src/cli/bin.js | 22.0 s | 10.3 s | 21.5 s | 10.0 s | 1.02×, 1.03× | 11.5 |',
      '| 3 | this build | 19.0 s | 9.50 s | 20.0 s | 10.0 s | 0.95×, 0.95× | 10.0 |'
    ])
  })

  it('counts the rounds whose ratio is under 1 and gives the median of the rounds\' ratios', () => {
    expect(roundsReport(rounds, 'main').split('\n').at(-1)).toBe(
      "CPU ratio under 1 in 2 of 3 rounds (median of the rounds' ratios 0.97×); wall ratio under 1 in 2 of 3 rounds (median of the rounds' ratios 0.95×)."
    )
  })

  it('says so when CPU was not measured, and gives nothing for no rounds', () => {
    const unmeasured = rounds.map((round) => ({...round, this: {wallMs: round.this.wallMs, cpuMs: undefined}}))
    const report = roundsReport(unmeasured, 'main')
    expect(report).toContain('| 1 | this build | 20.0 s | – | 21.0 s | 10.0 s | 0.95×, – | 9.0 |')
    expect(report.split('\n').at(-1)).toBe("CPU ratio: not measured; wall ratio under 1 in 2 of 3 rounds (median of the rounds' ratios 0.95×).")
    expect(roundsReport([], 'main')).toBe('')
  })

  it('puts a round on one line for the progress', () => {
    expect(roundLine(rounds[0]!)).toBe('this 9.70 s CPU (20.0 s wall), other 10.0 s (21.0 s): 0.97× CPU, 0.95× wall, load average 9.0')
    const unmeasured = {...rounds[0]!, this: {wallMs: 20_000, cpuMs: undefined}, other: {wallMs: 21_000, cpuMs: undefined}}
    expect(roundLine(unmeasured)).toBe('this CPU not measured (20.0 s wall), other CPU not measured (21.0 s): – CPU, 0.95× wall, load average 9.0')
  })
})
