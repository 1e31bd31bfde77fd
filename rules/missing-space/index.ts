/**
 * Flag a missing space after a full stop, question mark or exclamation mark
 * between two words (`difference.Russian`, `said.The`), or after a comma,
 * colon or semicolon glued to the next word (`budget,which`), and insert it.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/missing-space/)
 */
import type {Root} from 'nlcst'
import {defineRule} from '../../src/core/define-rule.js'
import {analyseQuotes, type QuoteAnalysis} from '../../src/analysis/quotations.js'
import {isAllCaps, literalRanges, overlaps} from '../../src/analysis/text.js'

/** A leaf of the tree: the text, punctuation and symbols inside words, and the rest. */
interface Leaf {
  readonly type: string
  readonly value: string
  readonly start: number
  readonly end: number
}

/** Ends a word of two or more letters in lower case (`said`, `St`), or a number (`2020`). */
const wordEnd = /(?:\p{L}\p{Ll}|\d)$/u
/** Starts a sentence: a capitalised word (`The`, `Russian`). */
const sentenceStart = /^\p{Lu}\p{Ll}/u
/** Closers that may sit between the stop and the next word: `world.”Assad`. */
const closers = new Set(['”', '’', ')', ']'])
/** Openers that may sit between the stop and the next word: `left.“Next`. */
const openers = new Set(['“', '‘', '(', '['])
/** Closers that may sit between the word and the stop: `vote).The`, `4%.The`. */
const beforeStop = new Set(['%', ')', ']', '”', '’'])

const maxContext = 30
/**
 * A stop, maybe a closing and an opening mark, then a capital with no space,
 * or a letter and a comma, colon or semicolon, maybe a closing mark, then a letter: where a seam may be.
 * Each branch starts at its mark (the letter before a comma is looked behind for), so the search
 * stops at marks rather than at every letter: the same paragraphs pass, in a sixth of the time.
 */
const candidate = /[.?!][”’)\]"]?[“‘(\["]?\p{Lu}|[,;:](?<=\p{L}[,;:])[”’"]?\p{L}/u
/** Marks that join the parts of a name, path, address or list (`example.com`, `a/b`, `@desk`, `red,green`): a comma after such a word is data. */
const pathMarks = new Set(['.', '/', '\\', ':', '@', '_', '#', '=', '&', '-', ',', ';'])
/** Marks inside a sentence that take a space after them. */
const clauseMarks = new Set([',', ';', ':'])

export default defineRule(
  {
    id: 'missing-space',
    category: 'typo',
    fix: 'safe',
    summary:
      'Flag a missing space after a full stop, question mark or exclamation mark between two words (`difference.Russian`), or after a comma, colon or semicolon (`budget,which`).'
  },
  function (tree, context, _options, report) {
    const text = String(context.file)

    // A straight mark's role comes from the quotation model, read only when one stands at a seam.
    let model: QuoteAnalysis | undefined
    const closes = (leaf: Leaf) => (model ??= analyseQuotes(tree, context)).roles.get(leaf.start) === 'close'
    for (const leaves of paragraphLeaves(tree, text)) {
      // Stops reported as missing a space: a word after one starts a sentence, not a dotted name.
      const sentenceStops = new Set<number>()
      for (let index = 0; index < leaves.length; index++) {
        const leaf = leaves[index]!
        if (leaf.type !== 'PunctuationNode') continue
        if (clauseMarks.has(leaf.value)) {
          const seam = clauseSeam(leaves, index, closes, sentenceStops)
          if (seam && !inLiteral(text, leaves[index - 1]!.start, leaves[seam.word]!.end)) reportSeam(text, {start: leaf.start, end: leaves[seam.markEnd]!.end}, report)
          continue
        }
        if (!isStop(leaf.value)) continue

        // The stop: `.` alone, or a run of `?` and `!` (`it?!Yes`).
        let last = index
        if (leaf.value !== '.') {
          while (last + 1 < leaves.length && isQuestionOrBang(leaves[last + 1]!) && adjacent(leaves[last]!, leaves[last + 1]!)) last++
        }

        const previous = leaves[index - 1]
        if (!previous || !adjacent(previous, leaf) || !endsWord(previous, leaves[index - 2], leaves[index - 3], sentenceStops.has(index - 2))) continue

        // Closing and opening marks between the stop and the next word.
        let next = last + 1
        let markEnd = last
        if (isCloser(leaves[next], closes) && adjacent(leaves[next - 1]!, leaves[next]!)) {
          markEnd = next
          next++
        }
        if (isOpener(leaves[next], closes) && adjacent(leaves[next - 1]!, leaves[next]!)) next++
        const word = leaves[next]
        if (!word || !adjacent(leaves[next - 1]!, word) || !startsSentence(word, leaves[next + 1], previous)) continue
        // `Foo.Bar.baz`: a dotted name, not two sentences.
        const after = leaves[next + 1]
        if (after && after.value === '.' && adjacent(word, after) && leaves[next + 2]?.type === 'TextNode') continue

        if (inLiteral(text, previous.start, word.end)) continue

        sentenceStops.add(index)
        reportSeam(text, {start: leaf.start, end: leaves[markEnd]!.end}, report)
      }
    }
  }
)

type Report = Parameters<Parameters<typeof defineRule>[1]>[3]

/** Report the mark (and a closing mark after it) that lacks its space, with the space as the fix. */
function reportSeam(text: string, span: {start: number; end: number}, report: Report): void {
  const actual = text.slice(span.start, span.end)
  const before = contextBefore(text, span.start)
  const rest = contextAfter(text, span.end)
  const clause = clauseMarks.has(actual.charAt(0))
  report(span, {
    reason: `Unexpected missing space in \`${before}${actual}${rest}\`, expected \`${before}${actual} ${rest}\``,
    note: clause
      ? 'A comma, colon or semicolon between two words takes a space after it; without one the words read as one, and spell checkers skip them. Insert the space.'
      : 'Two sentences (or an abbreviation and a name) run together without a space, often where paragraphs were joined in a paste. Insert the space.',
    actual,
    expected: [actual + ' ']
  })
}

/**
 * A comma, colon or semicolon at `index` glued to the next word
 * (`budget,which`, `reads:Closed`, `costs;the`, `“Yes,”she`): the word
 * before has two or more letters or is a number, the word after has two or
 * more letters or is `a` or `I`. Numbers (`1,000`), times and ratios
 * (`10:30`, `3:1`), single letters (`a,b`, `Q:What`), and URLs and
 * addresses (checked by the caller) are left alone.
 */
function clauseSeam(
  leaves: ReadonlyArray<Leaf>,
  index: number,
  closes: (leaf: Leaf) => boolean,
  sentenceStops: ReadonlySet<number>
): {markEnd: number; word: number} | undefined {
  const leaf = leaves[index]!
  const previous = leaves[index - 1]
  if (!previous || previous.type !== 'TextNode' || !adjacent(previous, leaf)) return undefined
  if (!/(?:\p{L}{2}|\d)$/u.test(previous.value)) return undefined
  // Not part of a dotted name or a path: `example.com,foo`, `a/b:c`. A full
  // stop already reported as a missing sentence space is no such joint, so
  // `difference.Russian:The` gets both seams at once, not one per pass.
  const beforePrevious = leaves[index - 2]
  if (beforePrevious && adjacent(beforePrevious, previous) && pathMarks.has(beforePrevious.value) && !sentenceStops.has(index - 2)) return undefined
  let markEnd = index
  let next = index + 1
  const closer = leaves[next]
  if (closer && adjacent(leaf, closer) && closer.value !== ')' && closer.value !== ']' && isCloser(closer, closes)) {
    markEnd = next
    next++
  }
  const word = leaves[next]
  if (!word || word.type !== 'TextNode' || !adjacent(leaves[next - 1]!, word)) return undefined
  // A word, never a number: so `1,000`, `10:30` and `3:1` are left alone.
  if (!/^(?:\p{L}{2}|[aI](?!\p{L}))/u.test(word.value)) return undefined
  // Capitals on both sides are a code or a table's fields (`CODE,DTF`).
  if (isAllCaps(previous.value) && isAllCaps(word.value)) return undefined
  // A chain of glued words is data or code (`a,b,c`, `key:value:more`), not prose.
  const after = leaves[next + 1]
  if (after && adjacent(word, after) && (clauseMarks.has(after.value) || after.value === '.' || after.value === '/' || after.value === '=')) return undefined
  return {markEnd, word: next}
}

/** Longest run of non-space text looked at for a URL or an address around a seam. */
const maxChunk = 500

/**
 * Whether the span sits in a URL, e-mail address, handle or domain. Those
 * never contain spaces, so only the run of non-space text around the span
 * is scanned, not the whole draft.
 */
function inLiteral(text: string, start: number, end: number): boolean {
  let from = start
  while (from > 0 && start - from < maxChunk && !/\s/.test(text.charAt(from - 1))) from--
  let to = end
  while (to < text.length && to - end < maxChunk && !/\s/.test(text.charAt(to))) to++
  const ranges = literalRanges(text.slice(from, to))
  return overlaps(ranges, {start: start - from, end: end - from})
}

function isStop(value: string): boolean {
  return value === '.' || value === '?' || value === '!'
}

function isQuestionOrBang(leaf: Leaf): boolean {
  return leaf.type === 'PunctuationNode' && (leaf.value === '?' || leaf.value === '!')
}

function adjacent(a: Leaf, b: Leaf): boolean {
  return a.end === b.start
}

/**
 * The stop follows a word of two or more letters ending in lower case, or a
 * number, or a closing mark or `%` after one. A single letter (`U.S.`,
 * `e.g.`) or a dotted chain of words (`example.co.uk`) is not a word end;
 * a decimal number is (`11.30pm.Two`), and so is a word after a full stop
 * already reported as a missing sentence space (`difference.Russian?A`).
 */
function endsWord(previous: Leaf, beforePrevious: Leaf | undefined, third: Leaf | undefined, afterReportedStop: boolean): boolean {
  if (previous.type === 'TextNode') {
    if (!wordEnd.test(previous.value)) return false
    if (!beforePrevious || beforePrevious.value !== '.' || !adjacent(beforePrevious, previous) || afterReportedStop) return true
    // `11.30pm.Two`, `48.5.The`: a number's decimal point, not a dotted name.
    return third !== undefined && adjacent(third, beforePrevious) && /^\d+$/.test(third.value)
  }
  return beforeStop.has(previous.value) && beforePrevious?.type === 'TextNode' && adjacent(beforePrevious, previous)
}

/**
 * A capitalised word (`The`), or `A` or `I` after a word ending in a letter
 * (`said.I think`). Never a digit (`3.5`), a lower-case word (`Node.js`,
 * `report.pdf`) or an all-caps one (`ASP.NET`).
 */
function startsSentence(word: Leaf, after: Leaf | undefined, previous: Leaf): boolean {
  if (word.type !== 'TextNode') return false
  if (sentenceStart.test(word.value)) return true
  if (word.value !== 'A' && word.value !== 'I') return false
  if (previous.type !== 'TextNode' || /\d$/.test(previous.value)) return false
  // A whole word: `said.I think`, `said.I’m`, not `said.A.B.`
  return !after || !adjacent(word, after) || (after.type !== 'TextNode' && after.value !== '.')
}

/** `”`, `’`, `)`, `]`, or a straight `"` that closes a quotation (as the quotation model pairs it). */
function isCloser(leaf: Leaf | undefined, closes: (leaf: Leaf) => boolean): boolean {
  if (!leaf) return false
  return closers.has(leaf.value) || (leaf.value === '"' && closes(leaf))
}

/** `“`, `‘`, `(`, `[`, or a straight `"` that does not close a quotation. */
function isOpener(leaf: Leaf | undefined, closes: (leaf: Leaf) => boolean): boolean {
  if (!leaf) return false
  return openers.has(leaf.value) || (leaf.value === '"' && !closes(leaf))
}

/** The word before the stop, as written (up to 30 characters). */
function contextBefore(text: string, end: number): string {
  let start = end
  while (start > 0 && end - start < maxContext && !/\s/.test(text.charAt(start - 1))) start--
  return text.slice(start, end)
}

/** The word after the stop, as written (up to 30 characters). */
function contextAfter(text: string, start: number): string {
  let end = start
  while (end < text.length && end - start < maxContext && !/\s/.test(text.charAt(end))) end++
  return text.slice(start, end)
}

/**
 * The leaves of each paragraph in order: words are opened up into their
 * text, punctuation and symbol children, where parse-latin keeps a stop
 * between two letters (`difference.Russian` is one word node).
 */
function paragraphLeaves(tree: Root, text: string): Leaf[][] {
  const paragraphs: Leaf[][] = []
  let current: Leaf[] = []
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'ParagraphNode') {
      // Most paragraphs have no stop glued to a capital: skip them unopened.
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? text.length
      if (!candidate.test(text.slice(start, end))) return
      current = []
      paragraphs.push(current)
    }
    if ('children' in node) {
      for (const child of node.children) walk(child as Root['children'][number])
    } else if ('value' in node && node.position) {
      current.push({
        type: node.type,
        value: node.value,
        start: node.position.start.offset ?? 0,
        end: node.position.end.offset ?? 0
      })
    }
  }
  walk(tree)
  return paragraphs
}
