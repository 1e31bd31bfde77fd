/**
 * `npm run foreign-stop-words`: regenerate `src/lexicon/foreign-stop-words.ts`
 * from the French, Spanish, Italian, German and Portuguese stop-word lists
 * of the stopwords-iso package (MIT), filtered by rule so that no entry can
 * stand for English or for a slip of it:
 *
 * - an entry that is a lower-case word of any of the project's English word
 *   lists (`con`, `per`, `son`, `me`, `die`, `come`, `place`) is left out;
 * - so is an entry one slip (one letter added, dropped, changed, or two
 *   side by side swapped) from an English closed-class word (`teh`, `adn`,
 *   `hte`, `ot`) or the particles and adverbs most written, so a typed slip never reads as foreign;
 * - so is an entry of two letters or fewer, which English writes as
 *   abbreviations and initials, unless the hand list already holds it;
 * - and one with a character other than a letter (`c'est`, `d'un`).
 *
 * Needs the built word lists (`npm run build`). `test/foreign-stop-words.test.ts`
 * fails when the file is stale.
 */
import fs from 'node:fs'
import path from 'node:path'
import {createRequire} from 'node:module'
import {frequentFunctionWords} from '../src/lexicon/function-words.js'
import {handForeignFunctionWords} from '../src/lexicon/foreign-function-words.js'
import {root} from '../src/node/resources.js'

/** The languages read, as stopwords-iso names them. */
export const languages = ['fr', 'es', 'it', 'de', 'pt'] as const

/** The lower-case words of every English word list the project builds. */
function englishWords(): Set<string> {
  const words = new Set<string>()
  const folder = path.join(root, 'generated')
  for (const name of fs.readdirSync(folder)) {
    if (!/^(more-)?words-en-[A-Z]{2}\.txt$/.test(name)) continue
    for (const line of fs.readFileSync(path.join(folder, name), 'utf8').split('\n')) if (line && line === line.toLowerCase()) words.add(line)
  }
  if (words.size === 0) throw new Error('no English word lists under generated/: run `npm run build` first')
  return words
}

/** Whether `a` and `b` are one slip apart: one letter added, dropped or changed, or two side by side swapped. */
export function oneSlipApart(a: string, b: string): boolean {
  if (a === b) return false
  if (Math.abs(a.length - b.length) > 1) return false
  if (a.length === b.length) {
    const differ: number[] = []
    for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) differ.push(index)
    if (differ.length === 1) return true
    return differ.length === 2 && differ[1] === differ[0]! + 1 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!]
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  for (let index = 0; index < long.length; index++) if (long.slice(0, index) + long.slice(index + 1) === short) return true
  return false
}

/** The filtered entries, sorted. */
export function foreignStopWords(): string[] {
  const require = createRequire(import.meta.url)
  const lists = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>
  const english = englishWords()
  const kept = new Set<string>()
  for (const language of languages) {
    for (const raw of lists[language] ?? []) {
      const word = raw.normalize('NFC').toLowerCase()
      if (!/^\p{L}+$/u.test(word)) continue
      if (word.length <= 2 && !handForeignFunctionWords.has(word)) continue
      if (english.has(word)) continue
      if ([...frequentFunctionWords].some((closed) => oneSlipApart(word, closed))) continue
      kept.add(word)
    }
  }
  return [...kept].sort()
}

/** Each language's whole list, entries of letters alone, sorted: for two words in a row of one language. */
export function stopWordsByLanguage(): Record<string, string[]> {
  const require = createRequire(import.meta.url)
  const lists = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>
  const byLanguage: Record<string, string[]> = {}
  for (const language of languages) {
    byLanguage[language] = [...new Set((lists[language] ?? []).map((raw) => raw.normalize('NFC').toLowerCase()).filter((word) => /^\p{L}+$/u.test(word)))].sort()
  }
  return byLanguage
}

/** `words` quoted, comma-separated, in lines of at most 120 characters, each starting with `indent`. */
function wrapped(words: ReadonlyArray<string>, indent: string): string {
  const lines: string[] = []
  let line = ''
  for (const word of words) {
    const item = `'${word}',`
    if (line && indent.length + line.length + 1 + item.length > 120) {
      lines.push(indent + line)
      line = ''
    }
    line += (line ? ' ' : '') + item
  }
  if (line) lines.push(indent + line)
  return lines.join('\n').replace(/,$/, '')
}

export function foreignStopWordsSource(words: ReadonlyArray<string>, byLanguage: Record<string, string[]>): string {
  const languageLists = Object.entries(byLanguage).map(([language, list]) => `  ${language}: [\n${wrapped(list, '    ')}\n  ]`)
  return `/**
 * Stop words (articles, prepositions, pronouns, conjunctions, auxiliaries)
 * of French, Spanish, Italian, German and Portuguese that no English word
 * list holds and that are no slip of an English closed-class word.
 * Generated by \`npm run foreign-stop-words\` (scripts/foreign-stop-words.ts)
 * from stopwords-iso ${stopwordsIsoVersion()} (MIT licence); do not edit by hand.
 */
export const foreignStopWords: ReadonlyArray<string> = [
${wrapped(words, '  ')}
]

/**
 * Each language's whole stop-word list (entries of letters alone), English
 * words and all: two words in a row of one list (\`mais mon\`, \`Eh bien\`)
 * are a phrase of that language.
 */
export const stopWordsByLanguage: Readonly<Record<string, ReadonlyArray<string>>> = {
${languageLists.join(',\n')}
}
`
}

function stopwordsIsoVersion(): string {
  const require = createRequire(import.meta.url)
  return (require('stopwords-iso/package.json') as {version: string}).version
}

export const foreignStopWordsFile = path.join(root, 'src', 'lexicon', 'foreign-stop-words.ts')

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'foreign-stop-words.js'))) {
  const words = foreignStopWords()
  fs.writeFileSync(foreignStopWordsFile, foreignStopWordsSource(words, stopWordsByLanguage()))
  console.log(`foreign stop words: ${words.length}`)
}
