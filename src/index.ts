/**
 * copydesk as a library.
 *
 * - The default export is a unified plugin for nlcst trees:
 *   `unified().use(retextEnglish).use(copydesk, settings)`, or inside
 *   remark through `remark-retext`.
 * - `lint(text, {format, path, ...settings})` reads a draft as the command
 *   line does (plain text, or Markdown with remark) and resolves to a VFile
 *   with the findings.
 *
 * Settings are checked when the plugin is attached (or when `lint` is
 * called); a problem throws an `Error` naming the key path. Word data is
 * read from the installed package the first time a draft is checked.
 */
import type {Root} from 'nlcst'
import type {Plugin, Transformer} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {registry} from '../rules/index.js'
import {copydesk as createTransformer, type CopydeskOptions} from './core/copydesk.js'
import type {DraftFormat} from './core/format.js'
import {check, createProcessor} from './core/processor.js'
import {ConfigError, parseSettings, type DialectSetting} from './core/settings.js'
import {settleSeverity, settleWhenRunEnds, type FileSetLike} from './core/severity.js'
import type {Level, Rule, RuleMeta, RuleSetting} from './core/types.js'
import {nodePlatform} from './node/platform.js'
import {loadResources} from './node/resources.js'
import {readWordsFile} from './node/words-file.js'
import {readNamesFile} from './node/names-file.js'

export type {CopydeskOptions} from './core/copydesk.js'
export type {DraftFormat} from './core/format.js'
export type {DialectSetting} from './core/settings.js'
export type {Category, Finding, FixKind, Level, OptionType, Rule, RuleMeta, RuleSetting} from './core/types.js'

/**
 * copydesk's settings, as in the `copydesk` entry of a `.retextrc`. Every
 * key is optional; with none, the `recommended` preset applies.
 */
export interface Settings {
  /**
   * Dictionary: `en-US`, `en-GB`, `en-CA`, `en-AU`, `en-NZ` or `en-IN`; `auto`
   * (default) picks `en-US` or `en-GB` per draft from its spellings.
   */
  readonly dialect?: DialectSetting | undefined
  /** Which rules run, and how loudly, before `rules`: `recommended` (default) or `strict`. */
  readonly preset?: string | undefined
  /** Words accepted as correctly spelled, exact; a lower-case entry also accepts its capitalised form. */
  readonly words?: ReadonlyArray<string> | undefined
  /**
   * A file of accepted words, one a line, `#` for comments. Read when the
   * settings are checked, relative to the working folder, and held to it:
   * a regular UTF-8 file of at most 5 MB in that folder or below.
   */
  readonly wordsFile?: string | undefined
  /** Names known to be right; also targets for near-miss checks. */
  readonly names?: ReadonlyArray<string> | undefined
  /**
   * A names file as `copydesk names` writes it (a name and its count a
   * line), read and held like `wordsFile`: names seen 3 times or more join
   * `names`, rarer ones `words`, and every count goes to `nameCounts`.
   */
  readonly namesFile?: string | undefined
  /** How often each name was published: the evidence a names file gives the name checks. */
  readonly nameCounts?: Readonly<Record<string, number>> | undefined
  /** Per rule id: `"off"`, `"info"`, `"warn"`, `"error"`, or `[level, options]`. */
  readonly rules?: Readonly<Record<string, RuleSetting>> | undefined
}

/** What `lint` takes: how to read the draft, and copydesk's settings. */
export interface LintOptions extends Settings {
  /** `markdown`, `mdx`, `html` or `text`; by default from the extension of `path` (`.md`, `.markdown`, `.mdown`, `.mkd`; `.mdx`; `.html`, `.htm`), else `text`. */
  readonly format?: DraftFormat | undefined
  /** The draft's file path: set on the VFile, and the format comes from its extension unless `format` is given. */
  readonly path?: string | undefined
}

/**
 * A finding as a user reads it: a vfile message with copydesk's fields
 * filled in (`cause` only on findings that point at a related place).
 */
export interface CopydeskMessage extends VFileMessage {
  /** The rule's id (`spelling`), or `input` for a draft that could not be read. */
  ruleId: string
  /** Always `copydesk`. */
  source: string
  /** The rule's docs page. */
  url: string
  /** The text of the flagged span exactly. */
  actual: string
  /** Replacements for the span, best first; `''` deletes; empty when only a person can fix it. */
  expected: string[]
  /** Why it matters, in one or two sentences. */
  note: string
  /** `true` for an error, `false` for a warning, `undefined` for an info notice. */
  fatal: boolean | undefined
}

/** A VFile after copydesk: its messages are copydesk's findings (and whatever other plugins added). */
export interface CopydeskFile extends VFile {
  messages: CopydeskMessage[]
}

/** A problem in copydesk's settings: `keyPath` names the key, `problem` says what was expected. */
export class SettingsError extends Error {
  constructor(
    readonly keyPath: string,
    readonly problem: string
  ) {
    super(`copydesk: Unexpected value for \`${keyPath}\`: ${problem}`)
    this.name = 'SettingsError'
  }
}

function frozenMeta(meta: RuleMeta): RuleMeta {
  return Object.freeze({...meta, ...(meta.options ? {options: Object.freeze({...meta.options})} : {})})
}

/** Every rule copydesk has, sorted by id (read-only). */
export const rules: ReadonlyArray<Rule> = Object.freeze(
  registry.rules.map(
    (rule): Rule => Object.freeze({meta: frozenMeta(rule.meta), check: rule.check, ...(rule.prepare ? {prepare: rule.prepare} : {})})
  )
)

/** The presets by name, each rule id → level; the first, `recommended`, is the default (read-only). */
export const presets: Readonly<Record<string, Readonly<Record<string, Level>>>> = Object.freeze(
  Object.fromEntries(Object.entries(registry.presets).map(([name, levels]) => [name, Object.freeze({...levels})]))
)

/**
 * Check `settings` and read its words file: the options the engine takes.
 * Throws `SettingsError`.
 */
function resolveSettings(settings: unknown): CopydeskOptions {
  try {
    const parsed = parseSettings(settings, registry)
    const given = {...(settings as CopydeskOptions | null | undefined)}
    if (parsed.wordsFile !== undefined) {
      given.words = [...parsed.words, ...readWordsFile(parsed.wordsFile, process.cwd())]
    }
    if (parsed.namesFile !== undefined) {
      const archive = readNamesFile(parsed.namesFile, process.cwd())
      given.names = [...parsed.names, ...archive.names]
      given.words = [...(given.words ?? parsed.words), ...archive.words]
      given.nameCounts = {...Object.fromEntries(parsed.nameCounts), ...archive.nameCounts}
    }
    return given
  } catch (error) {
    if (error instanceof ConfigError) throw new SettingsError(error.keyPath, error.problem)
    throw error
  }
}

/** unified-engine hands an attacher its file set as the second argument. */
function isFileSet(value: unknown): value is FileSetLike {
  return typeof value === 'object' && value !== null && typeof (value as FileSetLike).use === 'function'
}

/**
 * copydesk as a unified plugin over nlcst (retext-english's tree). Under
 * unified-engine, error-level findings become fatal once every file of the
 * run is checked; anywhere else, once this plugin's check of the file is
 * done, so `file.messages` shows `fatal: true` on errors.
 */
function copydesk(settings?: Settings | null | undefined, fileSet?: unknown): Transformer<Root, Root> {
  const checkTree = createTransformer(resolveSettings(settings), registry, loadResources, {}, nodePlatform) as (
    tree: Root,
    file: VFile
  ) => Promise<void>
  const underEngine = isFileSet(fileSet)
  if (underEngine) settleWhenRunEnds(fileSet)
  return async function (tree, file) {
    const type = (tree as {type?: unknown}).type
    if (type !== 'RootNode') {
      throw new Error(
        `copydesk: Unexpected \`${String(type)}\` tree, expected an nlcst \`RootNode\`: use retext-english before copydesk (or remark-retext in a remark pipeline)`
      )
    }
    await checkTree(tree, file)
    if (!underEngine) settleSeverity(file)
  }
}

/**
 * Typed as a plugin that leaves the processor's tree types alone, as a
 * linter does: so the retext processor it is in can be handed to
 * remark-retext, whose types want a processor with no transform declared.
 * The tree is checked when the plugin runs instead.
 */
export default copydesk as unknown as Plugin<[(Settings | null | undefined)?], undefined, undefined>

const formats: ReadonlyArray<DraftFormat> = ['markdown', 'mdx', 'html', 'text']

/**
 * Check one draft as the command line does: `format: 'markdown'` parses it
 * with remark (code, HTML and front matter are not prose; places point into
 * `text`), `'text'` as plain prose. Rejects with `SettingsError` for a
 * settings problem; a draft that cannot be checked (empty, binary) gets one
 * fatal message with the rule id `input` instead.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<CopydeskFile> {
  if (typeof text !== 'string') {
    throw new TypeError(`copydesk: Unexpected ${text === null ? 'null' : typeof text} draft, expected the draft's text as a string`)
  }
  const {format, path, ...settings} = options ?? {}
  if (format !== undefined && !formats.includes(format)) {
    throw new SettingsError('format', `got \`${String(format)}\`, expected \`"markdown"\`, \`"mdx"\`, \`"html"\` or \`"text"\``)
  }
  if (path !== undefined && typeof path !== 'string') {
    throw new SettingsError('path', `got \`${String(path)}\`, expected a file path as a string`)
  }
  const processor = createProcessor(resolveSettings(settings), registry, loadResources, {}, nodePlatform)
  const file = new VFile(path === undefined ? {value: text} : {value: text, path})
  if (format !== undefined) file.data.copydeskFormat = format
  return (await check(processor, file)) as CopydeskFile
}
