/**
 * Spelling suggestions ranked so the intended word comes first.
 *
 * nspell's own `suggest()` is too slow to call per flagged word (tens of
 * milliseconds at the median, seconds for unknown names), so copydesk keeps
 * its own index over the dictionary's expanded word forms: candidates come
 * from single Damerau edits looked up in a set, widened to a bounded scan of
 * near lengths when that finds little; they are ranked by a typing-aware
 * edit cost (adjacent keys, doubled letters, swapped letters and vowel
 * confusions are cheap) blended with how common the word is.
 */

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const vowels = new Set('aeiouy')
/** Sound-alike letter pairs typists confuse: cheaper than a random swap. */
const soundAlike = new Set(['c:k', 'k:c', 'c:s', 's:c', 's:z', 'z:s', 'i:y', 'y:i', 'g:j', 'j:g'])

const adjacentKeys = new Map<string, Set<string>>()
for (const [row, keys] of keyboardRows.entries()) {
  for (const [column, key] of [...keys].entries()) {
    const near = new Set<string>()
    for (const offset of [-1, 0, 1]) {
      const rowAbove = keyboardRows[row - 1]
      const rowBelow = keyboardRows[row + 1]
      for (const neighbour of [keys[column + offset], rowAbove?.[column + offset], rowBelow?.[column + offset]]) {
        if (neighbour && neighbour !== key) near.add(neighbour)
      }
    }
    adjacentKeys.set(key, near)
  }
}

/** Cost of typing `typed` where `intended` was meant. */
function substitutionCost(typed: string, intended: string, names: boolean): number {
  if (typed === intended) return 0
  if (adjacentKeys.get(intended)?.has(typed)) return 0.6
  // In names a sound-alike letter is more often another transliteration (Makri, Macri).
  if (!names && soundAlike.has(typed + ':' + intended)) return 0.6
  if (vowels.has(typed) && vowels.has(intended)) return 0.7
  return 1
}

/**
 * Weighted optimal-string-alignment distance from the typed word to a
 * candidate; returns `Infinity` once it must exceed `max`.
 */
export function typingDistance(typed: string, intended: string, max: number, names = false): number {
  const rows = typed.length + 1
  const width = intended.length + 1
  if (Math.abs(typed.length - intended.length) > max * 2) return Infinity
  const table = new Float64Array(rows * width)
  for (let j = 1; j < width; j++) table[j] = table[j - 1]! + omissionCost(intended, j - 1)
  // A swap reaches back two rows, so stop only when two rows in a row are over.
  let previousRowMin = 0
  for (let i = 1; i < rows; i++) {
    table[i * width] = table[(i - 1) * width]! + extraCost(typed, i - 1)
    let rowMin = table[i * width]!
    for (let j = 1; j < width; j++) {
      let value = Math.min(
        table[(i - 1) * width + j]! + extraCost(typed, i - 1),
        table[i * width + j - 1]! + omissionCost(intended, j - 1),
        table[(i - 1) * width + j - 1]! + substitutionCost(typed[i - 1]!, intended[j - 1]!, names)
      )
      if (
        i > 1 &&
        j > 1 &&
        typed[i - 1] === intended[j - 2] &&
        typed[i - 2] === intended[j - 1] &&
        typed[i - 1] !== typed[i - 2]
      ) {
        value = Math.min(value, table[(i - 2) * width + j - 2]! + 0.6)
      }
      table[i * width + j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max && previousRowMin > max) return Infinity
    previousRowMin = rowMin
  }
  const distance = table[rows * width - 1]!
  return distance > max ? Infinity : distance
}

/** An extra letter typed: cheap when it doubles a neighbour or sits next to it on the keyboard. */
function extraCost(typed: string, index: number): number {
  const letter = typed[index]!
  const before = typed[index - 1]
  const after = typed[index + 1]
  if (letter === before || letter === after) return 0.5
  if ((before && adjacentKeys.get(before)?.has(letter)) || (after && adjacentKeys.get(after)?.has(letter))) {
    return 0.7
  }
  return 1
}

/** A letter left out: cheap when it was one of a double. */
function omissionCost(intended: string, index: number): number {
  const letter = intended[index]!
  if (letter === intended[index - 1] || letter === intended[index + 1]) return 0.5
  if (vowels.has(letter)) return 0.8
  return 1
}

export interface Suggester {
  /**
   * Best replacements for a lower-case unknown word, best first, at most
   * `limit`, none further than `maxCost` weighted edits.
   */
  suggest(word: string, limit?: number, maxCost?: number): string[]
  /** Whether the dictionary holds this exact lower-case form. */
  has(word: string): boolean
  /** Log-scaled frequency of a word (0 when unknown). */
  frequency(word: string): number
}

const alphabet = "abcdefghijklmnopqrstuvwxyz'"
/** How much a tenfold difference in frequency is worth in edit cost. */
const frequencyWeight = 0.22
/** Candidates further than this (in weighted edits) are not offered by default. */
const defaultMaxCost = 2

/**
 * Build a suggester over lower-case dictionary forms and a frequency list
 * (`word<TAB>count` per line, most common first).
 */
export function createSuggester(words: ReadonlyArray<string>, frequencies: ReadonlyMap<string, number>): Suggester {
  const known = new Set(words)
  const byLength: string[][] = []
  for (const word of words) {
    ;(byLength[word.length] ??= []).push(word)
  }
  const cache = new Map<string, string[]>()

  function frequency(word: string): number {
    return Math.log10((frequencies.get(word) ?? 0) + 1)
  }

  function singleEdits(word: string): Set<string> {
    const found = new Set<string>()
    const add = (candidate: string) => {
      if (candidate !== word && known.has(candidate)) found.add(candidate)
    }
    for (let index = 0; index <= word.length; index++) {
      const head = word.slice(0, index)
      const tail = word.slice(index)
      if (tail) add(head + tail.slice(1))
      if (tail.length > 1) add(head + tail[1] + tail[0] + tail.slice(2))
      for (const letter of alphabet) {
        if (tail) add(head + letter + tail.slice(1))
        add(head + letter + tail)
      }
    }
    return found
  }

  function nearScan(word: string, into: Set<string>): void {
    for (let length = Math.max(1, word.length - 2); length <= word.length + 2; length++) {
      for (const candidate of byLength[length] ?? []) {
        // Typos rarely hit the first two letters both; this keeps the scan cheap.
        if (candidate[0] !== word[0] && candidate[1] !== word[1]) continue
        if (typingDistance(word, candidate, defaultMaxCost) <= defaultMaxCost) into.add(candidate)
      }
    }
  }

  function suggest(word: string, limit = 3, maxCost = defaultMaxCost): string[] {
    const key = word + '\u0000' + limit + '\u0000' + maxCost
    const cached = cache.get(key)
    if (cached) return cached
    const candidates = singleEdits(word)
    if (candidates.size < 3 && word.length > 3) nearScan(word, candidates)
    const ranked = [...candidates]
      .map((candidate) => ({candidate, cost: typingDistance(word, candidate, maxCost)}))
      .filter((entry) => entry.cost <= maxCost)
      .map((entry) => ({candidate: entry.candidate, score: entry.cost - frequencyWeight * frequency(entry.candidate)}))
      .sort((left, right) => left.score - right.score || left.candidate.localeCompare(right.candidate))
      .slice(0, limit)
      .map((entry) => entry.candidate)
    cache.set(key, ranked)
    return ranked
  }

  return {suggest, has: (word) => known.has(word), frequency}
}
