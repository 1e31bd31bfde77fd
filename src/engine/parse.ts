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
import {parseInPieces} from './parse-in-pieces.js'

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd'])

export function isMarkdown(file: VFile): boolean {
  return markdownExtensions.has((file.extname ?? '').toLowerCase())
}

type MarkdownToNlcst = (file: VFile) => Root

let markdownToNlcst: MarkdownToNlcst | undefined

/**
 * Load the Markdown parser (remark with front matter and GFM, bridged by
 * mdast-util-to-nlcst). It is a fifth of a cold start, so a run over plain
 * text never loads it; `check` and the CLI call this when Markdown may come.
 */
export async function loadMarkdownSupport(): Promise<void> {
  if (markdownToNlcst) return
  const [{unified}, {default: remarkParse}, {default: remarkFrontmatter}, {default: remarkGfm}, {toNlcst}] =
    await Promise.all([
      import('unified'),
      import('remark-parse'),
      import('remark-frontmatter'),
      import('remark-gfm'),
      import('mdast-util-to-nlcst')
    ])
  const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
  markdownToNlcst = (file) => {
    const tree = toNlcst(markdown.parse(file) as MdastRoot, file, ParseEnglish, {
      ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition'],
      source: ['inlineCode']
    })
    realignPositions(tree, String(file), file)
    return tree
  }
}

type NlcstNode = Root | Root['children'][number] | Sentence['children'][number] | Word['children'][number]

/**
 * mdast-util-to-nlcst places a text node's words as if its value were
 * contiguous in the file, but a text that runs over lines of a block quote
 * (`> `) or a list item (indent) drops those prefixes, so every word after
 * the first line ends up some characters early. Put each leaf back where its
 * text really is: after the previous leaf, past line prefixes only.
 */
function realignPositions(tree: Root, doc: string, file: VFile): void {
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
  const place = placeOf(file)
  let cursor = 0
  const found: Array<number | undefined> = []
  for (const {node, whiteSpace} of leaves) {
    if (whiteSpace) {
      found.push(undefined)
      continue
    }
    const expected = node.position?.start.offset ?? cursor
    let at = doc.startsWith(node.value, expected) ? expected : doc.indexOf(node.value, cursor)
    // Only line prefixes, white space, escapes and the rest of an entity may stand between two leaves.
    if (at === -1 || !/^(?:#?\w+;)?[\s>*+\-\d.)\\]*$/.test(doc.slice(cursor, at))) at = expected
    found.push(at)
    node.position = {start: place.toPoint(at), end: place.toPoint(at + node.value.length)}
    cursor = at + node.value.length
  }
  // White space spans the gap between its neighbours.
  for (const [index, {node, whiteSpace}] of leaves.entries()) {
    if (!whiteSpace) continue
    const previous = leaves[index - 1]?.node.position?.end.offset ?? node.position?.start.offset ?? 0
    const next = leaves.slice(index + 1).find((leaf) => !leaf.whiteSpace)?.node.position?.start.offset
    const end = next !== undefined && next >= previous ? next : previous + node.value.length
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
  if (text.trim() === '') fail('Cannot check empty file, expected a draft with text')
}

export function parseDraft(text: string, file: VFile): Root {
  checkInput(text, file)
  if (isMarkdown(file)) {
    if (!markdownToNlcst) throw new Error('Markdown support is not loaded: call `loadMarkdownSupport()` first')
    return markdownToNlcst(file)
  }
  return parsePlain(text)
}

/** Plain text, parsed a paragraph at a time (see parse-in-pieces.ts). */
export function parsePlain(text: string, maxPieceLength?: number): Root {
  const parser = new ParseEnglish()
  const lineParagraphs = usesLineParagraphs(text)
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
