/**
 * The lookup data rules need (dictionary, suggestion index, names), built once
 * per dialect from raw data that an adapter reads from disk. Nothing here
 * touches the filesystem.
 */
import type {Root, Word} from 'nlcst'
import retextSpell from 'retext-spell'
import {VFile} from 'vfile'
import {conventionsOf, dialectForms, parseDialectTable, type Convention, type DialectPair} from './dialect.js'
import {createSuggester, type Suggester} from './suggest.js'

export type Dialect = 'en-US' | 'en-GB' | 'en-CA' | 'en-AU' | 'en-NZ' | 'en-IN'
export const dialects: ReadonlyArray<Dialect> = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-NZ', 'en-IN']

/** Raw data as read from disk by an adapter. */
export interface RawResources {
  readonly dialect: Dialect
  /** Hunspell dictionary for retext-spell. */
  readonly dictionary: {readonly aff: Uint8Array; readonly dic: Uint8Array}
  /** Suggestible lower-case word forms, one per line. */
  readonly words: string
  /** Words accepted as correct but never suggested (rarer words), one per line. */
  readonly moreWords: string
  /** `word<TAB>count` per line. */
  readonly frequencies: string
  /** Known proper names, one per line. */
  readonly knownNames: string
  /** Names a near miss is measured against, one per line. */
  readonly salientNames: string
  /** Multi-word loan phrases (`de facto`), lower case without accents, one per line. */
  readonly loanPhrases: string
  /** `Name<TAB>points`: names a slip may be aimed at, and how much the lists vouch for each. */
  readonly namePriors: string
  /** Correct news words missing from the dictionary, one per line. */
  readonly newsWords: string
  /** British/American spelling patterns (`data/dialect-spellings.tsv`). */
  readonly dialectTable: string
  /** Spellings of one dialect only, `word<TAB>en-US|en-GB` per line. */
  readonly dialectMarkers: string
}

/** An unknown word as retext-spell reports it. */
export interface UnknownWord {
  readonly actual: string
  readonly start: number
  readonly end: number
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
  /** Built on first use: most drafts need few suggestions. */
  readonly suggester: Suggester
  readonly names: {
    readonly known: ReadonlySet<string>
    readonly salient: ReadonlyArray<string>
  }
  /**
   * Loan phrases by each of their words (`facto` → `[['de', 'facto']]`),
   * lower case without accents (see `plainWord`).
   */
  readonly loanPhrases: ReadonlyMap<string, ReadonlyArray<ReadonlyArray<string>>>
  /** Names a slip may be aimed at → how much the name lists vouch for each (see `build-data.mjs`). */
  readonly namePriors: ReadonlyMap<string, number>
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

/** How far (in weighted edits) a rarer word may be from a common word before it is taken for a slip of it. */
const rareWordSlipCost = 1
/** Log10 of a word's count in SUBTLEX (about 1,000 uses in 51 million words) from which it is common. */
const commonWordFrequency = 3

/** A word as loan phrases are listed: lower case, without accents, `œ` as `oe`, straight apostrophes. */
export function plainWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/gi, 'oe').replace(/’/g, "'").toLowerCase()
}

/** Non-empty lines, without `#` comments. */
function lines(text: string): string[] {
  const all = text.split('\n')
  // Generated lists hold no comments or blanks but a final newline: the fast path.
  if (!text.includes('#')) {
    if (all[all.length - 1] === '') all.pop()
    return all
  }
  return all.map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean)
}

export function buildResources(raw: RawResources): Resources {
  // `max: -1` switches retext-spell's own suggestions off: they cost tens of
  // milliseconds per word, and copydesk ranks its own (`max: 0` falls back to 30).
  // `ignoreLiteral: false`: retext-spell would skip a word standing alone
  // between commas or quotes (`, howver,`); copydesk finds URLs, code and
  // handles itself.
  // Built on first use: a draft whose every word is a dictionary form never needs it.
  let spell: ReturnType<typeof retextSpell> | undefined
  const speller = () =>
    (spell ??= retextSpell({
      dictionary: raw.dictionary as {aff: Uint8Array; dic: Uint8Array},
      max: -1,
      ignoreLiteral: false
    }))
  let suggester: Suggester | undefined
  let known: Set<string> | undefined
  let salient: string[] | undefined
  let namePriors: Map<string, number> | undefined
  const newsWords = new Set(lines(raw.newsWords))
  let dialectTable: DialectPair[] | undefined
  let moreWords: Set<string> | undefined
  let loanPhrases: Map<string, string[][]> | undefined
  let markers: Map<string, 'en-US' | 'en-GB'> | undefined
  const formsIn = (word: string, convention: Convention) => {
    dialectTable ??= parseDialectTable(raw.dialectTable)
    return dialectForms(word, convention, dialectTable).filter((form) => result.suggester.has(form))
  }
  const inMoreWords = (word: string) => (moreWords ??= new Set(lines(raw.moreWords))).has(word)
  /**
   * A rarer word is taken as written unless it is one cheap slip from a
   * common word (`soma` for `some`, `stull` for `still`): there the slip is
   * far likelier than the rare word.
   */
  const isMoreWord = (word: string) => {
    if (!inMoreWords(word)) return false
    const lower = word.toLowerCase()
    const suggester = result.suggester
    return !suggester.suggest(lower, 1, rareWordSlipCost).some((near) => suggester.frequency(near) >= commonWordFrequency)
  }

  const result: Resources = {
    dialect: raw.dialect,
    unknownWords(words, file) {
      const tree: Root = Array.isArray(words)
        ? {type: 'RootNode', children: [{type: 'ParagraphNode', children: [{type: 'SentenceNode', children: [...words]}]}]}
        : (words as Root)
      if (tree.children.length === 0 || (Array.isArray(words) && words.length === 0)) return []
      const scratch = new VFile({path: file.path, value: String(file)})
      let failure: unknown
      // Sync: the dictionary is passed in loaded, so the transform finishes in the call.
      speller()(tree, scratch, (error?: unknown) => {
        failure = error
      })
      if (failure) throw failure
      return scratch.messages.map((message) => ({
        actual: message.actual ?? '',
        start: message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0,
        end: message.place && 'end' in message.place ? (message.place.end.offset ?? 0) : 0
      }))
    },
    isKnownForm(word) {
      const forms = this.suggester
      if (forms.has(word) || isMoreWord(word)) return true
      const lower = word.toLowerCase()
      // nspell takes `Walked` and `WALKED` for `walked`, but not `walKed`.
      return (
        lower !== word &&
        (forms.has(lower) || isMoreWord(lower)) &&
        (word.slice(1) === lower.slice(1) || word === word.toUpperCase())
      )
    },
    isWord(word) {
      const lower = word.toLowerCase()
      return this.suggester.has(lower) || isMoreWord(word) || isMoreWord(lower) || newsWords.has(lower)
    },
    get suggester() {
      suggester ??= createSuggester(lines(raw.words), () => {
        const frequencies = new Map<string, number>()
        for (const line of lines(raw.frequencies)) {
          const tab = line.indexOf('\t')
          frequencies.set(line.slice(0, tab), Number(line.slice(tab + 1)))
        }
        return frequencies
      })
      return suggester
    },
    get names() {
      known ??= new Set(lines(raw.knownNames))
      salient ??= lines(raw.salientNames)
      return {known, salient}
    },
    get loanPhrases() {
      if (!loanPhrases) {
        loanPhrases = new Map()
        for (const line of lines(raw.loanPhrases)) {
          const phrase = line.split(' ')
          for (const word of new Set(phrase)) {
            const list = loanPhrases.get(word)
            if (list) list.push(phrase)
            else loanPhrases.set(word, [phrase])
          }
        }
      }
      return loanPhrases
    },
    get namePriors() {
      if (!namePriors) {
        namePriors = new Map()
        for (const line of lines(raw.namePriors)) {
          const tab = line.indexOf('\t')
          namePriors.set(line.slice(0, tab), Number(line.slice(tab + 1)))
        }
      }
      return namePriors
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
      if (!markers) {
        markers = new Map()
        for (const line of lines(raw.dialectMarkers)) {
          const tab = line.indexOf('\t')
          markers.set(line.slice(0, tab), line.slice(tab + 1) as 'en-US' | 'en-GB')
        }
      }
      return markers.get(word)
    }
  }
  return result
}
