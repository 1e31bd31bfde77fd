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
    cities: lookupObject(member(cities))
  }
}
