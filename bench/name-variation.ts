/**
 * How often names take a respelling as their own spelling: for each kind of
 * edit the slip channel prices (`name-channel.ts`), how many of the one-edit
 * respellings of the listed names (`generated/name-priors.txt`, the names a
 * slip is read against) are listed names themselves. Only edits after the
 * first letter are made, as a name candidate shares the token's first letter.
 * A respelling is made from the name typed for (`intended`): `doubled` is
 * the name with a letter written twice, `digraphTyped` its `f` written `ph`.
 * Each kind is also counted finer, by the letters it changes, adds or drops
 * (`vowel e>o`: an `o` written for a name's `e`, Aaron beside Aaren).
 * Reads the name lists only, never a text.
 *
 * Three shares per kind: of its respellings (`share`: how likely one
 * respelling is a name too), of the places in the names where it can be
 * made (`per place`: a vowel changed anywhere after the first syllable
 * gives one place, however many vowels may stand there), and of all the
 * names' letters after the first (`per letter`: how the slip channel
 * prices a kind, `learnChannel`). The listed pairs of a doubled and an
 * undoubled letter are the same pairs seen from each side.
 *
 * Run: `npm run build && node dist/bench/name-variation.js [--pairs KIND] [--json]`
 * (`--pairs` lists a kind's listed pairs, respelling first; `--json` prints
 * each kind's counts).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {editKinds, insertionKind, omissionKind, substitutionKind, type EditKind} from '../src/analysis/name-channel.js'
import {exitOnUnknownOptions} from './options.js'

const args = process.argv.slice(2)
exitOnUnknownOptions(args, {flags: ['--json'], withValue: ['--pairs'], usage: 'Usage: name-variation.js [--pairs KIND] [--json] (name lists only)'})
const pairsOf = args.includes('--pairs') ? args[args.indexOf('--pairs') + 1] : undefined

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const names = new Set<string>()
for (const line of fs.readFileSync(path.join(repoRoot, 'generated', 'name-priors.txt'), 'utf8').split('\n')) {
  const name = line.split('\t')[0]!.toLowerCase()
  if (/^[a-z]{3,}$/.test(name)) names.add(name)
}

const letters = 'abcdefghijklmnopqrstuvwxyz'

/**
 * Every one-edit respelling of `intended` after its first letter, with its
 * kind (the first kind found for a string); each kind's places (and each
 * finer kind's) are added to `places`.
 */
function respellings(intended: string, places: Set<string>): Map<string, EditKind> {
  const out = new Map<string, EditKind>()
  let at = 0
  const add = (typed: string, kind: EditKind) => {
    if (typed !== intended && !out.has(typed)) {
      out.set(typed, kind)
      places.add(kind + '|' + at)
      const fine = detail(typed, intended, kind)
      if (fine !== kind) places.add(fine + '|' + at)
    }
  }
  const firstVowelAt = intended.search(/[aeiou]/)
  for (let j = 1; j < intended.length; j++) {
    at = j
    for (const letter of letters) {
      if (letter !== intended[j]) add(intended.slice(0, j) + letter + intended.slice(j + 1), substitutionKind(letter, intended[j]!, firstVowelAt, j))
    }
    add(intended.slice(0, j) + intended.slice(j + 1), omissionKind(intended, j))
    if (j + 1 < intended.length && intended[j] !== intended[j + 1]) add(intended.slice(0, j) + intended[j + 1] + intended[j] + intended.slice(j + 2), 'swap')
    if (intended[j] === 'f') add(intended.slice(0, j) + 'ph' + intended.slice(j + 1), 'digraphTyped')
    if (intended[j] === 'k' && intended[j - 1] !== 'c') add(intended.slice(0, j) + 'ck' + intended.slice(j + 1), 'digraphTyped')
    if (intended.startsWith('ph', j)) add(intended.slice(0, j) + 'f' + intended.slice(j + 2), 'digraph')
    if (intended.startsWith('ck', j)) add(intended.slice(0, j) + 'k' + intended.slice(j + 2), 'digraph')
  }
  for (let i = 1; i <= intended.length; i++) {
    at = i + 0.5
    for (const letter of letters) {
      const typed = intended.slice(0, i) + letter + intended.slice(i)
      add(typed, insertionKind(typed, i))
    }
  }
  return out
}

/** The finer kinds the study also counts: which letters changed, or which letter was added or left out. */
function detail(typed: string, intended: string, kind: EditKind): string {
  let at = 0
  while (at < typed.length && typed[at] === intended[at]) at++
  if (kind === 'soundAlike' || kind === 'neighbourKey' || kind === 'vowel' || kind === 'firstVowel' || kind === 'otherLetter') return `${kind} ${intended[at]}>${typed[at]}`
  if (kind === 'doubled' || kind === 'keyInsert' || kind === 'otherInsert') return `${kind} +${typed[at]}`
  if (kind === 'undoubled' || kind === 'droppedH' || kind === 'droppedOther' || kind === 'droppedVowel') return `${kind} -${intended[at]}`
  return kind
}

const tried = new Map<string, number>()
const listed = new Map<string, number>()
const examples = new Map<string, string[]>()
const placesOf = new Map<string, number>()
for (const intended of names) {
  const places = new Set<string>()
  const found = respellings(intended, places)
  for (const place of places) {
    const kind = place.split('|')[0]!
    placesOf.set(kind, (placesOf.get(kind) ?? 0) + 1)
  }
  for (const [typed, kind] of found) {
    const fine = detail(typed, intended, kind)
    for (const key of fine === kind ? [kind] : [kind, fine]) {
      tried.set(key, (tried.get(key) ?? 0) + 1)
      if (names.has(typed)) {
        listed.set(key, (listed.get(key) ?? 0) + 1)
        const list = examples.get(key) ?? []
        if (list.length < 4 || key === pairsOf) list.push(`${typed}/${intended}`)
        examples.set(key, list)
      }
    }
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify(Object.fromEntries([...tried.keys()].map((key) => [key, {listed: listed.get(key) ?? 0, places: placesOf.get(key) ?? 0}]))))
  process.exit(0)
}
if (pairsOf) {
  console.log((examples.get(pairsOf) ?? []).join('\n'))
  process.exit(0)
}
let letterCount = 0
for (const name of names) letterCount += name.length - 1
console.log(`${names.size} listed names (a–z, three letters or more; ${letterCount} letters after the first), respelt once after the first letter`)
console.log('kind\trespellings\tlisted\tshare %\tlog2 share\tplaces\tlog2 per place\tlog2 per letter\texamples (respelling/name)')
const rows = [...tried.keys()].filter((key) => editKinds.includes(key as EditKind) || (tried.get(key) ?? 0) >= 2000)
rows.sort((left, right) => (editKinds.includes(left as EditKind) ? 0 : 1) - (editKinds.includes(right as EditKind) ? 0 : 1) || left.localeCompare(right))
for (const key of rows) {
  const count = listed.get(key) ?? 0
  const share = count / tried.get(key)!
  console.log(`${key}\t${tried.get(key)}\t${count}\t${(share * 100).toFixed(2)}\t${Math.log2((count + 0.5) / tried.get(key)!).toFixed(2)}\t${placesOf.get(key) ?? ''}\t${placesOf.has(key) ? Math.log2((count + 0.5) / placesOf.get(key)!).toFixed(2) : ''}\t${Math.log2((count + 0.5) / letterCount).toFixed(2)}\t${(examples.get(key) ?? []).join(' ')}`)
}
