/**
 * Human report for a terminal, in the layout unified tools use
 * (vfile-reporter's): per file its name, then one row per finding with its
 * place, severity, reason, rule id and (for other plugins' findings) source,
 * then a summary line.
 *
 * Unlike vfile-reporter, rows fit the terminal: a reason too long for the
 * width wraps within its own column, so the rule id stays on the first line
 * where the eye finds it. `verbose` adds the why (`note`) and every
 * suggestion under each finding. Reasons quote the draft, so terminal
 * control characters in them (and in file names) are shown escaped, never
 * sent raw (see `escape.ts`).
 */
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {escapeControl} from './escape.js'
import {wrapLines} from './wrap.js'

export interface StylishOptions {
  /** Use ANSI colours (default: `false`; the CLI decides, so this stays pure). */
  readonly color?: boolean | null | undefined
  /** Leave out files without messages (default: `false`). */
  readonly quiet?: boolean | null | undefined
  /** Columns to fit rows in (default: 80). */
  readonly width?: number | null | undefined
  /** Add each finding's why and all its suggestions (default: `false`). */
  readonly verbose?: boolean | null | undefined
}

/** The narrowest a wrapped reason column gets; below it the row is left long. */
const minReasonWidth = 24

const ansi = {
  underline: (text: string) => `\u001B[4m${text}\u001B[24m`,
  red: (text: string) => `\u001B[31m${text}\u001B[39m`,
  yellow: (text: string) => `\u001B[33m${text}\u001B[39m`,
  dim: (text: string) => `\u001B[2m${text}\u001B[22m`
}
const plain = {underline: same, red: same, yellow: same, dim: same}

function same(text: string): string {
  return text
}

type Severity = 'error' | 'warning' | 'info'

function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

function placeOf(message: VFileMessage): string {
  const place = message.place
  if (!place) return ''
  if ('start' in place) {
    const {start, end} = place
    return start.line === end.line && start.column === end.column ? `${start.line}:${start.column}` : `${start.line}:${start.column}-${end.line}:${end.column}`
  }
  return `${place.line}:${place.column}`
}

function nameOf(file: VFile): string {
  if (!file.path) return '<stdin>'
  return escapeControl(path.isAbsolute(file.path) ? path.relative(file.cwd, file.path) || file.path : file.path)
}

export function reportStylish(files: ReadonlyArray<VFile>, options: Readonly<StylishOptions> = {}): string {
  const paint = options.color ? ansi : plain
  const width = options.width ?? 80
  const blocks: string[] = []
  const counts = {error: 0, warning: 0, info: 0}

  for (const file of files) {
    const messages = [...file.messages].sort(byPlace)
    if (messages.length === 0) {
      if (!options.quiet) blocks.push(`${paint.underline(nameOf(file))}: no issues found`)
      continue
    }
    const rows = messages.map((message) => {
      const severity = severityOf(message)
      counts[severity]++
      return {
        message,
        place: placeOf(message),
        severity,
        reason: escapeControl(message.reason),
        ruleId: escapeControl(message.ruleId ?? ''),
        source: escapeControl(message.source ?? '')
      }
    })
    const placeWidth = Math.max(...rows.map((row) => row.place.length))
    const severityWidth = Math.max(...rows.map((row) => row.severity.length))
    const ruleWidth = Math.max(...rows.map((row) => row.ruleId.length))
    // copydesk's own source says nothing in copydesk's report; another plugin's is shown.
    const showSource = rows.some((row) => row.source !== 'copydesk')
    const sourceWidth = showSource ? Math.max(...rows.map((row) => row.source.length)) : -1
    const longestReason = Math.max(...rows.map((row) => row.reason.length))
    const fixed = placeWidth + severityWidth + ruleWidth + sourceWidth + 4
    const reasonWidth = fixed + longestReason <= width ? longestReason : Math.max(minReasonWidth, width - fixed)
    const reasonColumn = placeWidth + severityWidth + 2

    const lines = [paint.underline(nameOf(file))]
    for (const row of rows) {
      const reasonLines = wrapLines(row.reason, reasonWidth)
      const paintSeverity = row.severity === 'error' ? paint.red : row.severity === 'warning' ? paint.yellow : same
      const first = [
        row.place.padEnd(placeWidth),
        paintSeverity(row.severity.padEnd(severityWidth)),
        reasonLines[0]!.padEnd(reasonWidth),
        paint.dim(row.ruleId.padEnd(ruleWidth)),
        ...(showSource ? [paint.dim(row.source)] : [])
      ]
      lines.push(first.join(' ').trimEnd())
      for (const more of reasonLines.slice(1)) lines.push(' '.repeat(reasonColumn) + more)
      const cause = typeof row.message.cause === 'string' ? row.message.cause : undefined
      if (cause) lines.push(...indented(`Related: ${escapeControl(cause)}`, reasonColumn, width))
      if (options.verbose) {
        if (row.message.note) lines.push(...indented(`Why: ${escapeControl(row.message.note)}`, reasonColumn, width))
        const expected = row.message.expected ?? []
        if (expected.length > 1) {
          const listed = expected.map((value) => (value === '' ? '(delete)' : '`' + escapeControl(value) + '`')).join(', ')
          lines.push(...indented(`Suggestions: ${listed}`, reasonColumn, width))
        }
        if (row.message.url) lines.push(...indented(`See: ${row.message.url}`, reasonColumn, width))
      }
    }
    blocks.push(lines.join('\n'))
  }

  const total = counts.error + counts.warning + counts.info
  if (total === 0) return blocks.join('\n\n')
  const parts = [
    ...(counts.error > 0 ? [paint.red('✖') + ` ${counts.error} ${counts.error === 1 ? 'error' : 'errors'}`] : []),
    ...(counts.warning > 0 ? [paint.yellow('⚠') + ` ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}`] : [])
  ]
  const summary =
    parts.length === 1 && counts.info === 0 ? parts[0]! : `${total} ${total === 1 ? 'message' : 'messages'}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`
  return blocks.join('\n\n') + '\n\n' + summary
}

function indented(text: string, column: number, width: number): string[] {
  return wrapLines(text, Math.max(minReasonWidth, width - column)).map((line) => ' '.repeat(column) + line)
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}
