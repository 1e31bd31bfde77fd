import {describe, expect, it} from 'vitest'
import {closedClassWords, isGluedPair} from '../src/lexicon/function-words.js'
import {isCompound} from '../src/analysis/words.js'

describe('closed-class words', () => {
  it('are lower case', () => {
    for (const word of closedClassWords) expect(word).toBe(word.toLowerCase())
  })

  it('leave out the particles and adverbs English closes up with a word', () => {
    for (const word of ['over', 'under', 'out', 'up', 'down', 'off', 'back', 'through', 'about', 'after', 'before', 'by', 'in', 'on', 'ever', 'here', 'then', 'well']) {
      expect(closedClassWords.has(word)).toBe(false)
    }
  })

  it('read a closed-class word on either side as two words run together', () => {
    expect(isGluedPair('this', 'week')).toBe(true)
    expect(isGluedPair('next', 'week')).toBe(true)
    expect(isGluedPair('with', 'their')).toBe(true)
    expect(isGluedPair('would', 'have')).toBe(true)
    expect(isGluedPair('chart', 'room')).toBe(false)
    expect(isGluedPair('through', 'route')).toBe(false)
  })

  it('read a pronominal adverb (here, there or where and a preposition) as one word, but not there and a verb', () => {
    expect(isGluedPair('there', 'from')).toBe(false)
    expect(isGluedPair('where', 'upon')).toBe(false)
    expect(isGluedPair('here', 'with')).toBe(false)
    expect(isGluedPair('there', 'were')).toBe(true)
  })

  it('read a pronoun before self or selves as a reflexive pronoun, not two words run together', () => {
    expect(isGluedPair('them', 'self')).toBe(false)
    expect(isGluedPair('their', 'selves')).toBe(false)
    expect(isGluedPair('them', 'same')).toBe(true)
  })
})

describe('isCompound', () => {
  const words = new Set(['chart', 'room', 'this', 'week', 'each', 'other', 'there', 'from'])
  const has = (word: string) => words.has(word)

  it('takes two content words closed up for a compound, not a closed-class word and another', () => {
    expect(isCompound('chartroom', has)).toBe(true)
    expect(isCompound('thisweek', has)).toBe(false)
    expect(isCompound('eachother', has)).toBe(false)
    expect(isCompound('therefrom', has)).toBe(true)
  })
})
