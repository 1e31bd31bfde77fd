/**
 * copydesk's word data in one binary block: every string of the word,
 * name and frequency lists once, in a string table with an open-addressing
 * hash index, and beside it typed arrays of what each string is (which
 * lists hold it, its frequency, its name prior) and ordered lists of
 * entry numbers. The data build writes it (`scripts/build-tables.mjs`);
 * at run time it is used as read: no parsing, no sets or maps to fill, and
 * worker threads can share one copy in a `SharedArrayBuffer`.
 *
 * Layout: `CDWT`, the format version and the length of a JSON header (three
 * little-endian 32-bit words), the header, padding to 8 bytes, then the
 * sections the header lists by name, kind, byte offset and length.
 * Nothing here touches the filesystem.
 */

const magic = 0x54574443 // 'CDWT' read as a little-endian 32-bit word
export const tableFormatVersion = 1

type SectionKind = 'u8' | 'u16' | 'u32' | 'f64'
type Section = Uint8Array | Uint16Array | Uint32Array | Float64Array

const constructors = {u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, f64: Float64Array} as const

function kindOf(section: Section): SectionKind {
  if (section instanceof Uint8Array) return 'u8'
  if (section instanceof Uint16Array) return 'u16'
  if (section instanceof Uint32Array) return 'u32'
  return 'f64'
}

/** Non-empty lines, without `#` comments (the one reading of every list, at build and run time). */
export function lines(text: string): string[] {
  const all = text.split('\n')
  // Generated lists hold no comments or blanks but a final newline: the fast path.
  if (!text.includes('#')) {
    if (all[all.length - 1] === '') all.pop()
    return all
  }
  return all.map((line) => line.replace(/#.*$/, '').trim()).filter(Boolean)
}

/** FNV-1a over a string's UTF-16 code units. */
export function hash(text: string): number {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    value ^= text.charCodeAt(index)
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

/** `hash` of the string of `units[from]` to `units[to - 1]`, without making the string. */
export function hashUnits(units: ArrayLike<number>, from: number, to: number): number {
  let value = 0x811c9dc5
  for (let index = from; index < to; index++) {
    value ^= units[index]!
    value = Math.imul(value, 0x01000193)
  }
  return value >>> 0
}

/** Write `meta` and named typed arrays into one block. */
export function packSections(meta: unknown, sections: Readonly<Record<string, Section>>): Uint8Array {
  const entries = Object.entries(sections)
  const layout: Record<string, [SectionKind, number, number]> = {}
  // Offsets are relative to the end of the padded header, so compute the header last.
  let offset = 0
  for (const [name, section] of entries) {
    layout[name] = [kindOf(section), offset, section.length]
    offset += Math.ceil(section.byteLength / 8) * 8
  }
  const header = new TextEncoder().encode(JSON.stringify({meta, layout}))
  const start = Math.ceil((12 + header.length) / 8) * 8
  const block = new Uint8Array(start + offset)
  const words = new DataView(block.buffer)
  words.setUint32(0, magic, true)
  words.setUint32(4, tableFormatVersion, true)
  words.setUint32(8, header.length, true)
  block.set(header, 12)
  for (const [name, section] of entries) {
    block.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), start + layout[name]![1])
  }
  return block
}

export interface Unpacked {
  readonly meta: unknown
  /** Whether the block holds a section of this name. */
  has(name: string): boolean
  section(name: string): Section
}

/** Views on a block written by `packSections` (no copy); throws a one-line problem when it is not one. */
export function unpackSections(buffer: ArrayBufferLike, byteOffset = 0, byteLength = buffer.byteLength - byteOffset): Unpacked {
  // Typed views need aligned offsets: a block read at an odd place is copied once.
  if (byteOffset % 8 !== 0) {
    buffer = new Uint8Array(buffer, byteOffset, byteLength).slice().buffer
    byteOffset = 0
  }
  const words = new DataView(buffer, byteOffset, byteLength)
  if (byteLength < 12 || words.getUint32(0, true) !== magic) throw new Error('not a copydesk word table')
  const version = words.getUint32(4, true)
  if (version !== tableFormatVersion) throw new Error(`word table format ${version}, expected ${tableFormatVersion}`)
  const headerLength = words.getUint32(8, true)
  if (12 + headerLength > byteLength) throw new Error('word table is cut short')
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, byteOffset + 12, headerLength))) as {
    meta: unknown
    layout: Record<string, [SectionKind, number, number]>
  }
  const start = byteOffset + Math.ceil((12 + headerLength) / 8) * 8
  return {
    meta: header.meta,
    has(name) {
      return Object.hasOwn(header.layout, name)
    },
    section(name) {
      const entry = header.layout[name]
      if (!entry) throw new Error(`word table has no section \`${name}\``)
      const [kind, offset, length] = entry
      const type = constructors[kind]
      if (start - byteOffset + offset + length * type.BYTES_PER_ELEMENT > byteLength) throw new Error('word table is cut short')
      return new type(buffer as ArrayBuffer, start + offset, length)
    }
  }
}

/** The header's `meta` of a block, from its first bytes alone (the sections need not be there). */
export function readTableMeta(head: Uint8Array): unknown {
  const words = new DataView(head.buffer, head.byteOffset, head.byteLength)
  if (head.byteLength < 12 || words.getUint32(0, true) !== magic) throw new Error('not a copydesk word table')
  const length = words.getUint32(8, true)
  if (12 + length > head.byteLength) throw new Error('word table is cut short')
  return (JSON.parse(new TextDecoder().decode(head.subarray(12, 12 + length))) as {meta: unknown}).meta
}

/** The sections of a string table, as `buildStringTable` makes them. */
export interface StringTableSections {
  /** The strings' UTF-16 code units, one after another. */
  readonly units: Uint16Array
  /** Where each string starts in `units`; one more than there are strings. */
  readonly starts: Uint32Array
  /** Open-addressing hash slots: entry number + 1, 0 when free. */
  readonly slots: Uint32Array
  /**
   * A filter of the strings (see `buildStringFilter`), where a table has
   * one: `indexOfUnits` answers most strings that are not in the table
   * from it, without a look at the slots.
   */
  readonly filter?: Uint32Array | undefined
}

/** Bits of a string filter: for the word table's 410,000 strings, about one in twenty set (1 MB). */
export const stringFilterBits = 1 << 23

/**
 * A filter of a string table's strings: bit `hash(string) & (bits - 1)` is
 * set for each, so a string whose bit is clear is surely not in the table.
 * The suggester looks up some fifty edits of a word per letter, nearly all
 * of them no word; each look at the slots, the starts and the code units
 * reads three places in megabytes of table, where the filter reads one
 * place in a smaller array. `bits` is a power of two of at least 32.
 */
export function buildStringFilter(sections: Pick<StringTableSections, 'units' | 'starts'>, bits = stringFilterBits): Uint32Array {
  const {units, starts} = sections
  const filter = new Uint32Array(bits >>> 5)
  const mask = bits - 1
  for (let entry = 0; entry + 1 < starts.length; entry++) {
    const bit = hashUnits(units, starts[entry]!, starts[entry + 1]!) & mask
    filter[bit >>> 5]! |= 1 << (bit & 31)
  }
  return filter
}

/** Index distinct strings, in the order given. */
export function buildStringTable(strings: ReadonlyArray<string>): StringTableSections {
  let total = 0
  for (const text of strings) total += text.length
  const units = new Uint16Array(total)
  const starts = new Uint32Array(strings.length + 1)
  let at = 0
  for (const [index, text] of strings.entries()) {
    starts[index] = at
    for (let unit = 0; unit < text.length; unit++) units[at++] = text.charCodeAt(unit)
  }
  starts[strings.length] = at
  // A load under one half keeps probes short.
  let size = 1
  while (size < strings.length * 2) size *= 2
  const slots = new Uint32Array(size)
  for (const [index, text] of strings.entries()) {
    let slot = hash(text) & (size - 1)
    while (slots[slot] !== 0) slot = (slot + 1) & (size - 1)
    slots[slot] = index + 1
  }
  return {units, starts, slots}
}

/** Lookups in a string table, straight on its typed arrays. */
export class StringTable {
  readonly size: number
  private readonly mask: number
  /** Where the table has no filter: one of a single set bit, which lets every string through. */
  private readonly filter: Uint32Array
  private readonly filterMask: number
  constructor(private readonly sections: StringTableSections) {
    this.size = sections.starts.length - 1
    this.mask = sections.slots.length - 1
    this.filter = sections.filter ?? Uint32Array.of(0xffffffff)
    this.filterMask = this.filter.length * 32 - 1
  }

  /** The entry number of `text`, or -1. */
  indexOf(text: string): number {
    const {units, starts, slots} = this.sections
    let slot = hash(text) & this.mask
    for (;;) {
      const found = slots[slot]!
      if (found === 0) return -1
      const entry = found - 1
      const start = starts[entry]!
      if (starts[entry + 1]! - start === text.length) {
        let same = true
        for (let unit = 0; unit < text.length; unit++) {
          if (units[start + unit] !== text.charCodeAt(unit)) {
            same = false
            break
          }
        }
        if (same) return entry
      }
      slot = (slot + 1) & this.mask
    }
  }

  /**
   * A filter of the space-separated words of some entries' strings, read in
   * place: bit `hash(word) & (bits - 1)` is set for each of their words, so
   * a word whose bit is clear is in none of them. `bits` is a power of two.
   */
  wordFilter(entries: Uint32Array, bits: number): Uint8Array {
    const {units, starts} = this.sections
    const filter = new Uint8Array(bits >>> 3)
    const mask = bits - 1
    for (let index = 0; index < entries.length; index++) {
      const end = starts[entries[index]! + 1]!
      let value = 0x811c9dc5
      for (let at = starts[entries[index]!]!; at <= end; at++) {
        if (at === end || units[at] === 32) {
          const bit = (value >>> 0) & mask
          filter[bit >>> 3]! |= 1 << (bit & 7)
          value = 0x811c9dc5
        } else {
          value ^= units[at]!
          value = Math.imul(value, 0x01000193)
        }
      }
    }
    return filter
  }

  /** Those of `entries` whose strings have `word` as one of their space-separated words, in order; read in place. */
  entriesWithWord(entries: Uint32Array, word: string): number[] {
    const {units, starts} = this.sections
    const found: number[] = []
    const length = word.length
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index]!
      const end = starts[entry + 1]!
      // `at` is where a word of the string starts.
      for (let at = starts[entry]!; at + length <= end; ) {
        let unit = 0
        while (unit < length && units[at + unit] === word.charCodeAt(unit)) unit++
        if (unit === length && (at + length === end || units[at + length] === 32)) {
          found.push(entry)
          break
        }
        while (at < end && units[at] !== 32) at++
        at++
      }
    }
    return found
  }

  /**
   * The entry number of the string made of `units[0]` to `units[length - 1]`,
   * or -1: `indexOf` without making the string (the suggester tries some
   * fifty edits of a word per letter, most of them no word).
   */
  indexOfUnits(units: Uint16Array, length: number): number {
    const sections = this.sections
    const table = sections.units
    const starts = sections.starts
    const slots = sections.slots
    const value = hashUnits(units, 0, length)
    const bit = value & this.filterMask
    if ((this.filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1
    let slot = value & this.mask
    for (;;) {
      const found = slots[slot]!
      if (found === 0) return -1
      const entry = found - 1
      const start = starts[entry]!
      if (starts[entry + 1]! - start === length) {
        let same = true
        for (let unit = 0; unit < length; unit++) {
          if (table[start + unit] !== units[unit]) {
            same = false
            break
          }
        }
        if (same) return entry
      }
      slot = (slot + 1) & this.mask
    }
  }

  /** The string of entry `entry`. */
  at(entry: number): string {
    const {units, starts} = this.sections
    const start = starts[entry]!
    const end = starts[entry + 1]!
    // In slices: spreading a long string's code units at once would overflow the stack.
    let text = ''
    for (let at = start; at < end; at += 4096) {
      text += String.fromCharCode.apply(null, units.subarray(at, Math.min(end, at + 4096)) as unknown as number[])
    }
    return text
  }
}
