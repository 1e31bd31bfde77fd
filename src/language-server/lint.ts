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
import type {ParagraphCache} from '../core/paragraph-cache.js'
import {copydeskParse, draftFormat, loadFormatSupport} from '../core/parse.js'
import {ConfigFinder} from '../node/config-files.js'
import {ConfigFileError, transformConfig} from '../node/config.js'
import {causeChain, configParseProblem, withCause} from '../node/problems.js'
import {ownNames, pluginEntries, preflight, type PluginPolicy} from '../node/trust.js'

export const extensions = ['txt', 'md', 'markdown', 'mdx', 'html', 'htm']

/** How an editor user turns trust on, ending a refusal. */
export const lspHow = 'turn on the `trustConfig` setting (`copydesk.trustConfig` in VS Code) to load it'

/**
 * The editor's own settings (VS Code's `copydesk.dialect`, `copydesk.preset`,
 * `copydesk.words`). Dialect and preset apply to a file no project config
 * covers, as an editor's formatter settings give way to a project's
 * config; the words are the person's own and are accepted everywhere, on
 * top of the project's.
 */
export interface EditorSettings {
  readonly dialect?: string | undefined
  readonly preset?: string | undefined
  readonly words?: ReadonlyArray<string> | undefined
}

/** Editor settings from what a client sent (the `copydesk` section), keeping only well-formed values. */
export function editorSettingsOf(raw: unknown): EditorSettings {
  if (typeof raw !== 'object' || raw === null) return {}
  const given = raw as Record<string, unknown>
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)
  const words = Array.isArray(given['words']) ? given['words'].filter((word): word is string => typeof word === 'string' && word.trim() !== '') : []
  return {dialect: text(given['dialect']), preset: text(given['preset']), words}
}

export interface LintOptions {
  /** Let configs load script configs and plugins other than copydesk (default: `false`). */
  readonly trustConfig?: boolean | undefined
  readonly editor?: EditorSettings | undefined
  /**
   * The document's parsed paragraphs, kept from its last lint: paragraphs
   * an edit left alone are copied, not parsed again (plain text only).
   */
  readonly paragraphs?: ParagraphCache | undefined
}

/** The editor's words added to copydesk's options in a transformed config. */
function withEditorWords<T extends {plugins: unknown[]}>(config: T, words: ReadonlyArray<string>): T {
  if (words.length === 0) return config
  const [own, ...others] = config.plugins as Array<[unknown, Record<string, unknown>]>
  if (!own) return config
  const [plugin, options] = own
  return {...config, plugins: [[plugin, {...options, words: [...((options['words'] as string[] | undefined) ?? []), ...words]}], ...others]}
}

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
  /**
   * Plugins and script configs that were not loaded because the config is
   * not trusted, one line each; the buffer was checked with copydesk alone
   * (and, for a script config, copydesk's defaults).
   */
  readonly refused: ReadonlyArray<string>
}

/** copydesk's options from a config in unified-engine's shape, if it names copydesk. */
export function ownOptionsOf(raw: unknown): Record<string, unknown> | undefined {
  if (raw === null || typeof raw !== 'object') return undefined
  for (const [name, options] of pluginEntries((raw as {plugins?: unknown}).plugins)) {
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
 *
 * Config is held to the same trust rule as the CLI's (src/node/trust.ts),
 * but a refusal does not stop the check: an editor user expects findings
 * while typing, and copydesk's own settings in the config are data. So a
 * plugin that may not load is left out, an untrusted script config is not
 * loaded at all (copydesk's defaults apply), and `refused` says what was
 * left out, for the server to show once.
 */
export async function lint(text: string, filePath: string, cwd: string, options: LintOptions = {}): Promise<LintResult> {
  const file = new VFile({path: filePath, value: text, cwd})
  if (options.paragraphs) file.data.copydeskParagraphs = options.paragraphs
  await loadFormatSupport(draftFormat(file))
  const trusted = options.trustConfig === true
  const found = new ConfigFinder({cwd, rcName: '.retextrc', packageField: 'copydesk', rcPath: undefined, detect: true}).forFile(filePath)
  const vetted = await preflight(found === undefined ? [] : [found], {cwd, trusted, packageField: 'copydesk', how: lspHow})
  const blocked = found !== undefined && vetted.blocked.has(found)
  const policy: PluginPolicy = {trusted, loaded: vetted.loaded, skipRefused: true, how: lspHow}
  const problems: string[] = []
  // A blocked config still names the project's config, so "Add word" does not start another beside it.
  let configPath: string | undefined = blocked ? found : undefined
  let ownOptions: Record<string, unknown> | undefined
  const overrides = {only: [], disable: []}
  const transform = (raw: unknown, from?: string) => {
    configPath = from
    ownOptions = ownOptionsOf(raw)
    try {
      return withEditorWords(transformConfig(raw, from, overrides, policy), editorWords)
    } catch (error) {
      if (error instanceof ConfigFileError) {
        problems.push(error.message)
        return {plugins: []}
      }
      throw error
    }
  }
  const editorWords = options.editor?.words ?? []
  let defaultConfig
  try {
    const {dialect, preset} = options.editor ?? {}
    const editorDefaults = {...(dialect ? {dialect} : {}), ...(preset ? {preset} : {})}
    defaultConfig = withEditorWords(transformConfig({plugins: [['copydesk', editorDefaults]]}, undefined, overrides), editorWords)
  } catch (error) {
    if (!(error instanceof ConfigFileError)) throw error
    // A setting the editor should not have let through: say so, and check with copydesk's defaults.
    problems.push(error.message.replace(/^command line: /, 'Editor settings: '))
    defaultConfig = withEditorWords(transformConfig({}, undefined, overrides), editorWords)
  }
  const files = await new Promise<VFile[]>((resolve, reject) => {
    engine(
      {
        processor: unified().use(copydeskParse as () => void),
        cwd,
        files: [file],
        extensions,
        out: false,
        output: false,
        rcName: blocked ? undefined : '.retextrc',
        packageField: blocked ? undefined : 'copydesk',
        detectConfig: !blocked,
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
  const refused = vetted.problems
  if (!checked) return {messages: [], configPath, ownOptions, problems, ignored: true, refused}
  const messages: VFileMessage[] = []
  for (const message of checked.messages) {
    if (message.source === 'copydesk') {
      messages.push(message)
      continue
    }
    // unified-engine's own failures (a config it cannot parse, a plugin it cannot find) come with a cause chain.
    const causes = causeChain((message as {cause?: unknown}).cause)
    const parseProblem = configParseProblem(causes, cwd)
    if (parseProblem !== undefined) {
      problems.push(parseProblem)
    } else if (message.fatal) {
      problems.push(withCause(message.reason, causes))
    } else {
      messages.push(message)
    }
  }
  return {messages, configPath, ownOptions, problems: [...new Set(problems)], ignored: false, refused}
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
