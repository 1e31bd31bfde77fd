/** The development halves of the spelling bench: stable, balanced, and never the held-out split. */
import {describe, expect, it} from 'vitest'
import {devHalf, selectDevHalf, type EvalData, type Slip} from '../bench/spelling-eval.js'

const slip = (intended: string, typed: string): Slip => ({set: 'names', detail: 'typing', intended, typed, sentence: `${typed} spoke.`, original: `${intended} spoke.`})

describe('development halves', () => {
  it('puts a name and all its slips on one side, whatever its case', () => {
    expect(devHalf('Pemberton')).toBe(devHalf('pemberton'))
    const data: EvalData = {split: 'dev', texts: [], slips: [slip('Pemberton', 'Pembreton'), slip('Pemberton', 'Pemberten'), slip('Ashcombe', 'Ashcomb')]}
    const a = selectDevHalf(data, 'A')
    const b = selectDevHalf(data, 'B')
    expect(a.slips.length + b.slips.length).toBe(3)
    expect(new Set([...a.slips, ...b.slips].filter((one) => one.intended === 'Pemberton').map((one) => devHalf(one.intended))).size).toBe(1)
  })

  it('splits words it is given into two halves of about the same size', () => {
    const words = Array.from({length: 400}, (_, index) => `name${index}`)
    const inA = words.filter((word) => devHalf(word) === 'A').length
    expect(inA).toBeGreaterThan(160)
    expect(inA).toBeLessThan(240)
  })

  it('refuses the held-out split', () => {
    expect(() => selectDevHalf({split: 'test', texts: [], slips: []}, 'A')).toThrow('Unexpected held-out split')
  })
})
