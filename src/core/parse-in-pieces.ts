/**
 * Plain text parsed one paragraph at a time, so parsing takes time in
 * proportion to the draft's length.
 *
 * parse-latin (under retext-english's `ParseEnglish`) reads a whole text as
 * one paragraph of sentences and then splits it: its steps move white space
 * and merge sentences with `splice` and `slice` on that one list, so a draft
 * of many sentences, or of many short lines or paragraphs with no end
 * punctuation, cost the square of its length (150 KB of `a\n\n`: 78 s).
 *
 * Paragraph breaks are where parse-latin itself ends a paragraph: a run of
 * white space of spaces, tabs and two or more line breaks (one or more in a
 * draft of one paragraph per line). Each paragraph is parsed alone, its
 * positions are placed (by a parser with `parseAt`) or moved (`rebase`) to
 * where it stands in the draft, and the roots are put together. That is the tree a whole parse gives, except where parse-latin
 * let one paragraph change another: a paragraph followed by one that starts
 * in lower case had its last full stop merged into its last word, and marks
 * after a paragraph's last full stop (`It ended. ***`) made a sentence of
 * their own; parsed alone, neither happens.
 *
 * A paragraph longer than `maxPieceLength` is parsed in pieces cut after a
 * sentence's end and joined back into one paragraph node; only a sentence
 * merge parse-latin would have made across such a cut (a rare abbreviation)
 * can differ, and paragraphs of real copy are shorter.
 */
import type {Paragraph, Root, RootContent} from 'nlcst'
import type {Point, Position} from 'unist'
import type {ParagraphCache} from './paragraph-cache.js'

/** A parser with parse-latin's shape: `parse(text)` gives a root whose positions start at 1:1, offset 0. */
export interface LatinParser {
  parse(value: string): Root
  /** `parse` with the positions starting at `origin` rather than at 1:1, offset 0 (see placed-parser.ts). */
  parseAt?(value: string, origin: Origin): Root
}

export interface PieceOptions {
  /** A line break ends a paragraph (see `usesLineParagraphs` in parse.ts). */
  readonly lineParagraphs: boolean
  /** Longest piece parsed at once, in UTF-16 code units (default: `maxPieceLength`). */
  readonly maxPieceLength?: number
  /** Paragraphs parsed before, to copy instead of parsing again (see paragraph-cache.ts). */
  readonly cache?: ParagraphCache | undefined
}

/**
 * Longest stretch of a paragraph parsed at once. parse-latin costs about
 * the same per character up to a few thousand characters even on hostile
 * text, and news paragraphs are shorter than this.
 */
export const maxPieceLength = 4096

/** Whether a UTF-16 code unit is parse-latin's white space, as its tokenizer tells it (`[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]`). */
function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0x85) return false
  return (
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}
/** A run of white space parse-latin splits a root's paragraphs at: spaces, tabs and line breaks only. */
const lineBreaks = /^[ \t]*(?:(?:\r?\n|\r)[ \t]*)+$/

/** Line breaks in a run of white space, `\r\n` counting once. */
function breakCount(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const char = value.charCodeAt(index)
    if (char === 13 || (char === 10 && value.charCodeAt(index - 1) !== 13)) count++
  }
  return count
}

/** Maximal runs of white space in `text`, in order, as [start, end) pairs. */
function* whiteSpaceRuns(text: string, from: number, to: number): Generator<[number, number]> {
  let index = from
  while (index < to) {
    if (!isWhiteSpace(text.charCodeAt(index))) {
      index++
      continue
    }
    const start = index
    while (index < to && isWhiteSpace(text.charCodeAt(index))) index++
    yield [start, index]
  }
}

/**
 * The runs of white space that end a paragraph, as [start, end) pairs. Such
 * a run holds a line break, so only the maximal runs of white space around
 * line breaks are read, not every space between words.
 */
export function paragraphBreaks(text: string, lineParagraphs: boolean): Array<[number, number]> {
  const breaks: Array<[number, number]> = []
  const lineBreak = /[\n\r]/g
  let found: RegExpExecArray | null
  while ((found = lineBreak.exec(text)) !== null) {
    let start = found.index
    let end = start + 1
    while (start > 0 && isWhiteSpace(text.charCodeAt(start - 1))) start--
    while (end < text.length && isWhiteSpace(text.charCodeAt(end))) end++
    // The next line break to look at is past this run.
    lineBreak.lastIndex = end
    const value = text.slice(start, end)
    if (!lineBreaks.test(value)) continue
    if (lineParagraphs || breakCount(value) >= 2) breaks.push([start, end])
  }
  return breaks
}

/** Tracks line and column (as parse-latin counts them) while moving forward through a text. */
class Cursor {
  private offset = 0
  private line = 1
  private lineStart = 0
  constructor(private readonly text: string) {}

  /** The point of `offset`, which must not be before the last one asked for. */
  pointAt(offset: number): Origin {
    for (; this.offset < offset; this.offset++) {
      const char = this.text.charCodeAt(this.offset)
      if (char === 13 || (char === 10 && this.text.charCodeAt(this.offset - 1) !== 13)) {
        this.line++
        this.lineStart = this.offset + 1
      } else if (char === 10) {
        // The `\n` of `\r\n`: parse-latin keeps column 1 after it.
        this.lineStart = this.offset + 1
      }
    }
    return {line: this.line, column: offset - this.lineStart + 1, offset}
  }
}

/** Where a piece starts in the draft: positions in it are moved by this much. */
interface Origin {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/**
 * Move every position in `nodes` from a piece to the draft. parse-latin
 * shares point objects between nodes (a word and its text, a sentence and
 * its first word), so each point is moved once, in place.
 *
 * `length`, when given, is the length of the text the nodes were parsed
 * from, so every offset in them is at most that. When the piece starts
 * further into the draft than that, an offset at or past the piece's start
 * tells a point already moved, and no set of moved points is kept (it cost
 * as much as parsing the paragraph).
 */
export function rebase(nodes: ReadonlyArray<RootContent | Root>, origin: Origin, length?: number): void {
  if (origin.offset === 0 && origin.line === 1 && origin.column === 1) return
  const byOffset = length !== undefined && origin.offset > length
  const moved = byOffset ? undefined : new Set<Point>()
  const move = (point: Point) => {
    if (moved) {
      if (moved.has(point)) return
      moved.add(point)
    } else if (point.offset !== undefined && point.offset >= origin.offset) {
      return
    }
    if (point.line === 1) point.column += origin.column - 1
    point.line += origin.line - 1
    point.offset = (point.offset ?? 0) + origin.offset
  }
  const visit = (list: ReadonlyArray<RootContent | Root>) => {
    for (const node of list) {
      const position = node.position
      if (position) {
        move(position.start)
        move(position.end)
      }
      if ('children' in node) visit(node.children as RootContent[])
    }
  }
  visit(nodes)
}

function whiteSpaceNode(value: string, start: Point, end: Point): RootContent {
  return {type: 'WhiteSpaceNode', value, position: {start, end}}
}

/**
 * Where to cut a paragraph longer than `limit`: after a sentence's end (a
 * stop after a lower-case word of two or more letters, then white space and
 * a capital or an opening mark), else at white space, else anywhere that
 * splits no character. Returns [end of piece, start of next piece].
 */
function cutPoint(text: string, from: number, limit: number): [number, number] {
  let anySpace: [number, number] | undefined
  let sentenceEnd: [number, number] | undefined
  for (const [start, end] of whiteSpaceRuns(text, from + 1, limit)) {
    if (end >= limit) break
    anySpace = [start, end]
    if (endsSentence(text, from, start) && startsSentence(text.charAt(end))) sentenceEnd = [start, end]
  }
  const cut = sentenceEnd ?? anySpace
  if (cut) return cut
  let at = limit
  const code = text.charCodeAt(at)
  if ((code >= 0xdc00 && code <= 0xdfff) || (code === 10 && text.charCodeAt(at - 1) === 13)) at--
  return [at, at]
}

/**
 * Offsets to cut a paragraph from `start` to `end` at so that no piece is
 * longer than `limit`: after sentence ends where it can (see `cutPoint`);
 * each cut is where the next piece starts.
 */
export function sentenceCuts(text: string, start: number, end: number, limit: number): number[] {
  const cuts: number[] = []
  let at = start
  while (end - at > limit) {
    const [, next] = cutPoint(text, at, at + limit)
    if (next <= at) break
    cuts.push(next)
    at = next
  }
  return cuts
}

const stop = /[.!?\u2026]/
const closingMarks = /["'\u2019\u201D)\]]/
const lowerLetter = /\p{Ll}/u
const letter = /\p{L}/u
const openingOrCapital = /["'\u2018\u201C(\[]|\p{Lu}/u

/** Whether `text` before `end` ends a sentence on an ordinary word: `…the vote.` or `…he said.”`. */
function endsSentence(text: string, from: number, end: number): boolean {
  let at = end
  while (at > from && closingMarks.test(text.charAt(at - 1))) at--
  if (at === from || !stop.test(text.charAt(at - 1))) return false
  at--
  while (at > from && stop.test(text.charAt(at - 1))) at--
  let letters = 0
  let lower = false
  while (at > from && letter.test(text.charAt(at - 1))) {
    at--
    letters++
    if (lowerLetter.test(text.charAt(at))) lower = true
  }
  // `J.`, `U.S.`, `Mr.`, `St.`: an initial or a short abbreviation, not an end.
  return letters >= 4 && lower && text.charAt(at - 1) !== '.'
}

function startsSentence(char: string): boolean {
  return openingOrCapital.test(char)
}

/** Parse one paragraph, cutting it into pieces when it is long; its nodes go to `into`. */
function parseParagraph(
  parser: LatinParser,
  text: string,
  start: number,
  end: number,
  cursor: Cursor,
  limit: number,
  into: RootContent[],
  cache?: {readonly store: ParagraphCache; readonly mode: string}
): void {
  if (end - start <= limit) {
    const slice = text.slice(start, end)
    const key = cache ? cache.mode + slice : ''
    const kept = cache?.store.take(key, cursor.pointAt(start))
    if (kept) {
      for (const node of kept) into.push(node)
      return
    }
    let children: RootContent[]
    if (!cache && parser.parseAt) {
      children = parser.parseAt(slice, cursor.pointAt(start)).children
    } else {
      children = parser.parse(slice).children
      cache?.store.keep(key, children)
      rebase(children, cursor.pointAt(start), slice.length)
    }
    for (const node of children) into.push(node)
    return
  }
  let at = start
  let previousEnd = -1
  for (;;) {
    const [pieceEnd, nextStart] = end - at > limit ? cutPoint(text, at, at + limit) : [end, end]
    // The white space of a cut between two pieces, as a whole parse has it.
    const gap = previousEnd === -1 ? undefined : text.slice(previousEnd, at)
    const gapNode = gap === undefined ? undefined : whiteSpaceNode(gap, cursor.pointAt(previousEnd), cursor.pointAt(at))
    const piece = text.slice(at, pieceEnd)
    let children: RootContent[]
    if (parser.parseAt) {
      children = parser.parseAt(piece, cursor.pointAt(at)).children
    } else {
      children = parser.parse(piece).children
      rebase(children, cursor.pointAt(at), pieceEnd - at)
    }
    const previous = into[into.length - 1]
    const first = children[0]
    let from = 0
    if (gap !== undefined && !lineBreaks.test(gap) && previous?.type === 'ParagraphNode' && first?.type === 'ParagraphNode') {
      // Cut inside a line: both sides belong to one paragraph.
      into[into.length - 1] = joinParagraphs(previous, gapNode!, first)
      from = 1
    } else if (gapNode) {
      into.push(gapNode)
    }
    for (let index = from; index < children.length; index++) into.push(children[index]!)
    if (nextStart >= end) break
    previousEnd = pieceEnd
    at = nextStart
  }
}

/** Two paragraph nodes of one paragraph, parsed in two pieces, as one, with the white space between them. */
export function joinParagraphs(left: Paragraph, gap: RootContent, right: Paragraph): Paragraph {
  const children = [...left.children, gap as Paragraph['children'][number], ...right.children]
  const position: Position | undefined =
    left.position && right.position ? {start: left.position.start, end: right.position.end} : undefined
  return position ? {type: 'ParagraphNode', children, position} : {type: 'ParagraphNode', children}
}

/**
 * Parse `text` with `parser` one paragraph at a time; gives the tree a
 * whole parse gives (see the module comment).
 */
export function parseInPieces(parser: LatinParser, text: string, options: PieceOptions): Root {
  const limit = options.maxPieceLength ?? maxPieceLength
  const cursor = new Cursor(text)
  const children: RootContent[] = []
  let at = 0
  options.cache?.startParse()
  // The parser's steps differ with a paragraph per line, so the key says how the draft is read.
  const cache = options.cache ? {store: options.cache, mode: options.lineParagraphs ? 'L' : 'P'} : undefined
  const paragraph = (end: number) => {
    if (end > at) parseParagraph(parser, text, at, end, cursor, limit, children, cache)
  }
  for (const [start, end] of paragraphBreaks(text, options.lineParagraphs)) {
    paragraph(start)
    children.push(whiteSpaceNode(text.slice(start, end), cursor.pointAt(start), cursor.pointAt(end)))
    at = end
  }
  paragraph(text.length)
  const root: Root = {type: 'RootNode', children}
  if (text.length > 0) root.position = {start: {line: 1, column: 1, offset: 0}, end: cursor.pointAt(text.length)}
  return root
}
