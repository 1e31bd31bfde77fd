/**
 * The slip channel of names: how likely a reporter is to type `typed` when
 * `intended` was meant, P(typed | intended), as bits (−log2), summed over
 * the cheapest chain of edits between them. Each kind of edit (a vowel
 * changed, a neighbouring key, a letter dropped from a double, `ph` for
 * `f`, …) has its own price, learned from the development name slips by
 * `bench/fit-spelling.ts` (the prices are kept in
 * `slip-weights.ts`). The spelling decision weighs these bits with the
 * intended name's prior (its census share) against the prior of a correct
 * name it does not know (the token's letter odds).
 */

/** The kinds of edit the channel prices, each in bits. */
export const editKinds = [
  /** A vowel changed for another, at or before the name's first vowel (`Hanford` → `Honford`). */
  'firstVowel',
  /** A vowel changed for another after it (`Sherman` → `Shermen`). */
  'vowel',
  /** A sound-alike consonant (`c`/`k`, `s`/`z`, `i`/`y`, `g`/`j`, `c`/`s`). */
  'soundAlike',
  /** A neighbouring key (`Joseph` → `Joseoh`). */
  'neighbourKey',
  /** Any other letter changed. */
  'otherLetter',
  /** A letter typed twice (`Pullen` → `Puullen`). */
  'doubled',
  /** A stray letter beside its key's neighbour (`Morelahd`). */
  'keyInsert',
  /** Any other letter added. */
  'otherInsert',
  /** One letter of a double left out (`Hutton` → `Huton`). */
  'undoubled',
  /** A vowel left out (`Randolph` → `Randolp` is `droppedOther`; `David` → `Davd`). */
  'droppedVowel',
  /** An `h` left out (`Thomas` → `Tomas`, `Randolph` → `Randolp`). */
  'droppedH',
  /** Any other letter left out. */
  'droppedOther',
  /** Two letters swapped (`Heiser` → `Hesier`). */
  'swap',
  /** A one-letter spelling typed for a two-letter one (`f` for `ph`, `k` for `ck`: `Christof`, `Stikney`). */
  'digraph',
  /**
   * A two-letter spelling typed for a one-letter one (`ph` for `f`, `ck`
   * for `k`: `Hanphord`, `Rocckport`), priced as `soundAlike` (see
   * `learnChannel`).
   */
  'digraphTyped'
] as const

export type EditKind = (typeof editKinds)[number]

export type ChannelCosts = Readonly<Record<EditKind, number>>

const vowels = 'aeiou'
const soundPairs = new Set(['c:k', 'k:c', 's:z', 'z:s', 'i:y', 'y:i', 'g:j', 'j:g', 'c:s', 's:c'])
const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
const neighbours = new Map<string, string>()
for (const [row, keys] of keyboardRows.entries()) {
  for (const [column, key] of [...keys].entries()) {
    const near = [keys[column - 1], keys[column + 1], keyboardRows[row - 1]?.[column], keyboardRows[row - 1]?.[column + 1], keyboardRows[row + 1]?.[column - 1], keyboardRows[row + 1]?.[column]]
    neighbours.set(key, near.filter(Boolean).join(''))
  }
}
const isNeighbour = (a: string, b: string) => neighbours.get(a)?.includes(b) === true

export function substitutionKind(typed: string, intended: string, firstVowelAt: number, at: number): EditKind {
  if (vowels.includes(typed) && vowels.includes(intended)) return at <= firstVowelAt ? 'firstVowel' : 'vowel'
  if (soundPairs.has(typed + ':' + intended)) return 'soundAlike'
  if (isNeighbour(intended, typed)) return 'neighbourKey'
  return 'otherLetter'
}

export function insertionKind(typed: string, at: number): EditKind {
  const letter = typed[at]!
  if (letter === typed[at - 1] || letter === typed[at + 1]) return 'doubled'
  if ((at > 0 && isNeighbour(typed[at - 1]!, letter)) || (at + 1 < typed.length && isNeighbour(typed[at + 1]!, letter))) return 'keyInsert'
  return 'otherInsert'
}

export function omissionKind(intended: string, at: number): EditKind {
  const letter = intended[at]!
  if (letter === intended[at - 1] || letter === intended[at + 1]) return 'undoubled'
  if (letter === 'h') return 'droppedH'
  if (vowels.includes(letter)) return 'droppedVowel'
  return 'droppedOther'
}

/** `ph` written for `f` and back, `ck` for `k` and back: `long` two letters, `short` one. */
function isDigraph(long: string, short: string): boolean {
  return (long === 'ph' && short === 'f') || (long === 'ck' && short === 'k')
}

/** Reused between calls: the table is small but asked for per candidate. */
let scratch = new Float64Array(256)
let insertCosts = new Float64Array(32)
let omitCosts = new Float64Array(32)

/** Substitution kinds between lower-case letters (`typed * 26 + intended`), as indexes into `editKinds`; -1 outside a–z. */
const substitutionKinds = new Int8Array(26 * 26)
for (let typed = 0; typed < 26; typed++) {
  for (let intended = 0; intended < 26; intended++) {
    substitutionKinds[typed * 26 + intended] = editKinds.indexOf(substitutionKind(String.fromCharCode(97 + typed), String.fromCharCode(97 + intended), 0, 1))
  }
}
const vowelKind = editKinds.indexOf('vowel')
const firstVowelKind = editKinds.indexOf('firstVowel')
const otherLetterKind = editKinds.indexOf('otherLetter')

/** Each set of prices as an array by kind, made once. */
const priceArrays = new WeakMap<ChannelCosts, Float64Array>()
function pricesOf(costs: ChannelCosts): Float64Array {
  let prices = priceArrays.get(costs)
  if (!prices) {
    prices = Float64Array.from(editKinds, (kind) => costs[kind])
    priceArrays.set(costs, prices)
  }
  return prices
}

/**
 * Bits of typing `typed` (lower case) for `intended` (lower case) by the
 * cheapest chain of edits; with `kinds`, the edits of that chain are
 * counted into it (for the fit). Letters outside a–z change at
 * `otherLetter`'s price.
 */
export function channelBits(typed: string, intended: string, costs: ChannelCosts, kinds?: Map<EditKind, number>): number {
  const rows = typed.length + 1
  const width = intended.length + 1
  if (scratch.length < rows * width) scratch = new Float64Array(rows * width * 2)
  if (insertCosts.length < rows) insertCosts = new Float64Array(rows * 2)
  if (omitCosts.length < width) omitCosts = new Float64Array(width * 2)
  const table = kinds ? new Float64Array(rows * width) : scratch
  const backs = kinds ? new Int32Array(rows * width) : undefined
  const prices = pricesOf(costs)
  const firstVowelAt = intended.search(/[aeiou]/)
  for (let i = 0; i < typed.length; i++) insertCosts[i] = costs[insertionKind(typed, i)]
  for (let j = 0; j < intended.length; j++) omitCosts[j] = costs[omissionKind(intended, j)]
  const swap = costs.swap
  const digraph = costs.digraph
  const digraphTyped = costs.digraphTyped
  const hasDigraph = /ph|ck|[fk]/.test(typed) || /ph|ck|[fk]/.test(intended)
  table[0] = 0
  for (let j = 1; j < width; j++) table[j] = table[j - 1]! + omitCosts[j - 1]!
  for (let i = 1; i < rows; i++) {
    const a = typed.charCodeAt(i - 1)
    const row = i * width
    table[row] = table[row - width]! + insertCosts[i - 1]!
    if (backs) backs[row] = row - width
    for (let j = 1; j < width; j++) {
      const at = row + j
      const b = intended.charCodeAt(j - 1)
      let value = table[at - width]! + insertCosts[i - 1]!
      let back = at - width
      const omitted = table[at - 1]! + omitCosts[j - 1]!
      if (omitted < value) {
        value = omitted
        back = at - 1
      }
      let change = 0
      if (a !== b) {
        const kind = a >= 97 && a <= 122 && b >= 97 && b <= 122 ? substitutionKinds[(a - 97) * 26 + b - 97]! : otherLetterKind
        change = prices[kind === vowelKind && j - 1 <= firstVowelAt ? firstVowelKind : kind]!
      }
      const changed = table[at - width - 1]! + change
      if (changed < value) {
        value = changed
        back = at - width - 1
      }
      if (i > 1 && j > 1 && a === intended.charCodeAt(j - 2) && typed.charCodeAt(i - 2) === b && a !== typed.charCodeAt(i - 2) && table[at - 2 * width - 2]! + swap < value) {
        value = table[at - 2 * width - 2]! + swap
        back = at - 2 * width - 2
      }
      if (hasDigraph) {
        if (i > 1 && isDigraph(typed.slice(i - 2, i), intended[j - 1]!) && table[at - 2 * width - 1]! + digraphTyped < value) {
          value = table[at - 2 * width - 1]! + digraphTyped
          back = at - 2 * width - 1
        }
        if (j > 1 && isDigraph(intended.slice(j - 2, j), typed[i - 1]!) && table[at - width - 2]! + digraph < value) {
          value = table[at - width - 2]! + digraph
          back = at - width - 2
        }
      }
      table[at] = value
      if (backs) backs[at] = back
    }
  }
  if (kinds && backs) {
    for (let j = 1; j < width; j++) backs[j] = j - 1
    for (let at = rows * width - 1; at > 0; ) {
      const back = backs[at]!
      const kind = editBetween(typed, intended, at, back, width, firstVowelAt)
      if (kind) kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
      at = back
    }
  }
  return table[rows * width - 1]!
}

/** The kind of edit that leads from cell `back` to cell `at` (undefined for a kept letter). */
function editBetween(typed: string, intended: string, at: number, back: number, width: number, firstVowelAt: number): EditKind | undefined {
  const i = Math.floor(at / width)
  const j = at % width
  const di = i - Math.floor(back / width)
  const dj = j - (back % width)
  if (di === 1 && dj === 0) return insertionKind(typed, i - 1)
  if (di === 0 && dj === 1) return omissionKind(intended, j - 1)
  if (di === 1 && dj === 1) return typed[i - 1] === intended[j - 1] ? undefined : substitutionKind(typed[i - 1]!, intended[j - 1]!, firstVowelAt, j - 1)
  if (di === 2 && dj === 2) return 'swap'
  return di === 2 ? 'digraphTyped' : 'digraph'
}

/**
 * Prices learned from `pairs` (typed, intended; lower case) by hard
 * expectation–maximisation: align each pair at the current prices, count
 * each kind's edits on the cheapest chain, and price a kind at −log2 of its
 * share of the intended letters (add-one-half smoothing; `digraphTyped`
 * at `soundAlike`'s price), a few times over.
 */
export function learnChannel(pairs: ReadonlyArray<readonly [string, string]>, start: ChannelCosts, rounds = 5): ChannelCosts {
  let costs: ChannelCosts = start
  const letters = pairs.reduce((sum, [, intended]) => sum + intended.length, 0)
  for (let round = 0; round < rounds; round++) {
    const kinds = new Map<EditKind, number>()
    for (const [typed, intended] of pairs) channelBits(typed, intended, costs, kinds)
    const next = {} as Record<EditKind, number>
    for (const kind of editKinds) next[kind] = Number((-Math.log2(((kinds.get(kind) ?? 0) + 0.5) / letters)).toFixed(3))
    // A two-letter spelling typed for a one-letter one (`Hanphord` for
    // Hanford) is a sound-alike respelling as `Makon` for Macon is, and is
    // priced as one: it can happen only at an f or a k, so its share of all
    // letters (3 edits in the 720 development name slips, 10.4 bits) would
    // price it as rare as a stray unrelated letter. The other way round
    // (`Christof` for Christoph) keeps its learned price: it is a way names
    // are spelled, not only slipped (of the listed names with `ph` after
    // the first letter, 14 % have their `f` form listed too, Christoph
    // beside Christof; of those with `f`, 0.9 % their `ph` form; with `ck`
    // and `k`, 8.2 % against 0.9 %).
    next.digraphTyped = next.soundAlike
    costs = next
  }
  return costs
}
