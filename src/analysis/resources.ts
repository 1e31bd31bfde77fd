/**
 * The lookup data rules need (dictionary, suggestion index, names) for one
 * dialect, read from the word table an adapter loads (`word-data.ts`).
 * Nothing here touches the filesystem.
 */
import type {Root, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {conventionsOf, dialectForms, parseDialectTable, type Convention, type DialectPair} from './dialect.js'
import {hunspellCheck, unknownWordsIn, type HunspellCheck, type UnknownWord} from './hunspell.js'
import {costWithInitial, createSuggester, type BucketIndex, type Suggester} from './suggest.js'
import {dialects, mark, type Dialect, type WordData} from './word-data.js'
import {hash, lines} from './word-table.js'
import {suffixSwaps} from '../lexicon/suffix-sounds.js'
import type {LetterModel} from './letter-odds.js'

export {dialects, type Dialect, type UnknownWord}

/** What an adapter hands over: the word table and the dialect to read from it. */
export interface RawResources {
  readonly dialect: Dialect
  readonly data: WordData
}

export interface Resources {
  readonly dialect: Dialect
  /**
   * Of the given word nodes (or every word of a tree), those retext-spell
   * does not find in the dictionary, in document order.
   */
  unknownWords(words: Root | ReadonlyArray<Word>, file: VFile): UnknownWord[]
  /**
   * Whether a word is surely spelled right: one of the dictionary's forms,
   * or a news word, as written or capitalised. Cheap; used to spare
   * retext-spell the bulk of the words.
   */
  isKnownForm(word: string): boolean
  /**
   * Whether a word, as written or in lower case, is a word of the dialect:
   * suggestible, a rarer word never suggested, or a news word.
   */
  isWord(word: string): boolean
  /**
   * Whether a lower-case word is one of the dialect's rarer words, never
   * suggested (`browny`, `darkling`), even one cheap slip from a common word.
   */
  isRarerWord(word: string): boolean
  /**
   * Whether the dialect's dictionary holds a capitalised word of four
   * letters or more only with its capital (`Khrushchev`, `Rembrandt`,
   * `Eisenhower`): a proper noun. Shorter ones are mostly abbreviations
   * (`Tu`, `Dr`), whose `+s` is more often a slip (`Tus`: Thus).
   */
  isProperNoun(word: string): boolean
  /** Built on first use: most drafts need few suggestions. */
  readonly suggester: Suggester
  /**
   * The letter models of the name priors' names and of the dialect's forms
   * (`letter-odds.ts`), read from the word table where it holds them
   * prebuilt; else undefined, and the slip decisions build them.
   */
  readonly letterModels?: {readonly names: LetterModel; readonly words: LetterModel} | undefined
  /**
   * The name priors' names of one first letter and length (`J5`) as columns
   * in list order, with their letter masks, priors and census shares, as
   * `namePriors` and `nameCensus` give them; read from the word table where
   * it groups them (a scan asks for a few groups), else undefined.
   */
  readonly nameTargetColumns?: ((key: string) => NameTargetColumns | undefined) | undefined
  readonly names: {
    readonly known: ReadonlySet<string>
    /** Looked up in the table as they are: a draft asks about a few of them. */
    readonly salient: ReadonlySet<string>
  }
  /**
   * Loan phrases by each of their words (`facto` → `[['de', 'facto']]`),
   * lower case without accents (see `plainWord`).
   */
  readonly loanPhrases: {get(word: string): ReadonlyArray<ReadonlyArray<string>> | undefined}
  /** Names a slip may be aimed at → how much the name lists vouch for each (see `build-data.mjs`). */
  readonly namePriors: ReadonlyMap<string, number>
  /**
   * The names of `namePriors`, in the same order → log2 of their uses per
   * 10 million people in the 1990 US Census lists, estimated from their
   * rank, 0 when the lists lack them (see `build-data.mjs`).
   */
  readonly nameCensus: ReadonlyMap<string, number>
  /**
   * The role the name lists give a name (see `build-data.mjs`): `given`
   * (Donna, Eric), `surname` (Dunne, Hoffer), or undefined for a name
   * common in both roles (Lee, Allen, Kelly) or in no list that says.
   */
  nameRole(name: string): NameRole | undefined
  /**
   * A name's census share as a given name less its share as a surname, in
   * bits (`nameCensus` is the larger of the two): Donna 11.75, Dunne −4.6;
   * 0 for a name the census does not rank.
   */
  nameLean(name: string): number
  /**
   * The census share (as `nameCensus`) of a census surname that is also an
   * ordinary word (Smith 16.6, Baker 12.3), which `namePriors` leaves out
   * (see `build-data.mjs`); undefined for any other name or word, and in an
   * older table.
   */
  wordSurnameShare(name: string): number | undefined
  /** News words the dictionary lacks (lower case). */
  readonly newsWords: ReadonlySet<string>
  /** Whether a lower-case word is a standard spelling of another dialect. */
  isOtherDialect(word: string): boolean
  /** The convention (American or British) a word is spelled in when this dialect spells it otherwise. */
  otherConvention(word: string): Convention | undefined
  /** This dialect's spellings of another dialect's word (`colour` → `color` in en-US). */
  dialectForms(word: string): string[]
  /** The one dialect of American and British that spells a lower-case word so (`theater`: en-US), if only one does. */
  dialectMarker(word: string): 'en-US' | 'en-GB' | undefined
}

/** Where the name lists put a name: first (`given`) or last (`surname`). */
export type NameRole = 'given' | 'surname'

/** Names of one first letter and length, side by side (see `Resources.nameTargetColumns`). */
export interface NameTargetColumns {
  /**
   * The name at a place in the group, made from the word table's code units
   * when asked for: a scan's letter masks let about one name in fifteen
   * near a token, and a run that kept every group's names as strings held
   * some 8 MB of them per checking thread.
   */
  readonly name: (at: number) => string
  readonly masks: Int32Array
  readonly priors: Float64Array
  readonly census: Float64Array
}

/** How far (in weighted edits) a rarer word may be from a common word before it is taken for a slip of it. */
const rareWordSlipCost = 1
/** Log10 of a word's count in SUBTLEX (about 1,000 uses in 51 million words) from which it is common. */
const commonWordFrequency = 3
/** Powers of ten by which a common word one cheap slip away must outnumber a rarer word (lower case as written) to be taken for its slip. */
const rareWordOdds = 3
/**
 * Powers of ten by which a word of the dictionary one sound-alike ending
 * away (`suffixSwaps`: `publicly` beside `publically`) must outnumber a
 * rarer word in SUBTLEX counts for the rarer word to be taken for its
 * misspelling. One power of ten: a rarer word about as common as the
 * dictionary's form (`protestor`, `conjuror`, `adjustor`) is a variant a
 * writer chose.
 */
const rareSuffixOdds = 1

/** Points from which the name lists vouch strongly for a name (German, April). */
const strongNamePrior = 3
const vowelLetters = 'aeiou'

/**
 * Whether a capitalised word is one changed vowel (after its first vowel)
 * from a name the lists vouch for strongly (`Germen`: German). Its
 * lower-case form may be a rarer word (germen), but capitalised in a draft
 * it is far likelier a slip of the name: the spelling decision weighs it.
 * A left-out letter or a changed first vowel reaches too far (`Grands Crus`
 * is no slip of Cyrus or Cris).
 */
function isSlipOfStrongName(word: string, priors: ReadonlyMap<string, number>): boolean {
  const strong = (form: string) => (priors.get(form) ?? 0) >= strongNamePrior
  // After the first vowel: the slip channel prices a changed first vowel as a rare slip.
  const firstVowel = word.toLowerCase().search(/[aeiou]/)
  for (let at = Math.max(1, firstVowel + 1); at < word.length; at++) {
    if (vowelLetters.includes(word[at]!)) {
      for (const vowel of vowelLetters) if (vowel !== word[at] && strong(word.slice(0, at) + vowel + word.slice(at + 1))) return true
    }
  }
  return false
}

/** Bits of the filter of loan-phrase words: some 8,000 words set under 4 % of them. */
const loanFilterBits = 1 << 18

/** A word as loan phrases are listed: lower case, without accents, `œ` as `oe`, straight apostrophes. */
export function plainWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/gi, 'oe').replace(/’/g, "'").toLowerCase()
}

export function buildResources(raw: RawResources): Resources {
  const data = raw.data
  const strings = data.strings
  const dialectBit = 1 << dialects.indexOf(raw.dialect)
  // Built on first use: a draft whose every word is a dictionary form never needs it.
  let hunspell: HunspellCheck | undefined
  let suggester: Suggester | undefined
  let buckets: [BucketIndex, BucketIndex] | undefined
  let names: Resources['names'] | undefined
  let targetColumns: ((key: string) => NameTargetColumns | undefined) | undefined
  // Null: the table holds no prebuilt letter models.
  let letterModels: {readonly names: LetterModel; readonly words: LetterModel} | null | undefined
  let namePriors: ReadonlyMap<string, number> | undefined
  let nameCensus: ReadonlyMap<string, number> | undefined
  let wordSurnames: ReadonlySet<string> | null | undefined
  const newsWords = new EntrySet(data, data.list('news-words'), (entry) => (data.marks[entry]! & mark.newsWord) !== 0)
  let dialectTable: DialectPair[] | undefined
  // By word, filled as words are asked about: a draft asks about its few unknown words only.
  const loanPhrases = new Map<string, string[][] | undefined>()
  // Most words asked about are in no loan phrase: a filter of the phrases' words answers them at once.
  let loanFilter: Uint8Array | undefined
  const formsIn = (word: string, convention: Convention) => {
    dialectTable ??= parseDialectTable(data.meta.dialectTable)
    return dialectForms(word, convention, dialectTable).filter((form) => result.suggester.has(form))
  }
  const inMoreWords = (word: string) => {
    const entry = strings.indexOf(word)
    return entry >= 0 && (data.more[entry]! & dialectBit) !== 0
  }
  /**
   * A rarer word is taken as written unless it is one cheap slip from a
   * common word (`soma` for `some`, `stull` for `still`) that is far
   * commoner than it: more than `rareWordOdds` powers of ten in SUBTLEX
   * counts (`juke` beside `joke` and `pater` beside `peter` stand). A
   * capitalised token (`strict`) is weighed as before, against any common
   * word one cheap slip away: capitalised, the rare lower-case word is weak
   * evidence (a foreign name's `Ecole`). A variant spelling of the common
   * word itself (`theatre` beside `theater`) is no slip of it. A common word
   * reached only through the first letter is no cheap slip: typists seldom
   * slip on the letter a word starts with, and the first letter's price in
   * the suggestion order (`initialChangeCost`) takes it past
   * `rareWordSlipCost` (`motional` beside emotional, `tactually` beside
   * actually stand).
   */
  const isMoreWord = (word: string, strict = false) => inMoreWords(word) && moreWordStands(word, strict)
  /** `isMoreWord` for a word known to be one of the dialect's rarer words. */
  const moreWordStands = (word: string, strict = false) => {
    const lower = word.toLowerCase()
    const suggester = result.suggester
    const common = suggester
      .rank(lower, 3, rareWordSlipCost)
      .filter((candidate) => costWithInitial(lower, candidate) <= rareWordSlipCost)
      .slice(0, 1)
      .map((candidate) => candidate.word)
      .filter((form) => suggester.frequency(form) >= commonWordFrequency)
    const own = strict || common.length === 0 ? 0 : suggester.frequency(lower)
    const near = strict ? common : common.filter((form) => suggester.frequency(form) - own > rareWordOdds)
    return (near.length === 0 || near.every((form) => result.dialectForms(lower).includes(form))) && !isEndingMisspelling(lower)
  }
  /**
   * Whether a rarer word is an ending spelled by ear (`publically`,
   * `intension`, `conquerer`) for a dictionary word: the same stem with a
   * sound-alike ending (`suffixSwaps`) is a word of the dialect more than
   * `rareSuffixOdds` powers of ten commoner in SUBTLEX counts. A word some
   * dialect's dictionary holds (`judgement`, `imposter`, `adaptor`,
   * `dependant`) is a variant, not a misspelling, in every dialect.
   */
  const isEndingMisspelling = (lower: string) => {
    const entry = strings.indexOf(lower)
    if (entry < 0 || data.words[entry] !== 0) return false
    const swaps = suffixSwaps(lower)
    if (swaps.length === 0) return false
    const suggester = result.suggester
    const own = suggester.frequency(lower)
    return swaps.some((form) => suggester.has(form) && suggester.frequency(form) - own > rareSuffixOdds && !result.dialectForms(lower).includes(form))
  }

  const result: Resources = {
    dialect: raw.dialect,
    unknownWords(words, file) {
      const tree: Root = Array.isArray(words)
        ? {type: 'RootNode', children: [{type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [...words]}]}]}
        : (words as Root)
      if (tree.children.length === 0 || (Array.isArray(words) && words.length === 0)) return []
      hunspell ??= hunspellCheck(data, data.meta.dictionaryOf[raw.dialect])
      return unknownWordsIn(tree, hunspell)
    },
    isKnownForm(word) {
      // Every word of a draft is asked: one look in the table answers both
      // whether it is a form (the suggester's `has`) and whether it is a rarer word.
      const entry = strings.indexOf(word)
      if (entry >= 0 && ((data.words[entry]! & dialectBit) !== 0 || ((data.more[entry]! & dialectBit) !== 0 && moreWordStands(word)))) return true
      const lower = word.toLowerCase()
      if (lower === word) return false
      // nspell takes `Walked` and `WALKED` for `walked`, but not `walKed`.
      const capitalised = word.slice(1) === lower.slice(1)
      if (!capitalised && word !== word.toUpperCase()) return false
      const lowerEntry = strings.indexOf(lower)
      if (lowerEntry < 0) return false
      if ((data.words[lowerEntry]! & dialectBit) !== 0) return true
      return (data.more[lowerEntry]! & dialectBit) !== 0 && moreWordStands(lower, true) && !(capitalised && isSlipOfStrongName(word, this.namePriors))
    },
    isWord(word) {
      const lower = word.toLowerCase()
      return this.suggester.has(lower) || isMoreWord(word, word !== lower) || isMoreWord(lower, word !== lower) || newsWords.has(lower)
    },
    isRarerWord(word) {
      return inMoreWords(word)
    },
    isProperNoun(word) {
      const lower = word.toLowerCase()
      if (word.length < 4 || lower === word || word.slice(1) !== lower.slice(1)) return false
      hunspell ??= hunspellCheck(data, data.meta.dictionaryOf[raw.dialect])
      return hunspell.correct(word) && !hunspell.correct(lower)
    },
    get suggester() {
      suggester ??= createSuggester([], () => new EntryMap(data, data.list('frequencies'), mark.frequency, data.frequency), {
        has(word) {
          const entry = strings.indexOf(word)
          return entry >= 0 && (data.words[entry]! & dialectBit) !== 0
        },
        hasUnits(units, length) {
          const entry = strings.indexOfUnits(units, length)
          return entry >= 0 && (data.words[entry]! & dialectBit) !== 0
        },
        buckets: () => (buckets ??= data.buckets(raw.dialect)),
        // The first-letter buckets hold every form of the dialect once.
        forms: () => data.listStrings(`first-${raw.dialect}`),
        capitalWords: () => data.listStrings(`capital-${raw.dialect}`)
      })
      return suggester
    },
    get letterModels() {
      if (letterModels === undefined) {
        const names = data.letterModel('names')
        const words = data.letterModel(`words-${raw.dialect}`)
        letterModels = names && words ? {names, words} : null
      }
      return letterModels ?? undefined
    },
    get nameTargetColumns() {
      if (!data.meta.nameTargets) return undefined
      // One function for the resources: the slip decisions keep its groups under it.
      return (targetColumns ??= (key: string) => {
        const entries = data.nameTargets(key)
        if (!entries) return undefined
        // As `namePriors` and `nameCensus` read them (census shares in eighths).
        // One plain loop: a group is read once per run, so its code stays cold, and
        // `TypedArray.from` with a mapping function cost some 4 ms a group in an editor's lint.
        const masks = new Int32Array(entries.length)
        const priors = new Float64Array(entries.length)
        const census = new Float64Array(entries.length)
        for (let at = 0; at < entries.length; at++) {
          const entry = entries[at]!
          masks[at] = data.masks[entry]!
          priors[at] = data.prior[entry]!
          census[at] = data.census[entry]! * (1 / 8)
        }
        return {name: (at: number) => strings.at(entries[at]!), masks, priors, census}
      })
    },
    get names() {
      names ??= {
        known: new EntrySet(data, data.list('known-names'), (entry) => (data.marks[entry]! & mark.knownName) !== 0),
        salient: listSet(data, data.list('salient-names'))
      }
      return names
    },
    loanPhrases: {
      get(word) {
        if (loanPhrases.has(word)) return loanPhrases.get(word)
        loanFilter ??= strings.wordFilter(data.list('loan-phrases'), loanFilterBits)
        const bit = hash(word) & (loanFilterBits - 1)
        if ((loanFilter[bit >>> 3]! & (1 << (bit & 7))) === 0) return undefined
        let found: string[][] | undefined
        if (word !== '' && !word.includes(' ')) {
          for (const entry of strings.entriesWithWord(data.list('loan-phrases'), word)) (found ??= []).push(strings.at(entry).split(' '))
        }
        loanPhrases.set(word, found)
        return found
      }
    },
    get namePriors() {
      namePriors ??= new EntryMap(data, data.list('name-priors'), mark.prior, data.prior)
      return namePriors
    },
    get nameCensus() {
      nameCensus ??= new EntryMap(data, data.list('name-priors'), mark.prior, data.census, 1 / 8)
      return nameCensus
    },
    nameRole(name) {
      const entry = strings.indexOf(name)
      if (entry < 0) return undefined
      const marks = data.marks[entry]!
      return marks & mark.givenName ? 'given' : marks & mark.surname ? 'surname' : undefined
    },
    wordSurnameShare(name) {
      // Null: an older table without the list.
      wordSurnames ??= data.hasList('word-surnames') ? listSet(data, data.list('word-surnames')) : null
      if (!wordSurnames?.has(name)) return undefined
      return data.census[strings.indexOf(name)]! / 8
    },
    nameLean(name) {
      const entry = strings.indexOf(name)
      return entry < 0 ? 0 : data.lean[entry]! * (1 / 8)
    },
    newsWords,
    isOtherDialect(word) {
      // By the pattern table rather than the other dialect's whole word list:
      // loading that cost more than the rest of a cold start's data.
      return this.dialectForms(word).length > 0
    },
    otherConvention(word) {
      // A form of this dialect's convention spelled the other way round.
      for (const convention of conventionsOf(raw.dialect)) {
        if (formsIn(word, convention).length > 0) return convention === 'American' ? 'British' : 'American'
      }
      return undefined
    },
    dialectForms(word) {
      return [...new Set(conventionsOf(raw.dialect).flatMap((convention) => formsIn(word, convention)))]
    },
    dialectMarker(word) {
      const entry = strings.indexOf(word)
      if (entry < 0) return undefined
      const marks = data.marks[entry]!
      return marks & mark.americanOnly ? 'en-US' : marks & mark.britishOnly ? 'en-GB' : undefined
    }
  }
  return result
}

/** A list of the word table seen as a read-only set: lookups by hash, iteration in the list's order. */
class EntrySet implements ReadonlySet<string> {
  readonly size: number
  constructor(
    private readonly data: WordData,
    private readonly entries_: Uint32Array,
    private readonly holds: (entry: number) => boolean
  ) {
    this.size = entries_.length
  }

  has(value: string): boolean {
    const entry = this.data.strings.indexOf(value)
    return entry >= 0 && this.holds(entry)
  }

  *values(): SetIterator<string> {
    for (const entry of this.entries_) yield this.data.strings.at(entry)
  }

  keys(): SetIterator<string> {
    return this.values()
  }

  *entries(): SetIterator<[string, string]> {
    for (const value of this.values()) yield [value, value]
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArgument?: unknown): void {
    for (const value of this.values()) callback.call(thisArgument, value, value, this)
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values()
  }
}

/**
 * A list of the word table as a set, without a mark of its own: membership
 * by a binary search on its entry numbers, sorted once. Cheaper at start
 * than reading the list's thousands of strings into a `Set` (the salient
 * names took 7–12 ms of a cold start that way).
 */
function listSet(data: WordData, entries: Uint32Array): EntrySet {
  const sorted = Uint32Array.from(entries).sort()
  return new EntrySet(data, entries, (entry) => {
    let low = 0
    let high = sorted.length - 1
    while (low <= high) {
      const middle = (low + high) >>> 1
      const found = sorted[middle]!
      if (found === entry) return true
      if (found < entry) low = middle + 1
      else high = middle - 1
    }
    return false
  })
}

/** A keyed list of the word table (frequencies, name priors, census shares) seen as a read-only map. */
class EntryMap implements ReadonlyMap<string, number> {
  readonly size: number
  constructor(
    private readonly data: WordData,
    private readonly entries_: Uint32Array,
    private readonly flag: number,
    private readonly column: Uint32Array | Uint8Array,
    /** Each stored value times this (the census shares are stored in eighths). */
    private readonly scale = 1
  ) {
    this.size = entries_.length
  }

  get(key: string): number | undefined {
    const entry = this.data.strings.indexOf(key)
    return entry >= 0 && (this.data.marks[entry]! & this.flag) !== 0 ? this.column[entry]! * this.scale : undefined
  }

  has(key: string): boolean {
    return this.get(key) !== undefined
  }

  *entries(): MapIterator<[string, number]> {
    for (const entry of this.entries_) yield [this.data.strings.at(entry), this.column[entry]! * this.scale]
  }

  *keys(): MapIterator<string> {
    for (const entry of this.entries_) yield this.data.strings.at(entry)
  }

  *values(): MapIterator<number> {
    for (const entry of this.entries_) yield this.column[entry]! * this.scale
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void, thisArgument?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArgument, value, key, this)
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries()
  }
}
