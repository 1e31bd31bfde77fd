/**
 * The registry cannot drift from the rule folders: every folder in `rules/`
 * is a registered rule with its docs page and tests. That every rule is in
 * a preset is tested beside the presets (`rules/presets.test.ts`).
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {registry, rules} from '../rules/index.js'
import {root} from '../src/node/resources.js'

const rulesFolder = path.join(root, 'rules')
const folders = fs
  .readdirSync(rulesFolder, {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
  .map((entry) => entry.name)
  .sort()
const ids = rules.map((rule) => rule.meta.id)

describe('the rule registry', () => {
  it('registers every folder in rules/, and nothing else', () => {
    expect(ids).toEqual(folders)
  })

  it('lists rules sorted by id', () => {
    expect(ids).toEqual([...ids].sort())
  })

  for (const id of folders) {
    it(`rules/${id}/ holds index.ts, readme.md and index.test.ts, and registers its own default export`, async () => {
      for (const name of ['index.ts', 'readme.md', 'index.test.ts']) {
        expect(fs.existsSync(path.join(rulesFolder, id, name)), `rules/${id}/${name}`).toBe(true)
      }
      const module = (await import(pathToFileURL(path.join(rulesFolder, id, 'index.ts')).href)) as {default: unknown}
      expect(rules).toContain(module.default)
      expect((module.default as (typeof rules)[number]).meta.id).toBe(id)
    })
  }
})
