/**
 * Speaker removal for the quotations benchmark: find, by the Brown Corpus's
 * own part-of-speech tags (never by copydesk's word lists), quotations
 * attributed in their sentence, and write the paragraph again without that
 * attribution, its punctuation mended (`“…,” Smith said.` → `“….”`).
 *
 * An attribution is a verb tagged past or present (`vbd`, `vbz`) next to the
 * quotation with its subject, in one of these forms:
 *
 * * `after`: `“…,” Smith said.`, `“…,” the old man said quietly.` (a proper
 *   noun or a short noun phrase, then the verb, at most one adverb, and the
 *   sentence ends), and the same clause between two parts of one quotation
 *   (`“…,” Smith said, “…”`, which becomes one quotation);
 * * `inverted`: `“…,” said Smith.`, `“…,” said the mayor.`, `“…,” said he.`;
 * * `pronoun`: `“…,” he said.` (`he`, `she`, `I`, `we`, `they`, `you`; not
 *   `it`);
 * * `lead-in`: `Smith said: “…”`, `He said, “…”` (the clause opens the
 *   sentence and the quotation runs to its end);
 * * `according to`: `“…,” according to Smith.` and `According to Smith, “…”`.
 *
 * Only a quotation that opens its sentence (or, after a lead-in, ends it)
 * qualifies, so that what is left is the quotation alone, not a sentence of
 * the writer's that quotes a phrase.
 */
import {parsePlain} from '../src/core/parse.js'
import {paragraphSpans, paragraphText, type BrownToken, type Sentence} from './brown.js'

export type AttributionForm = 'after' | 'inverted' | 'pronoun' | 'lead-in' | 'according to'
export const attributionForms: ReadonlyArray<AttributionForm> = ['after', 'inverted', 'pronoun', 'lead-in', 'according to']

/** A token of a paragraph with the sentence it belongs to. */
interface Placed {
  readonly token: BrownToken
  readonly sentence: number
}

export interface Removal {
  readonly form: AttributionForm
  /** The paragraph without the attribution, one sentence per entry. */
  readonly paragraph: Sentence[]
  /** Which quotation of the new paragraph (0 = its first) lost its speaker. */
  readonly quotation: number
  /** The attribution taken out (`Smith said`, `said the mayor`, `according to Smith`), its tokens in order. */
  readonly attribution: ReadonlyArray<BrownToken>
}

const open = '``'
const close = "''"

function isVerb(token: BrownToken | undefined): boolean {
  return token !== undefined && /^vb[dz]$/.test(token.tag)
}

function isEnd(token: BrownToken | undefined): boolean {
  return token !== undefined && /^[.?!]$/.test(token.word)
}

function isPronoun(token: BrownToken | undefined): boolean {
  return token !== undefined && /^ppss?$/.test(token.tag) && token.word.toLowerCase() !== 'it'
}

function isProperPart(tag: string): boolean {
  return /^(?:np|np-tl|nn-tl|jj-tl)$/.test(tag)
}

/**
 * The length of a noun-phrase subject starting at `at` (a run of proper
 * nouns and titles with a proper noun in it, or an article, up to three
 * modifiers (an adjective or a noun, then nouns) and a noun: `the old
 * harbor master`), or 0.
 */
function subjectAt(tokens: ReadonlyArray<BrownToken>, at: number): number {
  let end = at
  while (end < tokens.length && end - at < 4 && isProperPart(tokens[end]!.tag)) end++
  if (end > at && tokens.slice(at, end).some(({tag}) => tag.startsWith('np'))) return end - at
  if (tokens[at]?.tag !== 'at') return 0
  let index = at + 1
  while (index < tokens.length && index - at <= 3 && /^(?:jj|nn)$/.test(tokens[index]!.tag) && /^nns?$/.test(tokens[index + 1]?.tag ?? '')) index++
  return /^nns?$/.test(tokens[index]?.tag ?? '') ? index - at + 1 : 0
}

/** The length of a subject: a pronoun or a noun phrase, or 0. */
function anySubjectAt(tokens: ReadonlyArray<BrownToken>, at: number): number {
  return isPronoun(tokens[at]) ? 1 : subjectAt(tokens, at)
}

/**
 * An attribution clause starting right after a quotation's closing mark and
 * its punctuation (`he said`, `said Smith`, `according to Smith`, with at
 * most one adverb), with the form and its length, or undefined.
 */
function clauseAfter(tokens: ReadonlyArray<BrownToken>, at: number): {form: AttributionForm; length: number} | undefined {
  const token = tokens[at]
  if (!token) return undefined
  if (token.word.toLowerCase() === 'according' && tokens[at + 1]?.word === 'to') {
    const subject = anySubjectAt(tokens, at + 2)
    return subject > 0 ? {form: 'according to', length: 2 + subject} : undefined
  }
  if (isVerb(token)) {
    const subject = anySubjectAt(tokens, at + 1)
    return subject > 0 ? {form: 'inverted', length: 1 + subject} : undefined
  }
  const subject = anySubjectAt(tokens, at)
  if (subject === 0 || !isVerb(tokens[at + subject])) return undefined
  let length = subject + 1
  if (/^(?:rb|nr)$/.test(tokens[at + length]?.tag ?? '')) length++
  return {form: isPronoun(token) ? 'pronoun' : 'after', length}
}

/** `Smith said:`, `He said,`, `According to Smith,` opening a sentence: the length up to the mark, or 0. */
function leadIn(tokens: ReadonlyArray<BrownToken>, at: number): {form: AttributionForm; length: number} | undefined {
  let length: number
  let form: AttributionForm = 'lead-in'
  if (tokens[at]?.word.toLowerCase() === 'according' && tokens[at + 1]?.word === 'to') {
    const subject = anySubjectAt(tokens, at + 2)
    if (subject === 0) return undefined
    length = 2 + subject
    form = 'according to'
  } else {
    const subject = anySubjectAt(tokens, at)
    if (subject === 0 || !isVerb(tokens[at + subject])) return undefined
    length = subject + 1
  }
  if (!/^[,:]$/.test(tokens[at + length]?.word ?? '') || tokens[at + length + 1]?.word !== open) return undefined
  return {form, length: length + 1}
}

/** Opening and closing marks paired in turn; undefined when they do not alternate. */
function quotations(tokens: ReadonlyArray<BrownToken>): Array<{open: number; close: number}> | undefined {
  const found: Array<{open: number; close: number}> = []
  let start = -1
  for (const [index, {word}] of tokens.entries()) {
    if (word === open) {
      if (start !== -1) return undefined
      start = index
    } else if (word === close) {
      if (start === -1) return undefined
      found.push({open: start, close: index})
      start = -1
    }
  }
  return start === -1 ? found : undefined
}

function capitalized(token: BrownToken): BrownToken {
  return {...token, word: token.word.charAt(0).toUpperCase() + token.word.slice(1)}
}

function regroup(placed: ReadonlyArray<Placed>): Sentence[] {
  const sentences: BrownToken[][] = []
  let last = -1
  for (const {token, sentence} of placed) {
    if (sentence !== last || sentences.length === 0) sentences.push([])
    sentences[sentences.length - 1]!.push(token)
    last = sentence
  }
  return sentences
}

/**
 * The punctuation a quotation ends with once its attribution is gone: its
 * own `?` or `!` (inside or just outside the closing mark), else a full stop.
 */
function endMark(marks: ReadonlyArray<BrownToken>): BrownToken {
  const strong = marks.find(({word}) => word === '?' || word === '!')
  return strong ?? {word: '.', tag: '.'}
}

/**
 * Every variant of `paragraph` with one quotation's attribution removed, one
 * per attributed quotation, in the order of the quotations.
 */
export function removeSpeakers(paragraph: ReadonlyArray<Sentence>): Removal[] {
  const placed: Placed[] = paragraph.flatMap((sentence, index) => sentence.map((token) => ({token, sentence: index})))
  const tokens = placed.map(({token}) => token)
  const pairs = quotations(tokens)
  if (!pairs) return []
  const opensSentence = (index: number) => index === 0 || placed[index - 1]!.sentence !== placed[index]!.sentence
  const removals: Removal[] = []
  for (const [position, pair] of pairs.entries()) {
    // The quotation's last words and the punctuation around its closing mark.
    let lastWord = pair.close - 1
    while (lastWord > pair.open && !/[A-Za-z0-9]/.test(tokens[lastWord]!.word)) lastWord--
    let afterMarks = pair.close + 1
    while (afterMarks < tokens.length && /^[,.?!]$/.test(tokens[afterMarks]!.word) && placed[afterMarks]!.sentence === placed[pair.close]!.sentence && afterMarks - pair.close <= 2) afterMarks++
    const marks = [...tokens.slice(lastWord + 1, pair.close), ...tokens.slice(pair.close + 1, afterMarks)]
    const comma = marks.some(({word}) => word === ',')
    // `“…,” Smith said.` / `“…,” said Smith.` / `“…,” according to Smith.` (or `“…?” he asked.`)
    const after = opensSentence(pair.open) && marks.length > 0 ? clauseAfter(tokens, afterMarks) : undefined
    if (after && (comma || marks.some(({word}) => word === '?' || word === '!'))) {
      const end = afterMarks + after.length
      if (isEnd(tokens[end]) && (end + 1 === tokens.length || placed[end + 1]!.sentence !== placed[end]!.sentence || tokens[end + 1]?.word === '.' || isEnd(tokens[end + 1]))) {
        // Drop the clause and the sentence's end; the quotation ends its sentence.
        let stop = end + 1
        while (stop < tokens.length && isEnd(tokens[stop]) && placed[stop]!.sentence === placed[end]!.sentence) stop++
        const mended: Placed[] = [
          ...placed.slice(0, lastWord + 1),
          {token: endMark(marks), sentence: placed[pair.close]!.sentence},
          placed[pair.close]!,
          ...placed.slice(stop)
        ]
        removals.push({form: after.form, paragraph: regroup(mended), quotation: position, attribution: tokens.slice(afterMarks, end)})
        continue
      }
      // `“…,” Smith said, “…”`: one quotation, `“…, …”`.
      const next = pairs[position + 1]
      if (after.form !== 'according to' && tokens[end]?.word === ',' && next && next.open === end + 1 && comma) {
        const first = tokens[next.open + 1]
        const newSentence = first !== undefined && /^[A-Z]/.test(first.word) && first.word !== 'I' && !first.tag.startsWith('np')
        const mended: Placed[] = [
          ...placed.slice(0, lastWord + 1),
          {token: newSentence ? {word: '.', tag: '.'} : {word: ',', tag: ','}, sentence: placed[lastWord]!.sentence},
          ...placed.slice(next.open + 1)
        ]
        removals.push({form: after.form, paragraph: regroup(mended), quotation: position, attribution: tokens.slice(afterMarks, end)})
        continue
      }
    }
    // `Smith said: “…”`, `He said, “…”`, `According to Smith, “…”` opening the sentence.
    let start = pair.open - 1
    while (start > 0 && placed[start - 1]!.sentence === placed[pair.open]!.sentence) start--
    if (start >= 0 && start < pair.open) {
      const lead = leadIn(tokens, start)
      const rest = tokens.slice(pair.close + 1).filter((_token, offset) => placed[pair.close + 1 + offset]!.sentence === placed[pair.close]!.sentence)
      if (lead && start + lead.length === pair.open && rest.every(({word}) => /^[.?!]$/.test(word))) {
        const inside = pair.open + 1
        const mended: Placed[] = [
          ...placed.slice(0, start),
          placed[pair.open]!,
          {token: capitalized(tokens[inside]!), sentence: placed[inside]!.sentence},
          ...placed.slice(inside + 1)
        ]
        removals.push({form: lead.form, paragraph: regroup(mended), quotation: position, attribution: tokens.slice(start, start + lead.length)})
      }
    }
  }
  return removals
}

/**
 * Whether a paragraph leads into a quotation, judged by the paragraph after
 * it in the text as written (`next`): that paragraph opens with a quotation
 * mark. The paragraph's last sentence then sets up the quotation (`The
 * telephone rang.`, `A sleepy voice answered.`, `The harbour police
 * described it …`, a scene before a line of dialogue), and a quotation moved in
 * between reads as the one announced, its speaker set up; so the benchmark
 * never sets a moved orphan after such a paragraph.
 */
export function leadsIntoQuotation(next: ReadonlyArray<Sentence> | undefined): boolean {
  return next?.[0]?.[0]?.word === open
}

const lastSentences = new WeakMap<ReadonlyArray<Sentence>, BrownToken[]>()

/**
 * The tokens of a paragraph's last sentence as copydesk reads it: the
 * paragraph typeset as the benchmark sets it and parsed by copydesk's own
 * parser, whose sentences need not be the corpus's. Brown ends a sentence
 * where copydesk reads none (`… the door ;; didn't answer .` is one
 * sentence to copydesk, though the corpus files it as two), so a host
 * whose last sentence, as the corpus splits it, names no one may still
 * set a person just before the orphan. Each token counts where it
 * overlaps that sentence (a token the typesetting drops, where it stands).
 * Cached per paragraph.
 */
export function lastSentenceAsRead(paragraph: ReadonlyArray<Sentence>): BrownToken[] {
  const cached = lastSentences.get(paragraph)
  if (cached) return cached
  const spans = paragraphSpans(paragraph)
  const sentences = parsePlain(paragraphText(paragraph)).children.flatMap((node) => (node.type === 'ParagraphNode' ? node.children.filter((child) => child.type === 'SentenceNode') : []))
  const start = sentences[sentences.length - 1]?.position?.start.offset ?? 0
  const found = spans.filter((span) => span.end > start || (span.start === span.end && span.start >= start)).map(({token}) => token)
  lastSentences.set(paragraph, found)
  return found
}
