/**
 * `npm run new-rule`: the registration edits are exact, and a rule made from
 * `rules/_template/` works as its own docs page says, in a scratch copy of
 * the rules folder (the repository is never touched).
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {addToExperimental, camelCase, createRule, idProblem, register} from '../scripts/new-rule.js'
import {check, createProcessor} from '../src/core/processor.js'
import type {Rule} from '../src/core/types.js'
import {loadResources, root} from '../src/node/resources.js'
import {format} from './helpers.js'
import {tempFolder} from './temp-folder.js'

const index = fs.readFileSync(path.join(root, 'rules', 'index.ts'), 'utf8')
const presetsSource = fs.readFileSync(path.join(root, 'rules', 'presets.ts'), 'utf8')

describe('new-rule', () => {
  it('refuses ids that are not kebab-case, reserved or taken', () => {
    expect(idProblem('NoWordy', [])).toMatch(/expected kebab-case/)
    expect(idProblem('no--wordy', [])).toMatch(/expected kebab-case/)
    expect(idProblem('index', [])).toMatch(/not used by the registry/)
    expect(idProblem('spelling', ['spelling'])).toMatch(/`rules\/spelling\/` exists/)
    expect(idProblem('no-wordy-phrase', ['spelling'])).toBeUndefined()
  })

  it('names the rule in camelCase', () => {
    expect(camelCase('no-wordy-phrase')).toBe('noWordyPhrase')
    expect(camelCase('max-sentence-length2')).toBe('maxSentenceLength2')
  })

  it('imports and lists the rule in sorted order', () => {
    const edited = register(index, 'no-wordy-phrase')
    const imports = edited.match(/^import \w+ from '\.\/[a-z\d-]+\/index\.js'$/gm)!
    expect(imports).toContain("import noWordyPhrase from './no-wordy-phrase/index.js'")
    expect(imports).toEqual([...imports].sort())
    const listed = /\[\n([\s\S]*?)\n\]/.exec(edited)![1]!.split(',').map((name) => name.trim())
    expect(listed.indexOf('noWordyPhrase')).toBe(listed.indexOf('nameSpelling') + 1)
    expect(register(index, 'zzz-last')).toMatch(/webBoilerplate,\n {2}zzzLast\n\]/)
    expect(register(index, 'aaa-first')).toMatch(/= \[\n {2}aaaFirst,\n {2}anonymousAttribution/)
  })

  it('puts the rule on trial in the experimental preset only', () => {
    // From an experimental preset with no rule of its own yet, whatever the live one holds.
    const empty = presetsSource.replace(/const experimental: Readonly<Record<string, Level>> = \{[^}]*\}/, 'const experimental: Readonly<Record<string, Level>> = {\n  ...strict\n}')
    const edited = addToExperimental(empty, 'no-wordy-phrase')
    expect(edited).toMatch(/const experimental: Readonly<Record<string, Level>> = \{\n {2}\.\.\.strict,\n {2}'no-wordy-phrase': 'warn'\n\}/)
    expect(addToExperimental(edited, 'plain')).toMatch(/'no-wordy-phrase': 'warn',\n {2}plain: 'warn'\n\}/)
    expect(edited.replace(/const experimental[\s\S]*/, '')).not.toContain('no-wordy-phrase')
  })

  describe('a rule made from the template', () => {
    const scratch = tempFolder('new-rule')

    it('flags what its docs page says, and its tests and page are in place', async () => {
      const folder = scratch.path
      // A scratch project: its own rules folder; the rest points at this repository.
      fs.cpSync(path.join(root, 'rules'), path.join(folder, 'rules'), {recursive: true})
      for (const name of ['src', 'test', 'node_modules']) fs.symlinkSync(path.join(root, name), path.join(folder, name))
      const written = createRule(folder, 'no-wordy-phrase', 'Prefer a plain word to a stock wordy phrase.')
      expect(written).toEqual([
        'rules/no-wordy-phrase/index.test.ts',
        'rules/no-wordy-phrase/index.ts',
        'rules/no-wordy-phrase/phrases.ts',
        'rules/no-wordy-phrase/readme.md',
        'rules/index.ts',
        'rules/presets.ts'
      ])
      expect(() => createRule(folder, 'no-wordy-phrase', 'Again.')).toThrow(/exists/)
      const page = fs.readFileSync(path.join(folder, 'rules/no-wordy-phrase/readme.md'), 'utf8')
      expect(page.split('\n').slice(0, 3)).toEqual(['# no-wordy-phrase', '', 'Prefer a plain word to a stock wordy phrase.'])
      expect(fs.readFileSync(path.join(folder, 'rules/no-wordy-phrase/index.test.ts'), 'utf8')).toContain("const id = 'no-wordy-phrase'")

      const rule = ((await import(pathToFileURL(path.join(folder, 'rules/no-wordy-phrase/index.ts')).href)) as {default: Rule}).default
      expect(rule.meta).toMatchObject({id: 'no-wordy-phrase', summary: 'Prefer a plain word to a stock wordy phrase.'})
      // The page's first not-ok example and its output block.
      const [, example, output] = /```txt not-ok\n([\s\S]*?)\n```\n\n```txt output\n([\s\S]*?)\n```/.exec(page)!
      const processor = createProcessor({}, {rules: [rule], presets: {trial: {'no-wordy-phrase': 'warn'}}}, loadResources)
      const file = await check(processor, new VFile({path: 'example.txt', value: example + '\n'}))
      expect(file.messages.map(format)).toEqual(output!.split('\n'))
    })
  })
})
