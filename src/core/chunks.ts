/**
 * How a large draft is cut into chunks for checking, so memory stays bounded
 * whatever the draft's length: the tree of a chunk is built, checked and let
 * go before the next one is built.
 *
 * A chunk is a run of whole paragraphs (Markdown: whole top-level blocks) of
 * about `chunkLength` characters. Each is read with a few paragraphs of its
 * neighbours on both sides for context, so a quotation that runs on into
 * the next paragraph, a speaker named in the paragraph before, or a piece of
 * web boilerplate next to another is still seen across a cut; findings in
 * the context belong to the neighbouring chunk and are dropped. A single
 * paragraph longer than a chunk is cut after sentence ends (Markdown: at
 * line starts).
 */
import {chunkContextLength, chunkContextParagraphs, chunkLength, maxChunkParagraphs} from './limits.js'
import {markdownBlocks} from './markdown-guard.js'
import {paragraphBreaks, sentenceCuts} from './parse-in-pieces.js'

/** A stretch of the draft: [start, end) offsets. */
export interface Range {
  readonly start: number
  readonly end: number
}

export interface Chunk {
  /** What this chunk reports findings in. */
  readonly own: Range
  /** What is parsed for it: `own` and its context. */
  readonly read: Range
}

/** Paragraphs (or Markdown blocks) of the draft, each at most `limit` long, in order, covering it. */
export function draftUnits(text: string, markdown: boolean, lineParagraphs: boolean, limit = chunkLength): Range[] {
  const units: Range[] = []
  const add = (start: number, end: number) => {
    if (end <= start) return
    if (end - start <= limit) {
      units.push({start, end})
      return
    }
    const cuts = markdown ? lineCuts(text, start, end, limit) : sentenceCuts(text, start, end, limit)
    let from = start
    for (const cut of [...cuts, end]) {
      if (cut > from) units.push({start: from, end: cut})
      from = cut
    }
  }
  if (markdown) {
    for (const block of markdownBlocks(text)) add(block.start, block.end)
    return units
  }
  let at = 0
  for (const [, end] of paragraphBreaks(text, lineParagraphs)) {
    // The break belongs to the paragraph before it.
    add(at, end)
    at = end
  }
  add(at, text.length)
  return units
}

/**
 * Where to cut a Markdown block longer than `limit`: at the start of a line
 * that starts in the first column (a new list item, a table row, a line of
 * a paragraph), else of any line, else anywhere.
 */
function lineCuts(text: string, start: number, end: number, limit: number): number[] {
  const cuts: number[] = []
  let from = start
  while (end - from > limit) {
    let cut = -1
    let anyLine = -1
    for (let at = from + limit; at > from + limit / 2; at--) {
      const previous = text.charCodeAt(at - 1)
      if (previous !== 10 && previous !== 13) continue
      if (anyLine === -1) anyLine = at
      const char = text.charCodeAt(at)
      if (char !== 32 && char !== 9 && char !== 10 && char !== 13) {
        cut = at
        break
      }
    }
    if (cut === -1) cut = anyLine === -1 ? from + limit : anyLine
    cuts.push(cut)
    from = cut
  }
  return cuts
}

/**
 * Group `units` into chunks of about `limit` characters (and at most
 * `maxChunkParagraphs` units), each with up to
 * `chunkContextParagraphs` units (at most `chunkContextLength` characters)
 * of context on each side.
 */
export function planChunks(units: ReadonlyArray<Range>, limit = chunkLength): Chunk[] {
  const chunks: Chunk[] = []
  let first = 0
  while (first < units.length) {
    let last = first
    while (last + 1 < units.length && last + 1 - first < maxChunkParagraphs && units[last + 1]!.end - units[first]!.start <= limit) last++
    let before = first
    while (
      before > 0 &&
      first - before < chunkContextParagraphs &&
      units[first]!.start - units[before - 1]!.start <= chunkContextLength
    ) {
      before--
    }
    let after = last
    while (
      after + 1 < units.length &&
      after - last < chunkContextParagraphs &&
      units[after + 1]!.end - units[last]!.end <= chunkContextLength
    ) {
      after++
    }
    chunks.push({
      own: {start: units[first]!.start, end: units[last]!.end},
      read: {start: units[before]!.start, end: units[after]!.end}
    })
    first = last + 1
  }
  return chunks
}
