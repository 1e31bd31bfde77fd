/**
 * Lint one editor buffer the way the CLI lints a file: unified-engine finds
 * the nearest `.retextrc` (or `copydesk` field in package.json) and
 * `.retextignore`, copydesk's plugin is put in place by the CLI's own config
 * transform, and lookup data is loaded once per process (src/node/resources.ts).
 * The buffer's text is checked as given, never read from disk.
 */
import fs from 'node:fs'
import path from 'node:path'
import {unified, type Processor} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ParagraphCache} from '../core/paragraph-cache.js'
import {BoundedCache} from '../core/bounded-cache.js'
import {copydeskParse, draftFormat, loadFormatSupport} from '../core/parse.js'
import {ConfigFinder, configNames} from '../node/config-files.js'
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

/** The plugin a transformed config puts first: copydesk's own. */
function firstPlugin(config: {plugins: unknown[]}): unknown {
  const first = config.plugins[0]
  return Array.isArray(first) ? first[0] : first
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
  const key = JSON.stringify([filePath, cwd, options.trustConfig === true, options.editor ?? {}])
  const kept = keptSetUps.get(key)
  if (kept && kept.signature === setUpSignature(filePath, kept.listFiles)) {
    // Most recently used last, so the oldest set-up is the one dropped.
    keptSetUps.delete(key)
    keptSetUps.set(key, kept)
    return lintWithSetUp(file, kept)
  }
  keptSetUps.delete(key)
  const {result, processor, alone} = await lintThroughEngine(file, filePath, cwd, options)
  // A set-up whose config had a problem is not kept: the problem is read afresh, and shown, on every lint.
  if (result.problems.length === 0 && (processor !== undefined || result.ignored)) {
    const listFiles = listFilesOf(result)
    keptSetUps.set(key, {processor, alone, listFiles, signature: setUpSignature(filePath, listFiles), result})
    if (keptSetUps.size > maxKeptSetUps) keptSetUps.delete(keptSetUps.keys().next().value!)
  }
  return result
}

/**
 * What a lint's set-up found for one file, kept for the next lint of it:
 * the processor with copydesk configured as the config says, and what the
 * lint reports about the config. Valid while `signature` is.
 */
interface KeptSetUp {
  /** Undefined when the file is ignored. */
  readonly processor: Processor | undefined
  /** copydesk is the processor's only plugin: its rules read the tree and change nothing of it. */
  readonly alone: boolean
  readonly listFiles: ReadonlyArray<string>
  readonly signature: string
  readonly result: LintResult
}

/**
 * Set-ups kept across lints, by file and editor settings. Finding and
 * reading the config, the ignore files and the word lists costs about as
 * much as checking a short draft, and an editor lints the same file on
 * every pause in typing.
 */
const keptSetUps = new Map<string, KeptSetUp>()

const maxKeptSetUps = 64

/** What the set-up reads in every folder from the file's up to the root. */
const setUpNames = [...configNames('.retextrc', 'copydesk'), '.retextignore']

/**
 * Everything a set-up read from disk, as it is now: each config and ignore
 * file the lookup could find (or its absence) in every folder from the
 * file's up to the root, and the config's words and names files. A file
 * created, deleted or changed changes the signature.
 */
function setUpSignature(filePath: string, listFiles: ReadonlyArray<string>): string {
  const parts: string[] = []
  let folder = path.dirname(filePath)
  for (;;) {
    for (const name of setUpFilesIn(folder)) parts.push(name + '=' + fileState(path.join(folder, name)))
    parts.push('/')
    const parent = path.dirname(folder)
    if (parent === folder) break
    folder = parent
  }
  for (const listFile of listFiles) parts.push(fileState(listFile))
  return parts.join('|')
}

/**
 * Which of the set-up's file names (`setUpNames`) are in a folder. Asking
 * for each name in each folder up to the root took some 30 to 60 `stat`
 * calls per lint (0.3–0.8 ms); a folder's own times change whenever a name
 * in it is created, deleted or renamed, so the answer is kept by the
 * folder's identity and times, and one `stat` of the folder tells whether
 * it still holds. Times too recent to be trusted (a name could be added
 * within the same tick of a coarse clock, or the clock is behind the file
 * system's) are not kept on: each name is asked for again until they
 * settle. The files found are still read for their own state on every lint.
 */
function setUpFilesIn(folder: string): ReadonlyArray<string> {
  const stats = fs.statSync(folder, {throwIfNoEntry: false})
  if (!stats) return []
  const state = `${stats.dev}:${stats.ino}:${stats.mtimeMs}:${stats.ctimeMs}`
  const known = folderListings.get(folder)
  if (known && known.state === state) return known.names
  const names = setUpNames.filter((name) => fs.statSync(path.join(folder, name), {throwIfNoEntry: false}) !== undefined)
  // A listing kept is always a settled one: times that change again never match it.
  if (Date.now() - Math.max(stats.mtimeMs, stats.ctimeMs) > settledAfter) folderListings.set(folder, {state, names})
  return names
}

/** Milliseconds after which a folder's times are trusted to show any later change in it. */
const settledAfter = 2000

/** Set-up file names found in a folder, by folder, with the folder's state when they were looked for. */
const folderListings = new BoundedCache<string, {readonly state: string; readonly names: ReadonlyArray<string>}>(256)

function fileState(filePath: string): string {
  const stats = fs.statSync(filePath, {throwIfNoEntry: false})
  return stats ? `${stats.ino}:${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}` : '-'
}

/** The words and names files the config named, where the config transform read them. */
function listFilesOf(result: LintResult): string[] {
  if (result.configPath === undefined || result.ownOptions === undefined) return []
  const project = path.dirname(result.configPath)
  return ['wordsFile', 'namesFile']
    .map((key) => result.ownOptions![key])
    .filter((value): value is string => typeof value === 'string')
    .map((value) => path.resolve(project, value))
}

/** Lint `file` with a kept set-up: parse and run as unified-engine's file pipeline does, without its lookups. */
async function lintWithSetUp(file: VFile, kept: KeptSetUp): Promise<LintResult> {
  const {configPath, ownOptions, refused} = kept.result
  if (!kept.processor) return {messages: [], configPath, ownOptions, problems: [], ignored: true, refused}
  // The engine names a file it is given by its path from the working folder, and findings carry that name.
  const named = path.relative(file.cwd, file.path)
  file.path = named
  file.history = [named]
  file.data.unifiedEngineGiven = true
  // Kept paragraphs may be lent, not copied, to a tree no other plugin reads (paragraph-cache.ts).
  if (kept.alone) file.data.copydeskTreeReadOnly = true
  try {
    await kept.processor.run(kept.processor.parse(file), file)
  } catch (error) {
    // What the engine's pipeline makes of a failing step.
    file.message('Cannot process file', {cause: error as Error}).fatal = true
  }
  return {...collect(file, file.cwd), configPath, ownOptions, ignored: false, refused}
}

/** copydesk's findings in a checked file, and the config and engine problems among its messages. */
function collect(checked: VFile, cwd: string, problems: string[] = []): {messages: VFileMessage[]; problems: string[]} {
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
  return {messages, problems: [...new Set(problems)]}
}

async function lintThroughEngine(
  file: VFile,
  filePath: string,
  cwd: string,
  options: LintOptions
): Promise<{result: LintResult; processor: Processor | undefined; alone: boolean}> {
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
  // copydesk's plugin as each config put it in place: the one plugin that may read the tree besides the parser.
  const own = new Set<unknown>()
  const transform = (raw: unknown, from?: string) => {
    configPath = from
    ownOptions = ownOptionsOf(raw)
    try {
      const transformed = withEditorWords(transformConfig(raw, from, overrides, policy), editorWords)
      own.add(firstPlugin(transformed))
      return transformed
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
  own.add(firstPlugin(defaultConfig))
  // The engine configures a copy of the processor for the file; the copy is kept for the next lint.
  const base = unified().use(copydeskParse as () => void)
  let configured: Processor | undefined
  const configuredProcessor = () => (configured = base() as unknown as Processor)
  const files = await new Promise<VFile[]>((resolve, reject) => {
    engine(
      {
        processor: configuredProcessor as never,
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
  if (!checked) return {result: {messages: [], configPath, ownOptions, problems, ignored: true, refused}, processor: undefined, alone: false}
  const collected = collect(checked, cwd, problems)
  const alone = configured !== undefined && configured.attachers.every(([plugin]) => plugin === copydeskParse || own.has(plugin))
  return {result: {...collected, configPath, ownOptions, ignored: false, refused}, processor: configured, alone}
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
