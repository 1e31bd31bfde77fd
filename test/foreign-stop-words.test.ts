import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {foreignStopWords, foreignStopWordsFile, foreignStopWordsSource, oneSlipApart, stopWordsByLanguage} from '../scripts/foreign-stop-words.js'
import {handForeignFunctionWords, inOneStopList} from '../src/lexicon/foreign-function-words.js'
import {frequentFunctionWords} from '../src/lexicon/function-words.js'

describe('foreign stop words', () => {
  const words = foreignStopWords()

  it('are generated from the stop-word lists (run `npm run foreign-stop-words`)', () => {
    expect(fs.readFileSync(foreignStopWordsFile, 'utf8')).toBe(foreignStopWordsSource(words, stopWordsByLanguage()))
  })

  it('hold no English word, no slip of an English function word and no short entry the hand list lacks', () => {
    for (const english of ['con', 'per', 'son', 'me', 'die', 'come', 'place', 'mon']) expect(words).not.toContain(english)
    // One slip from `been`, `the`, `on`: a typing slip stays a slip.
    for (const slip of ['bien', 'bon', 'ihe']) expect(words).not.toContain(slip)
    expect(words.filter((word) => word.length <= 2 && !handForeignFunctionWords.has(word))).toEqual([])
    expect(words.filter((word) => [...frequentFunctionWords].some((closed) => oneSlipApart(word, closed)))).toEqual([])
    expect(words).toEqual(expect.arrayContaining(['avec', 'mais', 'nicht', 'muito', 'favore']))
  })

  it('measures one slip as one letter added, dropped or changed, or two side by side swapped', () => {
    expect(oneSlipApart('teh', 'the')).toBe(true)
    expect(oneSlipApart('adn', 'and')).toBe(true)
    expect(oneSlipApart('bien', 'been')).toBe(true)
    expect(oneSlipApart('bon', 'on')).toBe(true)
    expect(oneSlipApart('mais', 'may')).toBe(false)
    expect(oneSlipApart('the', 'the')).toBe(false)
  })

  it('pairs two words of one language, but none with an English function word', () => {
    expect(inOneStopList('mais', 'mon')).toBe(true)
    expect(inOneStopList('favore', 'per')).toBe(true)
    expect(inOneStopList('mais', 'the')).toBe(false)
    expect(inOneStopList('nicht', 'favore')).toBe(false)
  })
})
