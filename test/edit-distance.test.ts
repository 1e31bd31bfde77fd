/** The bounded edit distance and the letter-mask filter the name and word searches run on. */
import {describe, expect, it} from 'vitest'
import {editDistance, letterMask, mayBeWithin} from '../src/analysis/text.js'

/** Optimal string alignment distance, the whole table filled: what `editDistance` must agree with, capped at `max + 1`. */
function fullDistance(a: string, b: string): number {
  const table = Array.from({length: a.length + 1}, (_, i) => Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(table[i - 1]![j]! + 1, table[i]![j - 1]! + 1, table[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, table[i - 2]![j - 2]! + 1)
      table[i]![j] = value
    }
  }
  return table[a.length]![b.length]!
}

/** Deterministic pseudo-random numbers in [0, 1). */
function numbers(seed: number): () => number {
  let state = seed
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff
    return state / 0x80000000
  }
}

/** Pairs of words: near ones (a word and a few slips of it) and unrelated ones, over a small alphabet so letters repeat. */
function pairs(count: number): Array<[string, string]> {
  const random = numbers(1961)
  const letters = ['a', 'b', 'e', 'n', 's', 't', 'é', 'A', '-', "'"]
  const pick = () => letters[Math.floor(random() * letters.length)]!
  const word = (length: number) => Array.from({length}, pick).join('')
  const slip = (text: string) => {
    const at = Math.floor(random() * (text.length + 1))
    const kind = Math.floor(random() * 4)
    if (kind === 0) return text.slice(0, at) + text.slice(at + 1)
    if (kind === 1) return text.slice(0, at) + pick() + text.slice(at)
    if (kind === 2) return text.slice(0, at) + pick() + text.slice(at + 1)
    return at + 1 < text.length ? text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2) : text
  }
  const result: Array<[string, string]> = []
  for (let index = 0; index < count; index++) {
    const a = word(Math.floor(random() * 11))
    let b = a
    if (random() < 0.7) for (let slips = Math.floor(random() * 4); slips > 0; slips--) b = slip(b)
    else b = word(Math.floor(random() * 11))
    result.push([a, b])
  }
  return result
}

describe('editDistance', () => {
  it('gives the full table’s distance within a whole-number limit, else `max + 1`', () => {
    for (const [a, b] of pairs(4000)) {
      const distance = fullDistance(a, b)
      for (const max of [0, 1, 2, 3, 6, Number.POSITIVE_INFINITY]) {
        expect(editDistance(a, b, max), `${JSON.stringify(a)} ${JSON.stringify(b)} within ${max}`).toBe(distance <= max ? distance : max + 1)
      }
    }
  })

  it('tells a pair within a fractional limit from one past it', () => {
    for (const [a, b] of pairs(2000)) {
      const distance = fullDistance(a, b)
      const found = editDistance(a, b, 1.5)
      expect(found > 1.5).toBe(distance > 1.5)
      if (distance <= 1.5) expect(found).toBe(distance)
    }
  })

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('Peskov', 'Pesokv', 1)).toBe(1)
    expect(editDistance('Vladimir', 'Vladmir', 2)).toBe(1)
    expect(editDistance('Smith', 'Smyth', 0)).toBe(1)
  })
})

describe('mayBeWithin', () => {
  it('says whether each mask has at most `max` letters the other lacks', () => {
    const random = numbers(7)
    const count = (value: number) => value.toString(2).replaceAll('0', '').length
    for (let index = 0; index < 20_000; index++) {
      const a = Math.floor(random() * (1 << 26))
      const b = random() < 0.5 ? a ^ (1 << Math.floor(random() * 26)) : Math.floor(random() * (1 << 26))
      for (const max of [-1, 0, 1, 2, 3, 1.5, 26]) {
        expect(mayBeWithin(a, b, max)).toBe(count(a & ~b) <= max && count(b & ~a) <= max)
      }
    }
  })

  it('never rules out a pair of words within the limit', () => {
    for (const [a, b] of pairs(4000)) {
      const distance = fullDistance(a, b)
      if (distance <= 2) expect(mayBeWithin(letterMask(a), letterMask(b), 2)).toBe(true)
    }
  })
})
