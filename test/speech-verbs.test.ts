/** The verbs of saying: each subset holds the forms its use needs, made by one inflection. */
import {describe, expect, it} from 'vitest'
import {
  pronounSpeechVerbs,
  reportingVerbs,
  sourceVerbs,
  strongSpeechVerbs,
  tagVerbs,
  trailingAttributionVerbs,
  weakSpeechVerbs
} from '../src/lexicon/speech-verbs.js'

const has = (set: ReadonlySet<string>, words: string) => words.split(' ').map((word) => [word, set.has(word)])
const all = (words: string, value: boolean) => words.split(' ').map((word) => [word, value])

describe('speech verbs', () => {
  it('inflect regular verbs and take the listed irregular forms', () => {
    expect(has(strongSpeechVerbs, 'reply replies replied replying argue argues argued arguing')).toEqual(
      all('reply replies replied replying argue argues argued arguing', true)
    )
    expect(has(weakSpeechVerbs, 'stresses stressed deny denies denied agree agrees agreed find finds found')).toEqual(
      all('stresses stressed deny denies denied agree agrees agreed find finds found', true)
    )
    expect(has(strongSpeechVerbs, 'said written wrote quipped marvelled marveled emailed e-mailed')).toEqual(
      all('said written wrote quipped marvelled marveled emailed e-mailed', true)
    )
    expect(has(sourceVerbs, 'thought understood believes describe')).toEqual(all('thought understood believes describe', true))
  })

  it('give each use only the forms it needs', () => {
    // `-ing` only where it attributes; `counter` and `quote` only in the past.
    expect(has(strongSpeechVerbs, 'saying adding laughing counter countered quote quoted')).toEqual([
      ['saying', true],
      ['adding', true],
      ['laughing', false],
      ['counter', false],
      ['countered', true],
      ['quote', false],
      ['quoted', true]
    ])
    // `he said`, never `he written` or `he saying`; no verbs with other senses.
    expect(has(pronounSpeechVerbs, 'say says said wrote written saying called found')).toEqual([
      ['say', true],
      ['says', true],
      ['said', true],
      ['wrote', true],
      ['written', false],
      ['saying', false],
      ['called', false],
      ['found', false]
    ])
    expect([...trailingAttributionVerbs].filter((word) => !/(?:ed|said|told|wrote)$/.test(word)).sort()).toEqual([
      'adds', 'asks', 'continues', 'explains', 'insists', 'notes', 'recalls', 'says', 'tells', 'warns', 'writes'
    ])
    // A tag's verbs: the trailing ones and every verb whose only sense is saying, in the past or the present.
    expect(has(tagVerbs, 'said intoned whispers yelled exclaimed answered smiled nodded')).toEqual([
      ['said', true],
      ['intoned', true],
      ['whispers', true],
      ['yelled', true],
      ['exclaimed', true],
      ['answered', false],
      ['smiled', false],
      ['nodded', false]
    ])
    expect([...reportingVerbs].sort()).toEqual(['added', 'announced', 'said', 'says', 'stated', 'tells', 'told'])
  })
})
