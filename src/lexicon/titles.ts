/**
 * Titles of people: the words that stand capitalised before a person's
 * name (`Mayor Dever`, `Mr. Vega`, `Sister Clare`, `Cllr Ward`), each with
 * the kinds of title it is. One list, read by attribution (a title and a
 * capitalised word name a speaker), by the quotation analysis (a title's
 * stop ends no sentence) and by the spelling analysis (a name is meant
 * after a title; an office mistyped in a name is still that office).
 *
 * Where they came from: written here from the titles and abbreviations of
 * address in news copy (AP and British usage: `Gov.`, `Sen.`, `Cllr`, `PC`),
 * the offices and ranks of government, the church, the forces and the
 * courts, and the titles of nobility and of family, in lower case.
 * Facts, not copied text. Licence: MIT, like the rest of copydesk.
 */

/**
 * What a title is:
 * - `abbreviation`: written short, so it stands only before a name (`Mr.`,
 *   `Dr`, `Sgt.`), never as a common noun heading a title in title case
 *   (`Vice President`, `Prime Minister`, `General Assembly`).
 * - `office`: an office, rank or title of address written out that also
 *   stands capitalised as a common noun of a proper name (`the Queen`,
 *   `Captain`, `Sister`, `Lady`): a word one slip from it in a name is
 *   likely it mistyped (`Mayod Dever`).
 * - `address`: a title a person is addressed or named by, before the name.
 */
export type TitleKind = 'abbreviation' | 'office' | 'address'

/** Titles, lower case, no stop, by their kinds. */
const table: ReadonlyArray<readonly [ReadonlyArray<TitleKind>, string]> = [
  [['abbreviation', 'address'], 'adm capt cllr col det dr gen gov insp lt maj mr mrs ms mx prof rep rev sen sgt supt'],
  // `PC Smith`: the capitals of a police constable, not read where only `Pc` would be.
  [['address'], 'pc'],
  [
    ['office', 'address'],
    'admiral bishop captain cardinal chancellor colonel commissioner father general governor judge justice king lady lord mayor ' +
      'minister pope president prince princess professor queen rabbi reverend secretary senator sergeant sister'
  ],
  // Not `uncle`: `Unckle`, an old spelling in a record of the 1600s, woke on the development genres with it.
  [['office'], 'aunt baron countess duke earl emperor empress lieutenant master saint sheriff'],
  [
    ['address'],
    'ambassador archbishop brother chairman chairwoman chief coach constable councillor councilman councilwoman dame deputy ' +
      'detective director emir imam inspector major miss officer prime sheikh sir speaker superintendent vice'
  ]
]

/** Each title, lower case, and its kinds. */
export const titles: ReadonlyMap<string, ReadonlySet<TitleKind>> = new Map(
  table.flatMap(([kinds, words]) => words.split(' ').map((word) => [word, new Set(kinds)] as const))
)

/** The titles of one kind. */
function ofKind(kind: TitleKind): ReadonlySet<string> {
  return new Set([...titles].filter(([, kinds]) => kinds.has(kind)).map(([word]) => word))
}

/**
 * Titles before a name (`President Putin`, `Ms Hồng`, `Cllr Ward`): with a
 * capitalised word after them they name a person.
 */
export const honorifics: ReadonlySet<string> = ofKind('address')

/**
 * The abbreviated titles (`Mr.`, `Dr`, `Sgt.`): they stand only before a
 * person's name, so a name is meant after them, not a near common word.
 */
export const personalTitles: ReadonlySet<string> = ofKind('abbreviation')

/** Offices, ranks and titles of address written out: the common nouns of proper names that stand before a person's name. */
export const nameTitles: ReadonlySet<string> = ofKind('office')
