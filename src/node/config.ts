/**
 * Config as the CLI reads it: unified-engine finds `.retextrc` files (JSON or
 * YAML) and `copydesk` fields in package.json; this module puts copydesk's
 * own plugin in place, reads its words file, applies `--rule`/`--disable`,
 * and checks settings before any draft is read.
 */
import path from 'node:path'
import {registry, rules} from '../../rules/index.js'
import {closest, ConfigError, parseSettings} from '../core/settings.js'
import type {CopydeskOptions} from '../core/copydesk.js'
import {isScriptConfig} from './config-files.js'
import {CheckRun} from './plugin.js'
import {ownNames, pluginEntries, pluginRefusal, scriptRefusal, untrusted, type PluginPolicy} from './trust.js'
import {readWordsFile} from './words-file.js'
import {readNamesFile} from './names-file.js'

export {parseWordList} from './words-file.js'

export interface Overrides {
  /** Run only these rules (`--rule`). */
  readonly only: ReadonlyArray<string>
  /** Switch these rules off (`--disable`). */
  readonly disable: ReadonlyArray<string>
}

/** A problem in a config file: the file, then the key path and what was expected. */
export class ConfigFileError extends Error {
  constructor(
    readonly filePath: string | undefined,
    message: string
  ) {
    super(message)
    this.name = 'ConfigFileError'
  }
}

type PluginEntry = unknown

/** Apply overrides and read the words file; throws ConfigFileError. */
export function resolveOptions(
  raw: unknown,
  overrides: Overrides,
  configPath: string | undefined
): CopydeskOptions {
  const where = configPath ?? 'command line'
  if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) {
    throw new ConfigFileError(configPath, `${where}: Unexpected value for \`copydesk\` options, expected an object`)
  }
  const given = {...(raw as Record<string, unknown> | undefined)}
  const ruleSettings: Record<string, unknown> = {...(given['rules'] as Record<string, unknown> | undefined)}
  const ids = rules.map((rule) => rule.meta.id)
  for (const id of [...overrides.only, ...overrides.disable]) {
    if (!ids.includes(id)) {
      const hint = closest(id, ids)
      throw new ConfigFileError(undefined, `Unexpected unknown rule \`${id}\`${hint ? `, expected \`${hint}\`` : ''}`)
    }
  }
  if (overrides.only.length > 0) {
    for (const id of ids) {
      if (!overrides.only.includes(id)) ruleSettings[id] = 'off'
      else if (ruleSettings[id] === undefined || ruleSettings[id] === 'off') ruleSettings[id] = 'warn'
    }
  }
  for (const id of overrides.disable) ruleSettings[id] = 'off'
  given['rules'] = ruleSettings

  try {
    const settings = parseSettings(given, registry)
    // The project is the folder holding the config: the words and names files must be in it.
    const project = configPath ? path.dirname(configPath) : process.cwd()
    if (settings.wordsFile !== undefined) {
      given['words'] = [...settings.words, ...readWordsFile(settings.wordsFile, project)]
    }
    if (settings.namesFile !== undefined) {
      const archive = readNamesFile(settings.namesFile, project)
      given['names'] = [...settings.names, ...archive.names]
      given['words'] = [...((given['words'] as string[] | undefined) ?? settings.words), ...archive.words]
      given['nameCounts'] = {...Object.fromEntries(settings.nameCounts), ...archive.nameCounts}
    }
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigFileError(configPath, `${where}: ${error.message}`)
    throw error
  }
  return given as CopydeskOptions
}

/**
 * unified-engine's `configTransform`: turn a loaded config (unified-engine's
 * own `{plugins, settings}` shape) into one with copydesk's plugin resolved
 * and every other plugin held to `policy` (see `trust.ts`): an entry that
 * may not load is a config problem (or, with `skipRefused`, left out), and
 * a trusted JSON/YAML entry is replaced by the plugin `preflight` loaded, so
 * the engine itself loads nothing a config names. copydesk's own entry
 * becomes the plugin of `run`, the run this config is loaded for (by
 * default one of its own, in this thread: right for a single draft).
 */
/**
 * The `copydesk` field of a package.json may hold copydesk's settings as
 * they are (`{"dialect": "en-GB"}`), as the `eslintConfig`-style fields of
 * other tools do; it is read as `{"plugins": [["copydesk", {...}]]}`. A
 * field in unified-engine's own shape (with `plugins` or `settings`), and
 * every config file, is read as it is.
 */
export function asUnifiedConfig(raw: object, configPath: string | undefined): {plugins?: unknown; settings?: unknown} {
  const keys = Object.keys(raw)
  const ownShape = keys.includes('plugins') || keys.includes('settings')
  if (configPath !== undefined && path.basename(configPath) === 'package.json' && !ownShape) return {plugins: [['copydesk', raw]]}
  return raw as {plugins?: unknown; settings?: unknown}
}

export function transformConfig(
  raw: unknown,
  configPath: string | undefined,
  overrides: Overrides,
  policy: PluginPolicy = untrusted,
  run: CheckRun = new CheckRun()
): {plugins: PluginEntry[]; settings?: unknown} {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigFileError(configPath, `${configPath}: Unexpected config, expected an object with \`plugins\` and \`settings\``)
  }
  const config = asUnifiedConfig(raw, configPath)
  for (const key of Object.keys(config)) {
    // `$schema` points editors at the JSON Schema (`--init` writes it); it is no setting.
    if (key !== 'plugins' && key !== 'settings' && key !== '$schema') {
      throw new ConfigFileError(configPath, `${configPath}: Unexpected key \`${key}\`, expected \`plugins\` or \`settings\``)
    }
  }
  const plugins: PluginEntry[] = []
  let ownOptions: unknown
  const entries = config.plugins ?? []
  if (!Array.isArray(entries) && (typeof entries !== 'object' || entries === null)) {
    throw new ConfigFileError(configPath, `${configPath}: Unexpected value for \`plugins\`, expected a list or an object of plugins`)
  }
  const where = configPath ?? 'config'
  // A script config is code: it loads only when trusted, and then names plugins as it likes.
  const script = configPath !== undefined && isScriptConfig(configPath)
  if (script && !policy.trusted) throw new ConfigFileError(configPath, scriptRefusal(where, policy.how))
  for (const [name, options] of pluginEntries(entries)) {
    if (typeof name === 'string' && ownNames.has(name)) {
      ownOptions = options
      continue
    }
    if (script) {
      plugins.push([name, options])
      continue
    }
    const refused =
      pluginRefusal(name, where, policy) ??
      (policy.loaded.has(name as string) ? undefined : `${where}: Cannot load plugin \`${String(name)}\`, expected it loaded before the run`)
    if (refused) {
      if (policy.skipRefused) continue
      throw new ConfigFileError(configPath, refused)
    }
    plugins.push([policy.loaded.get(name as string), options])
  }
  // With no other plugin reading the tree, drafts can be parsed and checked in workers.
  plugins.unshift([plugins.length === 0 ? run.pooledPlugin : run.plugin, resolveOptions(ownOptions, overrides, configPath)])
  return config.settings === undefined ? {plugins} : {plugins, settings: config.settings}
}
