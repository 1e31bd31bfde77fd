/**
 * The edit behind "Disable `<rule>` in this file": a control comment
 * (src/core/control.ts) at the top of the draft, after its front matter
 * (Markdown, MDX) and byte-order mark. A `copydesk disable` comment with
 * rule ids already there gets the rule added instead, so disabling a second
 * rule does not stack comments.
 */
import {formatOfPath} from '../core/format.js'

export interface TextEdit {
  readonly range: {readonly start: Position; readonly end: Position}
  readonly newText: string
}

interface Position {
  readonly line: number
  readonly character: number
}

/** Where the draft's own text starts: line index after a BOM and front matter. */
function firstLine(lines: ReadonlyArray<string>, frontMatter: boolean): number {
  if (!frontMatter) return 0
  const fence = lines[0]?.replace(/^\uFEFF/, '').trimEnd()
  if (fence !== '---' && fence !== '+++') return 0
  for (let index = 1; index < lines.length; index++) {
    if (lines[index]!.trimEnd() === fence) return index + 1
  }
  return 0
}

export function disableInFile(text: string, filePath: string, ruleId: string): TextEdit {
  const format = formatOfPath(filePath)
  const mdx = format === 'mdx'
  const lines = text.split(/\r\n|\r|\n/)
  const newline = /\r\n/.test(text) ? '\r\n' : '\n'
  const line = firstLine(lines, format === 'markdown' || mdx)
  const existing = mdx
    ? /^\{\/\*\s*copydesk\s+disable\s+([\w\s-]+?)\s*\*\/\}\s*$/.exec(lines[line] ?? '')
    : /^<!--\s*copydesk\s+disable\s+([\w\s-]+?)\s*-->\s*$/.exec(lines[line] ?? '')
  const comment = (ids: string) => (mdx ? `{/* copydesk disable ${ids} */}` : `<!-- copydesk disable ${ids} -->`)
  // Past a BOM on the first line: an editor shows it as part of line 0.
  const character = line === 0 && text.startsWith('\uFEFF') ? 1 : 0
  if (existing) {
    const ids = existing[1]!.split(/\s+/)
    if (!ids.includes(ruleId)) ids.push(ruleId)
    return {range: {start: {line, character}, end: {line, character: lines[line]!.length}}, newText: comment(ids.join(' '))}
  }
  // Markdown and MDX: a blank line after the comment keeps the next block as it was.
  const after = format === 'markdown' || mdx ? newline + newline : newline
  return {range: {start: {line, character}, end: {line, character}}, newText: comment(ruleId) + after}
}
