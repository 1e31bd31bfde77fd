/** Node's low-memory setting while a long draft is checked: on for the check, off again after it. */
import v8 from 'node:v8'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {chunkLength} from '../src/core/limits.js'
import {check, createProcessor} from '../src/core/processor.js'
import {nodePlatform} from '../src/node/platform.js'
import {checkingInterruptBudget, holdCompileLess, holdOldGeneration, releaseOldGeneration, userSetsInterruptBudget} from '../src/node/young-generation.js'
import {loadResources} from '../src/node/resources.js'
import {registry} from '../rules/index.js'

/** Runs `body` with every V8 flag the code sets recorded (and still applied). */
async function recordingFlags(body: (calls: string[]) => void | Promise<void>): Promise<void> {
  const calls: string[] = []
  const setFlags = v8.setFlagsFromString
  v8.setFlagsFromString = (flags: string) => {
    calls.push(flags)
    setFlags(flags)
  }
  try {
    await body(calls)
  } finally {
    v8.setFlagsFromString = setFlags
  }
}

describe('nodePlatform', () => {
  it('holds the heap’s growth only while a long draft is checked', async () => {
    await recordingFlags(async (calls) => {
      const processor = createProcessor({}, registry, loadResources, {}, nodePlatform)
      await check(processor, new VFile({path: 'short.txt', value: 'The minister spoke.\n'}))
      expect(calls).toEqual([])
      const long = 'The minister spoke about the budget for the coming year.\n\n'.repeat(Math.ceil((1.5 * chunkLength) / 58))
      await check(processor, new VFile({path: 'long.txt', value: long}))
      expect(calls).toEqual(['--heap-growing-percent=30', '--heap-growing-percent=0'])
    })
  })

  it('keeps a folder run’s hold on the heap’s growth, its objects young and its compiling less, after a long draft in it ends', async () => {
    // The interrupt budget is raised only on the V8 it was measured on (Node 20's).
    const measured = process.versions.v8.startsWith('11.3.')
    const raise = measured ? [`--interrupt-budget=${checkingInterruptBudget}`] : []
    const lower = measured ? ['--interrupt-budget=67584'] : []
    await recordingFlags((calls) => {
      holdOldGeneration()
      const endLong = nodePlatform.lowMemory!()
      endLong()
      endLong()
      expect(calls).toEqual(['--heap-growing-percent=20', '--no-allocation-site-pretenuring', ...raise])
      releaseOldGeneration()
      expect(calls).toEqual([
        '--heap-growing-percent=20',
        '--no-allocation-site-pretenuring',
        ...raise,
        '--heap-growing-percent=0',
        '--allocation-site-pretenuring',
        ...lower
      ])
      const before = calls.length
      const endAlone = nodePlatform.lowMemory!()
      endAlone()
      expect(calls.slice(before)).toEqual(['--heap-growing-percent=30', '--heap-growing-percent=0'])
    })
  })

  it('leaves an interrupt budget the user gave Node alone', () => {
    expect(userSetsInterruptBudget(['--interrupt-budget=5000'], '')).toBe(true)
    expect(userSetsInterruptBudget([], '--max-old-space-size=512 --interrupt_budget=5000')).toBe(true)
    expect(userSetsInterruptBudget(['--max-old-space-size=512'], '--enable-source-maps')).toBe(false)
    expect(userSetsInterruptBudget([], '')).toBe(false)
  })

  it('sets the interrupt budget back only when the last of nested holds ends (a thread pool open during a folder run)', async () => {
    const measured = process.versions.v8.startsWith('11.3.')
    await recordingFlags((calls) => {
      const endPool = holdCompileLess()
      holdOldGeneration()
      endPool()
      endPool()
      expect(calls.filter((flags) => flags.startsWith('--interrupt-budget'))).toEqual(measured ? [`--interrupt-budget=${checkingInterruptBudget}`] : [])
      releaseOldGeneration()
      expect(calls.filter((flags) => flags.startsWith('--interrupt-budget'))).toEqual(
        measured ? [`--interrupt-budget=${checkingInterruptBudget}`, '--interrupt-budget=67584'] : []
      )
    })
  })
})
