/**
 * The part-of-speech tagger's word lists (its lexicon of word → tags, its
 * given names and its city names) in one prebuilt block, read as it is.
 *
 * en-pos (MIT) reads three large lists when it loads: en-lexicon's word →
 * tags object (a 2.6 MB script), humannames (a 2.9 MB JSON object) and
 * cities-list (a 1.4 MB JSON object). Evaluating them took most of a cold
 * run's second and about 90 MB in every thread that tags. The data build
 * (`scripts/build-tagger-table.mjs`) packs the same entries into
 * `generated/tagger.bin`; `taggerLists` answers the same lookups from that
 * block without building an object, so the tagger sees the same lists and
 * tags the same way. Nothing here touches the filesystem.
 *
 * The block also holds en-inflectors' verb table (MIT; required by en-pos):
 * its module builds, as it loads, every form of some 4,900 regular verbs
 * with regular expressions (30-50 ms of a cold run that tags). The block
 * keeps the forms it built, and `verbTable` gives the module's exports back
 * from them, each form object answering a read of a key as the module's
 * does. The tagger only reads them by key, so they are read in place, as
 * the lexicon is: building the five objects took another 10-15 ms.
 */
import {StringTable, unpackSections, type StringTableSections} from './word-table.js'

/** What the tagger's modules export, as their lookups see it. */
export interface TaggerLists {
  /** en-lexicon's module: `lexicon[word]` is the word's tags (`NN|VB`) or, as for a plain object, `undefined`. */
  readonly lexicon: {readonly lexicon: Record<string, string>}
  /** humannames' module: `names[name]` is `1` for a given name. */
  readonly names: Record<string, number>
  /** cities-list's module: `cities[name]` is `1` for a city. */
  readonly cities: Record<string, number>
  /** en-inflectors' verb table module (`dist/verb/solve_lookup.js`), or `undefined` for a block without it. */
  readonly verbs: VerbTable | undefined
}

/** A verb's forms: base, past, past participle, third person singular, gerund. */
export type VerbRow = readonly [string, string, string, string, string]

/** The five form objects of the verb table, in the order of a row. */
export const verbForms = ['VBP', 'VBD', 'VBN', 'VBZ', 'VBG'] as const

/** What en-inflectors' verb table module exports. */
export interface VerbTable {
  readonly __esModule: true
  readonly irregular: ReadonlyArray<VerbRow>
  readonly VBP: Record<string, VerbRow>
  readonly VBD: Record<string, VerbRow>
  readonly VBN: Record<string, VerbRow>
  readonly VBZ: Record<string, VerbRow>
  readonly VBG: Record<string, VerbRow>
  /** The row of a form: a base form first, then a past, … (an empty list for none). */
  readonly lookup: (form: string) => VerbRow | []
}

/**
 * The verb table from its rows, as objects (the data build checks a block
 * against the module with it): `irregular` and each form object list row
 * numbers, in the objects' key order; a row's form in that column is the
 * key. Plain objects, so a key such as `constructor` reads as it did.
 */
export function verbTable(rows: ReadonlyArray<VerbRow>, irregular: ArrayLike<number>, orders: Readonly<Record<(typeof verbForms)[number], ArrayLike<number>>>): VerbTable {
  const objects = verbForms.map((form, column) => {
    const object: Record<string, VerbRow> = {}
    const order = orders[form]
    for (let index = 0; index < order.length; index++) {
      const row = rows[order[index]!]!
      object[row[column]!] = row
    }
    return object
  })
  return verbModule(objects as FormObjects, () => Array.from(irregular, (row) => rows[row]!))
}

type FormObjects = [Record<string, VerbRow>, Record<string, VerbRow>, Record<string, VerbRow>, Record<string, VerbRow>, Record<string, VerbRow>]

/** The module's exports from its five form objects; `irregular` is built the first time it is read. */
function verbModule([VBP, VBD, VBN, VBZ, VBG]: FormObjects, irregularRows: () => VerbRow[]): VerbTable {
  let irregular: VerbRow[] | undefined
  return {
    __esModule: true,
    // Read only by the module's own code, which the table replaces; built if asked for.
    get irregular() {
      return (irregular ??= irregularRows())
    },
    VBP,
    VBD,
    VBN,
    VBZ,
    VBG,
    lookup: (form) => VBP[form] || VBD[form] || VBN[form] || VBZ[form] || VBG[form] || []
  }
}

/**
 * The verb table read in place from a block: each form object answers
 * `object[key]` with the row whose form in that column is `key` (looked up
 * in the form's string table), or what a plain object holds under that key.
 * A row is split from the block's text the first time it is read, and kept,
 * so a row reads as the same array each time, as in the module.
 */
function verbTableInPlace(unpacked: ReturnType<typeof unpackSections>): VerbTable {
  let lines: string[] | undefined
  const rows: Array<VerbRow | undefined> = []
  const row = (number: number): VerbRow => {
    lines ??= new TextDecoder().decode(unpacked.section('verbs:rows')).split('\n')
    return (rows[number] ??= lines[number]!.split('\t') as unknown as VerbRow)
  }
  const forms = verbForms.map((form) => {
    const keys = stringTable(unpacked, 'verbs:' + form)
    const order = unpacked.section('verbs:' + form)
    return lookupObject((key) => {
      const entry = keys.indexOf(key)
      return entry === -1 ? undefined : row(order[entry]!)
    })
  }) as FormObjects
  return verbModule(forms, () => Array.from(unpacked.section('verbs:irregular'), row))
}

/** Meta of the block: where its lists came from. */
export interface TaggerTableMeta {
  readonly sources: Readonly<Record<string, string>>
  readonly counts: Readonly<Record<string, number>>
}

function stringTable(unpacked: ReturnType<typeof unpackSections>, prefix: string): StringTable {
  return new StringTable({
    units: unpacked.section(prefix + ':units'),
    starts: unpacked.section(prefix + ':starts'),
    slots: unpacked.section(prefix + ':slots')
  } as StringTableSections)
}

/**
 * An object that answers a read of a key as a plain object holding the
 * entries would: the entry's value, or what `Object.prototype` holds under
 * that key (so `toString` reads as a function, as it would).
 */
function lookupObject<Value>(find: (key: string) => Value | undefined): Record<string, Value> {
  const plain = {}
  return new Proxy(plain, {
    get(target, key) {
      if (typeof key === 'string') {
        const value = find(key)
        if (value !== undefined) return value
      }
      return Reflect.get(target, key) as unknown
    },
    has(target, key) {
      return (typeof key === 'string' && find(key) !== undefined) || Reflect.has(target, key)
    }
  }) as Record<string, Value>
}

/** The tagger's lists, answered from a block `build-tagger-table.mjs` wrote; throws a one-line problem when it is not one. */
export function taggerLists(buffer: ArrayBufferLike, byteOffset = 0, byteLength = buffer.byteLength - byteOffset): TaggerLists {
  const unpacked = unpackSections(buffer, byteOffset, byteLength)
  const words = stringTable(unpacked, 'lexicon')
  const tagSets = stringTable(unpacked, 'tags')
  const tagsOf = unpacked.section('lexicon:tags')
  const names = stringTable(unpacked, 'names')
  const cities = stringTable(unpacked, 'cities')
  const member = (table: StringTable) => (key: string) => (table.indexOf(key) === -1 ? undefined : 1)
  return {
    lexicon: {
      lexicon: lookupObject((key) => {
        const entry = words.indexOf(key)
        return entry === -1 ? undefined : tagSets.at(tagsOf[entry]!)
      })
    },
    names: lookupObject(member(names)),
    cities: lookupObject(member(cities)),
    verbs: (unpacked.meta as {verbs?: number} | null)?.verbs === 2 ? verbTableInPlace(unpacked) : undefined
  }
}
