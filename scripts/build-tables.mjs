// Packs the word lists that scripts/build-data.mjs writes to generated/
// (with data/news-words.txt, data/dialect-spellings.tsv and the Hunspell
// dictionaries' expanded forms) into generated/words.bin, the one file
// copydesk reads at run time. Layout and meaning: src/analysis/word-table.ts
// and src/analysis/word-data.ts. Runs after `tsc`, as part of `npm run build`.
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import nspell from 'nspell'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const {buildStringFilter, buildStringTable, lines, packSections} = await import(path.join(root, 'dist/src/analysis/word-table.js'))
const {dialects, hunspellBit, mark} = await import(path.join(root, 'dist/src/analysis/word-data.js'))
const {letterMask} = await import(path.join(root, 'dist/src/analysis/text.js'))

const generated = (name) => fs.readFileSync(path.join(root, 'generated', name), 'utf8')
const dataFile = (name) => fs.readFileSync(path.join(root, 'data', name), 'utf8')

// The dictionary each dialect's spelling checks against (en-NZ and en-IN
// have none of their own: the nearest one), as src/node/resources.ts read it.
const dictionaryNames = ['dictionary-en', 'dictionary-en-gb', 'dictionary-en-ca', 'dictionary-en-au']
const dictionaryOf = {'en-US': 0, 'en-GB': 1, 'en-CA': 2, 'en-AU': 3, 'en-NZ': 3, 'en-IN': 1}

// Every distinct string gets one entry; `entry()` returns its number.
const strings = []
const numbers = new Map()
function entry(text) {
  let number = numbers.get(text)
  if (number === undefined) {
    number = strings.length
    strings.push(text)
    numbers.set(text, number)
  }
  return number
}

const words = new Map()
const more = new Map()
const hunspell = new Map()
const marks = new Map()
const frequency = new Map()
const prior = new Map()
const census = new Map()
const lists = {}
const orBits = (map, number, bits) => map.set(number, (map.get(number) ?? 0) | bits)
function list(name, texts) {
  lists[name] = Uint32Array.from(texts, entry)
  return lists[name]
}
/** `key<TAB>value` lines as a Map reads them: a later line wins. */
function pairs(text) {
  return lines(text).map((line) => {
    const tab = line.indexOf('\t')
    return [line.slice(0, tab), line.slice(tab + 1)]
  })
}

// Each dialect's words in file order, for the suggestion index below.
const dialectWords = {}
for (const [index, dialect] of dialects.entries()) {
  dialectWords[dialect] = lines(generated(`words-${dialect}.txt`))
  for (const word of dialectWords[dialect]) orBits(words, entry(word), 1 << index)
  for (const word of lines(generated(`more-words-${dialect}.txt`))) orBits(more, entry(word), 1 << index)
  list(`capital-${dialect}`, lines(generated(`capital-words-${dialect}.txt`)))
}

// nspell's own table of forms and flags, so a word is judged exactly as
// retext-spell judged it (see src/analysis/hunspell.ts).
const dictionaries = []
for (const [index, name] of dictionaryNames.entries()) {
  const folder = path.join(root, 'node_modules', name)
  const checker = nspell({aff: fs.readFileSync(path.join(folder, 'index.aff')), dic: fs.readFileSync(path.join(folder, 'index.dic'))})
  const has = (flag, codes) => Boolean(codes && flag in checker.flags && codes.indexOf(checker.flags[flag]) > -1)
  for (const [form, codes] of Object.entries(checker.data)) {
    let bits = hunspellBit.form
    if (has('ONLYINCOMPOUND', codes)) bits |= hunspellBit.onlyInCompound
    if (has('FORBIDDENWORD', codes)) bits |= hunspellBit.forbidden
    if (has('KEEPCASE', codes)) bits |= hunspellBit.keepCase
    orBits(hunspell, entry(form), bits << (4 * index))
  }
  const compoundMin = typeof checker.flags.COMPOUNDMIN === 'number' ? checker.flags.COMPOUNDMIN : null
  dictionaries.push({
    name,
    compoundMin,
    compoundRules: checker.compoundRules.map((rule) => [rule.source, rule.flags]),
    conversions: checker.conversion.in.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement])
  })
}

for (const number of list('known-names', lines(generated('names-known.txt')))) orBits(marks, number, mark.knownName)
list('salient-names', lines(generated('names-salient.txt')))
for (const number of list('news-words', lines(dataFile('news-words.txt')))) orBits(marks, number, mark.newsWord)
list('loan-phrases', lines(generated('loan-phrases.txt')))

const frequencyPairs = pairs(generated('frequencies.txt'))
list('frequencies', frequencyPairs.map(([word]) => word))
for (const [word, count] of frequencyPairs) {
  const value = Number(count)
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) throw new Error(`frequency of \`${word}\` is not a 32-bit count: ${count}`)
  frequency.set(entry(word), value)
  orBits(marks, entry(word), mark.frequency)
}
const priorPairs = pairs(generated('name-priors.txt'))
list('name-priors', priorPairs.map(([name]) => name))
for (const [name, points] of priorPairs) {
  const value = Number(points)
  if (!Number.isInteger(value) || value < 0 || value > 255) throw new Error(`prior of \`${name}\` is not 0–255: ${points}`)
  prior.set(entry(name), value)
  orBits(marks, entry(name), mark.prior)
}
/** A census share (eighths of a bit, 0–255) into the census column. */
const setCensusShare = (name, bits) => {
  const value = Number(bits)
  if (!Number.isInteger(value) || value < 0 || value > 255) throw new Error(`census share of \`${name}\` is not 0–255: ${bits}`)
  census.set(entry(name), value)
}
// Census shares of the names above, read for entries with a prior.
for (const [name, bits] of pairs(generated('name-census.txt'))) setCensusShare(name, bits)
// Census surnames that are ordinary words (`name-word-surnames.txt`): a list
// of their own, with their census shares in the same column, read for the
// entries of that list (none has a prior).
const wordSurnamePairs = pairs(generated('name-word-surnames.txt'))
list('word-surnames', wordSurnamePairs.map(([name]) => name))
for (const [name, bits] of wordSurnamePairs) {
  if (prior.has(entry(name))) throw new Error(`word surname \`${name}\` is also a name target`)
  setCensusShare(name, bits)
}
// A name's role in the lists (`name-roles.txt`): a given name or a surname,
// and the given-name share less the surname share (eighths of a bit).
const lean = new Map()
for (const line of lines(generated('name-roles.txt'))) {
  const [name, role, eighths] = line.split('\t')
  const value = Number(eighths)
  if (role !== 'given' && role !== 'surname' && role !== 'either') throw new Error(`role of \`${name}\` is not given, surname or either: ${role}`)
  if (!Number.isInteger(value) || value < -127 || value > 127) throw new Error(`role lean of \`${name}\` is not −127–127: ${eighths}`)
  if (role !== 'either') orBits(marks, entry(name), role === 'given' ? mark.givenName : mark.surname)
  // Stored as bytes in two's complement; `word-data.ts` reads them signed.
  if (value !== 0) lean.set(entry(name), value & 0xff)
}
const markerPairs = pairs(generated('dialect-markers.txt'))
list('dialect-markers', markerPairs.map(([word]) => word))
for (const [word, dialect] of markerPairs) {
  const number = entry(word)
  // A later line wins, as in a Map.
  marks.set(number, ((marks.get(number) ?? 0) & ~(mark.americanOnly | mark.britishOnly)) | (dialect === 'en-US' ? mark.americanOnly : mark.britishOnly))
}

// The suggestion index: each dialect's words grouped by length and first
// letter, and by length and second letter (src/analysis/suggest.ts), in list
// order within a group; `buckets` gives each group's range.
const buckets = {}
for (const dialect of dialects) {
  const words = dialectWords[dialect]
  buckets[dialect] = {}
  for (const [which, letter] of [['first', 0], ['second', 1]]) {
    const groups = new Map()
    for (const word of words) {
      if (word.length <= letter) continue
      const key = word.length + word.charAt(letter)
      if (!groups.has(key)) groups.set(key, [])
      groups.get(key).push(numbers.get(word))
    }
    const ranges = {}
    const ordered = []
    for (const [key, group] of groups) {
      ranges[key] = [ordered.length, ordered.length + group.length]
      ordered.push(...group)
    }
    lists[`${which}-${dialect}`] = Uint32Array.from(ordered)
    buckets[dialect][which] = ranges
  }
}

// The name priors' names grouped by first letter and length, in list order
// within a group (the slip decisions' name targets, src/analysis/slips.ts);
// `nameTargets` gives each group's range in `list:name-targets`.
const nameTargets = {}
{
  const groups = new Map()
  for (const number of lists['name-priors']) {
    const key = strings[number].charAt(0) + strings[number].length
    if (!groups.has(key)) groups.set(key, [])
    groups.get(key).push(number)
  }
  const ordered = []
  for (const [key, group] of groups) {
    nameTargets[key] = [ordered.length, ordered.length + group.length]
    for (const number of group) ordered.push(number)
  }
  lists['name-targets'] = Uint32Array.from(ordered)
}

const column = (Type, map) => {
  const array = new Type(strings.length)
  for (const [number, value] of map) array[number] = value
  return array
}
const stringTable = buildStringTable(strings)
const sections = {
  ...stringTable,
  // The suggester's edits that are no word are answered from this filter (src/analysis/word-table.ts).
  filter: buildStringFilter(stringTable),
  words: column(Uint8Array, words),
  more: column(Uint8Array, more),
  hunspell: column(Uint16Array, hunspell),
  marks: column(Uint8Array, marks),
  frequency: column(Uint32Array, frequency),
  prior: column(Uint8Array, prior),
  census: column(Uint8Array, census),
  lean: column(Uint8Array, lean),
  masks: Uint32Array.from(strings, (text) => letterMask(text) >>> 0)
}
for (const [name, numbers] of Object.entries(lists)) sections['list:' + name] = numbers

// The letter models the slip decisions read (src/analysis/letter-odds.ts),
// built here once instead of at every run that meets an unknown name: one
// over the name priors' names, one over each dialect's forms (its
// first-letter buckets hold each form once), as trigram counts.
const {letterModel, storedCounts} = await import(path.join(root, 'dist/src/analysis/letter-odds.js'))
const listed = (name) => Array.from(lists[name], (number) => strings[number])
sections['letters:names'] = storedCounts(letterModel(listed('name-priors')))
for (const dialect of dialects) sections[`letters:words-${dialect}`] = storedCounts(letterModel(listed(`first-${dialect}`)))

// What the data says, as one hash: `--cache` keys include it, so a cache
// made with other word data is not reused, and the same data on another
// machine is.
const content = createHash('sha256')
for (const [name, section] of Object.entries(sections)) content.update(name).update(new Uint8Array(section.buffer, section.byteOffset, section.byteLength))
const meta = {dialects, dictionaries, dictionaryOf, buckets, nameTargets, dialectTable: dataFile('dialect-spellings.tsv')}
content.update(JSON.stringify(meta))
meta.contentHash = content.digest('hex')
const block = packSections(meta, sections)
fs.writeFileSync(path.join(root, 'generated', 'words.bin'), block)
console.log(`copydesk word table: ${strings.length} strings, ${(block.length / 1024 / 1024).toFixed(1)} MB`)
