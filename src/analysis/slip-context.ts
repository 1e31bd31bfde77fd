/**
 * The sentence as a tie-breaker in the suggestion order: when the best
 * replacements of an unknown word are close in score (`sid`: side, said),
 * the one whose word class fits between its neighbours comes first (`he
 * sid` → said, `the sid of` → side).
 *
 * A word's class is the word itself for the commonest words (`the`, `will`,
 * `than`) and its coarse Brown tag otherwise (`NN`, `VBD`, `JJ`); the
 * neighbours' classes are read from the text next to the word, with no
 * tagger. A candidate's fit is how much likelier its classes are between
 * those neighbours than anywhere (a class bigram model):
 * Σ P(k | word) · P(k | left) / P(k) · P(right | k) / P(right).
 * The counts (`slip-context-data.ts`) come from the Brown Corpus outside its
 * press sections and the spelling development texts
 * (`scripts/train-slip-context.ts`). Only the order of suggestions reads
 * this, never whether a word is flagged.
 */
import {contextTable} from './slip-context-data.js'

/** How many of the commonest words are classes of their own. */
export const ownClassCount = 150

/**
 * How close to the best score (in the order's edit units) a candidate must
 * be for the sentence to decide between them, and what a doubling of the
 * fit is worth in those units. Fitted on the development slips by
 * `bench/fit-slip-context.ts`, whose measure ranks each slip's candidates
 * alone (the spelling bench, which runs the whole rule on the slips in
 * their sentences, gave 94.5 % → 96.3 % on the same slips): typing slips right first 95.4 % with no
 * context, 97.1 % at 0.04 (96.9 % at 0.03 and 0.05, falling from 0.07),
 * real misspellings 96.2 % → 96.5 %; both halves of the typing slips gain
 * alike (94.8 → 96.7, 96.0 → 97.5). Any margin from 0.4 up measures the
 * same at that weight: a fit moves a candidate by 0.4 at most in practice.
 */
export const contextMargin = 0.5
export const contextWeight = 0.04

/** Smoothing: how many uses of a class's average follower a pair count is mixed with. */
const smoothing = 10

/** A Brown tag (`nns`, `vbd-hl`, `np$`, `jj-tl`) as a coarse class (`NNS`, `VBD`, `NP`, `JJ`); `undefined` for none. */
export function coarseTag(tag: string): string | undefined {
  const base = tag
    .toLowerCase()
    .replace(/^fw-/, '')
    .split('+')[0]!
    .replace(/-(hl|tl|nc)/g, '')
    .replace(/\*$/, '')
  if (!base || !/^[a-z$]+$/.test(base)) return undefined
  if (/^nns/.test(base)) return 'NNS'
  if (/^nn/.test(base)) return 'NN'
  if (/^(np|nr)/.test(base)) return 'NP'
  if (/^(vb|vbd|vbn|vbg|vbz)$/.test(base)) return base.toUpperCase()
  if (/^jj/.test(base)) return 'JJ'
  if (/^(rb|rn)/.test(base)) return 'RB'
  if (/^(cd|od)$/.test(base)) return 'CD'
  if (/^be/.test(base)) return 'BE'
  if (/^hv/.test(base)) return 'HV'
  if (/^do/.test(base)) return 'DO'
  if (/^pp/.test(base)) return 'PP'
  if (/^(dt|ab|ap)/.test(base)) return 'DT'
  if (/^(wdt|wp|wrb|wql)/.test(base)) return 'WH'
  if (/^ql/.test(base)) return 'QL'
  return base.replace(/\$$/, '').toUpperCase()
}

interface Table {
  readonly own: ReadonlySet<string>
  readonly pair: ReadonlyMap<string, number>
  readonly out: ReadonlyMap<string, number>
  /** Share of each class among all followers. */
  readonly share: ReadonlyMap<string, number>
  /** Words of more than one class: their classes with their shares of their uses. */
  readonly word: ReadonlyMap<string, ReadonlyArray<readonly [string, number]>>
  /**
   * Words of one class, as the class's list (` word word `), searched when
   * asked: a map of them all would cost more to build than a draft's few
   * searches.
   */
  readonly single: ReadonlyArray<readonly [string, string]>
  /** Answers of `single` so far. */
  readonly found: Map<string, string | undefined>
}

let table: Table | undefined

/** The table, parsed on first use. */
function load(): Table {
  if (table) return table
  const own = new Set<string>()
  const pair = new Map<string, number>()
  const out = new Map<string, number>()
  const into = new Map<string, number>()
  const word = new Map<string, ReadonlyArray<readonly [string, number]>>()
  const single: Array<readonly [string, string]> = []
  let total = 0
  for (const line of contextTable.split('\n')) {
    if (line.startsWith('class ')) {
      const space = line.indexOf(' ', 6)
      single.push([line.slice(6, space), line.slice(space) + ' '])
      continue
    }
    const fields = line.split(' ')
    if (fields[0] === 'own') {
      for (const form of fields.slice(1)) own.add(form)
    } else if (fields[0] === 'pair') {
      const left = fields[1]!
      for (const field of fields.slice(2)) {
        const colon = field.lastIndexOf(':')
        const right = field.slice(0, colon)
        const value = Number(field.slice(colon + 1))
        pair.set(left + ' ' + right, value)
        out.set(left, (out.get(left) ?? 0) + value)
        into.set(right, (into.get(right) ?? 0) + value)
        total += value
      }
    } else {
      const classes = fields.slice(2).map((field) => {
        const colon = field.lastIndexOf(':')
        return [field.slice(0, colon), Number(field.slice(colon + 1))] as const
      })
      const sum = classes.reduce((all, [, count]) => all + count, 0)
      word.set(fields[1]!, classes.map(([name, count]) => [name, count / sum] as const))
    }
  }
  const share = new Map([...into].map(([name, count]) => [name, count / total] as const))
  table = {own, pair, out, share, word, single, found: new Map()}
  return table
}

/** A word's classes with their shares; none for a word the table does not know. */
function classesOf(lower: string, data: Table): ReadonlyArray<readonly [string, number]> {
  if (data.own.has(lower)) return [[lower, 1]]
  const known = data.word.get(lower)
  if (known) return known
  const one = singleClass(lower, data)
  return one === undefined ? [] : [[one, 1]]
}

/** The one class of a word listed under it, if any. */
function singleClass(lower: string, data: Table): string | undefined {
  if (data.found.has(lower)) return data.found.get(lower)
  let answer: string | undefined
  if (!lower.includes(' ')) {
    const needle = ' ' + lower + ' '
    answer = data.single.find(([, list]) => list.includes(needle))?.[0]
  }
  data.found.set(lower, answer)
  return answer
}

/** The class of a neighbouring word as written; `undefined` when nothing is known of it. */
function neighbourClass(text: string, data: Table): string | undefined {
  const lower = text.toLowerCase()
  if (data.own.has(lower)) return lower
  const known = data.word.get(lower)
  if (known) return known[0]![0]
  const one = singleClass(lower, data)
  if (one !== undefined) return one
  if (/^\p{Lu}/u.test(text)) return 'NP'
  if (/^\d/.test(text)) return 'CD'
  return undefined
}

/** P(right | left), smoothed towards how often `right` follows anything. */
function follow(left: string, right: string, data: Table): number {
  // Every class of the table is followed by some other and follows some other.
  return ((data.pair.get(left + ' ' + right) ?? 0) + smoothing * data.share.get(right)!) / (data.out.get(left)! + smoothing)
}

const skipped = /[\s"'“”‘’*_]/u
const wordLetter = /[\p{L}\p{N}'’-]/u

/**
 * The classes of the words either side of `value.slice(start, end)`: `<s>`
 * at the start of a sentence, `</s>` at its end, `,` at a comma, colon,
 * semicolon, dash or bracket; `undefined` for a side nothing is known of.
 */
export function neighbours(value: string, start: number, end: number): {left: string | undefined; right: string | undefined} {
  const data = load()
  let at = start - 1
  while (at >= 0 && skipped.test(value[at]!) && !(value[at] === '\n' && value[at - 1] === '\n')) at--
  let left: string | undefined
  if (at < 0 || /[.?!\n]/.test(value[at]!)) left = '<s>'
  else if (/[,;:()—–-]/.test(value[at]!)) left = ','
  else if (wordLetter.test(value[at]!)) {
    let from = at
    while (from > 0 && wordLetter.test(value[from - 1]!)) from--
    left = neighbourClass(value.slice(from, at + 1), data)
  }
  at = end
  while (at < value.length && skipped.test(value[at]!) && !(value[at] === '\n' && value[at + 1] === '\n')) at++
  let right: string | undefined
  if (at >= value.length || /[.?!\n]/.test(value[at]!)) right = '</s>'
  else if (/[,;:()—–-]/.test(value[at]!)) right = ','
  else if (wordLetter.test(value[at]!)) {
    let to = at
    while (to < value.length && wordLetter.test(value[to]!)) to++
    right = neighbourClass(value.slice(at, to), data)
  }
  return {left, right}
}

/**
 * How much likelier `candidate`'s classes are between `left` and `right`
 * than anywhere, as log2 (0 when nothing is known of the word or its
 * neighbours).
 */
export function contextFit(candidate: string, left: string | undefined, right: string | undefined): number {
  const data = load()
  const classes = classesOf(candidate.toLowerCase(), data)
  if (classes.length === 0 || (left === undefined && right === undefined)) return 0
  // Every class of the table follows some other, so each share is above 0, and so is the sum.
  let sum = 0
  for (const [name, share] of classes) {
    let ratio = share
    if (left !== undefined) ratio *= follow(left, name, data) / data.share.get(name)!
    if (right !== undefined) ratio *= follow(name, right, data) / data.share.get(right)!
    sum += ratio
  }
  return Math.log2(sum)
}

/** Whether the table knows the word classes of `lower`. */
export function hasClasses(lower: string): boolean {
  return classesOf(lower, load()).length > 0
}

/**
 * How much likelier the one class `name` (`NP`: a proper noun) is between
 * `left` and `right` than anywhere, as log2 (0 when nothing is known of
 * either side): the same fit as `contextFit`, for a class rather than a word.
 */
export function classFit(name: string, left: string | undefined, right: string | undefined): number {
  const data = load()
  let ratio = 1
  if (left !== undefined) ratio *= follow(left, name, data) / data.share.get(name)!
  if (right !== undefined) ratio *= follow(name, right, data) / data.share.get(right)!
  return Math.log2(ratio)
}

/**
 * Reorder `words` (best first, with their order scores, lower better) so
 * that, among those within `margin` of the best, the one that fits the
 * sentence best comes first; the rest keep their places. Only the
 * leading run within the margin is reordered.
 */
export function orderInContext(
  words: ReadonlyArray<string>,
  scores: ReadonlyArray<number>,
  value: string,
  start: number,
  end: number,
  margin = contextMargin,
  weight = contextWeight
): string[] {
  const best = scores[0]
  if (words.length < 2 || best === undefined || scores[1] === undefined || scores[1] - best > margin) return [...words]
  const {left, right} = neighbours(value, start, end)
  if (left === undefined && right === undefined) return [...words]
  let count = 0
  while (count < Math.min(words.length, scores.length) && scores[count]! - best <= margin) count++
  const close = words
    .slice(0, count)
    .map((word, index) => ({word, index, score: scores[index]!}))
    .map((item) => ({...item, adjusted: item.score - weight * contextFit(item.word, left, right)}))
    .sort((a, b) => a.adjusted - b.adjusted || a.index - b.index)
  return [...close.map((item) => item.word), ...words.slice(close.length)]
}
