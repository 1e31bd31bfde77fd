// Packs the part-of-speech tagger's word lists into generated/tagger.bin, so
// a run that tags reads one block instead of evaluating three large modules
// (see src/analysis/tagger-table.ts). Sources, read here as en-pos reads
// them, with their licences: en-lexicon (MIT, word → Penn Treebank tags),
// humannames (MIT, given names) and cities-list (MIT, city names), all
// dependencies of en-pos (MIT); and en-inflectors' verb table (MIT, the
// forms of its verbs, as its module builds them when it loads). Runs after
// `tsc`, as part of `npm run build`.
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const {buildStringTable, packSections} = await import(path.join(root, 'dist/src/analysis/word-table.js'))
const {taggerLists, verbForms, verbTable} = await import(path.join(root, 'dist/src/analysis/tagger-table.js'))
const {verbTableModule} = await import(path.join(root, 'dist/src/node/tagger-table.js'))
// The modules en-pos itself requires, resolved from its own folder.
const fromTagger = createRequire(createRequire(import.meta.url).resolve('en-pos'))
const version = (name) => JSON.parse(fs.readFileSync(path.join(path.dirname(fromTagger.resolve(`${name}/package.json`)), 'package.json'), 'utf8')).version

const lexicon = fromTagger('en-lexicon').lexicon
const names = fromTagger('humannames')
const cities = fromTagger('cities-list')

// Own keys only, as the tagger's lookups find them; a value that is not
// what the reader answers would change tags, so stop the build instead.
const words = Object.keys(lexicon)
for (const word of words) {
  if (typeof lexicon[word] !== 'string' || lexicon[word] === '') throw new Error(`en-lexicon: unexpected tags for \`${word}\``)
}
for (const [label, list] of [['humannames', names], ['cities-list', cities]]) {
  for (const key of Object.keys(list)) if (list[key] !== 1) throw new Error(`${label}: unexpected value for \`${key}\``)
}
const tagSets = [...new Set(words.map((word) => lexicon[word]))]
const tagNumber = new Map(tagSets.map((tags, index) => [tags, index]))
if (tagSets.length > 0xffff) throw new Error('en-lexicon: more tag sets than the table holds')

// The verb table as its module leaves it: every row it holds (each once),
// and for `irregular` and each form object the rows in key order, with a
// string table of each object's keys, so the tagger reads them in place. A
// table that reads back any other way would change tags, so stop the build
// instead.
const verbModule = createRequire(import.meta.url)(verbTableModule(fromTagger))
const verbRows = []
const rowNumber = new Map()
const numberOf = (row) => {
  if (!rowNumber.has(row)) {
    if (!Array.isArray(row) || row.length !== 5 || row.some((form) => typeof form !== 'string' || /[\t\n]/.test(form))) throw new Error(`en-inflectors: unexpected verb row \`${JSON.stringify(row)}\``)
    rowNumber.set(row, verbRows.length)
    verbRows.push(row)
  }
  return rowNumber.get(row)
}
const verbOrders = {irregular: Uint16Array.from(verbModule.irregular, numberOf)}
verbForms.forEach((form, column) => {
  verbOrders[form] = Uint16Array.from(Object.keys(verbModule[form]), (key) => {
    const row = verbModule[form][key]
    if (row[column] !== key) throw new Error(`en-inflectors: \`${form}.${key}\` is not its row's form`)
    return numberOf(row)
  })
})
if (verbRows.length > 0xffff) throw new Error('en-inflectors: more verb rows than the table holds')
const rebuilt = verbTable(verbRows, verbOrders.irregular, verbOrders)
for (const form of ['irregular', ...verbForms]) {
  if (JSON.stringify(rebuilt[form]) !== JSON.stringify(verbModule[form])) throw new Error(`en-inflectors: the verb table's \`${form}\` does not read back as it was`)
}
for (const probe of ['walked', 'ran', 'constructor', 'xqzt']) {
  if (JSON.stringify(rebuilt.lookup(probe)) !== JSON.stringify(verbModule.lookup(probe))) throw new Error(`en-inflectors: the verb table's lookup of \`${probe}\` differs`)
}

const prefixed = (prefix, sections) => Object.fromEntries(Object.entries(sections).map(([name, section]) => [`${prefix}:${name}`, section]))
const sections = {
  ...prefixed('lexicon', buildStringTable(words)),
  'lexicon:tags': Uint16Array.from(words, (word) => tagNumber.get(lexicon[word])),
  ...prefixed('tags', buildStringTable(tagSets)),
  ...prefixed('names', buildStringTable(Object.keys(names))),
  ...prefixed('cities', buildStringTable(Object.keys(cities))),
  'verbs:rows': new TextEncoder().encode(verbRows.map((row) => row.join('\t')).join('\n')),
  ...prefixed('verbs', verbOrders),
  ...Object.fromEntries(verbForms.flatMap((form) => Object.entries(prefixed(`verbs:${form}`, buildStringTable(Object.keys(verbModule[form]))))))
}
const meta = {
  sources: {'en-lexicon': version('en-lexicon'), humannames: version('humannames'), 'cities-list': version('cities-list'), 'en-inflectors': version('en-inflectors')},
  counts: {lexicon: words.length, tagSets: tagSets.length, names: Object.keys(names).length, cities: Object.keys(cities).length, verbRows: verbRows.length},
  // 2: each form object's keys in a string table of their own (1 built the objects when read).
  verbs: 2
}
const block = packSections(meta, sections)
// The block as the tagger will read it: every key of every form object, the
// `irregular` rows and some look-ups give what the module gives.
const inPlace = taggerLists(block.buffer, block.byteOffset, block.byteLength).verbs
if (!inPlace) throw new Error('tagger table: the verb table does not read back')
if (JSON.stringify(inPlace.irregular) !== JSON.stringify(verbModule.irregular)) throw new Error('tagger table: the verb table\'s `irregular` does not read back as it was')
for (const form of verbForms) {
  for (const key of Object.keys(verbModule[form])) {
    if (JSON.stringify(inPlace[form][key]) !== JSON.stringify(verbModule[form][key])) throw new Error(`tagger table: the verb table's \`${form}.${key}\` does not read back as it was`)
  }
}
for (const probe of ['walked', 'ran', 'constructor', 'toString', '__proto__', 'xqzt', '']) {
  if (JSON.stringify(inPlace.lookup(probe)) !== JSON.stringify(verbModule.lookup(probe))) throw new Error(`tagger table: the verb table's lookup of \`${probe}\` differs`)
}
fs.writeFileSync(path.join(root, 'generated', 'tagger.bin'), block)
console.log(`copydesk tagger table: ${words.length} words, ${meta.counts.names} names, ${meta.counts.cities} cities, ${verbRows.length} verbs, ${(block.length / 1024 / 1024).toFixed(1)} MB`)
