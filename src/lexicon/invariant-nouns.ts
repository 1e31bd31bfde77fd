/**
 * Nouns that take no `-s` plural: their plural is the singular
 * (`aircraft`, `sheep`, `species`) or they name a mass that is not counted
 * (`information`, `equipment`, `advice`). A `-s` on one of them is a slip,
 * not a plural the dictionary happens to lack (`aircrafts`, `informations`).
 *
 * Where they came from: written here from the zero-plural and uncountable
 * nouns that English grammars and usage guides list. Facts, not copied
 * text. Licence: MIT, like the rest of copydesk.
 */
export const invariantNouns: ReadonlySet<string> = new Set([
  // Plural the same as the singular.
  'aircraft',
  'bison',
  'deer',
  'hovercraft',
  'moose',
  'offspring',
  'series',
  'sheep',
  'spacecraft',
  'species',
  'swine',
  'watercraft',
  // Uncountable.
  'advice',
  'baggage',
  'equipment',
  'furniture',
  'homework',
  'housework',
  'information',
  'knowledge',
  'livestock',
  'luggage',
  'machinery',
  'wildlife'
])
