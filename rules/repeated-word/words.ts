/**
 * Words that English writes twice in a row on purpose, for `repeated-word`.
 *
 * Compiled for copydesk from standard English grammar and usage (the
 * past perfect `had had`, the conjunction-plus-demonstrative `that that`,
 * pseudo-cleft sentences such as `what it is is`, object-plus-possessive
 * `told her her`), reduplicated words listed in general dictionaries
 * (`bye bye`, `knock knock`), the exceptions Harper's `repeated_words` linter
 * makes, and the phrasal-verb particles that meet their own preposition
 * (`phased in in stages`); facts, not copied text.
 *
 * Licence: MIT, like the rest of copydesk.
 */

/** Always correct when doubled: the second word does its own job. */
export const legitimateDoubles: ReadonlySet<string> = new Set([
  // `She had had enough`: past perfect of `have`.
  'had',
  // `He said that that plan failed`: conjunction, then demonstrative.
  'that',
  // `They told her her flight was cancelled`: object, then possessive.
  'her',
  // `I told you you would win`: object, then subject.
  'you'
])

/**
 * Emphatic and reduplicated words a writer (or a speaker being quoted)
 * doubles on purpose; deleting one would change the quote or the tone.
 * Several are hyphenated compounds missing their hyphen (`so-so`, `no-no`,
 * `bye-bye`), where deleting a word would be the wrong fix.
 */
export const reduplications: ReadonlySet<string> = new Set([
  // Emphasis, mostly in quoted speech: `very very`, `many many years`.
  'very',
  'really',
  'much',
  'many',
  'far',
  'long',
  'so',
  'too',
  'no',
  'yes',
  // Reduplicated words and interjections.
  'bye',
  'blah',
  'boo',
  'chop',
  'choo',
  'go',
  'ha',
  'hah',
  'haha',
  'hee',
  'ho',
  'hush',
  'knock',
  'la',
  'night',
  'pom',
  'pooh',
  'tom',
  'tsk',
  'tut',
  'win',
  'yada',
  'yo',
  'yum'
])

/**
 * Verbs doubled only in a pseudo-cleft sentence: `What it is is a tax`,
 * `All it was was a mistake`, `What they do do is listen`. Each is accepted
 * only after one of `cleftCues` earlier in the same sentence.
 */
export const cleftDoubles: ReadonlySet<string> = new Set(['is', 'was', 'do', 'does', 'did'])

/** Words that open a pseudo-cleft (`what`, `all`) earlier in the sentence. */
export const cleftCues: ReadonlySet<string> = new Set(['what', 'whatever', 'all'])

/**
 * Particles of phrasal verbs that can meet the same word as a preposition:
 * `the tax was phased in in stages`, `she logged on on Monday`, `phase the
 * grants in in stages`. Accepted when one of `phrasalVerbs` (or its `-s`,
 * `-ed`, `-ing` form) comes at most four words before the pair.
 */
export const particles: ReadonlySet<string> = new Set(['in', 'on', 'up', 'out', 'off', 'over', 'down', 'by', 'about', 'through'])

/**
 * Common verbs that take one of `particles` (`move in`, `log on`): base
 * forms, whose regular inflections are derived, and irregular past forms.
 */
export const phrasalVerbs: ReadonlySet<string> = new Set([
  // Irregular past forms.
  'brought',
  'built',
  'bought',
  'came',
  'drew',
  'drawn',
  'gave',
  'given',
  'got',
  'held',
  'kept',
  'ran',
  'sent',
  'sat',
  'stood',
  'swore',
  'sworn',
  'took',
  'taken',
  'went',
  // Base forms.
  'bring',
  'build',
  'buy',
  'call',
  'carry',
  'cash',
  'check',
  'chip',
  'come',
  'count',
  'dig',
  'drop',
  'factor',
  'fill',
  'get',
  'give',
  'go',
  'hand',
  'hang',
  'hold',
  'join',
  'keep',
  'kick',
  'let',
  'live',
  'lock',
  'log',
  'look',
  'move',
  'pass',
  'pencil',
  'phase',
  'plug',
  'pull',
  'push',
  'put',
  'run',
  'send',
  'set',
  'settle',
  'shut',
  'sign',
  'sit',
  'stand',
  'stay',
  'step',
  'take',
  'tune',
  'turn',
  'swear',
  'usher',
  'walk',
  'weigh'
])

/**
 * Small function words that are never names, so a capitalised double is
 * still a slip (`The The minister`); any other capitalised double is taken
 * for a name (`Walla Walla`, `Bora Bora`, `Lee Lee`) and left alone.
 */
export const functionWords: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'he',
  'i',
  'if',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'she',
  'the',
  'their',
  'they',
  'this',
  'to',
  'was',
  'we',
  'were',
  'with'
])
