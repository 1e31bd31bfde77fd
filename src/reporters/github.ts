/**
 * GitHub Actions workflow commands, one per message, so findings show up as
 * annotations on the pull request:
 * `::warning file=a.md,line=1,col=5,endLine=1,endColumn=8,title=copydesk(spelling)::Unexpected …`.
 * Terminal control characters are shown escaped (`\u001B`), since the log
 * is also read raw (see `escape.ts`).
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {source} from '../core/define-rule.js'
import {escapeControl} from './escape.js'
import {relativePath} from './sarif.js'

export interface GithubOptions {
  /** Folder that file paths are relative to: the checkout (default: each file's `cwd`). */
  readonly cwd?: string | null | undefined
}

export function reportGithub(files: ReadonlyArray<VFile>, options: Readonly<GithubOptions> = {}): string {
  let result = ''
  for (const file of files) {
    const filePath = relativePath(file, options.cwd)
    for (const message of file.messages) {
      result += command(message, filePath) + '\n'
    }
  }
  return result
}

function command(message: VFileMessage, filePath: string | undefined): string {
  const kind = message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'notice'
  const properties: Array<[string, string | number]> = []
  if (filePath !== undefined) properties.push(['file', filePath])

  const place = message.place
  const start = place && 'start' in place ? place.start : place
  const end = place && 'start' in place ? place.end : undefined
  if (start && start.line >= 1) {
    properties.push(['line', start.line])
    // GitHub takes columns only within one line; across lines it wants lines alone.
    const oneLine = !end || end.line === start.line
    if (oneLine && start.column >= 1) properties.push(['col', start.column])
    if (end && end.line >= 1) properties.push(['endLine', end.line])
    if (oneLine && end && end.column >= 1) properties.push(['endColumn', end.column])
  }

  properties.push(['title', message.ruleId ? source + '(' + message.ruleId + ')' : source])

  return (
    '::' +
    kind +
    ' ' +
    properties.map(([key, value]) => key + '=' + escapeProperty(escapeControl(String(value), true))).join(',') +
    '::' +
    escapeData(escapeControl(message.reason, true))
  )
}

/** Escape a command's message, as `@actions/core` does. */
export function escapeData(value: string): string {
  return value.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Escape a command's property value, as `@actions/core` does. */
export function escapeProperty(value: string): string {
  return escapeData(value).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
