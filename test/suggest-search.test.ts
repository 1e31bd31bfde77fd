/** The suggester's searches: one edit on prebuilt word data, and the typing distance a scan measures candidates by. */
import {describe, expect, it} from 'vitest'
import {createSuggester, rankAdjustment, rankAdjustments, singleSlips, soundsNearlyAlike, typingDistance, type Bucket, type BucketIndex} from '../src/analysis/suggest.js'
import {doubleMetaphone} from 'double-metaphone'
import {letterMask} from '../src/analysis/text.js'
import {buildStringTable, StringTable} from '../src/analysis/word-table.js'

const words = ['the', 'then', 'than', 'them', 'they', 'hen', 'tea', 'tee', 'ten', 'hte', "they're", 'theatre', 'theater', 'there', 'three', 'thee', 'a', 'an', 'at', 'ta', "o'er", 'eh']
const frequencies = new Map(words.map((word, index) => [word, (index * 37) % 1000]))

/** Word data as the word table holds it: a string table, looked up by string and by code units. */
function prebuiltOf(list: ReadonlyArray<string>) {
  const table = new StringTable(buildStringTable(list))
  const none: BucketIndex = {get: () => undefined}
  return {
    has: (word: string) => table.indexOf(word) >= 0,
    hasUnits: (units: Uint16Array, length: number) => table.indexOfUnits(units, length) >= 0,
    buckets: (): [BucketIndex, BucketIndex] => [none, none],
    forms: () => list
  }
}

/**
 * `prebuiltOf` with buckets as the word table gives them: each bucket keeps
 * entry numbers and its letter masks, and makes a word from the table only
 * when a scan asks for it.
 */
function bucketedOf(list: ReadonlyArray<string>) {
  const table = new StringTable(buildStringTable(list))
  const index = (keyOf: (word: string) => string | undefined): BucketIndex => {
    const entries = new Map<string, number[]>()
    for (const word of list) {
      const key = keyOf(word)
      if (key !== undefined) entries.set(key, [...(entries.get(key) ?? []), table.indexOf(word)])
    }
    const buckets = new Map<string, Bucket>()
    for (const [key, numbers] of entries) {
      buckets.set(key, {masks: numbers.map((entry) => letterMask(table.at(entry))), word: (at: number) => table.at(numbers[at]!)})
    }
    return {get: (key) => buckets.get(key)}
  }
  return {
    ...prebuiltOf(list),
    buckets: (): [BucketIndex, BucketIndex] => [index((word) => word.length + word.charAt(0)), index((word) => (word.length > 1 ? word.length + word.charAt(1) : undefined))]
  }
}

describe('single edits on prebuilt word data', () => {
  it('finds the same candidates, in the same order, as the search over the word list', () => {
    const fromList = createSuggester(words, () => frequencies)
    const prebuilt = createSuggester([], () => frequencies, prebuiltOf(words))
    const typed = ['teh', 'th', 'hten', 'thy', 'thhe', 'tehy', "theyr'e", 'theatr', 'thre', 'a', 'x', '', 'oer', 'then', 'tén', 'thë', 'htte', 'tteh', 'heatre', 'thaetre']
    for (const word of typed) {
      // One slip at most: the search over the buckets does not run.
      expect(prebuilt.rank(word, 50, 1), word).toEqual(fromList.rank(word, 50, 1))
      expect(prebuilt.rank(word, 50, 1, false), word).toEqual(fromList.rank(word, 50, 1, false))
    }
  })

  it('finds the same candidates past one slip through buckets that make a word when asked as through the word list', () => {
    const fromList = createSuggester(words, () => frequencies)
    const bucketed = createSuggester([], () => frequencies, bucketedOf(words))
    const typed = ['thaetr', 'theetre', 'thenn', 'hhen', 'atx', 'thrree', 'tehy']
    for (const word of typed) expect(bucketed.rank(word, 50, 2), word).toEqual(fromList.rank(word, 50, 2))
    expect(fromList.rank('thaetr', 50, 2).map((entry) => entry.word)).toContain('theatre')
  })

  it('looks a word up by its code units as by its string', () => {
    const table = new StringTable(buildStringTable(words))
    for (const word of [...words, 'thex', '', 'é']) {
      const units = Uint16Array.from(word + 'zz', (letter) => letter.charCodeAt(0))
      expect(table.indexOfUnits(units, word.length), word).toBe(table.indexOf(word))
    }
  })
})

describe('typingDistance', () => {
  it('gives a pair the same distance whichever words were measured before it', () => {
    const typed = ['teh', 'thier', 'recieve', 'accomodate', 'goverment', 'a', 'occured', 'tommorrow']
    const pairs = typed.flatMap((word) => words.map((candidate) => [word, candidate] as const))
    const alone = pairs.map(([word, candidate]) => {
      // Another word first, so nothing of this one is kept from the call before.
      typingDistance('zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', candidate, 2)
      return typingDistance(word, candidate, 2)
    })
    // Runs of the same typed word, as a scan measures them, and the same pairs reversed.
    expect(pairs.map(([word, candidate]) => typingDistance(word, candidate, 2))).toEqual(alone)
    expect([...pairs].reverse().map(([word, candidate]) => typingDistance(word, candidate, 2))).toEqual([...alone].reverse())
    expect(typingDistance('thier', 'their', 2)).toBeLessThan(1)
  })

  it('#8: prices a letter moved two places as one changed letter, not two edits', () => {
    // `perphas`: the p of perhaps typed two places early; `wierd` beside `wider`: d moved two places on.
    expect(typingDistance('perphas', 'perhaps', 2)).toBe(1)
    expect(typingDistance('wierd', 'wider', 2)).toBe(1)
    // A letter between two of its own (`aac` for aca) is a swap of neighbours, priced below a move.
    expect(typingDistance('aac', 'aca', 2)).toBe(typingDistance('ac', 'ca', 2))
    expect(typingDistance('aac', 'aca', 2)).toBeLessThan(1)
  })

  it('#8: finds a word one moved letter away in the one-slip search', () => {
    const suggester = createSuggester([], () => new Map([['perhaps', 100]]), prebuiltOf(['perhaps', 'perches']))
    expect(suggester.rank('perphas', 3, 1).map((entry) => entry.word)).toEqual(['perhaps'])
  })
})

describe('sound-alike candidates', () => {
  it('#8: puts a candidate that sounds like the typed word before one at the same distance that does not', () => {
    // `tig`: `big` and `dig` are one changed letter away and as common; only `dig` sounds like it.
    const suggester = createSuggester([], () => new Map([['big', 100], ['dig', 100]]), prebuiltOf(['big', 'dig']))
    const ranked = suggester.rank('tig', 2, 1)
    expect(ranked.map((entry) => entry.word)).toEqual(['dig', 'big'])
    expect(ranked[0]!.soundsAlike).toBe(true)
    expect(ranked[1]!.soundsAlike).toBeUndefined()
  })

  it('lifts a sound-alike from just below a one-word list into it, but not past a far commoner word', () => {
    // `big` a little commoner than `dig`: the bonus still puts `dig` first.
    const close = createSuggester([], () => new Map([['big', 110], ['dig', 100]]), prebuiltOf(['big', 'dig']))
    expect(close.rank('tig', 1, 1)).toEqual([{word: 'dig', cost: 1, frequency: Math.log10(101), soundsAlike: true}])
    // `big` a hundred times commoner: no bonus reaches it.
    const far = createSuggester([], () => new Map([['big', 10000], ['dig', 100]]), prebuiltOf(['big', 'dig']))
    expect(far.rank('tig', 1, 1).map((entry) => entry.word)).toEqual(['big'])
  })
})

describe('words spelled by ear', () => {
  it('#8: takes a word with one consonant sound left out for its sound-alike, not one with a sound added or changed', () => {
    // Wednesday's silent d, probably's second b.
    expect(soundsNearlyAlike(doubleMetaphone('wensday'), 'Wednesday')).toBe(true)
    expect(soundsNearlyAlike(doubleMetaphone('probly'), 'probably')).toBe(true)
    // The same key is a sound-alike as before.
    expect(soundsNearlyAlike(doubleMetaphone('adequit'), 'adequate')).toBe(true)
    // A sound put in (`athelete`), or one sound for another, is not.
    expect(soundsNearlyAlike(doubleMetaphone('wednesday'), 'wensday')).toBe(false)
    expect(soundsNearlyAlike(doubleMetaphone('wenday'), 'Wednesday')).toBe(false)
  })

  it('#8: finds the words the dictionary holds only capitalised two slips away, nearest first', () => {
    const capitalWords = ['Wednesday', 'Wednesdays', 'February']
    const suggester = createSuggester([], () => new Map([['wednesday', 500]]), {...prebuiltOf(['weekday']), capitalWords: () => capitalWords})
    expect(suggester.capitals('wensday', 1.3)).toEqual([{word: 'Wednesday', cost: expect.closeTo(1.3, 9), frequency: Math.log10(501)}])
    expect(suggester.capitals('wensday', 1)).toEqual([])
    // Lower-case words are not in this scan.
    expect(suggester.capitals('weekdy', 1).map((entry) => entry.word)).toEqual([])
  })
})

describe('single slips in the order', () => {
  it('#8: names the kind of single slip that makes a candidate into the typed word', () => {
    expect(singleSlips('plae', 'place')).toEqual(['dropped'])
    expect(singleSlips('hal', 'hall')).toEqual(['undoubled'])
    expect(singleSlips('wnat', 'want')).toEqual(['swap'])
    expect(singleSlips('sai', 'say')).toEqual([])
    expect(singleSlips('sayd', 'said')).toEqual([])
    expect(singleSlips('plae', 'play')).toEqual(['yForVowel'])
    expect(singleSlips('tekt', 'test')).toEqual(['otherLetter'])
    // Kinds priced as the distance prices them: a neighbouring key, a vowel for a vowel, a sound-alike, a letter added.
    expect(singleSlips('tesr', 'test')).toEqual([])
    expect(singleSlips('tast', 'test')).toEqual([])
    expect(singleSlips('kat', 'cat')).toEqual([])
    expect(singleSlips('tesst', 'test')).toEqual([])
    // `u` is the key beside `y`: a neighbouring key, not a vowel typed for it.
    expect(singleSlips('tuny', 'tyny')).toEqual([])
    // More than one slip, or none.
    expect(singleSlips('tsat', 'test')).toEqual([])
    expect(singleSlips('pla', 'place')).toEqual([])
    expect(singleSlips('tset', 'tests')).toEqual([])
    expect(singleSlips('test', 'test')).toEqual([])
  })

  it('#8: reads a letter left out beside its own as one of a double, wherever it stands in the run', () => {
    expect(singleSlips('bel', 'bell')).toEqual(['undoubled'])
    expect(singleSlips('bokeeper', 'bookkeeper')).toEqual([])
    expect(singleSlips('bokkeeper', 'bookkeeper')).toEqual(['undoubled'])
    expect(rankAdjustment('bel', 'bell')).toBe(rankAdjustments.undoubled)
    expect(rankAdjustment('tesr', 'test')).toBe(0)
  })

  it('#8: puts a word with a letter left out before an as common one with a letter changed at the same distance', () => {
    // `fiel`: field (d left out) and feel (e typed as i, a vowel for a vowel) are as common.
    expect(typingDistance('fiel', 'field', 1)).toBeLessThan(typingDistance('fiel', 'feel', 1))
    const suggester = createSuggester([], () => new Map([['field', 100], ['feel', 100], ['file', 100]]), prebuiltOf(['field', 'feel', 'file']))
    expect(suggester.suggest('fiel', 3, 1)).toEqual(['field', 'file', 'feel'])
    // `plae`: place (c left out) before play (y for e), though both cost the same in the distance.
    const plae = createSuggester([], () => new Map([['place', 100], ['play', 120]]), prebuiltOf(['place', 'play']))
    expect(typingDistance('plae', 'place', 1)).toBeCloseTo(typingDistance('plae', 'play', 1), 6)
    expect(plae.suggest('plae', 2, 1)).toEqual(['place', 'play'])
  })

  it('#8: keeps the distance of each candidate as the decision reads it', () => {
    const suggester = createSuggester([], () => new Map([['place', 100]]), prebuiltOf(['place']))
    expect(suggester.rank('plae', 1, 1)).toEqual([{word: 'place', cost: typingDistance('plae', 'place', 1), frequency: Math.log10(101)}])
  })
})
