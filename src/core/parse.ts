/**
 * Parser for drafts: plain text with retext-english's parser, Markdown with
 * remark bridged to nlcst so code, HTML and front matter are not prose and
 * every position still points into the original file.
 */
import type {Root as MdastRoot} from 'mdast'
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import type {Position} from 'unist'
import {ParseEnglish} from 'parse-english'
import type {Compiler, Parser} from 'unified'
import type {VFile} from 'vfile'
import {placeOf, source} from './define-rule.js'
import {isMarkdown} from './format.js'
import {chunkLength, maxInlineMarks, maxNestingDepth} from './limits.js'
import {flattenNesting, markdownBlocks} from './markdown-guard.js'
import {markdownToNlcst} from './markdown-to-nlcst.js'
import {parseInPieces, rebase} from './parse-in-pieces.js'

export {isMarkdown} from './format.js'

type MarkdownParser = (text: string) => MdastRoot

let parseMarkdownText: MarkdownParser | undefined

/**
 * Load the Markdown parser (remark with front matter and GFM). It is a
 * fifth of a cold start, so a run over plain text never loads it; `check`
 * and the CLI call this when Markdown may come.
 */
export async function loadMarkdownSupport(): Promise<void> {
  if (parseMarkdownText) return
  const [{unified}, {default: remarkParse}, {default: remarkFrontmatter}, {default: remarkGfm}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
    import('remark-gfm')
  ])
  const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
  parseMarkdownText = (text) => markdown.parse(text) as MdastRoot
}

/** What of Markdown is not prose, and what is kept whole as code. */
const bridgeOptions = {
  ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition'],
  source: ['inlineCode']
}

/** What was read as plain text in a Markdown draft, gathered over its chunks for one notice each. */
export interface ReadingNotes {
  /** Deepest nesting read flat, and the first marker read as text. */
  nesting?: {depth: number; offset: number} | undefined
  /** Blocks read as plain text for their inline marks, by start offset. */
  readonly dense: Map<number, number>
}

export function readingNotes(): ReadingNotes {
  return {nesting: undefined, dense: new Map()}
}

/** One notice (info level) for each way a Markdown draft was read as plain text. */
export function noticeReading(file: VFile, notes: ReadingNotes): void {
  if (notes.nesting) {
    notice(
      file,
      notes.nesting.offset,
      `Unexpected Markdown nested ${notes.nesting.depth} levels deep, expected at most ${maxNestingDepth}: deeper levels are read as plain text`,
      `Block quotes and lists nested this deep take time in the square of their depth to read. The markers past level ${maxNestingDepth} were read as text, so the rest of the draft is still checked.`
    )
  }
  if (notes.dense.size > 0) {
    const [start, marks] = [...notes.dense].sort((left, right) => left[0] - right[0])[0]!
    notice(
      file,
      start,
      `Unexpected ${marks} Markdown marks in one block, expected at most ${maxInlineMarks}: ${notes.dense.size === 1 ? 'the block is' : `${notes.dense.size} such blocks are`} read as plain text`,
      `Links, images and emphasis marks (\`[\`, \`]\`, \`*\`, \`_\`, \`~\`) take time in the square of their number to pair up. A block with this many was read as plain text, so the rest of the draft is still checked.`
    )
  }
}

/**
 * The Markdown from `start` to `end` of a draft (a run of whole top-level
 * blocks): nesting past `maxNestingDepth` read flat, blocks with more than
 * `maxInlineMarks` inline marks parsed as plain text, the rest by remark,
 * bridged to nlcst with positions in the draft. What was read as plain
 * text goes into `notes`.
 */
function parseMarkdown(text: string, file: VFile, start: number, end: number, notes: ReadingNotes): Root {
  if (!parseMarkdownText) throw new Error('Markdown support is not loaded: call `loadMarkdownSupport()` first')
  const flattened = flattenNesting(text.slice(start, end))
  if (flattened.depth > 0) {
    const offset = start + flattened.offset
    if (!notes.nesting || flattened.depth > notes.nesting.depth || offset < notes.nesting.offset) {
      notes.nesting = {depth: Math.max(flattened.depth, notes.nesting?.depth ?? 0), offset: Math.min(offset, notes.nesting?.offset ?? offset)}
    }
  }
  const safe = flattened.text
  const pieces: Array<{start: number; end: number; markdown: boolean}> = []
  for (const block of markdownBlocks(safe)) {
    const markdown = block.marks <= maxInlineMarks
    if (!markdown) notes.dense.set(start + block.start, block.marks)
    const last = pieces[pieces.length - 1]
    if (last && last.markdown && markdown) last.end = block.end
    else pieces.push({start: block.start, end: block.end, markdown})
  }
  const parser = new ParseEnglish()
  const place = placeOf(file)
  const root: Root = {type: 'RootNode', children: []}
  for (const piece of pieces) {
    const doc = text.slice(start + piece.start, start + piece.end)
    const tree = piece.markdown
      ? markdownToNlcst(parseMarkdownText(safe.slice(piece.start, piece.end)), doc, parser, bridgeOptions)
      : parsePlain(doc)
    if (tree.children.length === 0) continue
    rebase(tree.children, place.toPoint(start + piece.start))
    const previous = root.children[root.children.length - 1]
    const first = tree.children[0]!
    if (previous?.position && first.position) {
      // Between pieces, the break mdast-util-to-nlcst puts between blocks.
      const lines = Math.max(2, first.position.start.line - previous.position.end.line)
      const at = previous.position.end
      root.children.push({type: 'WhiteSpaceNode', value: '\n'.repeat(lines), position: {start: at, end: at}})
    }
    for (const node of tree.children) root.children.push(node)
  }
  const first = root.children[0]?.position
  const last = root.children[root.children.length - 1]?.position
  if (first && last) root.position = {start: first.start, end: last.end}
  realignPositions(root, text, place)
  return root
}

/** An info-level message about how the draft was read, on the character at `offset`. */
function notice(file: VFile, offset: number, reason: string, note: string): void {
  const place = placeOf(file)
  const message = file.message(reason, {place: {start: place.toPoint(offset), end: place.toPoint(offset + 1)}, ruleId: 'input', source})
  message.fatal = undefined
  message.note = note
}

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

/**
 * A text node's words are placed as if its value were contiguous in the
 * file, but a text that runs over lines of a block quote (`> `) or a list
 * item (indent) drops those prefixes, so every word after the first line
 * ends up some characters early. Put each leaf back where its text really
 * is: after the previous leaf, past line prefixes only.
 */
function realignPositions(tree: Root, doc: string, place: {toPoint(offset: number): {line: number; column: number; offset: number}}): void {
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
    if (at === -1) at = expected
    node.position = {start: place.toPoint(at), end: place.toPoint(at + node.value.length)}
    cursor = at + node.value.length
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

/**
 * Refuse input that is not a text draft, with a reason a person can act on.
 * Whether a file's bytes are valid UTF-8 is decided where it is read, from
 * the bytes (src/node/read-draft.ts): here a U+FFFD is a character like any
 * other, since valid UTF-8 may hold one.
 */
export function checkInput(text: string, file: VFile): void {
  const fail = (reason: string, offset?: number) => {
    const place = offset === undefined ? undefined : placeOf(file).toPoint(offset)
    file.fail(reason, {place, ruleId: 'input', source})
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1) fail('Cannot check binary file, expected a text draft', nul)
}

/**
 * An empty draft (a placeholder, a file not yet written) is nothing to
 * check, not a failure: it gets a notice and an empty tree, and the run goes
 * on with the exit code of the other drafts.
 */
export const emptyDraftNotice = 'Unexpected empty draft, expected text: nothing was checked'

export function parseDraft(text: string, file: VFile): Root {
  checkInput(text, file)
  if (text.trim() === '') {
    const start = {line: 1, column: 1, offset: 0}
    file.message(emptyDraftNotice, {place: {start, end: start}, ruleId: 'input', source}).fatal = undefined
    return {type: 'RootNode', children: []}
  }
  if (text.length > chunkLength) return chunkedRoot(text, file)
  const markdown = isMarkdown(file)
  const notes = readingNotes()
  const tree = parseRange(text, file, {start: 0, end: text.length}, {markdown, lineParagraphs: usesLineParagraphs(text)}, notes)
  noticeReading(file, notes)
  return tree
}

/** How a draft is read: as Markdown or plain text, and, plain, with a paragraph per line. */
export interface ReadingMode {
  readonly markdown: boolean
  readonly lineParagraphs: boolean
}

/**
 * The tree of a stretch of a draft (whole paragraphs or Markdown blocks),
 * positions in the draft; what a Markdown draft had read as plain text goes
 * into `notes`.
 */
export function parseRange(text: string, file: VFile, range: {start: number; end: number}, mode: ReadingMode, notes: ReadingNotes): Root {
  if (mode.markdown) return parseMarkdown(text, file, range.start, range.end, notes)
  const tree = parsePlain(text.slice(range.start, range.end), undefined, mode.lineParagraphs)
  if (range.start > 0) {
    rebase(tree.children, placeOf(file).toPoint(range.start))
    const first = tree.children[0]?.position
    const last = tree.children[tree.children.length - 1]?.position
    if (first && last) tree.position = {start: first.start, end: last.end}
  }
  return tree
}

/**
 * The root of a draft longer than `chunkLength`: copydesk checks it in
 * chunks (chunks.ts) and never reads its children; another plugin that does
 * gets the whole tree, parsed when it first asks.
 */
function chunkedRoot(text: string, file: VFile): Root {
  const root = {type: 'RootNode', data: {copydeskChunked: true}} as unknown as Root
  let children: Root['children'] | undefined
  Object.defineProperty(root, 'children', {
    enumerable: true,
    configurable: true,
    get() {
      if (!children) {
        const notes = readingNotes()
        children = parseRange(text, file, {start: 0, end: text.length}, {markdown: isMarkdown(file), lineParagraphs: usesLineParagraphs(text)}, notes).children
        noticeReading(file, notes)
      }
      return children
    },
    set(value: Root['children']) {
      children = value
    }
  })
  return root
}

/** Whether copydesk is to check this tree's draft in chunks (see `chunkedRoot`). */
export function isChunked(tree: Root): boolean {
  return (tree.data as {copydeskChunked?: boolean} | undefined)?.copydeskChunked === true
}

/** Plain text, parsed a paragraph at a time (see parse-in-pieces.ts). */
export function parsePlain(text: string, maxPieceLength?: number, lineParagraphs = usesLineParagraphs(text)): Root {
  const parser = new ParseEnglish()
  if (lineParagraphs) parser.tokenizeParagraphPlugins.unshift(breakSentencesAtLineEnds)
  return parseInPieces(parser, text, maxPieceLength === undefined ? {lineParagraphs} : {lineParagraphs, maxPieceLength})
}

/**
 * Drafts pasted from a web page or a CMS often have one paragraph per line
 * and no blank lines; there a line break ends a paragraph (and a headline
 * with no full stop is not run into the next line). Text with blank lines
 * between paragraphs keeps single line breaks as soft wraps.
 */
export function usesLineParagraphs(text: string): boolean {
  const body = text.trim()
  return body.includes('\n') && !/\n[ \t]*\r?\n/.test(body)
}

/** Split sentences at every line break, as parse-latin does at blank lines. */
export function breakSentencesAtLineEnds(paragraph: Paragraph): void {
  const children: Paragraph['children'] = []
  for (const child of paragraph.children) {
    if (child.type !== 'SentenceNode') {
      children.push(child)
      continue
    }
    let current: Sentence['children'] = []
    const flush = () => {
      if (current.length === 0) return
      const first = current[0]!
      const last = current[current.length - 1]!
      children.push({
        type: 'SentenceNode',
        children: current,
        ...(first.position && last.position ? {position: {start: first.position.start, end: last.position.end}} : {})
      })
      current = []
    }
    for (const node of child.children) {
      if (node.type === 'WhiteSpaceNode' && /[\r\n]/.test(node.value)) {
        flush()
        children.push(node)
      } else {
        current.push(node)
      }
    }
    flush()
  }
  paragraph.children = children
}

/** unified plugin: parse drafts; compiling gives the draft back unchanged. */
export function copydeskParse(this: unknown): void {
  const self = this as {parser: Parser<Root>; compiler: Compiler<Root, string>}
  self.parser = parseDraft
  self.compiler = (_tree, file) => String(file.value)
}
