/**
 * What remark must not be given as it is: a Markdown draft read line by line
 * before parsing, in time proportional to its length.
 *
 * * Block quotes and list items nested deeper than `maxNestingDepth`: the
 *   markers past that depth become no-break spaces, the same length, so
 *   remark reads the rest of the line as text inside the deepest container
 *   and every position stays where it was (`flattenNesting`).
 * * Blocks between blank lines, split where a new top-level block must
 *   start (never inside a fenced code block, an HTML comment or block, or
 *   front matter), with the count of inline marks in each
 *   (`markdownBlocks`); a block with more than `maxInlineMarks` is parsed as
 *   plain text.
 *
 * The container reading follows CommonMark's rules for block quote markers,
 * list markers and indentation closely enough to measure depth; it never
 * needs to be exact, because news copy nests a few levels deep and only a
 * draft past `maxNestingDepth` is changed at all.
 */
import {maxNestingDepth} from './limits.js'

/** The draft as remark gets it, and what was read flat. */
export interface Flattened {
  /** The same length as the draft; the same text when nothing was flattened. */
  readonly text: string
  /** Deepest nesting found, or 0 when nothing was flattened. */
  readonly depth: number
  /** Offset of the first marker read as text. */
  readonly offset: number
}

const noBreakSpace = '\u00A0'

/** Lines of `text` as [start, end of content, start of next line]. */
function* lines(text: string): Generator<[number, number, number]> {
  let start = 0
  while (start < text.length) {
    let end = start
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++
    let next = end
    if (text.charCodeAt(end) === 13) next = text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1
    else if (text.charCodeAt(end) === 10) next = end + 1
    yield [start, end, next]
    start = next
  }
}

/** Skip spaces and tabs from `at` (at column `column`) while the column stays within `limit`. */
function skipSpaces(text: string, at: number, end: number, column: number, limit: number): [number, number] {
  while (at < end) {
    const code = text.charCodeAt(at)
    const next = code === 32 ? column + 1 : code === 9 ? column + 4 - (column % 4) : -1
    if (next === -1 || next > limit) break
    at++
    column = next
  }
  return [at, column]
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    if (code !== 32 && code !== 9) return false
  }
  return true
}

/**
 * Where in a line a thematic break (`- - -`, `***`: three or more of one
 * mark and nothing else) starts, worked out once per line from its end, so
 * a line of many list markers is read once.
 */
function thematicBreaks(text: string, start: number, end: number): Uint8Array {
  const breaks = new Uint8Array(end - start)
  let mark = ''
  let count = 0
  let mixed = false
  for (let at = end - 1; at >= start; at--) {
    const char = text.charAt(at)
    if (char === ' ' || char === '\t') continue
    if (mixed || (mark !== '' && char !== mark) || (char !== '-' && char !== '*' && char !== '_')) {
      mixed = true
      continue
    }
    mark = char
    count++
    if (count >= 3) breaks[at - start] = 1
  }
  return breaks
}

/** End of a list marker at `at` (`-`, `+`, `*`, `1.`, `12)`), or -1. */
function listMarkerEnd(text: string, at: number, end: number): number {
  const char = text.charAt(at)
  let after = -1
  if (char === '-' || char === '+' || char === '*') {
    after = at + 1
  } else {
    let digit = at
    while (digit < end && digit - at < 9 && text.charCodeAt(digit) >= 48 && text.charCodeAt(digit) <= 57) digit++
    if (digit > at && (text.charAt(digit) === '.' || text.charAt(digit) === ')')) after = digit + 1
  }
  if (after === -1) return -1
  const next = text.charAt(after)
  return after === end || next === ' ' || next === '\t' ? after : -1
}

/** A code fence at `at`: its mark and length, or undefined. */
function fenceAt(text: string, at: number, end: number): {mark: string; length: number} | undefined {
  const mark = text.charAt(at)
  if (mark !== '`' && mark !== '~') return undefined
  let length = 0
  while (at + length < end && text.charAt(at + length) === mark) length++
  if (length < 3) return undefined
  if (mark === '`' && text.slice(at + length, end).includes('`')) return undefined
  return {mark, length}
}

function closesFence(text: string, at: number, end: number, fence: {mark: string; length: number}): boolean {
  let length = 0
  while (at + length < end && text.charAt(at + length) === fence.mark) length++
  return length >= fence.length && isBlankLine(text, at + length, end)
}

type Container = {readonly quote: true} | {readonly quote: false; readonly indent: number}

/**
 * Read block quotes and list items nested deeper than `maxNestingDepth`
 * as text: their markers become no-break spaces (see the module comment).
 */
export function flattenNesting(text: string, limit = maxNestingDepth): Flattened {
  const stack: Container[] = []
  /** Index in `stack` of its first block quote, or -1. */
  let firstQuote = -1
  let fence: {mark: string; length: number; depth: number} | undefined
  /** Markers read as text, as [start, end) offsets, in order. */
  const flat: Array<[number, number]> = []
  let depth = 0

  for (const [start, end] of lines(text)) {
    let at = start
    let column = 0
    const blank = isBlankLine(text, start, end)
    let kept = 0
    // A blank line keeps every list item up to the first block quote, which it ends.
    if (blank) kept = firstQuote === -1 ? stack.length : firstQuote
    for (; !blank && kept < stack.length; kept++) {
      const container = stack[kept]!
      if (container.quote) {
        const [marker, markerColumn] = skipSpaces(text, at, end, column, column + 3)
        if (text.charAt(marker) !== '>') break
        // A continued block quote past the limit is read as text as well.
        if (kept >= limit) flat.push([marker, marker + 1])
        at = marker + 1
        column = markerColumn + 1
        if (text.charAt(at) === ' ' || text.charAt(at) === '\t') [at, column] = skipSpaces(text, at, end, column, column + 1)
        continue
      }
      const [content, contentColumn] = skipSpaces(text, at, end, column, container.indent)
      if (contentColumn < container.indent) break
      at = content
      column = contentColumn
    }
    stack.length = kept
    if (firstQuote >= kept) firstQuote = -1

    if (fence) {
      if (kept >= fence.depth) {
        const [marker] = skipSpaces(text, at, end, column, column + 3)
        if (closesFence(text, marker, end, fence)) fence = undefined
        continue
      }
      fence = undefined
    }

    let breaks: Uint8Array | undefined
    for (;;) {
      const [marker, markerColumn] = skipSpaces(text, at, end, column, column + 3)
      const char = text.charAt(marker)
      let markerEnd = -1
      let container: Container | undefined
      if (char === '>') {
        markerEnd = marker + 1
        container = {quote: true}
      } else {
        breaks ??= thematicBreaks(text, start, end)
        if (breaks[marker - start] !== 1) markerEnd = listMarkerEnd(text, marker, end)
      }
      if (markerEnd === -1) break
      const afterMarker = markerColumn + markerEnd - marker
      let [next, nextColumn] = skipSpaces(text, markerEnd, end, afterMarker, afterMarker + (container ? 1 : 4))
      if (!container) {
        // Content more than four columns on, or none, starts one column after the marker.
        const spaces = nextColumn - afterMarker
        const indent = next === end || spaces > 4 || (spaces === 4 && (text.charAt(next) === ' ' || text.charAt(next) === '\t')) ? afterMarker + 1 : nextColumn
        if (next === end || spaces > 4) [next, nextColumn] = skipSpaces(text, markerEnd, end, afterMarker, afterMarker + 1)
        container = {quote: false, indent}
      }
      // Past the limit the marker is read as text; the container is still
      // followed, so the depth reported is the draft's own.
      if (stack.length >= limit) flat.push([marker, markerEnd])
      if (container.quote && firstQuote === -1) firstQuote = stack.length
      stack.push(container)
      at = next
      column = nextColumn
    }
    depth = Math.max(depth, stack.length)

    const [content] = skipSpaces(text, at, end, column, column + 3)
    const opened = fenceAt(text, content, end)
    if (opened) fence = {...opened, depth: stack.length}
  }

  if (flat.length === 0) return {text, depth: 0, offset: -1}
  const parts: string[] = []
  let copied = 0
  for (const [start, end] of flat) {
    parts.push(text.slice(copied, start), noBreakSpace.repeat(end - start))
    copied = end
  }
  parts.push(text.slice(copied))
  return {text: parts.join(''), depth, offset: flat[0]![0]}
}

/** A stretch of a Markdown draft that starts a new top-level block. */
export interface MarkdownBlock {
  readonly start: number
  readonly end: number
  /** Inline marks (`[`, `]`, `*`, `_`, `~`) outside fenced code. */
  readonly marks: number
}

/** HTML blocks that run over blank lines, by how they start and how they end (CommonMark kinds 1 to 5). */
const htmlBlocks: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/^<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/]
]

function countMarks(text: string, start: number, end: number): number {
  let count = 0
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at)
    // [ ] * _ ~
    if (code === 91 || code === 93 || code === 42 || code === 95 || code === 126) count++
  }
  return count
}

/**
 * Split a Markdown draft into blocks where a new top-level block must start:
 * at a line that follows a blank line and starts in the first column, when
 * no fenced code block, HTML block kind 1–5 or front matter is open. Parsed
 * apart, such blocks give the trees they give parsed together, save that a
 * reference link cannot use a definition in another block.
 */
export function markdownBlocks(text: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = []
  let blockStart = 0
  let marks = 0
  let previousBlank = false
  let fence: {mark: string; length: number} | undefined
  let html: RegExp | undefined
  let frontMatter: string | undefined
  let first = true

  for (const [start, end] of lines(text)) {
    const blank = isBlankLine(text, start, end)
    if (first) {
      first = false
      const line = text.slice(start, end)
      if (line === '---' || line === '+++') {
        frontMatter = line
        continue
      }
    }
    if (frontMatter) {
      if (text.slice(start, end) === frontMatter || (frontMatter === '---' && text.slice(start, end) === '...')) frontMatter = undefined
      continue
    }
    const [content, column] = skipSpaces(text, start, end, 0, 3)
    if (fence) {
      if (closesFence(text, content, end, fence)) fence = undefined
      previousBlank = false
      continue
    }
    if (html) {
      if (html.test(text.slice(start, end))) html = undefined
      previousBlank = false
      continue
    }
    if (!blank && previousBlank && column === 0 && start > blockStart) {
      blocks.push({start: blockStart, end: start, marks})
      blockStart = start
      marks = 0
    }
    previousBlank = blank
    if (blank) continue
    const opened = fenceAt(text, content, end)
    if (opened) {
      fence = opened
      continue
    }
    const line = text.slice(content, end)
    for (const [opening, closing] of htmlBlocks) {
      if (opening.test(line)) {
        if (!closing.test(line.slice(1))) html = closing
        break
      }
    }
    marks += countMarks(text, start, end)
  }
  if (blockStart < text.length) blocks.push({start: blockStart, end: text.length, marks})
  return blocks
}
