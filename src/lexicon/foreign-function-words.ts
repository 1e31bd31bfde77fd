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
export const foreignFunctionWords: ReadonlySet<string> = new Set([
  // French
  'au', 'aux', 'avec', 'dans', 'de', 'des', 'du', 'est', 'et', 'la', 'le', 'les', 'sur', 'un', 'une',
  // Spanish and Italian
  'degli', 'del', 'della', 'delle', 'di', 'el', 'il', 'las', 'los', 'y',
  // German
  'der', 'ist', 'und', 'von'
])
