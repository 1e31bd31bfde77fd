/** `compareWords`: English collation order, with the collator left unloaded for plain words. */
import {afterEach, describe, expect, it, vi} from 'vitest'
import {compareWords} from '../src/analysis/text.js'

/** Every word of one to three letters drawn from `letters`. */
function wordsOf(letters: string): string[] {
  const words: string[] = []
  const grow = (prefix: string) => {
    if (prefix) words.push(prefix)
    if (prefix.length < 3) for (const letter of letters) grow(prefix + letter)
  }
  grow('')
  return words
}

describe('compareWords', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('orders words of ASCII letters and apostrophes as the English collator does, case included', () => {
    const collator = new Intl.Collator('en')
    const words = wordsOf("aAbtTzZ'")
    const differ: string[] = []
    for (const left of words) {
      for (const right of words) if (Math.sign(compareWords(left, right)) !== Math.sign(collator.compare(left, right))) differ.push(`${left} ${right}`)
    }
    expect(differ).toEqual([])
  })

  it('orders accented, hyphenated and apostrophised words as the English collator does', () => {
    const collator = new Intl.Collator('en')
    const words = ['café', 'cafe', 'Cafe', "o'clock", 'oclock', 'co-op', 'coop', 'Zürich', 'zurich', 'naïve', 'naive', 'Łódź', 'lodz']
    for (const left of words) {
      for (const right of words) expect([left, right, Math.sign(compareWords(left, right))]).toEqual([left, right, Math.sign(collator.compare(left, right))])
    }
  })

  it('leaves the collator alone for words of ASCII letters and apostrophes that differ other than in case', () => {
    const localeCompare = vi.spyOn(String.prototype, 'localeCompare')
    expect(['walk', 'Vladimir', 'wills', "will's", 'abe', 'Abd', 'abc'].sort(compareWords)).toEqual(['abc', 'Abd', 'abe', 'Vladimir', 'walk', "will's", 'wills'])
    expect(localeCompare).not.toHaveBeenCalled()
    expect(Math.sign(compareWords('abc', 'Abc'))).toBe(Math.sign('abc'.localeCompare('Abc', 'en')))
    expect(localeCompare).toHaveBeenCalled()
  })
})
