/**
 * Parser for drafts: plain text with retext-english's parser, Markdown with
 * remark bridged to nlcst so code, HTML and front matter are not prose and
 * every position still points into the original file.
 */
import type {Root as MdastRoot} from 'mdast'
import type {Paragraph, Root, Sentence, Word} from 'nlcst'
import type {Position} from 'unist'
import {PlacedEnglish} from './placed-parser.js'
import type {Compiler, Parser, Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {placeOf, source} from './define-rule.js'
import {draftFormat, type ReadingFormat} from './format.js'
import {chunkLength, maxHtmlDepth, maxInlineMarks, maxNestingDepth} from './limits.js'
import {flattenNesting, markdownBlocks} from './markdown-guard.js'
import {markdownToNlcst} from './markdown-to-nlcst.js'
import {parseInPieces, rebase} from './parse-in-pieces.js'
import type {ParagraphCache} from './paragraph-cache.js'
import {realignPositions} from './realign.js'
import {keepControls, mayControl, plainControlLine, type ControlComment} from './control.js'
import type {Nodes as MdastNodes} from 'mdast'
import {isTreeFormat, loadTreeFormat, parseTreeRange, type TreeNotes} from './tree-formats.js'

export {draftFormat, isMarkdown} from './format.js'

type MarkdownParser = (text: string) => MdastRoot

let parseMarkdownText: MarkdownParser | undefined

/**
 * Load the Markdown parser (remark with front matter and GFM). It is a
 * fifth of a cold start, so a run over plain text never loads it; `check`
 * and the CLI call this when Markdown may come.
 *
 * GFM's literal autolinks (`www.example.com`, `https://…`, `name@example.com`
 * in running text) cost half of remark's parse: their e-mail construct is
 * tried at every word. A draft whose text could hold none is parsed
 * without them (see `parseWithAutolinksWhereNeeded`), to the same tree.
 */
export async function loadMarkdownSupport(): Promise<void> {
  if (parseMarkdownText) return
  const [{unified}, {default: remarkParse}, {default: remarkFrontmatter}, {default: remarkGfm}, parts] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-frontmatter'),
    import('remark-gfm'),
    gfmWithoutAutolinks()
  ])
  const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
  const withoutAutolinks = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(parts).freeze()
  parseMarkdownText = (text) =>
    parseWithAutolinksWhereNeeded(
      text,
      (value) => markdown.parse(value) as MdastRoot,
      (value) => withoutAutolinks.parse(value) as MdastRoot
    )
}

/** A remark plugin: GFM (footnotes, strikethrough, tables, task lists) as remark-gfm adds it, less literal autolinks. */
export async function gfmWithoutAutolinks(): Promise<Plugin<[], MdastRoot>> {
  const [footnote, strikethrough, table, taskList, footnoteTree, strikethroughTree, tableTree, taskListTree] = await Promise.all([
    import('micromark-extension-gfm-footnote'),
    import('micromark-extension-gfm-strikethrough'),
    import('micromark-extension-gfm-table'),
    import('micromark-extension-gfm-task-list-item'),
    import('mdast-util-gfm-footnote'),
    import('mdast-util-gfm-strikethrough'),
    import('mdast-util-gfm-table'),
    import('mdast-util-gfm-task-list-item')
  ])
  return function (this: Processor) {
    const data = this.data() as {micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[]}
    const syntax = (data.micromarkExtensions ??= [])
    const trees = (data.fromMarkdownExtensions ??= [])
    // remark-gfm's order, with the autolinks left out.
    syntax.push(footnote.gfmFootnote(), strikethrough.gfmStrikethrough(), table.gfmTable(), taskList.gfmTaskListItem())
    trees.push([
      footnoteTree.gfmFootnoteFromMarkdown(),
      strikethroughTree.gfmStrikethroughFromMarkdown(),
      tableTree.gfmTableFromMarkdown(),
      taskListTree.gfmTaskListItemFromMarkdown()
    ])
  }
}

/** What starts every literal autolink GFM makes: an e-mail's `@`, `www.`, `http://` or `https://`, in any case. */
const autolinkStart = /@|www\.|https?:\/\//gi

/**
 * The tree of `text` as `withAutolinks` parses it, from `withoutAutolinks`
 * when that gives the same tree: when nothing in the text could start a
 * literal autolink, or each such start is in a link's or image's
 * destination (`[report](https://…)`), which GFM never reads for
 * autolinks, and no text node holds one (an escaped `\@` or a `&#64;`
 * does, once read). Any other start (a bare address in the prose) is
 * parsed with autolinks at once.
 */
export function parseWithAutolinksWhereNeeded(
  text: string,
  withAutolinks: (text: string) => MdastRoot,
  withoutAutolinks: (text: string) => MdastRoot
): MdastRoot {
  const starts: number[] = []
  autolinkStart.lastIndex = 0
  let found: RegExpExecArray | null
  while ((found = autolinkStart.exec(text)) !== null) {
    const at = found.index
    // Only just inside a destination's opening parenthesis (with or without `<`) is worth a look.
    if (!(text.startsWith('](', at - 2) || text.startsWith('](<', at - 3))) return withAutolinks(text)
    starts.push(at)
  }
  const tree = withoutAutolinks(text)
  if (starts.length === 0 && !text.includes('&') && !text.includes('\\')) return tree
  return destinationsOnly(tree, starts) ? tree : withAutolinks(text)
}

/**
 * Whether each offset of `starts` is inside a link or image of `tree` but
 * outside its children (so in its destination or title), and no text node
 * of the tree could start a literal autolink.
 */
function destinationsOnly(tree: MdastRoot, starts: ReadonlyArray<number>): boolean {
  const spans: Array<[number, number]> = []
  const inside: Array<[number, number]> = []
  const stack: MdastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.type === 'text') {
      autolinkStart.lastIndex = 0
      if (autolinkStart.test(node.value)) return false
    }
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if ((node.type === 'link' || node.type === 'image') && start !== undefined && end !== undefined) {
      spans.push([start, end])
      for (const child of 'children' in node ? node.children : []) {
        const from = child.position?.start.offset
        const to = child.position?.end.offset
        if (from === undefined || to === undefined) return false
        inside.push([from, to])
      }
    }
    if ('children' in node) for (const child of node.children) stack.push(child)
  }
  return starts.every(
    (at) => spans.some(([start, end]) => at >= start && at < end) && !inside.some(([start, end]) => at >= start && at < end)
  )
}

/**
 * Load the parser a draft of `format` needs, if any (Markdown, MDX, HTML);
 * each loads once per process, the first time a draft of its format comes.
 */
export async function loadFormatSupport(format: ReadingFormat): Promise<void> {
  if (format === 'markdown') await loadMarkdownSupport()
  else if (isTreeFormat(format)) await loadTreeFormat(format)
}

/** What of Markdown is not prose, and what is kept whole as code. */
const bridgeOptions = {
  ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition'],
  source: ['inlineCode']
}

/** What was read as plain text in a Markdown, MDX or HTML draft, gathered over its chunks for one notice each. */
export interface ReadingNotes extends TreeNotes {
  /** Deepest nesting read flat, and the first marker read as text. */
  nesting?: {depth: number; offset: number} | undefined
  /** Blocks read as plain text for their inline marks, by start offset. */
  readonly dense: Map<number, number>
}

export function readingNotes(): ReadingNotes {
  return {nesting: undefined, dense: new Map(), html: undefined}
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
  if (notes.html) {
    notice(
      file,
      notes.html.offset,
      `Unexpected HTML nested ${notes.html.depth} levels deep, expected at most ${maxHtmlDepth}: deeper tags are read as if absent`,
      `Elements nested this deep would exhaust the parser's stack. The tags past level ${maxHtmlDepth} were left out and their text read with the element around them, so the rest of the draft is still checked.`
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
  // The bridge places every token itself, so the tokenizer's positions are not used: PlacedEnglish tells the same tokens for less.
  const parser = new PlacedEnglish()
  const place = placeOf(file)
  const root: Root = {type: 'RootNode', children: []}
  for (const piece of pieces) {
    const doc = text.slice(start + piece.start, start + piece.end)
    const tree = piece.markdown
      ? markdownToNlcst(parseMarkdownText(safe.slice(piece.start, piece.end)), doc, parser, {
          ...bridgeOptions,
          onSkip: controlCollector(file, start + piece.start)
        })
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
  const notes = readingNotes()
  const tree = parseRange(text, file, {start: 0, end: text.length}, readingMode(file, text), notes)
  noticeReading(file, notes)
  return tree
}

/** How `file`, holding `text`, is read. */
export function readingMode(file: VFile, text: string): ReadingMode {
  const format = draftFormat(file)
  const markdown = format === 'markdown'
  // A Word draft has one paragraph per line (src/node/word-draft.ts).
  const lineParagraphs = format === 'docx' ? true : format === 'text' && usesLineParagraphs(text)
  return {markdown, lineParagraphs, format}
}

/** How a draft is read: as Markdown or plain text, and, plain, with a paragraph per line; HTML and MDX by their `format`. */
export interface ReadingMode {
  readonly markdown: boolean
  readonly lineParagraphs: boolean
  readonly format?: ReadingFormat | undefined
}

/**
 * The tree of a stretch of a draft (whole paragraphs or Markdown blocks),
 * positions in the draft; what a Markdown draft had read as plain text goes
 * into `notes`.
 */
export function parseRange(text: string, file: VFile, range: {start: number; end: number}, mode: ReadingMode, notes: ReadingNotes): Root {
  if (mode.format !== undefined && isTreeFormat(mode.format)) return parseTreeRange(text, file, mode.format, range, notes, controlCollector(file, 0))
  if (mode.markdown) return parseMarkdown(text, file, range.start, range.end, notes)
  // A caller that checks this draft again and again may keep its paragraphs' trees (an editor: paragraph-cache.ts).
  const cache = range.start === 0 && range.end === text.length ? file.data.copydeskParagraphs : undefined
  if (cache) cache.lend = file.data.copydeskTreeReadOnly === true
  const tree = parsePlain(withoutControlLines(text, file, range, mode.lineParagraphs), undefined, mode.lineParagraphs, cache)
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
        children = parseRange(text, file, {start: 0, end: text.length}, readingMode(file, text), notes).children
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
export function parsePlain(text: string, maxPieceLength?: number, lineParagraphs = usesLineParagraphs(text), cache?: ParagraphCache): Root {
  const parser = new PlacedEnglish()
  if (lineParagraphs) parser.tokenizeParagraphPlugins.unshift(breakSentencesAtLineEnds)
  return parseInPieces(parser, text, maxPieceLength === undefined ? {lineParagraphs, cache} : {lineParagraphs, maxPieceLength, cache})
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

/**
 * Keeps the control comments the bridge skips (HTML comments, MDX comment
 * expressions) on `file`, with the block after each; `base` is the offset
 * in the draft of the text the tree was parsed from.
 */
function controlCollector(file: VFile, base: number): (node: MdastNodes, next: MdastNodes | undefined) => void {
  const place = placeOf(file)
  const at = (node: MdastNodes | undefined): Position | undefined => {
    const start = node?.position?.start.offset
    const end = node?.position?.end.offset
    return start === undefined || end === undefined ? undefined : {start: place.toPoint(base + start), end: place.toPoint(base + end)}
  }
  return (node, next) => {
    if (node.type !== 'html' && node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return
    if (!mayControl(node.value)) return
    const position = at(node)
    if (position) keepControls(file, [{type: node.type, value: node.value, position, next: at(next)}])
  }
}

/**
 * The stretch `range` of a plain-text draft with its control comments (a
 * `<!-- copydesk … -->` alone on a line) turned to spaces, so they are not
 * read as prose; the comments, each with the paragraph after it, are kept
 * on `file`.
 */
function withoutControlLines(text: string, file: VFile, range: {start: number; end: number}, lineParagraphs: boolean): string {
  const slice = text.slice(range.start, range.end)
  if (!slice.includes('<!--')) return slice
  const place = placeOf(file)
  const comments: ControlComment[] = []
  const masked = slice.replace(plainControlLine, (line: string, comment: string, offset: number) => {
    const start = range.start + offset + line.indexOf(comment)
    const end = start + comment.length
    comments.push({type: 'html', value: comment, position: {start: place.toPoint(start), end: place.toPoint(end)}, next: nextParagraph(text, range.start + offset + line.length, lineParagraphs, place)})
    return line.replace(/[^\r\n]/g, ' ')
  })
  keepControls(file, comments)
  return masked
}

/** The paragraph that starts after `from` (past blank lines), or none. */
function nextParagraph(text: string, from: number, lineParagraphs: boolean, place: ReturnType<typeof placeOf>): Position | undefined {
  const blank = /[ \t]*(?:\r\n|\r|\n)/y
  let start = from
  // Past the line break ending the comment's line, and blank lines.
  for (;;) {
    blank.lastIndex = start
    if (!blank.exec(text)) break
    start = blank.lastIndex
  }
  const content = /\S/g
  content.lastIndex = start
  if (!content.exec(text)) return undefined
  const endOfLine = /\r\n|\r|\n/g
  endOfLine.lastIndex = start
  let end = text.length
  if (lineParagraphs) {
    end = endOfLine.exec(text)?.index ?? text.length
  } else {
    const blankLine = /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/g
    blankLine.lastIndex = start
    end = blankLine.exec(text)?.index ?? text.length
  }
  return {start: place.toPoint(start), end: place.toPoint(end)}
}
