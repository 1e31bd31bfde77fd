/**
 * The settings as a JSON Schema, built from the rule registry so it cannot
 * drift from what `parseSettings` accepts: editors read it to complete and
 * check `.retextrc` files (`$schema`), and `--init` writes its comments from
 * the same descriptions.
 */
import {dialects} from '../analysis/resources.js'
import type {OptionType, Registry} from './types.js'

const levels = ['off', 'info', 'warn', 'error']

/** One line per setting: the schema's descriptions and the starter config's comments. */
export const settingDescriptions: Readonly<Record<string, string>> = {
  dialect: `The spelling dialect: \`auto\` checks each draft in the dialect most of its spellings use; or one of ${dialects.join(', ')}.`,
  preset: 'Which rules run, and at which level, before `rules` changes them (`copydesk --list-rules` shows each preset).',
  words: 'Words accepted as correctly spelled, such as house terms and local place names.',
  wordsFile: 'A file of more accepted words, one per line, inside this project; the editor\'s "Add word" appends to it.',
  names: 'Names known to be right; a near miss of one is reported as a slip.',
  namesFile: 'A names file written by `copydesk names <folder>` from published stories, inside this project.',
  nameCounts: 'How often each name was published; names seen three times or more are strong targets for near misses.',
  rules: 'Rule levels over the preset: "off", "info", "warn" or "error", or [level, {options}].'
}

function optionSchema(type: OptionType): Record<string, unknown> {
  if (typeof type !== 'string') return {enum: [...type]}
  if (type === 'string[]') return {type: 'array', items: {type: 'string'}}
  return {type}
}

/** The settings object copydesk takes (the options of its plugin entry). */
export function settingsObjectSchema(registry: Registry): Record<string, unknown> {
  const presetNames = Object.keys(registry.presets)
  const ruleProperties: Record<string, unknown> = {}
  for (const rule of [...registry.rules].sort((a, b) => a.meta.id.localeCompare(b.meta.id))) {
    const levelsByPreset = presetNames.map((name) => `${name}: ${registry.presets[name]?.[rule.meta.id] ?? 'off'}`).join(', ')
    const options = rule.meta.options ?? {}
    const optionProperties = Object.fromEntries(Object.entries(options).map(([name, type]) => [name, optionSchema(type)]))
    ruleProperties[rule.meta.id] = {
      description: `${rule.meta.summary} (${levelsByPreset})`,
      anyOf: [
        {$ref: '#/definitions/level'},
        {
          type: 'array',
          items: [{$ref: '#/definitions/level'}, {type: 'object', properties: optionProperties, additionalProperties: false}],
          minItems: 1,
          maxItems: 2
        }
      ]
    }
  }
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      dialect: {description: settingDescriptions['dialect'], enum: ['auto', ...dialects], default: 'auto'},
      preset: {description: settingDescriptions['preset'], enum: presetNames, default: presetNames[0]},
      words: {description: settingDescriptions['words'], type: 'array', items: {type: 'string'}},
      wordsFile: {description: settingDescriptions['wordsFile'], type: 'string'},
      names: {description: settingDescriptions['names'], type: 'array', items: {type: 'string'}},
      namesFile: {description: settingDescriptions['namesFile'], type: 'string'},
      nameCounts: {description: settingDescriptions['nameCounts'], type: 'object', additionalProperties: {type: 'integer', minimum: 0}},
      // null: a `rules:` key whose entries are all commented out, as the YAML starter has it.
      rules: {description: settingDescriptions['rules'], type: ['object', 'null'], additionalProperties: false, properties: ruleProperties}
    }
  }
}

/**
 * A whole `.retextrc`: unified-engine's `{plugins, settings}` shape, where
 * copydesk's own entry (`["copydesk", {…}]`, or `copydesk` as a key of an
 * object of plugins) is checked against the settings and other plugins are
 * left to themselves.
 */
export function configSchema(registry: Registry): Record<string, unknown> {
  const own = {enum: ['copydesk', 'retext-copydesk']}
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'copydesk config (.retextrc)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: {type: 'string'},
      plugins: {
        description: 'Plugins and their options; copydesk\'s entry holds its settings.',
        anyOf: [
          {
            type: 'array',
            items: {
              anyOf: [
                {type: 'string'},
                {type: 'array', items: [own, {$ref: '#/definitions/settings'}], minItems: 1, maxItems: 2},
                {type: 'array', items: [{type: 'string', not: own}], minItems: 1, maxItems: 2}
              ]
            }
          },
          {
            type: 'object',
            properties: {copydesk: {$ref: '#/definitions/settings'}, 'retext-copydesk': {$ref: '#/definitions/settings'}}
          }
        ]
      },
      settings: {description: 'Settings of the parser (unified-engine); copydesk needs none.', type: 'object'}
    },
    definitions: {
      level: {enum: levels},
      settings: settingsObjectSchema(registry)
    }
  }
}
