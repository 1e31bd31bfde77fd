/**
 * Articles, prepositions and conjunctions of French, Spanish, Italian and
 * German that English prose does not write on their own: a word standing
 * beside one of them is part of a phrase in that language (`fille de
 * chambre`, `le noir`, `Carthago delenda est`, `Rue de la Paix`), not a slip.
 * English words that look alike (`a`, `am`, `die`, `en`, `in`, `on`) are
 * left out. Compiled for copydesk from the grammar of those languages;
 * licence: MIT, like the rest of copydesk. All entries are lower case.
 */
export const foreignFunctionWords: ReadonlySet<string> = new Set([
  // French
  'au', 'aux', 'de', 'des', 'du', 'est', 'et', 'la', 'le', 'les', 'une',
  // Spanish and Italian
  'del', 'della', 'di', 'el', 'il', 'las', 'los', 'y',
  // German
  'der', 'und', 'von'
])
