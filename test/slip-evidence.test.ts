import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {defineRule} from '../src/core/define-rule.js'
import {check, createProcessor} from '../src/core/processor.js'
import type {Registry} from '../src/core/types.js'
import {featureNames, nameCandidates, slipEvidence} from '../src/analysis/slips.js'
import {analyseWords} from '../src/analysis/words.js'
import {loadResources} from '../src/node/resources.js'

/** The named features of every capitalised unknown word of `text` that has evidence. */
async function evidence(text: string, settings: Record<string, unknown> = {}): Promise<Record<string, Record<string, number>>> {
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
  await check(createProcessor(settings, registry, loadResources), new VFile(text))
  return found
}

describe('slip evidence', () => {
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
