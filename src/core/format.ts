/**
 * Whether a draft is read as Markdown or as plain text: what its file says
 * (`data.copydeskFormat`, set by the library's `lint(text, {format})`), or
 * else its extension.
 */
import type {VFile} from 'vfile'

/** How a draft is read. */
export type DraftFormat = 'markdown' | 'text'

declare module 'vfile' {
  interface DataMap {
    /** How copydesk reads this draft, whatever its extension says. */
    copydeskFormat: DraftFormat
  }
}

const markdownExtensions = new Set(['.md', '.markdown', '.mdown', '.mkd'])

export function isMarkdown(file: VFile): boolean {
  const declared = file.data.copydeskFormat
  if (declared === 'markdown' || declared === 'text') return declared === 'markdown'
  return markdownExtensions.has((file.extname ?? '').toLowerCase())
}
