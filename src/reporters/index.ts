/**
 * Reporters turn checked files into one string. They are pure: no I/O, no
 * `console`, no `process`; the CLI decides where the string goes.
 */
import type {VFile} from 'vfile'
import {reportGithub} from './github.js'
import {reportJson} from './json.js'
import {reportMarkdown} from './markdown.js'
import {reportSarif} from './sarif.js'
import {reportStylish} from './stylish.js'

export {reportGithub, escapeData, escapeProperty} from './github.js'
export {reportJson, type JsonFile, type JsonMessage} from './json.js'
export {reportSarif, isFileProblem, relativePath, type SarifLog} from './sarif.js'
export {reportStylish} from './stylish.js'
export {reportMarkdown} from './markdown.js'

export type Format = 'stylish' | 'json' | 'sarif' | 'github' | 'markdown'

/** Every format, the default (`stylish`) first. */
export const formats: ReadonlyArray<Format> = ['stylish', 'json', 'sarif', 'github', 'markdown']

export interface ReportOptions {
  /** `stylish`: use ANSI colours (default: `false`). */
  readonly color?: boolean | undefined
  /** `stylish`, `json`: leave out files without messages (default: `false`). */
  readonly quiet?: boolean | undefined
  /** `stylish`: columns to fit rows in (default: 80). */
  readonly width?: number | undefined
  /** `stylish`: add each finding's why and all its suggestions (default: `false`). */
  readonly verbose?: boolean | undefined
  /** `sarif`, `github`, `markdown`: folder that paths are relative to (default: each file's `cwd`). */
  readonly cwd?: string | undefined
  /** `sarif`: copydesk's version (default: left out). */
  readonly version?: string | undefined
}

export function formatReport(
  files: ReadonlyArray<VFile>,
  format: Format,
  options: Readonly<ReportOptions> = {}
): string {
  switch (format) {
    case 'stylish': {
      return reportStylish(files, options)
    }
    case 'json': {
      return reportJson(files, options)
    }
    case 'sarif': {
      return reportSarif(files, options)
    }
    case 'github': {
      return reportGithub(files, options)
    }
    case 'markdown': {
      return reportMarkdown(files, options)
    }
    default: {
      const unknown: never = format
      throw new TypeError('Unexpected format `' + String(unknown) + '`, expected one of ' + formats.join(', '))
    }
  }
}
