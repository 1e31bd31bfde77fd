/**
 * Putting each leaf of a tree bridged from Markdown or HTML back where its
 * text is in the draft: the syntax tree's text nodes drop line prefixes,
 * escapes, entities and (in HTML) the tags inside a run of text, so the
 * words the bridge placed one after another drift from the file.
 */
import type {Root, Sentence, Word} from 'nlcst'
import type {Position} from 'unist'

type NlcstNode = Root | Root['children'][number] | Sentence['children'][number] | Word['children'][number]

/** Most characters looked through for a leaf that itself starts with a character of a line prefix. */
const maxGap = 4096
/** What may stand between two leaves: white space, line prefixes of quotes and lists, escapes. */
const gapCharacter = /[\s>*+\-\d.)\\]/
const gapRun = /[\s>*+\-\d.)\\]*/y

/**
 * Where `value` starts after `cursor` with only white space, line
 * prefixes, escapes (and the rest of an entity) between; -1 when it does
 * not.
 *
 * A leaf that starts with a letter can only start where the run of prefix
 * characters ends, so it is looked for there, however long the run (a
 * block quote nested thousands deep and read flat leaves thousands of
 * no-break spaces on each line). The end of the last run is remembered, so
 * the leaves after one long run do not read it again. A leaf that starts
 * with a prefix character (`2024`, `-`) is looked for in the first
 * `maxGap` characters.
 */
function leafFinder(doc: string): (value: string, cursor: number) => number {
  let runFrom = -1
  let runEnd = -1
  const endOfRun = (from: number): number => {
    if (from < runFrom || from > runEnd) {
      gapRun.lastIndex = from
      gapRun.exec(doc)
      runFrom = from
      runEnd = gapRun.lastIndex
    }
    return runEnd
  }
  const scan = (value: string, from: number): number => {
    const end = endOfRun(from)
    if (!gapCharacter.test(value.charAt(0))) return doc.startsWith(value, end) ? end : -1
    for (let at = from; at <= end && at - from <= maxGap; at++) {
      if (doc.startsWith(value, at)) return at
    }
    return -1
  }
  return (value, cursor) => {
    const found = scan(value, cursor)
    const entity = /^#?\w{1,32};/.exec(doc.slice(cursor, cursor + 34))
    if (!entity) return found
    const afterEntity = scan(value, cursor + entity[0].length)
    return found === -1 || (afterEntity !== -1 && afterEntity < found) ? afterEntity : found
  }
}

/** Most characters looked through for a leaf after anything else failed. */
const maxLookAhead = 256

/**
 * Where `value` next occurs in the `maxLookAhead` characters after
 * `cursor`, or -1: a leaf behind text the tree dropped (HTML whose text
 * the parser moved or left out) is still placed on its own text.
 */
function lookAhead(doc: string, value: string, cursor: number): number {
  const found = doc.slice(cursor, cursor + maxLookAhead + value.length).indexOf(value)
  return found === -1 ? -1 : cursor + found
}

/**
 * A leaf of one character written as a character reference (`&ldquo;`,
 * `&#8220;`) after `cursor`, past white space and line prefixes: the
 * reference's end, or -1.
 */
function referenceEnd(doc: string, value: string, cursor: number): number {
  if ([...value].length !== 1) return -1
  gapRun.lastIndex = cursor
  gapRun.exec(doc)
  const at = gapRun.lastIndex
  const reference = /^&#?\w{1,32};/.exec(doc.slice(at, at + 35))
  return reference ? at + reference[0].length : -1
}

/**
 * A text node's words are placed as if its value were contiguous in the
 * file, but a text that runs over lines of a block quote (`> `) or a list
 * item (indent) drops those prefixes, so every word after the first line
 * ends up some characters early. Put each leaf back where its text really
 * is: after the previous leaf, past line prefixes only.
 */
export function realignPositions(tree: Root, doc: string, place: {toPoint(offset: number): {line: number; column: number; offset: number}}): void {
  const leaves: Array<{node: {value: string; position?: Position | undefined}; whiteSpace: boolean}> = []
  const parents: Array<{children: NlcstNode[]; position?: Position | undefined}> = []
  const collect = (node: NlcstNode): void => {
    if ('children' in node) {
      for (const child of node.children) collect(child as NlcstNode)
      parents.push(node as {children: NlcstNode[]})
    } else if ('value' in node) {
      leaves.push({node, whiteSpace: node.type === 'WhiteSpaceNode'})
    }
  }
  collect(tree)
  // A leaf with no position (GFM makes some, as for a bare `www.` link) is placed the same way.
  const drifted = leaves.some(
    ({node}) =>
      node.position?.start.offset === undefined || doc.slice(node.position.start.offset, node.position.end.offset) !== node.value
  )
  if (!drifted) return
  const findAfter = leafFinder(doc)
  let cursor = 0
  for (const {node, whiteSpace} of leaves) {
    if (whiteSpace) continue
    const expected = node.position?.start.offset ?? cursor
    let at = doc.startsWith(node.value, expected) ? expected : findAfter(node.value, cursor)
    let end = at + node.value.length
    if (at === -1) {
      end = referenceEnd(doc, node.value, cursor)
      if (end === -1) {
        at = lookAhead(doc, node.value, cursor)
        if (at === -1) at = expected
        end = at + node.value.length
      } else {
        at = doc.lastIndexOf('&', end)
      }
    }
    node.position = {start: place.toPoint(at), end: place.toPoint(end)}
    cursor = end
  }
  // White space spans the gap between its neighbours.
  const nextStarts: Array<number | undefined> = new Array(leaves.length)
  let next: number | undefined
  for (let index = leaves.length - 1; index >= 0; index--) {
    nextStarts[index] = next
    const leaf = leaves[index]!
    if (!leaf.whiteSpace) next = leaf.node.position?.start.offset
  }
  for (const [index, {node, whiteSpace}] of leaves.entries()) {
    if (!whiteSpace) continue
    const previous = leaves[index - 1]?.node.position?.end.offset ?? node.position?.start.offset ?? 0
    const following = nextStarts[index]
    const end = following !== undefined && following >= previous ? following : previous + node.value.length
    node.position = {start: place.toPoint(previous), end: place.toPoint(end)}
  }
  // Parents (words, sentences, paragraphs) span their first to last child; inner ones first.
  for (const parent of parents) {
    const first = parent.children[0]?.position
    const last = parent.children[parent.children.length - 1]?.position
    if (first && last) parent.position = {start: first.start, end: last.end}
  }
}

