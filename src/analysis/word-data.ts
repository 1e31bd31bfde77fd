/**
 * What copydesk's word table holds (see `word-table.ts` for the layout):
 * one entry per distinct string of every list, and per entry
 *
 * - `words`: bit `d` set when the entry is a suggestible word of dialect `d`
 *   (`dialects` order; `generated/words-<dialect>.txt`);
 * - `more`: bit `d` set when it is a rarer word of dialect `d`, accepted but
 *   never suggested (`generated/more-words-<dialect>.txt`);
 * - `hunspell`: four bits per Hunspell dictionary `k` (bits `4k` to `4k+3`):
 *   a form of that dictionary once its affix rules are applied, and of those
 *   forms the ones flagged ONLYINCOMPOUND, FORBIDDENWORD and KEEPCASE;
 * - `marks`: a known name, a news word, has a frequency, has a name prior,
 *   an American-only or a British-only spelling, a name the lists hold as
 *   a given name or as a surname (`mark` below);
 * - `frequency` (SUBTLEX count), `prior` (name-list points) and `census`
 *   (a name's share in the 1990 US Census lists, for entries with a prior);
 * - `lean`: a name's given-name share less its surname share in the census
 *   lists, in eighths of a bit, signed (`generated/name-roles.txt`).
 *
 * Lists keep each source file's order (`list:<name>`), as entry numbers;
 * each dialect's words are listed by suggestion bucket (`first-<dialect>`,
 * `second-<dialect>`, with the buckets' ranges in the header), and the name
 * priors' names by first letter and length (`name-targets`, the groups'
 * ranges in the header as `nameTargets`). The letter models of
 * `letter-odds.ts` are stored as trigram counts: one over the name priors'
 * names (`letters:names`), one over each dialect's forms
 * (`letters:words-<dialect>`).
 */
import type {Bucket, BucketIndex} from './suggest.js'
import {StringTable, unpackSections, type Unpacked} from './word-table.js'
import {modelFromCounts, type LetterModel} from './letter-odds.js'

export type Dialect = 'en-US' | 'en-GB' | 'en-CA' | 'en-AU' | 'en-NZ' | 'en-IN'
export const dialects: ReadonlyArray<Dialect> = ['en-US', 'en-GB', 'en-CA', 'en-AU', 'en-NZ', 'en-IN']

export const mark = {
  knownName: 1,
  newsWord: 2,
  frequency: 4,
  prior: 8,
  americanOnly: 16,
  britishOnly: 32,
  /** The name lists hold the name as a given name (`generated/name-roles.txt`). */
  givenName: 64,
  /** The name lists hold the name as a surname. */
  surname: 128
} as const

export const hunspellBit = {form: 1, onlyInCompound: 2, forbidden: 4, keepCase: 8} as const

/** How one Hunspell dictionary checks a word beyond its list of forms (nspell's reading of the `.aff` file). */
export interface DictionaryRules {
  /** The npm package the dictionary comes from. */
  readonly name: string
  /** COMPOUNDMIN, or null when the dictionary sets none. */
  readonly compoundMin: number | null
  /** Compound rules as regular expressions over whole words: `[source, flags]`. */
  readonly compoundRules: ReadonlyArray<readonly [string, string]>
  /** ICONV input conversions: `[source, flags, replacement]`. */
  readonly conversions: ReadonlyArray<readonly [string, string, string]>
}

export interface WordDataMeta {
  readonly dialects: ReadonlyArray<Dialect>
  readonly dictionaries: ReadonlyArray<DictionaryRules>
  /** Dialect → its dictionary's index in `dictionaries`. */
  readonly dictionaryOf: Readonly<Record<Dialect, number>>
  /** Each dialect's suggestion buckets: key (`length + letter`) → range in `list:first-<dialect>` or `list:second-<dialect>`. */
  readonly buckets: Readonly<Record<Dialect, {readonly first: Readonly<Record<string, [number, number]>>; readonly second: Readonly<Record<string, [number, number]>>}>>
  /** The name priors' names by first letter and length (`charAt(0) + length`) → range in `list:name-targets`, in list order; absent from an older table. */
  readonly nameTargets?: Readonly<Record<string, [number, number]>>
  /** SHA-256 of the table's content: the same data gives the same hash on any machine. */
  readonly contentHash: string
  /** `data/dialect-spellings.tsv` as written. */
  readonly dialectTable: string
}

/** Names of the ordered lists. */
export type ListName =
  | 'known-names'
  | 'salient-names'
  | 'name-priors'
  /** `name-priors` grouped by first letter and length (`nameTargets` in the header). */
  | 'name-targets'
  /** Census surnames that are also ordinary words (Smith, Baker), no name targets: their census shares are in `census`. */
  | 'word-surnames'
  | 'frequencies'
  | 'loan-phrases'
  | 'news-words'
  | 'dialect-markers'
  | `first-${Dialect}`
  | `second-${Dialect}`
  /** Forms the dialect's dictionary holds only capitalised, common enough to suggest (`February`). */
  | `capital-${Dialect}`

export class WordData {
  readonly meta: WordDataMeta
  readonly strings: StringTable
  readonly words: Uint8Array
  readonly more: Uint8Array
  readonly hunspell: Uint16Array
  readonly marks: Uint8Array
  readonly frequency: Uint32Array
  readonly prior: Uint8Array
  /** A name's census share: log2 of uses per 10 million people, in eighths (`name-census.txt`). */
  readonly census: Uint8Array
  /** A name's given-name share less its surname share, in eighths of a bit (`name-roles.txt`); all 0 in an older table. */
  readonly lean: Int8Array
  /** Each entry's `letterMask`. */
  readonly masks: Uint32Array
  private readonly unpacked: Unpacked

  constructor(buffer: ArrayBufferLike, byteOffset = 0, byteLength = buffer.byteLength - byteOffset) {
    const unpacked = unpackSections(buffer, byteOffset, byteLength)
    this.unpacked = unpacked
    this.meta = unpacked.meta as WordDataMeta
    if (!Array.isArray(this.meta?.dialects) || this.meta.dialects.join() !== dialects.join()) {
      throw new Error('word table is for other dialects')
    }
    this.strings = new StringTable({
      units: unpacked.section('units') as Uint16Array,
      starts: unpacked.section('starts') as Uint32Array,
      slots: unpacked.section('slots') as Uint32Array,
      // A table built before the filter came in has none: every look goes to the slots.
      filter: unpacked.has('filter') ? (unpacked.section('filter') as Uint32Array) : undefined
    })
    this.words = unpacked.section('words') as Uint8Array
    this.more = unpacked.section('more') as Uint8Array
    this.hunspell = unpacked.section('hunspell') as Uint16Array
    this.marks = unpacked.section('marks') as Uint8Array
    this.frequency = unpacked.section('frequency') as Uint32Array
    this.prior = unpacked.section('prior') as Uint8Array
    this.census = unpacked.section('census') as Uint8Array
    const lean = unpacked.has('lean') ? (unpacked.section('lean') as Uint8Array) : new Uint8Array(this.census.length)
    this.lean = new Int8Array(lean.buffer, lean.byteOffset, lean.length)
    this.masks = unpacked.section('masks') as Uint32Array
  }

  /** Entry numbers of a list, in its source's order. */
  list(name: ListName): Uint32Array {
    return this.unpacked.section('list:' + name) as Uint32Array
  }

  /** Whether the table holds a list (an older table lacks the newer ones). */
  hasList(name: ListName): boolean {
    return this.unpacked.has('list:' + name)
  }

  /**
   * A dialect's suggestion buckets by first and by second letter. A
   * bucket's letter masks are gathered the first time it is asked for; its
   * words stay in the table as entry numbers and become strings only when
   * a scan asks for one (about one in fifteen passes the mask test), so a
   * run does not keep some 370,000 of them (a word sits in two buckets).
   */
  buckets(dialect: Dialect): [BucketIndex, BucketIndex] {
    const strings = this.strings
    return (['first', 'second'] as const).map((which) => {
      const ranges = this.meta.buckets[dialect][which]
      const entries = this.list(`${which}-${dialect}`)
      const made = new Map<string, Bucket>()
      return {
        get: (key: string) => {
          let bucket = made.get(key)
          if (!bucket && Object.hasOwn(ranges, key)) {
            const [start, end] = ranges[key]!
            const inBucket = entries.subarray(start, end)
            const masks = new Uint32Array(end - start)
            for (let at = 0; at < inBucket.length; at++) masks[at] = this.masks[inBucket[at]!]!
            bucket = {masks, word: (index: number) => strings.at(inBucket[index]!)}
            made.set(key, bucket)
          }
          return bucket
        }
      }
    }) as [BucketIndex, BucketIndex]
  }

  /**
   * A letter model prebuilt from a list (`letters:names` over the name
   * priors' names, `letters:words-<dialect>` over the dialect's forms; see
   * `letter-odds.ts`), or undefined in a table without it.
   */
  letterModel(name: `names` | `words-${Dialect}`): LetterModel | undefined {
    const section = 'letters:' + name
    return this.unpacked.has(section) ? modelFromCounts(this.unpacked.section(section) as Uint32Array) : undefined
  }

  /**
   * The entries of the name priors' names of one first letter and length
   * (`key`: the letter and the length, `J5`), in list order; undefined for
   * a key no name has, and in a table without the grouping.
   */
  nameTargets(key: string): Uint32Array | undefined {
    const ranges = this.meta.nameTargets
    if (!ranges || !Object.hasOwn(ranges, key)) return undefined
    const [start, end] = ranges[key]!
    return this.list('name-targets').subarray(start, end)
  }

  /** The strings of a list, in order. */
  *listStrings(name: ListName): Generator<string> {
    for (const entry of this.list(name)) yield this.strings.at(entry)
  }
}
