/**
 * Shared analysis for the attribution family (`quote-attribution`,
 * `pronoun-attribution`, `vague-attribution`, `anonymous-attribution`):
 * where the quotations are, which words stand outside them, where a speaker
 * is named. Its phrase tables (`src/lexicon/attribution.ts`) are patterns
 * of the shared phrase-pattern language (`patterns.ts`).
 *
 * Its quotations are the segments of copydesk's one quotation model
 * (`quotations.ts`), which also tells speech from titles, quoted terms and
 * epigraphs; a quotation whose closing mark is missing runs to where the
 * model ends it, and reporting broken marks is `quote-balance`'s job.
 *
 * Everything is one pass over the paragraphs and one over the tokens; the
 * result is cached per file in `context.shared`, so the four rules share it.
 */
import type {Root} from 'nlcst'
import * as cues from '../lexicon/attribution.js'
import {honorifics} from '../lexicon/titles.js'
import {placeTitleWords} from '../lexicon/title-words.js'
import {draftFormat, isMarkdown} from '../core/format.js'
import {BoundedCache} from '../core/bounded-cache.js'
import {keptAnswers, type KeptAnswers} from '../core/paragraph-cache.js'
import {isSpeechVerb, pronounSpeechVerbs, sourceVerbs, speechGerunds, strongSpeechVerbs, trailingAttributionVerbs, weakSpeechVerbs} from '../lexicon/speech-verbs.js'
import {paragraphsOf, type ParagraphSpan} from './paragraphs.js'
import {compilePattern, matchPhrase, type Pattern} from './patterns.js'
import {analyseQuotes, introducedBySaying, isQuotationMark, type Quotation, type QuoteSegment} from './quotations.js'
import {isAllCaps, stripPossessive} from './text.js'
import {closedClassWords} from '../lexicon/function-words.js'
import {tokensOf, type Token} from './tokens.js'
import type {RuleContext, Span} from '../core/types.js'

/** `compute`, worked out once for each draft's analysis and kept while the analysis is. */
function oncePerAnalysis<Answer>(compute: (analysis: Analysis) => Answer): (analysis: Analysis) => Answer {
  const answers = new WeakMap<Analysis, {readonly answer: Answer}>()
  return (analysis) => {
    let kept = answers.get(analysis)
    if (!kept) {
      kept = {answer: compute(analysis)}
      answers.set(analysis, kept)
    }
    return kept.answer
  }
}

export interface SentenceInfo {
  /** Index among all the draft's sentences. */
  readonly index: number
  readonly paragraph: number
  readonly start: number
  readonly end: number
  /** Words and punctuation in order, quoted ones included (the shared tokens of `tokens.ts`). */
  readonly tokens: ReadonlyArray<Token>
  /**
   * Words and punctuation outside quotations; each quotation is one stand-in
   * token with no text (see `standsForQuote`). Word lists compare a token's `form`.
   */
  readonly visible: ReadonlyArray<Token>
}

export interface ParagraphInfo {
  readonly index: number
  readonly start: number
  readonly end: number
  readonly text: string
  /** A Markdown heading, or the headline on the first line of a plain-text draft. */
  readonly heading: boolean
  /** Opens with a speaker label: `Q:`, `A:`, `SMITH:`. */
  readonly labelled: boolean
  /** Top-level quotations (inner quotations are part of their outer one). */
  readonly quotes: ReadonlyArray<QuoteSegment>
  readonly sentences: ReadonlyArray<SentenceInfo>
}

/** The index of the paragraph's sentence that holds `offset`, or -1. */
function sentenceIndexAt(paragraph: ParagraphInfo, offset: number): number {
  return paragraph.sentences.findIndex((sentence) => sentence.start <= offset && offset < sentence.end)
}

/** The paragraph's sentence that holds `offset`. */
function sentenceAt(paragraph: ParagraphInfo, offset: number): SentenceInfo | undefined {
  return paragraph.sentences[sentenceIndexAt(paragraph, offset)]
}

export interface Analysis {
  readonly text: string
  readonly paragraphs: ReadonlyArray<ParagraphInfo>
  /** Whether the name lists vouch for a capitalised word as a person's name (`Spencer`, `Ortiz`). */
  readonly listedName: (name: string) => boolean
  /** Whether the name lists give a capitalised word as a given name (`Della`, `Stuart`, `Donna`: `nameRole`). */
  readonly givenName: (name: string) => boolean
  /** Whether the name lists give a capitalised word as a surname (`Delaney`, `Mendoza`: `nameRole`). */
  readonly surname: (name: string) => boolean
  /** Whether a lower-case word is a form of the word data (`isKnownForm`). */
  readonly knownForm: (word: string) => boolean
}

const sharedKey = 'attribution'

/** Fewest points of the name lists (`namePriors`) that make a capitalised word a person's name for a set-up. */
const listedNamePoints = 2

/** The draft's quotations, sentences and tokens (cached per file and tree). */
export function analyse(tree: Root, context: RuleContext): Analysis {
  const cached = context.shared.get(sharedKey) as {tree: Root; analysis: Analysis} | undefined
  if (cached && cached.tree === tree) return cached.analysis
  const text = String(context.file)
  const spans = paragraphsOf(tree, context.file)
  const quotes = analyseQuotes(tree, context).segments
  const markdown = isMarkdown(context.file)
  const paragraphs: ParagraphInfo[] = []
  let sentenceIndex = 0
  // Indexed loops: every token of the draft passes through here.
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index]!
    const segments = quotes[index] ?? []
    const sentences: SentenceInfo[] = []
    let cursor = 0
    for (let spanSentence = 0; spanSentence < span.sentences.length; spanSentence++) {
      const sentence = span.sentences[spanSentence]!
      const tokens = tokensOf(sentence.node, context)
      let visible: ReadonlyArray<Token> = tokens
      if (segments.length > 0) {
        const outside: Token[] = []
        let standing: QuoteSegment | undefined
        for (let at = 0; at < tokens.length; at++) {
          const token = tokens[at]!
          while (cursor < segments.length && segments[cursor]!.end <= token.start) cursor++
          const segment = segments[cursor]
          if (!segment || token.start < segment.start) outside.push(token)
          else if (standing !== segment) {
            outside.push(standIn(segment))
            standing = segment
          }
        }
        visible = outside
      }
      sentences.push({index: sentenceIndex++, paragraph: index, start: sentence.start, end: sentence.end, tokens, visible})
    }
    paragraphs.push({
      index,
      start: span.start,
      end: span.end,
      text: span.text,
      heading: isHeading(span, text, markdown),
      labelled: speakerLabel.test(span.text),
      quotes: segments,
      sentences
    })
  }
  const namePriors = context.resources.namePriors
  const analysis: Analysis = {
    text,
    paragraphs,
    listedName: (name) => (namePriors.get(name) ?? 0) >= listedNamePoints,
    givenName: (name) => context.resources.nameRole(name) === 'given',
    surname: (name) => context.resources.nameRole(name) === 'surname',
    knownForm: (word) => context.resources.isKnownForm(word)
  }
  // Kept from check to check only for a plain-text draft, whose paragraph's
  // words depend on its text alone (a Markdown paragraph's can depend on a
  // link definition elsewhere).
  const plain = draftFormat(context.file) === 'text'
  keeping.set(analysis, {
    readings: plain ? keptAnswers<ParagraphReading>(context.file, 'attribution:paragraph') : undefined,
    // A pronoun's answer also reads the dialect's word forms (`knownForm`:
    // whether `Brandt practises` is a person acting), so it is kept per dialect.
    pronouns: plain ? keptAnswers<ParagraphPronouns>(context.file, 'attribution:pronouns', () => context.resources.dialect) : undefined,
    keys: [],
    read: []
  })
  context.shared.set(sharedKey, {tree, analysis})
  return analysis
}

/**
 * What one paragraph's words give the draft-wide analyses, read from the
 * paragraph alone: its sentences' words outside quotations (`visible`).
 * Those are decided by the paragraph's text and where its quotations lie
 * in it, and by nothing else of the draft, so `paragraphKey` (the text and
 * the quotations' places relative to the paragraph) covers all it reads.
 */
interface ParagraphReading {
  /**
   * A number no other reading has: a reading is kept under one
   * `paragraphKey`, so its number stands for that key, short, in the keys
   * of what is kept on top of it.
   */
  readonly serial: number
  /** Capitalised words used as names mid-sentence, in order (`draftNames`). */
  readonly names: ReadonlyArray<string>
  /** Those of `names` not straight before another capitalised word (`standingNames`). */
  readonly standing: ReadonlyArray<string>
  /** Names used for people, in order (`personNames`). */
  readonly people: ReadonlyArray<string>
  /**
   * Each name-like word straight before another, not possessive, with the
   * one after it (`Caroline Lucas`): the pairs `namedInFull` looks up the
   * given names of.
   */
  readonly pairs: ReadonlyArray<readonly [first: string, next: string]>
  /** Names straight before a word of a club's or company's name, each with that word (`bodyNames`). */
  readonly bodies: ReadonlyArray<readonly [name: string, bodyWord: string]>
  /** The writer asks a question in it (`I asked …`: `writerInterviews`). */
  readonly interviews: boolean
  /** A sentence names a speaker (`sentenceHasCue`). */
  readonly cue: boolean
  /**
   * Name-like words that open a sentence: the only words `mentionsPerson`
   * looks up in the draft's names, so the only part of that draft-wide
   * table a kept pronoun reading depends on.
   */
  readonly openingNames: ReadonlyArray<string>
}

/** Per analysis: the stores kept for the open document (undefined when none), and each paragraph's key and reading, made once. */
const keeping = new WeakMap<
  Analysis,
  {
    readonly readings: KeptAnswers<ParagraphReading> | undefined
    readonly pronouns: KeptAnswers<ParagraphPronouns> | undefined
    readonly keys: Array<string | undefined>
    readonly read: Array<ParagraphReading | undefined>
  }
>()

/** A paragraph's text and where its quotations lie in it: all that its `visible` words depend on. */
function paragraphKey(analysis: Analysis, paragraph: ParagraphInfo): string {
  const kept = keeping.get(analysis)!
  let key = kept.keys[paragraph.index]
  if (key === undefined) {
    let places = ''
    for (const segment of paragraph.quotes) places += `${segment.start - paragraph.start},${segment.end - paragraph.start};`
    key = `${places}\u0000${paragraph.text}`
    kept.keys[paragraph.index] = key
  }
  return key
}

/** A paragraph's `ParagraphReading`, kept for the open document under `paragraphKey`. */
function readingOf(analysis: Analysis, paragraph: ParagraphInfo): ParagraphReading {
  const kept = keeping.get(analysis)
  let reading = kept?.read[paragraph.index]
  if (reading) return reading
  reading = kept?.readings ? kept.readings.get(paragraphKey(analysis, paragraph), () => readParagraph(paragraph)) : readParagraph(paragraph)
  if (kept) kept.read[paragraph.index] = reading
  return reading
}

function readParagraph(paragraph: ParagraphInfo): ParagraphReading {
  const names: string[] = []
  const standing: string[] = []
  const people: string[] = []
  const bodies: Array<[string, string]> = []
  const pairs: Array<[string, string]> = []
  const openingNames: string[] = []
  let interviews = false
  let cue = false
  for (let index = 0; index < paragraph.sentences.length; index++) {
    const sentence = paragraph.sentences[index]!
    const visible = sentence.visible
    const dateline = datelineEnd(visible)
    for (let at = 0; at < visible.length; at++) {
      const token = visible[at]!
      if (!isNameLike(token) || isAllCaps(token.text)) continue
      // The word after a dateline (`ARLO, Neb. — Twenty cars …`) opens the story's first sentence.
      if (token.sentenceInitial || (dateline > 0 && at === dateline)) openingNames.push(stripPossessive(token.text))
      else {
        names.push(stripPossessive(token.text))
        const next = visible[at + 1]
        if (!next || !isNameLike(next)) standing.push(stripPossessive(token.text))
      }
      const next = visible[at + 1]
      if (next && isNameLike(next) && !isAllCaps(next.text) && stripPossessive(token.text) === token.text) pairs.push([token.text, stripPossessive(next.text)])
      if (next && isNameLike(next) && cues.organisationWords.has(stripPossessive(next.text).replace(/\.$/, '').toLowerCase())) bodies.push([stripPossessive(token.text), stripPossessive(next.text)])
    }
    addPersonNames(sentence.visible, people)
    interviews ||= firstPersonAsking(sentence)
    cue ||= sentenceHasCue(sentence)
  }
  return {serial: readings++, names, standing, people, pairs, bodies, interviews, cue, openingNames}
}

/** Readings made so far (`ParagraphReading.serial`). */
let readings = 0

/** `Q:`, `A:`, `**Q:**`, `SMITH:`, `Jane Doe:` at the start of a paragraph. */
const speakerLabel = /^\s*(?:[*_]{1,2})?(?:[QA]|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})(?:[*_]{1,2})?\s*:(?:[*_]{1,2})?\s/u

function isHeading(span: ParagraphSpan, text: string, markdown: boolean): boolean {
  if (markdown) {
    const lineStart = text.lastIndexOf('\n', span.start - 1) + 1
    return /^\s{0,3}#{1,6}\s/.test(text.slice(lineStart, span.start + 1))
  }
  // A plain-text draft's first line with no closing full stop is its headline
  // (its first paragraph, which a chunk of a long draft need not start with).
  if (span.start !== text.search(/\S/)) return false
  const trimmed = span.text.trim()
  return !/[.?!:;…]["'”’)]*$/.test(trimmed) && trimmed.split(/\s+/).length <= 30
}

/** Stand-ins for whole quotations in `SentenceInfo.visible`. */
const standIns = new WeakSet<Token>()

function standIn(segment: QuoteSegment): Token {
  const token: Token = {word: false, code: false, text: '', lower: '', form: '', start: segment.start, end: segment.end, sentenceInitial: false}
  standIns.add(token)
  return token
}

/** Whether a token of `SentenceInfo.visible` stands for a whole quotation. */
function standsForQuote(token: Token | undefined): boolean {
  return token !== undefined && standIns.has(token)
}

// ---------------------------------------------------------------------------
// Speakers

/** Most words each of `isRoleNoun`'s memories holds before it starts again. */
const maxRoleNounAnswers = 20_000

/** A person or body that can speak, by role: `spokeswoman`, `historian`, `ministry`. */
const roleNounAnswers = [new BoundedCache<string, boolean>(maxRoleNounAnswers), new BoundedCache<string, boolean>(maxRoleNounAnswers)]

/**
 * Memoised: every word of every sentence is asked, and the answer depends on
 * the word alone. The memory is bounded, as a long process reads words
 * without end.
 */
export function isRoleNoun(lower: string, bodies = true): boolean {
  const answers = roleNounAnswers[bodies ? 1 : 0]!
  let answer = answers.get(lower)
  if (answer === undefined) {
    answer = roleNounUncached(lower, bodies)
    answers.set(lower, answer)
  }
  return answer
}

function roleNounUncached(lower: string, bodies: boolean): boolean {
  const bare = stripPossessive(lower)
  // `he`/`she` needs one person: `members` or `police` is no antecedent.
  if (!bodies) {
    if (cues.pluralRoles.has(bare)) return false
    if (cues.roleNouns.has(bare)) return true
    if (bare.endsWith('s') || cues.notRoles.has(bare) || !/^[a-z-]+$/.test(bare)) return false
    return cues.roleSuffixes.some((suffix) => bare.endsWith(suffix) && bare.length > suffix.length + 2)
  }
  const singular = singularOf(bare)
  if (cues.roleNouns.has(bare) || cues.roleNouns.has(singular)) return true
  if (bodies && (cues.speakingBodies.has(bare) || cues.speakingBodies.has(singular))) return true
  if (cues.notRoles.has(bare) || cues.notRoles.has(singular) || !/^[a-z-]+$/.test(singular)) return false
  return cues.roleSuffixes.some((suffix) => singular.endsWith(suffix) && singular.length > suffix.length + 2)
}

/** A plural in `-s` as its singular, read by its spelling alone (`residents`: resident, `families`: family); any other word as it is. */
function singularOf(form: string): string {
  return form.endsWith('ies') ? form.slice(0, -3) + 'y' : form.endsWith('s') ? form.slice(0, -1) : form
}

/**
 * Whether the word at `at` is a role noun heading its phrase: a role that
 * is as often a modifier (`major`, `chief`, `general`) must not be followed
 * by a lower-case word that is not a verb (`the first major change`, `a
 * general strike`; but `the major said`, `the general looked up`).
 */
function isRoleAt(visible: ReadonlyArray<Token>, at: number, bodies: boolean): boolean {
  const token = visible[at]!
  if (!isRoleNoun(token.form, bodies)) return false
  if (!cues.modifierRoles.has(token.form)) return true
  const next = visible[at + 1]
  if (!next?.word || !/^\p{Ll}/u.test(next.text)) return true
  return startsPredicate(next)
}

/**
 * Whether a lower-case word after a subject starts its predicate: a verb in
 * `-ed`, an irregular past, a linking verb, an auxiliary (`didn't`, `had`),
 * a tag's verb in `-s` or an adverb (`the major looked`, `Spencer didn't
 * answer`, `Ortiz slowly turned`).
 */
function startsPredicate(token: Token): boolean {
  return (
    token.form.endsWith('ed') ||
    /n['’]t$/.test(token.form) ||
    trailingAttributionVerbs.has(token.form) ||
    cues.beatVerbs.has(token.form) ||
    cues.linkingVerbs.has(token.form) ||
    cues.betweenSubjectAndVerb.has(token.form) ||
    /^[a-z]+ly$/.test(token.form)
  )
}

/**
 * Whether the word at `at` opens its sentence as a name the name lists
 * vouch for, the subject of the verb after it (`Spencer didn't answer.`,
 * `Ortiz looked up.`): a person though the draft names them nowhere else.
 */
function listedNameActs(visible: ReadonlyArray<Token>, at: number, analysis: Analysis): boolean {
  const token = visible[at]!
  // `Dana Holt has lived …`: the verb may follow the rest of the full name,
  // a name the lists know (`Spencer Road was closed.` is a place).
  let after = at + 1
  while (after <= at + 2 && visible[after] && isNameLike(visible[after]!) && !isAllCaps(visible[after]!.text) && analysis.listedName(stripPossessive(visible[after]!.text))) after++
  const next = visible[after]
  return (
    token.sentenceInitial &&
    isNameLike(token) &&
    next !== undefined &&
    next.word &&
    /^\p{Ll}/u.test(next.text) &&
    (startsPredicate(next) || (presentForm(next.form, analysis) && !pluralBeforeVerb(visible[after + 1]))) &&
    analysis.listedName(stripPossessive(token.text))
  )
}

/**
 * Whether the word after a word in `-s` starts a predicate but is no adverb
 * (`Spencer schools reopened.`, `Marlow parks are shut.`): the word in `-s`
 * was a plural noun the name modifies, not the name's verb.
 */
function pluralBeforeVerb(token: Token | undefined): boolean {
  return token !== undefined && token.word && startsPredicate(token) && !/^[a-z]+ly$/.test(token.form)
}

/**
 * Whether a lower-case word is a verb's third person singular, as the word
 * data knows it: a word in `-s` whose stem and present participle are both
 * forms (`wants`: want, wanting; `plans`: plan, planning; `goes`: go,
 * going; `tries`: try, trying). News copy tells of people in the present
 * (`Brandt wants the same rule here.`).
 */
function presentForm(form: string, analysis: Analysis): boolean {
  if (!/^[a-z]{3,}s$/.test(form) || /(?:ss|us|is)$/.test(form)) return false
  const stems = [form.slice(0, -1)]
  if (form.endsWith('es')) stems.push(form.slice(0, -2))
  if (form.endsWith('ies')) stems.push(form.slice(0, -3) + 'y')
  return stems.some((stem) => {
    if (!analysis.knownForm(stem)) return false
    const participles = [stem + 'ing', stem + stem.charAt(stem.length - 1) + 'ing']
    if (stem.endsWith('e')) participles.push(stem.slice(0, -1) + 'ing')
    if (stem.endsWith('ie')) participles.push(stem.slice(0, -2) + 'ying')
    return participles.some((participle) => analysis.knownForm(participle))
  })
}

/** `Putin`, `O’Brien`, `Abdulkarim`: capitalised, not a sentence starter or a month. */
export function isNameLike(token: Token): boolean {
  if (!token.word) return false
  const first = token.text.charAt(0)
  if (first.toLowerCase() === first || !/\p{Ll}/u.test(token.text)) return false
  if (/\d/.test(token.text)) return false
  return !cues.notNames.has(stripPossessive(token.form))
}

function isSpeaker(token: Token | undefined): boolean {
  if (!token || !token.word) return false
  return cues.speakerPronouns.has(token.form) || isNameLike(token) || isRoleNoun(token.form)
}

function skippable(token: Token | undefined): boolean {
  return Boolean(token && token.word && (cues.betweenSubjectAndVerb.has(token.form) || /^[a-z]+ly$/.test(token.form)))
}

const objectWords = new Set(['by', 'a', 'an', 'the', 'one', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'another'])

/** A speaker next to the verb at `at`: `Smith said`, `she later noted`, `said the minister`, `described by one expert`. */
function hasSpeakerNear(visible: ReadonlyArray<Token>, at: number, width = 1): boolean {
  let before = at - 1
  for (let skipped = 0; skipped < 3 && skippable(visible[before]); skipped++) before--
  if (isSpeaker(visible[before])) return true
  const comma = visible[before]
  if (comma && !comma.word && comma.text === ',') {
    // `Smith, who has run the bakery for 30 years, noted`
    for (let back = before - 1; back >= 0 && back >= before - 15; back--) {
      const token = visible[back]!
      if (standsForQuote(token)) break
      if (isNameLike(token) || (token.word && isRoleNoun(token.form))) return true
    }
  }
  let after = at + width
  for (let skipped = 0; skipped < 3 && visible[after]?.word && objectWords.has(visible[after]!.form); skipped++) after++
  // `declares Dr. Jane Roe`, `said Gov. Ann Lee`: a title and its stop before the name.
  if (visible[after]?.word && honorifics.has(visible[after]!.form)) {
    after++
    if (visible[after] && !visible[after]!.word && visible[after]!.text === '.') after++
  }
  return isSpeaker(visible[after])
}

/** A phrase table of the lexicon, compiled once (see `src/analysis/patterns.ts`). */
export function compilePhrases(sources: ReadonlyArray<string>): Pattern[] {
  return sources.map((source) => compilePattern(source, cues.phraseClasses, {anyCase: true}))
}

/** Where the first phrase of `table` (in table order) that starts at `visible[at]` ends, or -1. */
function phraseEnd(table: ReadonlyArray<Pattern>, visible: ReadonlyArray<Token>, at: number): number {
  for (const pattern of table) {
    const end = matchPhrase(pattern, visible, at)
    if (end !== -1) return end
  }
  return -1
}

/** The first word of each phrase of a table of plain word sequences (`[according to]`). */
function firstWords(sources: ReadonlyArray<string>): Set<string> {
  return new Set(sources.map((source) => source.replace(/[[\]]/g, '').split(/\s+/)[0]!))
}

const accordingTo = compilePhrases(['[according to]'])
const strongCues = compilePhrases(cues.strongCuePhrases)
const weakCues = compilePhrases(cues.weakCuePhrases)
const strongPhraseStarts = firstWords(cues.strongCuePhrases)
const weakPhraseStarts = firstWords(cues.weakCuePhrases)

/**
 * Whether a sentence names a speaker outside its quotations: a verb of
 * saying (`said`, `told`), one that needs a speaker next to it (`the report
 * found`), `according to`, `in a statement`, or a colon after a speaker
 * that opens a quotation (`Smith was blunt: “…”`).
 */
export function sentenceHasCue(sentence: SentenceInfo): boolean {
  const visible = sentence.visible
  for (let at = 0; at < visible.length; at++) {
    const token = visible[at]!
    if (!token.word) {
      // `Smith was blunt: “…”`: a colon introduces the quotation, and a speaker before it says it.
      if (token.text === ':' && standsForQuote(visible[at + 1])) {
        for (let back = at - 1; back >= 0; back--) if (isSpeaker(visible[back]) || (visible[back]!.word && cues.excerptNouns.has(visible[back]!.form))) return true
        // `His answer was immediate: “…”`: a person's words, named as such.
        if (ownedWordsOpen(visible, at)) return true
        // `The letter read as follows: “…”`, `the following: “…”`: quoted matter announced as such.
        // `cried out in a thin voice: “…”`: the voice is the speaker's.
        const before = visible[at - 1]
        if (before?.word && (before.form === 'follows' || before.form === 'following' || cues.utteranceNouns.has(before.form))) return true
      }
      // `when they came to the line, “…”`, `the old refrain, “…”`: a comma after a text or a saying introduces an excerpt of it.
      if (token.text === ',' && standsForQuote(visible[at + 1]) && visible[at - 1]?.word && cues.excerptNouns.has(visible[at - 1]!.form)) return true
      // `The motto of the school, “…”`: such a noun heading the phrase the quotation stands beside.
      if (token.text === ',' && standsForQuote(visible[at + 1]) && excerptOfBefore(visible, at)) return true
      // An epigraph’s credit: `“…” — Jane Smith`
      const previous = visible[at - 1]
      if (/^[—–]$/.test(token.text) && (!previous || standsForQuote(previous)) && visible[at + 1] && (isNameLike(visible[at + 1]!) || titleBeforeName(visible, at + 1))) return true
      continue
    }
    const lower = token.form
    if (strongSpeechVerbs.has(lower) && !thingIsSubject(visible, at)) return true
    if (strongPhraseStarts.has(lower) && phraseEnd(strongCues, visible, at) !== -1) return true
    if (lower === 'in') {
      const next = visible[at + 1]
      const after = visible[at + 2]
      if (next?.word && cues.cueDeterminers.has(next.form) && after?.word && cues.cueNouns.has(after.form)) return true
    }
    if (weakSpeechVerbs.has(lower) && (hasSpeakerNear(visible, at) || introducesQuote(visible, at))) return true
    if (lower === 'from' && visible[at - 1]?.word && cues.messageNouns.has(visible[at - 1]!.form)) return true
    // `The words, from union lawyer Ana Ruiz, drew cheers.`, `… from the mayor, …`: the words set apart, then their source.
    if (lower === 'from' && visible[at - 1]?.text === ',' && visible[at - 2]?.word && cues.wordsNouns.has(visible[at - 2]!.form) && sourceAfter(visible, at + 1)) return true
    // `cries of “He's right!”`: the voices heard are the speakers.
    if (lower === 'of' && visible[at - 1]?.word && cues.utteranceNouns.has(visible[at - 1]!.form) && standsForQuote(visible[at + 1])) return true
    if (weakPhraseStarts.has(lower)) {
      for (const pattern of weakCues) {
        const end = matchPhrase(pattern, visible, at)
        if (end !== -1 && hasSpeakerNear(visible, at, end - at)) return true
      }
    }
  }
  return false
}

/** Whether a speaker stands at `at`, or after one article there (`union lawyer Ana Ruiz`, `the mayor`; not `the second verse`). */
function sourceAfter(visible: ReadonlyArray<Token>, at: number): boolean {
  const first = visible[at]
  if (isSpeaker(first)) return true
  return first !== undefined && first.word && (first.form === 'the' || first.form === 'a' || first.form === 'an') && isSpeaker(visible[at + 1])
}

/** Possessive pronouns of a person (`his answer`, `her reply`). */
const personPossessives = new Set(['his', 'her', 'their', 'my', 'our', 'your'])

/**
 * Whether the sentence, or the clause after its first comma, opens before
 * the colon at `colon` with a noun for someone's words (`answer`, `reply`,
 * `response`, `message`) after a possessive pronoun of a person (`His
 * answer was immediate:`, `Asked again, her reply was the same:`): the
 * words after the colon are that person's. Such a noun deeper in the
 * sentence (`After his answer, the result on the screen was plain:`) owns
 * nothing after the colon. A possessive name or role (`the mayor's
 * reply`, `Ortiz's answer`) is a speaker before the colon already.
 */
function ownedWordsOpen(visible: ReadonlyArray<Token>, colon: number): boolean {
  const comma = visible.findIndex((token) => token.text === ',')
  return [0, comma + 1].some((from) => {
    const owner = visible.findIndex((token, at) => at >= from && token.word)
    const noun = visible[owner + 1]
    return owner !== -1 && owner + 1 < colon && personPossessives.has(visible[owner]!.form) && noun!.word && cues.messageNouns.has(noun!.form)
  })
}

/**
 * Whether the words straight before the comma at `at` are a noun for a
 * text or a saying with an `of` phrase of at most four words after it
 * (`The motto of the school, “…”`, `the refrain of the old song, “…”`):
 * the quotation after the comma is that text, set beside its name.
 */
function excerptOfBefore(visible: ReadonlyArray<Token>, at: number): boolean {
  for (let back = at - 1; back >= 0 && back >= at - 4; back--) {
    const token = visible[back]!
    if (!token.word) return false
    if (token.form !== 'of') continue
    const noun = visible[back - 1]
    return back < at - 1 && noun !== undefined && noun.word && cues.excerptNouns.has(noun.form)
  }
  return false
}

/**
 * Whether a name's title starts at `at`: at most three lower-case words,
 * a role among them, then a name (`union lawyer Ana Ruiz`, `the fire
 * chief Mara Quist`), as a credit after a dash gives it (`“…” — union
 * lawyer Ana Ruiz`). Four words (`the city's fire chief Mara Quist`) are
 * too many.
 */
function titleBeforeName(visible: ReadonlyArray<Token>, at: number): boolean {
  let role = false
  for (let index = at; index < at + 4; index++) {
    const token = visible[index]
    if (!token?.word) return false
    if (isNameLike(token)) return role && index > at
    if (isRoleNoun(stripPossessive(token.form), false)) role = true
  }
  return false
}

/** Demonstratives that, opening a sentence, make a thing the subject of the verb after them. */
const thingSubjects = new Set(['this', 'that'])

/**
 * `This explained a great deal.`, `That says it all.`: a demonstrative
 * opening the sentence straight before the verb is a thing, not a speaker.
 */
function thingIsSubject(visible: ReadonlyArray<Token>, at: number): boolean {
  const subject = visible[at - 1]
  return at === 1 && subject !== undefined && subject.word && thingSubjects.has(subject.form)
}

/** `… and stated, “…”`, `the crowd roared: “…”`, `began to cry out, “…”`: the verb of saying introduces the quotation straight after it. */
function introducesQuote(visible: ReadonlyArray<Token>, at: number): boolean {
  // `cry out, “…”`, `shouted back: “…”`: a particle may stand between the verb and its mark.
  // `screamed triumphantly, “…”`: so may an adverb of manner.
  const next = visible[at + 1]
  const particle = next?.word && (speechParticles.has(next.form) || /^[a-z]{3,}ly$/.test(next.form)) ? 1 : 0
  const mark = visible[at + 1 + particle]
  return Boolean(mark && !mark.word && (mark.text === ',' || mark.text === ':') && standsForQuote(visible[at + 2 + particle]))
}

/** Particles of phrasal verbs of saying (`cry out`, `call back`, `read aloud`). */
const speechParticles = new Set(['out', 'back', 'up', 'aloud', 'again'])

/**
 * Inside a quotation whose closing mark is missing, a plain `, he said` or
 * `, Smith added` is taken for the attribution the missing mark swallowed.
 */
function swallowedCue(sentence: SentenceInfo, segment: QuoteSegment): boolean {
  const tokens = sentence.tokens
  for (let at = 2; at < tokens.length; at++) {
    const verb = tokens[at]!
    if (verb.start < segment.start || verb.start >= segment.end) continue
    if (!verb.word || !strongSpeechVerbs.has(verb.form)) continue
    let subject = at - 1
    while (subject > 0 && isNameLike(tokens[subject]!) && isNameLike(tokens[subject - 1]!)) subject--
    const speaker = tokens[subject]!
    const before = tokens[subject - 1]
    if (!isSpeaker(speaker) || !before || before.word) continue
    // A doubled mark (`“The riders are back,, Ortiz said.`) is the same comma typed twice.
    if (/^[,.!?—–]+$/.test(before.text) || isQuotationMark(before.text)) return true
  }
  return false
}

// ---------------------------------------------------------------------------
// quote-attribution

export interface QuoteFinding {
  readonly segment: QuoteSegment
  /** Paragraph count of the quotation (2 or more for a running quotation). */
  readonly paragraphs: number
}

/**
 * Why a quotation of speech went unreported, for study (the quotations
 * benchmark's `--show`): the cue that found a speaker, or what shows the
 * quotation is no speech, with the sentence holding that evidence.
 */
export interface Excuse {
  /** The cue: `cue in paragraph`, `continuation`, `set-up …`, `not speech: title` … */
  readonly cue: string
  /** The sentence holding the evidence, when one does. */
  readonly evidence: {readonly start: number; readonly end: number} | undefined
  /** The word the cue credits as speaker (a name, a role, a pronoun), when it names one. */
  readonly speaker: string | undefined
}

/**
 * Quotations with no identifiable speaker: no cue in the sentence or the
 * paragraph (or, for a running quotation, in any of its paragraphs), no
 * speaker label, and no introduction ending in a colon just before.
 *
 * With `explain`, each quotation left unreported gets its `Excuse` there;
 * without it nothing extra is worked out.
 */
export function unattributedQuotes(analysis: Analysis, minWords: number, explain?: Map<QuoteSegment, Excuse>): QuoteFinding[] {
  const found: QuoteFinding[] = []
  const {paragraphs, text} = analysis
  const paragraphHasCue = (paragraph: ParagraphInfo): boolean => readingOf(analysis, paragraph).cue
  const names = draftNames(analysis)
  // Paragraphs holding a quotation whose speaker is known: a paragraph that
  // opens with a quotation right after one continues the same speaker.
  const speaking = new Set<number>()
  const reported = new Set<Quotation>()
  // Paragraphs where a quotation of speech has a known speaker so far.
  const voiced = new Set<number>()
  // The question last reported in a paragraph, where it ends (paragraph index → offset after its `?`).
  const reportedQuestion = new Map<number, number>()
  for (const paragraph of paragraphs) {
    for (const segment of paragraph.quotes) {
      if (segment.continued) continue
      const chain: QuoteSegment[] = [segment]
      let last = segment
      while (last.continues) {
        const next = paragraphs[last.paragraph + 1]?.quotes[0]
        if (!next) break
        chain.push(next)
        last = next
      }
      if (paragraph.heading || paragraph.labelled) {
        if (explain) explain.set(segment, {cue: paragraph.heading ? 'heading' : 'speaker label', evidence: undefined, speaker: undefined})
        // A label names the speaker: a quotation opening the next paragraph continues the exchange.
        if (paragraph.labelled) for (const part of chain) speaking.add(part.paragraph)
        continue
      }
      if (chain.length === 1 && isQuotedHeading(segment, paragraph, text)) {
        if (explain) explain.set(segment, {cue: 'quoted heading', evidence: undefined, speaker: undefined})
        continue
      }
      if (segment.quotation.use !== 'speech') {
        if (explain) explain.set(segment, {cue: `not speech: ${segment.quotation.use}`, evidence: undefined, speaker: undefined})
        continue
      }
      // A short turn (`“Yes.”`, `“Why?”`) is not reported, but it carries the
      // exchange on when its speaker is known.
      const short = chain.length === 1 && !isQuotation(segment, paragraph, text, minWords)
      const previous = paragraphs[paragraph.index - 1]
      // The cue that finds the speaker (undefined while none has).
      let why: string | undefined = previous && /:[*_]*$/.test(previous.text.trimEnd()) ? 'colon before' : undefined
      let home: ParagraphInfo | undefined
      for (const part of chain) {
        if (why) break
        home = paragraphs[part.paragraph]!
        if (paragraphHasCue(home) && !(chain.length === 1 && onlyGroupSays(home, part))) why = 'cue in paragraph'
        else if (home.labelled) why = 'speaker label'
        else if (!part.closed && home.sentences.some((sentence) => swallowedCue(sentence, part))) why = 'swallowed tag'
      }
      if (!why && chain.some((part) => bracketedTag(part, text))) why = 'bracketed tag'
      if (!why && chain.length === 1 && isWovenFragment(segment, paragraph, text)) why = 'woven fragment'
      if (!why && chain.every((part) => isArchaic(part, text))) why = 'archaic'
      if (!why && citesSource(last, text)) why = 'written: citation'
      if (!why && last.closed && chain.length === 1 && isAside(segment, text)) why = 'aside in brackets'
      if (!why && announcedText(segment, paragraph, analysis)) why = 'written: announced answers'
      if (!why && passageDiscussed(last, paragraphs[last.paragraph]!, text)) why = 'written: passage discussed'
      if (!why && last.closed) why = tagFollows(last, text) ? 'tag follows' : voiceFollows(last, text) ? 'voice follows' : subjectOfLink(last, text) ? 'subject of link' : undefined
      if (!why && last.closed && soSaidFollows(last, text)) why = 'so said follows'
      if (!why && last.closed && wordsCreditedAfter(last, paragraphs[last.paragraph]!, names)) why = 'words credited after'
      if (!why && chain.length === 1 && beatFollows(segment, paragraph, names, personNames(analysis))) why = 'beat follows'
      if (!why && chain.length === 1 && personActsBefore(segment, paragraph, analysis)) why = 'set-up: person acting earlier in paragraph'
      why ??= continuesSpeaker(segment, paragraph, paragraphs, speaking, reported) ?? setUpBefore(segment, paragraph, analysis, names, voiced)
      if (!why && opensSentence(segment, paragraph) && specimensBefore(segment, paragraph, paragraphs)) why = 'specimens set up'
      if (!why && opensSentence(segment, paragraph) && expressedByBefore(segment, paragraph, paragraphs)) why = 'set-up: words put by a person'
      if (!why && opensParagraph(segment, paragraph) && paragraph.index < openingRun(analysis) && speakerAfterOpening(segment, paragraph, analysis, names)) {
        why = 'draft opens with the quotation'
      }
      if (!why && opensParagraph(segment, paragraph) && personInView(paragraph, analysis, names) && addressesSomeone(segment, text, names, personNames(analysis), analysis.listedName, nameOpeners(analysis))) {
        why = 'scene: line addressed to someone'
      }
      if (!why && opensParagraph(segment, paragraph) && addressesRecentSpeaker(segment, paragraph, analysis)) why = 'scene: reply to a recent speaker'
      if (!why && opensParagraph(segment, paragraph) && speakerCarriesOn(segment, paragraph, analysis, names)) why = 'speaker carries on after'
      if (!why && opensParagraph(segment, paragraph) && speakerTellsAfter(segment, paragraph, analysis, names)) why = 'speaker tells someone after'

      // A later quotation of a paragraph carries on from an earlier one whose
      // speaker is known: the same speaker after a tag (`“…,” I put in, “…”`)
      // or the reply of an exchange set in one paragraph.
      if (!why && voiced.has(paragraph.index)) why = 'voiced paragraph'
      // The answer straight after a quoted question reported in the same paragraph: one finding per exchange.
      const question = reportedQuestion.get(paragraph.index)
      if (!why && question !== undefined && !/[\p{L}\p{N}]/u.test(text.slice(question, segment.start))) why = 'continuation of a reported exchange'
      const attributed = why !== undefined
      if (attributed) voiced.add(paragraph.index)
      // A short quotation carries an exchange on only as a turn of its own (`“Yes.”` opening its paragraph).
      if (attributed && (!short || opensSentence(segment, paragraph) || sayingIntroduces(segment, paragraph, text))) for (const part of chain) speaking.add(part.paragraph)
      else if (short && opensParagraph(segment, paragraph)) speaking.add(paragraph.index)
      else if (!attributed && !short) {
        found.push({segment, paragraphs: chain.length})
        reported.add(segment.quotation)
        const asked = endsInQuestion(segment, text)
        if (asked !== undefined) reportedQuestion.set(paragraph.index, asked)
      }
      if (explain && (attributed || short)) explain.set(segment, excuseOf(why ?? 'short', segment, paragraph, home, analysis, names))
    }
  }
  return found
}

/**
 * Whether the only cues of a quotation's paragraph are sentences apart from
 * it in which a bare plural of people says something (`groupSays`:
 * `Residents say they keep their windows shut. “My children cough all
 * night.”`): a group's words reported in paraphrase name no one who spoke
 * the quoted ones, which news copy owes to a person.
 */
function onlyGroupSays(paragraph: ParagraphInfo, segment: QuoteSegment): boolean {
  const cued = paragraph.sentences.filter(sentenceHasCue)
  return cued.length > 0 && cued.every((sentence) => (sentence.end <= segment.start || sentence.start >= segment.end) && groupSays(sentence))
}

/**
 * Whether a sentence opens with a bare plural of people, no determiner,
 * and a verb of saying straight after it (`Residents say …`, `Builders
 * said …`, `Neighbours also complained …`): a role in the plural
 * (`isRoleNoun`) or a plural of people (`peoplePlurals`), not a body that
 * speaks through its statements (`speakingBodies`, `pluralRoles`:
 * `Police said`, `Officials said`, `Researchers found`), nor a name the
 * draft uses (`Jones said`).
 */
function groupSays(sentence: SentenceInfo): boolean {
  return groupVerbAt(sentence) >= 0
}

/** Where the verb of saying after a bare plural of people opening the sentence stands (`groupSays`), or -1. */
function groupVerbAt(sentence: SentenceInfo): number {
  const visible = sentence.visible
  let at = datelineEnd(visible)
  const subject = visible[at]
  if (!subject?.word || !/^\p{Lu}\p{Ll}+s$/u.test(subject.text) || /(?:ss|us|is)$/.test(subject.form)) return -1
  const head = subject.form
  if (cues.pluralRoles.has(head) || cues.speakingBodies.has(head) || cues.speakingBodies.has(singularOf(head))) return -1
  if (!isRoleNoun(head) && !cues.peoplePlurals.has(head)) return -1
  at++
  for (let skipped = 0; skipped < 2 && visible[at]?.word && cues.betweenSubjectAndVerb.has(visible[at]!.form); skipped++) at++
  const verb = visible[at]
  return verb !== undefined && verb.word && isSpeechVerb(verb.form) ? at : -1
}

/**
 * How many paragraphs open the draft before its first sentence of
 * narration: the first paragraph, and each one after it while every
 * paragraph before it is quoted matter (it opens with a quotation, or its
 * first curly mark closes one, as an excerpt cut in the middle of a
 * quotation does). A quotation there has no narration before it to name
 * its speaker: a news lead that opens with the words names the speaker
 * after them, and a story that opens in dialogue sets its people up as the
 * exchange goes on.
 */
export const openingRun = oncePerAnalysis((analysis): number => {
  let run = 0
  for (const paragraph of analysis.paragraphs) {
    run++
    const first = paragraph.quotes[0]
    const quoted = (first !== undefined && opensParagraph(first, paragraph)) || /^[^“”]*”/u.test(paragraph.text)
    if (!quoted) break
  }
  return run
})

/** How many paragraphs after an opening quotation's may give its speaker (`speakerAfterOpening`). */
const openingLookahead = 2

/**
 * Whether the speaker of a quotation that opens the draft is given after
 * it (`“…” ¶ That was the verdict of Mayor Ann Lee, who …`): the next
 * paragraph opens with a quotation too, a reply in an exchange under way;
 * or narration after the quotation, in its paragraph or the next
 * `openingLookahead`, names a person, a role or the writer, or has `he`,
 * `she` or `they` for one. Narration that names no one (`The council
 * voted on Tuesday.`) leaves the words with nobody to say them.
 */
function speakerAfterOpening(segment: QuoteSegment, paragraph: ParagraphInfo, analysis: Analysis, names: ReadonlySet<string>): boolean {
  const next = analysis.paragraphs[paragraph.index + 1]
  const reply = next?.quotes[0]
  if (reply && opensParagraph(reply, next)) return true
  const after: SentenceInfo[] = paragraph.sentences.filter((sentence) => sentence.start >= segment.end)
  for (let index = paragraph.index + 1; index <= paragraph.index + openingLookahead; index++) after.push(...(analysis.paragraphs[index]?.sentences ?? []))
  return after.some(
    (sentence) => mentionsPerson(sentence, names, analysis) || narratorIsSubject(sentence.visible) || sentence.visible.some(isPersonPronoun)
  )
}

/**
 * A person acting earlier in the quotation's own paragraph: a sentence
 * before the quotation's whose subject (after any leading
 * clause of time) is `he`, `she`, the writer, or a name the draft uses
 * alone (`Pam realized she had been dozing. … “Hello? Yes, this is she.”`,
 * `Welch summoned the guards. … “That clerk a murderer?”`), whatever its
 * verb. Dialogue gives each speaker a paragraph of their own, so the
 * person the paragraph's narration follows is the one who speaks in it. A
 * role (`The child is kept on call.`) is not enough: a paragraph of
 * exposition speaks of people in general as often as of one.
 */
function personActsBefore(segment: QuoteSegment, paragraph: ParagraphInfo, analysis: Analysis): boolean {
  const index = sentenceIndexAt(paragraph, segment.start)
  const standing = standingNames(analysis)
  const names = draftNames(analysis)
  return paragraph.sentences.slice(0, Math.max(0, index)).some((sentence) => {
    const main = mainClause(sentence.visible, names, analysis)
    const subject = main.find((token) => token.word)
    return (
      subject !== undefined &&
      (cues.personPronouns.has(subject.form) ||
        narratorIsSubject(main) ||
        (isNameLike(subject) && standing.has(stripPossessive(subject.text)) && organisationRun(main, main.indexOf(subject), analysis) < 0))
    )
  })
}

/** Most words a quoted heading has (`isQuotedHeading`). */
const headingWords = 10

/**
 * A paragraph that is one short quotation and nothing else, with no stop,
 * question or exclamation mark inside or after it (`“Against the grain of
 * creation”`): a subhead or pull-quote set between paragraphs, not a line
 * of speech (a line a speaker says ends in a stop of its own).
 */
function isQuotedHeading(segment: QuoteSegment, paragraph: ParagraphInfo, text: string): boolean {
  if (!segment.closed || !opensParagraph(segment, paragraph)) return false
  if (text.slice(segment.end, paragraph.end).trim() !== '') return false
  const inner = text.slice(segment.start + 1, segment.end - 1).trim()
  if (/[.?!…:;,—–-]$/u.test(inner)) return false
  const words = inner.match(wordPattern)?.length ?? 0
  return words > 0 && words <= headingWords
}

/** The sentence and the word behind a cue, worked out only to explain it (`Excuse`). */
function excuseOf(
  cue: string,
  segment: QuoteSegment,
  paragraph: ParagraphInfo,
  home: ParagraphInfo | undefined,
  analysis: Analysis,
  names: ReadonlySet<string>
): Excuse {
  const at = sentenceIndexAt(paragraph, segment.start)
  const previous = analysis.paragraphs[paragraph.index - 1]
  let sentence: SentenceInfo | undefined
  if (cue === 'cue in paragraph') sentence = home?.sentences.find(sentenceHasCue)
  else if (cue.startsWith('set-up') || cue.startsWith('scene')) sentence = at > 0 && cue.includes('sentence before') ? paragraph.sentences[at - 1] : previous?.sentences[previous.sentences.length - 1]
  else if (cue.startsWith('continuation') || cue === 'colon before') sentence = previous?.sentences[previous.sentences.length - 1]
  else if (at !== -1) sentence = paragraph.sentences[at]
  const people = personNames(analysis)
  // A paraphrase's source is worked out as the cue found it: the first name
  // in `In Soweto, Ana Ruiz said …` is the place's.
  if (sentence && previous && (cue === introducedSourceCue || cue === knownSourceCue)) {
    const main = mainClause(sentence.visible, names, analysis)
    const source =
      cue === introducedSourceCue
        ? introducedSourceReports(main, analysis)?.text
        : (knownSourceReports(previous, main, analysis) ?? knownSourceAfterPhrase(previous, sentence.visible, analysis))
    return {cue, evidence: {start: sentence.start, end: sentence.end}, speaker: source}
  }
  const speaker = sentence?.visible.slice(datelineEnd(sentence.visible)).find(
    (token) =>
      token.word &&
      (token.text === 'I' ||
        cues.chainPronouns.has(token.form) ||
        cues.speakerPronouns.has(token.form) ||
        (isNameLike(token) && (names.has(stripPossessive(token.text)) || people.has(stripPossessive(token.text)) || !token.sentenceInitial)) ||
        isRoleNoun(token.form, false))
  )
  return {cue, evidence: sentence ? {start: sentence.start, end: sentence.end} : undefined, speaker: speaker?.text}
}

/**
 * Whether a quotation opens its sentence, so it is a line of its own (`Hoag
 * looked terrified. “Where are they?”`), not a word or two quoted inside
 * the writer's sentence (`called the draft “reckless,” and …`).
 */
function opensSentence(segment: QuoteSegment, paragraph: ParagraphInfo): boolean {
  const sentence = sentenceAt(paragraph, segment.start)
  return sentence !== undefined && !/[\p{L}\p{N}]/u.test(paragraph.text.slice(sentence.start - paragraph.start, segment.start - paragraph.start))
}

/**
 * Whether a verb of saying and a comma or colon introduce the quotation
 * (`The thin man said, “That-a-way.”`): a short line so introduced is a
 * turn of its own, not a word quoted inside the writer's sentence.
 */
function sayingIntroduces(segment: QuoteSegment, paragraph: ParagraphInfo, text: string): boolean {
  return introducedBySaying(text.slice(Math.max(paragraph.start, segment.start - 40), segment.start))
}

/** Whether a quotation opens its paragraph: nothing but Markdown markup before it. */
function opensParagraph(segment: QuoteSegment, paragraph: ParagraphInfo): boolean {
  return !/[\p{L}\p{N}]/u.test(paragraph.text.slice(0, segment.start - paragraph.start))
}

/**
 * A quotation that opens the paragraph right after one ending in a
 * quotation with a speaker continues that exchange (`“…,” Kirwan said.`
 * then `“And we will do it again.”`): a follow-on quotation, or the next
 * turn of a dialogue, whose speakers alternate once they are set up. When
 * the paragraph before ends in a sentence of the writer's own (`… said.
 * The leaders will sign the declaration.`), the new quotation needs its own
 * speaker, unless that sentence is a short bridge after the tag that names
 * no one else (`bridgeOnly`). After a paragraph whose quotation was reported for want of a
 * speaker, the next turn is not reported again: one finding per exchange.
 */
function continuesSpeaker(
  segment: QuoteSegment,
  paragraph: ParagraphInfo,
  paragraphs: ReadonlyArray<ParagraphInfo>,
  speaking: ReadonlySet<number>,
  reported: ReadonlySet<Quotation>
): string | undefined {
  const previous = paragraphs[paragraph.index - 1]
  if (!previous || previous.heading || !opensParagraph(segment, paragraph)) return undefined
  // A line whose opening mark was lost (`And who keeps the keys tonight?”`) is a turn of the exchange before it.
  const before = paragraphs[paragraph.index - 2]
  if (before && endsInLostOpening(previous)) {
    if (speaking.has(before.index)) return 'continuation'
    if (before.quotes.some((quote) => quote.quotation.use === 'speech' && reported.has(quote.quotation))) return 'continuation of a reported exchange'
  }
  // The speaker's words end the paragraph before (`…,” Kirwan said.`), not a sentence of the writer's own.
  const lastQuote = previous.quotes[previous.quotes.length - 1]
  if (!lastQuote) return undefined
  const tail = previous.text.slice(lastQuote.end - previous.start).trim()
  const words = tail.match(wordPattern)?.length ?? 0
  // A sentence with a verb of saying is no such sentence: the line's tag set apart (`“Nate”! He bellowed …`) or the exchange reported.
  const lastSentence = previous.sentences[previous.sentences.length - 1]
  const tag = lastSentence !== undefined && lastSentence.start >= lastQuote.end && sentenceHasCue(lastSentence)
  if (words > 8 && /[.!?]["”’)]*\s*\p{Lu}/u.test(tail) && !tag && !bridgeOnly(previous, lastQuote)) return undefined
  if (speaking.has(previous.index)) return 'continuation'
  // The next turn of an exchange whose last turn was reported already: one finding per exchange.
  return previous.quotes.some((quote) => quote.quotation.use === 'speech' && reported.has(quote.quotation)) ? 'continuation of a reported exchange' : undefined
}

/**
 * Where a closed quotation that asks a question ends, after its `?` (inside
 * the closing mark, `“…?”`, or straight after it, `“…”?`), or undefined
 * when it asks none. A quotation opening its sentence right after a quoted
 * question in the same paragraph is its answer (`“Do you see the ferry?”
 * “I see the ferry but not the pier.”`), a turn of one exchange.
 */
function endsInQuestion(segment: QuoteSegment, text: string): number | undefined {
  if (!segment.closed) return undefined
  if (text[segment.end - 2] === '?') return segment.end
  const after = /^\?+/.exec(text.slice(segment.end, segment.end + 3))
  return after ? segment.end + after[0].length : undefined
}

/**
 * Whether a paragraph is a line of dialogue whose opening mark was lost: it
 * ends in a closing mark, with the line's own `?`, `!` or stop around it,
 * that closes none of the paragraph's quotations (`And who keeps the keys
 * tonight?”`). `quote-balance` reports the mark; the exchange runs on
 * through the line.
 */
function endsInLostOpening(paragraph: ParagraphInfo): boolean {
  const match = /[”"][.?!]*\s*$/u.exec(paragraph.text)
  if (!match) return false
  const after = paragraph.start + match.index + 1
  return !paragraph.quotes.some((quote) => quote.closed && quote.end === after)
}

/**
 * Whether the writer's words after the last quotation of a paragraph are
 * its tag and one sentence of narration of at most `setUpWords` words that
 * names no one else (`“After the soil, the kitchen,” says Mr. Clark. The
 * first major change was wholewheat bread.`): a bridge of the interview
 * between two quotations of one speaker, so a quotation opening the next
 * paragraph is the follow-on quote. The quotation's sentence must name its
 * speaker, and the bridge holds no name, role or pronoun that brings
 * another person into view.
 */
function bridgeOnly(previous: ParagraphInfo, lastQuote: QuoteSegment): boolean {
  const holding = sentenceIndexAt(previous, lastQuote.start)
  if (holding === -1 || holding !== previous.sentences.length - 2) return false
  if (!sentenceHasCue(previous.sentences[holding]!)) return false
  const bridge = previous.sentences[holding + 1]!
  const words = bridge.visible.filter((token) => token.word)
  if (words.length > setUpWords || bridge.visible.some(standsForQuote)) return false
  return !bridge.visible.some(
    (token, at) => token.word && ((isNameLike(token) && !token.sentenceInitial) || (isRoleAt(bridge.visible, at, true) && !isHumankind(bridge.visible, at)) || isPersonPronoun(token))
  )
}

/** Words that, bare, name humankind rather than a person (`isHumankind`). */
const humankindWords = new Set(['man', 'woman', 'mankind', 'humankind'])

/** Words after which a bare `man` still names humankind: a conjunction or a preposition (`but man did not`, `the fall of man`). */
const humankindAfter = new Set(['and', 'but', 'or', 'nor', 'yet', 'so', 'for', 'of', 'to', 'by', 'from', 'with', 'that', 'which', 'as', 'than', 'because', 'when', 'if'])

/**
 * Whether the role noun at `at` names humankind, not a person: `man` or
 * `woman` with no determiner, opening its clause or after a conjunction or
 * a preposition (`The true way lay through obedience, but man did not
 * believe this.`, `the fall of man`). It brings no one into view.
 */
function isHumankind(visible: ReadonlyArray<Token>, at: number): boolean {
  if (!humankindWords.has(visible[at]!.form)) return false
  const before = visible[at - 1]
  return before === undefined || !before.word || humankindAfter.has(before.form)
}

/**
 * A pronoun for people in view: `he`, `his`, `she`, `her` for one, or
 * `they`, `them`, `their` for several (`Two men were on duty. They looked
 * up as Powers came in.` then `“What are you doing here?”`): the next line
 * is one of theirs.
 */
function isPersonPronoun(token: Token): boolean {
  return token.word && (cues.chainPronouns.has(token.form) || cues.groupPronouns.has(token.form))
}

/**
 * The sentence before a quotation: the one before it in its paragraph, or,
 * when the quotation opens its paragraph, the last of the paragraph before
 * (not a heading).
 */
function sentenceBefore(segment: QuoteSegment, paragraph: ParagraphInfo, paragraphs: ReadonlyArray<ParagraphInfo>): SentenceInfo | undefined {
  const index = sentenceIndexAt(paragraph, segment.start)
  if (index > 0) return paragraph.sentences[index - 1]
  if (!opensParagraph(segment, paragraph)) return undefined
  const previous = paragraphs[paragraph.index - 1]
  return previous && !previous.heading ? previous.sentences[previous.sentences.length - 1] : undefined
}

/**
 * The sentence before the quotation (in its paragraph, or the last of the
 * paragraph before when it opens its own) presents specimens: it ends in a
 * noun for them (`The small ads of one weekly gave us many samples.`,
 * `The old radio gag had endless variations.`), or its subject is one kind
 * of something among several (`One species of ambiguity tries to baffle
 * by repetition.`). The quotation is a sample, not
 * speech, and has no speaker to name. A noun for written matter as the
 * subject (`Letters passed back and forth.`) is not enough: the
 * letters of a scene are its people's words.
 */
function specimensBefore(segment: QuoteSegment, paragraph: ParagraphInfo, paragraphs: ReadonlyArray<ParagraphInfo>): boolean {
  const before = sentenceBefore(segment, paragraph, paragraphs)
  const words = before?.visible.filter((token) => token.word) ?? []
  const last = words[words.length - 1]
  if (last !== undefined && cues.specimenNouns.has(last.form)) return true
  // `One species of ambiguity tries to baffle …`: one kind of something, of several, as the subject, its specimen after it.
  return words.length > 3 && kindCounters.has(words[0]!.form) && cues.kindNouns.has(words[1]!.form) && words[2]!.form === 'of'
}

/** Words that count one kind among several (`One species of …`, `Another kind of …`); `A kind of calm returned.` presents none. */
const kindCounters = new Set(['one', 'another'])

/**
 * The sentence before the quotation (in its paragraph, or the last of the
 * paragraph before when it opens its own) credits a thought to a person as
 * its author with `by` after a verb of expression (`The idea was set forth
 * by St. Gregory long before.`, `It was put best by Ms. Lund:`): the
 * quotation after it is that person's words. The person is a name, a title
 * or a role straight after `by` (a role also after `by the`), at most three
 * words after the verb.
 */
function expressedByBefore(segment: QuoteSegment, paragraph: ParagraphInfo, paragraphs: ReadonlyArray<ParagraphInfo>): boolean {
  const before = sentenceBefore(segment, paragraph, paragraphs)
  const visible = before?.visible ?? []
  for (let at = 0; at < visible.length; at++) {
    const verb = visible[at]!
    if (!verb.word || !cues.expressionVerbs.has(verb.form)) continue
    for (let next = at + 1; next <= at + 3; next++) {
      const token = visible[next]
      if (!token?.word) break
      if (token.form !== 'by') continue
      const agent = visible[next + 1]
      if (agent?.word && (isNameLike(agent) || honorifics.has(agent.form.replace(/\.$/, '')) || isRoleNoun(agent.form, false))) return true
      // `by the mayor`: a role after `the`.
      const role = visible[next + 2]
      if (agent?.word && agent.form === 'the' && role?.word && isRoleNoun(role.form, false)) return true
    }
  }
  return false
}

/**
 * A person called by name at the start of the quoted words or of one of
 * their sentences, before a comma, a stop or an exclamation (`“Tomas. I left
 * …”`, `“Mr. Vega, your tickets …”`, `“Marta! Wait …”`).
 */
const openingAddress = /(?:^|[.?!]\s+)((?:\p{Lu}\p{Ll}*\.?\s+)?\p{Lu}[\p{Ll}’'-]+)\s*(?=[,.?!])/gu

/**
 * A person called after a comma, before a comma, a stop or the end of the
 * quoted words (`“Will you hold the bags, Tomas?”`, `“Much the same, Ana, much
 * the same.”`, `“I was at the depot, sir.”`). A capitalised word
 * before the comma makes it a place and its state or country (`Austin,
 * Texas`), not an address.
 */
const closingAddress = /(?<!\p{Lu}[\p{Ll}’'-]*),\s+((?:\p{Lu}\p{Ll}*\.?\s+)?\p{L}[\p{Ll}’'-]+)\s*(?=[,.?!;]|$)/gu

/**
 * Whether words set off as an address call a person: a word of address
 * (`sir`, `buddies`), a title or a role alone (`Captain`, `Doctor`), a
 * title and a name (`Mr. Vega`), a name the draft uses for someone
 * outside its quotations (`Tomas`, `Ana`), or a first name the name lists
 * vouch for (`Julie`), though the draft names that person only in the
 * lines of its dialogue.
 */
function isAddressee(words: string, names: ReadonlySet<string>, people: ReadonlySet<string>, listedName: (name: string) => boolean): boolean {
  const parts = words.split(/\s+/)
  const last = stripPossessive(parts[parts.length - 1]!)
  if (parts.length === 2) {
    if (honorifics.has(parts[0]!.toLowerCase().replace(/\.$/, ''))) return /^\p{Lu}/u.test(last)
    // `“I'm fine, Julie. Please …”`: the address ends its sentence, and the word after the stop opens the next.
    return parts[0]!.endsWith('.') && isAddressee(parts[0]!.slice(0, -1), names, people, listedName)
  }
  const lower = last.toLowerCase()
  if (cues.addressTerms.has(lower)) return true
  if (!/^\p{Lu}/u.test(last) || cues.notNames.has(lower)) return false
  return names.has(last) || people.has(last) || listedName(last) || honorifics.has(lower) || isRoleNoun(lower, false)
}

/**
 * Whether a quotation calls someone by name or title (`“Will you hold the
 * bags, Tomas?”`, `“Where do we board, Captain?”`, `“Get in, buddies.”`): a
 * line addressed to a person is a turn of a conversation among people in
 * view, and a reader knows its speaker as the one facing the person
 * called.
 */
function addressesSomeone(
  segment: QuoteSegment,
  text: string,
  names: ReadonlySet<string>,
  people: ReadonlySet<string>,
  listedName: (name: string) => boolean,
  firstNames: ReadonlySet<string>
): boolean {
  const inner = text.slice(segment.start + 1, segment.closed ? segment.end - 1 : segment.end)
  // `Aristide Devol, the manservant, …` in the draft: `Aristide` opens a name whose surname the draft uses, a first name.
  const named = (name: string): boolean => listedName(name) || firstNames.has(name)
  for (const pattern of [openingAddress, closingAddress]) {
    for (const match of inner.matchAll(pattern)) if (isAddressee(match[1]!, names, people, named)) return true
  }
  return false
}

/**
 * Capitalised words the draft writes straight before a name it uses as
 * one (`Aristide Devol, the sardonic manservant, smiled.` in a draft that
 * names `Devol` alone): each opens that person's full name, a first name
 * the name lists may not know, so a line calling `Aristide` calls a person.
 */
const nameOpeners = oncePerAnalysis((analysis): ReadonlySet<string> => {
  const names = draftNames(analysis)
  const found = new Set<string>()
  // The sentences' words, not the draft's text: a name wrapped across a line (`Quillon⏎Brook`) or marked up (`*Quillon* Brook`) is one name.
  for (const paragraph of analysis.paragraphs) {
    for (const {tokens} of paragraph.sentences) {
      for (let at = 0; at + 1 < tokens.length; at++) {
        const first = tokens[at]!
        const next = tokens[at + 1]!
        // `The Devol house`, `When Devol came`: a word of grammar opening a sentence is not name-like, so no first name.
        if (!isNameLike(first) || isAllCaps(first.text) || stripPossessive(first.text) !== first.text || !isNameLike(next)) continue
        if (names.has(stripPossessive(next.text))) found.add(first.text)
      }
    }
  }
  return found
})

/**
 * The main clause of the first sentence of the paragraph after `segment`,
 * when the quotation ends its own paragraph and the next is no heading:
 * where a person named after the words carries them on
 * (`speakerCarriesOn`, `speakerTellsAfter`).
 */
function clauseAfterClosingQuotation(segment: QuoteSegment, paragraph: ParagraphInfo, analysis: Analysis, names: ReadonlySet<string>): ReadonlyArray<Token> | undefined {
  if (/[\p{L}\p{N}]/u.test(analysis.text.slice(segment.end, paragraph.end))) return undefined
  const next = analysis.paragraphs[paragraph.index + 1]
  const first = next?.sentences[0]
  if (!first || next.heading) return undefined
  return mainClause(first.visible, names, analysis)
}

/**
 * Whether the paragraph after a quotation that ends its own opens with its
 * speaker carrying on (`“…” ¶ He added that the orchestra …`, `“…” ¶ Ortiz
 * went on: …`): a person, by `he`, `she`, a name of the draft or a role, as
 * the subject of a verb that continues what was said (`continuingVerbs`),
 * straight after it or after one adverb (`He also added`). Adding to the
 * words says they were that person's.
 */
function speakerCarriesOn(segment: QuoteSegment, paragraph: ParagraphInfo, analysis: Analysis, names: ReadonlySet<string>): boolean {
  const words = clauseAfterClosingQuotation(segment, paragraph, analysis, names)?.filter((token) => token.word) ?? []
  const subject = words[0]
  if (!subject) return false
  // The verb's place: after `he`, `she` or a name, or after the role heading a phrase of up to three words (`The music director`).
  let at = -1
  if (cues.personPronouns.has(subject.form) || (isNameLike(subject) && names.has(stripPossessive(subject.text)))) at = 1
  else if (personDeterminers.has(subject.form)) {
    for (let head = 1; head <= 3 && at === -1 && words[head]; head++) if (isRoleNoun(words[head]!.form, false)) at = head + 1
  }
  if (at === -1) return false
  if (words[at] && /^[a-z]+ly$|^also$/.test(words[at]!.form)) at++
  const verb = words[at]
  if (!verb || !cues.continuingVerbs.has(verb.form)) return false
  // `went on` and `goes on`: only with their particle.
  return (verb.form !== 'went' && verb.form !== 'goes') || words[at + 1]?.form === 'on'
}

/** Most words between the subject and `told` in `speakerTellsAfter` (`leaned back in his chair and told`). */
const tellingReach = 8

/** Words that end the subject's own clause before `told` could be its verb (`Gross, who was told …`, `Gross said that Lie told …`). */
const clauseBreaks = new Set(['that', 'who', 'whom', 'which', 'when', 'while', 'because', 'if', 'after', 'before', 'until', 'but'])

/**
 * Whether the paragraph after a quotation that ends its own opens with a
 * person telling someone (`“…” ¶ Ernest A. Gross leaned back in his chair
 * and told Peter Marshall how …`, `“…” ¶ Ortiz told reporters later that
 * …`): its first sentence's subject is a name of the draft (after any other
 * parts of the full name: `Ernest A. Gross`), `he` or `she`, and its own
 * clause, within a few words, has `told` or `tells` with a listener after
 * it (a name, `him`, `her`, `them`, `us`, `me`, or a role). The interview
 * or the scene goes on with that person talking, the delayed attribution
 * news copy uses after a quotation that leads. A person who tells nobody
 * (`Ortiz told the story again.`) or is told something (`Ortiz was told
 * …`) does not credit the words.
 */
function speakerTellsAfter(segment: QuoteSegment, paragraph: ParagraphInfo, analysis: Analysis, names: ReadonlySet<string>): boolean {
  const clause = clauseAfterClosingQuotation(segment, paragraph, analysis, names)
  if (!clause) return false
  const words = clause.filter((token) => token.word)
  let at = 0
  if (words[0] && cues.personPronouns.has(words[0].form)) at = 1
  else {
    while (words[at] && isNameLike(words[at]!)) at++
    if (at === 0 || !names.has(stripPossessive(words[at - 1]!.text))) return false
  }
  for (let verb = at; verb < words.length && verb <= at + tellingReach; verb++) {
    const word = words[verb]!
    if (clauseBreaks.has(word.form) || cues.beForms.has(word.form)) return false
    if (!cues.leadInTellingVerbs.has(word.form)) continue
    if (!tellsForSubject(clause, words, at, verb)) return false
    const listener = words[verb + 1]
    return listener !== undefined && (isNameLike(listener) || cues.leadInListeners.has(listener.form) || isRoleAt(words, verb + 1, true) || ((listener.form === 'the' || listener.form === 'a') && words[verb + 2] !== undefined && isRoleAt(words, verb + 2, true)))
  }
  return false
}

/**
 * Whether `told` at `verb` in `words` (the word tokens of `clause`) is the
 * verb of the subject ending before `at`: straight after it or after
 * words that stand between a subject and its verb (`Ortiz later told`,
 * `he had told`), after `and` joining it to the subject's earlier verb
 * (`leaned back in his chair and told`), or after a comma closing an
 * aside (`Kessler, the conductor, told`). After any other word `told` has
 * a subject of its own (`Kessler said the mayor told him …`, `Kessler's
 * wife told …`, `Kessler knew Ortiz had told …`).
 */
function tellsForSubject(clause: ReadonlyArray<Token>, words: ReadonlyArray<Token>, at: number, verb: number): boolean {
  let before = verb - 1
  while (before >= at && (cues.betweenSubjectAndVerb.has(words[before]!.form) || /^[a-z]+ly$/.test(words[before]!.form))) before--
  if (before < at || words[before]!.form === 'and') return true
  const previous = clause[clause.indexOf(words[before + 1]!) - 1]
  return previous !== undefined && !previous.word && previous.text === ','
}

/** How many paragraphs back a speaker a line calls by name may have spoken (`addressesRecentSpeaker`). */
const replyLookback = 3

/**
 * Whether a line that opens its paragraph calls by name or title a person
 * who spoke, with a tag naming them, in one of the `replyLookback`
 * paragraphs before (`“…,” Jack said.` ¶ `Another pause.` ¶ `“Then it is
 * settled. But you should know, Jack, …”`; `“…,” Gross went on.` ¶ … ¶
 * `“Mr. Gross, your report says …”`): the line answers that person, so its
 * speaker is the one facing them, even when the narration between leaves
 * no one in view. A name met only in narration is not enough (a line moved
 * away from its tag calls the people of the story as often); the person
 * called must have just spoken.
 */
function addressesRecentSpeaker(segment: QuoteSegment, paragraph: ParagraphInfo, analysis: Analysis): boolean {
  const speakers = new Set<string>()
  for (let back = 1; back <= replyLookback; back++) {
    const before = analysis.paragraphs[paragraph.index - back]
    if (!before || before.heading) break
    for (const sentence of before.sentences) {
      if (!sentence.visible.some(standsForQuote) || !sentenceHasCue(sentence)) continue
      for (const token of sentence.visible) if (isNameLike(token)) speakers.add(stripPossessive(token.text))
    }
  }
  if (speakers.size === 0) return false
  const inner = analysis.text.slice(segment.start + 1, segment.closed ? segment.end - 1 : segment.end)
  for (const pattern of [openingAddress, closingAddress]) {
    for (const match of inner.matchAll(pattern)) {
      const parts = match[1]!.split(/\s+/)
      const called = stripPossessive(parts[parts.length - 1]!)
      if (!cues.notNames.has(called.toLowerCase()) && speakers.has(called)) return true
    }
  }
  return false
}

/**
 * Whether a person is in view for a line that opens its paragraph: the
 * paragraph before ends in a sentence of narration with `he`, `she`,
 * `his` or `her` in it, or with a person of the draft other than the
 * writer as its subject, however long it runs and whatever verb it has (`Her
 * hands shook so badly that she dropped the tickets twice before she
 * could say a word.`). A role or a name merely mentioned is not enough
 * (`The pier was crowded by the captain's cabin.`), and neither is the writer
 * recalling (`I recall that the ferry was late that year.`): a line moved
 * after a paragraph about something else has lost its speaker, whomever
 * it addresses.
 */
function personInView(paragraph: ParagraphInfo, analysis: Analysis, names: ReadonlySet<string>): boolean {
  const previous = analysis.paragraphs[paragraph.index - 1]
  if (!previous || previous.heading) return false
  const last = previous.sentences[previous.sentences.length - 1]
  if (!last) return false
  // Only the narration after the sentence's last quotation (`“Fine” She looked away.`).
  let from = 0
  for (const [at, token] of last.visible.entries()) if (standsForQuote(token)) from = at + 1
  const narration = last.visible.slice(from)
  if (narration.some((token) => token.word && cues.chainPronouns.has(token.form))) return true
  const main = mainClause(narration, names, analysis)
  return (!narratorIsSubject(main) && subjectIsPerson(main, names, personNames(analysis))) || presentsPerson(main)
}

/** Words that present someone in a sentence's opening (`This was the driver …`). */
const presenters = new Set(['this', 'that', 'here'])

/**
 * Whether a sentence opens by presenting a person: `This`, `That` or
 * `Here`, then `is` or `was`, then a noun phrase of at most four words
 * headed by a role (`This was the big man with the shaggy eyebrows.`,
 * `Here was a tired old sailor …`): the person a scene's narration has
 * just turned to, in view for a line addressed to them. A thing presented
 * (`This was the end of the road.`, `This was the old doctor's car.`) is no one.
 */
function presentsPerson(visible: ReadonlyArray<Token>): boolean {
  const words = visible.filter((token) => token.word)
  if (words.length < 3 || !presenters.has(words[0]!.form) || (words[1]!.form !== 'was' && words[1]!.form !== 'is')) return false
  if (!personDeterminers.has(words[2]!.form)) return false
  for (let at = 3; at < Math.min(words.length, 7); at++) {
    // `This was the old doctor's car.`: a possessive is no head of the phrase, the noun after it is.
    if (stripPossessive(words[at]!.text) !== words[at]!.text) continue
    if (isRoleAt(words, at, false)) return true
    if (!/^\p{Ll}/u.test(words[at]!.text)) return false
  }
  return false
}

/**
 * The writer as one of the people a scene's narration acts on (`serenaded
 * us`, `looked at me`): a first-person object. The writer's `we` or `our`
 * as a subject or a possessive is as often an editorial's voice.
 */
const writerObjects = new Set(['me', 'us'])

/**
 * Words that make the `-ing` form of a verb of saying after them the noise
 * of many voices: `much exclaiming`, `loud chattering`. Not `some` or
 * `the` (`There was some grumbling among members.`): a few voices, where
 * news copy owes the reader the one who spoke.
 */
const gerundQuantifiers = new Set(['much', 'loud'])

/**
 * Whether a sentence hears the voices of a scene: the `-ing` form of a
 * verb of saying as a noun (`There was much embracing, much exclaiming.`,
 * `Loud chattering broke out.`), so the lines after it in its paragraph are
 * theirs (`“Cousin Ada!” “And how is she?” “About the same, John.”`), as
 * after a voice named after a quotation (`“…” A voice called …`). A verb
 * after a subject (`she was exclaiming`) is no noun, `no shouting` hears
 * nothing, and `not much` or `without much` exclaiming next to nothing.
 */
function voicesHeard(visible: ReadonlyArray<Token>): boolean {
  return visible.some((token, at) => {
    const quantifier = visible[at - 1]
    const negation = visible[at - 2]
    if (!token.word || !speechGerunds.has(token.form) || !quantifier?.word || !gerundQuantifiers.has(quantifier.form)) return false
    return !(negation?.word && (negation.form === 'not' || negation.form === 'without' || /n't$/.test(negation.form)))
  })
}

/** The longest sentence of narration, in words, that sets up the quotation opening the next paragraph (tuned on the development texts). */
const setUpWords = 20

/**
 * Whether the tokens of a sentence from `from` up to `to` name a person
 * (`mentionsPerson`, with the draft's standing names and bodies): the part
 * of a sentence that can set one up when the rest of it cannot.
 */
function personBetween(sentence: SentenceInfo, from: number, to: number, analysis: Analysis): boolean {
  const part = {...sentence, visible: sentence.visible.slice(from, to)}
  return mentionsPerson(part, standingNames(analysis), analysis, bodyNames(analysis))
}

/**
 * Whether the clause of a sentence whose subject's name starts at `name`
 * and whose verb is at `verb` (`clauseSubjects`) opens with a person: its
 * first word is read as a sentence's first word is (`mentionsPerson`), a
 * person only with more to go on (`Ana Ruiz runs`, a name the draft gives a
 * person or the name lists vouch for before its verb, `Ruiz runs`), since
 * after `;` or `, and` a lone name is as often a place (`; Felixstowe is
 * also closed`) and the draft's standing names hold that very use of it.
 */
function clauseOpensWithPerson(sentence: SentenceInfo, name: number, verb: number, analysis: Analysis): boolean {
  const visible = sentence.visible
  const part = {...sentence, visible: [{...visible[name]!, sentenceInitial: true}, ...visible.slice(name + 1, verb + 1)]}
  return mentionsPerson(part, personNames(analysis), analysis, bodyNames(analysis))
}

/**
 * A speaker set up in the sentence before the quotation: in its paragraph,
 * a sentence naming a person or a role, or with a personal pronoun for the
 * most recent one (`Ortiz looked at the ruins. “We will rebuild.”`).
 */
function setUpBefore(
  segment: QuoteSegment,
  paragraph: ParagraphInfo,
  analysis: Analysis,
  names: ReadonlySet<string>,
  voiced: ReadonlySet<number>
): string | undefined {
  const paragraphs = analysis.paragraphs
  const index = sentenceIndexAt(paragraph, segment.start)
  if (index > 0) {
    const before = paragraph.sentences[index - 1]!
    // A sentence whose subject is an organisation (`Northwind Freight expects
    // delays at Rotterdam and Felixstowe.`) sets up no speaker: the names in
    // it are places, dates and things the body acts on, and a body speaks in
    // quotation marks through a person the copy names.
    // `Residents say they keep their windows shut. “…”`: a group's words in
    // paraphrase, whose `they` is the group, set up no one who spoke them; a
    // person named after the group's verb still does (`Residents say the
    // smell is worse, and Ana Ruiz agrees. “…”`).
    const groupVerb = groupVerbAt(before)
    if (groupVerb >= 0) return personBetween(before, groupVerb + 1, before.visible.length, analysis) ? 'set-up: person in sentence before' : undefined
    const organisation = organisationSubject(mainClause(before.visible, names, analysis), analysis)
    // A person who opens a clause of their own in the body's sentence still
    // sets one up (`Northwind Freight expects delays until March, and Ana
    // Ruiz runs its Rotterdam depot. “…”`); one the body acts on
    // (`Northwind Freight has hired Ana Ruiz to run its Rotterdam depot.`)
    // does not, nor does a place opening such a clause (`; Felixstowe is
    // also closed.`: `clauseOpensWithPerson`).
    if (organisation && clauseSubjects(before.visible, analysis).some(([name, verb]) => clauseOpensWithPerson(before, name, verb, analysis))) {
      return 'set-up: person in sentence before'
    }
    const noPeopleThey = organisation || thingsThey(paragraph, index - 1, names)
    // A capitalised word opening that sentence is a name only when the draft
    // uses it as one alone (`standingNames`): `New ideas came …` names no one
    // though the draft speaks of `New York`.
    if (!organisation && mentionsPerson(before, standingNames(analysis), analysis, bodyNames(analysis))) return 'set-up: person in sentence before'
    if (narratorIsSubject(before.visible)) return 'set-up: narrator in sentence before'
    // `The marine shut his eyes. “…”`, `Her chin sharpened. “…”`: a pronoun for the person in view.
    if (before.visible.some((token) => setsUpPerson(token, noPeopleThey))) return 'set-up: pronoun in sentence before'
    // `Outside, a thousand crickets serenaded us. “…”`: the writer is in the scene, so the line is theirs or that of the one facing them.
    if (before.visible.some((token) => token.word && writerObjects.has(token.form))) return 'set-up: writer in sentence before'
    return voicesHeard(before.visible) ? 'set-up: voices heard in sentence before' : undefined
  }
  // A new paragraph's quotation after a sentence of narration of at most
  // `setUpWords` words that names a person of the draft or has `he`, `his`,
  // `she`, `her` for one (`He shook his head.`, `The crowd turned to Ortiz.`):
  // the next line of a scene. Narration that reports speech (`Peskov added
  // that …`) sets up no quotation of its own. The paragraph before may hold
  // quotations of its own when its last sentence is narration, not quoted
  // words (`“Light it!” Ulyate said. He threw green stuff on the fire.`):
  // the person it names is the one in view.
  const previous = paragraphs[paragraph.index - 1]
  if (!opensParagraph(segment, paragraph) || !previous || previous.heading) return undefined
  const last = previous.sentences[previous.sentences.length - 1]
  if (!last) return undefined
  // The interviewer's turn: in a draft whose writer interviews, a paragraph
  // of narration (no quotation of speech) ending in a sentence in which the
  // writer says something (`I suggested that …, but Beckett did not take to
  // the word.`, `I said so.`), or in which the writer asks a question
  // anywhere (`How, I asked, could chaos be admitted to chaos? …`), hands
  // the quotation opening the next paragraph to the person interviewed, the
  // answer. A writer saying something earlier in the paragraph is not
  // enough: first-person narration says things as it goes.
  if (!previous.quotes.some((quote) => quote.quotation.use === 'speech') && writerInterviews(analysis) && (firstPersonSaying(last) || previous.sentences.some(firstPersonAsking))) {
    return "set-up: interviewer's turn"
  }
  if (last.visible.some(standsForQuote)) return undefined
  // Interviewer and interviewee: in a draft whose writer asks questions
  // (`I asked …`), a question in narration hands the next quotation to the
  // person interviewed (`I asked what he thinks of it.`, `But do the plays
  // deal with distress?` then `“Yes, …”`).
  if (asksQuestion(last) && writerInterviews(analysis)) return 'set-up: question of an interview'
  const people = personNames(analysis)
  // The main clause, after a leading clause (`As the minutes passed, Brenner reentered the hotel.`).
  const main = mainClause(last.visible, names, analysis)
  const subjectAt = main.findIndex((token) => token.word)
  const subject = main[subjectAt]
  const organisation = organisationSubject(main, analysis)
  // `Vale lost two of their first three matches.`: a team, whose `their` is no person's either.
  const group = pluralSubject(main, subjectAt, analysis) || pluralVerbSubject(main, subjectAt, analysis)
  const noPeopleThey = organisation || group || thingsThey(previous, previous.sentences.length - 1, names)
  const person =
    subject !== undefined &&
    isNameLike(subject) &&
    !modifiesGroup(main, subjectAt) &&
    organisationRun(main, subjectAt, analysis) < 0 &&
    !group &&
    (names.has(stripPossessive(subject.text)) || listedNameActs(main, subjectAt, analysis) || titledName(main, subjectAt, names) || asideBeforeVerb(main, subjectAt))
      ? 'name'
      : narratorIsSubject(main)
        ? 'narrator'
        : last.visible.some((token) => setsUpPerson(token, noPeopleThey))
          ? 'pronoun'
          : countsPeople(main)
            ? 'counted'
            : !organisation && namesKnownPerson(last.visible, people, analysis)
              ? 'person named'
              : undefined
  // A lead-in: a person or a speaking body with a verb of saying or of
  // describing whose object is the words to come, not words reported
  // (`The harbour police described it in plain terms.`, `She told them
  // what she had seen.`), introduces the quotation opening the next
  // paragraph, as a colon would.
  if (last.visible.filter((token) => token.word).length <= setUpWords && leadsIn(last.visible)) return 'set-up: lead-in announcing the words'
  // News copy's paraphrase, then the words: a person introduced in full
  // (`Spokeswoman Ana Ruiz said the depot would close early.`, `Ana Ruiz,
  // 54, a nurse, said …`) reports what they said, and the quotation opening
  // the next paragraph goes on in their own words.
  if (introducedSourceReports(main, analysis) && !speaksOfSubject(segment, paragraph, last, analysis.text)) return introducedSourceCue
  // The same under a name the story gave earlier (`Ms Osei said the
  // authority had looked at every other saving.`, `Hollis said he would
  // pick them again.`): in a paragraph of paraphrase alone, with no
  // quotation of its own, whose words the next paragraph goes on with.
  const source = knownSourceReports(previous, main, analysis) ?? knownSourceAfterPhrase(previous, last.visible, analysis)
  if (source && !namesSource(segment, paragraph, source, analysis.text)) return knownSourceCue
  // And under a full name on first mention (`Rhian Price said the survey
  // had counted fewer than 4,000 tonnes …`), the sentence ending a
  // paragraph of paraphrase alone.
  const named = fullNameReports(previous, last, main, analysis)
  if (named && !namesSource(segment, paragraph, named, analysis.text) && !speaksOfSubject(segment, paragraph, last, analysis.text)) return 'set-up: paraphrase by a source named in full'
  if (!person) return announcesSpeaker(last.visible) ? 'set-up: speaker about to speak' : undefined
  // The scene model: how long the set-up may run depends on who is in view,
  // not on a word count alone. A sentence whose subject is a person (`Pa was
  // on his side, looking at me, …`, `The doctor's mind was working …; he
  // rose …`) keeps that person in view however long it runs, and so does
  // narration inside a scene, where a quotation with a known speaker stands
  // in one of the three paragraphs before: its people are still in view and
  // the lines alternate among them. Elsewhere a long sentence that merely
  // names someone sets up no line.
  const inScene = [1, 2, 3].some((back) => voiced.has(paragraph.index - back))
  const long = last.visible.filter((token) => token.word).length > setUpWords
  const personSubject = person === 'counted' || subjectIsPerson(main, names, people)
  if (!inScene && !personSubject && long) return undefined
  if (speaksOfSubject(segment, paragraph, last, analysis.text)) return undefined
  if (reportsSpeech(last.visible)) return undefined
  if (!long) return setUpCues[person].short
  return personSubject ? setUpCues[person].subject : setUpCues[person].scene
}

/**
 * Whether a sentence uses a name the draft gives a person (`personNames`)
 * as a person: not after `the` or a preposition of place, where the name
 * is a place or a body (`return to the United States` in a draft that
 * quotes `United States Senator Lee`), unless it is possessive (`in
 * Quint's stomach`).
 */
function namesKnownPerson(visible: ReadonlyArray<Token>, people: ReadonlySet<string>, analysis: Analysis): boolean {
  for (let at = 0; at < visible.length; at++) {
    const token = visible[at]!
    if (!isNameLike(token)) continue
    // `Northwind Freight expects …` in a draft where `Northwind said …`: the company, not a person.
    const body = organisationRun(visible, at, analysis)
    if (body >= 0) {
      at = body
      continue
    }
    const previous = visible[at - 1]
    // `in Quint's stomach`: a possessive is a person's, whatever comes before it.
    const possessive = stripPossessive(token.text) !== token.text
    if (!possessive && previous?.word && (cues.placePrepositions.has(previous.form) || previous.form === 'the')) {
      at = nameRunEnd(visible, at)
      continue
    }
    if (people.has(stripPossessive(token.text))) return true
  }
  return false
}

/**
 * Whether a sentence leads into the quotation after it: its subject, a
 * name, a pronoun, a role or a speaking body straight before the verb (an
 * adverb between at most), describes something (`The harbour police
 * described it in plain terms.`) or tells someone what or how
 * (`She told them what she had seen.`), naming the words to come, not
 * reporting them. Reported speech (`Brenner complained that the road was
 * closed.`, `He said the decision was easy.`) and an act (`The governor
 * declared a state of emergency.`) lead into nothing, and after a modal
 * (`before she could say a word`) the verb is no lead-in's.
 */
function leadsIn(visible: ReadonlyArray<Token>): boolean {
  for (let at = 1; at + 1 < visible.length; at++) {
    const verb = visible[at]!
    if (!verb.word || !(cues.leadInDescribingVerbs.has(verb.form) || cues.leadInTellingVerbs.has(verb.form))) continue
    let subject = at - 1
    while (subject > 0 && visible[subject]!.word && /^[a-z]+ly$/.test(visible[subject]!.form)) subject--
    const before = visible[subject]!
    const speaker =
      before.word && ((cues.speakerPronouns.has(before.form) && before.form !== 'it') || isNameLike(before) || isRoleAt(visible, subject, true))
    if (!speaker) continue
    const next = visible[at + 1]!
    const after = visible[at + 2]
    if (!next.word) continue
    if (cues.leadInDescribingVerbs.has(verb.form) ? cues.describedObjects.has(next.form) : cues.leadInListeners.has(next.form) && after?.word && (after.form === 'what' || after.form === 'how')) return true
  }
  return false
}

/** Verbs of speaking after `to` that announce a speech to come: `rose to speak`, `turned to reply`. */
const aboutToSpeak = new Set(['speak', 'talk', 'reply', 'answer', 'respond'])

/**
 * Whether a sentence says a named person or a role is about to speak
 * (`When Alexander Brandel rose to speak, the hall fell silent.`, `The
 * chairman stood up to reply.`): the quotation after it is their speech.
 * The name or role stands at most three words before `to`.
 */
function announcesSpeaker(visible: ReadonlyArray<Token>): boolean {
  for (let at = 1; at + 1 < visible.length; at++) {
    const verb = visible[at + 1]!
    if (visible[at]!.form !== 'to' || !verb.word || !aboutToSpeak.has(verb.form)) continue
    for (let back = at - 1; back >= 0 && back >= at - 3; back--) {
      const token = visible[back]!
      if (!token.word) break
      if ((isNameLike(token) && !token.sentenceInitial) || isRoleNoun(token.form, false)) return true
    }
  }
  return false
}

/** `setUpBefore`'s cues, by what names the person and what lets the set-up run long. */
const setUpCues = {
  name: {short: 'set-up: name in paragraph before', subject: 'set-up: long, name as subject', scene: 'scene: long set-up opening with a name'},
  narrator: {short: 'set-up: narrator in paragraph before', subject: 'set-up: long, narrator as subject', scene: 'scene: long set-up, narrator'},
  pronoun: {short: 'set-up: pronoun in paragraph before', subject: 'set-up: long, pronoun as subject', scene: 'scene: long set-up with a pronoun'},
  'person named': {short: 'set-up: person named in paragraph before', subject: 'set-up: long, person as subject', scene: 'scene: long set-up naming a person'},
  counted: {short: 'set-up: people counted in paragraph before', subject: 'set-up: long, people counted as subject', scene: 'scene: long set-up counting people'}
} as const

/** Number words that, after `the`, can stand for the people of a scene (`The two met …`); `both` stands alone. */
const peopleCounts = new Set(['two', 'three', 'four', 'five', 'six'])

/**
 * Whether a main clause's subject is a number standing for the people in
 * view, as `they` does (`The two met in the Captain's cabin.`, `The three
 * of them waited.`): `the` and a number as the head of the subject, before
 * its verb or `of them`, `of us`. A noun after the number is left out: it
 * counts things (`The two cars collided.`) or people the narration
 * describes, not the ones who speak next (`The two drivers moved
 * closer.`), and so is a closed-class word (`The two of the …`); a verb
 * (any other lower-case word that does not end in `-s`) makes the number
 * the people, unless such a noun follows it, which makes it a modifier
 * (`The two old cars collided.`, `The two injured drivers were carried
 * off.`). `Both` is left out too (`Both fell heavily to the ground.`
 * is as often a pair just described): with either, orphans of the
 * development texts went unreported.
 */
function countsPeople(main: ReadonlyArray<Token>): boolean {
  const words = main.filter((token) => token.word)
  if (words[0]?.form !== 'the' || !peopleCounts.has(words[1]?.form ?? '')) return false
  const next = words[2]
  if (!next || !/^\p{Ll}/u.test(next.text)) return false
  if (next.form === 'of') return words[3]?.form === 'them' || words[3]?.form === 'us'
  const countedNoun = (word: Token | undefined) =>
    word !== undefined && /^\p{Ll}/u.test(word.text) && !closedClassWords.has(word.form) && (word.form.endsWith('s') || isRoleNoun(word.form) || cues.pluralRoles.has(word.form))
  if (countedNoun(words[3])) return false
  return startsPredicate(next) || (!countedNoun(next) && !closedClassWords.has(next.form) && !peopleCounts.has(next.form))
}

/**
 * Whether a quotation's paragraph speaks of the set-up sentence's subject
 * by name, not to them (`Blue Throat rode out of town.` then `“That
 * critter will be back. Blue Throat won't stand for this.”`): the person
 * in view is talked about, so the line is someone else's and needs its
 * own speaker. A name between commas is an address
 * (`“Listen, Mike, …”`), which fits a scene.
 */
function speaksOfSubject(segment: QuoteSegment, paragraph: ParagraphInfo, sentence: SentenceInfo, text: string): boolean {
  const subject = sentence.visible.find((token) => token.word)
  if (!subject || !isNameLike(subject)) return false
  return namedFrom(segment, paragraph, stripPossessive(subject.text), text, true)
}

/**
 * The sentence after the quotation names its speaker with `So` or `Thus`
 * and a verb of saying before the subject (`“…” So wrote a student in a
 * letter home.`, `“…” ¶ Thus said the mayor on Monday.`): a lede that puts
 * the words first and the speaker after them, in the same paragraph or
 * opening the next.
 */
function soSaidFollows(segment: QuoteSegment, text: string): boolean {
  const after = /^[^\p{L}\p{N}]*?(?:\n\s*\n\s*)?(So|Thus)\s+(\p{Ll}+)\s+\S/u.exec(text.slice(segment.end, segment.end + 60))
  if (!after || /\n\s*\n[\s\S]*\n\s*\n/.test(after[0])) return false
  const verb = after[2]!
  return isSpeechVerb(verb)
}

/** Forms of `ask` and `wonder` with which a writer puts a question. */
const askingVerbs = new Set(['ask', 'asked', 'asking', 'wondered'])

/** Whether a sentence of narration asks: it ends in a question mark, or the writer asks in it (`I asked …`). */
function asksQuestion(sentence: SentenceInfo): boolean {
  const marks = sentence.visible.filter((token) => !token.word)
  if (marks.length > 0 && marks[marks.length - 1]!.text.startsWith('?')) return true
  return firstPersonAsking(sentence)
}

/** `I asked`, `I could not resist asking`: the writer as interviewer, within a few words of `I`. */
function firstPersonAsking(sentence: SentenceInfo): boolean {
  const visible = sentence.visible
  return visible.some(
    (token, at) => token.word && askingVerbs.has(token.form) && visible.slice(Math.max(0, at - 5), at).some((before) => before.word && before.text === 'I')
  )
}

/** `I suggested that …`, `How, I asked, could …`, `I said`: the writer says or asks something, a verb of saying within three words after `I`. */
function firstPersonSaying(sentence: SentenceInfo): boolean {
  const visible = sentence.visible
  return visible.some(
    (token, at) =>
      token.word &&
      isSpeechVerb(token.form) &&
      visible.slice(Math.max(0, at - 3), at).some((before) => before.word && before.text === 'I')
  )
}

/** Forms of `quote` with which a writer announces quoted texts (`we quote from 32 engineers`). */
const quotingVerbs = new Set(['quote', 'quoted', 'quoting'])

/** Nouns for what people answered or wrote in, which a writer announces as following (`The replies follow.`). */
const answerNouns = new Set(['answers', 'replies', 'responses', 'comments', 'opinions', 'letters', 'excerpts'])

/** Words that say the announced texts come after the sentence (`the replies below`, `in the paragraphs that follow`). */
const followingWords = new Set(['follow', 'follows', 'following', 'below'])

/**
 * Whether a sentence of narration announces quoted texts to come: the
 * writer (`we`, `I`) quotes (`In the pages that follow, we quote from 32
 * engineers.`), or answers, replies, responses, comments, opinions or
 * letters are said to follow (`Their replies follow.`, `the comments
 * below`).
 */
function announcesQuotedTexts(sentence: SentenceInfo): boolean {
  const visible = sentence.visible
  return visible.some((token, at) => {
    if (!token.word) return false
    if (quotingVerbs.has(token.form)) return visible.slice(Math.max(0, at - 3), at).some((before) => before.form === 'we' || before.text === 'I')
    return answerNouns.has(token.form) && visible.some((other) => other.word && followingWords.has(other.form))
  })
}

/** The first paragraph whose narration announces quoted texts to come (`announcesQuotedTexts`), or the paragraph count when none does. */
const quotedTextsFrom = oncePerAnalysis((analysis): number => {
  const found = analysis.paragraphs.find((paragraph) => paragraph.sentences.some(announcesQuotedTexts))
  return found ? found.index : analysis.paragraphs.length
})

/** Most words a subhead has (`isSubhead`). */
const subheadWords = 8

/**
 * A subhead set between paragraphs: a short line with no quotation and no
 * stop, colon or other closing punctuation (`Another approach`, `Top job:
 * research scientist`).
 */
function isSubhead(paragraph: ParagraphInfo): boolean {
  if (paragraph.quotes.length > 0) return false
  const trimmed = paragraph.text.trim()
  if (!/^\p{Lu}/u.test(trimmed) || /[.?!:;,…]$/u.test(trimmed)) return false
  // Pieces between words, one more than the words.
  return trimmed.split(wordPattern).length - 1 <= subheadWords
}

/**
 * Answers, letters or comments the writer announced before quoting them
 * (`In the paragraphs that follow, we quote from 32 engineers.`): a later
 * quotation set under a subhead (`Another approach` ¶ `“We have tried
 * …”`), or after a colon earlier in its sentence (`Two more examples:
 * “…”`), is one of the texts announced, whose writers the announcement
 * names as a group. The announcement must come before the quotation; a
 * quotation neither under a subhead nor after a colon still needs its
 * speaker.
 */
function announcedText(segment: QuoteSegment, paragraph: ParagraphInfo, analysis: Analysis): boolean {
  if (paragraph.index <= quotedTextsFrom(analysis)) return false
  // After the announcement, so never the draft's first paragraph: one stands before it.
  if (opensParagraph(segment, paragraph)) return isSubhead(analysis.paragraphs[paragraph.index - 1]!)
  const sentence = sentenceAt(paragraph, segment.start)
  return sentence !== undefined && analysis.text.slice(sentence.start, segment.start).includes(':')
}

/** Whether the writer interviews someone somewhere in the draft (`I asked …`). */
const writerInterviews = oncePerAnalysis((analysis): boolean => analysis.paragraphs.some((paragraph) => readingOf(analysis, paragraph).interviews))

/** Words that may open a sentence before its subject: `Then I …`, `But I …`. */
const sentenceOpeners = new Set(['and', 'but', 'then', 'so', 'now', 'still', 'yet'])

/**
 * Whether a sentence of narration has the writer as its subject (`I drew
 * back.`, `Then I looked at the clock.`): a first-person narrator, a
 * person in the scene, in view for the line that follows as any person
 * named there is (the line is the narrator's or the reply of the one
 * facing them).
 */
function narratorIsSubject(visible: ReadonlyArray<Token>): boolean {
  const words = visible.filter((token) => token.word)
  const first = words[0]
  if (first === undefined) return false
  if (first.text === 'I') return true
  return sentenceOpeners.has(first.form) && words[1]?.text === 'I'
}

/**
 * A participle opening its sentence before a comma, a leading phrase of
 * news copy (`Asked what comes next, Ruiz did not hesitate.`, `Reached by
 * phone, Ortiz declined to comment.`, `Speaking to reporters, …`): a verb
 * form in `-ed` or `-ing` followed within eight words by a comma, with no
 * subject of its own.
 */
function leadingParticiple(visible: ReadonlyArray<Token>, at: number, analysis?: Analysis): boolean {
  const token = visible[at]!
  if (!/^\p{Lu}\p{Ll}{2,}(?:ed|ing)$/u.test(token.text)) return false
  // `Ahmed Abu Zeid, who drives …, said …`: a given name, or a word that is no word in lower case, before another capitalised word opens a name.
  const next = visible[at + 1]
  if (analysis && next?.word && isNameLike(next) && givenOrProperName(token, analysis)) return false
  for (let next = at + 1; next < visible.length && next <= at + 9; next++) {
    if (!visible[next]!.word) return visible[next]!.text === ','
  }
  return false
}

/** Words that open a leading clause before a sentence's subject: `When the meeting ended, Ortiz turned …`. */
const leadingClauseOpeners = new Set(['after', 'as', 'before', 'once', 'since', 'until', 'when', 'whenever', 'while'])

/**
 * A sentence's tokens from its main clause on: after the first comma when
 * a leading clause of time or a participle opens it (`As the minutes
 * passed and Curt hadn't come, Brenner reentered the hotel.`: `Brenner
 * reentered …`; `Asked what comes next, Ruiz …`), so its subject is the
 * person acting; otherwise all of them. A name the draft uses (`names`)
 * is no participle, whatever it ends in: `Manning, tired and angry,
 * walked out.` is Manning's act; with `analysis`, nor is a given name of
 * the name lists or a word that is no word in lower case before another
 * capitalised word (`givenOrProperName`: `Ahmed Abu Zeid, who drives a
 * minibus, said …`), a name used once.
 */
function mainClause(visible: ReadonlyArray<Token>, names: ReadonlySet<string>, analysis?: Analysis): ReadonlyArray<Token> {
  const first = visible.findIndex((token) => token.word)
  // A sentence with no word at all has no leading clause either, and no comma to cut at.
  if (first === -1) return visible
  const opener = visible[first]!
  const participle = leadingParticiple(visible, first, analysis) && !names.has(opener.text)
  if (!leadingClauseOpeners.has(opener.form) && !participle) return visible
  const comma = visible.findIndex((token) => !token.word && token.text === ',')
  return comma === -1 ? visible : visible.slice(comma + 1)
}

/**
 * Whether the subject opening at `at` is a name after its title (`Council
 * member Dana Holt, who …, called …`, `Union lawyer Ana Ruiz said …`): a
 * run of capitalised words and role nouns, at most five, with a role in
 * it and ending in a name the draft uses. A run ending in a role (`Senate
 * aides`, `Church leaders`) names no one person, and one with no role
 * (`Spencer Road`) is a place as often.
 */
function titledName(visible: ReadonlyArray<Token>, at: number, names: ReadonlySet<string>): boolean {
  let end = at
  while (end + 1 < visible.length && end + 1 < at + 5) {
    const next = visible[end + 1]!
    if (!next.word || !(isNameLike(next) || isRoleNoun(next.form, false))) break
    end++
  }
  const last = visible[end]!
  // A title has a role in it (`member`, `lawyer`, `Chief`): `Spencer Road` is a place.
  let titled = false
  for (let index = at; index < end; index++) if (isRoleNoun(visible[index]!.form, false)) titled = true
  return titled && isNameLike(last) && !isAllCaps(last.text) && names.has(stripPossessive(last.text))
}

/** The most words in one aside between a name and its verb (`who has run a guesthouse on the road for 20 years`). */
const asideWords = 15

/** Words that open a relative clause about a person: `Ana Ruiz, who farms nearby, …`. */
const personRelatives = new Set(['who', 'whose'])

/** Articles that open an apposition naming what a person is: `Ana Ruiz, a nurse, …`. */
const appositionArticles = new Set(['a', 'an', 'the'])

/**
 * Where the verb after the asides opening at the comma `comma` stands, or
 * -1: one or two asides between commas, each of at most `asideWords`
 * words, the first a relative clause about a person (`, who farms
 * nearby,`), an age (`, 54,`), an apposition with a role in its first
 * four words (`, a nurse,`, `, the union's regional organiser,`) or one
 * whose noun, any noun, a relative clause about a person follows within
 * its first four words (`, a packer who has worked at the site for seven
 * years,`), then a lower-case word. A relative clause about the person
 * inside an aside (`, a lawyer with the Willamette Legal Aid Project who
 * argued the case for four men cited under the ordinance,`) counts its
 * words apart, so an apposition and the clause on it may each run to
 * `asideWords`.
 */
function verbAfterAsides(main: ReadonlyArray<Token>, comma: number): number {
  let at = comma
  for (let asides = 0; asides < 2 && main[at]?.text === ','; asides++) {
    const first = main[at + 1]
    if (!first?.word) return -1
    if (asides === 0) {
      const person =
        personRelatives.has(first.form) ||
        /^\d{1,3}$/.test(first.text) ||
        (appositionArticles.has(first.form) &&
          [2, 3, 4].some((ahead) => main[at + ahead]?.word === true && (isRoleAt(main, at + ahead, false) || (ahead > 2 && personRelatives.has(main[at + ahead]!.form)))))
      if (!person) return -1
    }
    let end = at + 1
    let words = 0
    while (end < main.length && main[end]!.text !== ',') {
      // `, a lawyer with the Willamette Legal Aid Project who argued the case
      // for four men …,`: a relative clause about the person inside the
      // apposition opens a part of its own, each part at most `asideWords`.
      if (main[end]!.word) words = end > at + 1 && personRelatives.has(main[end]!.form) ? 1 : words + 1
      if (words > asideWords) return -1
      end++
    }
    if (end >= main.length) return -1
    at = end
    const next = main[at + 1]
    if (next?.word && /^\p{Ll}/u.test(next.text) && !personRelatives.has(next.form) && !appositionArticles.has(next.form)) return at + 1
  }
  return -1
}

/**
 * Whether the name opening at `at` is a person's, told by an aside between
 * it and its verb (`Ana Ruiz, who farms nearby, walked …`, `Ana Ruiz, 54,
 * a nurse, stood …`): a name of at most three words, then
 * `verbAfterAsides`.
 */
function asideBeforeVerb(main: ReadonlyArray<Token>, at: number): boolean {
  const end = nameRunEnd(main, at)
  return end < at + 3 && main[end + 1]?.text === ',' && verbAfterAsides(main, end + 1) >= 0
}

/**
 * The first word of the source's name (`Ana` of `Spokeswoman Ana Ruiz`, for
 * the excuse to name the speaker, not the place before it), when a
 * sentence of news copy reports in paraphrase what a source introduced in
 * full said: its subject a name after a role in title case
 * (`Spokeswoman Ana Ruiz`, `Chief Executive Paul Lachance`, `Councillor
 * Niamh Geraghty`), or a name followed by an aside saying who the person
 * is (`verbAfterAsides`: `Ana Ruiz, who farms nearby,`, `Ana Ruiz, 54, a
 * nurse,`), straight before a verb of saying (`said the depot would close`,
 * `complained about the smell`), with a place before it at most (`In
 * Soweto, …`). A name alone before its verb (`Brenner said the road was
 * closed.`) is left out: a character of a story reports what was said as
 * often before someone else's reply.
 */
function introducedSourceReports(main: ReadonlyArray<Token>, analysis: Analysis): Token | undefined {
  let at = main.findIndex((token) => token.word)
  if (at < 0) return undefined
  // `In Soweto, Sipho Dlamini, …`: a place before the subject.
  if (cues.placePrepositions.has(main[at]!.form) && main[at + 1] && isNameLike(main[at + 1]!)) {
    const place = nameRunEnd(main, at + 1)
    if (main[place + 1]?.text !== ',') return undefined
    at = place + 2
  } else if (cues.placePrepositions.has(main[at]!.form)) {
    // `At the opening, …`: a short phrase of place or time after `the` before the subject.
    const phrase = main.slice(at, at + 5)
    const comma = phrase.findIndex((token) => token.text === ',')
    if (main[at + 1]?.form === 'the' && comma >= 3 && phrase.slice(2, comma).every((token) => token.word && /^\p{Ll}/u.test(token.text))) at += comma + 1
  }
  // `The driver, Darren Pike, told …`: the name set beside its role.
  const apposed = nameBesideRole(main, at)
  if (apposed >= 0) {
    const name = main[apposed]!
    if (organisationRun(main, apposed, analysis) >= 0 || bodyNames(analysis).has(stripPossessive(name.text))) return undefined
    // `The developer, Persimmon, said …`: beside a role a business holds as often as a person, a name of one word is the business's.
    const end = nameRunEnd(main, apposed)
    if (end === apposed && firmRoleBefore(main, at, apposed)) return undefined
    return sayingVerbFrom(main, end + 2) >= 0 ? name : undefined
  }
  const start = at
  if (!main[start] || !isNameLike(main[start]!) || isAllCaps(main[start]!.text)) return undefined
  const roles = titleWords(main, start)
  const name = start + roles
  if (!main[name] || !isNameLike(main[name]!) || isAllCaps(main[name]!.text) || honorifics.has(main[name]!.form.replace(/\.$/, ''))) return undefined
  let end = name
  while (main[end + 1] && isNameLike(main[end + 1]!) && !isAllCaps(main[end + 1]!.text) && !isRoleNoun(main[end + 1]!.form, false) && end + 1 < name + 3) end++
  if (main[end + 1]?.word && isNameLike(main[end + 1]!)) return undefined
  if (organisationRun(main, name, analysis) >= 0 || bodyNames(analysis).has(stripPossessive(main[name]!.text))) return undefined
  const verb = main[end + 1]?.text === ',' ? verbAfterAsides(main, end + 1) : roles > 0 ? end + 1 : -1
  return verb >= 0 && sayingVerbFrom(main, verb) >= 0 ? main[name] : undefined
}

/** The most words in a title before a name (`Deputy Transport Minister`, `City Council member`). */
const titleLength = 4

/**
 * How many words of a title open the subject at `start` before the name:
 * capitalised role nouns (`Spokeswoman`, `Chief Executive`), or a run of
 * at most `titleLength` words that ends in a role noun before a
 * capitalised word, each word capitalised or a role noun in lower case
 * (`Transport Minister`, `Council member`, `City Council member`); 0 when
 * there is none (`Maria Delaney`, `Spencer Road`).
 */
function titleWords(main: ReadonlyArray<Token>, start: number): number {
  let roles = 0
  while (start + roles < main.length && main[start + roles]!.word && isNameLike(main[start + roles]!) && isRoleNoun(main[start + roles]!.form, false)) roles++
  if (roles > 0) return roles
  let title = 0
  for (let at = start; at < start + titleLength && at + 1 < main.length; at++) {
    const token = main[at]!
    if (!token.word || isAllCaps(token.text)) break
    const role = isRoleNoun(token.form, false)
    if (!isNameLike(token) && !role) break
    const next = main[at + 1]!
    if (role && next.word && isNameLike(next) && !isAllCaps(next.text) && !isRoleNoun(next.form, false)) title = at - start + 1
  }
  return title
}

/**
 * Whether every role noun of the role phrase from `at` to the name at
 * `name` is one a business holds as often as a person (`cues.firmRoles`:
 * `The ferry operator,`), so the phrase alone does not make the name a
 * person's.
 */
function firmRoleBefore(main: ReadonlyArray<Token>, at: number, name: number): boolean {
  let firm = false
  for (let index = at + 1; index < name - 1; index++) {
    if (!isRoleAt(main, index, false)) continue
    if (!cues.firmRoles.has(stripPossessive(main[index]!.form))) return false
    firm = true
  }
  return firm
}

/** Words that open a role phrase before the name set beside it: `The driver, …`, `Their captain, …`. */
const roleDeterminers = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our'])

/** The most words in a role phrase before the name set beside it (`The school's head teacher`, `A spokeswoman for the company`). */
const rolePhraseWords = 6

/** The words of a role phrase its role noun stands within (`A spokeswoman for the company`: the role second; `The school's head teacher`: fourth). */
const roleNounWithin = 4

/**
 * Where the name stands, when the subject opening at `at` is a role and
 * the name set beside it between commas, as news copy introduces a
 * source (`The driver, Darren Pike,`, `Their captain, Aravind Menon,`, `A
 * spokeswoman for the company, Daniela Restrepo,`, `The school's head
 * teacher, Park Min-jung,`), or -1: a determiner or a possessive
 * (`Northolt's captain`), a role noun within its first `roleNounWithin`
 * words, at most `rolePhraseWords` words to the comma, then a name of one
 * to three capitalised words and a comma. A phrase with no role (`The town, Wick,`,
 * `The company, Café Montero,`) names a place or a body.
 */
function nameBesideRole(main: ReadonlyArray<Token>, at: number): number {
  const opener = main[at]
  if (!opener?.word || !(roleDeterminers.has(opener.form) || stripPossessive(opener.text) !== opener.text)) return -1
  let comma = at + 1
  let role = false
  for (; comma < main.length && main[comma]!.text !== ','; comma++) {
    if (!main[comma]!.word || comma - at >= rolePhraseWords) return -1
    if (comma - at < roleNounWithin && isRoleAt(main, comma, false)) role = true
  }
  const name = main[comma + 1]
  if (!role || !name || !isNameLike(name) || isAllCaps(name.text)) return -1
  const end = nameRunEnd(main, comma + 1)
  return end <= comma + 3 && main[end + 1]?.text === ',' ? comma + 1 : -1
}

/**
 * Where the verb of saying a paraphrase's subject leads to stands, from
 * `at` past adverbs between them (`said`, `later said`, `quickly
 * complained`), or -1 (`introducedSourceReports`, `paraphraseAfter`).
 */
function sayingVerbFrom(main: ReadonlyArray<Token>, at: number): number {
  while (skippable(main[at])) at++
  const token = main[at]
  return token?.word && (strongSpeechVerbs.has(token.form) || weakSpeechVerbs.has(token.form)) ? at : -1
}

/** The cues of a paraphrase by a source, named so `excuseOf` can name the source. */
const introducedSourceCue = 'set-up: paraphrase by a source introduced in full'
const knownSourceCue = 'set-up: paraphrase by a source named earlier'

/** The fewest words after the verb of a paraphrase (`said he would pick them again`). */
const paraphraseWords = 4

/**
 * The name of the source, when the last sentence of the paragraph
 * `previous` (its main clause `main`) reports in paraphrase what a person
 * the story has already introduced said: the paragraph holds no quotation;
 * the clause opens with a surname, after an honorific without a stop at
 * most (`Ms Osei`, `Hollis`), straight before a verb of saying followed by
 * `that` or a clause of at least `paraphraseWords` words (`said the
 * authority had looked at every other saving`, not `said nothing` nor
 * `said so`) that names no other person; and the story gave that
 * surname earlier after another capitalised word (`Cllr Harriet Osei`,
 * `manager Dean Hollis`) or, after an honorific, uses it for a person.
 */
function knownSourceReports(previous: ParagraphInfo, main: ReadonlyArray<Token>, analysis: Analysis): string | undefined {
  if (previous.quotes.length > 0) return undefined
  const start = main.findIndex((token) => token.word)
  if (start < 0) return undefined
  const honorific = honorifics.has(main[start]!.form.replace(/\.$/, ''))
  // British, Irish and Australian copy writes the honorific without a stop
  // (`Ms Osei`); `Mr. Rosenberg suggested that …` is as often the beat
  // before another person's words in American copy and fiction.
  if (honorific && (main[start]!.text.endsWith('.') || main[start + 1]?.text === '.')) return undefined
  const at = honorific ? start + 1 : start
  const name = main[at]
  if (!name || !isNameLike(name) || isAllCaps(name.text) || honorifics.has(name.form.replace(/\.$/, ''))) return undefined
  const surname = stripPossessive(name.text)
  // `Police said …`, `Officials said …`: a role, not a person, unless the
  // story gives the word a person (`Liam Gorman`, whose `-man` reads as a role).
  const people = personNames(analysis)
  if (surname !== name.text || (isRoleNoun(name.form, false) && !people.has(surname))) return undefined
  if (!paraphraseAfter(main, at + 1, analysis)) return undefined
  for (const [first, next] of analysis.paragraphs.slice(0, previous.index).flatMap((paragraph) => readingOf(analysis, paragraph).pairs)) {
    if (next !== surname) continue
    const given = first.toLowerCase()
    // `Lake Hollis`, `Mount Ruiz`: a place named after the surname, not a person.
    if (!cues.notNames.has(given) && !closedClassWords.has(given) && !placeTitleWords.has(given)) return surname
  }
  return honorific && people.has(surname) ? surname : undefined
}

/** Prepositions that open a leading phrase of news copy before its source: `In an interview with …,`, `At a news conference on Tuesday,`. */
const leadingPrepositions = new Set(['at', 'during', 'in', 'on', 'outside'])

/** The most words in such a leading phrase, its preposition among them. */
const leadingPhraseWords = 12

/**
 * The source's surname, when the sentence `visible`, the last of the
 * paragraph `previous`, opens with a leading phrase of place, time or
 * occasion (`In an interview with the Portland Clarion last month,
 * Varga said …`, `At a news conference on Tuesday, Ms Osei said …`): a
 * preposition of `leadingPrepositions` and words alone, at most
 * `leadingPhraseWords` in all, up to a comma, after which a source the
 * story has already introduced reports in paraphrase, on the terms of
 * `knownSourceReports`. A leading clause or a participle is cut by
 * `mainClause` before that reading; a full name on first mention after
 * such a phrase still sets up nothing (`fullNameReports`).
 */
function knownSourceAfterPhrase(previous: ParagraphInfo, visible: ReadonlyArray<Token>, analysis: Analysis): string | undefined {
  const first = visible.findIndex((token) => token.word)
  if (first < 0 || !leadingPrepositions.has(visible[first]!.form)) return undefined
  for (let at = first + 1; at < visible.length && at <= first + leadingPhraseWords; at++) {
    if (visible[at]!.word) continue
    return visible[at]!.text === ',' && at > first + 1 ? knownSourceReports(previous, visible.slice(at + 1), analysis) : undefined
  }
  return undefined
}

/**
 * Whether the words of `main` from `at` are a verb of saying and a
 * paraphrase: the verb straight there (`said`, `told the board`), not
 * reporting nothing (`said nothing`), followed by `that` or a clause of
 * at least `paraphraseWords` words that reports speech and names no other
 * person (`Peskov added that President Putin told Assad that …` may be
 * followed by that person's words).
 */
function paraphraseAfter(main: ReadonlyArray<Token>, at: number, analysis: Analysis): boolean {
  const verb = sayingVerbFrom(main, at)
  if (verb < 0 || unsaid(main, verb)) return false
  const after = main.slice(verb + 1).filter((token) => token.word)
  if (after.length < paraphraseWords || !reportsSpeech(main.slice(verb))) return false
  const people = personNames(analysis)
  return !main.slice(verb + 1).some((token) => isNameLike(token) && (people.has(stripPossessive(token.text)) || honorifics.has(token.form.replace(/\.$/, '')) || isRoleNoun(token.form, false)))
}

/**
 * The surname of the source, when the last sentence of the paragraph
 * `previous` (`sentence`, its main clause `main`) is news copy's
 * paraphrase by a source named in full on first mention (`Rhian Price
 * said the survey had counted fewer than 4,000 tonnes …`): the paragraph
 * holds no quotation; the sentence opens (`opensWithName`) with a given
 * name of the name lists, or a capitalised word that is no word in lower
 * case (`givenOrProperName`), or one before a listed surname
 * (`beforeListedSurname`), and one more capitalised word, no role,
 * straight before a verb of saying and a paraphrase (`paraphraseAfter`).
 */
function fullNameReports(previous: ParagraphInfo, sentence: SentenceInfo, main: ReadonlyArray<Token>, analysis: Analysis): string | undefined {
  if (previous.quotes.length > 0) return undefined
  const start = main.findIndex((token) => token.word)
  const given = main[start]
  const surname = main[start + 1]
  // The sentence's own opening: no leading clause before the name, but for a participle of one word.
  if (!given || !surname || !opensWithName(sentence.visible, given, analysis)) return undefined
  if (!isNameLike(given) || isAllCaps(given.text) || honorifics.has(given.form.replace(/\.$/, ''))) return undefined
  if (!surname.word || !isNameLike(surname) || isAllCaps(surname.text) || stripPossessive(surname.text) !== surname.text || isRoleNoun(surname.form, false)) return undefined
  if (!givenOrProperName(given, analysis) && !beforeListedSurname(given, surname, analysis)) return undefined
  if (organisationRun(main, start, analysis) >= 0 || bodyNames(analysis).has(given.text)) return undefined
  return paraphraseAfter(main, start + 2, analysis) ? surname.text : undefined
}

/**
 * Whether the name `given` opens the sentence `visible`: as its first word,
 * or straight after a leading participle of one word and its comma, as a
 * court report gives each side's barrister (`Prosecuting, Abena
 * Owusu-Ansah told the court that …`, `Defending, Kofi Boateng said …`).
 * A longer leading phrase (`Speaking to reporters, …`) or a clause (`When
 * the hearing ended, …`) is left out.
 */
function opensWithName(visible: ReadonlyArray<Token>, given: Token, analysis: Analysis): boolean {
  const first = visible.findIndex((token) => token.word)
  if (visible[first] === given) return true
  return visible[first + 1]?.text === ',' && visible[first + 2] === given && leadingParticiple(visible, first, analysis)
}

/**
 * Whether the capitalised word `given` opens a full name before `surname`
 * though it is a word in lower case too (`Maria Delaney`: `maria`, plural
 * of `mare`; `Grace`, `Rose`), so the name lists, which leave such words
 * out, do not give it as a given name: the word after it is one the lists
 * give as a surname (`nameRole`) and is no word in lower case, and the
 * word itself is no word of the closed classes nor one that names a place
 * before a surname (`Lake Delaney`, `Mount Ruiz`).
 */
function beforeListedSurname(given: Token, surname: Token, analysis: Analysis): boolean {
  const lower = given.text.toLowerCase()
  if (stripPossessive(given.text) !== given.text || closedClassWords.has(lower) || placeTitleWords.has(lower)) return false
  return analysis.surname(surname.text) && !analysis.knownForm(surname.text.toLowerCase())
}

/**
 * Whether the first word of a full name on first mention is a given name:
 * one the name lists give as a given name (`Ana`, `Fiona`), or a
 * capitalised word that is no form of the word data in lower case, a
 * proper name whatever role the lists give it (`Thomas`, of either role;
 * `Callum`, which the census ranks only as a surname; `Rhian`, in no list).
 * A word that is also a common word (`Spencer`, `Downing`, `Central`) still
 * needs the lists.
 */
function givenOrProperName(given: Token, analysis: Analysis): boolean {
  // `Callum's Garage said …`: a possessive is a business's name, as the lists' names never are.
  if (stripPossessive(given.text) !== given.text) return false
  return analysis.givenName(given.text) || !analysis.knownForm(given.text.toLowerCase())
}

/**
 * Whether the quotation `segment`, or the rest of its paragraph, names the
 * source `name` (`“Ms Osei, you have cut …”`): words spoken to or about
 * the source, not by them.
 */
function namesSource(segment: QuoteSegment, paragraph: ParagraphInfo, name: string, text: string): boolean {
  return namedFrom(segment, paragraph, name, text, false)
}

/**
 * Whether the name `name` stands as a word of its own in the quotation
 * `segment` or the rest of its paragraph. With `inScene` (the person in
 * view, `speaksOfSubject`), only where it opens a phrase after punctuation
 * and is no one spoken to, between commas or before `!` or `?` (`“Listen,
 * Mike, …”`); without it (a news source, `namesSource`), anywhere, since
 * words spoken to the source are no more theirs than words about them.
 */
function namedFrom(segment: QuoteSegment, paragraph: ParagraphInfo, name: string, text: string, inScene: boolean): boolean {
  const inner = text.slice(segment.start, paragraph.end)
  for (let at = inner.indexOf(name); at !== -1; at = inner.indexOf(name, at + 1)) {
    const before = inScene ? inner.slice(0, at).trimEnd() : inner.slice(0, at)
    const after = inner.slice(at + name.length)
    if (/^\p{L}/u.test(after) || /\p{L}$/u.test(before)) continue
    if (inScene && (before.endsWith(',') || /^\s*[,!?]/.test(after))) continue
    return true
  }
  return false
}

/** Words that open a noun phrase whose head may be a person (`the doctor`, `a thin man`). */
const personDeterminers = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'my', 'our'])

/**
 * Whether a sentence opens with a person as its subject: `he`, `she`, a
 * name of the draft (`Pa`, `Big Hans`, `Barton's mind`), or a noun phrase
 * of at most three words headed by a role (`The thin man`, `the doctor's`).
 */
function subjectIsPerson(visible: ReadonlyArray<Token>, names: ReadonlySet<string>, people: ReadonlySet<string>): boolean {
  const first = visible.findIndex((token) => token.word)
  const subject = visible[first]
  if (!subject) return false
  if (cues.personPronouns.has(subject.form) || narratorIsSubject(visible)) return true
  if (isNameLike(subject) && (names.has(stripPossessive(subject.text)) || people.has(stripPossessive(subject.text)))) return true
  if (!personDeterminers.has(subject.form)) return false
  for (let at = first + 1; at <= first + 3 && visible[at]?.word; at++) {
    if (isRoleAt(visible, at, false)) return true
  }
  return false
}

/** Words after a verb that make what follows reported speech (`added that …`, `wondered whether …`). */
const reportedSpeechOpeners = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who'])

/**
 * Whether narration reports speech (`Peskov added that …`, `She told the
 * court about the night`): a verb of saying with no other sense, or one of
 * the verbs with other senses that introduces reported words. A gesture
 * (`Brenner shrugged.`, `Ortiz nodded.`) reports none: it is the beat
 * before its person's next line.
 */
function reportsSpeech(visible: ReadonlyArray<Token>): boolean {
  return visible.some(
    (token, at) =>
      token.word &&
      !unsaid(visible, at) &&
      !spokenTo(visible, at) &&
      !wordsNamed(visible, at) &&
      ((strongSpeechVerbs.has(token.form) && !announces(visible, at) && !asksFor(visible, at)) ||
        (weakSpeechVerbs.has(token.form) && Boolean(visible[at + 1]?.word && reportedSpeechOpeners.has(visible[at + 1]!.form))))
  )
}

/**
 * `said nothing`, `did not answer`, `never replied`, or a verb of saying
 * that ends its sentence (`Pa laughed.`): it reports no words, a beat of
 * its person like a gesture (`Spencer said nothing.` then `“Is there any
 * word you would offer?”`).
 */
function unsaid(visible: ReadonlyArray<Token>, at: number): boolean {
  const next = visible[at + 1]
  if (next?.word && next.form === 'nothing') return true
  // `Pa laughed.`, `Ortiz grumbled softly.`: the verb ends its sentence
  // straight after its subject, with no words reported, a beat like a
  // gesture. After any other word it is a noun (`a revised text.`).
  let after = at + 1
  while (visible[after]?.word && /^\p{Ll}+ly$/u.test(visible[after]!.text)) after++
  const endsSentence = visible[after] !== undefined && !visible[after]!.word && /^[.!]/.test(visible[after]!.text) && after === visible.length - 1
  if (endsSentence && isSpeaker(visible[at - 1])) return true
  for (let back = at - 1; back >= 0 && back >= at - 2; back--) {
    const token = visible[back]!
    if (token.word && (token.form === 'not' || token.form === 'never' || /n['’]t$/u.test(token.form))) return true
  }
  return false
}

/**
 * Forms of `be` and `get` that make a past participle after them passive
 * (`was told`, `being told`, `got asked`); not `'s`, as often `has` (`she's
 * told them`).
 */
const passiveAuxiliaries = new Set([...[...cues.beForms].filter((form) => !/^['’]s$/u.test(form)), 'am', 'get', 'gets', 'got', 'getting'])

/**
 * `I remember being told …`, `She was asked about the fire.`, `Asked
 * what comes next, Ruiz …`: a verb of saying in the passive, or as a
 * participle opening its sentence, makes its subject the one spoken to, not a speaker
 * whose words the sentence reports: the person in view heard something, a
 * beat of the scene like a gesture, and the next line is a turn of it. An
 * adverb in `-ly` may stand between (`was politely told`); `was saying` is no passive.
 */
function spokenTo(visible: ReadonlyArray<Token>, at: number): boolean {
  if (/ing$/.test(visible[at]!.form)) return false
  // `Asked what comes next, Ruiz did not hesitate.`: a leading participle, the subject after it the one asked.
  if (at === visible.findIndex((token) => token.word) && leadingParticiple(visible, at)) return true
  let back = at - 1
  if (visible[back]?.word && /^\p{Ll}+ly$/u.test(visible[back]!.text)) back--
  const auxiliary = visible[back]
  return auxiliary !== undefined && auxiliary.word && passiveAuxiliaries.has(auxiliary.form)
}

/**
 * `what he actually said`, `what the mayor told us`: a verb of saying in a
 * clause that `what` opens, with its subject between them, names the words
 * rather than reporting them (`What appears here is close to what he
 * actually said.` then the words), as a set-up does.
 */
function wordsNamed(visible: ReadonlyArray<Token>, at: number): boolean {
  for (let back = at - 1; back >= 0 && back >= at - 4; back--) {
    const token = visible[back]!
    if (!token.word) return false
    if (token.form === 'what') return back < at - 1
  }
  return false
}

/** `asked for him`, `begged for time`: a request for someone or something, no words reported. */
function asksFor(visible: ReadonlyArray<Token>, at: number): boolean {
  const next = visible[at + 1]
  return next !== undefined && next.word && next.form === 'for'
}

/**
 * Whether the verb of saying at `at` takes an object that announces the
 * words to come (`asked the question which …`, `told a forthright story`,
 * `said something`), within its next four words: the quotation after it is
 * what was said, so the narration sets it up rather than reporting it.
 */
function announces(visible: ReadonlyArray<Token>, at: number): boolean {
  for (let next = at + 1; next <= at + 4; next++) {
    const token = visible[next]
    if (!token?.word || reportedSpeechOpeners.has(token.form) || token.form === 'to' || token.form === 'about') return false
    if (cues.announcingObjects.has(token.form)) return true
  }
  return false
}

/**
 * A fragment woven into the writer's own sentence after its speaker, with
 * any verb: `the jury recommended “that the airport be operated …”`, `Mr
 * Lee called the ruling “a travesty”`. Edited copy is full of them (the
 * Brown press texts), and the sentence's subject is the speaker. A fragment
 * whose sentence names no person, role or body before it (`The plan is “a
 * recipe for disaster.”`) is still an orphan.
 */
function isWovenFragment(segment: QuoteSegment, paragraph: ParagraphInfo, text: string): boolean {
  const inner = text.slice(segment.start + 1, segment.end)
  const sentence = sentenceAt(paragraph, segment.start)
  if (!sentence || sentence.start === segment.start) return false
  // Straight after a word of the writer's sentence, with no comma or colon
  // to introduce it (`providing that “Congress shall make no law …”`, `the
  // question “what are we to do”`, `invitations to “come over and swim”`):
  // quoted matter the sentence is about, not speech it reports. After a
  // linking verb (`The plan is “a recipe for disaster.”`) it is someone's
  // judgment, and needs its speaker.
  let before: Token | undefined
  let subject: Token | undefined
  for (const token of sentence.tokens) {
    if (token.end > segment.start) break
    subject = before
    before = token
  }
  if (before?.word && /^\s*$/.test(text.slice(before.end, segment.start))) {
    if (!cues.linkingVerbs.has(before.form)) return true
    // `The question is “How are we to live?”`, `Its motto was “…”`: the words named by a noun for a saying, a question or an answer.
    if (subject?.word && (cues.excerptNouns.has(subject.form) || cues.mentionNouns.has(subject.form))) return true
  }
  if (!/^\s*\p{Ll}/u.test(inner)) return false
  return sentence.tokens.some(
    (token) =>
      token.start < segment.start &&
      token.word &&
      ((isNameLike(token) && !token.sentenceInitial) || isRoleNoun(token.form))
  )
}

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/**
 * Scripture, liturgy or an old text quoted as an excerpt: the quotation
 * uses Early Modern English (`thee`, `unto`, `whosoever`, `believeth`),
 * which no speaker a reporter heard uses; its source is the text, which
 * the writer names where it matters (`Galatians 6:15`).
 */
function isArchaic(segment: QuoteSegment, text: string): boolean {
  let forms = 0
  for (const word of text.slice(segment.start, segment.end).match(wordPattern) ?? []) {
    const lower = word.toLowerCase()
    if (cues.archaicWords.has(lower) || (/^\p{Ll}{3,}eth$/u.test(word) && !/tieth$/.test(lower) && !cues.notArchaicEth.has(lower))) forms++
    // Two forms at least: one (`ye`, a surname in `-eth`) can be a modern speaker's.
    if (forms >= 2) return true
  }
  return false
}

/** A chapter and a verse or a range of verses (`5:17`, `2: 8-10`). */
const verse = String.raw`\d{1,3}\s?:\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?`
const books = (names: ReadonlySet<string>): string => [...names].join('|')
/**
 * A reference to a written source: a book of the Bible with its chapter
 * (`Galatians 6:15`, `2 Corinthians 17`, `Mark 4:3`, `1 Kings 3`), a page
 * (`p. 42`, `pp. 10-12`), or a year in parentheses, alone or after an
 * author (`(1961)`, `(Hale, 1958)`).
 */
const citation = new RegExp(
  String.raw`(?:(?:[1-3]\s?)?\b(?:${books(cues.bibleBooks)})\s(?:${verse}|\d{1,3})` +
    String.raw`|[1-3]\s?(?:${books(cues.bibleBooksWithVerse)})\s(?:${verse}|\d{1,3})` +
    String.raw`|\b(?:${books(cues.bibleBooksWithVerse)})\s${verse}` +
    String.raw`|\bpp?\.\s?\d+(?:\s?[-–]\s?\d+)?` +
    String.raw`|\((?:\p{Lu}[\p{L}’'.-]+,?\s)?(?:1[5-9]|20)\d\d\))`,
  'u'
)
const citationEnding = new RegExp(String.raw`\(?(?:${citation.source})[).;,]*\s*[”’"']?\s*$`, 'u')
const citationOpening = new RegExp(String.raw`^[\s,.;:]*\(?(?:${citation.source})`, 'u')

/**
 * Whether a quotation is the whole of a bracketed aside: an opening bracket
 * straight before its opening mark, and straight after its closing mark a
 * closing bracket, after at most the line's stop or a dash where it breaks
 * off (`… it would trouble some water. (“I was not at the hotel last night,
 * and my husband is in Boston” --)`). The writer sets a line apart to show
 * what such a person might say, not to report what someone said, so it has
 * no speaker to name.
 */
function isAside(segment: QuoteSegment, text: string): boolean {
  return /\(\s*$/.test(text.slice(Math.max(0, segment.start - 3), segment.start)) && /^\s*[.?!,]*\s*(?:--|[—–])?\s*\)/u.test(text.slice(segment.end, segment.end + 8))
}

/**
 * A text quoted from its source, which a reference at its end or straight
 * after it cites (`“… behold, all things are become new.” 2 Corinthians
 * 5:17`, `“…, the record shows” (p. 42)`, `“…” (Hale, 1958)`): the writer
 * quotes a book, not a person's speech. A reference later in the sentence
 * (`“…,” she said of Psalm 23.`) does not count.
 */
function citesSource(segment: QuoteSegment, text: string): boolean {
  const inner = text.slice(Math.max(segment.start, segment.end - 40), segment.end)
  if (citationEnding.test(inner)) return true
  return segment.closed && citationOpening.test(text.slice(segment.end, segment.end + 40))
}

/** Words that open a sentence pointing back at the quotation before it (`Those were …`, `Such was …`). */
const pointersBack = new Set(['that', 'this', 'those', 'these', 'such'])

/**
 * Whether the sentence straight after a closed quotation, in its
 * paragraph, points back at it and calls it someone's words (`“…” Those
 * were the last words Ortiz heard from his brother.`, `“…” That was the
 * message from the mayor on Tuesday.`): `That`, `This`, `Those`, `These`
 * or `Such`, a form of `be`, at most three more words and a noun for
 * words, in a sentence that names a person or a role or has `he`, `his`,
 * `she` or `her` before any comma. A lede that puts the words first
 * credits them so. The same sentence naming no one (`That was the message
 * on every placard.`), or only after a comma (`That was the last message
 * anyone heard, and he knew it.`), still leaves the quotation without a
 * speaker.
 */
function wordsCreditedAfter(segment: QuoteSegment, paragraph: ParagraphInfo, names: ReadonlySet<string>): boolean {
  const next = paragraph.sentences.find((sentence) => sentence.start >= segment.end - 1)
  if (!next) return false
  const words = next.visible.filter((token) => token.word)
  if (words.length < 3 || !pointersBack.has(words[0]!.form) || !['is', 'was', 'are', 'were'].includes(words[1]!.form)) return false
  if (!words.slice(2, 6).some((token) => cues.wordsNouns.has(token.form))) return false
  // Only before the first comma: a person in a clause after it (`…, and he knew it.`) is not the words' source.
  const comma = next.visible.findIndex((token) => token.text === ',')
  const clause = comma === -1 ? next : {...next, visible: next.visible.slice(0, comma)}
  return mentionsPerson(clause, names) || clause.visible.some((token) => token.word && cues.chainPronouns.has(token.form))
}

/** Fewest words a passage has (`passageDiscussed`): more than a line of dialogue runs to. */
const passageWords = 35

/** Words that open the writer's comment on a passage just quoted (`This leads Hale to …`). */
const commentOpeners = new Set(['this', 'these', 'such', 'here'])

/**
 * A long passage the writer goes on to discuss as an author's: a closed
 * quotation of `passageWords` words at least, followed in its paragraph by
 * a sentence that opens with `This`, `These`, `Such` or `Here` and names a
 * person (`“…” This leads Hale to a startling notion.`, `This idea fits
 * the scheme of Hale's history.`): the writer quotes a text and comments on
 * it, as a study of an author does. A short line, or a comment that names
 * no one, is not enough.
 */
function passageDiscussed(segment: QuoteSegment, paragraph: ParagraphInfo, text: string): boolean {
  if (!segment.closed) return false
  const next = paragraph.sentences.find((sentence) => sentence.start >= segment.end - 1)
  if (!next) return false
  const words = next.visible.filter((token) => token.word)
  if (!commentOpeners.has(words[0]?.form ?? '')) return false
  if (!words.slice(1).some((token) => isNameLike(token))) return false
  // Pieces between words, one more than the words.
  return text.slice(segment.start, segment.end).split(wordPattern).length - 1 >= passageWords
}

/**
 * The quotation ends in a comma and a subject with its verb follows, as a
 * dialogue tag does, whatever the verb (`“…,” she bit out.`, `“…,” the lady
 * amended.`, `“…,” Kirwan praised.`): a comma closing quoted words hands
 * the sentence to their speaker. The verb is a past form (`-ed`, or one of
 * the common irregular ones); the subject a pronoun, a name or a noun
 * phrase of two or three words. A tag told as a habit or in the past
 * perfect has its verb after `had`, `would` or `'d` (`“…,” he'd blandly
 * announce.`, `“…,” Mr. Jack had started.`). A line broken off by a dash
 * has its tag after the dash (`“Now, listen” -- Macklin began.`).
 */
function tagFollows(segment: QuoteSegment, text: string): boolean {
  const inner = text.slice(Math.max(segment.start, segment.end - 3), segment.end)
  const after = text.slice(segment.end, segment.end + 80)
  const comma = /,\s*\S$/u.test(inner) || /^\s*,/u.test(after)
  // A line broken off by a dash has its tag after the dash (`“Now, listen” -- Macklin began.`).
  const dash = /^\s*(?:--?|[—–])\s*/u.exec(after)
  if (dash) return dialogueTag.test(after.slice(dash[0].length))
  return comma && (dialogueTag.test(after) || invertedTag.test(after))
}

/**
 * An inverted tag after a comma, whatever the verb: a past or present form
 * and then its subject, a name or a noun phrase (`“…,” remembers his
 * half-brother Walter.`, `“…,” recalled the widow.`, `“…,” wrote Ann Lee.`).
 */
const invertedTag = new RegExp(
  String.raw`^\s*,?\s*(?:\p{Ll}{2,}(?:ed|s)|${cues.irregularTagVerbs.join('|')})\s+(?:(?:the|his|her|their|a|an|one)\s+\p{Ll}|\p{Lu}\p{Ll})`,
  'u'
)

/**
 * A tag in brackets inside the quoted words (`“Of course (George's letter
 * continued), there are problems.”`, `“We will (she added) try again.”`):
 * the writer's own words, two to six, a speaker first and a verb of
 * saying last (`(and did not desire)` in a quoted text is none).
 */
function bracketedTag(segment: QuoteSegment, text: string): boolean {
  for (const match of text.slice(segment.start, segment.end).matchAll(/[([]([^()[\]]{1,60})[)\]]/gu)) {
    const words = match[1]!.match(wordPattern) ?? []
    if (words.length < 2 || words.length > 6) continue
    // A speaker first (a name, a pronoun, a noun phrase) and the verb last: `George's letter continued`, `she added`, `the letter went on`.
    const first = words[0]!
    const verb = words[words.length - 1]!.toLowerCase()
    if (!/^\p{Lu}/u.test(first) && !cues.speakerPronouns.has(first.toLowerCase()) && !personDeterminers.has(first)) continue
    if (isSpeechVerb(verb)) return true
  }
  return false
}

/**
 * A line that opens its paragraph followed there by a beat of its speaker:
 * the next sentence of the paragraph has a person as its subject (`“Dammit,
 * Phil, you are wrecking my career!” Griffith had confronted Hoag on the
 * steps.`, `“Thank you, Quint.” Her face turned pink.`). Dialogue gives each
 * speaker a paragraph of their own, so the person acting right after the
 * line in the same paragraph is the one who spoke it, whatever the verb.
 * The sentence must follow the quotation with no quotation of its own
 * before its subject, and the line must open its paragraph: words of the
 * writer's before it make it a fragment of their sentence instead.
 */
function beatFollows(segment: QuoteSegment, paragraph: ParagraphInfo, names: ReadonlySet<string>, people: ReadonlySet<string>): boolean {
  if (!opensParagraph(segment, paragraph)) return false
  const next = paragraph.sentences.find((sentence) => sentence.start >= segment.end)
  if (!next) return false
  // Only marks between the quotation and the sentence (`”!! Griffith …`): no other words of the writer's.
  const between = paragraph.text.slice(segment.end - paragraph.start, next.start - paragraph.start)
  if (/[\p{L}\p{N}]/u.test(between)) return false
  const first = next.visible.findIndex((token) => token.word)
  if (first === -1 || next.visible.slice(0, first).some(standsForQuote)) return false
  if (!subjectIsPerson(next.visible, names, people) && !possessivePersonSubject(next.visible)) return false
  // Told in the narration's past (`looked up`, `had confronted`, `turned
  // pink`), not the line's own present or future run on past a lost mark
  // (`He must begin …`, `Blue Throat won't stand for this.`).
  return next.visible
    .slice(first + 1, first + 4)
    .some((token) => token.word && (/^\p{Ll}{2,}ed$/u.test(token.text) || cues.beatVerbs.has(token.form)))
}

/** `Her face turned pink.`, `His voice dropped.`: a sentence whose subject is a person's, by a possessive pronoun. */
function possessivePersonSubject(visible: ReadonlyArray<Token>): boolean {
  const subject = visible.find((token) => token.word)
  return subject !== undefined && (subject.form === 'his' || subject.form === 'her')
}

/**
 * The words straight after the quotation name a voice as their subject,
 * within six words (`“Hold your fire!” A voice called …`, `“May we come?”
 * called out a dozen young voices`, `“…” A harsh cry floated to him`):
 * the unseen speaker of a scene, heard rather than named.
 */
function voiceFollows(segment: QuoteSegment, text: string): boolean {
  const after = text.slice(segment.end, segment.end + 80)
  const clause = /^[^\p{L}\p{N}“‘"\n]*([^.?!;:“‘"\n]*)/u.exec(after)?.[1] ?? ''
  const words = (clause.match(wordPattern) ?? []).slice(0, 6)
  return words.some((word) => cues.utteranceNouns.has(word.toLowerCase()))
}

/**
 * The quotation is the subject of the writer's sentence, a linking verb
 * and a noun phrase straight after it (`“get a bite, spit on it” was a
 * proverb`, `“You can't make toast with that”, was an early complaint`):
 * words mentioned and classed, not speech reported.
 */
function subjectOfLink(segment: QuoteSegment, text: string): boolean {
  return linkedSubject.test(text.slice(segment.end, segment.end + 40))
}

const linkedSubject = /^\s*[,!?]*\s*(?:is|was|became|remains|remained)\s+(?:a|an|one|the|his|her|their|its|our|my)\s/iu

const dialogueTag = new RegExp(
  String.raw`^\s*,?\s*(?:(?:he|she|they|I|we)|(?:the|a|an|his|her|their|one)(?:\s+\p{Ll}[\p{Ll}-]*){1,2}|\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2})` +
    // A modal (`he'd blandly announce`, `she would begin`) takes any verb; a past form may follow `had`.
    String.raw`(?:(?:['’]d|\s+(?:would|will|could|might|must|can|did))(?:\s+\p{Ll}+ly)?\s+\p{Ll}{2,}\b|(?:\s+(?:had|has|have))?` +
    String.raw`(?:\s+\p{Ll}+ly)?\s+(?:\p{Ll}+ed|${cues.irregularTagVerbs.join('|')})\b)`,
  'u'
)

/**
 * Whether a one-paragraph quotation of speech (titles, terms and epigraphs
 * are told apart by the quotation model) is long enough to need a speaker:
 * a full sentence or the start of one, or at least `minWords` words.
 */
export function isQuotation(segment: QuoteSegment, paragraph: ParagraphInfo, text: string, minWords: number): boolean {
  const inner = text.slice(segment.start + 1, segment.closed ? segment.end - 1 : segment.end)
  const words = inner.match(wordPattern) ?? []
  if (words.length === 0) return false
  if (words.length >= minWords) return true
  const before = text.slice(Math.max(paragraph.start, segment.start - 200), segment.start)
  const lastBefore = before.trimEnd().slice(-1)
  const midSentence = lastBefore !== '' && /[\p{L}\p{N},;]/u.test(lastBefore)
  if (midSentence || words.length < 2) return false
  // A short full sentence or the start of one: `“Absolutely not.”`, `“Go home,”`
  return /[.?!…,]["'”’)]*$/.test(inner.trim())
}

// ---------------------------------------------------------------------------
// pronoun-attribution

export interface PronounFinding {
  readonly span: Span
  readonly pronoun: string
}

/**
 * Capitalised words the draft uses as names mid-sentence (`Jane Smith`,
 * `said Peskov`), so a sentence that opens with one (`Smith is a former
 * accountant.`) names a person too.
 */
export const draftNames = oncePerAnalysis((analysis): ReadonlySet<string> => {
  const names = new Set<string>()
  for (const paragraph of analysis.paragraphs) for (const name of readingOf(analysis, paragraph).names) names.add(name)
  return names
})

/**
 * Names the draft uses mid-sentence standing alone or ending a longer name
 * (`Smith`, `Jane Smith`), not only opening one (`New` of `New York`,
 * `United` of `United States`): a sentence that opens with one of these
 * (`Smith left.`) names a person, where `New ideas came …` does not.
 */
export const standingNames = oncePerAnalysis((analysis): ReadonlySet<string> => {
  const names = new Set<string>()
  for (const paragraph of analysis.paragraphs) for (const name of readingOf(analysis, paragraph).standing) names.add(name)
  return names
})

/**
 * Names the draft gives a club, a company or another body, not a person: a
 * name straight before a word that ends such a name (`organisationWords`:
 * `Harwood Town`, `Corbel Inc.`, `Kestrel Bank`), so
 * that the name alone (`The result leaves Harwood two points behind …`)
 * is the club, unless the draft also uses it for a person (`personNames`),
 * or the word after it (`Town said`: `Peter Town` is a person whose surname
 * is such a word, and `Peter` alone is that person), or the lists give it
 * as a given name (`Sarah Town`).
 */
export const bodyNames = oncePerAnalysis((analysis): ReadonlySet<string> => {
  const people = personNames(analysis)
  const bodies = new Set<string>()
  for (const paragraph of analysis.paragraphs) {
    for (const [name, bodyWord] of readingOf(analysis, paragraph).bodies) if (!people.has(name) && !people.has(bodyWord) && !analysis.givenName(name)) bodies.add(name)
  }
  return bodies
})

/**
 * Names the draft uses for people, not places or bodies: a name next to a
 * verb of saying (`Whitfield said`, `said Ortiz`) or after a title (`Dr
 * Roe`, `Coach Whitfield`), and the names that follow it (`Lina Ortiz`).
 */
export const personNames = oncePerAnalysis((analysis): ReadonlySet<string> => {
  const people = new Set<string>()
  for (const paragraph of analysis.paragraphs) for (const name of readingOf(analysis, paragraph).people) people.add(name)
  return people
})

/**
 * Names the draft writes straight after a given name of the name lists
 * (`givenName`), a person's full name (`Caroline Lucas`), wherever it
 * writes them: `Lucas` alone is that person too, with no verb of saying or
 * title beside it (`personNames`).
 */
export const namedInFull = oncePerAnalysis((analysis): ReadonlySet<string> => {
  const surnames = new Set<string>()
  for (const paragraph of analysis.paragraphs) {
    for (const [first, next] of readingOf(analysis, paragraph).pairs) if (analysis.givenName(first)) surnames.add(next)
  }
  return surnames
})

/**
 * The names of people a sentence gives `personNames`, added to `people` in
 * order. Of a run of two or more names ending in an organisation word
 * (`organisationWords`: `Kingston Council said …`, `said Harbourside
 * Town`), the organisation word is left out: it is the body's name, not a
 * surname the draft gives a person, which would make the run a person's
 * name wherever it stands (`organisationRun`); a given name before it
 * (`Sarah Bank said …`) still makes the run a person's, and the word alone
 * before a verb of saying (`Bank said`) is still a person. A kind of place
 * capitalised after a name (`east of Whiteford Point`) ends that place's
 * name and is no verb of saying.
 */
function addPersonNames(visible: ReadonlyArray<Token>, people: string[]): void {
  const addFrom = (at: number, step: 1 | -1) => {
    let end = at
    while (visible[end + step] && isNameLike(visible[end + step]!) && !isAllCaps(visible[end + step]!.text)) end += step
    if (!visible[at] || !isNameLike(visible[at]!) || isAllCaps(visible[at]!.text)) return
    const last = visible[Math.max(at, end)]!
    const body = end !== at && cues.organisationWords.has(stripPossessive(last.text).replace(/\.$/, '').toLowerCase())
    for (let index = at; ; index += step) {
      if (!(body && visible[index] === last)) people.push(stripPossessive(visible[index]!.text))
      if (index === end) break
    }
  }
  for (let at = 0; at < visible.length; at++) {
    const token = visible[at]!
    if (!token.word) continue
    if (honorifics.has(token.form.replace(/\.$/, ''))) {
      addFrom(at + 1, 1)
      continue
    }
    const strong = strongSpeechVerbs.has(token.form)
    if (!strong && !weakSpeechVerbs.has(token.form)) continue
    // `east of Whiteford Point`: a kind of place (`placeTitleWords`)
    // capitalised mid-sentence after a name ends a place's name; it is no
    // verb of saying, and the name before it is no person's.
    if (placeTitleWords.has(token.form) && isNameLike(token) && !token.sentenceInitial && visible[at - 1] && isNameLike(visible[at - 1]!)) continue
    let before = at - 1
    for (let skipped = 0; skipped < 3 && skippable(visible[before]); skipped++) before--
    if (!openingGroup(visible, before)) addFrom(before, -1)
    // `“…,” said Ortiz`: an inverted attribution, not the object of the verb (`praised Ridgeview’s defence`).
    const previous = visible[at - 1]
    if (strong && previous && !previous.word && (standsForQuote(previous) || previous.text === ',')) addFrom(at + 1, 1)
  }
}

/**
 * Whether the word at `at` is a group of people or a body capitalised only
 * because it opens the sentence, standing alone before its verb (`Police
 * found a notebook …`, `Officials said …`, `Firefighters told …`): a plural
 * role noun (`pluralRoles`, `peoplePlurals`, or a role noun in `-s`), not a
 * person's name. A name after it (`Police Chief Ana Ruiz said`) is a
 * person's, and a surname that is a singular role noun (`Cook said`,
 * `Mason said`) stays a name.
 */
function openingGroup(visible: ReadonlyArray<Token>, at: number): boolean {
  const token = visible[at]
  if (!token || !token.sentenceInitial || !isNameLike(token)) return false
  const form = token.form
  return cues.pluralRoles.has(form) || cues.peoplePlurals.has(form) || (form.endsWith('s') && isRoleNoun(singularOf(form), false))
}

/** Words between `one of` and a group of people: `one of the children`, `one of her students`. */
const groupDeterminers = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'these', 'those'])

/**
 * `One of the children`, `one of his aides`: `one of` and a plural role
 * single out one person of the group, an antecedent for `he` or `she`
 * though the group alone is none.
 */
function oneOfGroup(visible: ReadonlyArray<Token>, at: number): boolean {
  if (visible[at]!.form !== 'one' || visible[at + 1]?.form !== 'of') return false
  let head = at + 2
  if (visible[head]?.word && groupDeterminers.has(visible[head]!.form)) head++
  const group = visible[head]
  return group !== undefined && group.word && !isNameLike(group) && isRoleNoun(group.form)
}

/**
 * Whether a sentence names a person or a role outside its quotations; with
 * `analysis`, a name of the name lists opening it before a verb counts too
 * (`listedNameActs`).
 */
export function mentionsPerson(sentence: SentenceInfo, names: ReadonlySet<string>, analysis?: Analysis, bodies?: ReadonlySet<string>): boolean {
  const visible = sentence.visible
  const start = datelineEnd(visible)
  for (let at = start; at < visible.length; at++) {
    const token = visible[at]!
    if (!token.word) continue
    if (isRoleAt(visible, at, false) || oneOfGroup(visible, at)) return true
    if (!isNameLike(token) || isAllCaps(token.text)) continue
    const previous = visible[at - 1]
    const next = visible[at + 1]
    // `in Damascus`, `across East Anglia`, `the British Museum`: a place or a
    // body, not a person, and so are the names listed with it (`at Leeds,
    // York and Doncaster`, `the Scottish Greens and Labour`).
    if (previous?.word && (cues.placePrepositions.has(previous.form) || previous.form === 'the')) {
      const end = nameRunEnd(visible, at)
      at = analysis ? listedWithEnd(visible, end, previous.form !== 'the', analysis) : end
      continue
    }
    // `on Main Street`, `over Pecos River`, `Fallon County officials`: names
    // ending in a kind of place (`placeTitleWords`) name the place, not a
    // person, unless a given name stands before that word (`Della Street`,
    // `John Stuart Mill`, `Lois Lane`), which the name lists know; after a
    // preposition that takes a street (`live on Lincoln Avenue`, `along
    // George Street`) the run is the place whatever its first word, unless
    // the preposition is the particle of a verb that takes a person
    // (`relied on Della Street`: `personParticleVerbs`).
    const run = nameRunEnd(visible, at)
    const verb = visible[at - 2]
    const route = previous?.word === true && cues.routePrepositions.has(previous.form) && !(verb?.word && cues.personParticleVerbs.has(verb.form))
    if (analysis && run > at && placeTitleWords.has(visible[run]!.form) && (route || !analysis.givenName(stripPossessive(visible[run - 1]!.text)))) {
      at = run
      continue
    }
    // `Church leaders`, `Senate aides`: a name that modifies a group of people names no one person.
    if (modifiesGroup(visible, at)) continue
    // `A Steller's sea eagle`, `an Adam's apple`: a possessive name after `a`
    // or `an` is a kind of thing named after someone, not a person in view.
    if (eponymAt(visible, at)) continue
    // `Northwind Freight expects delays …`, `Kestrel Bank has lost customers …`: an organisation's name, not a person's.
    const body = organisationRun(visible, at, analysis)
    if (body >= 0) {
      at = body
      continue
    }
    // `The result leaves Harwood two points behind.` in a draft about `Harwood Town`: the club.
    if (bodies?.has(stripPossessive(token.text))) continue
    // The word after a dateline opens the story's first sentence.
    if (!token.sentenceInitial && (start === 0 || at !== start)) return true
    const nextIsName = Boolean(next && isNameLike(next))
    // A sentence's first word is capitalised anyway: a name only with more to go on.
    if (nextIsName || names.has(stripPossessive(token.text))) return true
    if (analysis && listedNameActs(visible, at, analysis)) return true
    if (next && !next.word && next.text === ',') return true
    if (next?.word && isSpeechVerb(next.form)) return true
  }
  return false
}

/**
 * Where a list of names ends that runs on from a place or a body ending at
 * `end` (`at Rotterdam and Felixstowe`, `near Mildura and Renmark`, `at
 * Leeds, York and Doncaster`, `the Scottish Greens and Labour`): each name
 * joined by `and`, `or` or a comma (a comma only with more of the list
 * after it) is of the same kind as the first. The list stops before a
 * name the draft gives a person (`personNames`) or writes after a given
 * name elsewhere (`namedInFull`: `The Greens and Lucas` in a draft that
 * has `Caroline Lucas`), or the name lists give as a given name (`in Paris
 * and Georgia`), and, after a preposition
 * (`afterPreposition`), before a name followed by a verb, the subject of a
 * clause of its own (`grew up in Leeds and Smith moved there later`);
 * after `the` such a verb is the list's own (`The Scottish Greens and
 * Labour backed the plan`).
 */
function listedWithEnd(visible: ReadonlyArray<Token>, end: number, afterPreposition: boolean, analysis: Analysis): number {
  const isMark = (token: Token | undefined, mark: string) => token !== undefined && !token.word && token.text === mark
  const joins = (token: Token | undefined) => token !== undefined && token.word && (token.form === 'and' || token.form === 'or')
  for (;;) {
    let at = end + 1
    const comma = isMark(visible[at], ',')
    if (comma) at++
    const joined = joins(visible[at])
    if (joined) at++
    if (!comma && !joined) return end
    const name = visible[at]
    if (!name || !isNameLike(name) || isAllCaps(name.text)) return end
    const last = nameRunEnd(visible, at)
    const next = visible[last + 1]
    if (!joined && !isMark(next, ',') && !joins(next)) return end
    const run = visible.slice(at, last + 1).map((token) => stripPossessive(token.text))
    if (run.some((word) => personNames(analysis).has(word) || namedInFull(analysis).has(word)) || analysis.givenName(run[0]!)) return end
    if (afterPreposition && actsAfterName(next, analysis)) return end
    end = last
  }
}

/**
 * Whether the word after a name is its verb, the name the subject of a
 * clause of its own: a lower-case word that starts a predicate, a verb of
 * saying or a present form (`and Smith moved`, `and Ana Ruiz runs`, `but
 * Ana Ruiz says`).
 */
function actsAfterName(next: Token | undefined, analysis: Analysis): boolean {
  return next !== undefined && next.word && /^\p{Ll}/u.test(next.text) && (startsPredicate(next) || isSpeechVerb(next.form) || presentForm(next.form, analysis))
}

/**
 * Where clauses of their own open with a name as their subject after the
 * start of a sentence (`…, and Ana Ruiz runs its Rotterdam depot.`, `…, but
 * Ana Ruiz says …`, `…; Ana Ruiz runs …`): a run of names straight after
 * `, and`, `, but` or `;` and before its verb (`actsAfterName`), as the
 * index of its first word and of the verb. A name the sentence's verb acts
 * on (`has hired Ana Ruiz to run …`) opens no clause.
 */
function clauseSubjects(visible: ReadonlyArray<Token>, analysis: Analysis): Array<[number, number]> {
  const found: Array<[number, number]> = []
  for (let at = 1; at < visible.length; at++) {
    const mark = visible[at]!
    let name = -1
    if (!mark.word && mark.text === ';') name = at + 1
    else if (!mark.word && mark.text === ',' && visible[at + 1]?.word && (visible[at + 1]!.form === 'and' || visible[at + 1]!.form === 'but')) name = at + 2
    const first = visible[name]
    if (name < 0 || !first || !isNameLike(first) || isAllCaps(first.text)) continue
    const end = nameRunEnd(visible, name)
    if (actsAfterName(visible[end + 1], analysis)) found.push([name, end + 1])
  }
  return found
}

/**
 * Where the name of an organisation starting at `at` ends, or -1: a run of
 * two or more capitalised words whose last is an organisation word
 * (`organisationWords`: `Northwind Freight`, `Kestrel Bank`, `Harrowgate
 * Borough Council`, `Harbourside FC`). A run of a given name and one such
 * word is a person's name (`Sarah Bank`, `Sarah Town`), and so is a run
 * whose last word the draft gives a person (`personNames`: `said Peter
 * Town`).
 */
function organisationRun(visible: ReadonlyArray<Token>, at: number, analysis?: Analysis): number {
  let end = nameRunEnd(visible, at)
  // `Harbourside FC`, `Corbel PLC`: an ending in capitals is no name-like word, but it ends the run.
  const capitals = visible[end + 1]
  if (capitals?.word && isAllCaps(capitals.text) && cues.organisationWords.has(capitals.form.replace(/\.$/, ''))) end++
  if (end === at) return -1
  const last = stripPossessive(visible[end]!.text)
  if (!cues.organisationWords.has(last.replace(/\.$/, '').toLowerCase())) return -1
  if (analysis && (personNames(analysis).has(last) || (end === at + 1 && analysis.givenName(stripPossessive(visible[at]!.text))))) return -1
  return end
}

/**
 * Whether a main clause's subject is an organisation: it opens with an
 * organisation's name (`organisationRun`), not possessive, and a
 * lower-case word that is no role follows it (`Northwind Freight expects
 * delays …`, `Harbourside FC sit seventh …`; not `Kestrel Bank's head of
 * digital banking …` or `Kestrel Bank chief Jane Otieno …`, whose subject
 * is a person).
 */
function organisationSubject(main: ReadonlyArray<Token>, analysis: Analysis): boolean {
  const at = main.findIndex((token) => token.word)
  const subject = main[at]
  if (!subject || !isNameLike(subject)) return false
  const end = organisationRun(main, at, analysis)
  if (end < 0 || stripPossessive(main[end]!.text) !== main[end]!.text) return false
  const next = main[end + 1]
  return next !== undefined && next.word && /^\p{Ll}/u.test(next.text) && !isRoleNoun(next.form, false)
}

/**
 * A pronoun that can stand for the person set up before a quotation
 * (`isPersonPronoun`); when `they` stands for no people, in a sentence
 * whose subject is an organisation (`Harbourside FC have signed … their
 * …`: the body) or one whose `they` is things (`thingsThey`), only `he`,
 * `she` and their forms do.
 */
function setsUpPerson(token: Token, noPeopleThey: boolean): boolean {
  return noPeopleThey ? token.word && cues.chainPronouns.has(token.form) : isPersonPronoun(token)
}

/** Determiners opening a plural subject that `thingsAntecedent` reads: `The turbines`, `These new trams`, `All 48 turbines`. */
const pluralSubjectDeterminers = new Set(['the', 'these', 'those', 'its', 'all', 'both', 'some', 'many', 'most', 'several'])

/**
 * Whether a sentence's subject is a plural of things, the antecedent a
 * `they` after it stands for (`The turbines were switched on in March.`,
 * `The new trams are being built in Zaragoza.`): a determiner
 * (`pluralSubjectDeterminers`), at most three lower-case words or numbers
 * that are no closed-class words, the last of them the head, a plural in
 * `-s` that is neither a role or body (`isRoleNoun`: `officials`,
 * `builders`, `councils`) nor a plural of people (`peoplePlurals`, or an
 * ending such as `-ers`, `-ents` that is as often people:
 * `commuters`, `residents`), and then its verb (`startsPredicate`).
 */
function thingsAntecedent(sentence: SentenceInfo | undefined, names: ReadonlySet<string>): boolean {
  if (!sentence) return false
  const words = mainClause(sentence.visible, names).filter((token) => token.word)
  if (!pluralSubjectDeterminers.has(words[0]?.form ?? '')) return false
  for (let at = 1; at <= 3 && at + 1 < words.length; at++) {
    const word = words[at]!
    if (!/^[\p{Ll}\p{N}]/u.test(word.text) || closedClassWords.has(word.form)) return false
    const verb = words[at + 1]!
    if (!/^\p{Ll}/u.test(verb.text) || !startsPredicate(verb)) continue
    const head = word.form
    return (
      /^[a-z-]+s$/.test(head) &&
      !/(?:ss|us|is)$/.test(head) &&
      !isRoleNoun(head) &&
      !cues.pluralRoles.has(head) &&
      !cues.peoplePlurals.has(head) &&
      !cues.peoplePluralEndings.some((ending) => head.endsWith(ending))
    )
  }
  return false
}

/**
 * Whether a sentence's `they` stands for things, not people: it opens
 * with `They`, the sentence before it in its paragraph has a plural of
 * things as its subject (`thingsAntecedent`: `The turbines were switched
 * on in March last year. They had been running …`). Its `they`, `them`
 * and `their` then set up no speaker for the quotation after it (a `he`
 * or `she` in it still does).
 */
function thingsThey(paragraph: ParagraphInfo, index: number, names: ReadonlySet<string>): boolean {
  const sentence = paragraph.sentences[index]
  if (!sentence || index < 1) return false
  const first = sentence.visible.find((token) => token.word)
  if (first?.form !== 'they') return false
  return thingsAntecedent(paragraph.sentences[index - 1], names)
}

/** The last of the name-like words running on from `at` (`Main Street`: the index of `Street`). */
function nameRunEnd(visible: ReadonlyArray<Token>, at: number): number {
  let end = at
  while (visible[end + 1] && isNameLike(visible[end + 1]!)) end++
  return end
}

/**
 * Whether the name at `at` is a possessive after `a` or `an` and before a
 * lower-case word (`a Steller's sea eagle`, `an Adam's apple`): a person's
 * possessive is itself the determiner of its phrase (`Steller's notes`), so
 * an article before it belongs to the noun after, which the name classifies.
 */
function eponymAt(visible: ReadonlyArray<Token>, at: number): boolean {
  const token = visible[at]!
  const previous = visible[at - 1]
  const next = visible[at + 1]
  if (!previous?.word || (previous.form !== 'a' && previous.form !== 'an')) return false
  if (stripPossessive(token.text) === token.text) return false
  return Boolean(next?.word && /^\p{Ll}/u.test(next.text))
}

/**
 * Whether the one-word name opening a clause at `at` is a group that its
 * own clause calls `their` (`Vale lost two of their first three matches.`,
 * `Leyton kept their shape.`): a team, a club or a town's side, not a
 * person. Only lower-case words that could not be the `their`'s own
 * antecedent stand between: no role noun and no plural after the verb
 * (`Ortiz told the residents their …`), and a name the lists give as a
 * given name (`Alex lost their keys.`) stays a person.
 */
function pluralSubject(visible: ReadonlyArray<Token>, at: number, analysis: Analysis): boolean {
  const token = visible[at]
  if (!token || !isNameLike(token) || stripPossessive(token.text) !== token.text || analysis.givenName(token.text)) return false
  for (let index = at + 1; index < visible.length && index <= at + 6; index++) {
    const word = visible[index]!
    if (!word.word || isNameLike(word)) return false
    if (word.form === 'their' || word.form === 'themselves') return index > at + 1
    if (isRoleNoun(word.form) || (index > at + 1 && word.form.endsWith('s'))) return false
  }
  return false
}

/** Plural verb forms that a one-word name as subject agrees with only as a group (`pluralVerbSubject`). */
const groupVerbs = new Set(['were', 'are', 'have'])

/**
 * Whether the one-word name opening a clause at `at` is a group by the
 * verb it takes (`Dunmore were on the wrong end of the penalty count.`,
 * `Harbourside have signed two forwards.`): British usage gives a team, a
 * club or a body a plural verb, which one person never takes. The verb
 * comes straight after the name (`were`, `are`, `have`, `have been`); a
 * name the lists give as a given name (`Alex were …` is a slip, not a
 * group), a possessive or a longer name stays as it is.
 */
function pluralVerbSubject(visible: ReadonlyArray<Token>, at: number, analysis: Analysis): boolean {
  const token = visible[at]
  const verb = visible[at + 1]
  if (!token || !isNameLike(token) || stripPossessive(token.text) !== token.text || analysis.givenName(token.text)) return false
  return Boolean(verb?.word && /^\p{Ll}/u.test(verb.text) && groupVerbs.has(verb.form))
}

/** Whether the name at `at` modifies a group of people after it (`Church leaders`, `Senate aides`, `Plainsfield shareholders`): it names no one person. */
function modifiesGroup(visible: ReadonlyArray<Token>, at: number): boolean {
  const next = visible[at + 1]
  return Boolean(next?.word && !isNameLike(next) && isRoleNoun(next.form) && !isRoleNoun(next.form, false))
}

/** The longest dateline, in tokens before its dash (`PORTLAND, Maine (AP) —` has seven). */
const datelineTokens = 10

/**
 * Where a sentence's words start after a news dateline: a sentence opening
 * with a word in capitals (`PORTLAND`, `ARLO`, `LONDON`), then names,
 * commas, abbreviations and a wire credit in brackets (`, Maine (AP)`,
 * `, Neb.`, `(Reuters)`), then a dash. A dateline names the place the story
 * was filed from, not a person in it, so `Maine` sets up no speaker; 0 when
 * the sentence opens with no dateline.
 */
function datelineEnd(visible: ReadonlyArray<Token>): number {
  const first = visible[0]
  if (!first?.word || first.text.length < 2 || !isAllCaps(first.text)) return 0
  for (let at = 1; at < visible.length && at <= datelineTokens; at++) {
    const token = visible[at]!
    if (!token.word && /^[—–]$/u.test(token.text)) return at + 1
    if (token.word ? !isNameLike(token) && !isAllCaps(token.text) : !/^[,.()]$/u.test(token.text)) return 0
  }
  return 0
}

/** `he said`, `she later told`, `said he`: a pronoun speaker in a sentence, outside its quotations. */
export function pronounAttributions(sentence: SentenceInfo): PronounFinding[] {
  const found: PronounFinding[] = []
  const visible = sentence.visible
  for (let at = 0; at < visible.length; at++) {
    const token = visible[at]!
    if (!token.word) continue
    if (cues.personPronouns.has(token.form)) {
      let verb = at + 1
      for (let skipped = 0; skipped < 2 && skippable(visible[verb]); skipped++) verb++
      const candidate = visible[verb]
      if (candidate?.word && pronounSpeechVerbs.has(candidate.form)) {
        found.push({span: {start: token.start, end: candidate.end}, pronoun: token.text})
      }
    } else if (pronounSpeechVerbs.has(token.form)) {
      // `“…,” said he`: only straight after a quotation or a comma.
      const next = visible[at + 1]
      const previous = visible[at - 1]
      const after = visible[at + 2]
      const ends = !after || (!after.word && !standsForQuote(after))
      if (next?.word && cues.personPronouns.has(next.form) && ends && previous && !previous.word && (standsForQuote(previous) || previous.text === ',')) {
        found.push({span: {start: token.start, end: next.end}, pronoun: next.text})
      }
    }
  }
  return found
}

/**
 * `he said` / `she told` with no person or role named in its sentence, the
 * `window` sentences before it, or the previous paragraph. A pronoun that
 * resolves (or is reported) keeps the person in play for the next ones.
 */
export function unresolvedPronouns(analysis: Analysis, window: number): PronounFinding[] {
  const found: PronounFinding[] = []
  const names = draftNames(analysis)
  const kept = keeping.get(analysis)?.pronouns
  const personal = personNames(analysis)
  const full = namedInFull(analysis)
  // Where each gender's chain was last kept in play: a name or role keeps
  // both, a resolved `he`/`his` only his, a resolved `she`/`her` only hers.
  let last: Chains = {he: never, she: never}
  let sentencesSoFar = 0
  for (const paragraph of analysis.paragraphs) {
    const previous = analysis.paragraphs[paragraph.index - 1]
    const dialogue = previous !== undefined && previous.quotes.length > 0 && paragraph.quotes.length > 0
    const opening = openingOf(analysis, paragraph, names)
    const first = sentencesSoFar
    sentencesSoFar += paragraph.sentences.length
    if (!kept) {
      last = pronounsInParagraph(analysis, paragraph, dialogue, opening, first, last, window, names, found)
      continue
    }
    // Kept under everything the paragraph's pass reads: the paragraph
    // (its reading's serial, which stands for its `paragraphKey`: its words
    // outside quotations), whether it is a
    // heading, whether a dialogue carries the chains into it, the window,
    // the chains carried in from the paragraphs before (as far back as the
    // pass can tell them apart: `chainState`), and, of the draft's names,
    // whether each name-like word opening one of its sentences is one
    // (the only names `mentionsPerson` looks up), and whether each name
    // used mid-sentence is one the draft gives a person (`personNames`) or
    // writes after a given name (`namedInFull`), which end a list of places
    // or bodies and an organisation's name.
    const reading = readingOf(analysis, paragraph)
    let known = ''
    for (const name of reading.openingNames) known += names.has(name) ? '1' : '0'
    known += ':'
    for (const name of reading.names) known += (personal.has(name) ? 1 : 0) + (full.has(name) ? 2 : 0)
    const key = `${window}:${paragraph.heading ? 1 : 0}${dialogue ? 1 : 0}${opening.first ? 1 : 0}${opening.named ? 1 : 0}:${chainState(last.he, first, paragraph.index, window)}:${chainState(last.she, first, paragraph.index, window)}:${known}:${reading.serial}`
    const incoming = last
    const answer = kept.get(key, () => {
      const local: PronounFinding[] = []
      const outgoing = pronounsInParagraph(analysis, paragraph, dialogue, opening, first, incoming, window, names, local)
      const relative = (chain: Chain, before: Chain): ChainOut =>
        chain.paragraph === paragraph.index ? {here: chain.sentence - first} : {here: undefined, toPrevious: chain.paragraph !== before.paragraph}
      return {
        found: local.map(({span, pronoun}) => ({start: span.start - paragraph.start, end: span.end - paragraph.start, pronoun})),
        he: relative(outgoing.he, incoming.he),
        she: relative(outgoing.she, incoming.she)
      }
    })
    for (const finding of answer.found) found.push({span: {start: finding.start + paragraph.start, end: finding.end + paragraph.start}, pronoun: finding.pronoun})
    const absolute = (out: ChainOut, before: Chain): Chain =>
      out.here !== undefined
        ? {sentence: first + out.here, paragraph: paragraph.index}
        : out.toPrevious
          ? {sentence: before.sentence, paragraph: paragraph.index - 1}
          : before
    last = {he: absolute(answer.he, incoming.he), she: absolute(answer.she, incoming.she)}
  }
  return found
}

/** Where a gender's chain of pronouns was last kept in play: the sentence (index in the draft) and the paragraph. */
interface Chain {
  readonly sentence: number
  readonly paragraph: number
}

interface Chains {
  readonly he: Chain
  readonly she: Chain
}

const never: Chain = {sentence: -Infinity, paragraph: -Infinity}

/** A chain after a paragraph's pass: kept in play by its sentence `here` (from the paragraph's first), or carried through, moved to the paragraph before by a dialogue or not. */
type ChainOut = {readonly here: number} | {readonly here: undefined; readonly toPrevious: boolean}

/** One paragraph's pronoun findings, their spans relative to the paragraph, and the chains it hands on. */
interface ParagraphPronouns {
  readonly found: ReadonlyArray<{readonly start: number; readonly end: number; readonly pronoun: string}>
  readonly he: ChainOut
  readonly she: ChainOut
}

/**
 * What a paragraph's pass can tell of a chain carried into it, whose first
 * sentence is `first` and index `index`: never started; or how many
 * sentences and paragraphs back it was kept in play, each as far as a
 * comparison of the pass can tell (sentences: `window` + 1, since a
 * dialogue looks from the sentence before; paragraphs: 2), beyond that `far`.
 */
function chainState(chain: Chain, first: number, index: number, window: number): string {
  if (chain.sentence === -Infinity) return 'never'
  const sentences = first - chain.sentence
  const paragraphs = index - chain.paragraph
  return `${sentences <= window + 1 ? sentences : 'far'},${paragraphs <= 2 ? paragraphs : 'far'}`
}

/**
 * Where a paragraph stands in the draft's opening (`openingRun`), for
 * `pronounsInParagraph`: `first`, it is the draft's first paragraph;
 * `named`, it stands before the draft's first narration and the person is
 * given after it (the next paragraph opens with a quotation, a reply in an
 * exchange under way, or its sentences or the next paragraph's name a
 * person or a role).
 */
interface Opening {
  readonly first: boolean
  readonly named: boolean
}

function openingOf(analysis: Analysis, paragraph: ParagraphInfo, names: ReadonlySet<string>): Opening {
  const first = paragraph.index === 0
  if (paragraph.index >= openingRun(analysis)) return {first, named: false}
  const next = analysis.paragraphs[paragraph.index + 1]
  const reply = next?.quotes[0]
  if (next && reply && opensParagraph(reply, next)) return {first, named: true}
  const sentences = [...paragraph.sentences, ...(next?.sentences ?? [])]
  return {first, named: sentences.some((sentence) => mentionsPerson(sentence, names, analysis))}
}

/** `unresolvedPronouns` over one paragraph: its findings are added to `found`, and the chains it hands on returned. */
function pronounsInParagraph(
  analysis: Analysis,
  paragraph: ParagraphInfo,
  dialogue: boolean,
  opening: Opening,
  first: number,
  incoming: Chains,
  window: number,
  names: ReadonlySet<string>,
  found: PronounFinding[]
): Chains {
  const last = {he: incoming.he, she: incoming.she}
  // A dialogue keeps its people in play: from one paragraph of quotation
  // to the next, a chain still in play at the end of the first goes on.
  if (dialogue) {
    for (const gender of ['he', 'she'] as const) {
      const alive = first - 1 - last[gender].sentence <= window || paragraph.index - 1 - last[gender].paragraph <= 1
      if (alive) last[gender] = {sentence: last[gender].sentence, paragraph: paragraph.index - 1}
    }
  }
  // The chains a `he` or `she` of the paragraph so far kept in play.
  const voices = new Set<'he' | 'she'>()
  for (let index = 0; index < paragraph.sentences.length; index++) {
    const sentence = paragraph.sentences[index]!
    const here = {sentence: sentence.index, paragraph: paragraph.index}
    const mentions = mentionsPerson(sentence, names, analysis)
    const inPlay = (gender: 'he' | 'she') =>
      mentions || sentence.index - last[gender].sentence <= window || paragraph.index - last[gender].paragraph <= 1
    const attributions = paragraph.heading ? [] : pronounAttributions(sentence)
    const refreshed = new Set<'he' | 'she'>()
    for (const attribution of attributions) {
      const gender = cues.chainPronouns.get(attribution.pronoun.toLowerCase()) ?? 'he'
      // In the draft's opening, before any narration, a person the draft
      // names after it (`“Fools,” he would say, …` then `Feathertop …`) or an
      // exchange under way gives the pronoun its person, as an opening that
      // names its subject after the words does.
      if (!inPlay(gender) && !(opening.named && last[gender].sentence === -Infinity)) found.push(attribution)
      // Reported or not, the next pronoun of this gender chains to this one.
      refreshed.add(gender)
    }
    // The writer's own `he` or `she` in narration keeps a person of the
    // draft in view (`She turned away.` then `“…,” she said.`), once a
    // person has been named or a pronoun resolved at all.
    // Every token of the draft is read here: an indexed loop makes no iterator steps.
    const visible = sentence.visible
    for (let at = 0; at < visible.length; at++) {
      const token = visible[at]!
      const gender = token.word ? cues.chainPronouns.get(token.form) : undefined
      // So does a pronoun of the draft's first paragraph, whose narration
      // opens on its person by pronoun (`She was carrying a quirt.`).
      if (gender && (inPlay(gender) || last[gender].sentence !== -Infinity || opening.first)) refreshed.add(gender)
      // The writer's `we` (`We finished the bottle.`) takes in the people
      // with the writer: a person still in play stays in view through it.
      if (token.word && token.form === 'we') for (const kept of ['he', 'she'] as const) if (inPlay(kept) && last[kept].sentence !== -Infinity) refreshed.add(kept)
    }
    // A sentence wholly inside a quotation, after a `he` or `she` of the
    // same paragraph, is the words of the person that pronoun stands for:
    // they stay in view through it, however long the quotation runs (`He
    // was telephoning. “No, Millie, I'm home. …”`). Only that pronoun's
    // chain: a name gives no gender, and a quotation standing alone as its
    // paragraph keeps no one in view, its speaker being what is in question.
    if (!sentence.visible.some((token) => token.word)) {
      for (const gender of voices) if (inPlay(gender)) refreshed.add(gender)
    } else for (const gender of refreshed) voices.add(gender)
    if (mentions) {
      last.he = here
      last.she = here
    }
    for (const gender of refreshed) last[gender] = here
  }
  return last
}

// ---------------------------------------------------------------------------
// vague-attribution

/**
 * Whether a paragraph names a source itself (`…, Jane Roe said`, `according
 * to the Met Office`), so a vague phrase in it is backed up.
 */
export function paragraphNamesSource(paragraph: ParagraphInfo, names: ReadonlySet<string>): boolean {
  const named = (token: Token | undefined): boolean =>
    Boolean(token && isNameLike(token) && (!token.sentenceInitial || names.has(stripPossessive(token.text))))
  for (const sentence of paragraph.sentences) {
    const visible = sentence.visible
    for (let at = 0; at < visible.length; at++) {
      const token = visible[at]!
      if (!token.word) continue
      const verb = isSpeechVerb(token.form)
      const according = phraseEnd(accordingTo, visible, at) !== -1
      if (!verb && !according) continue
      let after = according ? at + 2 : at + 1
      for (let skipped = 0; skipped < 2 && visible[after]?.word && objectWords.has(visible[after]!.form); skipped++) after++
      if (named(visible[after])) return true
      if (according) continue
      let before = at - 1
      for (let skipped = 0; skipped < 3 && skippable(visible[before]); skipped++) before--
      if (named(visible[before])) return true
      const comma = visible[before]
      if (comma && !comma.word && comma.text === ',') {
        // `Jane Roe, who chairs the residents’ group, said`
        for (let back = before - 1; back >= 0 && back >= before - 15; back--) if (named(visible[back])) return true
      }
    }
  }
  return false
}

// ---------------------------------------------------------------------------
// anonymous-attribution

export interface AnonymousFinding extends Span {
  /** A phrase granting anonymity (`on condition of anonymity`) rather than the source itself. */
  readonly anonymity: boolean
}

/**
 * Anonymous sources in a sentence: `sources said`, `a senior government
 * source`, `people familiar with the talks`, `an unnamed official`, and
 * phrases that grant anonymity (`spoke on condition of anonymity`).
 */
export function anonymousSources(sentence: SentenceInfo): AnonymousFinding[] {
  const found: AnonymousFinding[] = []
  const visible = sentence.visible
  const speechAt: number[] = []
  for (const [index, token] of visible.entries()) {
    if (!token.word) continue
    if (isSpeechVerb(token.form) || sourceVerbs.has(token.form)) {
      speechAt.push(index)
    }
  }
  let coveredUntil = -1
  for (let at = 0; at < visible.length; at++) {
    const token = visible[at]!
    if (!token.word || at <= coveredUntil) continue
    const lower = token.form
    const source = cues.anonymousHeads.has(lower)
    const qualifiable = cues.qualifiedHeads.has(lower)
    if (!source && !qualifiable) continue
    const next = visible[at + 1]
    if (source && next?.word && cues.notSourceNext.has(next.form)) continue
    // Walk left over the noun phrase: `a senior Downing Street source`.
    let first = at
    let adjectiveAnonymous = false
    while (first > 0) {
      const previous = visible[first - 1]!
      if (!previous.word) break
      if (cues.anonymousAdjectives.has(previous.form)) adjectiveAnonymous = true
      if (cues.sourceModifiers.has(previous.form) || (isNameLike(previous) && !previous.sentenceInitial) || previous.form === 'the') {
        first--
        if (previous.form === 'the' || first <= at - 5) break
        continue
      }
      break
    }
    const before = visible[first - 1]
    if (before?.word && (cues.notSourceBefore.has(before.form) || objectsOfThing.has(before.form))) continue
    if (source && at > first && cues.notSourceBefore.has(visible[at - 1]!.form)) continue
    // Walk right over a qualifier: `familiar with the talks`, `close to the minister`.
    let last = at
    const qualifierEnd = phraseEnd(anonymousQualifiers, visible, at + 1)
    const qualifier = qualifierEnd !== -1
    if (qualifier) {
      last = qualifierEnd - 1
      for (let taken = 0; taken < 5; taken++) {
        const word = visible[last + 1]
        if (!word?.word || stopsQualifier(word)) break
        last++
      }
    }
    if (qualifiable && !qualifier && !adjectiveAnonymous) continue
    const afterAccording = first >= 2 && phraseEnd(accordingTo, visible, first - 2) !== -1
    const byOrCiting = before?.word && ['by', 'citing', 'cited', 'quoting', 'from'].includes(before.form)
    const speaks = speechAt.some((index) => index > last && index - last <= 12) || speechAt.some((index) => index === first - 1)
    if (!qualifier && !afterAccording && !byOrCiting && !speaks && !adjectiveAnonymous) continue
    // `sources said`: the verb straight after the source belongs to the phrase.
    const verb = visible[last + 1]
    if (verb?.word && (strongSpeechVerbs.has(verb.form) || pronounSpeechVerbs.has(verb.form))) last++
    found.push({start: visible[first]!.start, end: visible[last]!.end, anonymity: false})
    coveredUntil = last
  }
  for (let at = 0; at < visible.length; at++) {
    if (!visible[at]!.word) continue
    if (!anonymityStarts.has(visible[at]!.form)) continue
    const end = phraseEnd(anonymityPhrases, visible, at)
    if (end === -1) continue
    // Reported once per sentence: the source itself is the better place.
    if (found.length === 0) found.push({start: visible[at]!.start, end: visible[end - 1]!.end, anonymity: true})
    break
  }
  return found
}

const objectsOfThing = new Set(['of', 'as'])
const anonymousQualifiers = compilePhrases(cues.anonymousQualifiers)
const anonymityPhrases = compilePhrases(cues.anonymityPhrases)
const anonymityStarts = firstWords(cues.anonymityPhrases)

function stopsQualifier(token: Token): boolean {
  return (
    strongSpeechVerbs.has(token.form) ||
    weakSpeechVerbs.has(token.form) ||
    ['who', 'that', 'which', 'and', 'but', 'on', 'were', 'was', 'is', 'are', 'have', 'has', 'had', 'say', 'told'].includes(token.form)
  )
}
