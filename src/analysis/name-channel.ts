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
  /** A two-letter spelling for a one-letter sound or back (`ph`/`f`, `ck`/`k`). */
  'digraph'
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

function substitutionKind(typed: string, intended: string, firstVowelAt: number, at: number): EditKind {
  if (vowels.includes(typed) && vowels.includes(intended)) return at <= firstVowelAt ? 'firstVowel' : 'vowel'
  if (soundPairs.has(typed + ':' + intended)) return 'soundAlike'
  if (isNeighbour(intended, typed)) return 'neighbourKey'
  return 'otherLetter'
}

function insertionKind(typed: string, at: number): EditKind {
  const letter = typed[at]!
  if (letter === typed[at - 1] || letter === typed[at + 1]) return 'doubled'
  if ((at > 0 && isNeighbour(typed[at - 1]!, letter)) || (at + 1 < typed.length && isNeighbour(typed[at + 1]!, letter))) return 'keyInsert'
  return 'otherInsert'
}

function omissionKind(intended: string, at: number): EditKind {
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

/**
 * Bits of typing `typed` (lower case) for `intended` (lower case) by the
 * cheapest chain of edits; with `kinds`, the edits of that chain are
 * counted into it (for the fit). Letters outside a–z change at
 * `otherLetter`'s price.
 */
export function channelBits(typed: string, intended: string, costs: ChannelCosts, kinds?: Map<EditKind, number>): number {
  const rows = typed.length + 1
  const width = intended.length + 1
  const table = new Float64Array(rows * width)
  const step: Array<{kind: EditKind | undefined; back: number} | undefined> = kinds ? Array.from({length: rows * width}) : []
  const firstVowelAt = intended.search(/[aeiou]/)
  const set = (at: number, value: number, kind: EditKind | undefined, back: number) => {
    if (value < table[at]!) {
      table[at] = value
      if (kinds) step[at] = {kind, back}
    }
  }
  table.fill(Infinity)
  table[0] = 0
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < width; j++) {
      const at = i * width + j
      if (i === 0 && j === 0) continue
      if (i > 0) {
        const kind = insertionKind(typed, i - 1)
        set(at, table[at - width]! + costs[kind], kind, at - width)
      }
      if (j > 0) {
        const kind = omissionKind(intended, j - 1)
        set(at, table[at - 1]! + costs[kind], kind, at - 1)
      }
      if (i > 0 && j > 0) {
        const a = typed[i - 1]!
        const b = intended[j - 1]!
        if (a === b) set(at, table[at - width - 1]!, undefined, at - width - 1)
        else {
          const kind = substitutionKind(a, b, firstVowelAt, j - 1)
          set(at, table[at - width - 1]! + costs[kind], kind, at - width - 1)
        }
      }
      if (i > 1 && j > 1 && typed[i - 1] === intended[j - 2] && typed[i - 2] === intended[j - 1] && typed[i - 1] !== typed[i - 2]) {
        set(at, table[at - 2 * width - 2]! + costs.swap, 'swap', at - 2 * width - 2)
      }
      if (i > 1 && j > 0 && isDigraph(typed.slice(i - 2, i), intended[j - 1]!)) set(at, table[at - 2 * width - 1]! + costs.digraph, 'digraph', at - 2 * width - 1)
      if (i > 0 && j > 1 && isDigraph(intended.slice(j - 2, j), typed[i - 1]!)) set(at, table[at - width - 2]! + costs.digraph, 'digraph', at - width - 2)
    }
  }
  if (kinds) {
    for (let at = rows * width - 1; at > 0; ) {
      const here = step[at]!
      if (here.kind) kinds.set(here.kind, (kinds.get(here.kind) ?? 0) + 1)
      at = here.back
    }
  }
  return table[rows * width - 1]!
}

/**
 * Prices learned from `pairs` (typed, intended; lower case) by hard
 * expectation–maximisation: align each pair at the current prices, count
 * each kind's edits on the cheapest chain, and price a kind at −log2 of its
 * share of the intended letters (add-one-half smoothing), a few times over.
 */
export function learnChannel(pairs: ReadonlyArray<readonly [string, string]>, start: ChannelCosts, rounds = 5): ChannelCosts {
  let costs: ChannelCosts = start
  const letters = pairs.reduce((sum, [, intended]) => sum + intended.length, 0)
  for (let round = 0; round < rounds; round++) {
    const kinds = new Map<EditKind, number>()
    for (const [typed, intended] of pairs) channelBits(typed, intended, costs, kinds)
    const next = {} as Record<EditKind, number>
    for (const kind of editKinds) next[kind] = Number((-Math.log2(((kinds.get(kind) ?? 0) + 0.5) / letters)).toFixed(3))
    costs = next
  }
  return costs
}
