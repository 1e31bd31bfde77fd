/**
 * copydesk's settings, as given to its preset in `.retextrc`, checked before
 * the first file is read. A problem names the key path and what was expected.
 */
import {dialects, type Dialect} from '../analysis/resources.js'
import {editDistance} from '../analysis/text.js'
import type {Level, OptionType, Registry} from './types.js'

/** `auto`: each draft is checked in the dialect most of its spellings use. */
export type DialectSetting = Dialect | 'auto'
const dialectSettings: ReadonlyArray<DialectSetting> = ['auto', ...dialects]

export interface Settings {
  readonly dialect: DialectSetting
  readonly preset: string
  /** Words accepted as correctly spelled (inline list plus the words file). */
  readonly words: ReadonlyArray<string>
  /** Path of a words file, resolved and read by the adapter that loads config. */
  readonly wordsFile: string | undefined
  /** Extra names known to be correct, and salient for near-miss checks. */
  readonly names: ReadonlyArray<string>
  /** Path of a names file (`copydesk names`), resolved and read by the adapter that loads config. */
  readonly namesFile: string | undefined
  /** How often each name was published (from the names file): evidence for the name model. */
  readonly nameCounts: ReadonlyMap<string, number>
  /** Every rule's level and options after the preset and config are merged. */
  readonly rules: ReadonlyMap<string, {readonly level: Level; readonly options: Readonly<Record<string, unknown>>}>
}

export class ConfigError extends Error {
  constructor(
    readonly keyPath: string,
    readonly problem: string
  ) {
    super(`Unexpected value for \`${keyPath}\`: ${problem}`)
    this.name = 'ConfigError'
  }
}

const levels: ReadonlyArray<Level> = ['off', 'info', 'warn', 'error']
const settingKeys = ['dialect', 'preset', 'words', 'wordsFile', 'names', 'namesFile', 'nameCounts', 'rules']

function show(value: unknown): string {
  return '`' + (typeof value === 'string' ? value : JSON.stringify(value)) + '`'
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string')
}

/** The closest of `candidates` to `actual`, for "did you mean" hints. */
export function closest(actual: string, candidates: ReadonlyArray<string>): string | undefined {
  let best: string | undefined
  let bestDistance = Math.max(3, Math.floor(actual.length / 2)) + 1
  for (const candidate of candidates) {
    const distance = editDistance(actual, candidate, bestDistance - 1)
    if (distance < bestDistance) {
      best = candidate
      bestDistance = distance
    }
  }
  return best
}

function checkOption(keyPath: string, value: unknown, type: OptionType): void {
  if (typeof type !== 'string') {
    if (value !== null && value !== undefined && !type.includes(value as string)) {
      throw new ConfigError(keyPath, `got ${show(value)}, expected one of ${type.map((item) => '`"' + item + '"`').join(', ')}`)
    }
    return
  }
  const ok =
    type === 'string[]'
      ? isStringArray(value)
      : value === null || value === undefined || typeof value === type
  if (!ok) {
    throw new ConfigError(keyPath, `got ${show(value)}, expected \`${type === 'string[]' ? 'Array<string>' : type}\``)
  }
}

export function parseSettings(raw: unknown, registry: Registry): Settings {
  const {rules, presets} = registry
  const presetNames = Object.keys(presets)
  const given = raw ?? {}
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new ConfigError('copydesk', `got ${show(given)}, expected an object of settings`)
  }
  const input = given as Record<string, unknown>
  for (const key of Object.keys(input)) {
    if (!settingKeys.includes(key)) {
      const hint = closest(key, settingKeys)
      throw new ConfigError(key, `unknown setting${hint ? `, expected \`${hint}\`` : ''} (one of ${settingKeys.map((k) => '`' + k + '`').join(', ')})`)
    }
  }

  const dialect = input['dialect'] ?? 'auto'
  if (!dialectSettings.includes(dialect as DialectSetting)) {
    throw new ConfigError('dialect', `got ${show(dialect)}, expected one of ${dialectSettings.map((d) => '`' + d + '`').join(', ')}`)
  }
  const preset = input['preset'] ?? presetNames[0]
  if (typeof preset !== 'string' || !presetNames.includes(preset)) {
    throw new ConfigError('preset', `got ${show(preset)}, expected one of ${presetNames.map((p) => '`' + p + '`').join(', ')}`)
  }
  for (const key of ['words', 'names']) {
    if (input[key] !== undefined && !isStringArray(input[key])) {
      throw new ConfigError(key, `got ${show(input[key])}, expected \`Array<string>\``)
    }
  }
  const wordsFile = input['wordsFile']
  if (wordsFile !== undefined && typeof wordsFile !== 'string') {
    throw new ConfigError('wordsFile', `got ${show(wordsFile)}, expected a path as a string`)
  }
  const namesFile = input['namesFile']
  if (namesFile !== undefined && typeof namesFile !== 'string') {
    throw new ConfigError('namesFile', `got ${show(namesFile)}, expected a path as a string`)
  }
  const counts = input['nameCounts'] ?? {}
  if (
    typeof counts !== 'object' ||
    counts === null ||
    Array.isArray(counts) ||
    !Object.values(counts).every((count) => Number.isInteger(count) && (count as number) >= 0)
  ) {
    throw new ConfigError('nameCounts', `got ${show(counts)}, expected an object of names to whole numbers`)
  }

  const byId = new Map(rules.map((rule) => [rule.meta.id, rule]))
  const resolved = new Map<string, {level: Level; options: Record<string, unknown>}>()
  for (const rule of rules) {
    resolved.set(rule.meta.id, {level: presets[preset]?.[rule.meta.id] ?? 'off', options: {}})
  }

  const ruleSettings = input['rules'] ?? {}
  if (typeof ruleSettings !== 'object' || ruleSettings === null || Array.isArray(ruleSettings)) {
    throw new ConfigError('rules', `got ${show(ruleSettings)}, expected an object of rule ids to levels`)
  }
  for (const [id, setting] of Object.entries(ruleSettings)) {
    const rule = byId.get(id)
    if (!rule) {
      const hint = closest(id, [...byId.keys()])
      throw new ConfigError(`rules.${id}`, `unknown rule${hint ? `, expected \`${hint}\`` : ''}`)
    }
    const [level, options] = Array.isArray(setting) ? setting : [setting, undefined]
    if (!levels.includes(level as Level) || (Array.isArray(setting) && setting.length > 2)) {
      throw new ConfigError(
        `rules.${id}`,
        `got ${show(setting)}, expected \`"off"\`, \`"info"\`, \`"warn"\`, \`"error"\` or \`[level, options]\``
      )
    }
    const checked: Record<string, unknown> = {}
    if (options !== undefined) {
      if (typeof options !== 'object' || options === null || Array.isArray(options)) {
        throw new ConfigError(`rules.${id}[1]`, `got ${show(options)}, expected an object of options`)
      }
      const schema = rule.meta.options ?? {}
      for (const [name, value] of Object.entries(options)) {
        const type = schema[name]
        if (!type) {
          const names = Object.keys(schema)
          throw new ConfigError(
            `rules.${id}[1].${name}`,
            names.length > 0
              ? `unknown option, expected one of ${names.map((n) => '`' + n + '`').join(', ')}`
              : 'unknown option, this rule takes none'
          )
        }
        checkOption(`rules.${id}[1].${name}`, value, type)
        checked[name] = value
      }
    }
    resolved.set(id, {level: level as Level, options: checked})
  }

  return {
    dialect: dialect as DialectSetting,
    preset,
    words: (input['words'] as string[] | undefined) ?? [],
    wordsFile: wordsFile as string | undefined,
    names: (input['names'] as string[] | undefined) ?? [],
    namesFile: namesFile as string | undefined,
    nameCounts: new Map(Object.entries(counts as Record<string, number>)),
    rules: resolved
  }
}
