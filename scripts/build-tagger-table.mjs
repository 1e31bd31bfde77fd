// Packs the part-of-speech tagger's word lists into generated/tagger.bin, so
// a run that tags reads one block instead of evaluating three large modules
// (see src/analysis/tagger-table.ts). Sources, read here as en-pos reads
// them, with their licences: en-lexicon (MIT, word → Penn Treebank tags),
// humannames (MIT, given names) and cities-list (MIT, city names), all
// dependencies of en-pos (MIT). Runs after `tsc`, as part of `npm run build`.
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const {buildStringTable, packSections} = await import(path.join(root, 'dist/src/analysis/word-table.js'))
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

const prefixed = (prefix, sections) => Object.fromEntries(Object.entries(sections).map(([name, section]) => [`${prefix}:${name}`, section]))
const sections = {
  ...prefixed('lexicon', buildStringTable(words)),
  'lexicon:tags': Uint16Array.from(words, (word) => tagNumber.get(lexicon[word])),
  ...prefixed('tags', buildStringTable(tagSets)),
  ...prefixed('names', buildStringTable(Object.keys(names))),
  ...prefixed('cities', buildStringTable(Object.keys(cities)))
}
const meta = {
  sources: {'en-lexicon': version('en-lexicon'), humannames: version('humannames'), 'cities-list': version('cities-list')},
  counts: {lexicon: words.length, tagSets: tagSets.length, names: Object.keys(names).length, cities: Object.keys(cities).length}
}
const block = packSections(meta, sections)
fs.writeFileSync(path.join(root, 'generated', 'tagger.bin'), block)
console.log(`copydesk tagger table: ${words.length} words, ${meta.counts.names} names, ${meta.counts.cities} cities, ${(block.length / 1024 / 1024).toFixed(1)} MB`)
