/**
 * retext-english's parser (`ParseEnglish`) with a tokenizer that gives the
 * same nodes for less: it tells a character's kind by its code (a table
 * filled from parse-latin's own answer for each character, the first time
 * it is met) instead of with three regular expressions, a node's end point
 * is the next node's start point and a word's text shares its word's
 * points (parse-latin copies each end, and never changes a point in
 * place), and `parseAt` places the nodes where their text starts in the
 * draft, so a paragraph parsed alone needs no second pass to move them
 * (`rebase` in parse-in-pieces.ts).
 */
import type {Root, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'

const whiteSpaceKind = 1
const punctuationKind = 2
const wordKind = 3
const symbolKind = 4

const kindTypes = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const

/** Each UTF-16 code unit's kind, as parse-latin tells it; 0 until first asked. */
const kinds = new Uint8Array(0x10000)

const reference = new ParseEnglish()

function kindOf(code: number): number {
  let kind = kinds[code]!
  if (kind === 0) {
    // parse-latin's tokenizer on the character alone gives one node of its kind.
    const type = ParseEnglish.prototype.tokenize.call(reference, String.fromCharCode(code))[0]!.type
    kind = kindTypes.indexOf(type as (typeof kindTypes)[number])
    kinds[code] = kind
  }
  return kind
}

/** Where a text starts in its draft. */
export interface Origin {
  readonly line: number
  readonly column: number
  readonly offset: number
}

export class PlacedEnglish extends ParseEnglish {
  private origin: Origin | undefined

  /** `parse(value)` with every position moved to start at `origin` (see the module comment). */
  parseAt(value: string, origin: Origin): Root {
    this.origin = origin
    try {
      return this.parse(value)
    } finally {
      this.origin = undefined
    }
  }

  /** parse-latin's `tokenize`, the same nodes at the same places (see the module comment). */
  override tokenize(value?: string | null | undefined): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    const origin = this.origin
    let line = origin ? origin.line : 1
    let column = origin ? origin.column : 1
    let offset = origin ? origin.offset : 0
    let start: Point = {line, column, offset}
    let from = 0
    let previousKind = 0
    let previous = -1

    const flush = (kind: number, to: number) => {
      const end: Point = {line, column, offset}
      const text = value.slice(from, to)
      children.push(
        kind === wordKind
          ? {type: 'WordNode', children: [{type: 'TextNode', value: text, position: {start, end}}], position: {start, end}}
          : ({type: kindTypes[kind], value: text, position: {start, end}} as SentenceContent)
      )
      start = end
      from = to
    }

    for (let index = 0; index < value.length; index++) {
      const current = value.charCodeAt(index)
      const kind = kindOf(current)
      if (
        from < index &&
        previousKind !== 0 &&
        !(
          previousKind === kind &&
          // Words or white space continue.
          (kind === wordKind ||
            kind === whiteSpaceKind ||
            // Same character of punctuation or symbol also continues.
            current === previous ||
            // Surrogates of punctuation or symbol also continue.
            (current >= 0xd800 && current <= 0xdfff))
        )
      ) {
        flush(previousKind, index)
      }
      if (current === 13 || (current === 10 && previous !== 13)) {
        line++
        column = 1
      } else if (current !== 10) {
        column++
      }
      offset++
      previousKind = kind
      previous = current
    }
    // The text is not empty, so its last node is still to be made.
    flush(previousKind, value.length)
    return children
  }
}
