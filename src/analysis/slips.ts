/**
 * The spelling decision: is a word the dictionaries do not know a slip for
 * a known word or name, or a correct word or name copydesk does not know?
 *
 * A noisy-channel reading. Candidates are the known words and names a few
 * weighted typing edits away (`typingDistance`: neighbouring keys, swapped,
 * dropped and doubled letters, vowel and sound-alike letters cost less);
 * they are ranked by how likely the intended form is (its frequency, and
 * for a name how many name lists vouch for it and whether the draft spells
 * it elsewhere) against how costly the slip is. Then the best candidate's
 * evidence is weighed against that of a correct unknown word: a logistic
 * score over the slip's cost, the candidate's frequency and name prior,
 * the token's length, its capitalisation and place in the sentence, whether
 * it stands in a run of capitalised words, whether the draft spells the
 * candidate elsewhere, and how often the draft uses the token itself. The
 * weights are fitted on development text (`bench/fit-spelling.ts`) and
 * kept in `slip-weights.ts`.
 */
import {BoundedCache} from '../core/bounded-cache.js'
import {keptAnswers} from '../core/paragraph-cache.js'
import {isOverlong, maxCacheEntries} from '../core/limits.js'
import type {RuleContext} from '../core/types.js'
import {draftSummary, type DraftSummary} from './draft-summary.js'
import {months as calendarMonths, weekdays as calendarWeekdays} from '../lexicon/calendar.js'
import type {RankedCandidate} from './suggest.js'
import {orderScore, soundsAlike, soundsNearlyAlike, typingDistance} from './suggest.js'
import {doubleMetaphone} from 'double-metaphone'
import {compareWords, editDistance, letterMask, mayBeWithin, stripPossessive} from './text.js'
import {letterModel, letterScores, type LetterModel} from './letter-odds.js'
import {slipWeights} from './slip-weights.js'
import {capitalShareTable} from './capital-share-data.js'
import {classFit, contextFit, hasClasses, neighbours} from './slip-context.js'
import {channelBits} from './name-channel.js'
import {titleWords} from '../lexicon/title-words.js'
import {honorifics, nameTitles, personalTitles} from '../lexicon/titles.js'
import {withoutAccents, type UnknownWord, type WordAnalysis} from './words.js'
import type {Token} from './tokens.js'
import {pronounSpeechVerbs} from '../lexicon/speech-verbs.js'
import type {Root} from 'nlcst'
import type {NameRole} from './resources.js'

/** The evidence read for one token, in the order of `featureNames`. */
export const featureNames = [
  'cost',
  'frequency',
  'namePrior',
  'isWord',
  'length',
  'sentenceInitial',
  'nameSequence',
  'inDraft',
  /** log2 of the token's uses in the draft (capitalised, five letters or more; at most `maxNameCount` against a name). */
  'count',
  /** A sentence-initial token the draft also uses mid-sentence (against a common word only). */
  'midSentence',
  /** Cost of the nearest candidate of the other kind (a name for a word, a word for a name), `maxCost` + 0.5 when none. */
  'otherCost',
  /** How much the token's letters read as a name rather than a word (`letter-odds.ts`; capitalised tokens only). */
  'nameOdds',
  /** How likely the token's letters are as a name at all (capitalised tokens only). */
  'nameLikelihood',
  /**
   * The word just before or after is a capitalised word no list knows
   * (`Llanbadarn Fawr`, `Peter Mutua Kaloki`): part of a foreign name more
   * often than a slip in a title (`Pecos Rier`).
   */
  'unknownNeighbour',
  /**
   * How common the nearest name is: log2 of its uses per 10 million people
   * in the 1990 US Census lists (0 when they lack it). A slip aimed at a rare
   * surname (`Honford`, Hanford) is less likely than one aimed at a common
   * one (`Shermen`, Sherman), and a correct unknown name more so.
   */
  'nameFrequency',
  /**
   * log2 P(typed | intended) of the nearest name by the learned slip channel
   * (`name-channel.ts`): a vowel changed after the first syllable or a double
   * letter undoubled is a likely slip, a changed first vowel or a stray
   * consonant a rarer one (0 against a common word).
   */
  'channel',
  /**
   * The nearest candidate is a common word, and it or another common word
   * as near or within a tenth of a slip (`titleWordOverName`: `Coas`: cows
   * and coast; `Rever`: ever and river; `Maket`: maker 0.6, market 0.7) stands
   * capitalised as part of a proper name (`src/lexicon/title-words.ts`:
   * River, Senate, Academy), and the token, not a sentence's first word,
   * has letters that read more as a word than as a name (`nameOdds` at
   * most 0), or stands inside a title-case run of common words
   * (`inCommonRun`) where no person's name stands, one cheap slip
   * (`cheapTitleSlip`) from the nearest word (`the Junior Chamer`): `Pecos
   * Rier` and `the
   * Senote` are title words mistyped more often than names nobody lists;
   * `Hotei` (a name) and `Lorde` (an old spelling) read as names. Inside
   * such a run, read strictly, any common word one cheap slip away counts
   * as a title word (`commonRunSlip`: `the Land Rovar`, `the Beech Pastre`).
   */
  'titleWord',
  /**
   * The token stands where a person's name stands (`inNamePlace`: after a
   * title or an initial, beside a listed name, before a verb of saying).
   */
  'namePlace',
  /**
   * The token stands mid-sentence beside a capitalised common word, one
   * space away (`Iner Temple`, `West Fories`, `Land Rovar`): inside a
   * title-case run of common words, where a mistyped word is likelier than
   * a name nobody lists (against a common word only).
   */
  'commonRun',
  /**
   * The token stands just after a lower-case `the` (`the Quen`, `the Acadamy`):
   * a capitalised common word takes the article more often than a person's
   * name does (against a common word only).
   */
  'afterThe'
] as const

export interface Candidate {
  /** As it should be written (`George`, `commission`). */
  readonly text: string
  readonly isName: boolean
  readonly cost: number
  readonly frequency: number
  readonly prior: number
  /** The name's census share (`nameFrequency`); 0 for a word. */
  readonly census: number
  readonly inDraft: boolean
  /** Starts with the token's first letter: people rarely mistype that one. */
  readonly sameInitial: boolean
  /** For a name, −log2 P(typed | intended) by the learned slip channel; 0 for a word. */
  readonly bits: number
  /** A name, and the token stands where a name stands (`inNamePlace`). */
  readonly namePlace: boolean
  /**
   * For a name, its census share in the role the token's place gives it
   * (`placeRole`: a surname after a given name, an initial or a title; a
   * given name before a surname): the larger share less the lean where
   * the other role's share is the larger (Donna as a surname, for `Dr.
   * Dunna`: 1.4, not 13.1). Its `census` share where the place gives no
   * role; 0 for a word.
   */
  readonly roleShare: number
  /** For a name, the role the token's place gives it (`placeRole`), if any; undefined for a word. */
  readonly placeRole: NameRole | undefined
  /**
   * Sounds like the capitalised token: the two share a Double Metaphone key,
   * primary or secondary (`Laao` and Lao, not Laal). A slip that spells a
   * name by ear keeps its sound.
   */
  readonly soundAlike: boolean
  readonly score: number
  /**
   * A common word's place among the words offered for a capitalised token:
   * its rank score with the single slip priced as the suggestion order
   * prices it (`rankAdjustment`: a letter left out before a changed one).
   * Which candidate decides the token stays `score`'s; a name's is its `score`.
   */
  readonly offerScore: number
}

export interface SlipEvidence {
  /**
   * Lower-case word; capitalised word whose best candidate is a common word;
   * a name; or a capitalised word with no candidate one slip away, read
   * against common words two slips away (`far`).
   */
  readonly model: 'lower' | 'capital' | 'name' | 'far'
  readonly features: ReadonlyArray<number>
  /** Best first. */
  readonly candidates: ReadonlyArray<Candidate>
  /**
   * For a capitalised token inside a sentence whose best candidate is a
   * lower-case common word: how often that word is written capitalised
   * inside a sentence (`capitalShare`), weighed beside the fitted features
   * (`capitalShareWeight`).
   */
  readonly capitalShare?: number
  /**
   * For the same tokens: how much better that word fits between the token's
   * neighbours than a proper noun does, in bits (`contextEdge`), weighed
   * beside the fitted features (`contextEdgeWeight`).
   */
  readonly contextEdge?: number
  /** The word `contextEdge` is read for, when it is read at all: each use of the token reads its own neighbours. */
  readonly edgeWord?: string
  /** A title word weighed before the name ranked first (`titleWordOverName`): offered first, before any name. */
  readonly titleFirst?: string
}

export interface SlipDecision {
  /** `word` → `spelling` reports it; `name` → `name-spelling`. */
  readonly kind: 'word' | 'name'
  /** Replacements, best first, in the case they are written. */
  readonly expected: ReadonlyArray<string>
  /**
   * For a lower-case word, each replacement's order score (lower is better:
   * `orderScore`), for the sentence to break ties (`slip-context.ts`).
   */
  readonly scores?: ReadonlyArray<number>
  /** The draft itself spells the first replacement (`name-consistency` says so better). */
  readonly inDraft: boolean
  readonly probability: number
}

/** Where `count` stands in the features. */
const countFeature = featureNames.indexOf('count')

/** The most the token's uses (log2) count against a name: four uses and more read alike. */
export const maxNameCount = 2

/** How far (weighted edits) a candidate may be. */
const maxCost = 2

/**
 * Least frequency (log10 of the word list's counts) of a common word whose
 * slip, repeated at sentences' starts only, does not read as a name for its
 * repeats (`openingSlipRepeat`): the count of the 2,000th commonest word of
 * `generated/frequencies.txt` (about 1,460 uses), which keeps the function
 * words, pronouns and sentence adverbs a sentence opens with (however,
 * since, their, among) and leaves out the rarer words a name is more often
 * near.
 */
const frequentOpenerMinFrequency = 3.16

/**
 * Whether the repeats of a capitalised token say nothing of a name: every
 * use opens a sentence (none stands mid-sentence), and the nearest word is
 * a very common lower-case word (`frequentOpenerMinFrequency`); a
 * possessive mid-sentence (`praised Abot's plan`) is a use there too. A writer who
 * types `Howver` for However repeats the slip at each sentence it opens; a
 * name the writer means stands mid-sentence too, sooner or later.
 */
function openingSlipRepeat(word: UnknownWord, text: string, best: Candidate, summary: DraftSummary): boolean {
  return !best.isName && word.sentenceInitial && !summary.midSentenceForms.has(stripPossessive(text)) && /^[a-z]/.test(best.text) && best.frequency >= frequentOpenerMinFrequency
}

/**
 * How much cheaper (weighted edits) a lower-case word's near word counts as
 * evidence of a slip when the token is spelled by ear for it
 * (`isSpelledByEar`): a misspelling by ear keeps the sound (`hypocracy`,
 * `judisuary`, `ommited`, `nessasarily`), where two unrelated typing slips
 * rarely do. Chosen on development half A: 0.3 caught more of its real
 * misspellings with no false alarm more; 0.4 woke two old spellings
 * (`bayly`, `brynge`).
 */
const soundAlikeCostDiscount = 0.3

/**
 * Least frequency (log10 of the word list's counts, about ten uses) of a
 * near word spelled by ear: a writer spells by ear a word in use, and a
 * rare word's sound-alike (`majesterial`, magisterial: a 17th-century
 * variant the OED lists) is as often an old or blended form of its own.
 */
const spelledByEarMinFrequency = 1

/** How far (weighted edits) a capitalised token's search for a capital-only word spelled by ear reaches: two cheap slips (`Wensday`, 1.3). */
const heardCapitalReach = 1.3

/** Fewest letters of a token whose sound-alike near word counts as a cheaper slip: two edits make nearly any short word something else. */
const spelledByEarMinLength = 5

const notConsonant = /[aeiouy]/g

/**
 * Whether a lower-case token is spelled by ear for `candidate`, a word that
 * shares a Double Metaphone key with it: two edits or more apart, and its
 * consonants spelled otherwise (`hypocracy` for hypocrisy, `ommited` for
 * omitted). The key ignores vowels, so a change of vowels alone (`panelized`,
 * penalized; `adequit`, adequate) says no more of a sound kept than the vowel
 * slips' own price does, and one edit (a stray `y` in `tootley`) is a typing
 * slip like any other.
 */
function isSpelledByEar(lower: string, candidate: string): boolean {
  // A word the dictionary holds only capitalised (`February`) is compared in lower case.
  const intended = candidate.toLowerCase()
  return lower.length >= spelledByEarMinLength && editDistance(lower, intended, 1) > 1 && lower.replace(notConsonant, '') !== intended.replace(notConsonant, '')
}

/** A name a token may have been aimed at, made only for the few a scan finds near. */
interface NameTarget {
  readonly name: string
  readonly lower: string
  readonly prior: number
  readonly census: number
}

/**
 * Name targets of one first letter and one length, in list order, as columns:
 * the names, and their letter masks, priors and census shares in typed
 * arrays side by side. A candidate scan reads the masks alone and touches a
 * name only when its letters may be near; its lower-case and accent-free
 * forms are worked out then, for those few. No object per name: the name
 * lists hold over 135,000 of them.
 */
export interface TargetBucket {
  /** The name at a place in the bucket (the word table's groups make it as a scan reaches it). */
  readonly name: (at: number) => string
  masks: Int32Array
  priors: Float64Array
  census: Float64Array
  /** The columns while the bucket fills, before `sealTargets` packs them. */
  pending: {names: string[]; masks: number[]; priors: number[]; census: number[]} | undefined
}

/** Name targets by key (`charAt(0) + length`): a map built from a list, or groups read from the word table as a scan asks for them. */
export interface TargetIndex {
  get(key: string): TargetBucket | undefined
}

const targetIndexes = new WeakMap<ReadonlyMap<string, number>, Map<string, TargetBucket>>()

function addTarget(index: Map<string, TargetBucket>, name: string, prior: number, census: number): void {
  const key = name.charAt(0) + name.length
  let bucket = index.get(key)
  if (!bucket) {
    const names: string[] = []
    bucket = {name: (at) => names[at]!, masks: new Int32Array(0), priors: new Float64Array(0), census: new Float64Array(0), pending: {names, masks: [], priors: [], census: []}}
    index.set(key, bucket)
  }
  bucket.pending!.names.push(name)
  bucket.pending!.masks.push(letterMask(name))
  bucket.pending!.priors.push(prior)
  bucket.pending!.census.push(census)
}

/** Pack each bucket's columns into typed arrays once its names are all in. */
function sealTargets(index: Map<string, TargetBucket>): Map<string, TargetBucket> {
  for (const bucket of index.values()) {
    const pending = bucket.pending!
    bucket.masks = Int32Array.from(pending.masks)
    bucket.priors = Float64Array.from(pending.priors)
    bucket.census = Float64Array.from(pending.census)
    bucket.pending = undefined
  }
  return index
}

/** Name targets by first letter and length (`V8`), built once per name list. Exported for its tests. */
export function targetsByInitial(priors: ReadonlyMap<string, number>, census: ReadonlyMap<string, number>): Map<string, TargetBucket> {
  let index = targetIndexes.get(priors)
  if (!index) {
    index = new Map()
    // The census map lists the same names in the same order (see `resources.ts`):
    // read side by side, without a look-up per name.
    const shares = census.size === priors.size ? census.values() : undefined
    for (const [name, prior] of priors) {
      const share = shares ? shares.next().value : census.get(name)
      addTarget(index, name, prior, share ?? 0)
    }
    targetIndexes.set(priors, sealTargets(index))
  }
  return index
}

const groupIndexes = new WeakMap<NonNullable<RuleContext['resources']['nameTargetColumns']>, TargetIndex>()

/**
 * The name lists' targets: the word table's groups where it has them, each
 * read the first time a scan asks for it (a run reads a few of 1,358,
 * not all 161,255 names); else `targetsByInitial`.
 */
function listTargets(context: RuleContext): TargetIndex {
  const columns = context.resources.nameTargetColumns
  if (!columns) return targetsByInitial(context.resources.namePriors, context.resources.nameCensus)
  let index = groupIndexes.get(columns)
  if (!index) {
    const read = new Map<string, TargetBucket | undefined>()
    index = {
      get(key) {
        if (read.has(key)) return read.get(key)
        const found = columns(key)
        const bucket = found && {...found, pending: undefined}
        read.set(key, bucket)
        return bucket
      }
    }
    groupIndexes.set(columns, index)
  }
  return index
}

/** Points a config name gets: the desk vouches for it, as strongly as any list does. */
const configNamePrior = 7

/** The census share a config name counts as at least: as common as the hundredth surname. */
const configNameCensus = 10

/**
 * A name the newsroom's archive has published this often (`nameCounts`, from
 * `namesFile`) is a strong name: the desk vouches for it as for a config
 * name. A rarer one may itself have been a published slip.
 */
export const strongNameCount = 3

const deskIndexes = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlyMap<string, number>, TargetIndex>>()

/**
 * The desk's own names (config `names`, and names its archive published
 * `strongNameCount` times or more) by first letter and length, built once
 * per config.
 */
function deskTargets(context: RuleContext): TargetIndex {
  let byCounts = deskIndexes.get(context.extraNames)
  if (!byCounts) {
    byCounts = new WeakMap()
    deskIndexes.set(context.extraNames, byCounts)
  }
  let index = byCounts.get(context.nameCounts)
  if (!index) {
    const names = new Set(context.extraNames)
    for (const [name, count] of context.nameCounts) if (count >= strongNameCount) names.add(name)
    // The editor makes the config's sets anew for each check: the same names get the same index, and so its look-ups.
    let byNames = deskIndexesByNames.get(context.resources.nameCensus)
    if (!byNames) {
      byNames = new BoundedCache(maxDeskIndexes)
      deskIndexesByNames.set(context.resources.nameCensus, byNames)
    }
    const key = [...names].join('\n')
    index = byNames.get(key)
    if (!index) {
      const built = new Map<string, TargetBucket>()
      for (const name of names) {
        addTarget(built, name, configNamePrior, Math.max(configNameCensus, context.resources.nameCensus.get(name) ?? 0))
      }
      index = sealTargets(built)
      byNames.set(key, index)
    }
    byCounts.set(context.nameCounts, index)
  }
  return index
}

/** Desk indexes by the names they hold, per census they read. */
const deskIndexesByNames = new WeakMap<ReadonlyMap<string, number>, BoundedCache<string, TargetIndex>>()

/** Most desk indexes kept for one census: one per config in use. */
const maxDeskIndexes = 8

/** A config name, or one the newsroom's archive published often. */
function isDeskName(name: string, context: RuleContext): boolean {
  return context.extraNames.has(name) || (context.nameCounts.get(name) ?? 0) >= strongNameCount
}

/** A name near a token: its edit cost, and −log2 P(typed | intended) by the slip channel (`bits`). */
type NameCandidate = {readonly target: NameTarget; readonly cost: number; readonly bits: number}

/**
 * Each list-and-desk pair's answers, by limit and form: a folder of drafts on
 * the same stories asks about the same unknown names again and again.
 */
const candidateCaches = new WeakMap<TargetIndex, WeakMap<TargetIndex, BoundedCache<string, ReadonlyArray<NameCandidate>>>>()

/** Names one or two slips from `form` (same first letter), nearest first, at most `limit`: the likeliest by the slip channel and the census share. */
export function nameCandidates(form: string, context: RuleContext, limit = 5): NameCandidate[] {
  if (form.length < 3 || isOverlong(form)) return []
  const index = listTargets(context)
  const desk = deskTargets(context)
  let byList = candidateCaches.get(desk)
  if (!byList) {
    byList = new WeakMap()
    candidateCaches.set(desk, byList)
  }
  let cache = byList.get(index)
  if (!cache) {
    cache = new BoundedCache(maxCacheEntries)
    byList.set(index, cache)
  }
  const key = limit + ' ' + form
  let found = cache.get(key)
  if (!found) {
    found = findNameCandidates(form, index, desk, limit, (ending) => doubledEndings(context.resources.namePriors).has(ending))
    cache.set(key, found)
  }
  return [...found]
}

/**
 * `carried(ending)`: whether a listed name ends in `ending` (the last four
 * letters of a token whose last letter is doubled; see `isNameEnding`).
 */
function findNameCandidates(form: string, index: TargetIndex, desk: TargetIndex, limit: number, carried: (ending: string) => boolean): NameCandidate[] {
  const edits = form.length <= 5 ? 1 : 2
  const plain = withoutAccents(form)
  const lower = form.toLowerCase()
  const mask = letterMask(form)
  const initial = form.charAt(0)
  const innerCapital = /^\p{Lu}\p{Ll}*\p{Lu}/u.test(form)
  const particle = particleOf(form)
  const found: NameCandidate[] = []
  // Listed names lower-cased after the token's particle, written in its capitals (`camelTarget`), and whether the lists hold the token so.
  const camels: NameCandidate[] = []
  let sameLetters = false
  const consider = (bucket: TargetBucket, at: number): void => {
    const name = bucket.name(at)
    if (Math.abs(name.length - form.length) > edits || name === form) return
    // A name plus an inflection or a gendered ending (Peskov → Peskova) is
    // not a slip, but a stray letter typed after a name (`Uptonb`, `Jamess`)
    // is. A name cut short (Leste, Lester) is as often a name of its own,
    // unless it is a slip cut short (`isCutShortSlip`).
    if ((name.startsWith(form) && !isCutShortSlip(form, name, bucket.census[at]!)) || (form.startsWith(name) && isNameEnding(form.slice(name.length), name, lower, carried))) return
    // Checked before the exceptions below: it turns away most targets, and
    // each test only ever drops a target, so the order changes nothing found.
    const candidateLower = name.toLowerCase()
    if (editDistance(lower, candidateLower, edits) > edits) return
    // The same name in other capitals (McIver, Mciver in a list that lower-cases them) is not a slip,
    // and a name written with an inner capital (McCay, LaGow) is aimed at one written so, or, one slip
    // away, at one the lists lower-case after the same particle (`camelTarget`: McAlister, Mcallister).
    if (candidateLower === lower) {
      sameLetters = true
      return
    }
    let written = name
    if (innerCapital && !/^\p{Lu}\p{Ll}*\p{Lu}/u.test(name)) {
      const camel = particle === undefined ? undefined : camelTarget(name, particle, lower, candidateLower)
      if (camel === undefined) return
      written = camel
    }
    // Mac and Mc are two spellings of one prefix (MacPherson, McPherson).
    if (candidateLower.replace(/^mac/, 'mc') === lower.replace(/^mac/, 'mc')) return
    // The same name with or without its accents (Pádraig, Padraig) is not a slip.
    const candidatePlain = withoutAccents(name)
    if (candidatePlain === plain || candidatePlain.replace(/['’]/g, '') === plain) return
    // Another ending of a long name (Papadopoulou, Papadopoulos; Nazarova,
    // Nazarovo) is as often a form of it, when the token ends as names
    // inflect. Any other change at the end (`Cambridga`, `Lattimar`,
    // `Schaffnar`) is a slip like any other: excluding those too left 15 of
    // the 43 development name slips whose intended name was never a candidate.
    // (Two letters swapped at the end, `Qwertysno`, are still a slip.)
    // A name the lists vouch for strongly (Washington, Alphonse) has no such other ending.
    if (
      form.length >= 8 &&
      bucket.priors[at]! < 3 &&
      name.length === form.length &&
      name.slice(0, -2) === form.slice(0, -2) &&
      name.slice(-2) !== form.slice(-1) + form.slice(-2, -1) &&
      inflectedEnding.test(lower)
    ) {
      return
    }
    // A doubled a, i or u the name lacks reads as a transliteration (Yuliia, Vuosaari) as often as a slip.
    const doubledVowel = /([aiu])\1/.exec(lower)
    const cost = nameTypingDistance(lower, candidateLower) + (doubledVowel && !candidateLower.includes(doubledVowel[0]) ? 0.5 : 0)
    if (cost > maxCost) return
    const target: NameTarget = {name: written, lower: candidateLower, prior: bucket.priors[at]!, census: bucket.census[at]!}
    ;(written === name ? found : camels).push({target, cost, bits: channelBits(lower, candidateLower, slipWeights.channel)})
  }
  /** A bucket's targets whose letters may be within `edits`, read from the mask array alone. */
  const scan = (bucket: TargetBucket | undefined): void => {
    if (!bucket) return
    const masks = bucket.masks
    for (let at = 0; at < masks.length; at++) if (mayBeWithin(mask, masks[at]!, edits)) consider(bucket, at)
  }
  // The first two letters swapped (`Ehnry`, `Puton`, `Ijm`): the one slip
  // that changes the first letter. Three-letter tokens too: without it a
  // swapped short name (`Coach Ijm Walker`) is caught but offered as the
  // nearest name of its own first letter (Imm, not Jim). Measured on the
  // development name slips (`name-misses.js --draws 12 --wrong-first`,
  // seeds 151 and 173): right first 4 and 4 more on half A, 12 and 7 more
  // on half B, none fewer; no slip caught or false alarm more.
  const swapped = form.length >= 3 ? form.charAt(1).toUpperCase() + form.charAt(0).toLowerCase() : ''
  // Lengths in order, each the list's targets then the desk's, then the
  // swapped ones: ties in the sort below keep this order.
  for (let length = form.length - edits; length <= form.length + edits; length++) {
    scan(index.get(initial + length))
    scan(desk.get(initial + length))
    if (swapped && length === form.length) {
      for (const bucket of [index.get(swapped.charAt(0) + length), desk.get(swapped.charAt(0) + length)]) {
        if (!bucket) continue
        for (let at = 0; at < bucket.masks.length; at++) {
          if (!mayBeWithin(mask, bucket.masks[at]!, edits)) continue
          const name = bucket.name(at)
          if (name.startsWith(swapped) && name.slice(2) === form.slice(2)) consider(bucket, at)
        }
      }
    }
  }
  // A token the lists hold lower-cased (DeGroot, Degroot) is a name they know, aimed at no other.
  // A name listed both ways (McAllister, Mcallister) is one candidate, with the better prior and census of the two.
  if (!sameLetters) {
    for (const camel of camels) {
      const twin = found.findIndex((other) => other.target.name === camel.target.name)
      if (twin < 0) {
        found.push(camel)
        continue
      }
      const other = found[twin]!
      found[twin] = {...other, target: {...other.target, prior: Math.max(other.target.prior, camel.target.prior), census: Math.max(other.target.census, camel.target.census)}}
    }
  }
  if (found.length <= limit) return found.sort((left, right) => left.cost - right.cost || right.target.prior - left.target.prior)
  // Cut by the channel and the prior, not by edit cost alone: which names
  // are kept decides which the rank can put first.
  return found
    .sort((left, right) => left.bits - left.target.census - (right.bits - right.target.census) || left.cost - right.cost || right.target.prior - left.target.prior)
    .slice(0, limit)
    .sort((left, right) => left.cost - right.cost || right.target.prior - left.target.prior)
}

/**
 * The price of `ph` written for a name's `f` (`Hanphord` for Hanford,
 * `Alphred` for Alfred): one sound spelled another way, priced as a
 * sound-alike letter (`c` for `k`, `s` for `z`), where the letter-by-letter
 * distance counts a changed letter and an added one (2, the farthest a
 * candidate may be). Not `f` for a name's `ph`: names are spelled so
 * (Christof beside Christoph, Josef beside Joseph; see `learnChannel` in
 * `name-channel.ts`).
 */
const phForFCost = 0.6

/**
 * Weighted edits from `lower` (a token, lower case) to `candidateLower`:
 * the typing distance, or less when one `ph` of the token, not between
 * two vowels, read as `f` brings it nearer.
 */
function nameTypingDistance(lower: string, candidateLower: string): number {
  let cost = typingDistance(lower, candidateLower, maxCost)
  if (!candidateLower.includes('f')) return cost
  for (let at = lower.indexOf('ph', 1); at !== -1; at = lower.indexOf('ph', at + 1)) {
    // Between two vowels `ph` is how a name of Greek descent is spelled beside its `f` form
    // (Seraphina, Serafina; Raphael, Rafael), not a slip for it.
    if (/[aeiouy]/.test(lower[at - 1]!) && /[aeiouy]/.test(lower[at + 2] ?? '')) continue
    const respelled = typingDistance(lower.slice(0, at) + 'f' + lower.slice(at + 2), candidateLower, maxCost - phForFCost) + phForFCost
    if (respelled < cost) cost = respelled
  }
  return cost
}

/**
 * Whether `form`, which `name` starts with, is `name` cut short by a slip
 * rather than a name of its own: `name` with its last letter dropped, when
 * that letter is a consonant (not s or y) and `form` is six letters or more
 * (`Randolp`, `Jefferso`: a dropped vowel or s, Bardell and Bardella, is
 * another name), or when `name` is very common (its `census` at least
 * `shortName.minCensus`, about one in 10,000: `Jerr`, Jerry; `Henr`,
 * Henry), as a name that common has its short forms listed (Jon, Dan, Ann).
 * The second was found on development half B's misses (three more name
 * slips caught there, half A unchanged).
 */
function isCutShortSlip(form: string, name: string, census: number): boolean {
  if (name.length !== form.length + 1) return false
  return (form.length >= 6 && !/[aeiosy]$/.test(name)) || census >= shortName.minCensus
}

/** Endings names take as they inflect or change gender (Slavic, Greek, Baltic): another such ending is another form. */
const inflectedEnding = /(?:ova|eva|ina|ska|ski|sky|ovo|evo|ou|os|is|ul|ys)$/

/**
 * Whether `ending`, added to `stem`, reads as an inflection or another
 * form of the same name (`s`, `es`, a gendered `a`, `ova`, `ska`, `i`), not
 * a stray letter. A doubled last letter is another spelling when it is
 * `l`, `n`, `r` or `t` and some listed name ends as the token does (Glen,
 * Glenn; Russel, Russell: `lenn` and `sell` end other names), else a slip
 * (`Jamess`, `Annaa`; `Michelsonn` and `Ferberr`: no listed name ends in
 * `sonn` or `berr`). `lower` is the whole token in lower case.
 */
function isNameEnding(ending: string, stem: string, lower: string, carried: (ending: string) => boolean): boolean {
  if (ending.length === 1 && ending === stem.slice(-1)) return /[lnrt]/.test(ending) && carried(lower.slice(-doubledEndingLength))
  return /^(?:s|es|['’]s|a|e|i|o|y|ova|eva|ina|ska|ski|ov|ev|in)$/.test(ending)
}

/** Letters of a name's ending read for a doubled last letter: the double and the two letters before it. */
const doubledEndingLength = 4

const doubledEndingSets = new WeakMap<ReadonlyMap<string, number>, ReadonlySet<string>>()

/**
 * The endings (`doubledEndingLength` letters, lower case) of the listed
 * names longer than that which end in a doubled letter, built once per name
 * list the first time a token asks (a scan of the lists: about 40 ms).
 */
function doubledEndings(priors: ReadonlyMap<string, number>): ReadonlySet<string> {
  let endings = doubledEndingSets.get(priors)
  if (!endings) {
    const found = new Set<string>()
    for (const name of priors.keys()) {
      const length = name.length
      if (length > doubledEndingLength && name.charCodeAt(length - 1) === name.charCodeAt(length - 2)) found.add(name.slice(-doubledEndingLength).toLowerCase())
    }
    endings = found
    doubledEndingSets.set(priors, endings)
  }
  return endings
}

/** Cost of the nearest candidate of the other kind than `best`. */
export function otherCost(candidates: ReadonlyArray<Candidate>, best: Candidate): number {
  let cost = maxCost + 0.5
  for (const candidate of candidates) if (candidate.isName !== best.isName && candidate.cost < cost) cost = candidate.cost
  return cost
}

const letterModels = new WeakMap<ReadonlyMap<string, number>, {readonly names: LetterModel; readonly words: LetterModel}>()

/** Letter models of the name lists and the word list, built on the first capitalised unknown word. */
function lettersOf(context: RuleContext): {readonly names: LetterModel; readonly words: LetterModel} {
  let models = letterModels.get(context.resources.namePriors)
  if (!models) {
    // Prebuilt in the word table (build-tables.mjs); built here from the lists otherwise.
    models = context.resources.letterModels ?? {names: letterModel(context.resources.namePriors.keys()), words: letterModel(context.resources.suggester.forms())}
    letterModels.set(context.resources.namePriors, models)
  }
  return models
}

/** The draft's words just before and after `word` (the draft's words are in order: found by its start). */
function neighboursOf(
  word: UnknownWord,
  analysis: WordAnalysis
): {readonly before: Token | undefined; readonly after: Token | undefined; readonly beforeThat: Token | undefined; readonly afterThat: Token | undefined} {
  const at = wordIndex(analysis, word.token.start)
  return {before: analysis.words[at - 1], after: analysis.words[at + 1], beforeThat: analysis.words[at - 2], afterThat: analysis.words[at + 2]}
}

/** The index of the draft's word that starts at `start` (the draft's words are in order). */
function wordIndex(analysis: WordAnalysis, start: number): number {
  let low = 0
  let high = analysis.words.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if (analysis.words[middle]!.start < start) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether the word one space before or after `word` is a capitalised word no list knows. */
function hasUnknownNeighbour(word: UnknownWord, analysis: WordAnalysis): boolean {
  if (!word.precededByName && !word.followedByName) return false
  const {before, after} = neighboursOf(word, analysis)
  const unknownName = (token: typeof before) => token !== undefined && analysis.unknownForms.has(stripPossessive(token.text))
  return (
    (word.precededByName && before !== undefined && before.end + 1 === word.token.start && unknownName(before)) ||
    (word.followedByName && after !== undefined && word.token.end + 1 === after.start && unknownName(after))
  )
}

/**
 * Whether `word` heads a name of a place or body after a name no list knows:
 * `the`, one capitalised word, then the token, each one space apart, and no
 * capitalised word one space after it (`the Luray Cavrns,`). Read only beside
 * that unknown word (`unknownNeighbour`): there the unknown word is the name
 * the token's common noun (`titleWords`) heads, not a sign the token is part
 * of a foreign or old name. `the` before the name, or the name written as
 * a possessive (`Salyer's Canyo`), is what tells a place or a body from a
 * person: a person's name does not take the article, nor is a surname the
 * possessive of a first name (`Wlodzimierz Palache`, a first name and a
 * surname one slip from palace, is left to the fitted score). A
 * capitalised word after the token (`Unckle Quyne`) means the run goes on,
 * and the token may be part of a foreign or old name.
 */
function headsNamedRun(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  if (!word.precededByName || word.followedByName) return false
  const text = String(context.file)
  const {before, beforeThat: article} = neighboursOf(word, analysis)
  if (!before || text.slice(before.end, word.token.start) !== ' ') return false
  // A possessive name stands for the article (`Salyer's Canyo`): what follows it is its place or body, not more of the name.
  if (stripPossessive(before.text) !== before.text) return true
  return article !== undefined && isArticleThe(article) && text.slice(article.end, before.start) === ' '
}

/**
 * The capitalised word that `word` closes a run of two after, each one space
 * apart, with no capitalised word one space before that word or after the
 * token (`at Sturbridge Vilage,`, `on the cool Bolovens Plaeau.`, `Essex
 * Cunty,`): a sentence's first word the dictionary knows in lower case
 * (`At`, `In`) opens no run. Undefined where the token closes no such pair.
 */
function pairOpener(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): Token | undefined {
  if (!word.precededByName || word.followedByName || word.sentenceInitial) return undefined
  const text = String(context.file)
  const {before, beforeThat} = neighboursOf(word, analysis)
  if (!before || text.slice(before.end, word.token.start) !== ' ' || stripPossessive(before.text) !== before.text) return undefined
  const opens =
    !beforeThat ||
    !/^\p{Lu}/u.test(beforeThat.text) ||
    text.slice(beforeThat.end, before.start) !== ' ' ||
    (beforeThat.sentenceInitial && context.resources.suggester.has(beforeThat.form))
  return opens ? before : undefined
}

/**
 * Whether `word` closes a pair (`pairOpener`) after a name no list knows.
 * Read only beside that unknown word (`unknownNeighbour`) and only for a
 * title word one cheap slip away (`cheapTitleSlip`): without `the` or a
 * possessive the pair may be a first name and a surname (`Wlodzimierz
 * Palache`), but a surname is seldom one cheap typing slip from a common
 * noun that heads place names.
 */
function closesNamePair(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  return pairOpener(word, analysis, context) !== undefined
}

/**
 * Whether `word` closes a pair (`pairOpener`) after a name the lists vouch
 * for (`isVouchedName`: `Essex Cunty`, `Bryce Canyo`). Read only for a
 * title word one cheap slip away (`cheapTitleSlip`) and no costlier than
 * the name ranked first: there the title word is weighed first though the
 * token's letters read as a name's, since a place or body is named after a
 * known place or person more often than a surname one cheap slip from a
 * title word follows a known first name.
 */
function closesPairAfterName(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  const opener = pairOpener(word, analysis, context)
  return opener !== undefined && isVouchedName(opener.text, context)
}

/**
 * Whether `word` stands one space after the article (`isArticleThe`) and
 * one space before a capitalised word, with no capitalised word one space
 * after that one (`the Hitel Dumont there`, `The Ledy Da and`): a person's
 * name does not take the article, so the token heads the name after it as
 * a common noun does (the Hotel Dumont, the Lady Da). Read only beside an
 * unknown word (`unknownNeighbour`), and only for a title word one cheap
 * slip away (`cheapTitleSlip`): `the Hotei Okura` is a letter changed away
 * from hotel, and a name.
 */
function opensPairAfterThe(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  if (!word.followedByName || word.sentenceInitial) return false
  const text = String(context.file)
  const {before, after, afterThat: next} = neighboursOf(word, analysis)
  if (!before || !after || !isArticleThe(before) || text.slice(before.end, word.token.start) !== ' ' || text.slice(word.token.end, after.start) !== ' ') return false
  if (!analysis.unknownForms.has(stripPossessive(after.text))) return false
  return !next || !/^\p{Lu}/u.test(next.text) || text.slice(after.end, next.start) !== ' '
}

/**
 * The most a title word's slip may cost (weighted edits) for the token to
 * head a run after an unknown name without `the` (`closesNamePair`): one
 * cheap typing slip, as for a very common name (`commonName.maxCost`: a
 * changed vowel, a dropped, doubled or swapped letter, a neighbouring key).
 */
const cheapTitleSlip = 0.7

/**
 * The fewest letters a title word needs to be weighed first after a known
 * name (`closesPairAfterName`): shorter ones are a cheap slip from many
 * surnames (`Henry Pari`: park; `Truman Capoe`: cape), which follow a
 * first name as often as a place or body follows a place's name.
 */
const pairTitleMinLength = 6

/**
 * Whether `word` opens a run of capitalised words, one space before the
 * next, with no capitalised word one space before it (`Mayod Dever`,
 * `Faher Werther`): where an office or rank (`nameTitles`)
 * stands before a person's name. Read only beside an unknown name
 * (`unknownNeighbour`), and only for such a title among the candidates:
 * there the unknown word is the person the title names, not a sign that
 * the token is part of a foreign name.
 */
function opensNamedRun(word: UnknownWord): boolean {
  return word.followedByName && !word.precededByName && !word.sentenceInitial
}

/** `the`, or `The` opening a sentence (`The Luray Cavrns were closed.`): the article either way. */
function isArticleThe(token: Token): boolean {
  return token.text === 'the' || (token.text === 'The' && token.sentenceInitial)
}

/**
 * Whether a capitalised token stands where a person's name stands: after a
 * title (`Mr.`, `Sen.`, `President`), after an initial (`J.`), beside a
 * name the lists vouch for (`Gearge` in `Gearge Washington`), or before a
 * verb of saying (`Smiht said`). There a near name is likelier meant than
 * a near common word (`Stirr` is `Starr` after `Mrs.`, `stir` elsewhere).
 */
function inNamePlace(word: UnknownWord, analysis: WordAnalysis, context: RuleContext, besideNames = true): boolean {
  // `besideNames` false: only a person's title, an initial or a verb of saying counts, not a listed name beside it.
  const {before, after} = neighboursOf(word, analysis)
  const text = String(context.file)
  if (before && !word.sentenceInitial) {
    const gap = text.slice(before.end, word.token.start)
    // `Mr.` may be one token or a word and a full stop.
    const stop = before.text.endsWith('.') ? gap : gap.replace(/^\./, '')
    if (/^\s$/u.test(stop) && capitalised.test(before.text) && honorifics.has(before.form)) return true
    if (/^\p{Lu}\.?$/u.test(before.text) && /^\s$/u.test(stop) && (before.text.endsWith('.') || gap.startsWith('.'))) return true
    if (besideNames && /^\s$/u.test(gap) && isVouchedName(before.text, context)) return true
  }
  if (after && /^\s$/u.test(text.slice(word.token.end, after.start))) {
    if ((besideNames && isVouchedName(after.text, context)) || pronounSpeechVerbs.has(after.form)) return true
  }
  return false
}

const capitalised = /^\p{Lu}\p{Ll}/u

/** Whether the word one space before `word` is a capitalised possessive (`Salyer's`, `Jones'`). */
function afterPossessive(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  const {before} = neighboursOf(word, analysis)
  return before !== undefined && !word.sentenceInitial && capitalised.test(before.text) && stripPossessive(before.text) !== before.text && String(context.file).slice(before.end, word.token.start) === ' '
}

/**
 * Whether a capitalised token, not a sentence's first word, stands one space
 * after a personal title (`personalTitles`): there a person's name is meant,
 * not a common word (`Mr. Baket` is Baker, not basket).
 */
function afterPersonalTitle(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  const {before} = neighboursOf(word, analysis)
  if (!before || word.sentenceInitial || !capitalised.test(before.text) || !personalTitles.has(before.form)) return false
  const gap = String(context.file).slice(before.end, word.token.start)
  // `Mr.` may be one token or a word and a full stop.
  return /^\s$/u.test(before.text.endsWith('.') ? gap : gap.replace(/^\./, ''))
}

/**
 * The role a capitalised token's place gives it in a person's name, read
 * from its neighbours one space away: a given name before a surname the
 * lists hold (`Richads Dunne`, `Mr. Richads Dunne`), unless a given name
 * stands before it too (a middle name is as often a surname); else a surname
 * after a given name the lists hold (`Eric Hoffr`), an initial (`William
 * S. Fultin`) or a personal title (`Dr. Michalson`). Undefined elsewhere.
 */
function placeRole(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): NameRole | undefined {
  const {before, after} = neighboursOf(word, analysis)
  const text = String(context.file)
  // A possessive ends a name (`Eric's Hoffr` is no name of two words); the surname after the token may be one.
  const listedAs = (token: Token, role: NameRole, possessive: boolean) =>
    capitalised.test(token.text) && (possessive || stripPossessive(token.text) === token.text) && context.resources.nameRole(stripPossessive(token.text)) === role
  const afterGiven = !word.sentenceInitial && before !== undefined && text.slice(before.end, word.token.start) === ' ' && listedAs(before, 'given', false)
  const beforeSurname = after !== undefined && text.slice(word.token.end, after.start) === ' ' && stripPossessive(word.token.text) === word.token.text && listedAs(after, 'surname', true)
  if (beforeSurname) return afterGiven ? undefined : 'given'
  if (afterGiven || afterPersonalTitle(word, analysis, context)) return 'surname'
  if (!before || word.sentenceInitial) return undefined
  const gap = text.slice(before.end, word.token.start)
  return /^\p{Lu}\.?$/u.test(before.text) && /^\s$/u.test(before.text.endsWith('.') ? gap : gap.replace(/^\./, '')) && (before.text.endsWith('.') || gap.startsWith('.')) ? 'surname' : undefined
}

/**
 * Whether a capitalised common word one space after `word` is a common
 * census surname that is also a word (Smith, Baker, Miller:
 * `wordSurnameShare` at least `surnamePlace.minShare`, the share
 * `wordSurnames` reads a surname by), so `word` stands where a given name
 * stands (`Charlis Smith`), not inside a title-case run of common words.
 */
function beforeWordSurname(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  const {after} = neighboursOf(word, analysis)
  if (after === undefined || String(context.file).slice(word.token.end, after.start) !== ' ' || !capitalised.test(after.text)) return false
  const share = context.resources.wordSurnameShare(stripPossessive(after.text))
  return share !== undefined && share >= surnamePlace.minShare
}

/**
 * Particles that begin or join a person's name (`Van Gogh`, `De Niro`, `La
 * Salle`, `Ben Ali`): capitalised and known in lower case, but beside one a
 * capitalised word is a name, not part of a title-case run.
 */
const nameParticles: ReadonlySet<string> = new Set(['al', 'ben', 'bin', 'da', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'la', 'las', 'le', 'los', 'san', 'st', 'van', 'von'])

/**
 * Kinds of place the title words (`titleWords`) leave out, British streets
 * and land, Scottish and French words among them (`Clova Terrace`, `Glen
 * Clova`, `Loch Tummel`, `the Place Clichy`): a capitalised word beside one
 * is the place's own name, as beside `Street`, so the strict run
 * (`inCommonRun` with `strict`) does not count them.
 */
const placeKindsBesideNames: ReadonlySet<string> = new Set([
  'close', 'cottage', 'crescent', 'dale', 'drive', 'fell', 'firth', 'glen', 'grange', 'green', 'grove', 'loch', 'mews', 'moor',
  'parade', 'place', 'quay', 'row', 'rue', 'strath', 'terrace', 'tor', 'vale', 'way', 'wharf'
])

/**
 * Whether `word`, not a sentence's first word, stands one space from a
 * capitalised word the word list knows in lower case (`Temple` in `Iner
 * Temple`), not a name particle (`Van Gogh`): a title-case run of common words.
 * The run may be joined by `of` (`the Age of Rason`, `Medal of Henor`), or by
 * `of the` after the word (`Edides of the Day`; looking back, `the`, `of`
 * is not read, and `Master of the Rols` is weighed without the run): a
 * common word capitalised on the other side of the joiner makes the phrase
 * a title, as the words one space away do. `strict` reads the run as
 * `commonRunSlip` does: a capitalised word opening its sentence or naming a
 * kind of place or body (`titleWords`, `placeKindsBesideNames`) does not
 * make one, a possessive token (`Sarum's Introduction`) looks back only,
 * and a headline in title case (`inTitleCaseLine`) holds no run. A word
 * opening a quotation still makes one: there it is as often a title's
 * first word (`"People's Stres"`) as a sentence's.
 */
function inCommonRun(word: UnknownWord, analysis: WordAnalysis, context: RuleContext, strict = false): boolean {
  if (word.sentenceInitial) return false
  const at = wordIndex(analysis, word.token.start)
  const text = String(context.file)
  const isPlaceKind = (lower: string): boolean => titleWords.has(lower) || placeKindsBesideNames.has(lower)
  const common = (token: Token | undefined): boolean =>
    token !== undefined &&
    capitalised.test(token.text) &&
    !nameParticles.has(token.form) &&
    !analysis.unknownForms.has(stripPossessive(token.text)) &&
    context.resources.suggester.has(token.form) &&
    !(strict && (token.sentenceInitial || isPlaceKind(stripPossessive(token.text).toLowerCase())))
  // The tokens from `word` outwards (`step` -1 looking back, 1 looking ahead), each one space from the one before it.
  const chain = (step: number, length: number): Token[] | undefined => {
    const tokens: Token[] = []
    let last = word.token
    for (let offset = step; tokens.length < length; offset += step) {
      const next = analysis.words[at + offset]
      if (next === undefined || text.slice(step < 0 ? next.end : last.end, step < 0 ? last.start : next.start) !== ' ') return undefined
      tokens.push(next)
      last = next
    }
    return tokens
  }
  // A common word one space away, or across `of` or `of the` one not capitalised for opening its sentence (`Most of Smiht`).
  const titled = (token: Token | undefined): boolean => common(token) && !token!.sentenceInitial
  const across = (step: number): boolean => {
    const near = chain(step, 3) ?? chain(step, 2) ?? chain(step, 1)
    if (near === undefined) return false
    if (common(near[0])) return true
    if (near[0]!.form !== 'of' || near.length < 2) return false
    if (near[1]!.form !== 'the') return titled(near[1])
    return near.length === 3 && titled(near[2])
  }
  if (strict && inTitleCaseLine(at, analysis, text)) return false
  return across(-1) || (!(strict && stripPossessive(word.token.text) !== word.token.text) && across(1))
}

/**
 * Whether the sentence or line of the draft's word at `at` capitalises
 * every word of four letters or more, three of them at least: a headline
 * in title case (`Villagers Celebrate Clova Gala`), where a capitalised
 * word says nothing of a title-case run.
 */
function inTitleCaseLine(at: number, analysis: WordAnalysis, text: string): boolean {
  const words = analysis.words
  let first = at
  while (first > 0 && !words[first]!.sentenceInitial && !text.slice(words[first - 1]!.end, words[first]!.start).includes('\n')) first--
  let last = at
  while (last + 1 < words.length && !words[last + 1]!.sentenceInitial && !text.slice(words[last]!.end, words[last + 1]!.start).includes('\n')) last++
  let long = 0
  for (let index = first; index <= last; index++) {
    const token = words[index]!
    if (token.text.length < 4) continue
    if (!/^\p{Lu}/u.test(token.text)) return false
    long++
  }
  return long >= 3
}

/** Whether the word just before `word`, one space away, is the article (`isArticleThe`). */
function afterThe(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  if (word.sentenceInitial) return false
  const {before} = neighboursOf(word, analysis)
  return before !== undefined && isArticleThe(before) && String(context.file).slice(before.end, word.token.start) === ' '
}

/** A capitalised word the name lists vouch for (at least one point), or the desk's own name. */
function isVouchedName(text: string, context: RuleContext): boolean {
  const form = stripPossessive(text)
  return capitalised.test(form) && ((context.resources.namePriors.get(form) ?? 0) >= 1 || isDeskName(form, context))
}

/**
 * How much costlier (weighted edits) than the name ranked first a common
 * noun that stands in proper names (`titleWords`) may be, and still be
 * weighed first, for a capitalised token inside a sentence whose letters
 * read more as a word than as a name (`nameOdds` at most 0) and that
 * stands where no person's name does (after no title or initial, before
 * no verb of saying; beside a listed name it may: `Pope Coanty`, `Mator
 * Dever`, `Hotle Dumont`, `Autn Jessica`). There the name wins the rank on
 * the lists' word for it (Conaty, Matar, Hoyle) and the place beside a
 * name, but the title word is likelier meant. Then the capital model
 * weighs it, title word and all. Chosen on the larger development sample
 * (`name-misses.js --set capitalised --draws 10`): 0.1 caught 4 more of
 * half A's than 0 and as many of half B's (0.3 no more), with no false
 * alarm more; letters reading as a name up to 0.5 woke a name on the
 * development genres and lost three of half B's name slips, and a person's
 * place (`the Governor Prence`) woke Prence (prince).
 */
const titleWordOverName = 0.1

/**
 * The fewest letters a common word needs to be weighed before the name
 * ranked first inside a title-case run of common words (`the Almighty
 * Dallar`: dollar, not Dallas). Shorter words are a cheap slip from many
 * surnames, as after a known name (`pairTitleMinLength`).
 */
const commonRunWordMinLength = 6

/**
 * When a capitalised token inside a title-case run of common words, one
 * cheap slip (`cheapTitleSlip`) from a common word, counts as a title word
 * (`titleWord`) whatever that word is (`the Land Rovar`, `the Beech
 * Pastre`, `the Marane Corps`): the run is read strictly (`inCommonRun`
 * with `strict`: its capitalised word opens no sentence, `Now Acey`, and
 * names no kind of place or body, `Watling Street`, `the Place Molard`,
 * beside which any name stands; a possessive token looks back only,
 * `the Bishop of Sarum's Introduction`), the token is used once (a
 * spelling written the same way again is a choice), has `minLength`
 * letters or more (`Jean Arp`, `Old Crip`: short names are one slip from
 * many words), and the word is a common one (lower-case in the dictionary,
 * not `Lester` for `Radial Leste`) with a frequency of at least
 * `minFrequency` (not `molars` or `crutch`: a rare word is seldom the one
 * meant). Chosen on the larger development sample (`name-misses.js --set
 * capitalised --draws 12 --features`, seeds 281 and 293), each bar for the
 * false alarm it took off the development checks of correct text.
 */
const commonRunSlip = {minLength: 5, minFrequency: 1.4} as const

/**
 * Slip costs come from tables of single precision and sums of tenths
 * (0.699999988 beside 0.7): two costs this close are the same cost (`the
 * Luray Cavens`: covens and caverns both 0.7, caverns the larger by a
 * rounding).
 */
export const costTolerance = 1e-6

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value))

/** Rank score of a candidate: likely intended forms and cheap slips first. */
function rankScore(
  cost: number,
  frequency: number,
  prior: number,
  census: number,
  inDraft: boolean,
  sameInitial: boolean,
  bits = 0,
  namePlace = false,
  soundAlike = false
): number {
  const rank = slipWeights.rank
  return (
    -cost -
    rank.channel * bits +
    rank.frequency * frequency +
    rank.prior * prior +
    rank.census * census +
    (inDraft ? rank.inDraft : 0) -
    (sameInitial ? 0 : rank.initial) +
    (namePlace ? rank.place : 0) +
    (soundAlike ? rank.sound : 0)
  )
}

/**
 * The evidence that a lower-case token (`lower`, of `lengthFeature` letters
 * up to 12) is a slip, read from its letters alone: its near words, each
 * weighed by the lower-case model, the most slip-like kept; undefined when
 * no word is within `maxCost`. A near word spelled by ear (`byEar`) counts
 * as a cheaper slip (`soundAlikeCostDiscount`).
 */
function lowerEvidence(lower: string, suggester: RuleContext['resources']['suggester'], lengthFeature: number, byEar: boolean): SlipEvidence | undefined {
  const ranked = suggester.rank(lower, 3, maxCost)
  if (ranked.length === 0) return undefined
  const candidates = ranked.map((entry) => wordCandidate(entry, lower))
  // The token's own uses are left out for lower-case words: the development
  // sets hold each slip once, so they cannot tell a repeated slip
  // (`goverment` throughout a story) from a correct rare word.
  const evidenceAt = (index: number): SlipEvidence => {
    const candidate = candidates[index]!
    const heard = byEar && ranked[index]!.soundsAlike === true && candidate.frequency >= spelledByEarMinFrequency && isSpelledByEar(lower, candidate.text)
    return {
      model: 'lower',
      features: [candidate.cost - (heard ? soundAlikeCostDiscount : 0), candidate.frequency, 0, 1, lengthFeature, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
      candidates
    }
  }
  // Whether the word is a slip at all rests on the most slip-like near word,
  // not on the one offered first: the order weighs the first letter, which
  // says which word was meant, not whether one was. A near word spelled by
  // ear counts as a cheaper slip (`soundAlikeCostDiscount`).
  let evidence = evidenceAt(0)
  for (let index = 1; index < candidates.length; index++) {
    const other = evidenceAt(index)
    if (slipProbability(other) > slipProbability(evidence)) evidence = other
  }
  return evidence
}

/**
 * The probability that the lower-case word `lower` is a slip, by the
 * lower-case model on its letters alone (`lowerEvidence`, as `slipEvidence`
 * reads an ordinary word); 0 when no word is near.
 */
export function lowerSlipProbability(lower: string, suggester: RuleContext['resources']['suggester']): number {
  if (lower.length < 3 || isOverlong(lower) || !/^\p{L}+$/u.test(lower)) return 0
  const evidence = lowerEvidence(lower, suggester, Math.min(lower.length, 12), true)
  return evidence ? slipProbability(evidence) : 0
}

/**
 * The evidence for one unknown word, or undefined when nothing known is near
 * it. `text` is the word's own, or the unknown part of a hyphenated word
 * (`spelling` checks a compound part by part); its place is the word's.
 * `byEar` (default: true) lets a near word spelled by ear count as a cheaper
 * slip; false weighs it as any other, as inside a quotation that spells
 * speech as spoken, where spelling by ear is the speaker's voice.
 */
export function slipEvidence(
  word: UnknownWord,
  tree: Root,
  analysis: WordAnalysis,
  context: RuleContext,
  text: string = word.token.text,
  byEar = true
): SlipEvidence | undefined {
  const form = stripPossessive(text)
  if (form.length < 3 || isOverlong(form) || !/^\p{L}+$/u.test(form)) return undefined
  const lower = form.toLowerCase()
  const suggester = context.resources.suggester
  // Counts from the draft's summary, the same whether the draft is checked whole or in chunks.
  const summary = draftSummary(tree, context)
  const count = Math.log2(summary.names.get(form)?.count ?? 1)
  const lengthFeature = Math.min(form.length, 12)

  if (word.kind === 'ordinary') return lowerEvidence(lower, suggester, lengthFeature, byEar)

  if (word.kind !== 'name' || analysis.isKnownName(form)) return undefined
  // Letters English words never have (Siân, Łukasz) mark a name, not a slip of a word.
  // Single edits only (no scan of the word list), to stay linear on drafts full of names.
  // A capitalised word's own rank score weighs the first letter (`initial`).
  // A common word that sounds like the token gains as a sound-alike name does (`Stirr`: stir and Starr alike).
  let keys: string[] | undefined
  const soundKeys = () => (keys ??= doubleMetaphone(lower))
  const candidates: Candidate[] = /^[a-z]+$/.test(lower) ? suggester.rank(lower, 3, 1, false).map((entry) => wordCandidate(entry, lower, soundKeys)) : []
  // A day, month or other word the dictionary holds only capitalised, spelled
  // by ear two slips away (`Wensday`: Wednesday, its silent d left out), is
  // a candidate at the price of one slip (`soundAlikeCostDiscount`). Only
  // those words are scanned that far: the whole list would cost every
  // unknown name ten times a one-slip search.
  if (/^[a-z]+$/.test(lower) && lower.length >= spelledByEarMinLength && !candidates.some((candidate) => !candidate.isName)) {
    for (const entry of suggester.capitals(lower, heardCapitalReach)) {
      if (entry.cost <= 1 || !isSpelledByEar(lower, entry.word) || !soundsNearlyAlike(soundKeys(), entry.word)) continue
      candidates.push(wordCandidate({...entry, cost: entry.cost - soundAlikeCostDiscount}, lower, soundKeys))
    }
  }
  // After a possessive name, a near title word (`Salyer's Canyo`: canyon)
  // names what is the person's, a place or a body: the token is not more of
  // the name. A work's title or a character may follow it too (`Racine's
  // Phedre`), so without a title word near the name place stands.
  const place = inNamePlace(word, analysis, context) && !(afterPossessive(word, analysis, context) && candidates.some((candidate) => titleWords.has(candidate.text.toLowerCase())))
  const role = placeRole(word, analysis, context)
  for (const {target: name, cost, bits} of nameCandidates(form, context)) {
    const frequency = suggester.frequency(name.lower)
    const inDraft = summary.names.has(name.name)
    const soundAlike = soundsAlike(soundKeys(), name.lower)
    const lean = role === undefined ? 0 : context.resources.nameLean(name.name)
    const roleShare = Math.max(0, name.census - Math.max(0, role === 'given' ? -lean : lean))
    const score = rankScore(cost, frequency, name.prior, name.census, inDraft, true, bits, place, soundAlike)
    candidates.push({
      text: name.name,
      isName: true,
      cost,
      frequency,
      prior: name.prior,
      census: name.census,
      inDraft,
      sameInitial: true,
      bits,
      namePlace: place,
      roleShare,
      placeRole: role,
      soundAlike,
      score,
      offerScore: score
    })
  }
  if (role === 'surname') candidates.push(...wordSurnames(form, lower, candidates, summary, place, context))
  if (candidates.length === 0) return farEvidence(form, lower, lengthFeature, count, word, analysis, context)
  // Only names two slips away (`Gouvener`: Gouverneur): a common word two
  // cheap slips away (Governor) is read too, by the same far rule.
  if (candidates.every((candidate) => candidate.cost > 1)) {
    const far = farEvidence(form, lower, lengthFeature, count, word, analysis, context)
    if (far && (readEveryFarToken || isFarSlip(far.features))) return far
  }
  candidates.sort((left, right) => right.score - left.score || compareWords(left.text, right.text))
  const models = lettersOf(context)
  const letters = letterScores(form, models.names, models.words)
  // A title word as near as the name ranked first is weighed first (`titleWordOverName`).
  let titleFirst: string | undefined
  // After a known name, closing the pair (`closesPairAfterName`), a title word one cheap slip away and no costlier than the name is weighed first whatever the letters read like.
  let afterName = false
  if (!word.sentenceInitial && candidates[0]!.isName && !inNamePlace(word, analysis, context, false)) {
    const name = candidates[0]!
    const pairTitleFits = (candidate: Candidate) =>
      !candidate.isName && candidate.cost <= Math.min(name.cost, cheapTitleSlip) + costTolerance && candidate.text.length >= pairTitleMinLength && titleWords.has(candidate.text.toLowerCase())
    const pairTitle = closesPairAfterName(word, analysis, context) && candidates.some(pairTitleFits)
    const nearTitle = letters.odds <= 0 ? candidates.findIndex((candidate) => !candidate.isName && candidate.cost <= name.cost + titleWordOverName && titleWords.has(candidate.text.toLowerCase())) : -1
    const title = nearTitle > 0 || !pairTitle ? nearTitle : candidates.findIndex(pairTitleFits)
    if (title > 0) {
      afterName = pairTitle
      candidates.unshift(...candidates.splice(title, 1))
      titleFirst = candidates[0]!.text
    }
  }
  // Inside a title-case run of common words (`inCommonRun`), where no person's name stands (after no title, initial or given name:
  // `placeRole`), a common word of six letters or more that is a strictly cheaper slip than the name ranked first is weighed
  // first (`the Almighty Dallar`: dollar 0.6, Dallas 0.7), and the capital model weighs it; which is offered first stays
  // the offer's (`nameOffered`: a listed name that outranks the word comes first).
  // Nor before a common census surname that is also a word (`Charlis Smith`: `beforeWordSurname`), where a given name stands.
  if (!word.sentenceInitial && candidates[0]!.isName && role === undefined && inCommonRun(word, analysis, context) && !inNamePlace(word, analysis, context, false) && !beforeWordSurname(word, analysis, context)) {
    const name = candidates[0]!
    const cheaper = candidates.findIndex((candidate) => !candidate.isName && candidate.cost < name.cost - costTolerance && candidate.text.length >= commonRunWordMinLength)
    if (cheaper > 0) candidates.unshift(...candidates.splice(cheaper, 1))
  }
  const best = candidates[0]!
  const unknownNeighbour = hasUnknownNeighbour(word, analysis)
  const head =
    unknownNeighbour &&
    (headsNamedRun(word, analysis, context) ||
      (!best.isName &&
        candidates.some((candidate) => !candidate.isName && candidate.cost <= Math.min(best.cost, cheapTitleSlip) + costTolerance && titleWords.has(candidate.text.toLowerCase())) &&
        (closesNamePair(word, analysis, context) || opensPairAfterThe(word, analysis, context))))
  // An office or rank (`nameTitles`) as near, before an unknown name (`Mayod Dever`), whatever the token's letters read like;
  // not the title with a final e, its old spelling (`my Lorde Anserson` in a letter of the 1500s).
  const titleBefore =
    !best.isName &&
    unknownNeighbour &&
    opensNamedRun(word) &&
    candidates.some((candidate) => !candidate.isName && candidate.cost <= best.cost + costTolerance && nameTitles.has(candidate.text.toLowerCase()) && lower !== candidate.text.toLowerCase() + 'e')
  // Inside a title-case run of common words (`inCommonRun`), where no person's name stands, a word one cheap slip away counts whatever the letters read like (`the Common Maret`).
  const commonRunTitle =
    !best.isName && !word.sentenceInitial && best.cost <= cheapTitleSlip + costTolerance && inCommonRun(word, analysis, context) && !inNamePlace(word, analysis, context, false)
  // Inside a title-case run of common words (`inCommonRun`, strictly), any common word one cheap slip away counts as a title word does (`commonRunSlip`: `the Land Rovar`).
  const commonRunWord =
    commonRunTitle &&
    form.length >= commonRunSlip.minLength &&
    count === 0 &&
    /^[a-z]/.test(best.text) &&
    best.frequency >= commonRunSlip.minFrequency &&
    inCommonRun(word, analysis, context, true)
  // The dictionary holds the days and months capitalised (Monday, June): the title words are looked up lower-case.
  // A title word within a tenth of a slip of the nearest word counts, as against a name (`titleWordOverName`).
  const titleWord =
    titleBefore ||
    (!best.isName && !word.sentenceInitial && (letters.odds <= 0 || head || afterName || commonRunTitle) && candidates.some((candidate) => !candidate.isName && candidate.cost <= best.cost + titleWordOverName + costTolerance && titleWords.has(candidate.text.toLowerCase()))) ||
    commonRunWord
  const inside = !best.isName && !word.sentenceInitial && !unknownNeighbour && /^[a-z]/.test(best.text) && !hasCommonNameRival(candidates, best, context)
  const share = inside ? capitalShare(best.text) : 0
  const base: SlipEvidence = {
    ...(share > 0 ? {capitalShare: share} : {}),
    ...(titleFirst === undefined ? {} : {titleFirst}),
    model: best.isName ? 'name' : 'capital',
    features: [
      best.cost,
      best.frequency,
      best.prior,
      best.isName ? 0 : 1,
      lengthFeature,
      word.sentenceInitial ? 1 : 0,
      word.precededByName || word.followedByName ? 1 : 0,
      best.inDraft ? 1 : 0,
      // How often the draft uses the token, and whether it also stands
      // mid-sentence, tell a name from a capitalised word. Against a name,
      // uses count up to four: a reporter may repeat a slip (`Vladmir` ×2),
      // but a name spelled one way throughout (Kearton ×9) is seldom one.
      // Not a slip of a common word repeated only where sentences open (`openingSlipRepeat`: `Howver` ×3).
      best.isName ? Math.min(count, maxNameCount) : openingSlipRepeat(word, text, best, summary) ? 0 : count,
      !best.isName && word.sentenceInitial && summary.midSentence.has(text) ? 1 : 0,
      otherCost(candidates, best),
      letters.odds,
      letters.likelihood,
      unknownNeighbour && !(titleWord && head) && !titleBefore ? 1 : 0,
      best.census,
      best.isName ? -best.bits : 0,
      titleWord ? 1 : 0,
      place ? 1 : 0,
      !best.isName && inCommonRun(word, analysis, context) ? 1 : 0,
      !best.isName && afterThe(word, analysis, context) ? 1 : 0
    ],
    candidates
  }
  if (!inside) return base
  // The neighbours are read only when the largest edge could lift the token over the bar.
  if (slipProbability({...base, contextEdge: contextEdgeCap}) < slipWeights.capital.threshold) return base
  const edge = contextEdge(best.text, word, analysis, context)
  return {...base, edgeWord: best.text, ...(edge === 0 ? {} : {contextEdge: edge})}
}

/**
 * Where the token's place says surname (`placeRole`: `Mary Smiht`, `Mr.
 * Baekr`, `J. Milller`), the common words among `candidates` that are also
 * common census surnames (Smith, Baker, Miller: `wordSurnameShare`), as
 * names: the lists' name targets leave out every name that is also a word
 * (Bill, Grace, Far), so without these a rarer listed name one slip away
 * came first (`Mr. Borwn`: Boren) or the token read as no slip at all
 * (`Mr. Smih`). Only as the common-surname rule reads a surname place
 * (`surnamePlace`): a share of at least `minShare`, one cheap slip away (at
 * most `commonName.maxCost`), and no letter more than the surname
 * (`Sawnders`, an old spelling, is not Sanders). Each counts `prior` point,
 * as the census vouches for a listed surname of its 10,000 commonest. On
 * the development sets, which draw no name that is also a word, nothing
 * changed; on census surnames that are words (the dev half of the 1,500
 * commonest) typed wrong where a surname stands (`bench/word-surnames.ts`),
 * caught 67.3 → 84.6 % (half A) and 70.9 → 89.1 % (half B), right first
 * 48.1 → 78.5 % and 57.5 → 84.4 %, with no finding on the surnames as
 * written.
 */
export const wordSurname = {prior: 1} as const

function wordSurnames(
  form: string,
  lower: string,
  candidates: ReadonlyArray<Candidate>,
  summary: DraftSummary,
  place: boolean,
  context: RuleContext
): Candidate[] {
  const found: Candidate[] = []
  for (const word of candidates) {
    if (word.isName || !/^[a-z]+$/.test(word.text)) continue
    const name = capitalise(word.text)
    const share = context.resources.wordSurnameShare(name)
    if (share === undefined || share < surnamePlace.minShare || form.length > name.length) continue
    if (candidates.some((candidate) => candidate.isName && candidate.text === name)) continue
    // As `findNameCandidates`: a name cut short or with an ending is as often a name of its own.
    const carried = (ending: string) => doubledEndings(context.resources.namePriors).has(ending)
    if ((word.text.startsWith(lower) && !isCutShortSlip(form, name, share)) || (lower.startsWith(word.text) && isNameEnding(form.slice(name.length), name, lower, carried))) continue
    const cost = nameTypingDistance(lower, word.text)
    if (cost > commonName.maxCost + costTolerance) continue
    const bits = channelBits(lower, word.text, slipWeights.channel)
    const inDraft = summary.names.has(name)
    const score = rankScore(cost, word.frequency, wordSurname.prior, share, inDraft, true, bits, place, word.soundAlike)
    found.push({
      text: name,
      isName: true,
      cost,
      frequency: word.frequency,
      prior: wordSurname.prior,
      census: share,
      inDraft,
      sameInitial: true,
      bits,
      namePlace: place,
      roleShare: share,
      placeRole: 'surname',
      soundAlike: word.soundAlike,
      score,
      offerScore: score
    })
  }
  return found
}

/**
 * A common word the suggester ranked for `lower`, as a candidate with its
 * rank score; with `keys` (the token's Double Metaphone keys), whether it
 * sounds like the token.
 */
function wordCandidate(entry: RankedCandidate, lower: string, keys?: () => string[]): Candidate {
  // A capitalised candidate (`February` for `febuary`) starts with the same letter in either case.
  const sameInitial = entry.word.charAt(0).toLowerCase() === lower.charAt(0)
  const soundAlike = keys !== undefined && soundsAlike(keys(), entry.word)
  return {
    text: entry.word,
    isName: false,
    cost: entry.cost,
    frequency: entry.frequency,
    prior: 0,
    census: 0,
    inDraft: false,
    sameInitial,
    bits: 0,
    namePlace: false,
    roleShare: 0,
    placeRole: undefined,
    soundAlike,
    score: rankScore(entry.cost, entry.frequency, 0, 0, false, sameInitial, 0, false, soundAlike),
    offerScore: -orderScore(lower, entry)
  }
}

/**
 * A capitalised word nothing known is one slip from (no candidate, or only
 * names two slips away), read against common words two slips away: a misspelled sentence-initial or title word
 * (`Sucessfull`, `Reffering`) that the one-slip search for capitalised
 * words cannot reach. Only long words are searched (a short word two slips
 * from something is nearly any word), so a draft full of foreign names pays
 * for the search only on its long unknown ones; the search's answers are
 * cached by form.
 */
function farEvidence(
  form: string,
  lower: string,
  lengthFeature: number,
  count: number,
  word: UnknownWord,
  analysis: WordAnalysis,
  context: RuleContext
): SlipEvidence | undefined {
  const far = slipWeights.far
  if (form.length < (readEveryFarToken ? farFitMinLength : far.minLength) || !/^[a-z]+$/.test(lower) || isParticleCapitalName(form)) return undefined
  const models = lettersOf(context)
  const letters = letterScores(form, models.names, models.words)
  const unknownNeighbour = hasUnknownNeighbour(word, analysis)
  // The rule's bounds that need no candidate are checked before the search:
  // most long unknown capitalised words are names that fail one of them.
  if (!readEveryFarToken && ((far.sentenceInitialOnly && !word.sentenceInitial) || count > far.maxCount || letters.odds > far.maxNameOdds || (unknownNeighbour && !far.allowUnknownNeighbour))) return undefined
  const suggester = context.resources.suggester
  // Searched only as far as the rule accepts: a two-slip search costs ten
  // times a one-slip one, and most of that goes on candidates it would reject.
  // The suggester's order stands: a far candidate's own rank score is not used.
  const candidates: Candidate[] = suggester
    .rank(lower, readEveryFarToken ? 50 : 3, readEveryFarToken ? farFitReach : far.maxCost, false)
    .map((entry) => ({...wordCandidate(entry, lower), score: 0}))
  if (candidates.length === 0) return undefined
  const best = candidates[0]!
  return {
    model: 'far',
    features: [
      best.cost,
      best.frequency,
      0,
      1,
      lengthFeature,
      word.sentenceInitial ? 1 : 0,
      word.precededByName || word.followedByName ? 1 : 0,
      0,
      count,
      0,
      maxCost + 0.5,
      letters.odds,
      letters.likelihood,
      unknownNeighbour ? 1 : 0,
      0,
      0,
      0,
      inNamePlace(word, analysis, context) ? 1 : 0,
      0,
      0
    ],
    candidates
  }
}

/**
 * A name particle run into the name with a capital after it (`DeGroot`,
 * `LaForge`, `DiMaggio`, `VanDerBeek`, `FitzGerald`, `McAllister`): a name
 * by its shape. A slip of a common word two slips away almost never makes an
 * inner capital, so the `far` model does not read it (`DeGroot` was read as
 * `Detroit`); listed names written so are still its candidates
 * (`findNameCandidates`), so a slip of one is still that name's slip.
 */
function isParticleCapitalName(form: string): boolean {
  return particleCapital.test(form)
}

/** Name particles written run into the name (`Mc`, `Di`, `Van`), as a regular expression's alternatives. */
const runParticles = 'Mc|Mac|Fitz|De|Del|Della|Di|Da|Du|La|Le|Lo|Van|Von|Der|Ten|Ter'
const particleCapital = new RegExp(`^(?:${runParticles})\\p{Lu}\\p{Ll}`, 'u')
const oneParticleCapital = new RegExp(`^(${runParticles})\\p{Lu}\\p{Ll}+$`, 'u')

/**
 * The particle of a token written as one particle and one capitalised name
 * with no other capital (`McAlister`: `Mc`; not `VanDerBeek`), if it is so
 * written.
 */
function particleOf(form: string): string | undefined {
  return oneParticleCapital.exec(form)?.[1]
}

/**
 * A listed name the lists write with no inner capital (`Mcallister`),
 * written as a token with a particle and an inner capital would be
 * (`McAllister` for `McAlister`), when that token is one slip from it and
 * the name opens with the same particle; otherwise undefined. The lists
 * lower-case such names (`Mcallister`, `Dimaggio`, `Lafollette`), so a slip
 * of one written as people write it had no candidate at all. Not a vowel
 * changed for another at or before the first vowel after the particle
 * (`isNameVowelVariant`: `DuVol` is no slip of Duval).
 */
function camelTarget(name: string, particle: string, lower: string, candidateLower: string): string | undefined {
  const size = particle.length
  if (name.length <= size + 1 || !candidateLower.startsWith(particle.toLowerCase()) || editDistance(lower, candidateLower, 1) > 1) return undefined
  if (!/^\p{Ll}+$/u.test(name.slice(1))) return undefined
  // Read after the particle, a vowel changed at or before the name's first (DuVol, Duval) is another name as often as a slip.
  if (isNameVowelVariant(lower.slice(size), candidateLower.slice(size))) return undefined
  return particle + name.charAt(size).toUpperCase() + name.slice(size + 1)
}

let readEveryFarToken = false

/** How far the fit searches (weighted slips), and the shortest token it reads, to try bounds up to them. */
const farFitReach = 2
export const farFitMinLength = 6

/**
 * For the fit only (`bench/fit-spelling.ts`): search every long capitalised
 * token with no one-slip candidate, not only those the file's `far` rule
 * lets through before its search, as far as `farFitReach` and down to
 * `farFitMinLength` letters, so looser bounds can be tried.
 */
export function readFarTokensForFit(on: boolean): void {
  readEveryFarToken = on
}

/** Where the `far` rule reads its evidence. */
const farFeature = {cost: 0, frequency: 1, length: 4, sentenceInitial: 5, count: 8, nameOdds: 11, unknownNeighbour: 13} as const

/**
 * Whether far evidence shows a slip, by the fitted `far` rule: a long token,
 * a cheap pair of slips (doubled or undoubled letters, a dropped letter,
 * vowels: what `typingDistance` prices low), a common target, a token used
 * once, not standing beside another unknown capitalised word, and letters
 * that do not read strongly as a name.
 */
export function isFarSlip(features: ReadonlyArray<number>, far: FarRule = slipWeights.far): boolean {
  return (
    features[farFeature.length]! >= far.minLength &&
    features[farFeature.cost]! <= far.maxCost &&
    features[farFeature.frequency]! >= far.minFrequency &&
    features[farFeature.count]! <= far.maxCount &&
    features[farFeature.nameOdds]! <= far.maxNameOdds &&
    (far.allowUnknownNeighbour || features[farFeature.unknownNeighbour] === 0) &&
    (!far.sentenceInitialOnly || features[farFeature.sentenceInitial] === 1)
  )
}

export interface FarRule {
  readonly minLength: number
  readonly maxCost: number
  readonly minFrequency: number
  readonly maxCount: number
  readonly maxNameOdds: number
  readonly allowUnknownNeighbour: boolean
  /** Only a sentence's first word: mid-sentence, a long unknown capitalised word is mostly a foreign title (`Arc de Triomphe`). */
  readonly sentenceInitialOnly: boolean
}

/**
 * How much the capital model's score (log-odds) gains per unit of
 * `capitalShare`: a token inside a sentence that is a slip of a word often
 * written capitalised there (`Chiefs of Staff`, `the Queen`, `Table 3`,
 * `Mama`) is likelier a slip than one whose word seldom is (`door`, `lucky`,
 * `has`: `Deor`, `Lecky`, `Jas` are names). The fitted features weigh the
 * word's frequency, but a capitalised token is written so far more often for
 * some words than for others. Chosen on development half A (with
 * `capitalShareSmoothing`): 3 caught two more of its capitalised slips
 * (`Tabe`, `Quen`) with no false alarm more; 4 woke `Hotei` and `Platonica`.
 * Not beside an unknown capitalised word (`unknownNeighbour`), where a
 * capitalised token is part of a foreign or old name (`Rue Ecole De
 * Medecine`, `Unckle Quyne`) more often than of a title of common words:
 * set after half B's check woke `Unckle` in its edited text, so half B is
 * not blind to it. Nor when a very common name is as near
 * (`hasCommonNameRival`).
 */
const capitalShareWeight = 3

/**
 * Whether a very common name (census share at least `commonName.minCensus`,
 * about one in 80,000 people), listed or a capitalised word the dictionary
 * holds (Holt), is as near the token as the common word `best`: then the
 * name is as likely meant, and how often the word is written capitalised
 * does not decide (`Holty` in a list of painters: holy, but Holt as near;
 * without this bound `npm run bench:dev` found it on the development genres).
 */
function hasCommonNameRival(candidates: ReadonlyArray<Candidate>, best: Candidate, context: RuleContext): boolean {
  return candidates.some(
    (candidate) =>
      candidate.cost <= best.cost &&
      (candidate.isName ? candidate.census : /^\p{Lu}/u.test(candidate.text) ? (context.resources.nameCensus.get(candidate.text) ?? 0) : 0) >= commonName.minCensus
  )
}

/**
 * How much the capital model's score (log-odds) gains per bit of
 * `contextEdge`: a capitalised token inside a sentence is likelier a slip
 * when its near word fits between its neighbours better than a proper noun
 * does (`cheer the Quen on`, `Chiefs of Steff in`, `his Mastar and`), word
 * classes either side counted in running text (`slip-context.ts`). Only
 * the edge above `contextEdgeDeadZone` bits counts, and at most
 * `contextEdgeCap`; an edge against the word counts nothing (a title-case
 * run, `Table 4`, `the Sputnik Disovery`, has a proper noun's neighbours,
 * and counting it lost four of half A's capitalised slips at 0.3). Chosen
 * on development half A: weights 0.6 to 2 with a quarter bit's dead zone
 * all caught one more capitalised slip (`Steff`) with no false alarm more;
 * with no dead zone weights 0.4 to 1.5 woke `Hotei` (a boat's name), and
 * half a bit's lost `Steff`. 1 sits inside that range.
 */
const contextEdgeWeight = 1
const contextEdgeDeadZone = 0.25
const contextEdgeCap = 3

/**
 * How much better the common word `lower` fits between the neighbours of
 * `word` than a proper noun does, in bits above `contextEdgeDeadZone`, at
 * most `contextEdgeCap`, and 0 when it fits no better: the word classes
 * either side, counted in running text (`classFit`, `contextFit`). Nothing
 * for a word whose classes the table lacks, nor for a quotation's first
 * word, capitalised because the quoted sentence starts there (`says
 * "Whah nawt"`: set after half B's check woke it in its edited text, so
 * half B is not blind to that bound).
 */
function contextEdge(lower: string, word: UnknownWord, analysis: WordAnalysis, context: RuleContext): number {
  const text = String(context.file)
  // Not beside a capitalised word: there a name's neighbours are capitalised
  // too, and the classes read from them say little (on half A, `the De Idea
  // Platonica` woke in the edited text without this bound).
  if (word.precededByName || word.followedByName || besideCapital(word, analysis, context) || opensQuotation(text, word.token.start)) return 0
  const {left, right} = neighbours(text, word.token.start, word.token.end)
  if ((left === undefined && right === undefined) || !hasClasses(lower)) return 0
  const edge = contextFit(lower, left, right) - classFit('NP', left, right) - contextEdgeDeadZone
  return Math.max(0, Math.min(contextEdgeCap, edge))
}

/**
 * Whether a word one space from `word` begins with a capital, a single
 * letter too (`a Serie A side`, which woke in the corpus drafts without it):
 * `precededByName` and `followedByName` count only capitalised words of two
 * letters or more.
 */
function besideCapital(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): boolean {
  const {before, after} = neighboursOf(word, analysis)
  const text = String(context.file)
  return (
    (before !== undefined && /^\p{Lu}/u.test(before.text) && text.slice(before.end, word.token.start) === ' ') ||
    (after !== undefined && /^\p{Lu}/u.test(after.text) && text.slice(word.token.end, after.start) === ' ')
  )
}

/** Whether an opening quotation mark stands just before `start` (spaces between): the quoted sentence's first word. */
function opensQuotation(text: string, start: number): boolean {
  let at = start - 1
  while (at >= 0 && text[at] === ' ') at--
  return at >= 0 && (/["“‘]/.test(text[at]!) || (text[at] === "'" && (at === 0 || /\s/.test(text[at - 1]!))))
}

/** The word classes either side of a capitalised token inside a sentence and whether it opens a quotation (`contextEdge` reads them); '' for any other token. */
function neighbourKey(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): string {
  if (word.kind !== 'name' || word.sentenceInitial) return ''
  const text = String(context.file)
  const {left, right} = neighbours(text, word.token.start, word.token.end)
  return `${left ?? ''}|${right ?? ''}|${opensQuotation(text, word.token.start) ? 1 : 0}|${besideCapital(word, analysis, context) ? 1 : 0}`
}

/** Uses added to a word's count before its capitalised share is read: a word seen a few times says little. */
const capitalShareSmoothing = 10

let capitalCounts: Map<string, readonly [capitalised: number, uses: number]> | undefined

/**
 * How often `word` (lower case) is written capitalised inside a sentence, as
 * a common word, against its uses (`capital-share-data.ts`, counted on Brown
 * texts that are neither the benchmark nor the development sets): 0 for a
 * word never so written.
 */
export function capitalShare(word: string): number {
  if (!capitalCounts) {
    capitalCounts = new Map()
    for (const line of capitalShareTable.split('\n')) {
      const [form, capitalised, uses] = line.split(' ')
      capitalCounts.set(form!, [Number(capitalised), Number(uses)])
    }
  }
  const counts = capitalCounts.get(word)
  return counts ? counts[0] / (counts[1] + capitalShareSmoothing) : 0
}

/** Probability that the evidence shows a slip, by the fitted weights of its model. */
export function slipProbability(evidence: SlipEvidence): number {
  if (evidence.model === 'far') return isFarSlip(evidence.features) ? 1 : 0
  const model = slipWeights[evidence.model]
  let sum = model.bias + capitalShareWeight * (evidence.capitalShare ?? 0) + contextEdgeWeight * (evidence.contextEdge ?? 0)
  const features = evidence.features
  for (let index = 0; index < features.length; index++) sum += (model.weights[index] ?? 0) * features[index]!
  return sigmoid(sum)
}

/**
 * The strongest evidence there is for a name slip: the nearest candidate is
 * a salient name (in the news, a common first name, a country or a big
 * city, or a config name) of five letters or more, one cheap typing slip
 * away (`Macorn`, `Facui`, `Vladmir`). Modern news names have no frequency
 * in the development text, so the fitted score alone undervalues them.
 */
function isCheapSlipOfSalientName(text: string, evidence: SlipEvidence, context: RuleContext): boolean {
  const best = evidence.candidates[0]!
  if (evidence.model !== 'name' || best.text.length < 5) return false
  // A name spelled one way four times and more, the near name never, is the
  // draft's own name (`Shann` throughout a story), not a slip of `Shanon`.
  if (evidence.features[countFeature]! >= maxNameCount && !best.inDraft) return false
  if (!context.resources.names.salient.has(best.text) && !isDeskName(best.text, context)) return false
  const form = stripPossessive(text)
  const length = form.length
  // Costed as a name: a changed vowel or sound-alike letter is as often another spelling (Makri, Macri).
  const cost = typingDistance(form.toLowerCase(), best.text.toLowerCase(), 1.2, true)
  return cost <= (length >= 10 ? 1.2 : length >= 7 ? 0.9 : 0.65)
}

/**
 * A capitalised token of five letters or more (`Westan`, `Roice`, `Molie`)
 * the fitted score passes over is a slip on this evidence: its nearest
 * candidate is a very common name (at least `minCensus`, log2 of uses per
 * 10 million people: about 1 in 80,000, the census's first thousand or so
 * given names and surnames: Weston, Royce, Mollie), one cheap edit away (at
 * most `maxCost`: a changed vowel, a dropped, doubled or swapped letter, a
 * neighbouring key), and the draft uses the token only this once. The
 * fitted score weighs a name's commonness little, and a capital mid-sentence
 * a lot: correct names nobody lists are common there, but few are one slip
 * from a name this common (on the development text, Gladdy and Muong, at
 * 6 and 6.3, are the commonest such near names of correct ones). Chosen on
 * the development sets: 7 caught seven more name slips with no finding on
 * the sentences' other words; 6 woke Gladdy, Muong and Lorde, and 5 Torrio
 * (Torrie, 5.4) and Kearton too. Not when the one change is a
 * vowel at or before the first vowel (`Stenton`, Stanton; `Diron`, Daron:
 * the channel's rarest vowel slip, and how related names differ) or the
 * last letter's vowel (`Tonio`, Tonia: another ending of the name): on the
 * rest of the development genres those three were its only findings.
 */
export const commonName = {minLength: 5, minCensus: 7, maxCost: 0.7} as const

/** Whether the evidence shows a slip of a very common name (see `commonName`). */
function isCheapSlipOfCommonName(text: string, evidence: SlipEvidence): boolean {
  const best = evidence.candidates[0]!
  const form = stripPossessive(text)
  return (
    evidence.model === 'name' &&
    form.length >= commonName.minLength &&
    (best.census >= commonName.minCensus || isCommonSurnameInPlace(form, best)) &&
    best.cost <= commonName.maxCost &&
    evidence.features[countFeature] === 0 &&
    !isNameVowelVariant(form.toLowerCase(), best.text.toLowerCase())
  )
}

/**
 * A capitalised token of five letters or more (`Malney`, `Plulen`,
 * `Lapert`) the fitted score passes over is a slip on this evidence: its
 * nearest candidate is a listed name with two neighbouring letters swapped
 * (the first two included), the name's census share is at least
 * `minCensus` (log2 of uses per 10 million people: about one in 1.2
 * million, Manley, Pullen, Alpert, not Antrona or Boehme), and the draft
 * uses the token only this once. A swap breaks a name's letters as other
 * spellings of a name seldom do, where the fitted score weighs it as it
 * weighs any cheap slip. Not when the two letters are vowels (`Hieser`, Heiser; Neilsen,
 * Nielsen: the same name spelled two ways) or are the last two
 * (Ballestre, Ballester; Quyne, Quyen; Parisina, Parisian: names end
 * so). Chosen on the development sets: without the census bar, seven
 * correct names of `correct-names.js` woke (five of them the last two
 * letters swapped); at 3 none did, where 2 woke Natrona (Antrona).
 */
export const swappedName = {minLength: 5, minCensus: 3} as const

/** Whether `form` is `name` with two neighbouring letters swapped, not two vowels and not the last two (both in lower case). */
export function isNeighbourSwap(form: string, name: string): boolean {
  if (form.length !== name.length) return false
  let at = 0
  while (at < form.length && form[at] === name[at]) at++
  if (at + 2 >= form.length) return false
  if (form[at] !== name[at + 1] || form[at + 1] !== name[at] || form.slice(at + 2) !== name.slice(at + 2)) return false
  return !(vowelLetter.test(form[at]!) && vowelLetter.test(form[at + 1]!))
}

/** Whether the evidence shows a listed name with two letters swapped (see `swappedName`). */
function isSwapSlipOfName(text: string, evidence: SlipEvidence): boolean {
  const best = evidence.candidates[0]!
  const form = stripPossessive(text)
  return (
    evidence.model === 'name' &&
    best.isName &&
    form.length >= swappedName.minLength &&
    best.census >= swappedName.minCensus &&
    evidence.features[countFeature] === 0 &&
    isNeighbourSwap(form.toLowerCase(), best.text.toLowerCase())
  )
}

/**
 * A token where a surname stands (`placeRole`: after a given name, an
 * initial or a personal title) counts as near a very common name
 * (`commonName`) when its nearest name is a common surname there: a
 * surname share of at least `minShare` (log2 of uses per 10 million
 * people: about 1 in 160,000, the census's first 1,500 or so surnames:
 * Fulton, not Forsythe or Poulin), and the token has no letter more than
 * it. Correct surnames the lists lack are more often a listed one with a
 * letter more (`Mr. Trabb`, Tabb; Pendrell, Pendell) than one with a
 * letter changed or less. Chosen on development half A at no correct name
 * more: 5 woke `Abel Poupin` (Poulin, 5.3), and Forsythe (5.2) is the next
 * surname of a slip there.
 */
export const surnamePlace = {minShare: 6} as const

/** Whether `best`, the nearest name to `form`, is a common surname where the token's place says surname (`surnamePlace`). */
function isCommonSurnameInPlace(form: string, best: Candidate): boolean {
  return best.placeRole === 'surname' && best.roleShare >= surnamePlace.minShare && form.length <= best.text.length
}

const vowelLetter = /[aeiou]/

/**
 * Whether `form` is `name` with one vowel changed for another at or before
 * its first vowel (Stenton, Stanton) or at its end (Tonio, Tonia): another
 * name or another form of it as often as a slip. Both in lower case.
 */
export function isNameVowelVariant(form: string, name: string): boolean {
  if (form.length !== name.length) return false
  let changed = -1
  for (let at = 0; at < form.length; at++) {
    if (form[at] === name[at]) continue
    if (changed >= 0) return false
    changed = at
  }
  if (changed < 0 || !vowelLetter.test(form[changed]!) || !vowelLetter.test(name[changed]!)) return false
  return changed <= name.search(vowelLetter) || changed === name.length - 1
}

/**
 * Whether the name model's nearest name differs from `form` only in its
 * last letter, a sounded vowel for another (Giustiniani, Giustiniano;
 * Pallavicini, Pallavicina; Diodati, Diodata): in the languages whose names
 * end so, the last vowel marks a family's plural or a woman's form, so the
 * token is another form of a name, not a slip of it. A silent `e`
 * changed is a slip still (`Cambridga`), and so is one of a name the lists
 * vouch for more (`otherEnding`: `Pamelo`, Pamela). A salient or very
 * common name, or a swap, is weighed apart (`isCheapSlipOfSalientName`,
 * `isCheapSlipOfCommonName`, `isSwapSlipOfName`): this reads only against
 * the fitted score.
 */
function isOtherEndingOfName(text: string, evidence: SlipEvidence): boolean {
  if (evidence.model !== 'name') return false
  const best = evidence.candidates[0]!
  if (!best.isName || best.prior > otherEnding.maxPrior || best.census >= otherEnding.maxCensus) return false
  const form = stripPossessive(text).toLowerCase()
  const name = best.text.toLowerCase()
  const last = name.length - 1
  return (
    form.length === name.length &&
    form.slice(0, last) === name.slice(0, last) &&
    soundedEndVowel.test(form[last]!) &&
    soundedEndVowel.test(name[last]!) &&
    form[last] !== name[last]
  )
}

const soundedEndVowel = /[aiou]/

/**
 * How weakly the name must be vouched for (`isOtherEndingOfName`): a prior
 * of one point at most (one list of people, or a city of 100,000) and a
 * census share under 1 (log2 of uses per 10 million people: about one in 5
 * million). Chosen on the development sets: without these bars, a changed
 * last vowel of a listed name (`Pamelo`, `Castra`, `Canado`) went silent,
 * name slips caught 88.9 % to 86.1 % on half A and 87.5 % to 86.7 % on half B.
 */
const otherEnding = {maxPrior: 1, maxCensus: 1} as const

/**
 * A short name (four letters or fewer: `Daid`, `Jaes`, `Bil`) the fitted
 * score passes over is a slip only on strong evidence: the draft spells a
 * near name elsewhere, or a very common name (at least `minCensus`, log2
 * of uses per 10 million people: about 1 in 10,000, the census's first 150
 * given names or 100 surnames) is one cheap edit away (at most `maxBits` on the
 * name channel: a changed vowel, a doubled or undoubled letter, a swap, a
 * neighbouring key). Not for a sentence's first word, where a common word
 * is as likely meant. Fitted on the development name slips: 10 and 8.1
 * caught the most with no more false alarms (9 raised four more findings
 * on the edited texts; 11 caught fewer).
 */
export const shortName = {maxLength: 4, minCensus: 10, maxBits: 8.1} as const

/**
 * How much more common (log2 of census share) a near name must be than the
 * listed name a token reads as the plural of, for the token to be weighed
 * as a slip of it: sixteen times (`isPluralLikeSlip`).
 */
const pluralSlipMargin = 4

/**
 * Whether a capitalised token that reads as the plural of a listed name
 * (`Adems`: Adem and s; `Charlas`: Charla and s) is rather a slip of a very
 * common name: one cheap slip away (`shortName`'s census and channel
 * bounds: a changed vowel, a dropped letter) and far more common than the
 * name the token would be the plural of (Adams beside Adem, Charles beside
 * Charla). Then the spelling decision weighs it like any unknown name;
 * a true plural (the Kennedys, the Hansens) has no such neighbour.
 * `singularCensus` is the census share of that name (0 when it lacks one).
 */
export function isPluralLikeSlip(form: string, singularCensus: number, context: RuleContext): boolean {
  return nameCandidates(form, context).some(
    ({target, bits}) => target.census >= shortName.minCensus && bits <= shortName.maxBits && target.census >= singularCensus + pluralSlipMargin
  )
}

/**
 * How much more frequent (log10 of the word list's counts) a common word
 * must be than the listed name a capitalised token reads as the plural of,
 * for the token to be weighed as a slip of that word: a thousand times
 * (`isPluralLikeWordSlip`). Chosen on the development sets: at 3, `Timis`
 * (Times) is caught with no new finding on the edited development text;
 * at 2 the real plural `Wolfes` (the Wolfes, Farrells, Dreisers) wakes as
 * `Wolves` too. Names are mostly absent from the word list (frequency 0),
 * so the margin is nearly a floor on the word's own frequency.
 */
const pluralWordSlipMargin = 3

/**
 * The same margin for a sentence's first word, capitalised whatever it is:
 * there a common word is as likely as a name, so a word one edit away at
 * least as frequent as the name will do (`Sals rose`: Sales, not Sal and
 * s). Chosen on the larger development sample (`name-misses.js --set
 * capitalised --draws 10`): 1 caught 7 more of half A's capitalised slips
 * and 2 of half B's, 0 two more of A's, −1 none more, with no false alarm
 * more on either half, the correct names or the development genres.
 */
const pluralWordSlipMarginInitial = 0

/**
 * Whether a capitalised token that reads as the plural of a listed name
 * (`Timis`: Timi and s; `Dels`: Del and s) is rather a common word in title
 * case with one cheap slip (Times, Dells): a word one edit away that is far
 * more frequent than the name (`pluralWordSlipMargin`). Then the spelling
 * decision weighs it against common words and names alike; a true plural
 * (the Kennedys, two Johns) has no such word beside it.
 * `singulars` are the listed names the token would be the plural of;
 * `sentenceInitial`, whether the token is a sentence's first word
 * (`pluralWordSlipMarginInitial`).
 */
export function isPluralLikeWordSlip(form: string, singulars: ReadonlyArray<string>, context: RuleContext, sentenceInitial = false): boolean {
  const lower = form.toLowerCase()
  if (!/^[a-z]+$/.test(lower)) return false
  const suggester = context.resources.suggester
  const floor = Math.max(0, ...singulars.map((name) => suggester.frequency(name.toLowerCase()))) + (sentenceInitial ? pluralWordSlipMarginInitial : pluralWordSlipMargin)
  return suggester.rank(lower, 3, 1, false).some((entry) => /^[a-z]/.test(entry.word) && entry.frequency >= floor)
}

/** The name a short capitalised token is a slip of on strong evidence (see `shortName`), if any. */
function strongShortName(text: string, word: UnknownWord, evidence: SlipEvidence): Candidate | undefined {
  if (stripPossessive(text).length > shortName.maxLength) return undefined
  if (evidence.model !== 'name' && (evidence.model !== 'capital' || word.sentenceInitial)) return undefined
  for (const candidate of evidence.candidates) {
    if (!candidate.isName) continue
    if (candidate.inDraft || (candidate.census >= shortName.minCensus && candidate.bits <= shortName.maxBits)) return candidate
  }
  return undefined
}

/**
 * The name offered ahead of the common words when a capitalised token is
 * decided a slip of a word, if any. After a personal title (`Mr. Baket`),
 * the best candidate by rank score (`rankScore`) that is a name the lists
 * know, a common word's capitalised form included (Baker, not basket).
 * Elsewhere, the best name candidate the lists vouch for, when it outranks
 * the word the order of words would offer first (`Kurl`: that order puts
 * knurl first, for it keeps the first letter, though the rank puts Karl
 * above knurl). What is flagged, and by which rule, stays the decision's.
 */
function nameOffered(evidence: SlipEvidence, firstWord: Candidate | undefined, word: UnknownWord, analysis: WordAnalysis, context: RuleContext): Candidate | undefined {
  if (evidence.model !== 'capital' || !firstWord) return undefined
  const vouched = (candidate: Candidate) => (candidate.isName ? candidate.prior >= 1 : isKnownNameForm(capitalise(candidate.text), context))
  if (afterPersonalTitle(word, analysis, context)) {
    const name = evidence.candidates.find(vouched)
    return name && name.text.toLowerCase() !== firstWord.text.toLowerCase() ? {...name, text: capitalise(name.text)} : undefined
  }
  const name = evidence.candidates.find((candidate) => candidate.isName)
  return name && name.prior >= 1 && name.score > firstWord.score ? name : undefined
}

/** Whether a capitalised form is a name the lists know (Baker, Hicks) or the desk's own. */
function isKnownNameForm(form: string, context: RuleContext): boolean {
  return context.resources.names.known.has(form) || isVouchedName(form, context)
}

const months: ReadonlySet<string> = new Set(calendarMonths)

/**
 * Whether a token stands one space before or after a day of the month
 * (`Aril 17`, `17 Aril`, `Aril 3rd`): there a month is meant.
 */
function besideDay(word: UnknownWord, context: RuleContext): boolean {
  const text = String(context.file)
  const day = (value: string | undefined) => value !== undefined && Number(value) >= 1 && Number(value) <= 31
  return (
    day(/^ (\d{1,2})(?:st|nd|rd|th)?(?![\p{L}\d])/u.exec(text.slice(word.token.end, word.token.end + 6))?.[1]) ||
    day(/(?<![\p{L}\d])(\d{1,2})(?:st|nd|rd|th)? $/u.exec(text.slice(Math.max(0, word.token.start - 6), word.token.start))?.[1])
  )
}

/**
 * The month offered first for a capitalised token beside a day of the
 * month (`besideDay`), when a candidate is one: `On Aril 17` is April,
 * though Ariel is as near.
 */
function monthOffered(evidence: SlipEvidence, word: UnknownWord, context: RuleContext): Candidate | undefined {
  if (evidence.model !== 'capital' && evidence.model !== 'name') return undefined
  const month = evidence.candidates.find((candidate) => months.has(capitalise(candidate.text)))
  return month && besideDay(word, context) ? {...month, text: capitalise(month.text)} : undefined
}

const weekdays: ReadonlySet<string> = new Set(calendarWeekdays)

/** Words that put a day of the week after them (`on Wensday`, `last Tusday`, `by Fridy`). */
const dayCues: ReadonlySet<string> = new Set(['on', 'by', 'until', 'till', 'last', 'next', 'this', 'every'])

/** Words that put a month after them (`in Janurary`, `since Agust`, `early Decmber`). */
const monthCues: ReadonlySet<string> = new Set(['in', 'since', 'early', 'late', 'mid', 'until', 'till', 'through', 'during', 'last', 'next', 'this'])

/**
 * Whether a year (1000 to 2999) follows `word`, after a space or a comma
 * and a space, and ends the clause (`Janurary 1962.`, `Agust, 1961,`): a
 * number a word follows may be a count (`met Juen 1961 times`).
 */
function beforeYear(word: UnknownWord, context: RuleContext): boolean {
  return /^,? [12]\d{3}(?:[.,;:!?)]|\s*$)/u.test(String(context.file).slice(word.token.end, word.token.end + 8))
}

/**
 * The day or month a capitalised token is a slip of, where the sentence
 * says a date is meant: a day of the week one slip away (a sound left out
 * by ear counts as one: `Wensday`) after a word that puts a day after it
 * (`dayCues`: `on Wensday`, `last Tusday`), or a month one slip away
 * before a day of the month or a year (`besideDay`, `beforeYear`:
 * `Decmber 5`, `Janurary 1962`) or after a word that puts a month after it
 * (`monthCues`: `in Janurary`). There the fitted score's reading of the
 * letters as a name's (Wendy for `Wensday`) is outweighed: an unknown name
 * seldom stands where a date does, and the listed names (Jan, Marc) are
 * never unknown words.
 */
function dateSlip(word: UnknownWord, evidence: SlipEvidence, analysis: WordAnalysis, context: RuleContext): Candidate | undefined {
  if (evidence.model !== 'capital' && evidence.model !== 'name') return undefined
  const near = (names: ReadonlySet<string>) => evidence.candidates.find((candidate) => candidate.cost <= 1 && names.has(capitalise(candidate.text)))
  const day = near(weekdays)
  const month = day ? undefined : near(months)
  if (!day && !month) return undefined
  const cues = dateCues(word, analysis, context)
  const found = (day ?? month)!
  return (day ? cues.day : cues.month) ? {...found, text: capitalise(found.text), isName: false} : undefined
}

/** Whether the words around a token put a day of the week (`day`) or a month (`month`) there (`dateSlip`). */
function dateCues(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): {readonly day: boolean; readonly month: boolean} {
  const {before} = neighboursOf(word, analysis)
  const cue = before !== undefined && before.word && String(context.file).slice(before.end, word.token.start) === ' ' ? before.form : ''
  return {day: dayCues.has(cue), month: monthCues.has(cue) || besideDay(word, context) || beforeYear(word, context)}
}

/** `dateCues` as a part of a decision's key. */
function dateCueKey(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): string {
  if (word.kind !== 'name') return ''
  const cues = dateCues(word, analysis, context)
  return `${cues.day ? 1 : 0}${cues.month ? 1 : 0}`
}

/** `word` with its first letter in upper case. */
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** How close (rank score) names must be for the slip channel and census to choose among them. */
const channelMargin = 0.1

/**
 * How close (rank score) names must be for the slip channel and the census
 * to choose among them where the token's place gives it a role
 * (`placeRole`): there the share in that role tells names apart that the
 * rank score, weighing the lists' points for either role, does not.
 */
const roleMargin = 0.5

/**
 * How much dearer a slip (edit cost) a name may be than the name the rank
 * scores best, for the slip channel and the census to choose it: a name a
 * whole slip further is not meant for being commoner (`Jwe` is Jew, a
 * neighbouring key, not Joe, a letter no key is near; `Andriws Norton` is
 * Andrews, a vowel changed, not Andrew, a letter changed and one dropped,
 * though a given name stands there). Chosen on the larger development
 * sample of name slips (`name-misses.js --draws 10 --wrong-first`): 0.2
 * put the intended name first for 1 more slip on half A and 7 more on half
 * B, with none fewer; 0.1 lost three (`Munroo`: Munro, not Munroe), 0.3
 * gained fewer.
 */
const channelCostReach = 0.2

/** Whether the census ranks a name in the role the token's place gives it at least as often as in the other (`roleShare`). */
export const isOfRole = (candidate: Candidate) => candidate.census > 0 && candidate.roleShare === candidate.census

/**
 * The best candidate; when it is a name, the likeliest by the noisy channel
 * (census share − channel bits, both log2) of the names the rank scores
 * within `channelMargin` of it, none a slip dearer by more than
 * `channelCostReach`. Where the token's place gives it a role
 * and a name within `roleMargin` is of that role (`isOfRole`), the names
 * within `roleMargin` are weighed by their share in that role
 * (`roleShare`: Dunne, not Donna, for `Dr. Dunna`); where none is, the
 * place says nothing of which was meant (`Mr Ane`: Anne, not Ana, both
 * given names).
 */
function channelChoice(candidates: ReadonlyArray<Candidate>): Candidate {
  const best = candidates[0]!
  if (!best.isName) return best
  const byRole = best.placeRole !== undefined && candidates.some((candidate) => candidate.isName && candidate.score >= best.score - roleMargin && isOfRole(candidate))
  const margin = byRole ? roleMargin : channelMargin
  const share = (candidate: Candidate) => (byRole ? candidate.roleShare : candidate.census)
  let chosen = best
  for (const candidate of candidates) {
    if (
      candidate.isName &&
      candidate.score >= best.score - margin &&
      candidate.cost <= best.cost + channelCostReach + costTolerance &&
      share(candidate) - candidate.bits > share(chosen) - chosen.bits
    ) {
      chosen = candidate
    }
  }
  return chosen
}

const decisionsKey = 'copydesk:slip-decisions'
const evidencesKey = 'copydesk:slip-evidence'

/**
 * Whether an unknown word (or `text`, the unknown part of a hyphenated one)
 * is a slip, and for what: decided once per form, place and draft (the
 * spelling rules all ask).
 */
export function decideSlip(
  word: UnknownWord,
  tree: Root,
  analysis: WordAnalysis,
  context: RuleContext,
  text: string = word.token.text
): SlipDecision | undefined {
  let decisions = context.shared.get(decisionsKey) as Map<string, SlipDecision | undefined> | undefined
  if (!decisions) {
    decisions = new Map()
    context.shared.set(decisionsKey, decisions)
  }
  const evidenceKey = [text, word.kind, word.sentenceInitial, word.precededByName, word.followedByName, placeFacts(word, analysis, context)].join('\u0000')
  // `evidenceKey` holds every fact of the token's place that the evidence reads (`placeFacts`).
  // The evidence but for the neighbours is the same for every use under
  // `evidenceKey` (`null`: none); only a token whose `contextEdge` is read
  // (`edgeWord`) is decided again for other neighbours.
  let evidences = context.shared.get(evidencesKey) as Map<string, SlipEvidence | null> | undefined
  if (!evidences) {
    evidences = new Map()
    context.shared.set(evidencesKey, evidences)
  }
  const computed = evidences.get(evidenceKey)
  // Before the token's first evidence it is not known whether its neighbours count.
  let key = computed === null || (computed !== undefined && computed.edgeWord === undefined) ? evidenceKey : `${evidenceKey}\u0000${neighbourKey(word, analysis, context)}`
  if (decisions.has(key)) return decisions.get(key)
  // An open document keeps each decision under everything it reads (`decisionKey`).
  const kept = keptAnswers<{readonly decision: SlipDecision | undefined}>(context.file, decisionsKey, () => decisionScope(context))
  const keptKey = kept ? decisionKey(word, tree, analysis, context, text) : undefined
  const known = keptKey === undefined ? undefined : kept!.find(keptKey)
  if (known) {
    decisions.set(key, known.decision)
    return known.decision
  }
  let evidence: SlipEvidence | undefined
  if (computed === undefined) {
    evidence = slipEvidence(word, tree, analysis, context, text)
    evidences.set(evidenceKey, evidence ?? null)
    if (evidence?.edgeWord === undefined) key = evidenceKey
  } else if (computed?.edgeWord !== undefined) {
    // Only `contextEdge` is read again, for this use's neighbours.
    const {contextEdge: _, ...rest} = computed
    const edge = contextEdge(computed.edgeWord, word, analysis, context)
    evidence = edge === 0 ? rest : {...rest, contextEdge: edge}
  } else evidence = computed ?? undefined
  let decision: SlipDecision | undefined
  if (evidence) {
    const probability = slipProbability(evidence)
    const byModel =
      (probability >= (evidence.model === 'far' ? 0.5 : slipWeights[evidence.model].threshold) && !isOtherEndingOfName(text, evidence)) ||
      isCheapSlipOfSalientName(text, evidence, context) ||
      isCheapSlipOfCommonName(text, evidence) ||
      isSwapSlipOfName(text, evidence)
    const strong = byModel ? undefined : strongShortName(text, word, evidence)
    const date = byModel || strong ? undefined : dateSlip(word, evidence, analysis, context)
    if (byModel || strong || date) {
      const best = date ?? strong ?? channelChoice(evidence.candidates)
      // A name gets the one best name: a list of look-alike names (Vladamir, Vladimer) is no help.
      let words = evidence.candidates.filter((candidate) => !candidate.isName)
      // A capitalised word's words are offered in the suggestion order's way (a lower-case word's come in it already).
      if (evidence.model === 'capital') words = [...words].sort((left, right) => right.offerScore - left.offerScore || compareWords(left.text, right.text))
      // A title word weighed before a name is offered first, and no name before it.
      if (evidence.titleFirst !== undefined) words = [best, ...words.filter((candidate) => candidate !== best)]
      const offered = best.isName ? [] : words.slice(0, 3)
      const name = best.isName || evidence.titleFirst !== undefined ? undefined : nameOffered(evidence, offered[0], word, analysis, context)
      let expected = best.isName
        ? [best.text]
        : name
          ? [name.text, ...words.filter((candidate) => candidate.text.toLowerCase() !== name.text.toLowerCase()).slice(0, 2).map((candidate) => candidate.text)]
          : offered.map((candidate) => candidate.text)
      if (date) expected = [date.text, ...expected.filter((text) => text.toLowerCase() !== date.text.toLowerCase()).slice(0, 2)]
      const month = monthOffered(evidence, word, context)
      if (month) expected = best.isName ? [month.text] : [month.text, ...expected.filter((text) => text.toLowerCase() !== month.text.toLowerCase()).slice(0, 2)]
      const inDraft = month && best.isName ? month.inDraft : best.inDraft
      // A day or a month is a word the lists also hold as a name (Tuesday, June): standing alone, where no person's name stands, it is reported as the word.
      const calendarWord = (weekdays.has(expected[0] ?? '') || months.has(expected[0] ?? '')) && !inNamePlace(word, analysis, context) && !word.precededByName && !word.followedByName
      const kind = best.isName && !calendarWord ? 'name' : 'word'
      // Only a lower-case word's order is left to the sentence to break a tie: a
      // capitalised one's weighs sound and names, which its neighbours say little of.
      decision = best.isName || evidence.model !== 'lower'
        ? {kind, expected, probability, inDraft}
        : {kind, expected, scores: offered.map((candidate) => -candidate.offerScore), probability, inDraft}
    }
  }
  decisions.set(key, decision)
  if (keptKey !== undefined) kept!.keep(keptKey, {decision})
  return decision
}

/**
 * What every decision of a check reads alike: the dictionary and name
 * lists, the config's words and names, the archive's counts. A word's kind
 * (`classify` in `words.ts`) reads the same, the archive's counts through
 * `isPluralLikeSlip`, so its kept readings are stored under this too.
 */
export function decisionScope(context: RuleContext): string {
  // Worked out once a check: an archive's counts may be long.
  const known = context.shared.get(scopeKey) as string | undefined
  if (known !== undefined) return known
  const counts = [...context.nameCounts].map(([name, count]) => `${name}=${count}`)
  const scope = [context.resources.dialect, [...context.acceptedWords].join('\u0001'), [...context.extraNames].join('\u0001'), counts.join('\u0001')].join('\u0000')
  context.shared.set(scopeKey, scope)
  return scope
}

const scopeKey = 'copydesk:slip-decision-scope'

/**
 * Everything `slipEvidence` and the decision after it read of the draft for
 * one word, besides the scope (`decisionScope`): the text, its kind and
 * place; for a name also the draft's uses of it, whether it stands
 * mid-sentence elsewhere (as written, and without a possessive ending), which of its candidate names the draft spells,
 * whether a neighbour is an unknown name, and whether it stands where a
 * person's name stands (`inNamePlace`, read from its neighbours, with and
 * without the listed names beside it), and
 * whether it stands in a title-case run of common words, after `the`, or
 * heads a name after `the` and an unknown one (`headsNamedRun`), closes a
 * pair after an unknown name (`closesNamePair`) or a listed one
 * (`closesPairAfterName`) or opens one after `the`
 * (`opensPairAfterThe`), whether it follows a possessive name (`afterPossessive`), and whether
 * the words around it put a day or a month there (`dateCues`). A word
 * of another kind reads nothing of the draft.
 */
function decisionKey(word: UnknownWord, tree: Root, analysis: WordAnalysis, context: RuleContext, text: string): string {
  const key = [text, word.kind, word.sentenceInitial ? 1 : 0, word.precededByName ? 1 : 0, word.followedByName ? 1 : 0].join('\u0000')
  if (word.kind !== 'name') return key
  const form = stripPossessive(text)
  const summary = draftSummary(tree, context)
  const inDraft = nameCandidates(form, context).map(({target}) => (summary.names.has(target.name) ? 1 : 0))
  return [
    key,
    summary.names.get(form)?.count ?? 1,
    summary.midSentence.has(text) ? 1 : 0,
    summary.midSentenceForms.has(form) ? 1 : 0,
    inDraft.join(''),
    placeFacts(word, analysis, context),
    neighbourKey(word, analysis, context)
  ].join('\u0000')
}

/**
 * Every fact of a token's place that its evidence reads, as one key: a
 * neighbour no list knows, a title word's run (`headsNamedRun`,
 * `closesNamePair`, `closesPairAfterName`, `opensPairAfterThe`), a
 * possessive name before it, and for a capitalised token where a person's
 * name stands (`inNamePlace`, with and without the listed names beside
 * it), a title-case run of common words, read loosely and strictly (a
 * run beside `Street` is one only loosely: `commonRunSlip`), `the` or a
 * personal title before it, the role its place gives (`placeRole`), a day beside it, and the date
 * cues around it. Both the evidence cache and the decision cache key on it,
 * so a form used twice in a draft is not decided by whichever use came
 * first.
 */
function placeFacts(word: UnknownWord, analysis: WordAnalysis, context: RuleContext): string {
  const name = word.kind === 'name'
  return [
    hasUnknownNeighbour(word, analysis),
    headsNamedRun(word, analysis, context),
    closesNamePair(word, analysis, context),
    closesPairAfterName(word, analysis, context),
    opensPairAfterThe(word, analysis, context),
    afterPossessive(word, analysis, context),
    name && inNamePlace(word, analysis, context),
    name && inNamePlace(word, analysis, context, false),
    name && inCommonRun(word, analysis, context),
    name && inCommonRun(word, analysis, context, true),
    name && afterThe(word, analysis, context),
    name && afterPersonalTitle(word, analysis, context),
    name ? placeRole(word, analysis, context) : '',
    name && besideDay(word, context),
    dateCueKey(word, analysis, context)
  ].join('\u0000')
}
