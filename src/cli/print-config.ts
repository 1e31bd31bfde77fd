/**
 * `copydesk --print-config <draft>`: the settings a draft would be checked
 * with, as JSON: which config file applies (the same search the run makes),
 * the dialect and preset, the words and names (words and names files read
 * in), every rule's level and options after the preset, the config and
 * `--rule`/`--disable` are applied, and the other plugins the config names.
 * Nothing is checked and no plugin is loaded; the draft need not exist.
 */
import path from 'node:path'
import {registry} from '../../rules/index.js'
import {parseSettings} from '../core/settings.js'
import {ConfigFinder, isScriptConfig} from '../node/config-files.js'
import {asUnifiedConfig, ConfigFileError, resolveOptions, type Overrides} from '../node/config.js'
import {causeChain, configParseProblem} from '../node/problems.js'
import {cliHow, ownNames, pluginEntries, readRawConfig, scriptRefusal} from '../node/trust.js'

export interface PrintConfigOptions {
  readonly cwd: string
  /** `--config FILE`. */
  readonly config: string | undefined
  /** `--no-config` turns the search off. */
  readonly useConfig: boolean
  readonly trusted: boolean
  readonly overrides: Overrides
}

/** The effective settings of `draft` as JSON text. Throws `ConfigFileError`. */
export async function printConfig(draft: string, options: PrintConfigOptions): Promise<string> {
  const {cwd} = options
  const configPath = new ConfigFinder({
    cwd,
    rcName: options.useConfig && !options.config ? '.retextrc' : undefined,
    packageField: options.useConfig && !options.config ? 'copydesk' : undefined,
    rcPath: options.useConfig ? options.config : undefined,
    detect: options.useConfig && !options.config
  }).forFile(draft)
  const shown = configPath === undefined ? undefined : path.relative(cwd, configPath) || configPath
  const raw = configPath === undefined ? {} : await readConfig(configPath, shown!, cwd, options.trusted)
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigFileError(configPath, `${shown}: Unexpected config, expected an object with \`plugins\` and \`settings\``)
  }
  const config = asUnifiedConfig(raw, configPath)
  let own: unknown
  const others: string[] = []
  for (const [name, pluginOptions] of pluginEntries(config.plugins)) {
    if (typeof name === 'string' && ownNames.has(name)) own = pluginOptions
    else others.push(typeof name === 'string' ? name : '(a plugin given as code)')
  }
  const resolved = resolveOptions(own, options.overrides, configPath)
  const settings = parseSettings(resolved, registry)
  const rules: Record<string, unknown> = {}
  for (const [id, {level, options: ruleOptions}] of [...settings.rules].sort(([a], [b]) => a.localeCompare(b))) {
    rules[id] = Object.keys(ruleOptions).length > 0 ? [level, ruleOptions] : level
  }
  const effective = {
    draft: path.relative(cwd, path.resolve(cwd, draft)) || draft,
    config: shown ?? null,
    dialect: settings.dialect,
    preset: settings.preset,
    words: settings.words,
    wordsFile: settings.wordsFile ?? null,
    names: settings.names,
    namesFile: settings.namesFile ?? null,
    nameCounts: Object.fromEntries(settings.nameCounts),
    rules,
    plugins: others
  }
  return JSON.stringify(effective, null, 2) + '\n'
}

/** A config file's content, read by the run's own loaders (without running a script config unless trusted). */
async function readConfig(configPath: string, shown: string, cwd: string, trusted: boolean): Promise<unknown> {
  if (isScriptConfig(configPath) && !trusted) throw new ConfigFileError(configPath, scriptRefusal(shown, cliHow))
  const read = await readRawConfig(configPath, cwd, 'copydesk')
  if (read.error) {
    // The loader's own complaint is the last of the chain; say it as the run does (line and column for JSON).
    const complaint = causeChain(read.error).at(-1) ?? 'unreadable'
    throw new ConfigFileError(configPath, configParseProblem([`Cannot parse file \`${shown}\``, complaint], cwd)!)
  }
  return read.raw
}
