/**
 * `--init` and `--print-config`: the starter config changes nothing a run
 * finds, never overwrites, and `--print-config` tells the settings a draft
 * gets from the same config search the run makes.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {rules} from '../rules/index.js'
import {presets} from '../rules/presets.js'
import {runMain} from './run-cli.js'
import {tempFolder} from './temp-folder.js'

const folder = tempFolder('init')
const draft = 'The minister said the goverment would act.\nThe the council met on Monday.\n'

/** A fresh project folder holding one draft. */
function project(name: string): string {
  folder.write(`${name}/story.txt`, draft)
  return path.join(folder.path, name)
}

async function findings(cwd: string, args: ReadonlyArray<string> = []): Promise<unknown> {
  const result = await runMain(['--format', 'json', ...args, 'story.txt'], {cwd})
  expect(result.code, result.stderr).toBe(0)
  return (JSON.parse(result.stdout) as Array<{messages: Array<{ruleId: string; reason: string}>}>).map((file) =>
    file.messages.map((message) => [message.ruleId, message.reason])
  )
}

describe('copydesk --init', () => {
  it('writes a YAML starter with a comment on every setting and rule, and a run with it finds what a run without it finds', async () => {
    const cwd = project('yaml')
    const before = await findings(cwd)
    const result = await runMain(['--init'], {cwd})
    expect([result.code, result.stdout]).toEqual([0, ''])
    expect(result.stderr).toMatch(/wrote `\.retextrc\.yml`/)
    const text = fs.readFileSync(path.join(cwd, '.retextrc.yml'), 'utf8')
    for (const key of ['dialect', 'preset', 'words', 'wordsFile', 'names', 'namesFile', 'rules']) {
      const at = text.split('\n').findIndex((line) => new RegExp(`^ +(# )?${key}:`).test(line))
      expect(at, key).toBeGreaterThan(0)
      expect(text.split('\n')[at - 1], key).toMatch(/^ +(- )?# /)
    }
    for (const rule of rules) expect(text).toContain(`# ${rule.meta.id}: ${presets['recommended']?.[rule.meta.id] ?? 'off'}`)
    expect(text.split('\n').filter((line) => line.length > 80)).toEqual([])
    expect(parseYaml(text)).toEqual({plugins: [['copydesk', {dialect: 'auto', preset: 'recommended', words: [], names: [], rules: null}]]})
    expect(await findings(cwd)).toEqual(before)
  })

  it('writes a JSON starter with a $schema line that a run accepts, with `--init json`', async () => {
    const cwd = project('json')
    const before = await findings(cwd)
    const result = await runMain(['--init', 'json'], {cwd})
    expect(result.code).toBe(0)
    const config = JSON.parse(fs.readFileSync(path.join(cwd, '.retextrc.json'), 'utf8')) as {$schema: string}
    expect(fs.existsSync(path.resolve(cwd, config.$schema))).toBe(true)
    expect(path.basename(config.$schema)).toBe('settings.schema.json')
    expect(await findings(cwd)).toEqual(before)
  })

  it('refuses to write over a config already in the folder, and leaves it as it was', async () => {
    const cwd = project('existing')
    folder.write('existing/.retextrc', '{"plugins": [["copydesk", {"dialect": "en-GB"}]]}\n')
    const result = await runMain(['--init=json'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toBe('copydesk: Cannot write a starter config: `.retextrc` already configures copydesk here, expected no config in this folder\n')
    expect(fs.readFileSync(path.join(cwd, '.retextrc'), 'utf8')).toBe('{"plugins": [["copydesk", {"dialect": "en-GB"}]]}\n')
    expect(fs.existsSync(path.join(cwd, '.retextrc.json'))).toBe(false)
  })

  it('rejects a format it does not write', async () => {
    const result = await runMain(['--init=toml'], {cwd: project('toml')})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: Unexpected `--init=toml`, expected `yaml` or `json`\n/)
  })
})

interface Printed {
  draft: string
  config: string | null
  dialect: string
  preset: string
  words: string[]
  rules: Record<string, unknown>
  plugins: string[]
}

async function printed(cwd: string, args: ReadonlyArray<string>): Promise<Printed> {
  const result = await runMain(args, {cwd})
  expect([result.code, result.stderr]).toEqual([0, ''])
  return JSON.parse(result.stdout) as Printed
}

describe('copydesk --print-config', () => {
  it('prints the defaults when no config applies', async () => {
    const cwd = project('none')
    const settings = await printed(cwd, ['--print-config', 'story.txt'])
    expect(settings).toMatchObject({draft: 'story.txt', config: null, dialect: 'auto', preset: 'recommended', words: [], plugins: []})
    expect(settings.rules).toEqual(Object.fromEntries(rules.map((rule) => [rule.meta.id, presets['recommended']?.[rule.meta.id] ?? 'off'])))
  })

  it('prints what the nearest config sets, with the preset filled in, the words file read and --disable applied', async () => {
    const cwd = project('nearest')
    folder.write('nearest/.retextrc', '{"plugins": [["copydesk", {"dialect": "en-GB", "preset": "strict", "wordsFile": "words.txt", "rules": {"homophone": "error", "repeated-word": ["warn", {}]}}]]}\n')
    folder.write('nearest/words.txt', 'Okonjo\n')
    folder.write('nearest/desk/sports/.retextrc.yml', 'plugins:\n  - - copydesk\n    - dialect: en-AU\n')
    const top = await printed(cwd, ['--print-config', 'story.txt', '--disable', 'spelling'])
    expect(top).toMatchObject({config: '.retextrc', dialect: 'en-GB', preset: 'strict', words: ['Okonjo']})
    expect(top.rules).toMatchObject({homophone: 'error', 'repeated-word': 'warn', spelling: 'off', 'name-spelling': presets['strict']?.['name-spelling'] ?? 'off'})
    // A draft that need not exist yet, in a folder with its own config.
    const nested = await printed(cwd, ['--print-config', 'desk/sports/match.md'])
    expect(nested).toMatchObject({draft: 'desk/sports/match.md', config: path.join('desk', 'sports', '.retextrc.yml'), dialect: 'en-AU', preset: 'recommended'})
  })

  it('reads the plain settings of a package.json field, and names other plugins without loading them', async () => {
    const cwd = project('package')
    folder.write('package/package.json', JSON.stringify({name: 'desk', copydesk: {dialect: 'en-CA'}}))
    expect(await printed(cwd, ['--print-config', 'story.txt'])).toMatchObject({config: 'package.json', dialect: 'en-CA'})
    folder.write('package/.retextrc', '{"plugins": ["retext-not-installed", ["copydesk", {}]]}\n')
    expect(await printed(cwd, ['--print-config', 'story.txt'])).toMatchObject({config: '.retextrc', plugins: ['retext-not-installed']})
  })

  it('says in one line what is wrong with a config it cannot use', async () => {
    const cwd = project('broken')
    folder.write('broken/.retextrc', '{"plugins": [["copydesk", {"dialect": "en-GB",}]]}\n')
    let result = await runMain(['--print-config', 'story.txt'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: Cannot parse config `\.retextrc`: .* at line 1, column \d+\n$/)
    folder.write('broken/.retextrc', '{"plugins": [["copydesk", {"dialect": "en-XX"}]]}\n')
    result = await runMain(['--print-config', 'story.txt'], {cwd})
    // Named as the run names it: the config file's path.
    expect(result.stderr).toMatch(/^copydesk: \S*broken\/\.retextrc: Unexpected value for `dialect`: got `en-XX`, expected one of [^\n]*\n$/)
    fs.rmSync(path.join(cwd, '.retextrc'))
    folder.write('broken/.retextrc.mjs', 'globalThis.ran = true\nexport default {}\n')
    result = await runMain(['--print-config', 'story.txt'], {cwd})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: \.retextrc\.mjs: Unexpected JavaScript config in an untrusted run[^\n]*\n$/)
    expect((globalThis as {ran?: boolean}).ran).toBeUndefined()
  })
})
