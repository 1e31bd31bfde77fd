import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defineRule} from '../src/core/define-rule.js'
import {check, createProcessor} from '../src/core/processor.js'
import type {Registry} from '../src/core/types.js'
import {featureNames, isNameVowelVariant, isNeighbourSwap, lowerSlipProbability, nameCandidates, slipEvidence, targetsByInitial} from '../src/analysis/slips.js'
import {analyseWords} from '../src/analysis/words.js'
import {loadResources} from '../src/node/resources.js'
import type {LoadResources} from '../src/core/copydesk.js'

/** The named features of every capitalised unknown word of `text` that has evidence. */
async function evidence(
  text: string,
  settings: Record<string, unknown> = {},
  load: LoadResources = loadResources
): Promise<Record<string, Record<string, number>>> {
  const found: Record<string, Record<string, number>> = {}
  const probe = defineRule({id: 'probe', category: 'spelling', fix: 'none', summary: 'Reads the spelling evidence.'}, function (tree, context) {
    const analysis = analyseWords(tree, context)
    for (const word of analysis.unknown) {
      if (word.kind !== 'name') continue
      const read = slipEvidence(word, tree, analysis, context)
      if (read) found[word.token.text] = Object.fromEntries(featureNames.map((name, index) => [name, read.features[index]!]))
    }
  })
  const registry: Registry = {rules: [probe], presets: {recommended: {probe: 'warn'}}}
  await check(createProcessor(settings, registry, load), new VFile(text))
  return found
}

describe('slip evidence', () => {
  it('reads the same evidence from the word table’s prebuilt letter models and name groups as from the lists', async () => {
    const text = 'He spoke with Mr. Shermen and Ms. Abiodum. Dr. Xqvor came later.'
    // The same resources less what the table prebuilds: the decision builds it
    // (kept per name list, so this one is a copy of the list).
    const namePriors = new Map((await loadResources('en-US')).namePriors)
    const prebuilt = new Set<string | symbol>(['letterModels', 'nameTargetColumns'])
    const unbuilt: LoadResources = async (dialect) =>
      new Proxy(await loadResources(dialect), {
        get: (target, key) => (prebuilt.has(key) ? undefined : key === 'namePriors' ? namePriors : Reflect.get(target, key, target))
      })
    const read = await evidence(text)
    expect(Object.keys(read).length).toBeGreaterThan(1)
    expect(await evidence(text, {}, unbuilt)).toEqual(read)
  })

  it('#8: reads a day or month, which the dictionary holds capitalised, as a title word', async () => {
    // `Decmber` reads more like a word than a name, and December stands capitalised in proper names as the river does.
    const read = await evidence('The fair closes in Decmber. The Pecos Rier rose.')
    expect(read['Decmber']!['titleWord']).toBe(1)
    expect(read['Rier']!['titleWord']).toBe(1)
  })

  it('weighs how common the nearest name is by its census share', async () => {
    const read = await evidence('He spoke with Mr. Shermen. He spoke with Mr. Honford.')
    expect(read['Shermen']!['nameFrequency']).toBeGreaterThan(read['Honford']!['nameFrequency']! + 2)
  })
})

describe('name place', () => {
  it('reads a name place after a title or an initial, beside a listed name or a desk name, and before a verb of saying', async () => {
    const place = async (text: string, token: string, settings: Record<string, unknown> = {}) => (await evidence(text, settings))[token]?.['namePlace']
    expect(await place('The council heard Mr. Stirr on the plan.', 'Stirr')).toBe(1)
    expect(await place('The council heard Mr Stirr on the plan.', 'Stirr')).toBe(1)
    expect(await place('The letter named J. Stirr as the author.', 'Stirr')).toBe(1)
    expect(await place('The letter named George Stirr as the author.', 'Stirr')).toBe(1)
    expect(await place('The letter named Stirr George as the author.', 'Stirr')).toBe(1)
    expect(await place('The plan, Stirr said, was firm.', 'Stirr')).toBe(1)
    expect(await place('The letter named Kowalczyk Stirr as the author.', 'Stirr', {names: ['Kowalczyk']})).toBe(1)
    // None of those: a common word before, a lower-case title, a capital letter that is no initial.
    expect(await place('The plan came from Stirr and his aides.', 'Stirr')).toBe(0)
    expect(await place('The council heard the mr Stirr on the plan.', 'Stirr')).toBe(0)
    expect(await place('The grade was A Stirr of the plan.', 'Stirr')).toBe(0)
    expect(await place('Stirr came from the plan.', 'Stirr')).toBe(0)
  })
})

describe('near names of the desk', () => {
  it('shares the look-ups of one set of config names between processors made for it anew, as the editor makes one per check', async () => {
    const targets: unknown[] = []
    const probe = defineRule({id: 'probe', category: 'spelling', fix: 'none', summary: 'Reads the near names.'}, function (_tree, context) {
      targets.push(nameCandidates('Kowalczik', context)[0]?.target)
    })
    const registry: Registry = {rules: [probe], presets: {recommended: {probe: 'warn'}}}
    for (let run = 0; run < 2; run++) {
      await check(createProcessor({names: ['Kowalczyk']}, registry, loadResources), new VFile('Mr Kowalczik spoke.'))
    }
    expect(targets[0]).toBeDefined()
    expect(targets[1]).toBe(targets[0])
  })
})

describe('name targets', () => {
  it('keeps a name list as columns per bucket, with no object per name', () => {
    const priors = new Map<string, number>()
    const census = new Map<string, number>()
    for (let at = 0; at < 20_000; at++) {
      const name = 'BCDFGHKLMN'[at % 10]! + at.toString(36).replace(/\d/g, (digit) => 'aeiouyaeio'[Number(digit)]!)
      priors.set(name, at % 8)
      census.set(name, (at % 40) / 8)
    }
    const index = targetsByInitial(priors, census)
    let held = 0
    for (const bucket of index.values()) {
      const names = Array.from(bucket.masks, (_mask, at) => bucket.name(at))
      expect(names.every((name) => typeof name === 'string')).toBe(true)
      expect([bucket.masks, bucket.priors, bucket.census].every((column) => ArrayBuffer.isView(column) && column.length === names.length)).toBe(true)
      expect(bucket.pending).toBeUndefined()
      held += names.length
    }
    expect(held).toBe(priors.size)
  })

  it('reads a near name’s prior and census share from its bucket’s columns', async () => {
    const found: Array<{name: string; prior: number; census: number} | undefined> = []
    const probe = defineRule({id: 'probe', category: 'spelling', fix: 'none', summary: 'Reads the near names.'}, function (_tree, context) {
      const target = nameCandidates('Kowalczik', context).find((candidate) => candidate.target.name === 'Kowalczyk')?.target
      found.push(target && {name: target.name, prior: target.prior, census: target.census})
      found.push({name: 'Kowalczyk', prior: context.resources.namePriors.get('Kowalczyk') ?? -1, census: context.resources.nameCensus.get('Kowalczyk') ?? -1})
    })
    const registry: Registry = {rules: [probe], presets: {recommended: {probe: 'warn'}}}
    await check(createProcessor({}, registry, loadResources), new VFile('Mr Kowalczik spoke.'))
    expect(found[0]).toEqual(found[1])
  })
})

describe('vowel variants of a name', () => {
  it('takes one vowel changed at or before the first vowel, or at the end, for another form of the name', () => {
    expect(isNameVowelVariant('stenton', 'stanton')).toBe(true)
    expect(isNameVowelVariant('tonio', 'tonia')).toBe(true)
  })

  it('takes any other change for a slip', () => {
    // A vowel changed inside the name; a consonant changed; two letters changed; a letter added.
    expect(isNameVowelVariant('westan', 'weston')).toBe(false)
    expect(isNameVowelVariant('roice', 'royce')).toBe(false)
    expect(isNameVowelVariant('stentan', 'stanton')).toBe(false)
    expect(isNameVowelVariant('molie', 'mollie')).toBe(false)
    expect(isNameVowelVariant('weston', 'weston')).toBe(false)
  })
})

describe('neighbouring letters of a name swapped', () => {
  it('reads two neighbouring letters swapped, the first two included', () => {
    expect(isNeighbourSwap('malney', 'manley')).toBe(true)
    expect(isNeighbourSwap('lapert', 'alpert')).toBe(true)
    expect(isNeighbourSwap('hesier', 'heiser')).toBe(true)
  })

  it('takes two vowels swapped, or the last two letters, for another spelling, and anything else for no swap', () => {
    // Neilsen, Nielsen; Ballestre, Ballester; Quyne, Quyen.
    expect(isNeighbourSwap('neilsen', 'nielsen')).toBe(false)
    expect(isNeighbourSwap('ballestre', 'ballester')).toBe(false)
    expect(isNeighbourSwap('quyne', 'quyen')).toBe(false)
    // Letters apart, a changed letter, another length, the same word.
    expect(isNeighbourSwap('mlaney', 'manley')).toBe(false)
    expect(isNeighbourSwap('manlay', 'manley')).toBe(false)
    expect(isNeighbourSwap('manly', 'manley')).toBe(false)
    expect(isNeighbourSwap('manley', 'manley')).toBe(false)
  })
})

describe('lower-case slip probability', () => {
  it('#8: reads a lower-case word’s slip probability from its letters alone, as the decision weighs an ordinary word', async () => {
    const {suggester} = await loadResources('en-US')
    // A common word one cheap slip away, and one a misspelling's few edits off: over the decision's bar (0.53).
    expect(lowerSlipProbability('recieve', suggester)).toBeGreaterThan(0.53)
    expect(lowerSlipProbability('magisine', suggester)).toBeGreaterThan(0.53)
    // No word near, and no letters that a word is made of: no slip to weigh.
    expect(lowerSlipProbability('rivermouth', suggester)).toBe(0)
    expect(lowerSlipProbability('ab', suggester)).toBe(0)
    expect(lowerSlipProbability("o'erlong", suggester)).toBe(0)
  })
})
