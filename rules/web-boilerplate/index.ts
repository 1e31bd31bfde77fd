/**
 * Flag web-page boilerplate pasted into a draft, such as donation appeals,
 * comment prompts and share buttons.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/web-boilerplate/)
 */
import {startPhrasePatterns} from './start-phrases.js'
import {defineRule} from '../../src/core/define-rule.js'
import {
  abbreviations,
  appealOpenings,
  type BoilerplateKind,
  type BoilerplatePhrase,
  boilerplatePatterns,
  boilerplatePhrases,
  defaultStartLength,
  fundingWords,
  journalismWords,
  kindLabels,
  newsletterWords,
  publisherWords,
  readerWords,
  reportingWords,
  wholeParagraphLength
} from './phrases.js'
import {paragraphsOf, type ParagraphSpan} from '../../src/analysis/paragraphs.js'
import {analyseQuotes, maskQuoted} from '../../src/analysis/quotations.js'
import {keptAnswers} from '../../src/core/paragraph-cache.js'

/** Options for `web-boilerplate`. */
export interface Options {
  /** More phrases to flag wherever they appear outside quotes, any case (default: none). */
  readonly extra?: ReadonlyArray<string> | null | undefined
  /** Built-in phrases not to flag, in lower case (default: none). */
  readonly allow?: ReadonlyArray<string> | null | undefined
}

/** A stretch of boilerplate inside a paragraph, offsets into the paragraph's text. */
interface Hit {
  readonly start: number
  readonly end: number
  readonly kind: BoilerplateKind
}

/**
 * How much a sentence sounds like a publisher's appeal: `weak` is the reader's
 * or the publisher's voice with money or journalism (boilerplate only beside
 * other boilerplate); `strong` asks the reader for money for journalism, or
 * opens with an imperative `Donate`.
 */
type Appeal = 'none' | 'weak' | 'strong'

interface SentenceCue {
  readonly start: number
  readonly end: number
  readonly appeal: Appeal
  readonly kind: BoilerplateKind
}

/**
 * A paragraph, or the part of one between two paste seams: a stop glued to
 * the next sentence (`difference.Russian`) is where two pasted paragraphs
 * were run together, so each side is judged on its own.
 */
interface Unit extends UnitFound {
  readonly paragraph: ParagraphSpan
}

/** A unit as its paragraph alone decides it, without the paragraph (kept for an open document). */
interface UnitFound {
  /** Offsets into the paragraph's text. */
  readonly start: number
  readonly end: number
  /** The unit is all of its paragraph. */
  readonly wholeParagraph: boolean
  /** Kind when the whole unit is boilerplate. */
  whole: BoilerplateKind | undefined
  /** Most sentences sound like an appeal, none on its own: whole only beside boilerplate. */
  weak: boolean
  readonly hits: Hit[]
  readonly sentences: SentenceCue[]
}

const normaliseSpace = (value: string) => value.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ')
const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A phrase as a pattern: any run of whitespace between words, either apostrophe. */
const phrasePattern = (phrase: string) => escape(phrase).replace(/'/g, "['’]").replace(/ /g, '\\s+')
const boundaryAfter = (phrase: string) => (/[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '')

const byPlacement = (placement: BoilerplatePhrase['placement']) =>
  boilerplatePhrases.filter((entry) => entry.placement === placement).sort((a, b) => b.phrase.length - a.phrase.length)

const anywhereEntries = new Map(byPlacement('anywhere').map((entry) => [entry.phrase, entry]))
const startEntries = new Map(byPlacement('start').map((entry) => [entry.phrase, entry]))
const aloneEntries = new Map(byPlacement('alone').map((entry) => [entry.phrase, entry]))

/** First words of `appealOpenings` (and `please`), so most sentences skip the check. */
const appealFirstWords = new Set(['please', ...appealOpenings.map((opening) => opening.split(' ')[0]!)])

/** `anywhere` phrases by their first word, longest first, so a paragraph's words look them up. */
const anywhereByFirstWord = new Map<string, BoilerplatePhrase[]>()
for (const entry of anywhereEntries.values()) {
  const first = entry.phrase.split(' ')[0]!
  const list = anywhereByFirstWord.get(first) ?? []
  list.push(entry)
  anywhereByFirstWord.set(first, list)
}
/** The `start` phrases' pattern for a line (see `start-phrases.ts`). */
const startPatternFor = startPhrasePatterns([...startEntries.keys()], (phrase) => phrasePattern(phrase) + boundaryAfter(phrase), phrasePattern)
/** The longest line a `start` phrase may head. */
const longestStartLine = Math.max(...[...startEntries.values()].map((entry) => entry.maxLength ?? defaultStartLength))
const leadingMarks = /^[\s•·*›»>|–—-]+/u
const trailingMarks = /[\s:.!›»>→|]+$/u
const leadingCount = /^\(?\d[\d,.]*[km]?\)?\s+/u
const trailingCount = /\s+\(?\d[\d,.]*[km]?\)?$/u
const maxLabelLength = 60
/** `Q:`, `A:`, `Holt:`, `Ruth Ames:` opening an interview's turn. */
const speakerLabel = /^\s*(?:Q|A|\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)\s?:\s/u
const wordPattern = /\p{L}[\p{L}'’-]*/gu
const upper = /\p{Lu}/u
const lower = /\p{Ll}/u
const lowerOrDigit = /[\p{Ll}\d]/u
const letterOrDigit = /[\p{L}\p{N}]/u
const letter = /\p{L}/u
const space = /\s/u

export default defineRule<Options>(
  {
    id: 'web-boilerplate',
    category: 'style',
    fix: 'suggestion',
    summary: 'Flag web-page boilerplate pasted into a draft, such as donation appeals, comment prompts and share buttons.',
    options: {extra: 'string[]', allow: 'string[]'}
  },
  function (tree, context, options, report) {
    const allowed = new Set((options.allow ?? []).map(normaliseSpace))
    const extra = (options.extra ?? []).map(normaliseSpace).filter((phrase) => phrase.trim() !== '')
    const units: Unit[] = []

    const quotes = analyseQuotes(tree, context)
    // An open document keeps each paragraph's units: they read the paragraph's text, what of it is quoted, and the options.
    const kept = keptAnswers<ReadonlyArray<UnitFound>>(context.file, 'web-boilerplate:paragraph', () => JSON.stringify([[...allowed], extra]))
    for (const [paragraphIndex, paragraph] of paragraphsOf(tree, context.file).entries()) {
      const read = () => paragraphUnits(paragraph.text, maskQuoted(quotes, paragraph, paragraphIndex), allowed, extra)
      // What of the paragraph is quoted: the masked copy `maskQuoted` makes is decided by the text and these places.
      let places = ''
      if (kept) for (const segment of quotes.segments[paragraphIndex] ?? []) places += `${segment.start - paragraph.start},${segment.end - paragraph.start};`
      const found = kept ? kept.get(`${places}\u0000${paragraph.text}`, read) : read()
      // Fresh units each check: the pass below changes `whole`.
      for (const unit of found) units.push({...unit, paragraph})
    }

    // An appeal runs over several paragraphs: a paragraph in the publisher's
    // voice next to an appeal joins the block (not next to other boilerplate,
    // which says nothing about the paragraph beside it).
    for (let index = 1; index < units.length; index++) {
      const unit = units[index]!
      if (unit.weak && units[index - 1]!.whole === 'appeal') unit.whole = 'appeal'
    }
    for (let index = units.length - 2; index >= 0; index--) {
      const unit = units[index]!
      if (unit.weak && !unit.whole && units[index + 1]!.whole === 'appeal') unit.whole = 'appeal'
    }

    for (const [index, unit] of units.entries()) {
      const {paragraph} = unit
      if (unit.whole) {
        const actual = paragraph.text.slice(unit.start, unit.end)
        report(
          {start: paragraph.start + unit.start, end: paragraph.start + unit.end},
          unit.wholeParagraph
            ? {
                reason: reasonFor(unit.whole, actual),
                note: `This paragraph came from the web page the story was copied from (${kindLabels[unit.whole]}), not from the story. Delete the paragraph.`,
                actual,
                expected: ['']
              }
            : {
                reason: reasonFor(unit.whole, actual),
                note: `This text came from the web page the story was copied from (${kindLabels[unit.whole]}) and was run into the story. Delete it and keep the story around it.`,
                actual
              }
        )
        continue
      }
      const spans = [
        ...unit.hits,
        ...appealRuns(unit.sentences, units[index - 1]?.whole === 'appeal', units[index + 1]?.whole === 'appeal')
      ].sort((a, b) => a.start - b.start)
      for (const span of merge(spans)) {
        const actual = paragraph.text.slice(span.start, span.end)
        report(
          {start: paragraph.start + span.start, end: paragraph.start + span.end},
          {
            reason: reasonFor(span.kind, actual),
            note: `This text came from the web page the story was copied from (${kindLabels[span.kind]}), not from the story. Delete it and keep the story around it.`,
            actual
          }
        )
      }
    }
  }
)

/**
 * The units of one paragraph (see `Unit`) as the paragraph alone decides
 * them: from its text, its text with quotations masked, and the options.
 * Whether a weak unit joins an appeal next to it is decided after.
 */
function paragraphUnits(text: string, masked: string, allowed: ReadonlySet<string>, extra: ReadonlyArray<string>): UnitFound[] {
  const units: UnitFound[] = []
  const label = labelKind(text, masked, allowed)
  if (label) {
    units.push({start: 0, end: text.length, wholeParagraph: true, whole: label, weak: false, hits: [], sentences: []})
    return units
  }

  const tokens = tokenize(masked)
  const lowered = comparable(masked)
  const hits: Hit[] = []
  findPhrases(tokens, lowered, allowed, extra, hits)
  // An interview's turn (`Q:`, `A:`, `Holt:`) speaks as its speaker, never as the page.
  const sentences = speakerLabel.test(text) ? [] : sentencesOf(masked)
  let token = 0
  const seams = sentences.filter((sentence) => sentence.seam).length
  if (sentences.length === 0) {
    // All quoted, or an interview's turn: the speaker's words, never an
    // appeal (a strong phrase in a turn is still reported on its own).
    units.push({start: 0, end: text.length, wholeParagraph: true, whole: undefined, weak: false, hits, sentences: []})
  }
  let hitIndex = 0
  for (let first = 0; first < sentences.length; ) {
    let last = first
    while (last + 1 < sentences.length && !sentences[last + 1]!.seam) last++
    const start = seams === 0 ? 0 : sentences[first]!.start
    const end = seams === 0 ? text.length : sentences[last]!.end
    const unit: UnitFound = {start, end, wholeParagraph: seams === 0, whole: undefined, weak: false, hits: [], sentences: []}
    units.push(unit)
    while (hitIndex < hits.length && hits[hitIndex]!.start < end) unit.hits.push(hits[hitIndex++]!)

    const unitLength = sentences[last]!.end - sentences[first]!.start
    if (unit.hits.length > 0 && unitLength <= wholeParagraphLength && !hasReportingWord(tokens, start, end)) {
      unit.whole = unit.hits[0]!.kind
    } else {
      let strong = 0
      let appeals = 0
      for (let index = first; index <= last; index++) {
        const sentence = sentences[index]!
        while (token < tokens.words.length && tokens.starts[token]! < sentence.start) token++
        const cue = classify(masked, tokens, token, sentence.start, sentence.end)
        unit.sentences.push(cue)
        if (cue.appeal !== 'none') appeals++
        if (cue.appeal === 'strong') strong++
      }
      const most = appeals > 0 && appeals * 2 >= unit.sentences.length
      if (most && strong > 0) unit.whole = unit.sentences.find((cue) => cue.appeal === 'strong')!.kind
      else if (most) unit.weak = true
    }
    first = last + 1
  }
  return units
}

function reasonFor(kind: BoilerplateKind, actual: string): string {
  return `Unexpected web-page ${kindLabels[kind]} \`${excerpt(actual)}\`, expected story text only`
}

/** One line of at most about 40 characters, cut at a word. */
function excerpt(actual: string): string {
  const line = actual.replace(/\s+/g, ' ').replace(/`/g, "'").trim()
  if (line.length <= 40) return line
  const cut = line.slice(0, 36)
  const lastSpace = cut.lastIndexOf(' ')
  return (lastSpace > 12 ? cut.slice(0, lastSpace) : cut) + '…'
}

/**
 * The paragraph is a label (`Comments`, `Advertisement`, `Read more: …`), or
 * every line of it is one (a column of share buttons).
 */
function labelKind(text: string, masked: string, allowed: ReadonlySet<string>): BoilerplateKind | undefined {
  // `masked` keeps every line break where `text` has it, so its lines line up.
  const maskedLines = masked.split('\n')
  const lines = text.includes('\n')
    ? text
        .split('\n')
        .map((line, index) => ({line, masked: maskedLines[index] ?? line}))
        .filter(({line}) => line.trim() !== '')
    : [{line: text, masked}]
  let kind: BoilerplateKind | undefined
  for (const {line, masked: maskedLine} of lines) {
    const found = lineLabel(line, maskedLine, allowed)
    if (!found) return undefined
    kind ??= found
  }
  return kind
}

function lineLabel(line: string, masked: string, allowed: ReadonlySet<string>): BoilerplateKind | undefined {
  const trimmed = line.trim()
  if (trimmed.length <= maxLabelLength) {
    const label = normaliseSpace(trimmed)
      .replace(leadingMarks, '')
      .replace(trailingMarks, '')
      .replace(leadingCount, '')
      .replace(trailingCount, '')
    const entry = aloneEntries.get(label)
    if (entry && !allowed.has(entry.phrase)) return entry.kind
    for (const {pattern, kind, placement} of boilerplatePatterns) {
      if (placement === 'alone' && pattern.test(trimmed)) return kind
    }
  }
  // A line longer than every `start` phrase allows is no label, whatever it opens with.
  if (trimmed.length > longestStartLine) return undefined
  const head = trimmed.replace(leadingMarks, '')
  const match = startPatternFor(head)?.exec(head)
  if (match) {
    const entry = startEntries.get(normaliseSpace(match[0]))
    if (
      entry &&
      !allowed.has(entry.phrase) &&
      trimmed.length <= (entry.maxLength ?? defaultStartLength) &&
      !lineHasReportingWord(masked)
    ) {
      return entry.kind
    }
  }
  return undefined
}

/** The words of a paragraph outside quotes: lower case with straight apostrophes, as written, and where. */
interface Tokens {
  readonly words: string[]
  readonly written: string[]
  readonly starts: number[]
}

/**
 * The words `wordPattern` finds, read code unit by code unit: a letter,
 * then letters, apostrophes and hyphens. An ASCII unit is judged by its
 * code, any other by `letter` (a pair of surrogates as one character); the
 * expression's iterator and a match array per word cost more than the rest
 * of the rule's reading of a paragraph.
 */
function tokenize(masked: string): Tokens {
  const tokens: Tokens = {words: [], written: [], starts: []}
  let index = 0
  while (index < masked.length) {
    const size = letterSize(masked, index)
    if (size === 0) {
      index++
      continue
    }
    const start = index
    index += size
    for (;;) {
      const code = masked.charCodeAt(index)
      if (code === 39 || code === 0x2019 || code === 45) index++
      else {
        const next = letterSize(masked, index)
        if (next === 0) break
        index += next
      }
    }
    const written = masked.slice(start, index)
    tokens.written.push(written)
    const lower = written.toLowerCase()
    tokens.words.push(lower.includes('’') ? lower.replace(/’/g, "'") : lower)
    tokens.starts.push(start)
  }
  return tokens
}

/** Code units of the letter at `index` (2 for one outside the BMP), or 0 when none is there. */
function letterSize(text: string, index: number): number {
  if (index >= text.length) return 0
  const code = text.charCodeAt(index)
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : 0
  const point = text.codePointAt(index)!
  if (!letter.test(String.fromCodePoint(point))) return 0
  return point > 0xffff ? 2 : 1
}

/**
 * The paragraph in lower case with straight apostrophes and plain spaces,
 * the same length, so an offset in it is an offset in the paragraph.
 */
function comparable(masked: string): string {
  const lowered = masked.toLowerCase()
  // A few letters change length in lower case (`İ`); keep offsets right then.
  const same = lowered.length === masked.length ? lowered : masked
  const straight = same.includes('’') || same.includes('‘') ? same.replace(/[’‘]/g, "'") : same
  return /[^\S ]/.test(straight) ? straight.replace(/\s/g, ' ') : straight
}

/** Whether `phrase` ends where a word ends in `lowered`. */
function endsAtBoundary(lowered: string, end: number, phrase: string): boolean {
  return !letterOrDigit.test(phrase.charAt(phrase.length - 1)) || !letterOrDigit.test(lowered.charAt(end))
}

/** Strong phrases, templates and the `extra` option, outside quotes. */
function findPhrases(tokens: Tokens, lowered: string, allowed: ReadonlySet<string>, extra: ReadonlyArray<string>, hits: Hit[]): void {
  for (let index = 0; index < tokens.words.length; index++) {
    const candidates = anywhereByFirstWord.get(tokens.words[index]!)
    if (!candidates) continue
    const start = tokens.starts[index]!
    for (const entry of candidates) {
      const end = start + entry.phrase.length
      if (!lowered.startsWith(entry.phrase, start) || !endsAtBoundary(lowered, end, entry.phrase)) continue
      if (!allowed.has(entry.phrase)) hits.push({start, end, kind: entry.kind})
      break
    }
  }
  for (const {pattern, kind, placement, hint} of boilerplatePatterns) {
    if (placement !== 'anywhere' || (hint !== undefined && !lowered.includes(hint))) continue
    const match = pattern.exec(lowered)
    if (match) hits.push({start: match.index, end: match.index + match[0].length, kind})
  }
  for (const phrase of extra) {
    let from = lowered.indexOf(phrase)
    while (from !== -1) {
      const end = from + phrase.length
      if (!letterOrDigit.test(lowered.charAt(from - 1)) && endsAtBoundary(lowered, end, phrase)) {
        hits.push({start: from, end, kind: 'extra'})
      }
      from = lowered.indexOf(phrase, end)
    }
  }
  hits.sort((a, b) => a.start - b.start)
}

/** A word of the news itself (`said`, `told`) among the tokens from `start` to `end`. */
function hasReportingWord(tokens: Tokens, start: number, end: number): boolean {
  for (let index = firstTokenFrom(tokens, start); index < tokens.words.length; index++) {
    if (tokens.starts[index]! >= end) break
    if (reportingWords.has(tokens.words[index]!)) return true
  }
  return false
}

/**
 * Index of the first token starting at or after `start` (a binary search:
 * a paragraph of many pasted pieces asks once per piece).
 */
function firstTokenFrom(tokens: Tokens, start: number): number {
  let low = 0
  let high = tokens.starts.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (tokens.starts[middle]! < start) low = middle + 1
    else high = middle
  }
  return low
}

/** A word of the news itself in a short line (for openers such as `Sign up for`). */
function lineHasReportingWord(masked: string): boolean {
  for (const match of masked.matchAll(wordPattern)) {
    if (reportingWords.has(match[0].toLowerCase())) return true
  }
  return false
}

/**
 * How much a sentence sounds like an appeal, from its words outside quotes:
 * the reader addressed (`you`), the publisher's voice (`we`, `our`), money
 * or support (`donation`, `paywall`), journalism (`reporters`, `story`).
 */
function classify(masked: string, tokens: Tokens, firstToken: number, start: number, end: number): SentenceCue {
  let reader = false
  let publisher = false
  let funding = false
  let journalism = false
  let newsletter = false
  for (let index = firstToken; index < tokens.words.length && tokens.starts[index]! < end; index++) {
    const written = tokens.written[index]!
    const word = tokens.words[index]!
    if (reportingWords.has(word)) return {start, end, appeal: 'none', kind: 'appeal'}
    if (readerWords.has(word)) reader = true
    // `us`, not `US`: the publisher's voice, not the country.
    else if (publisherWords.has(word) && (word !== 'us' || written === 'us' || written === 'Us')) publisher = true
    else if (fundingWords.has(word)) funding = true
    else if (journalismWords.has(word)) journalism = true
    else if (newsletterWords.has(word)) newsletter = true
  }
  if (newsletter && (reader || publisher)) return {start, end, appeal: 'strong', kind: 'newsletter'}
  const opening = firstToken < tokens.words.length && tokens.starts[firstToken]! < end && appealFirstWords.has(tokens.words[firstToken]!)
  if ((opening && opensWithAppeal(masked.slice(start, Math.min(end, start + 40)))) || (reader && funding && (publisher || journalism))) {
    return {start, end, appeal: 'strong', kind: 'appeal'}
  }
  if ((reader || publisher) && (funding || journalism)) return {start, end, appeal: 'weak', kind: 'appeal'}
  return {start, end, appeal: 'none', kind: 'appeal'}
}

/** `Donate today`, `Please support us`, `Become a member`: an imperative appeal. */
function opensWithAppeal(sentence: string): boolean {
  const head = normaliseSpace(sentence.replace(leadingMarks, '')).replace(/^please,? /, '')
  for (const opening of appealOpenings) {
    if (head.startsWith(opening) && !letter.test(head.charAt(opening.length))) return true
  }
  return false
}

/**
 * Runs of appeal sentences to report in a paragraph that is not boilerplate
 * as a whole: a run with an appeal of its own, or a run at the start or the
 * end of the paragraph that continues boilerplate next to it
 * (`Your support makes all the difference.` glued to the story's first line).
 */
function appealRuns(sentences: ReadonlyArray<SentenceCue>, afterBoilerplate: boolean, beforeBoilerplate: boolean): Hit[] {
  const runs: Hit[] = []
  let index = 0
  while (index < sentences.length) {
    if (sentences[index]!.appeal === 'none') {
      index++
      continue
    }
    const first = index
    let strong: SentenceCue | undefined
    while (index < sentences.length && sentences[index]!.appeal !== 'none') {
      if (!strong && sentences[index]!.appeal === 'strong') strong = sentences[index]
      index++
    }
    const atStart = first === 0 && afterBoilerplate
    const atEnd = index === sentences.length && beforeBoilerplate
    if (strong || atStart || atEnd) {
      runs.push({start: sentences[first]!.start, end: sentences[index - 1]!.end, kind: strong?.kind ?? 'appeal'})
    }
  }
  return runs
}

/** Overlapping or touching spans become one. */
function merge(spans: ReadonlyArray<Hit>): Hit[] {
  const merged: Hit[] = []
  for (const span of spans) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) {
      merged[merged.length - 1] = {start: last.start, end: Math.max(last.end, span.end), kind: last.kind}
    } else {
      merged.push(span)
    }
  }
  return merged
}

/**
 * Sentences of a paragraph (offsets into it, trimmed), split after `.`, `?`,
 * `!` and `…` before a space, or before a capitalised word glued on
 * (`difference.Russian`); not after a single letter or an abbreviation.
 */
function sentencesOf(masked: string): Array<{start: number; end: number; seam: boolean}> {
  const found: Array<{start: number; end: number; seam: boolean}> = []
  let seam = false
  const push = (from: number, to: number) => {
    let start = from
    let end = to
    while (start < end && space.test(masked.charAt(start))) start++
    while (end > start && space.test(masked.charAt(end - 1))) end--
    if (end > start) found.push({start, end, seam})
  }
  let start = 0
  for (let index = 0; index < masked.length; index++) {
    const char = masked.charAt(index)
    if (char !== '.' && char !== '?' && char !== '!' && char !== '…') continue
    let last = index
    while ('.?!…'.includes(masked.charAt(last + 1)) && last + 1 < masked.length) last++
    let next = last + 1
    while (next < masked.length && '”’"\')]'.includes(masked.charAt(next))) next++
    const following = masked.charAt(next)
    const glued = upper.test(following) && lower.test(masked.charAt(next + 1)) && lowerOrDigit.test(masked.charAt(index - 1))
    let boundary = next >= masked.length || space.test(following) || glued
    if (boundary && char === '.' && last === index) {
      let wordStart = index
      while (wordStart > 0 && letter.test(masked.charAt(wordStart - 1))) wordStart--
      const word = masked.slice(wordStart, index).toLowerCase()
      if (word.length === 1 || abbreviations.has(word)) boundary = false
    }
    if (boundary) {
      push(start, next)
      start = next
      seam = glued
    }
    index = next - 1
  }
  push(start, masked.length)
  return found
}
