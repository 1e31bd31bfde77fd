/**
 * `copydesk --explain <rule-id>`: a rule's docs page (`rules/<id>/readme.md`,
 * shipped in the package) as plain text for a terminal. Headings are
 * underlined, emphasis marks dropped, lists and quotes indented, examples
 * shown as indented blocks under a label saying what they show, and prose
 * wrapped to `width` columns.
 */
import fs from 'node:fs'
import path from 'node:path'
import type {BlockContent, DefinitionContent, List, ListItem, PhrasingContent, Root, RootContent} from 'mdast'
import {rules} from '../../rules/index.js'
import {ruleUrl} from '../core/define-rule.js'
import {closest} from '../core/settings.js'
import {root} from '../node/resources.js'
import {wrap} from '../reporters/wrap.js'

export class ExplainError extends Error {}

/** The page of rule `id` as terminal text; throws `ExplainError` for an unknown rule or a missing page. */
export async function explainRule(id: string, width: number): Promise<string> {
  const ids = rules.map((rule) => rule.meta.id)
  if (!ids.includes(id)) {
    const hint = closest(id, ids)
    throw new ExplainError(
      `Unexpected unknown rule \`${id}\`, expected ${hint ? `\`${hint}\`` : `one of ${ids.map((known) => '`' + known + '`').join(', ')}`}`
    )
  }
  const page = path.join(root, 'rules', id, 'readme.md')
  let markdown: string
  try {
    markdown = fs.readFileSync(page, 'utf8')
  } catch (error) {
    throw new ExplainError(`Cannot read the page of \`${id}\` (\`${page}\`): ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`)
  }
  return (await renderMarkdown(markdown, width)) + '\n' + wrap(`Online: ${ruleUrl(id)}`, Math.max(width, 20)) + '\n'
}

/** Markdown as plain text wrapped to `width` columns. */
export async function renderMarkdown(markdown: string, width: number): Promise<string> {
  const [{unified}, {default: remarkParse}] = await Promise.all([import('unified'), import('remark-parse')])
  const tree = unified().use(remarkParse).parse(markdown) as Root
  return blocks(tree.children, Math.max(width, 20)).join('\n\n') + '\n'
}

type Block = RootContent | BlockContent | DefinitionContent

/** Each block as its lines joined, `width` columns wide. */
function blocks(nodes: ReadonlyArray<Block>, width: number): string[] {
  const out: string[] = []
  for (const node of nodes) {
    const text = block(node, width)
    if (text !== undefined) out.push(text)
  }
  return out
}

function block(node: Block, width: number): string | undefined {
  switch (node.type) {
    case 'heading': {
      const text = inline(node.children)
      if (node.depth > 2) return wrap(text, width)
      return text + '\n' + (node.depth === 1 ? '=' : '-').repeat(Math.min(text.length, width))
    }
    case 'paragraph':
      return wrap(inline(node.children), width)
    case 'list':
      return list(node, width)
    case 'blockquote':
      return prefixLines(blocks(node.children, width - 2).join('\n\n'), '| ', '| ')
    case 'code': {
      const label = codeLabel(node.meta ?? undefined, node.lang ?? undefined)
      const body = prefixLines(node.value, '    ', '    ')
      return label ? `${label}\n\n${body}` : body
    }
    case 'thematicBreak':
      return '-'.repeat(Math.min(width, 40))
    case 'html':
      return node.value
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inline(cell.children)).join(' | ')).join('\n')
    case 'definition':
    case 'footnoteDefinition':
    case 'yaml':
      return undefined
    default:
      return 'children' in node ? blocks(node.children as Block[], width).join('\n\n') : undefined
  }
}

/**
 * What a docs example shows, from its fence's info string: `txt ok` gives
 * no finding, `txt not-ok` is flagged, `output` lists the findings
 * (`line:col-line:col: reason`), `config={…}` gives its settings.
 */
function codeLabel(meta: string | undefined, lang: string | undefined): string | undefined {
  const words = (meta ?? '').split(/\s+/)
  const config = /config=(\{.*\})/.exec(meta ?? '')?.[1]
  const given = config ? ` (${configText(config)})` : ''
  if (words[0] === 'ok') return `No finding${given}:`
  if (words[0] === 'not-ok') return `Flagged${given}:`
  if (words[0] === 'output' || lang === 'output') return 'Findings:'
  return undefined
}

/** An example's `config={…}`: the rule's options (`options`) and copydesk's settings (the rest). */
function configText(config: string): string {
  let parsed: Record<string, unknown>
  try {
    parsed = JSON.parse(config) as Record<string, unknown>
  } catch {
    return `config ${config}`
  }
  const {options, ...settings} = parsed
  const parts: string[] = []
  if (options !== undefined) parts.push(`rule options ${JSON.stringify(options)}`)
  if (Object.keys(settings).length > 0) parts.push(`settings ${JSON.stringify(settings)}`)
  return 'with ' + parts.join(' and ')
}

function list(node: List, width: number): string {
  const start = node.start ?? 1
  return node.children
    .map((item: ListItem, index) => {
      const bullet = node.ordered ? `${start + index}. ` : '* '
      const indent = ' '.repeat(bullet.length)
      const body = blocks(item.children, width - bullet.length).join(node.spread || item.spread ? '\n\n' : '\n')
      return prefixLines(body, bullet, indent)
    })
    .join(node.spread ? '\n\n' : '\n')
}

/** Prefix the first line with `first` and the others with `rest` (blank lines stay blank). */
function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (line === '' ? '' : (index === 0 ? first : rest) + line))
    .join('\n')
}

/** Phrasing as text: code keeps its backticks (as copydesk's messages quote text), emphasis loses its marks. */
function inline(nodes: ReadonlyArray<PhrasingContent>): string {
  let text = ''
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // A line break in a paragraph's source is only a wrap.
        text += node.value.replace(/[ \t]*\r?\n[ \t]*/g, ' ')
        break
      case 'inlineCode':
        text += '`' + node.value.replace(/\r?\n/g, ' ') + '`'
        break
      case 'break':
        text += '\n'
        break
      case 'link': {
        const label = inline(node.children)
        // A link to another rule's page shows its id already; one to the web shows where it goes.
        text += /^[a-z]+:/i.test(node.url) && node.url !== label ? `${label} (${node.url})` : label
        break
      }
      case 'html':
        text += node.value
        break
      case 'image':
        text += node.alt ?? ''
        break
      default:
        if ('children' in node) text += inline(node.children as PhrasingContent[])
        else if ('value' in node) text += String(node.value)
    }
  }
  return text
}
