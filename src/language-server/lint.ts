/**
 * Lint one editor buffer the way the CLI lints a file: unified-engine finds
 * the nearest `.retextrc` (or `copydesk` field in package.json) and
 * `.retextignore`, copydesk's plugin is put in place by the CLI's own config
 * transform, and lookup data is loaded once per process (src/node/resources.ts).
 * The buffer's text is checked as given, never read from disk.
 */
import path from 'node:path'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {copydeskParse, isMarkdown, loadMarkdownSupport} from '../engine/parse.js'
import {ConfigFileError, transformConfig} from '../node/config.js'

export const extensions = ['txt', 'md', 'markdown']

const ownNames = new Set(['copydesk', 'retext-copydesk'])

/** What a lint found, plus what the code actions need to know about the config. */
export interface LintResult {
  /** Findings, with `place` offsets into the text given to `lint`. */
  readonly messages: ReadonlyArray<VFileMessage>
  /** The config file that applied, if any. */
  readonly configPath: string | undefined
  /** copydesk's own options in that config (`wordsFile`, `words`, …). */
  readonly ownOptions: Readonly<Record<string, unknown>> | undefined
  /** Problems with the config, one line each; no findings were made then. */
  readonly problems: ReadonlyArray<string>
  /** The file is matched by a `.retextignore`: nothing to report. */
  readonly ignored: boolean
}

/** copydesk's options from a config in unified-engine's shape, if it names copydesk. */
export function ownOptionsOf(raw: unknown): Record<string, unknown> | undefined {
  if (raw === null || typeof raw !== 'object') return undefined
  const plugins = (raw as {plugins?: unknown}).plugins
  const list: Array<[unknown, unknown]> = Array.isArray(plugins)
    ? plugins.map((entry) => (Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined]))
    : typeof plugins === 'object' && plugins !== null
      ? Object.entries(plugins)
      : []
  for (const [name, options] of list) {
    if (typeof name === 'string' && ownNames.has(name)) {
      return typeof options === 'object' && options !== null && !Array.isArray(options)
        ? (options as Record<string, unknown>)
        : {}
    }
  }
  return undefined
}

/**
 * Lint `text` as the file at `filePath` (which need not exist: its folder
 * decides which config applies and its extension whether it is Markdown).
 */
export async function lint(text: string, filePath: string, cwd: string): Promise<LintResult> {
  const file = new VFile({path: filePath, value: text, cwd})
  if (isMarkdown(file)) await loadMarkdownSupport()
  const problems: string[] = []
  let configPath: string | undefined
  let ownOptions: Record<string, unknown> | undefined
  const overrides = {only: [], disable: []}
  const transform = (raw: unknown, from?: string) => {
    configPath = from
    ownOptions = ownOptionsOf(raw)
    try {
      return transformConfig(raw, from, overrides)
    } catch (error) {
      if (error instanceof ConfigFileError) {
        problems.push(error.message)
        return {plugins: []}
      }
      throw error
    }
  }
  const defaultConfig = transformConfig({}, undefined, overrides)
  const files = await new Promise<VFile[]>((resolve, reject) => {
    engine(
      {
        processor: unified().use(copydeskParse as () => void),
        cwd,
        files: [file],
        extensions,
        out: false,
        output: false,
        rcName: '.retextrc',
        packageField: 'copydesk',
        detectConfig: true,
        ignoreName: '.retextignore',
        detectIgnore: true,
        silentlyIgnore: true,
        pluginPrefix: 'retext',
        configTransform: transform as never,
        defaultConfig: defaultConfig as never,
        reporter: () => '',
        streamError: {write: () => true} as never
      },
      (error, _code, context) => {
        if (error) reject(error)
        else resolve([...(context?.files ?? [])])
      }
    )
  })
  const checked = files[0]
  if (!checked) return {messages: [], configPath, ownOptions, problems, ignored: true}
  const messages: VFileMessage[] = []
  for (const message of checked.messages) {
    if (message.source === 'copydesk') {
      messages.push(message)
      continue
    }
    // unified-engine's own failures (a config it cannot parse, a plugin it cannot find) come with a cause chain.
    const causes = causeChain((message as {cause?: unknown}).cause)
    const parseFailure = causes.findIndex((cause) => cause.startsWith('Cannot parse file'))
    if (parseFailure !== -1) {
      const where = /`([^`]+)`/.exec(causes[parseFailure]!)?.[1] ?? 'config'
      const detail = (causes[parseFailure + 1] ?? '').replace(/ while parsing .*$/, '')
      problems.push(`Cannot parse config \`${where}\`${detail ? ': ' + detail : ''}`)
    } else if (message.fatal) {
      const detail = causes.find((cause) => !message.reason.includes(cause))
      problems.push(message.reason + (detail ? `: ${detail}` : ''))
    } else {
      messages.push(message)
    }
  }
  return {messages, configPath, ownOptions, problems: [...new Set(problems)], ignored: false}
}

/** The messages of an error and the errors that caused it, first lines only: no stack traces. */
function causeChain(error: unknown): string[] {
  const chain: string[] = []
  let current = error
  while (current && chain.length < 5) {
    const text = current instanceof Error ? current.message : String(current)
    chain.push(text.split('\n')[0]!.replace(/^Error: /, ''))
    current = typeof current === 'object' ? (current as {cause?: unknown}).cause : undefined
  }
  return chain
}

/** The folder unified-engine resolves plugins from: the workspace folder holding the file, else its own folder. */
export function cwdFor(filePath: string, workspaceFolders: ReadonlyArray<string>): string {
  let best: string | undefined
  for (const folder of workspaceFolders) {
    const relative = path.relative(folder, filePath)
    if (!relative.startsWith('..') && !path.isAbsolute(relative) && (!best || folder.length > best.length)) best = folder
  }
  return best ?? path.dirname(filePath)
}
