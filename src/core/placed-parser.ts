/**
 * retext-english's parser (`ParseEnglish`) with a tokenizer that gives the
 * same nodes for less: it tells a character's kind by its code (a table
 * filled from parse-latin's own answer for each character, the first time
 * it is met) instead of with three regular expressions, a node's end point
 * is the next node's start point and a word's text shares its word's
 * points (parse-latin copies each end, and never changes a point in
 * place), and `parseAt` places the nodes where their text starts in the
 * draft, so a paragraph parsed alone needs no second pass to move them
 * (`rebase` in parse-in-pieces.ts). One of parse-latin's paragraph steps is
 * replaced too (`breakImplicitSentences`): it split the text of every white
 * space node of every sentence into lines to count them.
 */
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import type {Point} from 'unist'
import {ParseEnglish} from 'parse-english'
import {isTitleStop, pluralTitles} from '../lexicon/titles.js'

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

/** Whether white space holds two or more line breaks (`\r\n` counting once). */
function hasLineBreaks(value: string): boolean {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13) {
      if (value.charCodeAt(index + 1) === 10) index++
    } else if (code !== 10) {
      continue
    }
    if (++count === 2) return true
  }
  return false
}

/**
 * parse-latin's `breakImplicitSentences`, the same steps: a sentence is
 * broken at white space (not its first or last node) with two or more line
 * breaks, which goes between the two parts. The line breaks are counted
 * where parse-latin split the white space's text into lines.
 */
function breakImplicitSentences(paragraph: Paragraph): void {
  const siblings = paragraph.children
  // The length grows as sentences are broken, and the new ones are read in turn.
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]!
      if (node.type !== 'WhiteSpaceNode' || !hasLineBreaks(node.value)) continue
      child.children = children.slice(0, position)
      const insertion: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)}
      const tail = children[position - 1]!
      const head = children[position + 1]!
      siblings.splice(index + 1, 0, node, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      break
    }
  }
}

/** The text of a node of a sentence: a word's is its children's, joined. */
function nodeText(node: SentenceContent): string {
  if ('value' in node) return node.value
  let value = ''
  for (const child of node.children) value += 'value' in child ? child.value : ''
  return value
}

/** The text of the word before the node at `at`, white space skipped (`the` in `lost to the Sens.`), if a word stands there. */
function wordBefore(children: SentenceContent[], at: number): string | undefined {
  let index = at - 1
  while (index >= 0 && children[index]!.type === 'WhiteSpaceNode') index--
  const before = children[index]
  return before?.type === 'WordNode' ? nodeText(before) : undefined
}

/**
 * A step before parse-latin's own (parse-english's list of abbreviations
 * holds `Mr.`, `Messrs.` and `Sen.` but not `Drs.` or `Sens.`): a sentence
 * that ends in a plural abbreviated title and its full stop (`by Drs.`),
 * with a capitalised word that opens no sentence next (`Howry and Klein
 * agreed.`), is one sentence with the next (see `isTitleStop`), and the
 * stop is the title's, as parse-english joins `Mr.`. Not after `the`
 * (`isTitleStop`), nor with a mark between the stop and the word.
 */
export function mergePluralTitleStops(paragraph: Paragraph): void {
  const siblings = paragraph.children
  for (let index = 0; index < siblings.length - 1; index++) {
    const sentence = siblings[index]!
    const next = siblings[index + 1]!
    if (sentence.type !== 'SentenceNode' || next.type !== 'SentenceNode') continue
    const children = sentence.children
    const stop = children[children.length - 1]
    const title = children[children.length - 2]
    if (stop?.type !== 'PunctuationNode' || stop.value !== '.' || title?.type !== 'WordNode') continue
    const text = nodeText(title)
    if (!pluralTitles.has(text.toLowerCase())) continue
    // The name comes straight after the stop's space: a closing quotation
    // mark or a bracket between (`the Drs.” Klein left.`) ends the sentence.
    const first = next.children.find((child) => child.type !== 'WhiteSpaceNode')
    if (first?.type !== 'WordNode' || !isTitleStop(text, nodeText(first), wordBefore(children, children.length - 2))) continue
    children.pop()
    title.children.push(stop)
    if (stop.position && title.position) title.position = {start: title.position.start, end: stop.position.end}
    children.push(...next.children)
    if (next.position && sentence.position) sentence.position = {start: sentence.position.start, end: next.position.end}
    siblings.splice(index + 1, 1)
    // The joined sentence may end in another plural title.
    index--
  }
}

export class PlacedEnglish extends ParseEnglish {
  private origin: Origin | undefined

  constructor() {
    super()
    // parse-latin's own step is the one between these two, which its root steps share.
    const steps = this.tokenizeParagraphPlugins
    const [, afterWhiteSpace, removeEmpty] = this.tokenizeRootPlugins
    const at = steps.findIndex((step, index) => index > 0 && steps[index - 1] === afterWhiteSpace && steps[index + 1] === removeEmpty)
    if (at !== -1) steps[at] = breakImplicitSentences
    steps.unshift(mergePluralTitleStops)
  }

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
