/** Small text helpers shared by rules. */
import type {Node} from 'unist'
import type {Span} from '../core/types.js'

/** Exact span of a node (or of a run of sibling nodes). */
export function spanOf(first: Node, last: Node = first): Span {
  return {
    start: first.position?.start.offset ?? 0,
    end: last.position?.end.offset ?? 0
  }
}

/** Give `replacement` the case pattern of `actual` (lower, Capitalised, UPPER). */
export function matchCase(replacement: string, actual: string): string {
  if (isAllCaps(actual) && actual.length > 1) return replacement.toUpperCase()
  if (isCapitalised(actual)) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1)
  }
  return replacement
}

const upper = /^\p{Lu}/u
const lower = /\p{Ll}/u

/** `Putin`, `O’Brien`, `McDonald`: an upper-case letter first, and some lower case. */
export function isCapitalised(word: string): boolean {
  return upper.test(word) && lower.test(word)
}

const capitalsOnly = /^[\p{Lu}\d&.-]+s?$/u
const twoCapitalsOrOne = /\p{Lu}.*\p{Lu}|^\p{Lu}$/u

/** `NATO`, `BBC’s`: letters, all upper case (a trailing possessive allowed). */
export function isAllCaps(word: string): boolean {
  const bare = stripPossessive(word)
  return capitalsOnly.test(bare) && twoCapitalsOrOne.test(bare)
}

const possessiveS = /['’]s$/u
const possessiveApostrophe = /(?<=s)['’]$/u

/** `Syria’s` → `Syria`, `Jones’` → `Jones`. */
export function stripPossessive(word: string): string {
  // Asked of every word of a draft: one that ends in neither `s` nor an
  // apostrophe has no possessive to strip.
  const last = word.charCodeAt(word.length - 1)
  if (last !== 115 && last !== 39 && last !== 0x2019) return word
  return word.replace(possessiveS, '').replace(possessiveApostrophe, '')
}

const topLevelDomains = 'com|org|net|edu|gov|io|co|uk|int|info|biz|news|tv|me|dev|app|ly'
/** What a URL runs on over: anything but white space, angle brackets, closing quotes and brackets. */
const urlRest = String.raw`[^\s<>"”’)\]]`

/**
 * URLs, e-mail addresses, @handles, #tags and bare domains. No literal holds
 * white space, and each alternative can start only where nothing of its own
 * kind stands before it (the lookbehinds): an e-mail address where its run of
 * address characters starts, a domain where its run of letters, digits,
 * hyphens and dots starts. Tried from every letter of a long run instead,
 * each attempt would read to the end of the run, and a draft with one long
 * run (`a-a-a-…`) would cost the square of its length.
 */
const literalPattern = new RegExp(
  [
    String.raw`\b(?:https?|ftp):\/\/${urlRest}+`,
    String.raw`\bwww\.${urlRest}+`,
    String.raw`(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    String.raw`(?<![\w@])[@#][\p{L}\p{N}_]+`,
    // Hyphens before a domain start its run but are not part of it (`-news.example.com`).
    String.raw`(?<![\p{L}\p{N}_-]|[\p{L}\p{N}_-]\.)-*(?<domain>[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:${topLevelDomains})\b(?:\/${urlRest}*)?)`
  ].join('|'),
  'dgiu'
)
/** Cheap test for whether any of the above can occur at all. */
const literalHint = new RegExp(String.raw`[@#]|:\/\/|www\.|\.(?:${topLevelDomains})\b`, 'i')

/** Ranges of the text that are not prose: URLs, e-mail addresses, @handles, #tags. */
export function literalRanges(text: string): Span[] {
  if (!literalHint.test(text)) return []
  const ranges: Span[] = []
  for (const match of text.matchAll(literalPattern)) {
    const start = match.indices?.groups?.['domain']?.[0] ?? match.index
    ranges.push({start, end: match.index + match[0].length})
  }
  return ranges
}

/** Literal ranges found per tree, so the rules of one check scan its text once. */
const treeLiteralRanges = new WeakMap<object, Span[]>()
/** How far past a tree's ends the scan reaches for a literal that starts or ends beyond them. */
const literalReach = 1024

/**
 * The literal ranges (see `literalRanges`) in the stretch of `text` that
 * `tree` covers, offsets in `text`, found once per tree. A chunk of a long
 * draft (chunks.ts) is scanned alone, not the whole draft again. Literals
 * hold no white space, so the scan starts and ends at white space near the
 * tree's ends and finds exactly what a scan of the whole text finds there.
 */
export function treeLiterals(tree: {readonly position?: {readonly start: {readonly offset?: number | undefined}; readonly end: {readonly offset?: number | undefined}} | undefined}, text: string): Span[] {
  let ranges = treeLiteralRanges.get(tree)
  if (ranges) return ranges
  let start = tree.position?.start.offset ?? 0
  let end = tree.position?.end.offset ?? text.length
  for (let reach = 0; start > 0 && reach < literalReach && !/\s/.test(text.charAt(start - 1)); reach++) start--
  for (let reach = 0; end < text.length && reach < literalReach && !/\s/.test(text.charAt(end)); reach++) end++
  if (start === 0 && end === text.length) {
    ranges = literalRanges(text)
  } else {
    ranges = literalRanges(text.slice(start, end))
    for (const range of ranges) (range as {start: number; end: number}).start += start
    for (const range of ranges) (range as {start: number; end: number}).end += start
  }
  treeLiteralRanges.set(tree, ranges)
  return ranges
}

/**
 * Whether `span` overlaps any of `ranges`, which are sorted and do not
 * overlap each other (as `literalRanges` gives them). A binary search: a
 * draft may hold a literal for every word.
 */
export function overlaps(ranges: ReadonlyArray<Span>, span: Span): boolean {
  // The first range that ends after the span starts.
  let low = 0
  let high = ranges.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (ranges[middle]!.end > span.start) high = middle
    else low = middle + 1
  }
  const range = ranges[low]
  return range !== undefined && range.start < span.end
}

/** Rows reused between calls: allocating them per pair dominated name checks. */
let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)]

/**
 * Words in English collation order (`left.localeCompare(right, 'en')`,
 * sign for sign), without loading the collator for plain words: two words
 * of ASCII letters and straight apostrophes that differ other than in case
 * are ordered by their letters with case set aside (`abc` < `Abd` < `abe`),
 * the apostrophe before every letter (`will's` < `wills`), as the collator
 * orders them, so they are compared so here. The first `localeCompare` of
 * a process loads ICU's collation data, 7-20 ms of a cold start; other
 * words still go to it. English, not the machine's locale: the same
 * findings on every machine (Estonian orders `z` before `t`).
 */
export function compareWords(left: string, right: string): number {
  if (plainLetters.test(left) && plainLetters.test(right)) {
    const a = left.toLowerCase()
    const b = right.toLowerCase()
    if (a !== b) return a < b ? -1 : 1
  }
  return left.localeCompare(right, 'en')
}

const plainLetters = /^[A-Za-z']+$/

/**
 * Damerau (optimal string alignment) distance, stopping early once it must
 * exceed `max`; returns `max + 1` then.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  if (Number.isInteger(max) && max >= 0 && max < Math.max(a.length, b.length)) return bandedDistance(a, b, max)
  const width = b.length + 1
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)]
  let [previous2, previous, current] = rows
  for (let j = 0; j < width; j++) previous[j] = j
  // A swap reaches back two rows, so stop only when two rows in a row are over.
  let previousRowMin = 0
  for (let i = 1; i <= a.length; i++) {
    current[0] = i
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2]! + 1)
      }
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max && previousRowMin > max) return max + 1
    previousRowMin = rowMin
    ;[previous2, previous, current] = [previous, current, previous2]
  }
  return Math.min(previous[b.length]!, max + 1)
}

/**
 * `editDistance` for a whole `max` shorter than the longer word: only the
 * cells at most `max` from the diagonal are filled, as every cell further
 * out is over `max` already (it is at least the difference of the two
 * prefixes' lengths) and counts as `max + 1`. Each row fills at most
 * `2 × max + 1` cells instead of the whole width: the same answer, for a
 * fraction of the work on the one- and two-edit limits names are compared
 * at.
 */
function bandedDistance(a: string, b: string, max: number): number {
  const over = max + 1
  const width = b.length + 1
  if (rows[0].length < width + 1) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)]
  let [previous2, previous, current] = rows
  for (let j = 0; j < width && j <= over; j++) previous[j] = j
  let previousRowMin = 0
  for (let i = 1; i <= a.length; i++) {
    const low = Math.max(1, i - max)
    const high = Math.min(b.length, i + max)
    // The cells either side of the band read as over.
    current[low - 1] = low === 1 ? Math.min(i, over) : over
    if (high < b.length) current[high + 1] = over
    let rowMin = low === 1 ? current[0]! : over
    const code = a.charCodeAt(i - 1)
    const before = i > 1 ? a.charCodeAt(i - 2) : -1
    for (let j = low; j <= high; j++) {
      const other = b.charCodeAt(j - 1)
      const cost = code === other ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && code === b.charCodeAt(j - 2) && before === other) {
        value = Math.min(value, previous2[j - 2]! + 1)
      }
      if (value > over) value = over
      current[j] = value
      if (value < rowMin) rowMin = value
    }
    if (rowMin > max && previousRowMin > max) return over
    previousRowMin = rowMin
    ;[previous2, previous, current] = [previous, current, previous2]
  }
  return Math.min(previous[b.length]!, over)
}

/** Bit per letter a–z present in the word (case-insensitive), for quick rejection. */
export function letterMask(word: string): number {
  let mask = 0
  for (let index = 0; index < word.length; index++) {
    const code = (word.charCodeAt(index) | 32) - 97
    if (code >= 0 && code < 26) mask |= 1 << code
  }
  return mask
}

export function bitCount(value: number): number {
  let count = 0
  for (let rest = value; rest !== 0; rest &= rest - 1) count++
  return count
}

/** Whether two words could be within `max` edits, judged by their letters alone. */
export function mayBeWithin(maskA: number, maskB: number, max: number): boolean {
  if (max < 0) return false
  // At most `max` bits each way: clearing the lowest set bit `max` times leaves none (no full count).
  let only = maskA & ~maskB
  for (let cleared = 1; cleared <= max && only !== 0; cleared++) only &= only - 1
  if (only !== 0) return false
  only = maskB & ~maskA
  for (let cleared = 1; cleared <= max && only !== 0; cleared++) only &= only - 1
  return only === 0
}

/** Each draft's apostrophe style, found once: a long draft checked in chunks asks from every chunk. */
const apostropheStyles = new WeakMap<object, boolean>()

/** Whether the draft writes apostrophes curly (`it’s`) at least as often as straight (typographic by default). */
export function prefersCurly(file: {toString(): string}): boolean {
  const known = apostropheStyles.get(file)
  if (known !== undefined) return known
  let curly = 0
  let straight = 0
  for (const match of String(file).matchAll(/\p{L}(['’])\p{L}/gu)) {
    if (match[1] === '’') curly++
    else straight++
  }
  apostropheStyles.set(file, curly >= straight)
  return curly >= straight
}
