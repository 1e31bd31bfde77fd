import {foreignStopWords, stopWordsByLanguage} from './foreign-stop-words.js'
import {frequentFunctionWords} from './function-words.js'

/**
 * Articles, prepositions and conjunctions of French, Spanish, Italian and
 * German that English prose does not write on their own: a word standing
 * beside one of them is part of a phrase in that language (`fille de
 * chambre`, `le noir`, `Carthago delenda est`, `Rue de la Paix`), not a slip.
 * English words that look alike (`a`, `am`, `die`, `en`, `in`, `on`,
 * `pour`, `sans`) are left out, and one written in capitals (`UN`, `LA`) is
 * an English abbreviation. Compiled for copydesk from the grammar of those languages;
 * licence: MIT, like the rest of copydesk. All entries are lower case.
 */
export const handForeignFunctionWords: ReadonlySet<string> = new Set([
  // French
  'au', 'aux', 'avec', 'dans', 'de', 'des', 'du', 'est', 'et', 'la', 'le', 'les', 'sur', 'un', 'une',
  // Spanish and Italian
  'degli', 'del', 'della', 'delle', 'di', 'el', 'il', 'las', 'los', 'y',
  // German
  'der', 'ist', 'und', 'von'
])

/**
 * The hand list with the stop words of French, Spanish, Italian, German and
 * Portuguese that no English word list holds (`avec`, `mais`, `alors`,
 * `nicht`, `muito`; see `foreign-stop-words.ts`).
 */
export const foreignFunctionWords: ReadonlySet<string> = new Set([...handForeignFunctionWords, ...foreignStopWords])

const stopLists = Object.values(stopWordsByLanguage).map((list) => new Set(list))

/**
 * Whether `word` and `neighbour`, written side by side, are two words of
 * one language's stop-word list (`mais mon`), the neighbour no English
 * function word (`mais` beside `the` is no French phrase). Both lower case.
 */
export function inOneStopList(word: string, neighbour: string): boolean {
  if (frequentFunctionWords.has(neighbour)) return false
  return stopLists.some((list) => list.has(word) && list.has(neighbour))
}
