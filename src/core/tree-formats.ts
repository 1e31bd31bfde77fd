/**
 * HTML and MDX drafts: parsed whole into a Markdown tree (mdast), then
 * bridged to nlcst as Markdown is (markdown-to-nlcst.ts), with every leaf
 * put back where its text is in the file.
 *
 * * HTML: rehype-parse, then hast-util-to-mdast, which keeps the position
 *   of each text node (hast-util-to-nlcst places words one after another
 *   from a text node's start, so every word after a character reference
 *   such as `&amp;` drifts). Only text is prose: tags, attributes (image
 *   `alt` included), comments, scripts, styles, the head and code are not.
 *   Words are realigned against the file with everything but the text
 *   blanked out, so a run of text with tags inside (`deep <b>s</b>`) still
 *   places each word exactly.
 * * MDX: remark-parse with remark-mdx (and front matter and GFM, as for
 *   Markdown): ESM, expressions and JSX tags are not prose; the text inside
 *   a JSX element is.
 *
 * Each parser loads the first time a draft of its format is checked, so a
 * run over plain text or Markdown never pays for it.
 */
import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {VFile} from 'vfile'
import {placeOf, source} from './define-rule.js'
import type {ReadingFormat} from './format.js'
import {limitHtmlNesting} from './html-guard.js'
import {maxInlineMarks} from './limits.js'
import {flattenNesting, markdownBlocks} from './markdown-guard.js'
import {markdownToNlcst, type BridgeOptions} from './markdown-to-nlcst.js'
import {mergePluralTitleStops} from './placed-parser.js'
import {realignPositions} from './realign.js'
import type {Range} from './chunks.js'

/** The formats read through a whole syntax tree. */
export type TreeFormat = 'html' | 'mdx'

export function isTreeFormat(format: ReadingFormat): format is TreeFormat {
  return format === 'html' || format === 'mdx'
}

type ToMdast = (text: string) => MdastRoot

let htmlParser: ToMdast | undefined
let mdxParser: ToMdast | undefined

/** Load the parser of `format` (once per process). */
export async function loadTreeFormat(format: TreeFormat): Promise<void> {
  if (format === 'html') {
    if (htmlParser) return
    const [{unified}, {default: rehypeParse}, {toMdast}] = await Promise.all([import('unified'), import('rehype-parse'), import('hast-util-to-mdast')])
    const html = unified().use(rehypeParse).freeze()
    htmlParser = (text) => toMdast(html.parse(text)) as MdastRoot
    return
  }
  if (mdxParser) return
  const [{unified}, {default: remarkParse}, {default: remarkMdx}, {default: remarkFrontmatter}, {default: remarkGfm}] = await Promise.all([
    import('unified'),
    import('remark-parse'),
    import('remark-mdx'),
    import('remark-frontmatter'),
    import('remark-gfm')
  ])
  const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
  mdxParser = (text) => mdx.parse(text) as MdastRoot
}

/** What of each format is not prose. */
const bridgeOptions: Record<TreeFormat, BridgeOptions> = {
  html: {
    ignore: ['code', 'html', 'image', 'imageReference', 'inlineCode', 'definition', 'footnoteDefinition'],
    source: [],
    breakBlocks: true
  },
  mdx: {
    ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression'],
    source: ['inlineCode']
  }
}

/** A draft's tree, with what the bridge realigns words against. */
interface Parsed {
  readonly tree: MdastRoot
  /** The file with what is not text blanked out (HTML), or the file (MDX). */
  readonly doc: string
}

/** How a tree-format draft was read past its limits, for one notice each (see parse.ts). */
export interface TreeNotes {
  /** HTML nested past the limit: deepest count and first tag read as absent. */
  html?: {depth: number; offset: number} | undefined
}

/** Comments seen while bridging: what control comments are read from. */
export type OnSkip = BridgeOptions['onSkip']

/**
 * The whole tree of a draft too long to check at once, kept while its
 * chunks are checked (`releaseTree` lets it go).
 */
const kept = new WeakMap<VFile, {readonly text: string; readonly parsed: Parsed}>()

function parseWhole(text: string, file: VFile, format: TreeFormat, notes: TreeNotes & {nesting?: {depth: number; offset: number} | undefined; readonly dense: Map<number, number>}): Parsed {
  if (format === 'html') {
    if (!htmlParser) throw new Error('HTML support is not loaded: call `loadTreeFormat("html")` first')
    const limited = limitHtmlNesting(text)
    if (limited.depth > 0) notes.html = {depth: Math.max(limited.depth, notes.html?.depth ?? 0), offset: limited.offset}
    const tree = htmlParser(limited.text)
    return {tree, doc: proseOnly(text, tree, bridgeOptions.html)}
  }
  if (!mdxParser) throw new Error('MDX support is not loaded: call `loadTreeFormat("mdx")` first')
  const flattened = flattenNesting(text)
  if (flattened.depth > 0) notes.nesting = {depth: Math.max(flattened.depth, notes.nesting?.depth ?? 0), offset: flattened.offset}
  let safe = flattened.text
  // A block with too many inline marks: the marks are read as spaces (same length), so pairing them costs nothing.
  const dense = markdownBlocks(safe).filter((block) => block.marks > maxInlineMarks)
  if (dense.length > 0) {
    let result = ''
    let from = 0
    for (const block of dense) {
      notes.dense.set(block.start, block.marks)
      result += safe.slice(from, block.start) + safe.slice(block.start, block.end).replace(/[[\]*_~]/g, ' ')
      from = block.end
    }
    safe = result + safe.slice(from)
  }
  try {
    return {tree: mdxParser(safe), doc: text}
  } catch (error) {
    const problem = error as {reason?: string; message?: string; place?: unknown}
    const place = problem.place as {line: number; column: number} | {start: {line: number; column: number}} | undefined
    file.fail(`Cannot check MDX that does not parse: ${problem.reason ?? problem.message ?? String(error)}`, {
      ...(place ? {place: place as never} : {}),
      ruleId: 'input',
      source
    })
  }
}

/**
 * The file with everything but the text the bridge reads blanked to spaces
 * (line breaks kept), so realigning words against it cannot land in a tag,
 * an attribute or a script. Character references stay as written.
 */
function proseOnly(text: string, tree: MdastRoot, options: BridgeOptions): string {
  const ignore = new Set([...options.ignore, 'table'])
  const ranges: Array<[number, number]> = []
  const stack: MdastNodes[] = [tree]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (ignore.has(node.type)) continue
    if (node.type === 'text') {
      const start = node.position?.start.offset
      const end = node.position?.end.offset
      if (start !== undefined && end !== undefined) ranges.push([start, end])
    } else if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as MdastNodes)
    }
  }
  ranges.sort((left, right) => left[0] - right[0])
  const blank = (value: string) => value.replace(/[^\r\n]/g, ' ')
  let result = ''
  let from = 0
  for (const [start, end] of ranges) {
    if (start < from) continue
    result += blank(text.slice(from, start)) + text.slice(start, end).replace(/<[A-Za-z/!?][^<>]*>/g, blank)
    from = end
  }
  return result + blank(text.slice(from))
}

/** Top-level blocks of a long tree-format draft: the units its chunks are made of. Keeps its tree until `releaseTree`. */
export function treeUnits(text: string, file: VFile, format: TreeFormat, notes: Parameters<typeof parseWhole>[3]): Range[] {
  const parsed = parseWhole(text, file, format, notes)
  kept.set(file, {text, parsed})
  const units: Range[] = []
  for (const child of parsed.tree.children) {
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start !== undefined && end !== undefined && end > start) units.push({start, end})
  }
  return units
}

/** Let go of the tree `treeUnits` kept. */
export function releaseTree(file: VFile): void {
  kept.delete(file)
}

/**
 * The nlcst tree of the top-level blocks of a tree-format draft that start
 * in `range` (the whole draft, or a chunk's stretch), positions in the file.
 */
export function parseTreeRange(text: string, file: VFile, format: TreeFormat, range: Range, notes: Parameters<typeof parseWhole>[3], onSkip?: OnSkip): Root {
  const held = kept.get(file)
  const parsed = held && held.text === text ? held.parsed : parseWhole(text, file, format, notes)
  const whole = range.start === 0 && range.end >= text.length
  const children = whole
    ? parsed.tree.children
    : parsed.tree.children.filter((child) => {
        const start = child.position?.start.offset
        return start !== undefined && start >= range.start && start < range.end
      })
  const place = placeOf(file)
  const parser = new ParseEnglish()
  // A plural title's stop (`Drs.`) ends no sentence here either (see placed-parser.ts).
  parser.tokenizeParagraphPlugins.unshift(mergePluralTitleStops)
  const tree = markdownToNlcst({type: 'root', children}, parsed.doc, parser, {...bridgeOptions[format], place, onSkip})
  realignPositions(tree, parsed.doc, place)
  return tree
}
