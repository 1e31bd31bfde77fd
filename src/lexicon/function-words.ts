/** Prepositions that are no adverb particle (`with`, `from`, `upon`). */
const prepositions = ['against', 'among', 'as', 'at', 'between', 'during', 'for', 'from', 'into', 'of', 'onto', 'than', 'to', 'toward', 'towards', 'until', 'upon', 'with', 'within', 'without']

/**
 * English closed-class words: pronouns, determiners, the prepositions that
 * do not double as adverb particles, auxiliaries and modals, and
 * conjunctions. English makes closed compounds of content words (noun and
 * noun, adjective and noun, particle and verb: `chartroom`, `interstage`,
 * `overtake`), seldom of these, so a token made of one of them and another
 * word (`thisweek`, `withtheir`, `wouldhave`) is two words run together.
 * The particles that do make compounds (`over`, `under`, `out`, `up`,
 * `down`, `off`, `back`, `through`, `about`, `after`, `before`, `by`, `in`,
 * `on`) are left out, as are adverbs (`ever`, `here`, `then`, `well`).
 * Compiled for copydesk from the closed classes of English grammar (the
 * Brown Corpus tagset's article, determiner, pronoun, preposition, modal,
 * auxiliary and conjunction tags); licence: MIT, like the rest of copydesk.
 * All entries are lower case.
 */
export const closedClassWords: ReadonlySet<string> = new Set([
  // Articles and determiners, with `next`, which stands before a time noun as one does (`next week`).
  'a', 'all', 'an', 'another', 'any', 'both', 'each', 'either', 'every', 'few', 'many', 'more', 'most', 'much', 'neither', 'next', 'no', 'other', 'several', 'some', 'such', 'that', 'the', 'these', 'this', 'those',
  // Personal, possessive, reflexive, relative and interrogative pronouns.
  'he', 'her', 'hers', 'herself', 'him', 'himself', 'his', 'i', 'it', 'its', 'itself', 'me', 'mine', 'my', 'myself', 'our', 'ours', 'ourselves', 'she', 'their', 'theirs', 'them', 'themselves', 'they', 'us', 'we', 'what', 'which', 'who', 'whom', 'whose', 'you', 'your', 'yours', 'yourself',
  // Existential `there`.
  'there',
  // Prepositions that are no adverb particle.
  ...prepositions,
  // Auxiliaries and modals.
  'am', 'are', 'be', 'been', 'can', 'could', 'did', 'do', 'does', 'had', 'has', 'have', 'is', 'may', 'might', 'must', 'shall', 'should', 'was', 'were', 'will', 'would',
  // Conjunctions.
  'although', 'and', 'because', 'but', 'if', 'nor', 'or', 'though', 'unless', 'when', 'where', 'whether', 'while'
])

/**
 * The first parts of the pronominal adverbs English closes up with a
 * preposition (`thereof`, `whereby`, `herewith`, `therefrom`,
 * `whereupon`): a closed form, though both parts are closed-class words.
 */
const pronominalAdverbStarts = ['here', 'there', 'where']

/**
 * The second parts of the reflexive pronouns, which English writes closed
 * up with a pronoun: `themself`, the singular reflexive of `they` that
 * news copy uses for a person who goes by they, is missing from the
 * dictionaries, and a pronoun before `self` is no slip of spacing.
 */
const reflexiveEnds = ['self', 'selves']

/**
 * Whether `left` and `right` closed up are two words run together rather
 * than a closed compound: either is a closed-class word, and they are no
 * pronominal adverb (`therefrom`) and no reflexive pronoun (`themself`).
 */
export function isGluedPair(left: string, right: string): boolean {
  if (pronominalAdverbStarts.includes(left) && prepositions.includes(right)) return false
  if (reflexiveEnds.includes(right)) return false
  return closedClassWords.has(left) || closedClassWords.has(right)
}
