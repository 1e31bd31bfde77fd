/**
 * How the word after `a` or `an` starts when read aloud: the data of
 * `indefinite-article`. Written for copydesk from the AP and Guardian
 * style entries on `a`/`an` and on abbreviations; the lists are our own.
 */

/** The article a spoken sound takes. */
export type Article = 'a' | 'an'

/** Letters whose names start with a vowel sound when an abbreviation is read letter by letter (`an FBI`, `an MP`, `an X-ray`). */
export const vowelLetterNames = new Set(['a', 'e', 'f', 'h', 'i', 'l', 'm', 'n', 'o', 'r', 's', 'x'])

/** Abbreviations said as words, not letter by letter (`a NATO summit`, `a UEFA ban`); lower case. */
export const spokenAbbreviations = new Set([
  'aids', 'asean', 'ebola', 'eu', 'fifa', 'gif', 'isa', 'isis', 'jpeg', 'laser', 'nasa', 'nasdaq', 'nato', 'nimby', 'opec', 'ofcom',
  'ofsted', 'ofgem', 'radar', 'scuba', 'sars', 'swat', 'uefa', 'unesco', 'unicef', 'unison', 'wasp', 'yolo'
])

/** Word beginnings spelled with a vowel but said with a consonant sound (`a university`, `a one-off`, `a euro`). */
export const consonantSoundStarts: ReadonlyArray<RegExp> = [
  /^uni(?![dmn])/, // uniform, union, unique, unit, university; not unidentified, unimportant, uninsured
  /^u[bgkst][aeiou]/, // ubiquitous, Ugandan, Ukrainian, usual, use, utility, utopian
  /^ur[aeio]/, // uranium, urea, urinal
  /^una(?:nim)/, // unanimous
  /^u(?:efa|nesco)/, // abbreviations said as words: a UEFA ban, a UNESCO site
  /^eu/, // euro, eulogy, euphemism
  /^ewe/,
  /^one(?!r)/, // one, one-off, one-time; not onerous
  /^once/
]

/** Word beginnings spelled with a consonant but said with a vowel sound (`an hour`, `an honest`). */
export const vowelSoundStarts: ReadonlyArray<RegExp> = [/^hour/, /^honest/, /^honou?r/, /^heir/]

/** Words either article is written before in edited copy (`an historic`, `an herb` in US use, `a herb` in British). */
export const eitherArticle: ReadonlyArray<RegExp> = [/^herb(?!ert)/, /^histor/, /^hotel/, /^heroic/, /^hypothe/, /^habitual/, /^hereditary/]
