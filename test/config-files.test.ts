/**
 * copydesk finds each draft's config before unified-engine loads it (so an
 * untrusted `.retextrc.js` is refused before it is imported). The two
 * searches must agree: this tree puts every config kind at several levels
 * and checks that `ConfigFinder` picks the file the engine's own
 * `Configuration` picks, for every folder.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Configuration} from 'unified-engine'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ConfigFinder, configNames, isScriptConfig} from '../src/node/config-files.js'

let folder: string

function write(name: string, content: string): void {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
}

/** The config file unified-engine uses for a draft at `filePath`. */
function engineChoice(filePath: string): Promise<string | undefined> {
  const configuration = new Configuration({
    cwd: folder,
    rcName: '.retextrc',
    packageField: 'copydesk',
    detectConfig: true,
    configTransform: () => ({})
  })
  return new Promise((resolve, reject) => {
    configuration.load(filePath, (error, result) => {
      if (error) reject(error)
      else resolve(result?.filePath)
      return undefined
    })
  })
}

beforeAll(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-config-files-')))
  // Harmless script configs: the engine imports them to answer.
  const script = 'export default {plugins: []}\n'
  write('.retextrc.yml', 'plugins: []\n')
  write('a/package.json', JSON.stringify({name: 'a'}))
  write('a/b/package.json', JSON.stringify({name: 'b', copydesk: {plugins: []}}))
  write('a/b/c/.retextrc.mjs', script)
  write('a/b/c/.retextrc.yaml', 'plugins: []\n')
  write('a/b/c/d/.retextrc.json', '{"plugins": []}')
  write('a/b/c/d/.retextrc.cjs', 'module.exports = {plugins: []}\n')
  write('a/b/c/d/e/.retextrc', '{"plugins": []}')
  write('a/b/c/d/e/.retextrc.js', script)
  write('a/b/c/d/e/f/.retextrc.js', script)
  write('a/b/c/d/e/f/.retextrc.yml', 'plugins: []\n')
  write('x/y/package.json', JSON.stringify({name: 'y', copydesk: {plugins: []}}))
  write('x/y/.retextrc.cjs', 'module.exports = {plugins: []}\n')
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('ConfigFinder', () => {
  it('looks for the names unified-engine looks for, in its order', () => {
    expect(configNames('.retextrc', 'copydesk')).toEqual([
      '.retextrc',
      '.retextrc.json',
      '.retextrc.cjs',
      '.retextrc.mjs',
      '.retextrc.js',
      '.retextrc.yaml',
      '.retextrc.yml',
      'package.json'
    ])
    expect(['.retextrc.js', '.retextrc.cjs', '.retextrc.mjs'].every(isScriptConfig)).toBe(true)
    expect(['.retextrc', '.retextrc.json', '.retextrc.yml', 'package.json'].some(isScriptConfig)).toBe(false)
  })

  it('picks the config the engine picks, from every folder', async () => {
    const finder = new ConfigFinder({cwd: folder, rcName: '.retextrc', packageField: 'copydesk', rcPath: undefined, detect: true})
    const folders = ['', 'a', 'a/b', 'a/b/c', 'a/b/c/d', 'a/b/c/d/e', 'a/b/c/d/e/f', 'a/b/c/d/e/f/g', 'x', 'x/y', 'x/y/z']
    const picked: Array<[string, string | undefined]> = []
    for (const sub of folders) {
      const draft = path.join(folder, sub, 'draft.txt')
      const ours = finder.forFile(draft)
      expect(ours, sub).toBe(await engineChoice(draft))
      picked.push([sub, ours && path.relative(folder, ours)])
    }
    expect(picked).toEqual([
      ['', '.retextrc.yml'],
      ['a', '.retextrc.yml'],
      ['a/b', 'a/b/package.json'],
      ['a/b/c', 'a/b/c/.retextrc.mjs'],
      ['a/b/c/d', 'a/b/c/d/.retextrc.json'],
      ['a/b/c/d/e', 'a/b/c/d/e/.retextrc'],
      ['a/b/c/d/e/f', 'a/b/c/d/e/f/.retextrc.js'],
      ['a/b/c/d/e/f/g', 'a/b/c/d/e/f/.retextrc.js'],
      ['x', '.retextrc.yml'],
      ['x/y', 'x/y/.retextrc.cjs'],
      ['x/y/z', 'x/y/.retextrc.cjs']
    ])
  })

  it('uses the one config given, or none', () => {
    const given = new ConfigFinder({cwd: folder, rcName: undefined, packageField: undefined, rcPath: 'a/b/package.json', detect: false})
    expect(given.forFile('x/draft.txt')).toBe(path.join(folder, 'a/b/package.json'))
    const none = new ConfigFinder({cwd: folder, rcName: undefined, packageField: undefined, rcPath: undefined, detect: false})
    expect(none.forFile('a/b/c/draft.txt')).toBeUndefined()
  })
})
