/**
 * Verbs of saying (and the few verbs of belief an anonymous source takes),
 * each written once with the subsets it belongs to. Their forms are made
 * once, here, by regular English inflection (`say`, `says`, `said`,
 * `saying`), with the forms it does not give listed beside the verb. Each
 * subset is what one use needs; the comment on each says why it is not the
 * whole list.
 *
 * Where they came from: the attribution verbs (`strong`, `weak`, `pronoun`,
 * `source`) were compiled for copydesk from the AP Stylebook's guidance on
 * quotations, attribution and anonymous sources, newsroom attribution guides
 * (lists of speech verbs and of "said" alternatives), the speech-verb list
 * of the corpustools quote extractor, and ordinary English usage; the
 * `trailing` and `reporting` subsets were written here, from the verbs of
 * saying common in news copy. Facts, not copied text. Licence: MIT, like
 * the rest of copydesk.
 */

/** A verb form: the base (`say`), the third person (`says`), the past (`said`), the past participle, the `-ing` form. */
type Tense = 'base' | 'third' | 'past' | 'participle' | 'ing'

/** The subsets, with the forms each takes of its verbs. */
const subsets = {
  /**
   * Attributes a quotation wherever it stands in its sentence or paragraph
   * outside the quotation (`said`, `told`, `added`): verbs with no common
   * sense but saying (attribution family).
   */
  strong: ['base', 'third', 'past', 'participle'],
  /** `strong` verbs whose `-ing` form attributes too (`…,” she said, adding that`). */
  'strong-ing': ['ing'],
  /** `strong` in the past only: `counter` and `quote` are nouns too (`over the counter`, `the quotes`). */
  'strong-past': ['past'],
  /**
   * Attributes only with a speaker next to it (`the report found`, `she
   * continued`, `Smith called it`): these verbs have other senses too (`the
   * rain continued`, `police found the car`) (attribution family).
   */
  weak: ['base', 'third', 'past', 'participle'],
  /**
   * `he said`, `she told` for `pronoun-attribution`: narrower than `strong`
   * and `weak`, so `he called a taxi` or `she found the keys` are not
   * attributions, and no `-ing` or participle (`he saying`, `she written`).
   */
  pronoun: ['base', 'third', 'past'],
  /** Verbs an anonymous source takes besides verbs of saying (`insiders believe`): `anonymous-attribution`. */
  source: ['base', 'third', 'past'],
  /**
   * The attribution a forgotten closing mark runs into (`“We will rebuild,
   * he said.`) for `quote-balance`: the commonest verbs of saying, in the
   * past tense, where a wrong guess moves a closing-mark suggestion.
   */
  trailing: ['past'],
  /** `trailing` in the present tense too, for the verbs features write in it (`she says`, `he adds`). */
  'trailing-s': ['third'],
  /**
   * Words of the news itself for `web-boilerplate` (`said`, `told`): a
   * sentence with one reports, and a publisher's appeal never does. Only the
   * plainest verbs, as an appeal may well `ask`, `urge` or `promise`.
   */
  reporting: ['past'],
  /** `reporting` in the present tense too. */
  'reporting-s': ['third']
} as const satisfies Record<string, ReadonlyArray<Tense>>

type Subset = keyof typeof subsets

interface Verb {
  readonly base: string
  readonly subsets: ReadonlyArray<Subset>
  /** Forms regular inflection does not give, by tense; a list replaces the regular form. */
  readonly irregular: Readonly<Partial<Record<Tense, ReadonlyArray<string>>>>
}

function verb(base: string, memberOf: string, irregular: Verb['irregular'] = {}): Verb {
  const names = memberOf.split(' ')
  for (const name of names) if (!(name in subsets)) throw new Error(`Unknown subset \`${name}\` for the verb \`${base}\``)
  return {base, subsets: names as Subset[], irregular}
}

/** Every verb once, by base form. */
const verbs: ReadonlyArray<Verb> = [
  verb('acknowledge', 'strong pronoun trailing'),
  verb('add', 'strong strong-ing pronoun trailing trailing-s reporting'),
  verb('admit', 'weak pronoun trailing', {past: ['admitted'], ing: ['admitting']}),
  verb('agree', 'weak trailing'),
  verb('allege', 'weak'),
  verb('announce', 'weak trailing reporting'),
  verb('argue', 'strong strong-ing pronoun trailing'),
  verb('ask', 'strong strong-ing pronoun trailing trailing-s'),
  verb('assert', 'strong pronoun'),
  verb('believe', 'source'),
  verb('boast', 'strong'),
  verb('call', 'weak'),
  verb('caution', 'weak'),
  verb('claim', 'weak pronoun'),
  verb('comment', 'strong strong-ing'),
  verb('complain', 'strong'),
  verb('concede', 'strong pronoun trailing'),
  verb('conclude', 'weak trailing'),
  verb('confirm', 'weak trailing'),
  verb('contend', 'strong pronoun'),
  verb('continue', 'weak trailing trailing-s'),
  verb('counter', 'strong-past'),
  verb('declare', 'weak pronoun trailing'),
  verb('demand', 'weak'),
  verb('deny', 'weak'),
  verb('describe', 'weak source'),
  verb('email', 'strong', {past: ['emailed', 'e-mailed']}),
  verb('emphasise', 'weak'),
  verb('emphasize', 'weak'),
  verb('exclaim', 'strong pronoun'),
  verb('expect', 'source'),
  verb('explain', 'strong strong-ing pronoun trailing trailing-s'),
  verb('fear', 'source'),
  verb('find', 'weak', {past: ['found']}),
  verb('grumble', 'strong'),
  verb('indicate', 'source'),
  verb('insist', 'strong strong-ing pronoun trailing trailing-s'),
  verb('interject', 'strong'),
  verb('joke', 'strong strong-ing pronoun trailing'),
  verb('lament', 'strong'),
  verb('laugh', 'strong'),
  verb('maintain', 'weak'),
  verb('marvel', 'strong', {past: ['marvelled', 'marveled'], ing: ['marvelling', 'marveling']}),
  verb('muse', 'strong'),
  verb('mutter', 'strong'),
  verb('note', 'weak pronoun trailing trailing-s'),
  verb('observe', 'weak'),
  verb('plead', 'weak'),
  verb('post', 'weak'),
  verb('predict', 'weak'),
  verb('promise', 'weak'),
  verb('quip', 'strong pronoun', {past: ['quipped'], ing: ['quipping']}),
  verb('quote', 'strong-past'),
  verb('read', 'weak', {past: ['read']}),
  verb('recall', 'strong strong-ing pronoun trailing trailing-s'),
  verb('recount', 'strong pronoun'),
  verb('reiterate', 'strong pronoun'),
  verb('remark', 'strong pronoun trailing'),
  verb('reply', 'strong strong-ing pronoun trailing'),
  verb('report', 'weak'),
  verb('respond', 'strong pronoun'),
  verb('retort', 'strong'),
  verb('reveal', 'source'),
  verb('say', 'strong strong-ing pronoun trailing trailing-s reporting reporting-s', {past: ['said']}),
  verb('shout', 'strong strong-ing'),
  verb('sigh', 'strong'),
  verb('state', 'weak pronoun trailing reporting'),
  verb('stress', 'weak trailing'),
  verb('suggest', 'weak'),
  verb('tell', 'strong strong-ing pronoun trailing trailing-s reporting reporting-s', {past: ['told']}),
  verb('testify', 'strong strong-ing pronoun trailing'),
  verb('text', 'strong'),
  verb('think', 'source', {past: ['thought']}),
  verb('tweet', 'strong strong-ing pronoun trailing'),
  verb('understand', 'source', {past: ['understood']}),
  verb('urge', 'weak trailing'),
  verb('vow', 'weak'),
  verb('warn', 'weak pronoun trailing trailing-s'),
  verb('whisper', 'strong'),
  verb('write', 'strong strong-ing pronoun trailing trailing-s', {past: ['wrote'], participle: ['written']}),
  verb('yell', 'strong')
]

/**
 * The wider vocabulary of saying in news copy and features, beyond the
 * verbs above: how a quotation was said (`murmured`, `screamed`), what it
 * did (`praised`, `conceded`, `scoffed`), and how it was sent (`blogged`).
 * Written here for copydesk from the verbs of saying of English usage and
 * newsroom lists of "said" alternatives (facts, MIT like the rest). Each
 * line is a subset and its verbs; `base/past` gives a past the regular
 * inflection does not (`nod/nodded`), `base/past/participle` a participle
 * too. `strong` verbs here have speaking as their only common sense; `weak`
 * ones have others (`she smiled`, `the crowd roared`), so they attribute
 * only with a speaker next to them.
 */
const wideVocabulary: ReadonlyArray<readonly [string, string]> = [
  [
    'strong',
    'affirm aver avow babble bellow berate blab blather blurt bluster brag chatter chide chirp chortle chuckle ' +
      'confess confide coo croak drawl enthuse exhort expound gasp gibe giggle gloat groan grouse growl grunt gush ' +
      'harangue hiss holler implore inquire enquire interrupt intone jest josh lisp mumble murmur mutter narrate ' +
      'opine pontificate prattle proclaim quaver query rant rasp reminisce retort sass scoff scold screech ' +
      'shriek snicker snort splutter sputter squeal stammer stutter taunt trill wail wheeze whimper whine whinge yelp ' +
      'beseech/besought entreat moan quip/quipped rebut/rebutted sob/sobbed'
  ],
  [
    'weak',
    'accuse acknowledge advise announce answer apologise apologize appeal applaud assure attest bark bemoan blast ' +
      'blog/blogged boom breathe caution charge clarify comment commend complain concur condemn congratulate counter ' +
      'crow cry decry demur denounce deplore disclose dispute elaborate explode fume greet hail insist interject ' +
      'joke laud lament marvel mention mock object order plead pledge point praise preach predict press promise ' +
      'propose protest question rage rail reason reassure rebuke recollect reflect rejoice relate remind repeat ' +
      'request roar rule scream seethe shout smile snarl sneer snap/snapped spit/spat sniff sum/summed ' +
      'summarise summarize swear/swore/sworn tease thank thunder underline underscore volunteer vouch warn welcome ' +
      'wonder yell beg/begged grin/grinned nod/nodded shrug/shrugged chat/chatted message phone radio signal ' +
      'write/wrote/written'
  ]
]

for (const [subset, list] of wideVocabulary) {
  const known = new Set(verbs.map((entry) => entry.base))
  for (const item of list.split(' ')) {
    const [base, past, participle] = item.split('/') as [string, string | undefined, string | undefined]
    if (known.has(base)) continue
    const irregular: Verb['irregular'] = past
      ? {past: [past], participle: [participle ?? past], ing: [/[^aeiou][aeiou][bdgpt]$/.test(base) ? base + base.slice(-1) + 'ing' : base + 'ing']}
      : {}
    ;(verbs as Verb[]).push(verb(base, subset, irregular))
  }
}

const consonantY = /[^aeiou]y$/

/** Regular inflection: `reply` → `replies`, `replied`, `replying`; `argue` → `argues`, `argued`, `arguing`. */
function regular(base: string, tense: Tense): string {
  switch (tense) {
    case 'base':
      return base
    case 'third':
      if (/(?:s|sh|ch|x|z|o)$/.test(base)) return base + 'es'
      return consonantY.test(base) ? base.slice(0, -1) + 'ies' : base + 's'
    case 'past':
    case 'participle':
      if (base.endsWith('e')) return base + 'd'
      return consonantY.test(base) ? base.slice(0, -1) + 'ied' : base + 'ed'
    case 'ing':
      // `write` → `writing`, `agree` → `agreeing` (a verb in `-ie` would list its `-ing` form).
      return /[^e]e$/.test(base) ? base.slice(0, -1) + 'ing' : base + 'ing'
  }
}

/** A verb's forms in one tense; the participle is the past unless listed. */
function formsOf(entry: Verb, tense: Tense): ReadonlyArray<string> {
  return entry.irregular[tense] ?? (tense === 'participle' ? entry.irregular.past : undefined) ?? [regular(entry.base, tense)]
}

/** The forms of the verbs of some subsets, each in the tenses its subset takes. */
function collect(...names: ReadonlyArray<Subset>): ReadonlySet<string> {
  const found = new Set<string>()
  for (const entry of verbs) {
    for (const name of names) {
      if (!entry.subsets.includes(name)) continue
      for (const tense of subsets[name]) for (const form of formsOf(entry, tense)) found.add(form)
    }
  }
  return found
}

/** Verbs of saying that attribute a quotation wherever they stand (see `strong`). */
export const strongSpeechVerbs: ReadonlySet<string> = collect('strong', 'strong-ing', 'strong-past')

/**
 * The `-ing` forms of the `strong` verbs (`exclaiming`, `shouting`,
 * `chattering`): as a noun after a quantifier (`There was much
 * exclaiming.`), the voices of a scene heard before its lines.
 */
export const speechGerunds: ReadonlySet<string> = new Set(verbs.flatMap((entry) => (entry.subsets.includes('strong') ? formsOf(entry, 'ing') : [])))

/** Verbs of saying that attribute only with a speaker next to them (see `weak`). */
export const weakSpeechVerbs: ReadonlySet<string> = collect('weak')

/** Whether a lower-case form is a verb of saying of either kind (`strongSpeechVerbs`, `weakSpeechVerbs`). */
export function isSpeechVerb(form: string): boolean {
  return strongSpeechVerbs.has(form) || weakSpeechVerbs.has(form)
}

/** Verbs of `he said` for `pronoun-attribution` (see `pronoun`). */
export const pronounSpeechVerbs: ReadonlySet<string> = collect('pronoun')

/** Verbs an anonymous source may take besides verbs of saying (see `source`). */
export const sourceVerbs: ReadonlySet<string> = collect('source')

/** Verbs of the attribution a forgotten closing mark runs into (see `trailing`). */
export const trailingAttributionVerbs: ReadonlySet<string> = collect('trailing', 'trailing-s')

/**
 * The verb of a dialogue tag or of an attribution a forgotten closing mark
 * runs into (`he said`, `Felix intoned`, `she whispers`): the `trailing`
 * verbs and every `strong` verb, in the past or the third person, so the
 * tags `quote-balance` reads come from the one list of verbs of saying.
 * Not the `weak` verbs: they have other senses (`she smiled`, `he
 * pointed`), and with them a paragraph of running quotation ending in one
 * read as a tag (one more finding on the development texts).
 */
export const tagVerbs: ReadonlySet<string> = new Set([
  ...trailingAttributionVerbs,
  ...verbs.flatMap((entry) => [
    ...(entry.subsets.includes('strong') ? [...formsOf(entry, 'past'), ...formsOf(entry, 'third')] : []),
    ...(entry.subsets.includes('strong-past') ? formsOf(entry, 'past') : [])
  ])
])

/** Verbs of the news itself, never of a publisher's appeal (see `reporting`). */
export const reportingVerbs: ReadonlySet<string> = collect('reporting', 'reporting-s')
