/** The development halves of the spelling bench: stable, balanced, and never the held-out split. */
import {describe, expect, it} from 'vitest'
import {devHalf, drawStudySlips, half, selectDevHalf, type EvalData, type Slip} from '../bench/spelling-eval.js'

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

  it('draws a larger study sample of capitalised slips from the development lists only, the same each time', () => {
    const slips = drawStudySlips('capitalised', 2, 1)
    // One drawing of the development texts holds about a thousand; the development set takes 800.
    expect(slips.length).toBeGreaterThan(1600)
    expect(slips.every((one) => one.set === 'capitalised' && half(one.intended) === 'dev' && one.typed !== one.intended)).toBe(true)
    expect(new Set(slips.map((one) => one.typed + ' ' + one.sentence)).size).toBe(slips.length)
    expect(drawStudySlips('capitalised', 2, 1).map((one) => one.typed)).toEqual(slips.map((one) => one.typed))
    expect(drawStudySlips('capitalised', 1, 2).map((one) => one.typed)).not.toEqual(slips.slice(0, 100).map((one) => one.typed))
  })
})
