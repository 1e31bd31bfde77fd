/**
 * Word lists for `quote-balance`: the quotation marks it pairs, the clipped
 * words and abbreviated years that start with an apostrophe (so `’em` and
 * `’90s` are not quotations), and the short attribution that a forgotten
 * closing mark usually runs into (`“We will rebuild, he said.`; its verbs
 * are `tagVerbs` in `speech-verbs.ts`).
 *
 * Compiled for copydesk from English punctuation usage as the AP Stylebook,
 * the Chicago Manual of Style and New Hart's Rules describe it (apostrophes in
 * contractions, elisions and abbreviated years; quotation marks and running
 * quotations); facts, not copied text. Licence: MIT, like the rest of copydesk.
 *
 * Word entries are lower case; the scanner compares lower-cased words.
 */

/** Kind of quotation mark: `“”"` are double, `‘’'` single. */
export type QuoteKind = 'double' | 'single'

export interface MarkInfo {
  readonly kind: QuoteKind
  /** Straight marks (`"`, `'`) have no direction; curly ones declare one. */
  readonly curly: boolean
  /** The direction a curly mark's shape declares. */
  readonly declared?: 'open' | 'close'
}

/**
 * The quotation marks of English copy. `„` (low double, German and Polish
 * copy quoted in English) opens and may close with `“` or `”`. Primes (`′″`)
 * and guillemets are not listed: they never pair with these.
 */
export const marks: Readonly<Record<string, MarkInfo>> = {
  '"': {kind: 'double', curly: false},
  '“': {kind: 'double', curly: true, declared: 'open'},
  '”': {kind: 'double', curly: true, declared: 'close'},
  '„': {kind: 'double', curly: true, declared: 'open'},
  "'": {kind: 'single', curly: false},
  '‘': {kind: 'single', curly: true, declared: 'open'},
  '’': {kind: 'single', curly: true, declared: 'close'}
}

/** The curly mark of each kind and direction, for suggestions. */
export const curlyMark: Readonly<Record<QuoteKind, {readonly open: string; readonly close: string}>> = {
  double: {open: '“', close: '”'},
  single: {open: '‘', close: '’'}
}

/** The straight mark of each kind. */
export const straightMark: Readonly<Record<QuoteKind, string>> = {double: '"', single: "'"}

/**
 * Clipped words written with a leading apostrophe that are not words on
 * their own, so a mark before them is always an apostrophe: `’em`, `’tis`,
 * `rock ’n’ roll` (the `n` of `’n’` is matched with its closing apostrophe).
 */
export const clippedWords: ReadonlySet<string> = new Set([
  'burbs', // suburbs
  'cept', // except
  'cuz', // because
  'em', // them
  'fraid', // afraid
  'im', // him
  'neath', // beneath
  'nuff', // enough
  'til', // until
  'tis', // it is
  'twas', // it was
  'twere', // it were
  'twill', // it will
  'twixt', // betwixt
  'twould' // it would
])

/**
 * Clipped words that are also ordinary words (`’cause`/`cause`, `’bout`/`bout`,
 * `’round`/`round`): an apostrophe only when no closing mark follows in the
 * paragraph, since `‘Cause of death is unknown,’ she said` is a quotation.
 */
export const ambiguousClippedWords: ReadonlySet<string> = new Set([
  'bout', // about
  'cause', // because
  'cos', // because (British); also a lettuce
  'gainst', // against
  'nother', // `a whole ’nother`
  'round', // around
  'scuse', // excuse
  'sup', // what's up; also to sup
  'tween' // between; also a noun
])

/**
 * Words before an abbreviated year (`class of ’19`, `since ’08`, `in ’95`):
 * after them two digits take an apostrophe, not an opening quotation mark.
 * Two digits and an `s` (`’90s`) are a decade wherever they stand.
 */
export const yearCues: ReadonlySet<string> = new Set([
  'after',
  'and',
  'autumn',
  'before',
  'between',
  'by',
  'c.',
  'circa',
  'class',
  'during',
  'early',
  'fall',
  'from',
  'in',
  'late',
  'mid',
  'of',
  'or',
  'since',
  'spring',
  'summer',
  'the',
  'through',
  'til',
  'till',
  'to',
  'until',
  'vintage',
  'winter'
])

/** Pronouns that can be the whole subject of an attribution (`he said`). */
export const speakerPronouns: ReadonlySet<string> = new Set(['he', 'i', 'it', 'she', 'they', 'we', 'you'])

/** Words that open a speaker's name or role (`the mayor said`, `a spokesman said`). */
export const speakerDeterminers: ReadonlySet<string> = new Set([
  'a',
  'an',
  'another',
  'her',
  'his',
  'its',
  'one',
  'our',
  'the',
  'their',
  'two'
])

/**
 * Words that start a clause of the quotation itself rather than an
 * attribution: `“We asked, and he said no.` is still inside the quote.
 */
export const clauseOpeners: ReadonlySet<string> = new Set([
  'after',
  'although',
  'and',
  'as',
  'because',
  'before',
  'but',
  'for',
  'if',
  'nor',
  'or',
  'since',
  'so',
  'that',
  'then',
  'though',
  'until',
  'what',
  'when',
  'where',
  'which',
  'while',
  'who',
  'yet'
])

/**
 * Abbreviations that take a possessive apostrophe after their full stop
 * (`Woodyard Bros.’ store`, `Apple Inc.’s`), compared without the stop.
 * Initialisms such as `U.S.` are recognised by their shape.
 */
export const possessiveAbbreviations: ReadonlySet<string> = new Set([
  'assn',
  'bros',
  'co',
  'corp',
  'inc',
  'jr',
  'ltd',
  'plc',
  'sr'
])
