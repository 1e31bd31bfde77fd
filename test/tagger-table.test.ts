/** The tagger's word lists read from `generated/tagger.bin`: the same answers as the modules they were built from. */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {taggerLists} from '../src/analysis/tagger-table.js'
import {root} from '../src/node/resources.js'
import {provideTaggerLists, verbTableModule} from '../src/node/tagger-table.js'
import {tempFolder} from './temp-folder.js'

const require = createRequire(import.meta.url)
const fromTagger = createRequire(require.resolve('en-pos'))

/** The modules en-pos reads, loaded as it loads them, then dropped from the cache so other tests get the table. */
function originals(): {lexicon: Record<string, string>; names: Record<string, number>; cities: Record<string, number>} {
  const files = ['en-lexicon', 'humannames', 'cities-list'].map((name) => fromTagger.resolve(name))
  const before = files.map((file) => require.cache[file])
  const [lexicon, names, cities] = files.map((file) => require(file) as unknown)
  files.forEach((file, index) => {
    if (before[index] === undefined) delete require.cache[file]
  })
  return {lexicon: (lexicon as {lexicon: Record<string, string>}).lexicon, names: names as Record<string, number>, cities: cities as Record<string, number>}
}

/** en-inflectors' verb table module, loaded as en-pos loads it, then dropped from the cache. */
function originalVerbs(): Record<string, unknown> & {lookup: (form: string) => unknown} {
  const file = verbTableModule(fromTagger)
  const before = require.cache[file]
  const verbs = require(file) as Record<string, unknown> & {lookup: (form: string) => unknown}
  if (before === undefined) delete require.cache[file]
  return verbs
}

const bytes = fs.readFileSync(path.join(root, 'generated', 'tagger.bin'))
const lists = taggerLists(bytes.buffer, bytes.byteOffset, bytes.byteLength)
const source = originals()
const probes = ['', 'walk', 'Walk', 'WALK', 'xqzt', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'Łódź', 'Paris', 'paris', 'Maria']

describe('the tagger table', () => {
  it('answers every entry of en-lexicon, humannames and cities-list as they do', () => {
    const table = lists.lexicon.lexicon
    for (const word of Object.keys(source.lexicon)) if (table[word] !== source.lexicon[word]) expect([word, table[word]]).toEqual([word, source.lexicon[word]])
    for (const name of Object.keys(source.names)) if (lists.names[name] !== 1) expect(name).toBe('a given name')
    for (const city of Object.keys(source.cities)) if (lists.cities[city] !== 1) expect(city).toBe('a city')
  })

  it('answers a word no list holds, or a name of `Object.prototype`, as a plain object does', () => {
    for (const probe of probes) {
      expect(lists.lexicon.lexicon[probe]).toBe(source.lexicon[probe])
      expect(lists.names[probe]).toBe(source.names[probe])
      expect(lists.cities[probe]).toBe(source.cities[probe])
      expect(probe in lists.names).toBe(probe in source.names)
    }
  })

  it('gives back en-inflectors’ verb table: the same row for every key of every form, the same look-ups', () => {
    const verbs = originalVerbs()
    expect(lists.verbs).toBeDefined()
    expect(JSON.stringify(lists.verbs!.irregular)).toBe(JSON.stringify(verbs['irregular']))
    for (const form of ['VBP', 'VBD', 'VBN', 'VBZ', 'VBG'] as const) {
      const module = verbs[form] as Record<string, unknown>
      for (const key of Object.keys(module)) if (JSON.stringify(lists.verbs![form][key]) !== JSON.stringify(module[key])) expect([form, key, lists.verbs![form][key]]).toEqual([form, key, module[key]])
      for (const probe of probes) expect(lists.verbs![form][probe], `${form}.${probe}`).toEqual(module[probe])
    }
    for (const probe of [...probes, 'walked', 'ran', 'awoken', 'bit', 'being']) expect(lists.verbs!.lookup(probe), probe).toEqual(verbs.lookup(probe))
  })

  it('reads a verb row as the same array each time, as the module does', () => {
    expect(lists.verbs!.VBD['walked']).toBe(lists.verbs!.VBP['walk'])
    expect(lists.verbs!.lookup('ran')).toBe(lists.verbs!.VBP['run'])
  })
})

describe('providing the tagger lists', () => {
  const folder = tempFolder('tagger-table')

  it('leaves the tagger to its own lists when the table is damaged or missing', async () => {
    expect(await provideTaggerLists(folder.write('tagger.bin', 'not a table'))).toBe(false)
    expect(await provideTaggerLists(path.join(folder.path, 'missing.bin'))).toBe(false)
  })
})
