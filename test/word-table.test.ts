/** The prebuilt word table: lookups, and the same answers as the lists and dictionaries it was built from. */
import fs from 'node:fs'
import path from 'node:path'
import nspell from 'nspell'
import {describe, expect, it} from 'vitest'
import {hunspellCheck} from '../src/analysis/hunspell.js'
import {buildResources} from '../src/analysis/resources.js'
import {dialects, mark, WordData} from '../src/analysis/word-data.js'
import {buildStringFilter, buildStringTable, hash, lines, packSections, StringTable, unpackSections} from '../src/analysis/word-table.js'
import {root, wordTablePath} from '../src/node/resources.js'
import {letterModel} from '../src/analysis/letter-odds.js'
import {targetsByInitial} from '../src/analysis/slips.js'

const data = (() => {
  const bytes = fs.readFileSync(wordTablePath)
  return new WordData(bytes.buffer, bytes.byteOffset, bytes.byteLength)
})()

function corpusWords(): string[] {
  const words = new Set<string>()
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (/\.(md|txt)$/.test(entry.name)) for (const word of fs.readFileSync(file, 'utf8').match(/[\p{L}\p{N}'’-]+/gu) ?? []) words.add(word)
    }
  }
  walk(path.join(root, 'corpus'))
  return [...words]
}

describe('the string table', () => {
  const strings = ['walk', 'Łódź', 'Đặng', '', 'de facto', 'x'.repeat(5000)]
  const table = new StringTable(buildStringTable(strings))

  it('finds each string by its entry number, and nothing else', () => {
    for (const [index, text] of strings.entries()) {
      expect(table.indexOf(text)).toBe(index)
      expect(table.at(index)).toBe(text)
    }
    expect(table.indexOf('walks')).toBe(-1)
    expect(table.indexOf('Lodz')).toBe(-1)
  })

  it('looks code units up the same with a filter of the strings as without one', () => {
    const words = ['walk', 'walked', 'talk', 'stalk', 'Łódź', "it's"]
    const sections = buildStringTable(words)
    const plain = new StringTable(sections)
    // A small filter lets some strings that are no entry through to the slots; a large one few.
    const filtered = [32, 64, 1 << 10].map((bits) => new StringTable({...sections, filter: buildStringFilter(sections, bits)}))
    const units = new Uint16Array(16)
    const probes = [...words, 'wlk', 'walks', 'Walk', 'tlak', 'Lodz', '', 'stalks', "its"]
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') probes.push('w' + letter + 'lk', 'ta' + letter + 'k')
    for (const probe of probes) {
      for (let at = 0; at < probe.length; at++) units[at] = probe.charCodeAt(at)
      const expected = plain.indexOfUnits(units, probe.length)
      expect(expected).toBe(words.indexOf(probe))
      for (const table of filtered) expect(table.indexOfUnits(units, probe.length)).toBe(expected)
    }
    // The word table's own filter: each entry's bit is set.
    const bytes = fs.readFileSync(wordTablePath)
    const filter = unpackSections(bytes.buffer, bytes.byteOffset, bytes.byteLength).section('filter') as Uint32Array
    for (const word of ['the', 'walked', 'February', 'de facto']) {
      const bit = (hash(word) >>> 0) & (filter.length * 32 - 1)
      expect(filter[bit >>> 5]! & (1 << (bit & 31))).not.toBe(0)
    }
  })

  it('finds the entries holding a word among their space-separated words, read in place', () => {
    const phrases = ['de facto', 'coup de grace', 'per diem', 'facto', 'defacto']
    const phraseTable = new StringTable(buildStringTable(phrases))
    const entries = Uint32Array.from([0, 1, 2, 3, 4])
    expect(phraseTable.entriesWithWord(entries, 'facto')).toEqual([0, 3])
    expect(phraseTable.entriesWithWord(entries, 'de')).toEqual([0, 1])
    expect(phraseTable.entriesWithWord(entries, 'diem')).toEqual([2])
    expect(phraseTable.entriesWithWord(entries, 'fact')).toEqual([])
    expect(phraseTable.entriesWithWord(entries, 'grace ')).toEqual([])
    const filter = phraseTable.wordFilter(entries, 1 << 12)
    const set = (word: string) => {
      const bit = hash(word) & ((1 << 12) - 1)
      return (filter[bit >>> 3]! & (1 << (bit & 7))) !== 0
    }
    for (const word of ['de', 'facto', 'coup', 'grace', 'per', 'diem', 'defacto']) expect(set(word)).toBe(true)
  })

  it('keeps sections and a header through packing, at any alignment', () => {
    const block = packSections({note: 'ok'}, {numbers: Uint32Array.of(1, 2, 3), bytes: Uint8Array.of(9)})
    const shifted = new Uint8Array(block.length + 3)
    shifted.set(block, 3)
    const unpacked = unpackSections(shifted.buffer, 3, block.length)
    expect(unpacked.meta).toEqual({note: 'ok'})
    expect([...unpacked.section('numbers')]).toEqual([1, 2, 3])
    expect([...unpacked.section('bytes')]).toEqual([9])
  })

  it('refuses a block that is not a word table or is cut short, in one line', () => {
    expect(() => unpackSections(new Uint8Array(64).buffer)).toThrow(/^not a copydesk word table$/)
    const block = packSections({}, {numbers: new Uint32Array(100)})
    expect(() => unpackSections(block.buffer, 0, block.length - 100).section('numbers')).toThrow(/^word table is cut short$/)
  })
})

describe('the word table', () => {
  it('holds every list the data build wrote, with its values', () => {
    const generated = (name: string) => lines(fs.readFileSync(path.join(root, 'generated', name), 'utf8'))
    const missing: string[] = []
    for (const [index, dialect] of dialects.entries()) {
      for (const word of generated(`words-${dialect}.txt`)) if (!(data.words[data.strings.indexOf(word)]! & (1 << index))) missing.push(`${dialect} ${word}`)
      for (const word of generated(`more-words-${dialect}.txt`)) if (!(data.more[data.strings.indexOf(word)]! & (1 << index))) missing.push(`${dialect} more ${word}`)
    }
    expect(missing).toEqual([])
    expect([...data.listStrings('known-names')]).toEqual(generated('names-known.txt'))
    expect([...data.listStrings('salient-names')]).toEqual(generated('names-salient.txt'))
    expect([...data.listStrings('loan-phrases')]).toEqual(generated('loan-phrases.txt'))
    for (const line of generated('frequencies.txt').slice(0, 2000)) {
      const [word, count] = line.split('\t')
      const entry = data.strings.indexOf(word!)
      expect(data.marks[entry]! & mark.frequency).not.toBe(0)
      expect(data.frequency[entry]).toBe(Number(count))
    }
    for (const line of generated('name-priors.txt').slice(0, 2000)) {
      const [name, points] = line.split('\t')
      expect(data.prior[data.strings.indexOf(name!)]).toBe(Number(points))
    }
    for (const line of generated('name-census.txt').slice(0, 2000)) {
      const [name, eighths] = line.split('\t')
      const entry = data.strings.indexOf(name!)
      expect(data.marks[entry]! & mark.prior).not.toBe(0)
      expect(data.census[entry]).toBe(Number(eighths))
    }
  })

  it('holds the census surnames that are words with their shares, apart from the name targets', () => {
    const resources = buildResources({dialect: 'en-US', data})
    const surnames = lines(fs.readFileSync(path.join(root, 'generated', 'name-word-surnames.txt'), 'utf8'))
    expect(surnames.length).toBeGreaterThan(1000)
    for (const line of surnames.filter((_line, index) => index % 25 === 0)) {
      const [name, eighths] = line.split('\t')
      expect(resources.wordSurnameShare(name!)).toBe(Number(eighths) / 8)
      expect(resources.namePriors.has(name!)).toBe(false)
    }
    // Smith is the census's commonest surname (about 1 % of people: log2 of 100,000 per 10 million, 16.6 bits).
    expect(resources.wordSurnameShare('Smith')).toBeCloseTo(16.6, 1)
    // A listed name, a word that is no surname and an unknown token have none.
    expect([resources.wordSurnameShare('Dunne'), resources.wordSurnameShare('Table'), resources.wordSurnameShare('Zzyzxq')]).toEqual([undefined, undefined, undefined])
  })

  it('holds each name’s role and lean as the data build wrote them, and reads them through the resources', () => {
    const resources = buildResources({dialect: 'en-US', data})
    const roles = lines(fs.readFileSync(path.join(root, 'generated', 'name-roles.txt'), 'utf8'))
    for (const line of roles.filter((_line, index) => index % 25 === 0)) {
      const [name, role, eighths] = line.split('\t')
      const entry = data.strings.indexOf(name!)
      expect(data.lean[entry]).toBe(Number(eighths))
      expect(resources.nameLean(name!)).toBe(Number(eighths) / 8)
      expect(resources.nameRole(name!)).toBe(role === 'either' ? undefined : role)
    }
    // The census ranks Donna far more often as a given name, Dunne only as a surname.
    expect([resources.nameRole('Donna'), resources.nameRole('Dunne'), resources.nameRole('Zzyzxq')]).toEqual(['given', 'surname', undefined])
    expect(resources.nameLean('Donna')).toBeGreaterThan(8)
    expect(resources.nameLean('Dunne')).toBeLessThan(-4)
    expect(resources.nameLean('Zzyzxq')).toBe(0)
    // A table built before the leans came in reads them all as 0.
    const bytes = fs.readFileSync(wordTablePath)
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + bytes.readUInt32LE(8)))) as {layout: Record<string, unknown>}
    const unpacked = unpackSections(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const older = packSections(data.meta, Object.fromEntries(Object.keys(header.layout).filter((name) => name !== 'lean').map((name) => [name, unpacked.section(name)])))
    expect(buildResources({dialect: 'en-US', data: new WordData(older.buffer)}).nameLean('Donna')).toBe(0)
  })

  it('lists the loan phrases of each of their words as splitting every phrase does', () => {
    const byWord = new Map<string, string[][]>()
    for (const line of data.listStrings('loan-phrases')) {
      const phrase = line.split(' ')
      for (const word of new Set(phrase)) byWord.set(word, [...(byWord.get(word) ?? []), phrase])
    }
    const resources = buildResources({dialect: 'en-US', data})
    for (const [word, phrases] of byWord) expect(resources.loanPhrases.get(word)).toEqual(phrases)
    for (const word of ['facts', 'goverment', 'Facto', 'de facto']) expect(resources.loanPhrases.get(word)).toBeUndefined()
  })

  it('knows a form as written, capitalised or in capitals, and a rarer word unless it is a slip of a far commoner one', () => {
    const known = (dialect: 'en-US' | 'en-GB', words: string[]) => {
      const resources = buildResources({dialect, data})
      return words.filter((word) => resources.isKnownForm(word))
    }
    const words = ['walked', 'Walked', 'WALKED', 'walKed', 'February', 'colour', 'Colour', 'soma', 'Soma', 'stull', 'darkling', 'Germen', 'Ecole']
    expect(known('en-US', words)).toEqual(['walked', 'Walked', 'WALKED', 'Ecole'])
    expect(known('en-GB', words)).toEqual(['walked', 'Walked', 'WALKED', 'colour', 'Colour'])
  })

  it('knows the salient names as the list has them', () => {
    const resources = buildResources({dialect: 'en-US', data})
    const salient = [...data.listStrings('salient-names')]
    for (const name of salient) expect(resources.names.salient.has(name)).toBe(true)
    expect([...resources.names.salient]).toEqual(salient)
    for (const word of ['the', 'walked', 'Zzyzx']) expect(resources.names.salient.has(word)).toBe(salient.includes(word))
  })

  it('holds the letter models the lists give, prebuilt', () => {
    for (const dialect of ['en-US', 'en-GB'] as const) {
      const resources = buildResources({dialect, data})
      const built = {names: letterModel(resources.namePriors.keys()), words: letterModel(resources.suggester.forms())}
      expect(resources.letterModels).toEqual(built)
    }
    // A table without them (the slip decisions then build them from the lists).
    const bytes = fs.readFileSync(wordTablePath)
    const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + bytes.readUInt32LE(8)))) as {layout: Record<string, unknown>}
    const unpacked = unpackSections(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const kept = Object.keys(header.layout).filter((name) => !name.startsWith('letters:'))
    const bare = packSections(data.meta, Object.fromEntries(kept.map((name) => [name, unpacked.section(name)])))
    expect(unpacked.has('letters:names')).toBe(true)
    expect(unpackSections(bare.buffer).has('letters:names')).toBe(false)
    expect(buildResources({dialect: 'en-US', data: new WordData(bare.buffer)}).letterModels).toBeUndefined()
    const ungrouped = packSections({...data.meta, nameTargets: undefined}, Object.fromEntries(kept.map((name) => [name, unpacked.section(name)])))
    expect(buildResources({dialect: 'en-US', data: new WordData(ungrouped.buffer)}).nameTargetColumns).toBeUndefined()
    expect(new WordData(ungrouped.buffer).nameTargets('J5')).toBeUndefined()
    expect(data.nameTargets('J5')!.length).toBeGreaterThan(0)
  })

  it('groups the name priors’ names by first letter and length as the slip decisions do', () => {
    const resources = buildResources({dialect: 'en-US', data})
    const built = targetsByInitial(resources.namePriors, resources.nameCensus)
    const columns = resources.nameTargetColumns!
    expect(resources.nameTargetColumns).toBe(columns)
    for (const [key, bucket] of built) {
      const read = columns(key)!
      const names = (group: {name: (at: number) => string; masks: Int32Array}) => Array.from(group.masks, (_mask, at) => group.name(at))
      expect({names: names(read), masks: [...read.masks], priors: [...read.priors], census: [...read.census]}).toEqual({
        names: names(bucket),
        masks: [...bucket.masks],
        priors: [...bucket.priors],
        census: [...bucket.census]
      })
    }
    expect(columns('Q99')).toBeUndefined()
  })

  it('answers as nspell does for every dictionary, on the corpus words and their other cases', () => {
    const words = corpusWords().flatMap((word) => [word, word.toLowerCase(), word.toUpperCase(), word.charAt(0).toUpperCase() + word.slice(1)])
    words.push('1st', '22nd', '113th', '11st', '3rd', '2th', 'iPhone', 'IPHONE', "DON'T", '', ' ', 'ﬁle')
    for (const [index, rules] of data.meta.dictionaries.entries()) {
      const folder = path.join(root, 'node_modules', rules.name)
      const reference = nspell({aff: fs.readFileSync(path.join(folder, 'index.aff')), dic: fs.readFileSync(path.join(folder, 'index.dic'))})
      const check = hunspellCheck(data, index)
      const differ = words.filter((word) => reference.correct(word) !== check.correct(word))
      expect(differ, rules.name).toEqual([])
    }
  }, 120_000)
})
