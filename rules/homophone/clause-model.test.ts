import {describe, expect, it} from 'vitest'
import {afterHead, clauseSentence, keysAt, pairFeatures, pairsByWritten, pairScore, parsePairModels, stem} from './clause-model.js'
import {clauseModelText} from './clause-model-data.js'
import {guessClass, modelWords, parseModel} from './model.js'
import {modelText} from './model-data.js'

const {classOf} = parseModel(modelText)
const sentence = (text: string) => clauseSentence(modelWords(text.split(' ')), classOf)

describe('homophone clause model', () => {
  it('reads shared counts, each pair’s view of them, its weights and a quiet pair', () => {
    const models = parsePairModels(
      ['forms\ta\tb\tc', 'count\tprev\tthe\t3\t1\t0', 'pair\ta\tb\t2\t1.5\t4', 'weight\tname\t0.5', 'pair\tc\ta\t-1\t0\tquiet', ''].join('\n')
    )
    expect(models.map((model) => [model.intended, model.written, model.threshold])).toEqual([
      ['a', 'b', 4],
      ['c', 'a', undefined]
    ])
    expect(models[0]!.tables.prev.get('the')).toEqual([3, 1])
    expect(models[1]!.tables.prev.get('the')).toEqual([0, 3])
    expect(models[0]!.tables.next.get('the')).toBeUndefined()
    expect(pairScore(models[0]!, ['name', 'unknown'])).toBe(2)
    expect([...pairsByWritten(models).keys()]).toEqual(['b'])
  })

  it('finds the word before and after, the head noun after, the noun before and the clause’s verb', () => {
    const keys = keysAt(sentence('She wiped the dry mud off the old boots .'), 5)
    expect(keys).toMatchObject({prev: 'mud', next: 'the', head: 'boots', noun: 'mud', verb: 'wip', verbAt: 1})
    const none = keysAt(sentence('off'), 0)
    expect(none).toMatchObject({prev: '<s>', next: '</s>', head: undefined, noun: undefined, verb: undefined})
    // A comma ends the clause; a word that is no part of a noun phrase ends the search for its head.
    expect(keysAt(sentence('He ran , the cost off quickly'), 5)).toMatchObject({verb: undefined, head: undefined, noun: 'cost'})
  })

  it('tells a noun or a pronoun before the word from a verb or a sentence’s start', () => {
    expect(afterHead(sentence('the decline off the trade'), 2)).toBe(true)
    expect(afterHead(sentence('I of never a moment'), 1)).toBe(true)
    expect(afterHead(sentence('cows are off their feed'), 2)).toBe(false)
    expect(afterHead(sentence('off the coast'), 0)).toBe(false)
  })

  it('stems a verb roughly, and leaves a short word', () => {
    expect(['pulled', 'pulls', 'pulling', 'took', 'cut'].map(stem)).toEqual(['pull', 'pull', 'pull', 'took', 'cut'])
  })

  it('reads a use with its own count left out, so a key seen once reads as unseen', () => {
    const [model] = parsePairModels(['forms\tof\toff', 'count\tprev\tcost\t1\t0', 'count\tprev\tlid\t0\t1', 'pair\tof\toff\t4\t0\t5'].join('\n'))
    const lid = sentence('He took the lid off the jar .')
    expect(pairFeatures(model!, lid, 4)).toContain('prev=n3/1')
    expect(pairFeatures(model!, lid, 4, 1)).toContain('prev=unseen')
    const cost = sentence('The cost off the bridge rose .')
    expect(pairFeatures(model!, cost, 2, 0)).toContain('prev=unseen')
    expect(pairFeatures(model!, cost, 2)).toContain('prev=0/1')
    expect(pairFeatures(model!, sentence('A mile off Crete .'), 2)).toContain('name')
  })

  it('bins the lean of a key by its size and its uses', () => {
    const counts = [
      [1, 0],
      [30, 0],
      [5, 0],
      [200, 0],
      [0, 3],
      [40, 6],
      [40, 2]
    ]
    const text = ['forms\tof\toff', ...counts.map(([of, off], at) => `count\tprev\tw${at}\t${of}\t${off}`), 'pair\tof\toff\t4\t0\t5'].join('\n')
    const [model] = parsePairModels(text)
    const bins = counts.map((_, at) => pairFeatures(model!, sentence(`The w${at} off it`), 2).find((feature) => feature.startsWith('prev='))!)
    expect(bins).toEqual(['prev=0/1', 'prev=p2/3', 'prev=p1/2', 'prev=p3/4', 'prev=n3/2', 'prev=n2/3', 'prev=n1/3'])
  })

  it('puts the verb’s distance in bins', () => {
    const [model] = parsePairModels(['forms\tof\toff', 'count\tverb\ttook\t0\t9', 'pair\tof\toff\t4\t0\t5'].join('\n'))
    const distance = (text: string, index: number) => pairFeatures(model!, sentence(text), index).find((feature) => feature.includes('@'))
    expect(distance('He took off', 2)).toBe('verb=n3/2@1')
    expect(distance('He took it off', 3)).toBe('verb=n3/2@2')
    expect(distance('He took the very old lid off', 6)).toBe('verb=n3/2@3')
    expect(distance('He took the very old rusty brown lid off', 8)).toBe('verb=n3/2@4')
  })

  it('ships data that parses, with both pairs flagging', () => {
    const models = parsePairModels(clauseModelText)
    expect(models.map((model) => `${model.written}>${model.intended}`)).toEqual(['off>of', 'of>have'])
    expect(models.every((model) => model.threshold !== undefined && model.weights.size > 0)).toBe(true)
    expect(guessClass('wiped')).toBe('vbn')
  })
})
