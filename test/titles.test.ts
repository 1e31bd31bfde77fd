/** The titles of people: one list, each title of one kind, read by attribution, quotations and spelling. */
import {describe, expect, it} from 'vitest'
import {honorifics, isTitleStop, nameTitles, personalTitles, pluralTitles, titles} from '../src/lexicon/titles.js'
import {titleWords} from '../src/lexicon/title-words.js'

const has = (set: ReadonlySet<string>, words: string) => words.split(' ').map((word) => [word, set.has(word)])
const all = (words: string, value: boolean) => words.split(' ').map((word) => [word, value])

describe('titles', () => {
  it('hold lower-case words without a stop', () => {
    expect([...titles.keys()].filter((word) => !/^[a-z]+$/.test(word))).toEqual([])
  })

  it('read every title as one before a name', () => {
    expect(has(honorifics, 'mr cllr pc mayor sheriff duke imam sir')).toEqual(all('mr cllr pc mayor sheriff duke imam sir', true))
  })

  it('take the abbreviations for the titles that stand only before a name', () => {
    expect(has(personalTitles, 'mr mrs dr sgt cllr pc')).toEqual(all('mr mrs dr sgt cllr pc', true))
    // Written out, a title also heads a common noun in title case (`Vice President`, `General Assembly`).
    expect(has(personalTitles, 'vice prime general mayor')).toEqual(all('vice prime general mayor', false))
  })

  it('give spelling the titles written out, and not the abbreviations', () => {
    expect(has(nameTitles, 'mayor captain sister lady duke sheriff')).toEqual(all('mayor captain sister lady duke sheriff', true))
    expect(has(titleWords, 'mayor mayors duke dukes sisters')).toEqual(all('mayor mayors duke dukes sisters', true))
    // Titles of address are read before a name, but spelling does not weigh them as offices.
    expect(has(nameTitles, 'chief imam coach miss sir')).toEqual(all('chief imam coach miss sir', false))
    expect(has(honorifics, 'chief imam coach miss sir')).toEqual(all('chief imam coach miss sir', true))
    expect(has(titleWords, 'mr dr sgt')).toEqual(all('mr dr sgt', false))
    // `Unckle`, an old spelling, woke with `uncle` as an office.
    expect(titles.has('uncle')).toBe(false)
  })

  it('give each title its kind', () => {
    const kinds = (words: string) => words.split(' ').map((word) => [word, titles.get(word)])
    expect(kinds('mr capt cllr mayor lady sister duke chief coach miss sir prime vice')).toEqual([
      ['mr', 'abbreviation'],
      ['capt', 'abbreviation'],
      ['cllr', 'abbreviation'],
      ['mayor', 'office'],
      ['lady', 'office'],
      ['sister', 'office'],
      ['duke', 'office'],
      ['chief', 'address'],
      ['coach', 'address'],
      ['miss', 'address'],
      ['sir', 'address'],
      ['prime', 'address'],
      ['vice', 'address']
    ])
  })

  it('take the plural abbreviations for titles, their stop a title’s only before a name', () => {
    expect(has(personalTitles, 'drs messrs mmes sens reps govs')).toEqual(all('drs messrs mmes sens reps govs', true))
    expect(has(pluralTitles, 'drs reps dr rep')).toEqual([['drs', true], ['reps', true], ['dr', false], ['rep', false]])
    // A singular title's stop is a title's before any word, as before.
    expect(isTitleStop('Dr', 'Then')).toBe(true)
    expect(isTitleStop('Drs', 'Howry')).toBe(true)
    expect(isTitleStop('Reps', 'Ruiz,')).toBe(true)
    // `reps` is a common word too: lower case, or before a sentence's opener, or at the end, its stop ends a sentence.
    expect(isTitleStop('reps', 'Then')).toBe(false)
    expect(isTitleStop('reps', 'Ruiz')).toBe(false)
    expect(isTitleStop('Reps', 'Then,')).toBe(false)
    expect(isTitleStop('Reps', 'The')).toBe(false)
    expect(isTitleStop('Sens', undefined)).toBe(false)
    expect(isTitleStop('Sens', 'and')).toBe(false)
    expect(isTitleStop('ten', 'Howry')).toBe(false)
    // After `the` a plural title names a team or a house, and its stop ends the sentence; a singular title's is still its own.
    expect(isTitleStop('Sens', 'Brady', 'the')).toBe(false)
    expect(isTitleStop('Reps', 'Senators', 'The')).toBe(false)
    expect(isTitleStop('Sens', 'Brady', 'by')).toBe(true)
    expect(isTitleStop('Dr', 'Ruiz', 'the')).toBe(true)
  })
})
