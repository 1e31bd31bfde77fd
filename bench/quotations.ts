/**
 * Quotations benchmark (`npm run bench:quotations`, also a section of
 * `npm run bench`): how well `quote-balance` finds broken quotation marks
 * and how well the attribution rules (`quote-attribution`,
 * `pronoun-attribution`) find quotations with no speaker, on edited text.
 *
 * Hold-out: the Brown press categories (`ca` reportage, `cb` editorials,
 * `cc` reviews) are the benchmark and are never used to tune word lists,
 * cues or thresholds; `--dev` runs the same measurements on Brown's other
 * categories (`cd`…`cr`: religion, skills, lore, belles lettres,
 * government, learned, and the fiction categories rich in dialogue), and
 * only there does `--show` print the findings that matched no planted
 * fault, for study.
 *
 * * Quote balance: each text is checked as edited (every finding counts as
 *   a false alarm), then with mark faults planted in paragraphs whose marks
 *   pair up cleanly, one kind per paragraph, two paragraphs apart at least:
 *   an unclosed quotation (the closing mark that ends a paragraph deleted),
 *   a deleted closing mark (mid-paragraph, before the attribution or the
 *   next words), a reversed mark (`“` for `”` or back), a mixed mark (one
 *   curly mark made straight) and a stray mark (an opening mark deleted, or
 *   a closing mark typed after a word in a paragraph with no quotation). A
 *   finding inside the fault's span (the quotation for a missing closing
 *   mark, the mark itself otherwise) finds it; any other finding is a false
 *   alarm. Running quotations (paragraphs of the text made into one
 *   quotation that runs over two or three paragraphs, each reopened, closed
 *   at the end; with and without a `The mayor said:` lead-in; paragraphs
 *   of reported speech ending in a tag, `…, he said.`, left out, as their
 *   tag would stand inside the marks) must draw no finding at all.
 * * Attribution: the attribution rules' findings per 1,000 words on the
 *   texts as edited (each quotation there has its speaker), then with the
 *   speaker removed from some paragraphs: a paragraph whose only words
 *   outside its quotations are its attribution (`“…,” Smith said.`, `Smith
 *   said: “…”`, found by the corpus's part-of-speech tags, not by copydesk's
 *   word lists) loses them, so only the quotation is left, and is kept only
 *   where the paragraph before has no quotation, does not end in a colon,
 *   and its last sentence, as copydesk splits it (see below), has no proper
 *   noun and no personal pronoun (so no speaker is in sight). A `quote-attribution`
 *   finding on such a quotation finds it. A finding elsewhere is a false
 *   alarm unless its quotation, in the text as edited, had its speaker
 *   from a sentence of an orphan's paragraph (the excuse copydesk gives
 *   for it names that sentence): the orphan's paragraph keeps nothing
 *   outside its quotations, so that speaker came from the attribution
 *   taken away (`He added: “…”` after it, the rest of a running
 *   quotation), and the finding, a consequence of the removal, counts as
 *   correct; so does a `pronoun-attribution` finding in the paragraph
 *   right after an orphan that the text as edited does not draw (its
 *   antecedent was the person the removed tag named). Another rule's finding inside an orphan counts neither way.
 *   The precision by the earlier definition, which counted every finding
 *   in the paragraph after an orphan neither way and any other finding
 *   off an orphan as a false alarm, is printed beside it.
 * * Speaker removal (recall only): every quotation the corpus itself shows
 *   attributed in its sentence (by its part-of-speech tags: a verb tagged
 *   `vbd`/`vbz` with its subject next to the quotation, in the forms
 *   `“…,” Smith said.`, `“…,” said Smith.`, `“…,” he said.`, `Smith said:
 *   “…”` or `He said, “…”`, and `according to Smith`; see
 *   `bench/speaker-removal.ts`) loses that clause, its punctuation mended
 *   (`“…,” Smith said.` → `“….”`), the rest of its paragraph kept. The
 *   variant is kept only where no speaker stays in sight: the paragraph
 *   has no other attribution, the orphan is its first quotation and has
 *   five words at least, what the paragraph keeps outside its quotations
 *   has no proper noun, no personal pronoun but `it` and no `according
 *   to`, and the paragraph before has no quotation, does not end in a
 *   colon and its last sentence has no proper noun and no personal pronoun
 *   but `it`. That last sentence is the one copydesk reads, from copydesk's
 *   own parser, not the corpus's: the corpus ends a sentence at `;;` and
 *   after some abbreviations where copydesk reads on (`She puffed on the
 *   cigarette;; didn't answer.` is one sentence, with `She` in it; see
 *   `lastSentenceAsRead`). Two placements are counted apart: *in place*, where the
 *   paragraph before it in the text passes that test (few do: an
 *   attributed quotation mostly follows another quotation or a sentence
 *   naming its speaker), and *moved*, where the paragraph is taken out and
 *   set after another paragraph of the same text that passes it and does
 *   not lead into a quotation (the paragraph after it in the text opens
 *   with a quotation mark, so the orphan set there would read as the
 *   quotation announced; see `leadsIntoQuotation`), chosen at random,
 *   seeded, as a quotation moved up or down in editing loses its speaker.
 *   The orphans of a text are shuffled (seeded) and spread over copies of it, three paragraphs apart at least in each copy, so
 *   that one orphan cannot explain another's finding. A `quote-attribution`
 *   finding on the orphan's quotation finds it. The copies carry many
 *   orphans, so their other findings are not counted: this measures
 *   recall, per form, and nothing about precision.
 * * Speaker removal after a person (recall only): the same removals, kept
 *   where the paragraph set before the orphan (in place, the one before it
 *   in the text; moved, another of the same text that does not lead into a
 *   quotation, from a seeded stream of its own) has no quotation and does
 *   not end in a colon, but its last sentence (as copydesk splits it, as
 *   for the rows above) has a proper noun or a personal pronoun but `it`,
 *   and none of the proper nouns of the
 *   attribution taken away (`Peter Marshall took the chair.`, `She turned
 *   away.`). The other rows never make such an orphan, so a cue that
 *   credits a quotation to a person in sight cannot cost recall in them;
 *   this row shows what such cues excuse. Counted apart by what the
 *   sentence holds (a proper noun, or only a pronoun). The person in sight
 *   may be the speaker for a reader (fiction sets a line after its
 *   speaker's action, `He frowned.` ¶ `“I'll think about it.”`), so this
 *   row has no target: a cue is judged on it only against what it does to
 *   precision.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {registry} from '../rules/index.js'
import {defaultMinWords} from '../rules/quote-attribution/index.js'
import {analyse, unattributedQuotes, type Excuse} from '../src/analysis/attribution.js'
import type {QuoteSegment} from '../src/analysis/quotations.js'
import {defineRule} from '../src/core/define-rule.js'
import {loadResources} from '../src/node/resources.js'
import {countWords, detokenize, loadBrownFiles, type Sentence} from './brown.js'
import {fixed, integer, table} from './markdown.js'
import {seededRandom, shuffled, type Random} from './random.js'
import {attributionForms, lastSentenceAsRead, leadsIntoQuotation, removeSpeakers, type AttributionForm, type Removal} from './speaker-removal.js'
import {exitOnUnknownOptions} from './options.js'

/** The benchmark: never tune on these. */
const heldOutCategories = ['ca', 'cb', 'cc']
/** Everything else in Brown, for development. */
const devCategories = ['cd', 'ce', 'cf', 'cg', 'ch', 'cj', 'ck', 'cl', 'cm', 'cn', 'cp', 'cr']
const seed = 1010
/** Its own stream for speaker removal, so the measurements before it draw the same numbers as ever. */
const removalSeed = 1011
/** And one for the speaker removal after a paragraph naming a person. */
const personSeed = 1012

const balanceRule = 'quote-balance'
const attributionRules = ['quote-attribution', 'pronoun-attribution']

type FaultKind = 'unclosed' | 'deleted closing mark' | 'reversed' | 'mixed' | 'stray'
const faultKinds: ReadonlyArray<FaultKind> = ['unclosed', 'deleted closing mark', 'reversed', 'mixed', 'stray']

/**
 * Where a quotation that lost its attribution stands: in its own paragraph
 * where it was, or with its paragraph moved after another paragraph of the
 * same text that leaves no speaker in sight (as a quotation moved up or down
 * in editing loses its speaker).
 */
type RemovalPlacement = 'in place' | 'moved'
const removalPlacements: ReadonlyArray<RemovalPlacement> = ['in place', 'moved']

interface Placement<Key extends string> {
  readonly placement: RemovalPlacement
  /** The paragraph the quotation comes from. */
  readonly source: number
  /** The paragraph the orphan follows. */
  readonly host: number
  readonly removal: Removal
  /** The row of its table the orphan is counted in. */
  readonly key: Key
}

/**
 * What the last sentence of the paragraph before an orphan of the harder
 * speaker-removal row holds: a proper noun (`Peter Marshall took the
 * chair.`), or a personal pronoun and no proper noun (`She turned away.`).
 */
type PersonCue = 'proper noun' | 'pronoun'
const personCues: ReadonlyArray<PersonCue> = ['proper noun', 'pronoun']

/** Orphans counted by placement, then by row. */
type Tally<Key extends string> = Map<RemovalPlacement, Map<Key, {found: number; planted: number}>>

interface Doc {
  readonly id: string
  readonly paragraphs: ReadonlyArray<ReadonlyArray<Sentence>>
}

export interface Hit {
  readonly rule: string
  readonly start: number
  readonly end: number
  readonly reason: string
}

interface Window {
  readonly start: number
  readonly end: number
}

interface Fault extends Window {
  readonly kind: FaultKind
}

/**
 * The held-out texts' own quotation-mark faults, read by hand: a `quote-balance`
 * finding on the texts as edited that points at a mark the transcription
 * really left unpaired (a closing mark lost, a stray or garbled mark) is a
 * true finding, not a false alarm. Each finding on the texts as edited is
 * listed there with its verdict; nothing in copydesk reads this file.
 */
const adjudicationFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'adjudicated', 'press-quote-balance.tsv')

interface Adjudication {
  readonly verdict: 'text-fault' | 'false-alarm'
  readonly context: string
}

/** Verdicts by `text paragraph offset` (the finding's offset within its paragraph). */
function readAdjudications(): Map<string, Adjudication> {
  const verdicts = new Map<string, Adjudication>()
  if (!fs.existsSync(adjudicationFile)) return verdicts
  for (const line of fs.readFileSync(adjudicationFile, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue
    const [text, paragraph, offset, verdict, context] = line.split('\t')
    if (verdict !== 'text-fault' && verdict !== 'false-alarm') throw new Error(`${adjudicationFile}: unknown verdict \`${verdict}\` in \`${line}\``)
    verdicts.set(`${text} ${paragraph} ${offset}`, {verdict, context: context ?? ''})
  }
  return verdicts
}

/** The words around a finding, as the adjudication file quotes them. */
function contextAt(paragraph: string, offset: number): string {
  return paragraph.slice(Math.max(0, offset - 30), offset + 30).replace(/\s+/g, ' ')
}

export interface QuotationsResult {
  readonly mode: 'dev' | 'held-out'
  readonly texts: number
  readonly words: number
  readonly balance: {
    readonly cleanFindings: number
    readonly faulted: number
    readonly truePositives: number
    readonly falsePositives: number
    readonly byKind: ReadonlyMap<FaultKind, {found: number; planted: number}>
    readonly runningTexts: number
    readonly runningParagraphs: number
    readonly runningFindings: number
    /** Findings on the texts as edited that the adjudication file calls the text's own faults. */
    readonly cleanTextFaults: number
    /** Findings in the faulted texts, outside any planted fault, on such a fault of the text's own. */
    readonly faultedTextFaults: number
    /** Findings on the texts as edited that the adjudication file has no verdict for. */
    readonly unjudged: ReadonlyArray<string>
  }
  readonly attribution: {
    readonly cleanFindings: number
    readonly orphans: number
    readonly found: number
    /** Findings on an orphan, and on a quotation (or a pronoun) whose speaker, in the text as edited, only an orphan's removed attribution gave. */
    readonly truePositives: number
    /** Of those, the findings on such a quotation, not on an orphan. */
    readonly credited: number
    readonly falsePositives: number
    /**
     * Precision by the definition before `credited`: a finding in the
     * paragraph after an orphan counted neither way, any other finding off
     * an orphan a false alarm.
     */
    readonly earlier: {readonly truePositives: number; readonly falsePositives: number}
  }
  /** Speaker removal: quotations attributed in their sentence, with that attribution taken out. */
  readonly removal: {
    /** Copies of the texts linted, each with orphans three paragraphs apart at least. */
    readonly copies: number
    readonly byPlacement: ReadonlyMap<RemovalPlacement, ReadonlyMap<AttributionForm, {found: number; planted: number}>>
  }
  /**
   * Speaker removal after a paragraph whose last sentence names someone
   * other than the removed speaker or holds a personal pronoun: the orphans
   * the other rows never make, where a cue that credits a person in sight
   * can excuse an orphan.
   */
  readonly afterPerson: {
    readonly copies: number
    readonly byPlacement: ReadonlyMap<RemovalPlacement, ReadonlyMap<PersonCue, {found: number; planted: number}>>
  }
  /** Findings that matched nothing planted, for study (dev mode only). */
  readonly unmatched: ReadonlyArray<string>
}

function paragraphString(paragraph: ReadonlyArray<Sentence>): string {
  return paragraph.map(detokenize).join(' ')
}

/** Which paragraph of a joined text holds `offset`. */
function paragraphIn(starts: ReadonlyArray<number>, offset: number): number {
  let index = 0
  while (index + 1 < starts.length && starts[index + 1]! <= offset) index++
  return index
}

function join(paragraphs: ReadonlyArray<string>): {text: string; starts: number[]} {
  const starts: number[] = []
  let at = 0
  for (const paragraph of paragraphs) {
    starts.push(at)
    at += paragraph.length + 2
  }
  return {text: paragraphs.join('\n\n') + '\n', starts}
}

/** Lint a text: the findings of the measured rules, and (when explaining) the excuses of the last text linted. */
interface Lint {
  (text: string): Promise<Hit[]>
  readonly excuses: Hit[]
}

/**
 * A rule of the benchmark's own: for each quotation of speech
 * `quote-attribution` leaves unreported, a finding over the whole quotation
 * (all its paragraphs, for a running one) whose reason is its `Excuse` as
 * JSON, so a missed orphan can say what excused it (`--dev --show`) and a
 * finding in an orphan copy can be traced to the sentence that gave its
 * quotation a speaker in the text as edited.
 */
const explainRule = 'attribution-excuse'
const explainAttribution = defineRule(
  {id: explainRule, category: 'style', fix: 'none', summary: 'Say why each quotation of speech went unreported.'},
  function (tree, context, _options, report) {
    const excuses = new Map<QuoteSegment, Excuse>()
    const analysis = analyse(tree, context)
    unattributedQuotes(analysis, defaultMinWords, excuses)
    for (const [segment, excuse] of excuses) {
      let last = segment
      while (last.continues) {
        const next = analysis.paragraphs[last.paragraph + 1]?.quotes[0]
        if (!next) break
        last = next
      }
      report({start: segment.start, end: last.end}, {reason: JSON.stringify(excuse), note: '', actual: ''})
    }
  }
)

function makeLint(explain = false): Lint {
  const settings: Record<string, 'off' | 'warn'> = {}
  for (const rule of registry.rules) settings[rule.meta.id] = 'off'
  for (const id of [balanceRule, ...attributionRules]) settings[id] = 'warn'
  if (explain) settings[explainRule] = 'warn'
  const rules = explain ? {...registry, rules: [...registry.rules, explainAttribution]} : registry
  const processor = createProcessor({dialect: 'en-US', rules: settings}, rules, loadResources)
  const excuses: Hit[] = []
  const lint = async (text: string): Promise<Hit[]> => {
    const file = await check(processor, new VFile({path: 'draft.txt', value: text}))
    const hits = file.messages.map((message) => ({
      rule: message.ruleId ?? '',
      start: message.place && 'start' in message.place ? (message.place.start.offset ?? -1) : -1,
      end: message.place && 'end' in message.place ? (message.place.end.offset ?? -1) : -1,
      reason: message.reason
    }))
    excuses.length = 0
    excuses.push(...hits.filter((hit) => hit.rule === explainRule))
    return hits.filter((hit) => hit.rule !== explainRule)
  }
  return Object.assign(lint, {excuses})
}

/**
 * For study (`--dev --show`): why a missed orphan (the quotation from `start`
 * to `end`) went unreported, with the sentence holding the evidence, the
 * orphan's paragraph and the one before.
 */
function explainMiss(text: string, starts: ReadonlyArray<number>, start: number, end: number, excuses: ReadonlyArray<Hit>, groups: Map<string, number>): string {
  const hit = excuses.find((excuse) => excuse.start <= start && start <= excuse.end) ?? excuses.find((excuse) => excuse.start >= start && excuse.start <= end)
  const excuse = hit ? (JSON.parse(hit.reason) as Excuse) : undefined
  const cue = excuse?.cue ?? 'no quotation of speech found there'
  groups.set(cue, (groups.get(cue) ?? 0) + 1)
  const paragraph = paragraphIn(starts, start)
  const flat = (from: number, to: number) => text.slice(from, to).replace(/\s+/g, ' ').trim()
  const paragraphText = (index: number) => (index < 0 ? '(none)' : flat(starts[index]!, (starts[index + 1] ?? text.length + 2) - 2))
  const lines = [`    excused by: ${cue}${excuse?.speaker ? ` (speaker: ${excuse.speaker})` : ''}`]
  if (excuse?.evidence) lines.push(`    evidence: ${flat(excuse.evidence.start, excuse.evidence.end)}`)
  lines.push(`    before: ${paragraphText(paragraph - 1)}`, `    orphan: ${paragraphText(paragraph)}`)
  return lines.join('\n')
}

/**
 * Whether a finding in an orphan copy (`hit`, offsets in the copy whose
 * paragraphs start at `starts`) is on a quotation that, in the text as
 * edited (paragraphs at `cleanStarts`, where it has the excuses
 * `cleanExcuses`), had its speaker from a sentence of an orphan's
 * paragraph (`orphans`, by index; a paragraph keeps its index in the copy).
 * An orphan's paragraph keeps nothing outside its quotations, so what
 * credited the speaker there was the attribution the removal took away,
 * or a quotation whose speaker only that attribution gave: the finding is
 * the removal's consequence (`He added: “…”` after the orphan, the rest of
 * a running quotation), not a false alarm. A `pronoun-attribution`
 * finding points at a pronoun, not a quotation: in the paragraph right
 * after an orphan, one the text as edited (`cleanHits`) does not draw has
 * lost its antecedent, the person the removed tag named, and is such a
 * consequence too. A finding in an orphan's own paragraph is not asked
 * about.
 */
export function creditedToOrphan(
  hit: Hit,
  starts: ReadonlyArray<number>,
  cleanStarts: ReadonlyArray<number>,
  cleanHits: ReadonlyArray<Hit>,
  cleanExcuses: ReadonlyArray<Hit>,
  orphans: ReadonlyArray<number>
): boolean {
  const paragraph = paragraphIn(starts, hit.start)
  if (orphans.includes(paragraph)) return false
  // Paragraphs other than the orphans are unchanged: the same offset within the paragraph.
  const at = cleanStarts[paragraph]! + hit.start - starts[paragraph]!
  // A pronoun (`He added: …`) right after an orphan, flagged only once the orphan's tag, its antecedent, is gone.
  if (hit.rule === 'pronoun-attribution') return orphans.includes(paragraph - 1) && !cleanHits.some((clean) => clean.rule === hit.rule && clean.start === at)
  const excused = cleanExcuses.find((excuse) => excuse.start <= at && at < excuse.end)
  if (!excused) return false
  const {evidence} = JSON.parse(excused.reason) as Excuse
  return evidence !== undefined && orphans.includes(paragraphIn(cleanStarts, evidence.start))
}

/** Curly double marks of a paragraph, paired in turn; undefined when they do not alternate. */
function pairs(text: string): Array<{open: number; close: number}> | undefined {
  const found: Array<{open: number; close: number}> = []
  let open = -1
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index)
    if (char === '“') {
      if (open !== -1) return undefined
      open = index
    } else if (char === '”') {
      if (open === -1) return undefined
      found.push({open, close: index})
      open = -1
    } else if (char === '"') return undefined
  }
  return open === -1 ? found : undefined
}

function pick<T>(random: Random, items: ReadonlyArray<T>): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)]
}

/** Plant one fault of `kind` in paragraph `index`, or return undefined when it has no place for one. */
function plant(
  kind: FaultKind,
  paragraphs: string[],
  index: number,
  random: Random
): {text: string; window: Window} | undefined {
  const text = paragraphs[index]!
  const found = pairs(text)
  if (!found) return undefined
  const next = paragraphs[index + 1] ?? ''
  switch (kind) {
    case 'unclosed': {
      if (next.trimStart().startsWith('“')) return undefined
      if (found.length === 0) {
        if (/['‘’]/.test(text)) return undefined
        // An opening mark typed before a word of a paragraph with no quotation.
        const word = pick(random, [...text.matchAll(/(?<= )\p{L}{3,}/gu)])
        if (!word) return undefined
        return {text: text.slice(0, word.index) + '“' + text.slice(word.index), window: {start: word.index, end: word.index}}
      }
      // The closing mark that ends the paragraph deleted.
      const last = found[found.length - 1]!
      if (text.slice(last.close + 1).trim() !== '') return undefined
      return {text: text.slice(0, last.close) + text.slice(last.close + 1), window: {start: last.open, end: last.close}}
    }
    case 'deleted closing mark': {
      const pair = pick(random, found.filter((pair) => /^[,.?!]?\s+\S/.test(text.slice(pair.close + 1, pair.close + 4))))
      if (!pair) return undefined
      return {text: text.slice(0, pair.close) + text.slice(pair.close + 1), window: {start: pair.open, end: pair.close}}
    }
    case 'reversed':
    case 'mixed': {
      const pair = pick(random, found)
      if (!pair) return undefined
      const at = random() < 0.5 ? pair.open : pair.close
      const mark = kind === 'mixed' ? '"' : text.charAt(at) === '“' ? '”' : '“'
      return {text: text.slice(0, at) + mark + text.slice(at + 1), window: {start: at, end: at}}
    }
    case 'stray': {
      if (found.length === 0) {
        if (/['‘’]/.test(text)) return undefined
        // A closing mark typed after a word in a paragraph with no quotation.
        const words = [...text.matchAll(/\p{L}{3,}(?= \p{Ll})/gu)]
        const word = pick(random, words)
        if (!word) return undefined
        const at = word.index + word[0].length
        return {text: text.slice(0, at) + '”' + text.slice(at), window: {start: at, end: at}}
      }
      // An opening mark deleted (not one at the paragraph's start, which may reopen a quotation).
      const pair = pick(random, found.filter((pair) => pair.open > 0 && /\S/.test(text.slice(0, pair.open))))
      if (!pair) return undefined
      return {text: text.slice(0, pair.open) + text.slice(pair.open + 1), window: {start: pair.close - 1, end: pair.close - 1}}
    }
  }
}

/** Brown tags of a person: proper nouns and personal pronouns. */
function namesPerson(sentences: ReadonlyArray<Sentence>): boolean {
  return sentences.some((sentence) => sentence.some(({tag}) => /^(?:np|pps|ppss|ppo|pp\$)/.test(tag)))
}

/** Brown tags of a person other than `it`: a proper noun or a personal pronoun. */
function namesSpeaker(tokens: ReadonlyArray<Sentence[number]>): boolean {
  return tokens.some(({word, tag}) => /^(?:np|pps|ppss|ppo|pp\$|ppl)/.test(tag) && !/^(?:it|its|itself)$/i.test(word))
}

/**
 * Whether a paragraph's last sentence ends in a speech tag after a comma
 * (`…, he said.`, `…, Smith told reporters.`): reported speech. Made into a
 * running quotation it would hold its own tag inside the marks, which reads
 * as a closing mark lost before the tag, so it is no running quotation.
 */
function endsInTag(paragraph: ReadonlyArray<Sentence>): boolean {
  const last = paragraph[paragraph.length - 1] ?? []
  const comma = last.map(({word}) => word).lastIndexOf(',')
  if (comma === -1) return false
  const tail = last.slice(comma + 1).filter(({word}) => /[A-Za-z]/.test(word))
  return tail.length > 0 && tail.length <= 5 && namesSpeaker(tail) && tail.some(({tag}) => /^vb[dz]/.test(tag))
}

/** The tokens of a paragraph outside its quotations. */
function outsideQuotations(paragraph: ReadonlyArray<Sentence>): Array<Sentence[number]> {
  const outside: Array<Sentence[number]> = []
  let quoted = false
  for (const token of paragraph.flat()) {
    if (token.word === '``') quoted = true
    else if (token.word === "''") quoted = false
    else if (!quoted) outside.push(token)
  }
  return outside
}

/**
 * Whether a paragraph of quotation and attribution only may lose its
 * attribution after `previous`: it has no quotation, does not end in a
 * colon, and its last sentence, as copydesk splits it
 * (`lastSentenceAsRead`), has no proper noun and no personal pronoun, `it`
 * included.
 */
export function leavesNoPerson(previous: ReadonlyArray<Sentence>): boolean {
  return !hasQuote(previous) && !namesPerson([lastSentenceAsRead(previous)]) && !/:$/.test(paragraphString(previous))
}

/**
 * Whether a quotation right after `previous` has no speaker in sight there:
 * it has no quotation, does not end in a colon, and its last sentence, as
 * copydesk splits it (`lastSentenceAsRead`, not the corpus's own split),
 * has no proper noun and no personal pronoun but `it`.
 */
export function leavesNoSpeaker(previous: ReadonlyArray<Sentence> | undefined): boolean {
  return previous !== undefined && !hasQuote(previous) && !namesSpeaker(lastSentenceAsRead(previous)) && !/:$/.test(paragraphString(previous))
}

/**
 * What `previous` shows of a person when an orphan whose attribution was
 * `attribution` is set right after it in the harder speaker-removal row:
 * it has no quotation and does not end in a colon (as for the other rows),
 * but its last sentence, as copydesk splits it (`lastSentenceAsRead`), has
 * a proper noun or a personal pronoun but `it`,
 * and no proper noun of the attribution taken away (the same name would
 * still give the quotation its speaker). Undefined when it is no such
 * paragraph.
 */
export function personBefore(previous: ReadonlyArray<Sentence> | undefined, attribution: ReadonlyArray<Sentence[number]>): PersonCue | undefined {
  if (previous === undefined || hasQuote(previous) || /:$/.test(paragraphString(previous))) return undefined
  const last = lastSentenceAsRead(previous)
  if (!namesSpeaker(last)) return undefined
  const removed = new Set(attribution.filter(({tag}) => tag.startsWith('np')).map(({word}) => word))
  if (last.some(({word, tag}) => tag.startsWith('np') && removed.has(word))) return undefined
  return last.some(({tag}) => tag.startsWith('np')) ? 'proper noun' : 'pronoun'
}

/**
 * The one speaker removal `paragraph` allows when nothing in it still
 * names a speaker (it has no other attribution, the orphan is its first
 * quotation and has five words at least, and what it keeps outside its quotations has no proper noun,
 * no personal pronoun but `it`, and no `according to`); otherwise undefined.
 */
function removalKeepingNoSpeaker(paragraph: ReadonlyArray<Sentence>): Removal | undefined {
  const removals = removeSpeakers(paragraph)
  if (removals.length !== 1) return undefined
  const removal = removals[0]!
  if (removal.quotation !== 0) return undefined
  // Five quoted words at least, as for the paragraphs of quotation and attribution only.
  const tokens = removal.paragraph.flat()
  const open = tokens.findIndex(({word}) => word === '``')
  const close = tokens.findIndex(({word}, index) => index > open && word === "''")
  if (tokens.slice(open, close).filter(({word}) => /[A-Za-z0-9]/.test(word)).length < 5) return undefined
  const outside = outsideQuotations(removal.paragraph)
  if (namesSpeaker(outside)) return undefined
  if (outside.some((token, at) => token.word.toLowerCase() === 'according' && outside[at + 1]?.word === 'to')) return undefined
  return removal
}

function hasQuote(paragraph: ReadonlyArray<Sentence>): boolean {
  return paragraph.some((sentence) => sentence.some(({word}) => word === '``' || word === "''"))
}

/**
 * The paragraph with its attribution removed, when all it has outside its
 * quotations is one short attribution per sentence (`'' , he said .` after
 * a quotation, `'' , he said , ``` between two parts of one, which are
 * joined, or `He said , ``` / `He said : ``` before one); otherwise
 * undefined. Decided by the corpus's tags: a verb (`vb…`) in 2–8 tokens.
 */
export function withoutSpeaker(paragraph: ReadonlyArray<Sentence>): Sentence[] | undefined {
  const result: Sentence[] = []
  let removed = false
  let inQuote = false
  for (const sentence of paragraph) {
    const tokens = [...sentence]
    const outside: number[] = []
    let quote: boolean = inQuote
    for (const [index, token] of tokens.entries()) {
      if (token.word === '``') quote = true
      else if (token.word === "''") quote = false
      else if (!quote) outside.push(index)
    }
    inQuote = quote
    const words = outside.filter((index) => /[A-Za-z0-9]/.test(tokens[index]!.word))
    if (words.length === 0) {
      result.push(tokens)
      continue
    }
    const first = outside[0]!
    const last = outside[outside.length - 1]!
    // Contiguous, short and with a verb.
    if (last - first + 1 !== outside.length || words.length < 2 || words.length > 8) return onlyQuotations(paragraph)
    if (!outside.some((index) => /^vb/.test(tokens[index]!.tag))) return onlyQuotations(paragraph)
    if (first > 0 && tokens[first - 1]!.word === "''" && tokens[last + 1]?.word === '``') {
      // `“Q1,” he said, “q2 …` → `“Q1, q2 …`: the two parts of one quotation, as the tag split it.
      const reopened = tokens[last + 2]
      const newSentence = reopened !== undefined && /^[A-Z]/.test(reopened.word) && reopened.word !== 'I' && !reopened.tag.startsWith('np')
      const kept = tokens.slice(0, first - 1)
      if (kept[kept.length - 1]?.word === ',') kept.pop()
      // Its own `?`, `!` or full stop stays; otherwise a comma, or a full stop before a new sentence.
      if (!/^[.?!]$/.test(kept[kept.length - 1]?.word ?? '')) kept.push(newSentence ? {word: '.', tag: '.'} : {word: ',', tag: ','})
      result.push([...kept, ...tokens.slice(last + 2)])
    } else if (first > 0 && tokens[first - 1]!.word === "''") {
      // `“Q,” he said.` → `“Q.”`
      const kept = tokens.slice(0, first)
      const beforeClose = kept.length - 2
      if (kept[beforeClose]?.word === ',') kept[beforeClose] = {word: '.', tag: '.'}
      // Brown sets the comma outside: `“Q”, he said.` → `“Q.”`
      else if (!/^[.?!]$/.test(kept[beforeClose]?.word ?? '')) kept.splice(beforeClose + 1, 0, {word: '.', tag: '.'})
      result.push(kept)
    } else if (first === 0 && tokens[last + 1]?.word === '``') {
      // `He said: “Q.”` → `“Q.”`
      result.push(tokens.slice(last + 1))
    } else if (first === 0 && /^[,:]$/.test(tokens[last]!.word) && tokens[last + 1]?.word === '``') {
      result.push(tokens.slice(last + 1))
    } else {
      return onlyQuotations(paragraph)
    }
    removed = true
  }
  return removed ? result : undefined
}

/**
 * A paragraph that opens with a quotation and is mostly quoted words, cut
 * down to its quotations (each ending a sentence): `“Q1,” he said, turning
 * away. “Q2.”` → `“Q1.” “Q2.”`; otherwise undefined.
 */
function onlyQuotations(paragraph: ReadonlyArray<Sentence>): Sentence[] | undefined {
  const tokens = paragraph.flat()
  if (tokens[0]?.word !== '``') return undefined
  const kept: Sentence[] = []
  let current: Array<Sentence[number]> | undefined
  let quoted = 0
  for (const token of tokens) {
    if (token.word === '``') current = [token]
    else if (token.word === "''" && current) {
      const last = current[current.length - 1]!.word
      if (last === ',' || last === ';' || last === ':') current[current.length - 1] = {word: '.', tag: '.'}
      else if (!/^[.?!]$/.test(last)) current.push({word: '.', tag: '.'})
      kept.push([...current, token])
      current = undefined
    } else if (current) {
      current.push(token)
      if (/[A-Za-z0-9]/.test(token.word)) quoted++
    }
  }
  if (current) return undefined
  return quoted >= 5 && quoted >= 0.6 * countWords(paragraph) ? kept : undefined
}

/**
 * Spread orphans (`candidates`, in the order to place them) over copies of
 * `doc`, three paragraphs apart at least in each copy and one per source
 * paragraph, lint each copy, and count in `tally` which orphans a
 * `quote-attribution` finding points at; when `study` is given, each missed
 * orphan is listed there (labelled by `label`) with what excused it.
 * Returns the number of copies.
 */
async function lintOrphanCopies<Key extends string>(
  doc: Doc,
  candidates: ReadonlyArray<Placement<Key>>,
  lint: Lint,
  tally: Tally<Key>,
  label: (entry: Placement<Key>) => string,
  study: {unmatched: string[]; excusedBy: Map<string, number>} | undefined
): Promise<number> {
  const copies: Array<Array<Placement<Key>>> = []
  for (const candidate of candidates) {
    const copy = copies.find((planted) => planted.every(({host, source}) => Math.abs(host - candidate.host) >= 3 && source !== candidate.source))
    if (copy) copy.push(candidate)
    else copies.push([candidate])
  }
  for (const planted of copies) {
    const paragraphs: string[] = []
    // Where each orphan landed in the copy, in the order of `planted`.
    const at = new Map<Placement<Key>, number>()
    for (const [index, paragraph] of doc.paragraphs.entries()) {
      const inPlace = planted.find((entry) => entry.placement === 'in place' && entry.source === index)
      if (inPlace) {
        at.set(inPlace, paragraphs.length)
        paragraphs.push(paragraphString(inPlace.removal.paragraph))
      } else if (!planted.some((entry) => entry.placement === 'moved' && entry.source === index)) {
        paragraphs.push(paragraphString(paragraph))
      }
      const moved = planted.find((entry) => entry.placement === 'moved' && entry.host === index)
      if (moved) {
        at.set(moved, paragraphs.length)
        paragraphs.push(paragraphString(moved.removal.paragraph))
      }
    }
    const joined = join(paragraphs)
    // The orphan is the first quotation of its paragraph: from its opening mark to its closing mark.
    const spans = planted.map((entry) => {
      const index = at.get(entry)!
      const open = paragraphs[index]!.indexOf('“')
      return {paragraph: index, start: joined.starts[index]! + open, end: joined.starts[index]! + paragraphs[index]!.indexOf('”', open)}
    })
    const found = new Set<number>()
    for (const hit of await lint(joined.text)) {
      if (hit.rule !== 'quote-attribution') continue
      const orphan = spans.findIndex((span) => hit.start >= span.start && hit.start <= span.end)
      if (orphan !== -1) found.add(orphan)
    }
    for (const [position, entry] of planted.entries()) {
      const count = tally.get(entry.placement)!.get(entry.key)!
      count.planted++
      if (found.has(position)) count.found++
      else if (study) {
        const span = spans[position]!
        study.unmatched.push(`[${doc.id} missed ${label(entry)}]\n${explainMiss(joined.text, joined.starts, span.start, span.end, lint.excuses, study.excusedBy)}`)
      }
    }
  }
  return copies.length
}

export async function measureQuotations(mode: 'dev' | 'held-out', show = false, listAsEdited = false): Promise<QuotationsResult> {
  if (show && mode !== 'dev') throw new Error('`--show` prints findings for study and works with `--dev` only (the press texts are held out)')
  const docs: Doc[] = loadBrownFiles(mode === 'dev' ? devCategories : heldOutCategories)
  // Always explaining: a finding in an orphan copy is judged by what credited its quotation's speaker in the text as edited.
  const lint = makeLint(true)
  // Missed orphans by the cue that excused them (`--show`).
  const excusedBy = new Map<string, number>()
  const random = seededRandom(seed)
  const unmatched: string[] = []
  const note = (text: string, hit: Hit, label: string) => {
    if (!show) return
    const from = Math.max(0, hit.start - 120)
    // The finding's own span between ⟦ ⟧, so a reader sees which quotation it is; paragraph breaks show as ¶.
    const around = text.slice(from, hit.start) + '⟦' + text.slice(hit.start, hit.end) + '⟧' + text.slice(hit.end, hit.end + 80)
    unmatched.push(`${label} ${hit.rule}: ${hit.reason}\n    …${around.replace(/\n\n/g, ' ¶ ').replace(/\s+/g, ' ')}…`)
  }

  let words = 0
  let cleanBalance = 0
  let cleanAttribution = 0
  let faulted = 0
  let balanceTrue = 0
  let balanceFalse = 0
  const byKind = new Map<FaultKind, {found: number; planted: number}>(faultKinds.map((kind) => [kind, {found: 0, planted: 0}]))
  let orphanCount = 0
  let orphansFound = 0
  let attributionTrue = 0
  let attributionFalse = 0
  let attributionCredited = 0
  let earlierTrue = 0
  let earlierFalse = 0
  let runningTexts = 0
  let runningParagraphs = 0
  let runningFindings = 0
  let kindTurn = 0
  const removalRandom = seededRandom(removalSeed)
  const removalTally: Tally<AttributionForm> = new Map(
    removalPlacements.map((placement) => [placement, new Map(attributionForms.map((form) => [form, {found: 0, planted: 0}]))])
  )
  let removalCopies = 0
  const personRandom = seededRandom(personSeed)
  const personTally: Tally<PersonCue> = new Map(removalPlacements.map((placement) => [placement, new Map(personCues.map((cue) => [cue, {found: 0, planted: 0}]))]))
  let personCopies = 0
  // Missed orphans of the row after a person, by the cue that excused them (`--show`).
  const excusedAfterPerson = new Map<string, number>()
  const adjudications = mode === 'held-out' ? readAdjudications() : new Map<string, Adjudication>()
  let cleanTextFaults = 0
  let faultedTextFaults = 0
  const unjudged: string[] = []

  for (const doc of docs) {
    words += countWords(doc.paragraphs.flat())
    const strings = doc.paragraphs.map(paragraphString)
    const clean = join(strings)
    const cleanHits = await lint(clean.text)
    const cleanExcuses = [...lint.excuses]
    const dirty = new Set<number>()
    const textFaults = new Set<string>()
    for (const hit of cleanHits) {
      if (hit.rule === balanceRule) {
        cleanBalance++
        const paragraph = paragraphIn(clean.starts, hit.start)
        dirty.add(paragraph)
        note(clean.text, hit, `[${doc.id} clean]`)
        const offset = hit.start - clean.starts[paragraph]!
        const key = `${doc.id} ${paragraph} ${offset}`
        const context = contextAt(strings[paragraph]!, offset)
        const verdict = adjudications.get(key)
        if (verdict && verdict.context === context) {
          if (verdict.verdict === 'text-fault') {
            cleanTextFaults++
            textFaults.add(key)
          }
        } else if (mode === 'held-out') {
          unjudged.push([doc.id, paragraph, offset, '?', context].join('\t'))
        }
        if (listAsEdited) {
          process.stdout.write(`\n${[doc.id, paragraph, offset, '?', context].join('\t')}\n  ${hit.reason}\n  ¶ ${strings[paragraph]}\n  next ¶ ${(strings[paragraph + 1] ?? '').slice(0, 160)}\n`)
        }
      } else {
        cleanAttribution++
        note(clean.text, hit, `[${doc.id} clean]`)
      }
    }

    // Mark faults.
    const faultedStrings = [...strings]
    const placed: Array<{paragraph: number; fault: Fault}> = []
    const pending = new Map<{found: number; planted: number}, number>()
    let lastUsed = -3
    for (let index = 0; index < strings.length; index++) {
      if (index - lastUsed < 3 || dirty.has(index) || dirty.has(index - 1) || dirty.has(index + 1)) continue
      for (let tries = 0; tries < faultKinds.length; tries++) {
        const kind = faultKinds[(kindTurn + tries) % faultKinds.length]!
        // Keep the kinds about even: the easy places (a paragraph with no quotation) are the most common.
        const fewest = Math.min(...[...byKind.values()].map((entry) => entry.planted + (pending.get(entry) ?? 0)))
        const entry = byKind.get(kind)!
        if (entry.planted + (pending.get(entry) ?? 0) > fewest + 20) continue
        const result = plant(kind, faultedStrings, index, random)
        if (!result) continue
        faultedStrings[index] = result.text
        placed.push({paragraph: index, fault: {kind, ...result.window}})
        pending.set(entry, (pending.get(entry) ?? 0) + 1)
        kindTurn = (kindTurn + tries + 1) % faultKinds.length
        lastUsed = index
        break
      }
    }
    if (placed.length > 0) {
      faulted++
      const joined = join(faultedStrings)
      const faults = placed.map(({paragraph, fault}) => ({
        ...fault,
        start: joined.starts[paragraph]! + fault.start,
        end: joined.starts[paragraph]! + fault.end
      }))
      const found = new Set<Fault>()
      for (const hit of await lint(joined.text)) {
        if (hit.rule !== balanceRule) continue
        const fault = faults.find((fault) => hit.start >= fault.start && hit.start <= fault.end)
        if (fault) {
          balanceTrue++
          found.add(fault)
        } else {
          const paragraph = placed.length === 0 ? -1 : paragraphIn(joined.starts, hit.start)
          const key = `${doc.id} ${paragraph} ${hit.start - joined.starts[paragraph]!}`
          // The same finding as on the text as edited, in a paragraph left as it was.
          if (textFaults.has(key) && faultedStrings[paragraph] === strings[paragraph]) faultedTextFaults++
          balanceFalse++
          note(joined.text, hit, `[${doc.id} faulted]`)
        }
      }
      for (const fault of faults) {
        const entry = byKind.get(fault.kind)!
        entry.planted++
        if (found.has(fault)) entry.found++
        else if (show) unmatched.push(`[${doc.id} missed ${fault.kind}] …${joined.text.slice(fault.start - 60, fault.end + 60).replace(/\s+/g, ' ')}…`)
      }
    }

    // Running quotations over runs of plain paragraphs.
    const plain = strings
      .map((text, index) => ({text, index}))
      .filter(({text, index}) => !/["“”‘’']/.test(text) && /[.?!]$/.test(text) && !endsInTag(doc.paragraphs[index]!))
    const runs: string[] = []
    for (let at = 0; at + 3 <= plain.length; at += 4) {
      const length = 2 + (at % 2)
      const group = plain.slice(at, at + length).map(({text}) => text)
      const lead = at % 8 === 0 ? 'The mayor said: ' : ''
      runs.push(group.map((text, position) => (position === 0 ? lead : '') + '“' + text + (position === group.length - 1 ? '”' : '')).join('\n\n'))
      runs.push('The council met again on Tuesday.')
      runningParagraphs += length
    }
    if (runs.length > 0) {
      runningTexts++
      for (const hit of await lint(runs.join('\n\n') + '\n')) {
        if (hit.rule !== balanceRule) continue
        runningFindings++
        note(runs.join('\n\n'), hit, `[${doc.id} running]`)
      }
    }

    // Orphaned quotations.
    const orphanParagraphs = [...doc.paragraphs]
    const orphans: number[] = []
    for (let index = 1; index < doc.paragraphs.length; index++) {
      if (orphans.length > 0 && index - orphans[orphans.length - 1]! < 3) continue
      const previous = doc.paragraphs[index - 1]!
      if (!leavesNoPerson(previous)) continue
      const stripped = withoutSpeaker(doc.paragraphs[index]!)
      if (!stripped) continue
      orphanParagraphs[index] = stripped
      orphans.push(index)
    }
    if (orphans.length > 0) {
      const joined = join(orphanParagraphs.map(paragraphString))
      orphanCount += orphans.length
      const spans = orphans.map((index) => ({start: joined.starts[index]!, end: joined.starts[index]! + paragraphString(orphanParagraphs[index]!).length}))
      // A paragraph ends two characters before the next one starts (`\n\n`); the last, one before the text's end (`\n`).
      const after = orphans.map((index) => ({start: joined.starts[index + 1] ?? -1, end: (joined.starts[index + 2] ?? joined.text.length + 1) - 2}))
      const found = new Set<number>()
      for (const hit of await lint(joined.text)) {
        if (hit.rule === balanceRule) continue
        const orphan = spans.findIndex((span) => hit.start >= span.start && hit.start < span.end)
        const inAfter = after.some((span) => hit.start >= span.start && hit.start < span.end)
        if (orphan !== -1 && hit.rule === 'quote-attribution') {
          attributionTrue++
          earlierTrue++
          found.add(orphan)
          continue
        }
        // Another rule's finding inside an orphan: not counted either way.
        if (orphan !== -1) continue
        if (!inAfter) earlierFalse++
        if (creditedToOrphan(hit, joined.starts, clean.starts, cleanHits, cleanExcuses, orphans)) {
          attributionTrue++
          attributionCredited++
          note(joined.text, hit, `[${doc.id} orphaned, speaker given by an orphan's removed attribution]`)
        } else {
          attributionFalse++
          note(joined.text, hit, `[${doc.id} orphaned]`)
        }
      }
      orphansFound += found.size
      if (show) {
        for (const [position, span] of spans.entries()) {
          if (!found.has(position)) unmatched.push(`[${doc.id} missed orphan]\n${explainMiss(joined.text, joined.starts, span.start, span.end, lint.excuses, excusedBy)}`)
        }
      }
    }

    // Speaker removal: each attributed quotation loses its attribution, in
    // place or moved after a paragraph with no speaker in sight, in copies
    // of the text with orphans three paragraphs apart at least.
    const hosts: number[] = []
    for (let index = 0; index < doc.paragraphs.length; index++) if (leavesNoSpeaker(doc.paragraphs[index])) hosts.push(index)
    const candidates: Array<Placement<AttributionForm>> = []
    for (let source = 1; source < doc.paragraphs.length; source++) {
      const removal = removalKeepingNoSpeaker(doc.paragraphs[source]!)
      if (!removal) continue
      if (hosts.includes(source - 1)) candidates.push({placement: 'in place', source, host: source - 1, removal, key: removal.form})
      const host = pick(removalRandom, hosts.filter((host) => host !== source - 1 && !leadsIntoQuotation(doc.paragraphs[host + 1])))
      if (host !== undefined) candidates.push({placement: 'moved', source, host, removal, key: removal.form})
    }
    removalCopies += await lintOrphanCopies(doc, shuffled(removalRandom, candidates), lint, removalTally, (entry) => `${entry.removal.form} orphan, ${entry.placement}`, show ? {unmatched, excusedBy} : undefined)

    // The same removals after a paragraph whose last sentence names someone
    // else or holds a personal pronoun, in place or moved there: a stream
    // of its own, so the rows above draw what they always drew.
    const personCandidates: Array<Placement<PersonCue>> = []
    for (let source = 1; source < doc.paragraphs.length; source++) {
      const removal = removalKeepingNoSpeaker(doc.paragraphs[source]!)
      if (!removal) continue
      const inPlace = personBefore(doc.paragraphs[source - 1], removal.attribution)
      if (inPlace) personCandidates.push({placement: 'in place', source, host: source - 1, removal, key: inPlace})
      const options = doc.paragraphs
        .map((paragraph, host) => ({host, cue: personBefore(paragraph, removal.attribution)}))
        .filter(({host, cue}) => cue !== undefined && host !== source - 1 && !leadsIntoQuotation(doc.paragraphs[host + 1]))
      const chosen = pick(personRandom, options)
      if (chosen) personCandidates.push({placement: 'moved', source, host: chosen.host, removal, key: chosen.cue!})
    }
    personCopies += await lintOrphanCopies(doc, shuffled(personRandom, personCandidates), lint, personTally, (entry) => `orphan after a ${entry.key}, ${entry.placement}`, show ? {unmatched, excusedBy: excusedAfterPerson} : undefined)
  }

  if (show && excusedBy.size > 0) {
    const rows = [...excusedBy].sort((one, two) => two[1] - one[1] || one[0].localeCompare(two[0]))
    unmatched.push('Missed orphans by what excused them:\n' + rows.map(([cue, count]) => `  ${String(count).padStart(4)}  ${cue}`).join('\n'))
  }
  if (show && excusedAfterPerson.size > 0) {
    const rows = [...excusedAfterPerson].sort((one, two) => two[1] - one[1] || one[0].localeCompare(two[0]))
    unmatched.push('Missed orphans after a person by what excused them:\n' + rows.map(([cue, count]) => `  ${String(count).padStart(4)}  ${cue}`).join('\n'))
  }

  return {
    mode,
    texts: docs.length,
    removal: {copies: removalCopies, byPlacement: removalTally},
    afterPerson: {copies: personCopies, byPlacement: personTally},
    words,
    balance: {
      cleanFindings: cleanBalance,
      faulted,
      truePositives: balanceTrue,
      falsePositives: balanceFalse,
      byKind,
      runningTexts,
      runningParagraphs,
      runningFindings,
      cleanTextFaults,
      faultedTextFaults,
      unjudged
    },
    attribution: {
      cleanFindings: cleanAttribution,
      orphans: orphanCount,
      found: orphansFound,
      truePositives: attributionTrue,
      credited: attributionCredited,
      falsePositives: attributionFalse,
      earlier: {truePositives: earlierTrue, falsePositives: earlierFalse}
    },
    unmatched
  }
}

function ratio(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : fixed(part / whole, 3)
}

/** The Markdown section for one run. */
export function quotationsSection(result: QuotationsResult): string {
  const {balance, attribution} = result
  const planted = [...balance.byKind.values()].reduce((sum, entry) => sum + entry.planted, 0)
  const foundFaults = [...balance.byKind.values()].reduce((sum, entry) => sum + entry.found, 0)
  // Precision over the faulted texts, whose false alarms include those the texts as edited draw.
  const balancePrecision = ratio(balance.truePositives, balance.truePositives + balance.falsePositives)
  // The same, with findings on the text's own faults (adjudicated by hand) counted as neither.
  const adjudicatedPrecision = ratio(balance.truePositives, balance.truePositives + balance.falsePositives - balance.faultedTextFaults)
  const attributionPrecision = ratio(
    attribution.truePositives,
    attribution.truePositives + attribution.falsePositives
  )
  const label = result.mode === 'dev' ? 'development texts (Brown `cd`…`cr`)' : 'held-out press texts (Brown `ca`, `cb`, `cc`)'
  const kindRows = faultKinds.map((kind) => {
    const entry = balance.byKind.get(kind)!
    return [kind, String(entry.planted), String(entry.found), ratio(entry.found, entry.planted)]
  })
  const removalLabels: Readonly<Record<AttributionForm, string>> = {
    after: '`“…,” Smith said.`',
    inverted: '`“…,” said Smith.`',
    pronoun: '`“…,” he said.`',
    'lead-in': '`Smith said: “…”`, `He said, “…”`',
    'according to': '`according to Smith`'
  }
  const sumOf = (byPlacement: QuotationsResult['removal' | 'afterPerson']['byPlacement'], placement: RemovalPlacement, key: 'found' | 'planted') =>
    [...byPlacement.get(placement)!.values()].reduce((total, entry: {found: number; planted: number}) => total + entry[key], 0)
  const rowOf = (byPlacement: QuotationsResult['removal' | 'afterPerson']['byPlacement'], placement: RemovalPlacement, caption: string) => {
    const planted = sumOf(byPlacement, placement, 'planted')
    const found = sumOf(byPlacement, placement, 'found')
    return [caption, String(planted), String(found), ratio(found, planted)]
  }
  const removalRow = (placement: RemovalPlacement, caption: string) => rowOf(result.removal.byPlacement, placement, caption)
  const personRow = (placement: RemovalPlacement, caption: string) => rowOf(result.afterPerson.byPlacement, placement, caption)
  const personLabels: Readonly<Record<PersonCue, string>> = {
    'proper noun': 'a proper noun (`Peter Marshall took the chair.`)',
    pronoun: 'a personal pronoun, no proper noun (`She turned away.`)'
  }
  // One row per key (a form of attribution, a cue of the sentence before): its label, then planted, found and recall in each placement.
  const breakdownRows = <Key extends string>(
    byPlacement: ReadonlyMap<RemovalPlacement, ReadonlyMap<Key, {found: number; planted: number}>>,
    keys: ReadonlyArray<Key>,
    labels: Readonly<Record<Key, string>>
  ) =>
    keys.map((key) => [
      labels[key],
      ...removalPlacements.flatMap((placement) => {
        const entry = byPlacement.get(placement)!.get(key)!
        return [String(entry.planted), String(entry.found), ratio(entry.found, entry.planted)]
      })
    ])
  const personCueRows = breakdownRows(result.afterPerson.byPlacement, personCues, personLabels)
  const formRows = breakdownRows(result.removal.byPlacement, attributionForms, removalLabels)
  return `## Quotations: ${label}

${result.texts} texts, ${integer(result.words)} words.

**quote-balance** (target: precision ≥ 0.99, recall ≥ 0.97, each kind ≥ 0.9, no finding on running quotations): ${planted} faults planted in ${balance.faulted} texts; precision ${balancePrecision} (${balance.truePositives} findings on a fault, ${balance.falsePositives} elsewhere in the faulted texts; ${balance.cleanFindings} on the texts as edited), recall ${ratio(foundFaults, planted)}.${result.mode === 'held-out' ? ` With the texts' own mark faults set aside (${balance.cleanTextFaults} of the ${balance.cleanFindings} findings on the texts as edited point at a mark the transcription really left unpaired, read by hand in \`bench/adjudicated/press-quote-balance.tsv\`; ${balance.faultedTextFaults} such findings recur in the faulted texts), precision is ${adjudicatedPrecision}.${balance.unjudged.length > 0 ? ` ${balance.unjudged.length} findings on the texts as edited have no verdict yet (\`--list-as-edited\`).` : ''}` : ''} Running quotations: ${balance.runningFindings} findings over ${balance.runningParagraphs} paragraphs of running quotation in ${balance.runningTexts} texts.

${table(['Fault', 'Planted', 'Found', 'Recall'], kindRows)}

**Attribution** (\`quote-attribution\` + \`pronoun-attribution\`; target: precision ≥ 0.95 at recall ≥ 0.90, ≤ 0.1 findings per 1,000 words of edited text): ${attribution.cleanFindings} findings on the texts as edited, ${fixed((attribution.cleanFindings / result.words) * 1000, 2)} per 1,000 words; ${attribution.orphans} quotations with their speaker removed, ${attribution.found} found (recall ${ratio(attribution.found, attribution.orphans)}); precision ${attributionPrecision} (${attribution.truePositives - attribution.credited} findings on an orphan, ${attribution.credited} on a quotation or a pronoun whose speaker only an orphan's removed attribution gave, ${attribution.falsePositives} elsewhere in the same texts; ${ratio(attribution.earlier.truePositives, attribution.earlier.truePositives + attribution.earlier.falsePositives)} by the earlier definition, which counted the paragraph after an orphan neither way: ${attribution.earlier.truePositives} on an orphan, ${attribution.earlier.falsePositives} elsewhere).

${table(['Attribution orphans', 'Orphans', 'Found', 'Recall'], [
    ['paragraphs of quotation and attribution only, speaker removed', String(attribution.orphans), String(attribution.found), ratio(attribution.found, attribution.orphans)],
    removalRow('in place', 'speaker removal, in place'),
    removalRow('moved', 'speaker removal, paragraph moved after one with no speaker'),
    personRow('in place', 'speaker removal after a paragraph naming someone else, in place'),
    personRow('moved', 'speaker removal, paragraph moved after one naming someone else')
  ])}

${table(['Attribution removed', 'In place', 'Found', 'Recall', 'Moved', 'Found', 'Recall'], formRows)}

${table(['Last sentence before the orphan holds', 'In place', 'Found', 'Recall', 'Moved', 'Found', 'Recall'], personCueRows)}

Speaker removal (${result.removal.copies} copies of the texts, and ${result.afterPerson.copies} for the orphans after a paragraph naming someone else) counts recall only: its copies carry many planted orphans, so their findings elsewhere say nothing about precision. The paragraph before a speaker-removal orphan has no quotation and does not end in a colon, and its last sentence, as copydesk splits it (the corpus also ends one at \`;;\` and after some abbreviations), has no proper noun and no personal pronoun but \`it\` (the rows in place and after no speaker) or a proper noun or a personal pronoun but \`it\` and none of the removed attribution's proper nouns (the rows naming someone else): a cue that credits a person in sight can excuse an orphan of the latter, which the other rows never make.
`
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  exitOnUnknownOptions(args, {flags: ['--dev', '--show', '--list-as-edited'], usage: 'Usage: quotations.js [--dev] [--show] [--list-as-edited] (no --dev: the held-out press)'})
  const dev = args.includes('--dev')
  const show = args.includes('--show')
  // Lists the findings on the held-out texts as edited, to adjudicate which are the text's own faults; not for tuning.
  const listAsEdited = args.includes('--list-as-edited')
  const result = await measureQuotations(dev ? 'dev' : 'held-out', show, listAsEdited)
  if (listAsEdited) return
  process.stdout.write(quotationsSection(result))
  if (show) process.stdout.write('\n' + result.unmatched.join('\n') + '\n')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, '/dist/'))) {
  await main().catch((error: unknown) => {
    process.stderr.write(`bench:quotations: ${(error as Error).message}\n`)
    process.exitCode = 1
  })
}
