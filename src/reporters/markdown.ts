/**
 * A Markdown summary of a run: totals, counts by rule, and a table of the
 * findings. It is what the GitHub Action writes to the job summary, where
 * every finding stays visible after the pull request view has cut the
 * annotations at ten per level. The table stops at `maxRows` rows and says
 * how many it left out; the counts always cover every finding.
 *
 * Draft text in a cell is escaped: `|` would end the cell, and `<`, `>`,
 * `&`, backticks and Markdown punctuation would be read as markup; control
 * characters show escaped, as in the other reports read as text.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {escapeControl} from './escape.js'
import {relativePath} from './sarif.js'

export interface MarkdownOptions {
  /** Folder that file paths are relative to (default: each file's `cwd`). */
  readonly cwd?: string | null | undefined
  /** At most this many rows in the findings table (default: 500). */
  readonly maxRows?: number | undefined
}

const defaultMaxRows = 500

type Level = 'error' | 'warning' | 'info'

function level(message: VFileMessage): Level {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** Text for a table cell, shown as written. */
export function escapeCell(text: string): string {
  return escapeControl(text.replace(/[\r\n\t]+/g, ' '), true)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|~#])/g, '\\$1')
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

export function reportMarkdown(files: ReadonlyArray<VFile>, options: Readonly<MarkdownOptions> = {}): string {
  const maxRows = options.maxRows ?? defaultMaxRows
  const totals: Record<Level, number> = {error: 0, warning: 0, info: 0}
  const byRule = new Map<string, Record<Level, number>>()
  const rows: string[] = []
  let findings = 0
  for (const file of files) {
    const filePath = relativePath(file, options.cwd) ?? '(stdin)'
    for (const message of file.messages) {
      const each = level(message)
      totals[each]++
      findings++
      const rule = message.ruleId ?? '(none)'
      const counts = byRule.get(rule) ?? {error: 0, warning: 0, info: 0}
      counts[each]++
      byRule.set(rule, counts)
      if (rows.length < maxRows) {
        const where = message.line ? `${filePath}:${message.line}:${message.column ?? 1}` : filePath
        const suggestion = message.expected?.[0]
        rows.push(
          `| ${escapeCell(where)} | ${each} | ${escapeCell(message.reason)} | ${escapeCell(rule)} | ${suggestion === undefined ? '' : suggestion === '' ? '(delete)' : escapeCell(suggestion)} |`
        )
      }
    }
  }

  const lines = ['## copydesk', '']
  if (findings === 0) {
    lines.push(`No findings in ${plural(files.length, 'draft')}.`)
    return lines.join('\n') + '\n'
  }
  const parts = (['error', 'warning', 'info'] as const).filter((each) => totals[each] > 0).map((each) => plural(totals[each], each === 'info' ? 'notice' : each))
  lines.push(`${plural(findings, 'finding')} in ${plural(files.filter((file) => file.messages.length > 0).length, 'draft')} of ${files.length}: ${parts.join(', ')}.`, '')
  lines.push('| Rule | Errors | Warnings | Notices |', '| --- | ---: | ---: | ---: |')
  for (const [rule, counts] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    lines.push(`| ${escapeCell(rule)} | ${counts.error} | ${counts.warning} | ${counts.info} |`)
  }
  lines.push('', '| Where | Level | Finding | Rule | Suggestion |', '| --- | --- | --- | --- | --- |', ...rows)
  if (findings > rows.length) lines.push('', `The table shows the first ${rows.length}; ${findings - rows.length} more are counted above.`)
  return lines.join('\n') + '\n'
}
