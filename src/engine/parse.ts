/**
 * Parser for drafts: plain text with retext-english's parser, Markdown with
 * remark bridged to nlcst so code, HTML and front matter are not prose and
 * every position still points into the original file.
 */
import type {Root as MdastRoot} from 'mdast'
import type {Paragraph, Root, Sentence} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Compiler, Parser} from 'unified'
import type {VFile} from 'vfile'
import {placeOf, source} from './define-rule.js'

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
  markdownToNlcst = (file) =>
    toNlcst(markdown.parse(file) as MdastRoot, file, ParseEnglish, {
      ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition'],
      source: ['inlineCode']
    })
}

/**
 * Refuse input that is not a text draft, with a reason a person can act on.
 * Files are read as UTF-8: undecodable bytes arrive as U+FFFD.
 */
export function checkInput(text: string, file: VFile): void {
  const fail = (reason: string, offset?: number) => {
    const place = offset === undefined ? undefined : placeOf(file).toPoint(offset)
    file.fail(reason, {place, ruleId: 'input', source})
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1) fail('Cannot check binary file, expected a text draft', nul)
  const replacement = text.indexOf('\uFFFD')
  if (replacement !== -1) {
    fail('Cannot check file that is not valid UTF-8, expected UTF-8 text: re-save the draft as UTF-8', replacement)
  }
  if (text.trim() === '') fail('Cannot check empty file, expected a draft with text')
}

export function parseDraft(text: string, file: VFile): Root {
  checkInput(text, file)
  if (isMarkdown(file)) {
    if (!markdownToNlcst) throw new Error('Markdown support is not loaded: call `loadMarkdownSupport()` first')
    return markdownToNlcst(file)
  }
  const parser = new ParseEnglish()
  if (usesLineParagraphs(text)) parser.tokenizeParagraphPlugins.unshift(breakSentencesAtLineEnds)
  return parser.parse(text)
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
function breakSentencesAtLineEnds(paragraph: Paragraph): void {
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
