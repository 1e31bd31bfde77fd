/**
 * Parser for drafts: plain text with retext-english's parser, Markdown with
 * remark bridged to nlcst so code, HTML and front matter are not prose and
 * every position still points into the original file.
 */
import type {Root as MdastRoot} from 'mdast'
import {toNlcst} from 'mdast-util-to-nlcst'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified, type Compiler, type Parser} from 'unified'
import type {VFile} from 'vfile'
import {placeOf, source} from './define-rule.js'

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd'])

export function isMarkdown(file: VFile): boolean {
  return markdownExtensions.has((file.extname ?? '').toLowerCase())
}

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()

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
    const mdast = markdown.parse(file) as MdastRoot
    return toNlcst(mdast, file, ParseEnglish, {
      ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition'],
      source: ['inlineCode']
    })
  }
  return new ParseEnglish().parse(text)
}

/** unified plugin: parse drafts; compiling gives the draft back unchanged. */
export function copydeskParse(this: unknown): void {
  const self = this as {parser: Parser<Root>; compiler: Compiler<Root, string>}
  self.parser = parseDraft
  self.compiler = (_tree, file) => String(file.value)
}
