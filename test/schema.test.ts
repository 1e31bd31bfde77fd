/**
 * The JSON Schema of `.retextrc` (`rules/settings.schema.json`): current
 * with the rules, and agreeing with `parseSettings` on what a config may
 * hold, so an editor never marks a config the run accepts, nor passes one
 * the run refuses.
 */
import fs from 'node:fs'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {registry} from '../rules/index.js'
import {parseSettings} from '../src/core/settings.js'
import {schemaPath, schemaText} from '../scripts/schema.js'

const ajv = new Ajv({strict: false, allErrors: true})
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')) as object)

function accepted(settings: unknown): boolean {
  try {
    parseSettings(settings, registry)
    return true
  } catch {
    return false
  }
}

const ruleWithOptions = registry.rules.find((rule) => Object.keys(rule.meta.options ?? {}).length > 0)

const good: unknown[] = [
  {},
  {dialect: 'en-GB', preset: 'strict'},
  {dialect: 'auto', words: ['Okonjo'], names: ['Abdulkarim'], wordsFile: 'words.txt', namesFile: 'names.txt', nameCounts: {Okonjo: 4}},
  {rules: {homophone: 'error', spelling: 'off', 'repeated-word': ['info']}},
  {rules: null}
]
const bad: unknown[] = [
  {dialect: 'en-XX'},
  {preset: 'lenient'},
  {dialects: 'en-GB'},
  {words: 'Okonjo'},
  {nameCounts: {Okonjo: -1}},
  {nameCounts: {Okonjo: 1.5}},
  {rules: {homophones: 'warn'}},
  {rules: {homophone: 'loud'}},
  {rules: {homophone: ['warn', {}, 'extra']}},
  {rules: {homophone: ['warn', {noSuchOption: true}]}}
]
if (ruleWithOptions) {
  const [name, type] = Object.entries(ruleWithOptions.meta.options!)[0]!
  const right = typeof type !== 'string' ? type[0] : type === 'boolean' ? true : type === 'number' ? 3 : type === 'string' ? 'x' : ['x']
  const wrong = typeof type !== 'string' ? 'not-a-choice' : type === 'string' ? 3 : 'x'
  good.push({rules: {[ruleWithOptions.meta.id]: ['warn', {[name]: right}]}})
  bad.push({rules: {[ruleWithOptions.meta.id]: ['warn', {[name]: wrong}]}})
}

const config = (settings: unknown) => ({$schema: './settings.schema.json', plugins: [['copydesk', settings]]})

describe('the settings JSON Schema', () => {
  it('is current with the rules and presets (`npm run schema` regenerates it)', () => {
    expect(fs.readFileSync(schemaPath, 'utf8')).toBe(schemaText())
  })

  it.each(good.map((settings) => [JSON.stringify(settings), settings]))('accepts %s, as the settings parser does', (_, settings) => {
    expect(accepted(settings)).toBe(true)
    expect(validate(config(settings)), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each(bad.map((settings) => [JSON.stringify(settings), settings]))('rejects %s, as the settings parser does', (_, settings) => {
    expect(accepted(settings)).toBe(false)
    expect(validate(config(settings))).toBe(false)
  })

  it('accepts the project config and other plugins beside copydesk, and rejects keys unified-engine does not read', () => {
    expect(validate(JSON.parse(fs.readFileSync('.retextrc', 'utf8')))).toBe(true)
    expect(validate({plugins: ['retext-other', ['retext-another', {any: 1}], ['copydesk', {dialect: 'en-NZ'}]]})).toBe(true)
    expect(validate({plugins: {copydesk: {dialect: 'en-IN'}, 'retext-other': {}}})).toBe(true)
    expect(validate({plugins: {copydesk: {dialect: 'xx'}}})).toBe(false)
    expect(validate({plugin: []})).toBe(false)
  })
})
