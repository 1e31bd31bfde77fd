/**
 * Titles of people: the words that stand capitalised before a person's
 * name (`Mayor Dever`, `Mr. Vega`, `Sister Clare`, `Cllr Ward`), each with
 * its kind. One list, read by attribution (a title and a capitalised word
 * name a person), by the quotation analysis (an abbreviated title's stop
 * ends no sentence), by the sentence split (`placed-parser.ts`: a plural
 * title's stop ends no sentence before a name, as parse-english's own list
 * has it for `Mr.` and `Dr.`) and by the spelling analysis (a name is meant
 * after a title; an office mistyped before a name is still that office).
 *
 * Where they came from: written here from the titles and abbreviations of
 * address in news copy (AP, Chicago and British usage: `Gov.`, `Sen.`, `Messrs.`, `Cllr`,
 * `PC`), the offices and ranks of government, the church, the forces, the
 * police and the courts, and the titles of nobility and of family, in
 * lower case. Not `uncle`: `Unckle`, an old spelling in a record of the
 * 1600s, woke on the development genres with it as an office.
 * Facts, not copied text. Licence: MIT, like the rest of copydesk.
 */
import {closedClassWords} from './function-words.js'

/**
 * What a title is:
 * - `abbreviation`: written short (`Mr.`, `Dr`, `Sgt.`), so it stands only
 *   before a person's name, never as a common noun that heads a name in
 *   title case (`Vice President`, `Prime Minister`, `General Assembly`).
 * - `office`: written out, an office or rank of state, church, forces or
 *   courts, or a title of nobility or family (`Queen`, `Captain`,
 *   `Sister`, `Lady`): a common noun that also stands capitalised in a
 *   name, so a word one slip from it there is likely it mistyped (`Mayod
 *   Dever`).
 * - `address`: written out and read before a name like the others
 *   (`Chief Ward`, `Coach Ruiz`, `Miss Vega`), but not weighed as an office
 *   a slip was meant for. These came to spelling's office evidence from the
 *   attribution list and moved no development figure there, but on text
 *   they were not chosen on they woke correct names one slip from a short
 *   title of address (`Coach`, `Miss`), so spelling reads only the offices;
 *   the first words of a title (`Prime`, `Vice`) are of this kind too.
 */
export type TitleKind = 'abbreviation' | 'office' | 'address'

const abbreviations = 'adm capt cllr col det dr gen gov insp lt maj mr mrs ms mx pc prof rep rev sen sgt supt'

/**
 * The plural abbreviated titles that stand before two or more names
 * (`Drs. Howry and Klein`, `Messrs. Tarbell and Voss`, `Sens. Markey and
 * Warren`): `Messrs.` and `Mmes.` of formal usage (Chicago), `Drs.` beside
 * them, and AP's plurals of its abbreviated titles before names (`Sens.`,
 * `Reps.`, `Govs.`). Of kind `abbreviation` like the rest, but `reps` is
 * also a common word (`ten reps. Then …`), so their stop ends no sentence
 * only before a name (`isTitleStop`).
 */
const pluralAbbreviations = 'drs govs messrs mmes reps sens'

const offices =
  'admiral aunt baron bishop captain cardinal chancellor colonel commissioner countess duke earl emperor empress father ' +
  'general governor judge justice king lady lieutenant lord master mayor minister pope president prince princess ' +
  'professor queen rabbi reverend saint secretary senator sergeant sheriff sister'

const titlesOfAddress =
  'ambassador archbishop brother chairman chairwoman chief coach constable councillor councilman councilwoman dame ' +
  'deputy detective director emir imam inspector major miss officer prime sheikh sir speaker superintendent vice'

/** Each title, lower case and without its stop, and its kind. */
export const titles: ReadonlyMap<string, TitleKind> = new Map([
  ...abbreviations.split(' ').map((word) => [word, 'abbreviation'] as const),
  ...pluralAbbreviations.split(' ').map((word) => [word, 'abbreviation'] as const),
  ...offices.split(' ').map((word) => [word, 'office'] as const),
  ...titlesOfAddress.split(' ').map((word) => [word, 'address'] as const)
])

/** The titles of one kind. */
function ofKind(kind: TitleKind): ReadonlySet<string> {
  return new Set([...titles].filter(([, each]) => each === kind).map(([word]) => word))
}

/**
 * Every title (`President Putin`, `Ms Hồng`, `Cllr Ward`): with a
 * capitalised word after it, it names a person.
 */
export const honorifics: ReadonlySet<string> = new Set(titles.keys())

/**
 * The abbreviated titles (`Mr.`, `Dr`, `Sgt.`): they stand only before a
 * person's name, so a name is meant after them, not a near common word
 * (`Mr. Baket` is Baker, not basket).
 */
export const personalTitles: ReadonlySet<string> = ofKind('abbreviation')

/**
 * The offices written out (`Mayor`, `Sister`, `Lady`): common nouns that
 * stand capitalised before a person's name, weighed by spelling as the
 * word a slip was meant for. Not the titles of kind `address`.
 */
export const nameTitles: ReadonlySet<string> = ofKind('office')

/** The plural abbreviated titles (`Drs.`, `Messrs.`, `Sens.`), lower case and without their stop. */
export const pluralTitles: ReadonlySet<string> = new Set(pluralAbbreviations.split(' '))

/**
 * Capitalised words that open a sentence far oftener than they are a
 * name: the closed-class words and the adverbs a sentence starts with
 * (`Then`, `Now`, `Still`).
 */
const sentenceOpeners: ReadonlySet<string> = new Set([
  ...closedClassWords,
  ...'about after also before by even here however in instead later meanwhile not now on once only over so soon still then thus up yet'.split(' ')
])

/**
 * Whether the full stop after `word` is an abbreviated title's, which
 * ends no sentence, with `next` the word after the stop: always after a
 * singular title (`Mr.`, `Dr.`, `Sen.`), and after a plural one
 * (`Drs.`, `Reps.`) when it is capitalised and a capitalised word that
 * opens no sentence follows (`Reps. Ruiz and Lee`, not `ten reps. Then`),
 * but not after `the` (`previous`, the word before the title): there it
 * names a team or a house, and the sentence ends (`lost to the Sens. Brady
 * Tkachuk scored twice`).
 */
export function isTitleStop(word: string, next: string | undefined, previous?: string): boolean {
  const lower = word.toLowerCase()
  if (!personalTitles.has(lower)) return false
  if (!pluralTitles.has(lower)) return true
  if (previous?.toLowerCase() === 'the') return false
  // The next word's letters, without a mark after them (`Then,`).
  const name = next === undefined ? undefined : /^\p{Lu}\p{L}*/u.exec(next)?.[0]
  return /^\p{Lu}/u.test(word) && name !== undefined && !sentenceOpeners.has(name.toLowerCase())
}
