/** Timing rules: the wall clock's `timings` and the caller's own clocks, read at the same points. */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {defineRule} from '../src/core/define-rule.js'
import {check, createProcessor} from '../src/core/processor.js'
import {loadResources} from '../src/node/resources.js'
import {cpuNow, elapsed, readClocks} from '../bench/clock.js'

const meta = {category: 'style', fix: 'none', summary: 'Test.'} as const
const plain = defineRule({...meta, id: 'plain'}, () => {})
/** A rule with a `prepare` step, which is timed as part of the rule. */
const prepared = defineRule(
  {...meta, id: 'prepared'},
  () => {},
  () => Promise.resolve()
)
const testRegistry = {rules: [plain, prepared], presets: {both: {plain: 'warn', prepared: 'warn'}}} as const

/** A clock that moves one millisecond each time it is read. */
function tickingClock() {
  let ticks = 0
  return {now: () => ++ticks, timings: new Map<string, number>()}
}

async function checkTwice(observers: Parameters<typeof createProcessor>[3]) {
  const processor = createProcessor({preset: 'both'}, testRegistry, loadResources, observers)
  for (const value of ['A first draft.\n', 'A second draft.\n']) await check(processor, new VFile({path: 'draft.txt', value}))
}

describe('rule clocks', () => {
  it('adds up each rule on every clock it is given, its prepare step included', async () => {
    const first = tickingClock()
    const second = tickingClock()
    const timings = new Map<string, number>()
    await checkTwice({timings, clocks: [first, second]})
    // Each run reads a clock twice (one tick apart): `plain` runs once a draft, `prepared` twice (prepare, then check).
    for (const clock of [first, second]) expect(Object.fromEntries(clock.timings)).toEqual({plain: 2, prepared: 4})
    expect([...timings.keys()].sort()).toEqual(['plain', 'prepared'])
    for (const ms of timings.values()) expect(ms).toBeGreaterThanOrEqual(0)
  })

  it('takes a clock without the wall clock, and times nothing when asked for no clock', async () => {
    const only = tickingClock()
    await checkTwice({clocks: [only]})
    expect(Object.fromEntries(only.timings)).toEqual({plain: 2, prepared: 4})
    await expect(checkTwice({})).resolves.toBeUndefined()
  })
})

describe('bench clocks', () => {
  it('reads the process’s CPU time in milliseconds, which work moves', () => {
    // Bracketed by Node's own reading on each side, so the figure is the
    // process's CPU time and not the wall clock, whatever else the machine
    // (or V8's background threads) is doing meanwhile.
    const toMs = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000
    const before = toMs(process.cpuUsage())
    const reading = cpuNow()
    const after = toMs(process.cpuUsage())
    expect(reading).toBeGreaterThanOrEqual(before)
    expect(reading).toBeLessThanOrEqual(after)
    const started = readClocks()
    let sum = 0
    for (let index = 0; index < 2_000_000; index++) sum += Math.sqrt(index)
    expect(sum).toBeGreaterThan(0)
    const busy = elapsed(started)
    expect(busy.cpu).toBeGreaterThan(0)
    expect(busy.wall).toBeGreaterThan(0)
  })

  it('gives each clock’s difference between two readings', () => {
    expect(elapsed({wall: 10, cpu: 4}, {wall: 25, cpu: 7})).toEqual({wall: 15, cpu: 3})
  })
})
