/**
 * How a draft is read: what its file says (`data.copydeskFormat`, set by
 * the library's `lint(text, {format})`), or else its extension.
 */
import type {VFile} from 'vfile'

/** How a draft is read. */
export type DraftFormat = 'markdown' | 'mdx' | 'html' | 'text'

/**
 * How a draft is read, with Word: a Word draft reaches the engine as its
 * text, one paragraph per line (src/node/word-draft.ts), and is read as
 * plain text with a paragraph per line.
 */
export type ReadingFormat = DraftFormat | 'docx'

declare module 'vfile' {
  interface DataMap {
    /** How copydesk reads this draft, whatever its extension says. */
    copydeskFormat: DraftFormat
  }
}

const byExtension: ReadonlyMap<string, ReadingFormat> = new Map([
  ['.md', 'markdown'],
  ['.markdown', 'markdown'],
  ['.mdown', 'markdown'],
  ['.mkd', 'markdown'],
  ['.mdx', 'mdx'],
  ['.html', 'html'],
  ['.htm', 'html'],
  ['.docx', 'docx']
])

const declared: ReadonlySet<string> = new Set<DraftFormat>(['markdown', 'mdx', 'html', 'text'])

/** The format a path's extension names (`text` for any other). */
export function formatOfPath(filePath: string): ReadingFormat {
  const dot = filePath.lastIndexOf('.')
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'))
  if (dot <= slash) return 'text'
  return byExtension.get(filePath.slice(dot).toLowerCase()) ?? 'text'
}

/** How `file` is read. */
export function draftFormat(file: VFile): ReadingFormat {
  const format = file.data.copydeskFormat
  if (format !== undefined && declared.has(format)) return format
  return formatOfPath(file.basename ?? '')
}

/** Whether a draft is Markdown (MDX included): what is prose, and what a heading is, follow Markdown's rules. */
export function isMarkdown(file: VFile): boolean {
  const format = draftFormat(file)
  return format === 'markdown' || format === 'mdx'
}
