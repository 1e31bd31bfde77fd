/**
 * A small seeded PRNG, so every run of the bench picks the same words, typos
 * and slices: results differ between runs only by timing noise.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number

/** mulberry32: 32-bit state, good enough for sampling, and tiny. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0
  return function () {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A whole number in [0, below). */
export function randomInt(random: Random, below: number): number {
  return Math.floor(random() * below)
}

export function pickOne<T>(random: Random, items: ReadonlyArray<T>): T {
  if (items.length === 0) throw new Error('Cannot pick from an empty list')
  return items[randomInt(random, items.length)]!
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(random: Random, items: ReadonlyArray<T>): T[] {
  const copy = [...items]
  for (let index = copy.length - 1; index > 0; index--) {
    const other = randomInt(random, index + 1)
    ;[copy[index], copy[other]] = [copy[other]!, copy[index]!]
  }
  return copy
}
