/**
 * A Markdown tree (mdast) turned into a natural-language tree (nlcst), as
 * mdast-util-to-nlcst does it, in time and stack proportional to the draft.
 *
 * mdast-util-to-nlcst walks the tree by recursion (a deeply nested draft
 * runs out of stack), gathers each node's tokens with
 * `results.push(...result)` (a block of more than about a hundred thousand
 * tokens runs out of stack: `[a](` × 40,000), and runs parse-latin's steps
 * over the whole draft as one sentence, which costs the square of its
 * length (see parse-in-pieces.ts). Here the walk keeps its own stack, tokens
 * are appended one by one, and parse-latin's steps run once per block: the
 * line breaks the walk puts between blocks always end a paragraph, so this
 * gives the tree mdast-util-to-nlcst gives, save where parse-latin let one
 * paragraph change another (see parse-in-pieces.ts). A block longer than
 * `maxPieceTokens` tokens is worked on in pieces cut after a sentence's end.
 */
import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {Paragraph, Root, RootContent, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Point} from 'unist'
import {location} from 'vfile-location'
import {joinParagraphs} from './parse-in-pieces.js'

/** The parts of retext-english's parser the bridge uses. */
export interface LatinTokenizer {
  tokenize(value: string): SentenceContent[]
  readonly tokenizeSentencePlugins: ReadonlyArray<(node: Sentence) => void>
  readonly tokenizeParagraphPlugins: ReadonlyArray<(node: Paragraph) => void>
  readonly tokenizeRootPlugins: ReadonlyArray<(node: Root) => void>
}

export interface BridgeOptions {
  /** mdast node types whose text is not prose (code, HTML, front matter…). */
  readonly ignore: ReadonlyArray<string>
  /** mdast node types kept whole as one `SourceNode` (inline code). */
  readonly source: ReadonlyArray<string>
  /**
   * Put a paragraph break between two blocks on one line too, as between
   * blocks on different lines (HTML: `<p>One.</p><p>Two.</p>`).
   */
  readonly breakBlocks?: boolean | undefined
  /** Points of `doc`, when the caller has them already (default: worked out from `doc`). */
  readonly place?: {toPoint(offset: number | undefined): Point | undefined} | undefined
  /** Called with each node left out as not prose, and the node after it in its parent. */
  readonly onSkip?: ((node: MdastNodes, next: MdastNodes | undefined) => void) | undefined
}

/** mdast blocks: a break between two on one line ends a paragraph under `breakBlocks`. */
const blockTypes = new Set(['blockquote', 'code', 'definition', 'footnoteDefinition', 'heading', 'html', 'list', 'listItem', 'paragraph', 'table', 'thematicBreak'])

/** Most tokens parse-latin's steps see at once; more are cut after a sentence's end. */
export const maxPieceTokens = 2048

/** Tables are always left out, as mdast-util-to-nlcst does. */
const alwaysIgnored = ['table', 'tableRow', 'tableCell']
const alwaysSource = ['inlineCode']
/** parse-latin's sentence end and paragraph break, as its own expressions have them. */
const terminalMarker = /^[!.?\u2026\u203D]+$/
const newLine = /^[ \t]*(?:(?:\r?\n|\r)[\t ]*)+$/

type Token = SentenceContent

interface Frame {
  readonly children: ReadonlyArray<MdastNodes>
  index: number
  /** End of the previous child, to put line breaks between children on different lines. */
  end: Point | undefined
}

/**
 * The nlcst tree of `tree`, a parse of `doc` (positions are offsets into
 * `doc`), using `parser` for the words.
 */
export function markdownToNlcst(tree: MdastRoot, doc: string, parser: LatinTokenizer, options: BridgeOptions): Root {
  const ignore = new Set([...alwaysIgnored, ...options.ignore])
  const source = new Set([...alwaysSource, ...options.source])
  const place = options.place ?? location(doc)
  const tokens: Token[] = []
  const breaks = new Set<Token>()

  /**
   * Give `nodes` positions one after another from `offset`, as
   * mdast-util-to-nlcst does; returns the offset after them. A node's end
   * point is the next node's start point and a parent's start its first
   * child's, as in the plain-text parser (placed-parser.ts): nothing moves
   * a point in place but `rebase`, which moves each once.
   */
  const patch = (nodes: ReadonlyArray<Token | SentenceContent>, offset: number | undefined, from = place.toPoint(offset)): number | undefined => {
    let start = offset
    let startPoint = from
    for (const node of nodes) {
      const end = 'children' in node ? patch(node.children as Token[], start, startPoint) : start === undefined ? undefined : start + node.value.length
      const endPoint = place.toPoint(end)
      ;(node as {position?: unknown}).position = startPoint && endPoint ? {start: startPoint, end: endPoint} : undefined
      start = end
      startPoint = endPoint
    }
    return start
  }
  const add = (nodes: ReadonlyArray<Token>) => {
    for (const node of nodes) tokens.push(node)
  }

  const stack: Frame[] = [{children: tree.children, index: 0, end: undefined}]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!
    if (frame.index >= frame.children.length) {
      stack.pop()
      continue
    }
    const node = frame.children[frame.index++]!
    const start = node.position?.start
    const sameLineBlock = options.breakBlocks === true && blockTypes.has(node.type)
    if (frame.end && typeof frame.end.line === 'number' && start && (start.line !== frame.end.line || sameLineBlock)) {
      const lineEnding: Token = {type: 'WhiteSpaceNode', value: '\n'.repeat(Math.max(0, start.line - frame.end.line))}
      patch([lineEnding], frame.end.offset)
      // Always read as a break between paragraphs.
      if (lineEnding.value.length < 2) lineEnding.value = '\n\n'
      tokens.push(lineEnding)
      breaks.add(lineEnding)
    }
    frame.end = node.position?.end
    if (ignore.has(node.type)) {
      options.onSkip?.(node, frame.children[frame.index])
      continue
    }
    const offset = node.position?.start.offset
    if (source.has(node.type)) {
      const end = node.position?.end.offset
      if (offset !== undefined && end !== undefined) {
        const sourceNode: Token = {type: 'SourceNode', value: doc.slice(offset, end)}
        patch([sourceNode], offset)
        tokens.push(sourceNode)
      }
    } else if ('children' in node) {
      stack.push({children: node.children as MdastNodes[], index: 0, end: undefined})
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (node.alt) {
        const words = parser.tokenize(node.alt)
        patch(words, offset === undefined ? undefined : offset + 2)
        add(words)
      }
    } else if (node.type === 'break') {
      const lineBreak: Token = {type: 'WhiteSpaceNode', value: '\n'}
      patch([lineBreak], offset)
      tokens.push(lineBreak)
    } else if (node.type === 'text') {
      const words = parser.tokenize(node.value)
      patch(words, offset)
      add(words)
    }
  }

  const root: Root = {type: 'RootNode', children: []}
  if (tokens.length === 0) return root
  let group: Token[] = []
  const flush = () => {
    if (group.length > 0) for (const node of blockToNodes(parser, group)) root.children.push(node)
    group = []
  }
  for (const token of tokens) {
    if (breaks.has(token)) {
      flush()
      root.children.push(token as RootContent)
    } else {
      group.push(token)
    }
  }
  flush()
  const first = tokens[0]!.position?.start
  const last = tokens[tokens.length - 1]!.position?.end
  if (first?.line && last?.line) root.position = {start: first, end: last}
  return root
}

/** Split `nodes` after each node of `type` whose text matches `expression`, as parse-latin does. */
function splitAfter<Child extends {type: string}>(nodes: ReadonlyArray<Child>, type: string, expression: RegExp): Array<{children: Child[]; position?: {start: Point; end: Point}}> {
  const groups: Array<{children: Child[]; position?: {start: Point; end: Point}}> = []
  let start = 0
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    if (index === nodes.length - 1 || (node.type === type && expression.test(toString(node as never)))) {
      const children = nodes.slice(start, index + 1)
      const first = (children[0] as {position?: {start: Point}}).position
      const last = (node as {position?: {end: Point}}).position
      groups.push(first && last ? {children, position: {start: first.start, end: last.end}} : {children})
      start = index + 1
    }
  }
  return groups
}

/** One block's tokens through parse-latin's sentence, paragraph and root steps, as root children. */
function blockToNodes(parser: LatinTokenizer, tokens: Token[]): RootContent[] {
  if (tokens.length <= maxPieceTokens) return pieceToNodes(parser, tokens)
  const result: RootContent[] = []
  let at = 0
  let gap: Token | undefined
  while (at < tokens.length) {
    const cut = at + maxPieceTokens >= tokens.length ? undefined : cutAt(tokens, at, at + maxPieceTokens)
    const end = cut?.index ?? tokens.length
    const nodes = pieceToNodes(parser, tokens.slice(at, end))
    const previous = result[result.length - 1]
    let from = 0
    if (gap && previous?.type === 'ParagraphNode' && nodes[0]?.type === 'ParagraphNode') {
      // The white space of the cut joins the two pieces into one paragraph.
      result[result.length - 1] = joinParagraphs(previous, gap as RootContent, nodes[0])
      from = 1
    } else if (gap) {
      result.push(gap as RootContent)
    }
    for (let index = from; index < nodes.length; index++) result.push(nodes[index]!)
    gap = cut?.space ? tokens[end] : undefined
    at = cut?.space ? end + 1 : end
  }
  return result
}

/**
 * Where to cut `tokens` between `from` and `limit`: at a white space token
 * after a sentence's end when there is one, else at any white space without
 * a line break, else at `limit` with no white space.
 */
function cutAt(tokens: ReadonlyArray<Token>, from: number, limit: number): {index: number; space: boolean} {
  let space = -1
  for (let index = limit - 1; index > from + 1; index--) {
    const token = tokens[index]!
    if (token.type !== 'WhiteSpaceNode' || newLine.test(token.value)) continue
    const before = tokens[index - 1]!
    const after = tokens[index + 1]
    if (before.type === 'PunctuationNode' && terminalMarker.test(before.value) && after?.type === 'WordNode' && /^\p{Lu}/u.test(toString(after))) {
      const word = tokens[index - 2]
      if (word?.type === 'WordNode' && /^\p{L}{4,}$/u.test(toString(word)) && /\p{Ll}/u.test(toString(word))) return {index, space: true}
    }
    if (space === -1) space = index
  }
  return space === -1 ? {index: limit, space: false} : {index: space, space: true}
}

/** parse-latin's steps over one piece's tokens, as mdast-util-to-nlcst runs them over a draft. */
function pieceToNodes(parser: LatinTokenizer, tokens: Token[]): RootContent[] {
  const start = tokens[0]!.position?.start
  const end = tokens[tokens.length - 1]!.position?.end
  const withPosition = start?.line && end?.line
  const sentence: Sentence = {type: 'SentenceNode', children: tokens}
  if (withPosition) sentence.position = {start, end}
  for (const plugin of parser.tokenizeSentencePlugins) plugin(sentence)
  const paragraph: Paragraph = {type: 'ParagraphNode', children: splitAfter(sentence.children, 'PunctuationNode', terminalMarker).map((group) => ({type: 'SentenceNode', ...group}) as Sentence)}
  if (withPosition) paragraph.position = {start: {...start}, end: {...end}}
  for (const plugin of parser.tokenizeParagraphPlugins) plugin(paragraph)
  const root: Root = {type: 'RootNode', children: splitAfter(paragraph.children, 'WhiteSpaceNode', newLine).map((group) => ({type: 'ParagraphNode', ...group}) as Paragraph)}
  if (withPosition) root.position = {start: {...start}, end: {...end}}
  for (const plugin of parser.tokenizeRootPlugins) plugin(root)
  return root.children
}
