/** copydesk's settings: merged over the preset, and every problem named by key path. */
import {describe, expect, it} from 'vitest'
import {registry, rules} from '../rules/index.js'
import {presets} from '../rules/presets.js'
import {ConfigError, closest, parseSettings} from '../src/core/settings.js'
import {defineRule} from '../src/core/define-rule.js'

function problem(raw: unknown, ruleList = rules): string {
  try {
    parseSettings(raw, {rules: ruleList, presets})
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    return (error as Error).message
  }
  throw new Error('expected a ConfigError')
}

/** A rule with options, to check option validation (no shipped spelling rule takes any). */
const withOptions = defineRule<{minWords: number; allow: string[]; strict: boolean}>(
  {id: 'with-options', category: 'style', fix: 'none', summary: 'Test.', options: {minWords: 'number', allow: 'string[]', strict: 'boolean'}},
  () => {}
)

describe('parseSettings', () => {
  it('gives the recommended preset with no settings', () => {
    const settings = parseSettings(undefined, registry)
    expect(settings.dialect).toBe('auto')
    expect(settings.preset).toBe('recommended')
    expect(settings.rules.get('spelling')).toEqual({level: 'warn', options: {}})
  })

  it('merges rule levels and options over the preset', () => {
    const settings = parseSettings(
      {dialect: 'en-GB', words: ['gorp'], names: ['Qwertyson'], wordsFile: 'words.txt', rules: {spelling: 'error', 'with-options': ['info', {minWords: 6, allow: ['a'], strict: true}]}},
      {rules: [...rules, withOptions], presets}
    )
    expect(settings.rules.get('spelling')?.level).toBe('error')
    expect(settings.rules.get('with-options')).toEqual({level: 'info', options: {minWords: 6, allow: ['a'], strict: true}})
    expect(settings.rules.get('with-options')).toBeDefined()
    expect(settings.words).toEqual(['gorp'])
    expect(settings.names).toEqual(['Qwertyson'])
    expect(settings.wordsFile).toBe('words.txt')
  })

  it('accepts a level alone in a list', () => {
    expect(parseSettings({rules: {spelling: ['off']}}, registry).rules.get('spelling')?.level).toBe('off')
  })

  const cases: Array<[string, unknown, string]> = [
    ['not an object', 'en-GB', 'Unexpected value for `copydesk`: got `en-GB`, expected an object of settings'],
    ['a list', [], 'Unexpected value for `copydesk`: got `[]`, expected an object of settings'],
    ['an unknown setting', {dialekt: 'en-GB'}, 'Unexpected value for `dialekt`: unknown setting, expected `dialect`'],
    ['an unknown setting with no near match', {zzzzzzzzzz: 1}, 'Unexpected value for `zzzzzzzzzz`: unknown setting (one of'],
    [
      'a dialect',
      {dialect: 'en-ZA'},
      'Unexpected value for `dialect`: got `en-ZA`, expected one of `auto`, `en-US`, `en-GB`, `en-CA`, `en-AU`, `en-NZ`, `en-IN`'
    ],
    ['a preset', {preset: 'loose'}, 'Unexpected value for `preset`: got `loose`, expected one of `recommended`, `strict`'],
    ['words', {words: 'gorp'}, 'Unexpected value for `words`: got `gorp`, expected `Array<string>`'],
    ['names', {names: [1]}, 'Unexpected value for `names`: got `[1]`, expected `Array<string>`'],
    ['a words file', {wordsFile: 3}, 'Unexpected value for `wordsFile`: got `3`, expected a path as a string'],
    ['rules', {rules: ['spelling']}, 'Unexpected value for `rules`: got `["spelling"]`, expected an object of rule ids to levels'],
    ['a rule id', {rules: {speling: 'warn'}}, 'Unexpected value for `rules.speling`: unknown rule, expected `spelling`'],
    ['a far rule id', {rules: {'quote-balance-xyz': 'warn'}}, 'Unexpected value for `rules.quote-balance-xyz`: unknown rule'],
    ['a level', {rules: {spelling: 'loud'}}, 'Unexpected value for `rules.spelling`: got `loud`, expected `"off"`, `"info"`, `"warn"`, `"error"` or `[level, options]`'],
    ['a long list', {rules: {spelling: ['warn', {}, 1]}}, 'Unexpected value for `rules.spelling`: got `["warn",{},1]`'],
    ['options', {rules: {spelling: ['warn', 3]}}, 'Unexpected value for `rules.spelling[1]`: got `3`, expected an object of options'],
    ['an option of a rule that takes none', {rules: {spelling: ['warn', {max: 3}]}}, 'Unexpected value for `rules.spelling[1].max`: unknown option, this rule takes none']
  ]
  for (const [name, raw, message] of cases) {
    it(`names the key path and what was expected for ${name}`, () => {
      expect(problem(raw)).toContain(message)
    })
  }

  it('checks option names and types against the rule’s schema', () => {
    const list = [...rules, withOptions]
    expect(problem({rules: {'with-options': ['warn', {minWord: 3}]}}, list)).toBe(
      'Unexpected value for `rules.with-options[1].minWord`: unknown option, expected one of `minWords`, `allow`, `strict`'
    )
    expect(problem({rules: {'with-options': ['warn', {minWords: '6'}]}}, list)).toBe(
      'Unexpected value for `rules.with-options[1].minWords`: got `6`, expected `number`'
    )
    expect(problem({rules: {'with-options': ['warn', {allow: 'a'}]}}, list)).toBe(
      'Unexpected value for `rules.with-options[1].allow`: got `a`, expected `Array<string>`'
    )
    expect(parseSettings({rules: {'with-options': ['warn', {strict: null}]}}, {rules: list, presets}).rules.get('with-options')?.options).toEqual({strict: null})
    expect(problem({rules: {'quote-balance': ['warn', {outer: 'curly'}]}})).toBe(
      'Unexpected value for `rules.quote-balance[1].outer`: got `curly`, expected one of `"double"`, `"single"`'
    )
  })
})

describe('closest', () => {
  it('finds the nearest id, or nothing when none is near', () => {
    expect(closest('name-speling', ['spelling', 'name-spelling'])).toBe('name-spelling')
    expect(closest('zzzz', ['spelling'])).toBeUndefined()
  })
})
