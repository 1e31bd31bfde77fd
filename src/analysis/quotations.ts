/**
 * copydesk's one quotation model. One pass over a draft's paragraphs pairs
 * its quotation marks (straight and curly, double and single, nested) with
 * one stack, so a quotation may run on into the next paragraph (news style
 * leaves the closing mark off and reopens the next paragraph). It gives:
 *
 * * the quotations, each with its marks, its paragraph, whether and where
 *   it was left open, and its use: speech, the title of a work, a quoted
 *   term or scare quote, or an epigraph (`use`);
 * * the places where marks do not pair up (`problems`): unclosed,
 *   reversed, mixed, stray, mismatched and wrongly nested marks, and
 *   apostrophes typed as opening marks;
 * * each paragraph's top-level quotation segments (`segments`) and the role
 *   of each mark by its offset (`roles`).
 *
 * `quote-balance` reports the problems; the attribution family
 * (`attribution.ts`) reads the segments and uses; `web-boilerplate` blanks
 * quoted words with `maskQuoted`; `missing-space` asks a straight mark's
 * role. Nothing else in copydesk finds quotations.
 *
 * Apostrophes (`don’t`, `’90s`, `rock ’n’ roll`, `Jones’`), elisions
 * (`’em`, `’til`) and primes (`5'11"`) are told apart from quotation marks
 * first; URLs, e-mail addresses and inline code are not prose. The marks are
 * read from the nlcst tree, so Markdown syntax between words is invisible.
 * The result is cached per file in `context.shared` and house style.
 */
import type {Paragraph, Root} from 'nlcst'
import type {Literal, Node, Parent} from 'unist'
import type {VFile} from 'vfile'
import {
  ambiguousClippedWords,
  clauseOpeners,
  clippedWords,
  curlyMark,
  marks,
  possessiveAbbreviations,
  speakerDeterminers,
  speakerPronouns,
  straightMark,
  yearCues,
  type MarkInfo,
  type QuoteKind
} from '../lexicon/quotation-marks.js'
import {titleCues as attributionTitleCues, titleSmallWords as attributionSmallWords} from '../lexicon/attribution.js'
import {isTitleStop} from '../lexicon/titles.js'
import {isSpeechVerb, tagVerbs} from '../lexicon/speech-verbs.js'
import type {Span} from '../core/types.js'
import {keptAnswers} from '../core/paragraph-cache.js'
import {KindStack} from './kind-stack.js'
import {paragraphsOf, type ParagraphSpan} from './paragraphs.js'
import {treeLiterals} from './text.js'

export type {QuoteKind} from '../lexicon/quotation-marks.js'

/** One quotation mark as written. */
export interface QuoteMark {
  readonly char: string
  /** Offset in the file (UTF-16). */
  readonly offset: number
  readonly kind: QuoteKind
  readonly curly: boolean
  /** Whether `offset` is certain: Markdown escapes can blur where a mark sits. */
  readonly exact: boolean
  /** Index of its paragraph (as `paragraphsOf` lists them). */
  readonly paragraph: number
}

/** What a mark does in its quotation: opens it, reopens it in a new paragraph, or closes it. */
export type Role = 'open' | 'reopen' | 'close'

/** A quotation: its opening mark, the marks reopening it in later paragraphs, and its closing mark. */
export interface Quotation {
  readonly kind: QuoteKind
  readonly open: QuoteMark
  readonly reopen: ReadonlyArray<QuoteMark>
  /** Missing when the quotation is never closed. */
  readonly close: QuoteMark | undefined
  /** 0 for a quotation in running text, 1 inside another, and so on. */
  readonly depth: number
  /** Where it should have been closed, when it never is. */
  readonly unclosed: UnclosedWhere | undefined
  /** Offset of what ended it when unclosed: the next quotation or the outer closing mark. */
  readonly endedBy: number | undefined
  /** What the quoted words are: speech, a title, a quoted term or an epigraph (see `QuotationUse`). */
  readonly use: QuotationUse
}

/**
 * What a quotation is used for. Only `speech` needs a speaker:
 *
 * * `speech`: someone's words (`“We will rebuild,” Ortiz said.`);
 * * `title`: the title of a work, a name, a sign or a slogan (`the novel
 *   “Pride and Prejudice”`, `a sign reading “No entry”`, `Dwayne “The Rock”
 *   Johnson`, a Title Case phrase with no full stop);
 * * `term`: a word or short phrase quoted as a term or a scare quote,
 *   woven into the writer's sentence (`the so-called “reset”`, `a
 *   “temporary” closure`);
 * * `epigraph`: a quotation standing alone as its paragraph with a credit
 *   or a scripture reference after it (`“…” — Jane Austen`, `“…” (John
 *   3:16)`).
 */
export type QuotationUse = 'speech' | 'title' | 'term' | 'epigraph'

/** Where an unclosed quotation should have been closed. */
export type UnclosedWhere =
  /** Its paragraph ends and the next does not reopen it. */
  | 'paragraph'
  /** The draft ends. */
  | 'draft'
  /** Its paragraph ends in an attribution (`, he said.`) after the quoted words. */
  | 'attribution'
  /** A new quotation of the same kind opens after a finished sentence. */
  | 'next-quote'
  /** The quotation around it closes first. */
  | 'outer'

export type QuoteProblem =
  /** A straight mark in a quotation with curly marks. */
  | {
      readonly type: 'mixed'
      readonly mark: QuoteMark
      readonly role: Role
      readonly partner: QuoteMark
      readonly expected: string
    }
  /** A curly mark facing the wrong way for its place. */
  | {
      readonly type: 'reversed'
      readonly mark: QuoteMark
      readonly role: Role
      readonly partner: QuoteMark | undefined
      readonly expected: string
    }
  /** An opening (or reopening) mark whose quotation never closes. */
  | {
      readonly type: 'unclosed'
      readonly mark: QuoteMark
      readonly where: UnclosedWhere
      /** The closing mark that is missing. */
      readonly closer: string
      /** The right mark when this one also faces the wrong way. */
      readonly reversed: string | undefined
      /** Where the quotation first opened, when `mark` reopens it. */
      readonly opened: QuoteMark | undefined
      /** The related place: the attribution, the next quotation or the outer closing mark. */
      readonly related: number | undefined
    }
  /** A closing mark with no open quotation. */
  | {readonly type: 'stray'; readonly mark: QuoteMark; readonly opener: string; readonly reversed: boolean}
  /** A closing mark of the other kind than the quotation it closes. */
  | {readonly type: 'mismatch'; readonly mark: QuoteMark; readonly opener: QuoteMark; readonly expected: string}
  /** A quotation inside another that uses the same kind of mark. */
  | {
      readonly type: 'nesting'
      readonly mark: QuoteMark
      readonly role: 'open' | 'close'
      readonly outer: QuoteMark
      readonly partner: QuoteMark
      readonly expected: string
    }
  /** An apostrophe typed as an opening single mark (`‘90s`, `rock ‘n’ roll`). */
  | {readonly type: 'apostrophe'; readonly mark: QuoteMark; readonly word: string; readonly expected: string}

export interface QuoteAnalysis {
  readonly quotations: ReadonlyArray<Quotation>
  readonly problems: ReadonlyArray<QuoteProblem>
  /** Per paragraph, the parts of its top-level quotations that lie in it, in order. */
  readonly segments: ReadonlyArray<ReadonlyArray<QuoteSegment>>
  /** The role of each mark that opens, reopens or closes a quotation, by file offset. */
  readonly roles: ReadonlyMap<number, Role>
}

/** The part of a quotation that lies in one paragraph. */
export interface QuoteSegment {
  /** Offset of the opening (or reopening) mark. */
  readonly start: number
  /** Offset after the closing mark, or where the quotation stops in this paragraph when it is not closed here. */
  readonly end: number
  /** Whether a closing mark ends it in this paragraph. */
  readonly closed: boolean
  readonly kind: QuoteKind
  /** Index of the paragraph. */
  readonly paragraph: number
  /** Opened by the mark that reopens the previous paragraph's quotation. */
  readonly continued: boolean
  /** Left open here and reopened at the start of the next paragraph. */
  readonly continues: boolean
  /** The whole quotation. */
  readonly quotation: Quotation
}

/** House style for quotations: double marks outside (American, most British papers) or single (New Hart's Rules). */
export type Outer = QuoteKind

type CharClass = 'edge' | 'space' | 'word' | 'openPunct' | 'closePunct' | 'dash' | 'mark' | 'other'
type Position = 'open' | 'close' | 'ambiguous' | 'inner'

/** A quotation mark in a paragraph, with what its neighbours say about it. */
interface Candidate {
  readonly index: number
  readonly mark: QuoteMark
  readonly info: MarkInfo
  readonly prev: CharClass
  readonly next: CharClass
  /** A digit comes before it, or a digit and straight or prime marks (`12'`, `12''`, `12''”`: inches). */
  readonly prevDigit: boolean
  readonly position: Position
  /** Read as an apostrophe or prime before pairing: left alone, or flagged (`‘90s`). */
  apostrophe: 'none' | 'silent' | 'flag' | 'unless-closed'
  /** First on a line inside its paragraph (a soft-wrapped draft). */
  readonly lineStart: boolean
  /** The text before it ends a sentence. */
  readonly afterSentenceEnd: boolean
  /** A single mark in closing position follows in the paragraph. */
  laterSingleClose: boolean
  /** The next single mark that can open or close is a closing one. */
  nextSingleIsClose: boolean
  /** Taken as the reopening mark of a running quotation. */
  consumed: boolean
}

interface Prepared {
  readonly text: string
  /** File offset of a character of `text`, or -1 when unknown. */
  readonly offsetAt: (index: number) => number
  /** The runs of text `offsetAt` reads: where each starts in `text` and in the file less `base` (-1: unknown). */
  readonly runs: {readonly starts: ReadonlyArray<number>; readonly offsets: ReadonlyArray<number>; readonly base: number}
  readonly candidates: Candidate[]
}

interface Placed {
  readonly mark: QuoteMark
  readonly role: Role
  readonly reversed: boolean
}

interface Entry {
  readonly kind: QuoteKind
  readonly chain: Placed[]
  /** Opened with `„`, which `“` may close. */
  readonly low: boolean
  /** The quotation of the same kind around this one, if any (wrong nesting). */
  readonly sameKindParent: Entry | undefined
  readonly nested: Array<{readonly open: Placed; readonly close: Placed}>
  readonly depth: number
  /** Index of the last chain mark in the paragraph being read, or -1 when it is in an earlier one. */
  lastIndex: number
  /** A block quotation: opened at the end of a paragraph (`He wrote: “`), its words in the paragraphs after it, unmarked. */
  block?: boolean
}

/** What the model needs of a rule's context: the file, and the per-file cache the rules of one run share. */
export interface QuoteContext {
  readonly file: VFile
  readonly shared: Map<string, unknown>
}

/** Pair the quotation marks of a draft (cached per file, tree and house style in `context.shared`). */
export function analyseQuotes(tree: Root, context: QuoteContext, outer: Outer = 'double'): QuoteAnalysis {
  const key = 'quotations:' + outer
  const cached = context.shared.get(key) as {tree: Root; analysis: QuoteAnalysis} | undefined
  if (cached && cached.tree === tree) return cached.analysis
  const analysis = scan(tree, context.file, outer)
  context.shared.set(key, {tree, analysis})
  return analysis
}

function scan(tree: Root, file: VFile, outer: Outer): QuoteAnalysis {
  const source = String(file)
  const literals = treeLiterals(tree, source)
  let literalIndex = 0
  const isLiteral = (offset: number): boolean => {
    while (literalIndex < literals.length && literals[literalIndex]!.end <= offset) literalIndex++
    const range = literals[literalIndex]
    return range !== undefined && range.start <= offset
  }

  const quotations: Array<Omit<Quotation, 'use'>> = []
  const problems: QuoteProblem[] = []
  const stack = new KindStack<Entry>()
  const top = (): Entry | undefined => stack.top()

  const spans = paragraphsOf(tree, file)
  const paragraphs: Prepared[] = []
  const lent = file.data.copydeskTreeReadOnly === true
  for (const [index, paragraph] of spans.entries()) {
    const prepared = lent ? preparedAgain(paragraph.node, source, outer, isLiteral, index) : prepare(paragraph.node, source, outer, isLiteral, index)
    paragraphs.push(prepared)
  }

  /** Report the marks of a quotation that is over, closed or not. */
  const settle = (
    entry: Entry,
    closer: Placed | undefined,
    unclosed?: {where: UnclosedWhere; related?: number},
    closerReported = false
  ) => {
    const chain = closer && !closerReported ? [...entry.chain, closer] : entry.chain
    const curly = chain.find((placed) => placed.mark.curly && !placed.reversed) ?? chain.find((placed) => placed.mark.curly)
    const reported = unclosed ? entry.chain[entry.chain.length - 1]! : undefined
    for (const placed of chain) {
      if (placed === reported) continue
      if (placed.reversed) {
        const partner = placed.role === 'close' ? entry.chain[0]!.mark : closer?.mark
        problems.push({type: 'reversed', mark: placed.mark, role: placed.role, partner, expected: rightCurly(placed)})
      } else if (!placed.mark.curly && curly) {
        problems.push({
          type: 'mixed',
          mark: placed.mark,
          role: placed.role,
          partner: curly.mark,
          expected: placed.role === 'close' ? curlyMark[placed.mark.kind].close : curlyMark[placed.mark.kind].open
        })
      }
    }
    if (reported && unclosed) {
      const opener = entry.chain[0]!.mark
      problems.push({
        type: 'unclosed',
        mark: reported.mark,
        where: unclosed.where,
        closer: closingFor(entry.chain[0]!.mark),
        reversed: reported.reversed ? rightCurly(reported) : undefined,
        opened: reported.mark === opener ? undefined : opener,
        related: unclosed.related
      })
    } else if (!entry.block) {
      // A block quotation's own quotations keep the marks of the text it
      // quotes, as style guides set them in a displayed quotation.
      for (const pair of entry.nested) {
        const kind = pair.open.mark.kind === 'double' ? 'single' : 'double'
        const style = (mark: QuoteMark, role: 'open' | 'close') =>
          mark.curly ? curlyMark[kind][role] : straightMark[kind]
        const outerMark = entry.chain[0]!.mark
        problems.push(
          {type: 'nesting', mark: pair.open.mark, role: 'open', outer: outerMark, partner: pair.close.mark, expected: style(pair.open.mark, 'open')},
          {type: 'nesting', mark: pair.close.mark, role: 'close', outer: outerMark, partner: pair.open.mark, expected: style(pair.close.mark, 'close')}
        )
      }
    }
    if (closer && entry.sameKindParent) entry.sameKindParent.nested.push({open: entry.chain[0]!, close: closer})
    quotations.push({
      kind: entry.kind,
      open: entry.chain[0]!.mark,
      reopen: entry.chain.slice(1).map((placed) => placed.mark),
      close: closer?.mark,
      depth: entry.depth,
      unclosed: unclosed?.where,
      endedBy: unclosed?.where === 'next-quote' || unclosed?.where === 'outer' ? unclosed.related : undefined
    })
  }

  const open = (candidate: Candidate, reversed: boolean, paragraph: Prepared) => {
    const placed: Placed = {mark: candidate.mark, role: 'open', reversed}
    let current = top()
    if (current && current.kind === candidate.mark.kind && !current.block) {
      if (candidate.lineStart) {
        // A soft-wrapped draft: a line that reopens the quotation continues it.
        current.chain.push({...placed, role: 'reopen'})
        current.lastIndex = candidate.index
        return
      }
      if (candidate.afterSentenceEnd) {
        // `“We will rebuild. “It will take years,” he said.`: the first was never closed.
        stack.pop()
        settle(current, undefined, {where: 'next-quote', related: candidate.mark.offset})
        current = top()
      } else if (current.lastIndex >= 0) {
        // `“I tried, he said, “but nobody listened.”`: a tag between the
        // quoted words and this mark, so the first quotation lost its
        // closing mark before the tag (a quotation nested in one of the same
        // kind opens without a tag of the outer one's speaker before it);
        // so does a tag ending a clause of its first sentence with
        // narration after it (`“Naw, we'll use mine, Moore said, opening
        // the door. As I slid in he said, “…`).
        let tag = tagBefore(paragraph.text, current.lastIndex, candidate.index)
        if (tag === -1) tag = tagThenNarration(paragraph.text, current.lastIndex, candidate.index)
        if (tag !== -1) {
          stack.pop()
          const related = paragraph.offsetAt(tag)
          settle(current, undefined, related < 0 ? {where: 'attribution'} : {where: 'attribution', related})
          current = top()
        }
      }
    }
    stack.push({
      kind: candidate.mark.kind,
      chain: [placed],
      low: candidate.mark.char === '„',
      sameKindParent: current && current.kind === candidate.mark.kind ? current : undefined,
      nested: [],
      depth: stack.length,
      lastIndex: candidate.index
    })
  }

  const close = (candidate: Candidate, reversed: boolean) => {
    const kind = candidate.mark.kind
    const depth = stack.lastIndexOf(kind)
    if (depth < 0) {
      const current = top()
      if (!current) {
        problems.push({
          type: 'stray',
          mark: candidate.mark,
          opener: candidate.mark.curly ? curlyMark[kind].open : straightMark[kind],
          reversed
        })
        return
      }
      // `“Go home,’ he said.`: a closing mark of the other kind.
      stack.pop()
      problems.push({
        type: 'mismatch',
        mark: candidate.mark,
        opener: current.chain[0]!.mark,
        expected: candidate.mark.curly ? curlyMark[current.kind].close : straightMark[current.kind]
      })
      settle(current, {mark: candidate.mark, role: 'close', reversed: false}, undefined, true)
      return
    }
    while (stack.length - 1 > depth) settle(stack.pop()!, undefined, {where: 'outer', related: candidate.mark.offset})
    const entry = stack.pop()!
    const lowPair = entry.low && candidate.mark.char === '“'
    settle(entry, {mark: candidate.mark, role: 'close', reversed: reversed && !lowPair})
  }

  const endParagraph = (current: Prepared, next: Prepared | undefined, currentIndex: number) => {
    if (stack.length === 0) return
    const bottom = stack.at(0)!
    const leading = next ? leadingOpeners(next) : []
    // A block quotation (`He wrote: “` ending the paragraph, the letter in
    // the paragraphs after it) runs on, unmarked, to its closing mark.
    if (next && stack.length === 1 && leading.length === 0 && (bottom.block || (opensBlock(current, bottom) && closesBlock(paragraphs, currentIndex, bottom.kind)))) {
      bottom.block = true
      return
    }
    let attribution = attributionAfter(current.text, bottom.lastIndex)
    // The next paragraph reopens the quotation: running quotation, unless the
    // words after the comma are a bare attribution that ends the paragraph
    // (`, the minister said.`) and the next paragraph is a quotation of its
    // own, closed and attributed (`“It will take years,” Ortiz added.`), or
    // this paragraph is one line of dialogue and its tag, and the next one
    // does not carry the same words on (`“I'll be damned, Ekstrohm said.`
    // then `“You are right, buddy.”`; not `“So we went …`).
    if (leading[0]?.mark.kind === bottom.kind) {
      const reply = !carriesOn(next!, leading[0])
      if (attribution !== -1) {
        const ownLine = closesWithAttribution(next!, leading[0]) || (stack.length === 1 && isDialogueLine(current.text, bottom, attribution) && reply)
        if (!isBareAttribution(current.text.slice(attribution)) || !ownLine) attribution = -1
      } else if (stack.length === 1 && reply) {
        // A dialogue tag with any verb of saying ending the quotation's
        // first sentence: ending a line of dialogue (`“C'est formidable,
        // they exclaimed.`), or with more of the paragraph after it when
        // the next paragraph's quotation closes there (`“It seems to me
        // you have enough to do, Eugenia said. She had been watching …`
        // then `“Plenty of people are poor.”`): the reply of the next
        // speaker, so the closing mark was lost before the tag.
        attribution = tagInside(current.text, bottom, closerIn(next!, leading[0]) !== undefined)
      }
    }
    // A short line, then narration of a person (`“N-no. The boy dropped his
    // eyes.`), before a reply closed in the next paragraph: the line ended
    // before the narration, so its closing mark is missing.
    if (attribution === -1 && stack.length === 1 && leading[0]?.mark.kind === bottom.kind && closerIn(next!, leading[0]) && !carriesOn(next!, leading[0]) && lineThenNarration(current.text, bottom)) {
      settle(stack.pop()!, undefined, {where: 'next-quote', related: leading[0].mark.offset})
      return
    }
    if (attribution !== -1) {
      const related = current.offsetAt(attribution)
      while (stack.length > 1) settle(stack.pop()!, undefined, {where: 'paragraph'})
      settle(stack.pop()!, undefined, related < 0 ? {where: 'attribution'} : {where: 'attribution', related})
      return
    }
    // A quotation of the same kind inside one that is still open when its
    // paragraph ends (`“Hey, Jack, he called, and she left, yelling “Good-bye”
    // over her shoulder.`): the first quotation lost its closing mark before
    // the second opened; it is no wrong nesting, and does not run on.
    const inner = bottom.nested.find((pair) => pair.open.mark.paragraph === currentIndex)
    if (stack.length === 1 && inner && bottom.lastIndex >= 0) {
      bottom.nested.length = 0
      settle(stack.pop()!, undefined, {where: 'next-quote', related: inner.open.mark.offset})
      return
    }
    if (!next) {
      while (stack.length > 0) settle(stack.pop()!, undefined, {where: 'draft'})
      return
    }
    let matched = 0
    while (matched < stack.length && matched < leading.length && leading[matched]!.mark.kind === stack.at(matched)!.kind) {
      matched++
    }
    while (stack.length > matched) settle(stack.pop()!, undefined, {where: 'paragraph'})
    for (let index = 0; index < matched; index++) {
      const candidate = leading[index]!
      candidate.consumed = true
      stack.at(index)!.chain.push({mark: candidate.mark, role: 'reopen', reversed: candidate.info.declared === 'close'})
      stack.at(index)!.lastIndex = candidate.index
    }
  }

  for (const [paragraphIndex, paragraph] of paragraphs.entries()) {
    for (const entry of stack) entry.lastIndex = -1
    for (const candidate of paragraph.candidates) {
      if (candidate.consumed) continue
      if (candidate.apostrophe === 'silent') continue
      if (candidate.apostrophe === 'flag') {
        problems.push({type: 'apostrophe', mark: candidate.mark, word: wordAround(paragraph.text, candidate.index), expected: '’'})
        continue
      }
      const role = roleOf(candidate, paragraph.text, top())
      if (role === 'skip') continue
      if (role === 'apostrophe') {
        problems.push({type: 'apostrophe', mark: candidate.mark, word: wordAround(paragraph.text, candidate.index), expected: '’'})
        continue
      }
      const reversed = candidate.info.declared !== undefined && candidate.info.declared !== role
      if (role === 'open') open(candidate, reversed, paragraph)
      else close(candidate, reversed)
    }
    // The last paragraph's end settles whatever is still open.
    endParagraph(paragraph, paragraphs[paragraphIndex + 1], paragraphIndex)
  }

  // Where each paragraph's text ends, without trailing white space (once: quotations ask it many times).
  const ends = spans.map((span) => span.start + span.text.trimEnd().length)
  // Kept in every format, unlike the attribution readings: `useOf` reads the
  // file's characters only (the paragraph's and the next one's, both in the
  // key), never parsed words, so nothing elsewhere in a Markdown draft (a
  // link definition) can change a use.
  const keptUses = keptAnswers<Map<string, QuotationUse>>(file, 'quotations:use')
  // An open document's uses, kept per paragraph (see `keptUseOf`), each paragraph's store found once per scan.
  const usesByParagraph = new Map<number, Map<string, QuotationUse>>()
  const use = (quotation: Omit<Quotation, 'use'>): QuotationUse => {
    if (!keptUses || quotation.reopen.length > 0 || quotation.open.offset < 0) return useOf(quotation, spans, ends, source)
    const index = quotation.open.paragraph
    let uses = usesByParagraph.get(index)
    if (!uses) {
      const span = spans[index]!
      uses = keptUses.get(`${span.text.length}:${span.text}\u0000${spans[index + 1]?.text ?? '\u0000'}`, () => new Map())
      usesByParagraph.set(index, uses)
    }
    return keptUseOf(quotation, spans, ends, source, uses)
  }
  const used = quotations
    .sort((a, b) => a.open.offset - b.open.offset)
    .map((quotation): Quotation => ({...quotation, use: use(quotation)}))
  const roles = new Map<number, Role>()
  for (const quotation of used) {
    roles.set(quotation.open.offset, 'open')
    for (const mark of quotation.reopen) roles.set(mark.offset, 'reopen')
    if (quotation.close) roles.set(quotation.close.offset, 'close')
  }
  return {
    quotations: used,
    problems: withoutEchoes(problems, used, source).filter((problem) => problem.mark.exact),
    segments: segmentsOf(used, spans, ends),
    roles
  }
}

/** How many paragraphs a quotation typed without reopening marks may run on before its closing mark. */
const unreopenedReach = 2

/**
 * One slip, reported once: a quotation left open at the end of a paragraph
 * whose closing mark stands, with no opening mark of its kind before it, in
 * one of the next `unreopenedReach` paragraphs (a block quotation typed
 * without reopening marks) is reported as unclosed where it opens, not also
 * as a stray closing mark where it ends. A displayed quotation, its
 * opening mark starting the paragraph after one that ends in a colon
 * (`you can say:` then `“I am resting …`: verse, a hymn or a letter set
 * line by line), may run so for up to `blockReach` paragraphs. A closing mark between two words
 * of one sentence (`the time” of his life`) ends no such quotation and is
 * reported as stray.
 */
function withoutEchoes(problems: ReadonlyArray<QuoteProblem>, quotations: ReadonlyArray<Quotation>, source: string): QuoteProblem[] {
  const echoes = new Set<QuoteProblem>()
  for (const kind of ['double', 'single'] as const) {
    const opens = quotations.filter((quotation) => quotation.kind === kind).map((quotation) => quotation.open.offset).sort((a, b) => a - b)
    const strays = problems.filter((problem) => problem.type === 'stray' && problem.mark.kind === kind).sort((a, b) => a.mark.offset - b.mark.offset)
    if (strays.length === 0) continue
    for (const problem of problems) {
      if (problem.type !== 'unclosed' || problem.where !== 'paragraph' || problem.mark.kind !== kind) continue
      const {mark} = problem
      const stray = strays[firstAfter(strays, mark.offset)]
      const reach = displayedAfterColon(source, mark.offset) ? blockReach : unreopenedReach
      if (!stray || echoes.has(stray) || stray.mark.paragraph <= mark.paragraph || stray.mark.paragraph - mark.paragraph > reach) continue
      // `the time” of his life`: between two words of a sentence, it ends no quoted words.
      if (midSentence(source, stray.mark.offset)) continue
      const open = opens[firstAfterOffset(opens, mark.offset)]
      if (open !== undefined && open < stray.mark.offset) continue
      echoes.add(stray)
    }
  }
  return echoes.size === 0 ? [...problems] : problems.filter((problem) => !echoes.has(problem))
}

/** Whether the mark at `index` starts a paragraph and the paragraph before it ends in a colon (a displayed quotation). */
function displayedAfterColon(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index)
  const kept = before.trimEnd()
  return kept.endsWith(':') && before.slice(kept.length).includes('\n')
}

/** Index of the first problem whose mark comes after `offset` (binary search), or the length. */
function firstAfter(sorted: ReadonlyArray<QuoteProblem>, offset: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.mark.offset <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Index of the first offset after `offset` (binary search), or the length. */
function firstAfterOffset(sorted: ReadonlyArray<number>, offset: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (sorted[middle]! <= offset) low = middle + 1
    else high = middle
  }
  return low
}

/** Whether a candidate opens or closes, given the quotation open around it. */
function roleOf(candidate: Candidate, text: string, current: Entry | undefined): 'open' | 'close' | 'skip' | 'apostrophe' {
  const {info, position} = candidate
  const sameKindOpen = current !== undefined && current.kind === info.kind
  if (info.kind === 'double') {
    // Inches: `a 12" record`, `6'2"`.
    if (!info.curly || info.declared === 'close') {
      if (candidate.prevDigit && position === 'close' && (feetAndInches(text, candidate.index) || !sameKindOpen)) return 'skip'
    }
  } else if (position === 'close' && (candidate.prev === 'word' || candidate.prevDigit || abbreviationBefore(text, candidate.index))) {
    // Feet or minutes (`6' tall`), or an apostrophe ending a word (`Jones’`, `goin'`),
    // unless it closes the single quotation open here and no later mark can.
    if (candidate.prevDigit) return sameKindOpen ? 'close' : 'skip'
    if (sameKindOpen && !candidate.nextSingleIsClose) return 'close'
    return candidate.mark.char === '‘' ? 'apostrophe' : 'skip'
  } else if (position === 'ambiguous' && !info.curly && !sameKindOpen) {
    return 'skip'
  }
  // `… to we'uns all ‘”.`: an opening single mark right before the closing
  // double mark of the quotation around it opens nothing; it closes the
  // single quotation open inside, turned the wrong way.
  if (info.kind === 'single' && sameKindOpen && position === 'open' && text.charAt(candidate.index + 1) === '”') return 'close'
  if (info.kind === 'double' && sameKindOpen && info.declared === 'close' && text.charAt(candidate.index - 1) === '‘') return 'close'
  if (position === 'open' || position === 'close') return position
  if (info.declared) return info.declared
  return sameKindOpen ? 'close' : 'open'
}

/** The curly mark a reversed one should be. */
function rightCurly(placed: Placed): string {
  return placed.role === 'close' ? curlyMark[placed.mark.kind].close : curlyMark[placed.mark.kind].open
}

/** The closing mark that matches an opening one in style. */
function closingFor(mark: QuoteMark): string {
  return mark.curly ? curlyMark[mark.kind].close : straightMark[mark.kind]
}

/** The marks a paragraph starts with, in order, that can reopen a running quotation. */
function leadingOpeners(paragraph: Prepared): Candidate[] {
  const found: Candidate[] = []
  let expected = paragraph.text.length - paragraph.text.trimStart().length
  for (const candidate of paragraph.candidates) {
    if (candidate.index !== expected) break
    if (candidate.apostrophe !== 'none' || !canReopen(candidate)) break
    found.push(candidate)
    expected++
  }
  return found
}

/**
 * Whether a quotation's only mark ends its paragraph after a colon (`As
 * she wrote afterward: “`) or a finished sentence (`… only 11 per cent.
 * “`): it opens a block quotation, whose words are the paragraphs after it.
 */
function opensBlock(paragraph: Prepared, entry: Entry): boolean {
  if (entry.chain.length !== 1 || entry.lastIndex < 0) return false
  const text = paragraph.text
  if (entry.lastIndex !== text.trimEnd().length - 1) return false
  return text.slice(0, entry.lastIndex).trimEnd().endsWith(':') || endsSentenceBefore(text, entry.lastIndex)
}

/** How many paragraphs after its opening mark a block quotation's closing mark is looked for. */
const blockReach = 12

/**
 * Whether a closing mark of `kind` closes a block quotation opened at the
 * end of paragraph number `from`: the first such mark in the next
 * `blockReach` paragraphs that no opening mark of the kind before it pairs
 * with. The block's own quotations (`to rate the “goodness” of nations`)
 * pair up on the way. The closing mark may end its paragraph (`… into the
 * ground.”`) or stand before the writer's own words (`… of Christ”. Gorton
 * signed …`, `… 353 U. S.`), but not between two words of one sentence,
 * where it is a stray mark inside the block (`the river” rose`); and a quotation of
 * its own left open in the block leaves the opening mark unclosed.
 */
function closesBlock(paragraphs: ReadonlyArray<Prepared>, from: number, kind: QuoteKind): boolean {
  let open = 0
  const last = Math.min(paragraphs.length - 1, from + blockReach)
  for (let index = from + 1; index <= last; index++) {
    const paragraph = paragraphs[index]!
    for (const mark of paragraph.candidates) {
      if (mark.info.kind !== kind || mark.apostrophe !== 'none') continue
      const closing = mark.position === 'close' || (mark.position !== 'open' && mark.info.declared === 'close')
      if (!closing) open++
      else if (open > 0) open--
      else return !midSentence(paragraph.text, mark.index)
    }
  }
  return false
}

/**
 * Whether the mark at `index` stands between two words of one sentence,
 * right after a word and before a lowercase one (`the river” rose`): it
 * ends no quoted words there, as a closing mark after a stop or a comma
 * does (`… again,” she wrote.`).
 */
function midSentence(text: string, index: number): boolean {
  return wordChar.test(text.charAt(index - 1)) && /^\s+\p{Ll}/u.test(text.slice(index + 1))
}

/**
 * Whether a mark at the start of a paragraph can reopen a running
 * quotation: in opening position, or before punctuation when it is not a
 * closing mark by shape (`“. Combine the first nine ingredients`, `“) 4.`).
 */
function canReopen(candidate: Candidate): boolean {
  if (candidate.position === 'open') return true
  return candidate.position === 'ambiguous' && candidate.next !== 'space' && candidate.next !== 'edge' && candidate.info.declared !== 'close'
}

/**
 * Whether the words after the comma are nothing but an attribution: a
 * speaker of up to four words and the verb of saying, with an adverb or a
 * particle at most (`the minister said.`, `Nogol said elaborately.`, `he
 * said again.`), or the verb first and the speaker after it (`said Lina
 * Ortiz, the mayor.`). The verb is a tag's verb (`tagVerbs`: `said`,
 * `intoned`, `whispers`), or, with `anyVerb`, any verb of saying in `-ed`
 * (`a hoarse voice answered back`), as a tag ending a line of dialogue has
 * it.
 */
function isBareAttribution(tail: string, anyVerb = false): boolean {
  const words = tail.trim().split(/\s+/u).map((word) => word.replace(/[.,;:!?]+$/u, ''))
  const verb = words.findIndex((word) => isTagVerb(word.toLowerCase(), anyVerb))
  if (verb === 0) return words.length <= 8 && (/^\p{Lu}/u.test(words[1] ?? '') || speakerDeterminers.has(words[1]?.toLowerCase() ?? ''))
  if (verb < 1 || verb > 4 || words.length - verb > 2) return false
  const after = words[verb + 1]
  return after === undefined || /ly$/.test(after) || tagParticles.has(after.toLowerCase())
}

/** Any quotation mark, straight or curly, opening or closing: words holding one are not one quotation's alone. */
const anyQuoteMark = /["“”„‘«»]/u

/** Words that may follow a verb of saying in a dialogue tag (`yelled back`, `said again`). */
const tagParticles = new Set(['back', 'out', 'up', 'aloud', 'again'])

/** Whether a word is a tag's verb (`tagVerbs`), or with `anyVerb` any verb of saying in `-ed`. */
function isTagVerb(word: string, anyVerb: boolean): boolean {
  return tagVerbs.has(word) || (anyVerb && word.endsWith('ed') && isSpeechVerb(word))
}

/**
 * Index where a dialogue tag starts (`isBareAttribution` with any verb of
 * saying) that ends the first sentence of a quotation opened in this
 * paragraph, after a comma and quoted words with no mark, or -1. When the
 * tag ends the paragraph, the paragraph must be one line of dialogue
 * (`isDialogueLine`); when more of the paragraph follows it, the next
 * paragraph's quotation must close there (`nextCloses`).
 */
function tagInside(text: string, entry: Entry, nextCloses: boolean): number {
  if (entry.chain.length !== 1) return -1
  const from = entry.lastIndex + 1
  const stop = /[.!?](?=\s+\S|\s*$)/u.exec(text.slice(from))
  if (!stop) return -1
  const end = from + stop.index + 1
  const comma = text.lastIndexOf(',', end)
  if (comma < from || anyQuoteMark.test(text.slice(from, end)) || !/[\p{L}\p{N}]/u.test(text.slice(from, comma))) return -1
  if (!isBareAttribution(text.slice(comma + 1, end), true)) return -1
  let start = comma + 1
  while (isSpace(text.charCodeAt(start))) start++
  return (text.slice(end).trim() === '' ? isDialogueLine(text, entry, start) : nextCloses) ? start : -1
}

/** Most words of a line of dialogue that narration may follow in its paragraph (`lineThenNarration`). */
const shortLine = 4

/** Words opening a sentence that are not a person acting in narration. */
const notActors = new Set(['I', 'We', 'You', 'It', 'There', 'This', 'That', 'These', 'Those', 'What', 'Why', 'How', 'When', 'Where', 'Who', 'Do', 'Did', 'Is', 'Are', 'Was', 'Let', 'Please', 'A', 'An'])

/** Words before the noun of a person acting in narration (`The boy dropped …`). */
const actorDeterminers = new Set(['The', 'His', 'Her'])

/**
 * Whether a paragraph opens with a short line of dialogue (`shortLine`
 * words at most, no mark inside) whose next sentence is narration of a
 * person acting: `He`, `She`, `They` or a capitalised word, then a verb in
 * `-ed`, an adverb in `-ly` between at most (`“Part collie. Quint
 * glared.`, `“It's parked in front. Rourke hastily slopped …`), or `The`,
 * `His` or `Her`, a noun and the verb (`“N-no. The boy dropped his
 * eyes.`). An abbreviated title's stop (`Mr.`, `Dr.`) ends no line; a written-out title's (`the duke.`) does.
 */
function lineThenNarration(text: string, entry: Entry): boolean {
  if (entry.chain.length !== 1 || /[\p{L}\p{N}]/u.test(text.slice(0, entry.lastIndex))) return false
  const from = entry.lastIndex + 1
  let end = -1
  for (const stop of text.slice(from).matchAll(/(\p{L}*)[.!?](?=\s+(\S+))/gu)) {
    if (isTitleStop(stop[1]!, stop[2], lastWord(text.slice(Math.max(from, from + stop.index - lastWordReach), from + stop.index))) || /^\p{Lu}$/u.test(stop[1]!)) continue
    end = from + stop.index + stop[0].length
    break
  }
  if (end === -1) return false
  const line = text.slice(from, end)
  const words = line.match(wordPattern)?.length ?? 0
  if (anyQuoteMark.test(line) || words === 0 || words > shortLine) return false
  const next = text.slice(end).trim().split(/\s+/u, 3)
  const first = next[0]!
  const verb = (word: string | undefined) => word !== undefined && /^\p{Ll}+ed$/u.test(word)
  if (actorDeterminers.has(first)) return verb(next[2])
  if (!/^\p{Lu}\p{Ll}/u.test(first) || notActors.has(first)) return false
  return verb(next[1]) || (/^\p{Ll}+ly$/u.test(next[1] ?? '') && verb(next[2]))
}

/**
 * Whether a paragraph is one line of dialogue and its tag: the quotation
 * opens it (not reopened from the paragraph before) and its words, up to
 * the tag at `attribution`, hold no finished sentence (`“I'll be damned,
 * Ekstrohm said.`). A paragraph of a speech running on holds more.
 */
function isDialogueLine(text: string, entry: Entry, attribution: number): boolean {
  if (entry.chain.length !== 1 || entry.lastIndex < 0 || /[\p{L}\p{N}]/u.test(text.slice(0, entry.lastIndex))) return false
  return !/[.?!…]["”’)]*\s+["“‘]?\p{Lu}/u.test(text.slice(entry.lastIndex + 1, attribution))
}

/** Words that carry a speaker's words on into a new paragraph (`“So we went …`, `“And then …`). */
const carryingOn = new Set(['and', 'but', 'so', 'then', 'or', 'nor', 'yet', 'also', 'still', 'now', 'besides', 'meanwhile', 'anyway', 'because', 'plus', 'later', 'after', 'afterwards', 'when', 'while'])

/** Whether the quotation `opener` reopens goes on with a word that carries the words before it on. */
function carriesOn(paragraph: Prepared, opener: Candidate): boolean {
  const word = /^\s*(\p{L}+)/u.exec(paragraph.text.slice(opener.index + 1))
  return word !== null && carryingOn.has(word[1]!.toLowerCase())
}

/** Whether the quotation `opener` starts closes in its paragraph with words after it (`“It will take years,” Ortiz added.`). */
function closesWithAttribution(paragraph: Prepared, opener: Candidate): boolean {
  const close = closerIn(paragraph, opener)
  return close !== undefined && /\p{L}/u.test(paragraph.text.slice(close.index + 1))
}

/** The closing mark of the quotation `opener` starts, in its paragraph, if any. */
function closerIn(paragraph: Prepared, opener: Candidate): Candidate | undefined {
  return paragraph.candidates.find(
    (candidate) => candidate.index > opener.index && candidate.info.kind === opener.info.kind && candidate.position === 'close' && candidate.apostrophe === 'none'
  )
}

/**
 * Index of the comma that starts an attribution closing the paragraph
 * (`“We will rebuild, he said.`, `…, said Lina Ortiz, the mayor.`) after
 * `from`, or -1.
 */
function attributionAfter(text: string, from: number): number {
  const end = text.trimEnd().length
  if (!'.!?'.includes(text.charAt(end - 1))) return -1
  let comma = text.lastIndexOf(',', end - 1)
  for (let tries = 0; tries < 3 && comma > from; tries++) {
    if (isAttribution(text.slice(comma + 1, end))) {
      let start = comma + 1
      while (start < end && isSpace(text.charCodeAt(start))) start++
      return start
    }
    comma = text.lastIndexOf(',', comma - 1)
  }
  return -1
}

/**
 * Index where a dialogue tag starts (`he said` in `“I tried, he said, “but
 * …`) when the text between an open quotation's mark at `from` and a new
 * mark of its kind at `to` ends in a tag between commas after quoted
 * words of its own; otherwise -1 (a colon after `he asked` introduces a
 * line of a story quoted inside a longer quotation as often). The tag is a bare
 * attribution, a speaker and the verb with an adverb at most, or the verb
 * first (`he said`, `said the half-man`, `Felix intoned`), as
 * `isBareAttribution` reads one.
 */
function tagBefore(text: string, from: number, to: number): number {
  const between = text.slice(from + 1, to)
  const trailing = /,\s*$/u.exec(between)
  if (!trailing) return -1
  const body = between.slice(0, trailing.index)
  // The tag follows the open quotation's own words, not another quotation's (`“…”, he wrote, “`).
  if (anyQuoteMark.test(body)) return -1
  const comma = body.lastIndexOf(',')
  // Quoted words of its own before the tag's comma: `“He told me, “Go home.”` is one quotation nested in another.
  if (comma === -1 || !/[\p{L}\p{N}]/u.test(body.slice(0, comma))) return -1
  const clause = body.slice(comma + 1)
  if (!isBareAttribution(clause)) return -1
  let start = from + 1 + comma + 1
  while (start < to && isSpace(text.charCodeAt(start))) start++
  return start
}

/**
 * Index where a dialogue tag starts (`isBareAttribution` with any verb of
 * saying) that ends a clause of the open quotation's first sentence, when
 * narration with a finished sentence follows it before a new mark of its
 * kind at `to` (`“Naw, we'll use mine, Moore said, opening the door. As I
 * slid in he said, “Some heap.”`): the first quotation lost its closing
 * mark before the tag. Otherwise -1.
 */
function tagThenNarration(text: string, from: number, to: number): number {
  const between = text.slice(from + 1, to)
  if (anyQuoteMark.test(between)) return -1
  const stop = /[.!?]\s/u.exec(between)
  if (!stop || !/[.!?]["”’)]*\s+\p{Lu}/u.test(between.slice(stop.index))) return -1
  for (const comma of between.slice(0, stop.index + 1).matchAll(/,\s*([^,.!?]+)(?=[,.!?])/gu)) {
    if (!/[\p{L}\p{N}]/u.test(between.slice(0, comma.index)) || !isBareAttribution(comma[1]!, true)) continue
    return from + 1 + comma.index + comma[0].indexOf(comma[1]!)
  }
  return -1
}

const quoteInTail = /["“”‘„]|(?:^|\s)['’]/u
const sentenceBreak = /(\S+)[.!?]\s+\S/gu

function isAttribution(tail: string): boolean {
  if (tail.length > 120 || quoteInTail.test(tail)) return false
  for (const match of tail.matchAll(sentenceBreak)) {
    const word = match[1]!
    // `Dr. Ortiz`, `U.S. officials`: abbreviations do not end a sentence.
    if (word.length > 3 && !word.includes('.')) return false
  }
  const words = tail.trim().split(/\s+/u).map((word) => word.replace(/[.,;:!?]+$/u, ''))
  let verb = -1
  for (let index = 0; index < words.length && index <= 5; index++) {
    if (tagVerbs.has(words[index]!.toLowerCase())) {
      verb = index
      break
    }
  }
  if (verb === -1) return false
  if (verb === 0) return words.length >= 2
  const first = words[0]!
  const lower = first.toLowerCase()
  if (clauseOpeners.has(lower)) return false
  if (speakerPronouns.has(lower)) return verb === 1
  return speakerDeterminers.has(lower) || /^\p{Lu}/u.test(first)
}

/** The word a mark stands in or next to, for messages: `‘90s`, `O‘Brien`. */
function wordAround(text: string, index: number): string {
  let start = index
  while (start > 0 && isWordChar(text.charAt(start - 1))) start--
  let end = index + 1
  while (end < text.length && (isWordChar(text.charAt(end)) || isSingleMark(text.charAt(end)))) end++
  return text.slice(start, end)
}

/** `U.S.’ role`, `Bros.’ store`: the mark follows an abbreviation, so it may be a possessive apostrophe. */
function abbreviationBefore(text: string, index: number): boolean {
  if (text.charAt(index - 1) !== '.') return false
  if (/\p{Lu}/u.test(text.charAt(index - 2)) && text.charAt(index - 3) === '.') return true
  let start = index - 1
  while (start > 0 && index - start <= 5 && isLetter(text.charAt(start - 1))) start--
  return possessiveAbbreviations.has(text.slice(start, index - 1).toLowerCase())
}

/** `6'2"`, `5’ 11”`: the double mark ends a height. */
function feetAndInches(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && isDigit(text.charCodeAt(at))) at--
  if (at >= 0 && text.charAt(at) === ' ') at--
  if (at < 1 || !"'’′".includes(text.charAt(at))) return false
  return isDigit(text.charCodeAt(at - 1))
}

/** The marks' code units: the ASCII ones by code, the rest (U+2018 to U+201E) by their range. */
const asciiMarks = new Uint8Array(128)
let firstWideMark = Infinity
let lastWideMark = -1
for (const mark of Object.keys(marks)) {
  const code = mark.charCodeAt(0)
  if (code < 128) asciiMarks[code] = 1
  else {
    firstWideMark = Math.min(firstWideMark, code)
    lastWideMark = Math.max(lastWideMark, code)
  }
}

/**
 * Whether a code unit may be a quotation mark: a paragraph's every
 * character is asked, and a look-up of each in `marks` cost more than the
 * rest of the reading of its marks.
 */
function mayBeMark(code: number): boolean {
  return code < 128 ? asciiMarks[code] === 1 : code >= firstWideMark && code <= lastWideMark
}

/**
 * A paragraph's text as the tree has it (Markdown syntax left out, inline
 * code as one placeholder letter), each character's file offset, and its
 * quotation marks with what their neighbours say about them.
 */
function prepare(
  node: Paragraph,
  source: string,
  outer: Outer,
  isLiteral: (offset: number) => boolean,
  paragraph: number
): Prepared {
  const parts: string[] = []
  // Runs of text: where each starts in `text` and in the file (-1: unknown).
  const runStarts: number[] = []
  const runOffsets: number[] = []
  let length = 0
  const addRun = (value: string, at: number | undefined) => {
    runStarts.push(length)
    runOffsets.push(at ?? -1)
    parts.push(value)
    length += value.length
  }
  let cursor = node.position!.start.offset!
  const visit = (child: Node): void => {
    if ('children' in child) {
      for (const grandchild of (child as Parent).children) visit(grandchild)
      return
    }
    const start = child.position!.start.offset!
    if (child.type === 'SourceNode') {
      // Inline code: one letter-like placeholder, never read for marks.
      addRun('x', start)
      cursor = child.position!.end.offset!
      return
    }
    const value = (child as Literal).value as string
    const at = start >= cursor && source.startsWith(value, start) ? start : resync(source, value, cursor)
    addRun(value, at)
    if (at !== undefined) cursor = at + value.length
  }
  visit(node)
  const text = parts.join('')
  const offsetAt = offsetFinder(runStarts, runOffsets)

  const candidates: Candidate[] = []
  const apostrophePairs = new Set<number>()
  let previous: Candidate | undefined
  for (let index = 0; index < text.length; index++) {
    if (!mayBeMark(text.charCodeAt(index))) continue
    const char = text.charAt(index)
    const info = marks[char]
    if (!info) continue
    const offset = offsetAt(index)
    if (offset >= 0 && isLiteral(offset)) continue
    const prevChar = text.charAt(index - 1)
    const prev = index === 0 ? 'edge' : classOf(prevChar)
    const next = index + 1 >= text.length ? 'edge' : classOf(text.charAt(index + 1))
    const position = positionOf(prev, next, previous?.position ?? 'ambiguous')
    const candidate: Candidate = {
      index,
      mark: {char, offset, kind: info.kind, curly: info.curly, exact: offset >= 0 && source.charAt(offset) === char, paragraph},
      info,
      prev,
      next,
      prevDigit: afterNumber(text, index),
      position,
      apostrophe: 'none',
      lineStart: startsLine(text, index),
      afterSentenceEnd: endsSentenceBefore(text, index),
      laterSingleClose: false,
      nextSingleIsClose: false,
      consumed: false
    }
    if (info.kind === 'single') candidate.apostrophe = apostropheOf(text, index, candidate, apostrophePairs)
    candidates.push(candidate)
    previous = candidate
  }

  // Backwards: does a single mark that can close follow each single mark?
  let laterClose = false
  let nextIsClose = false
  for (let index = candidates.length - 1; index >= 0; index--) {
    const candidate = candidates[index]!
    if (candidate.info.kind !== 'single') continue
    candidate.laterSingleClose = laterClose
    candidate.nextSingleIsClose = nextIsClose
    if (candidate.apostrophe === 'silent' || candidate.apostrophe === 'flag' || candidate.position === 'inner') continue
    if (candidate.position === 'close') {
      laterClose = true
      nextIsClose = true
    } else if (candidate.position === 'open') {
      nextIsClose = false
    }
  }
  for (const candidate of candidates) {
    if (candidate.info.kind !== 'single') continue
    if (candidate.apostrophe === 'unless-closed') {
      candidate.apostrophe = candidate.laterSingleClose ? 'none' : candidate.mark.char === '‘' ? 'flag' : 'silent'
    }
    // With double marks outside, a straight `'` at a word start that nothing
    // closes is an apostrophe (`'em`, `'burbs`), not a quotation.
    if (
      outer === 'double' &&
      candidate.apostrophe === 'none' &&
      !candidate.info.curly &&
      candidate.position === 'open' &&
      !candidate.laterSingleClose
    ) {
      candidate.apostrophe = 'silent'
    }
  }

  return {text, offsetAt, runs: {starts: runStarts, offsets: runOffsets, base: 0}, candidates}
}

/** File offset of a character of a paragraph's text (binary search over its runs), or -1 when unknown. */
function offsetFinder(runStarts: ReadonlyArray<number>, runOffsets: ReadonlyArray<number>): (index: number) => number {
  return (index) => {
    let low = 0
    let high = runStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (runStarts[middle]! <= index) low = middle
      else high = middle - 1
    }
    const start = runOffsets[low]!
    return start < 0 ? -1 : start + index - runStarts[low]!
  }
}

/**
 * `prepare`'s reading of each paragraph node of a tree whose paragraphs an
 * open document's cache lends from check to check (paragraph-cache.ts:
 * the same node while its text is the same, moved in place when it moves),
 * with offsets from the paragraph's start, by house style.
 */
const preparedByNode = new WeakMap<Paragraph, Map<Outer, RelativePrepared>>()

interface RelativePrepared {
  readonly text: string
  readonly runStarts: ReadonlyArray<number>
  /** From the paragraph's start; -1 when unknown. */
  readonly runOffsets: ReadonlyArray<number>
  /** As `prepare` left them, before a scan marks any consumed; mark offsets from the paragraph's start. */
  readonly candidates: ReadonlyArray<Candidate>
}

/**
 * `prepare`, read again from the node's last reading when the node is one
 * it read before. What `prepare` reads is the node (its text and how its
 * leaves lie, which a lent node keeps), the draft's characters inside the
 * paragraph (the same text), the literal ranges inside it (a literal holds
 * no white space and its pattern looks at most at the white space around
 * it, so the paragraph's text alone decides them), the house style (the
 * key) and the paragraph's index (set again here). So a kept reading moved
 * to where the paragraph now starts is the one `prepare` gives.
 */
function preparedAgain(node: Paragraph, source: string, outer: Outer, isLiteral: (offset: number) => boolean, paragraph: number): Prepared {
  const base = node.position?.start.offset
  if (base === undefined) return prepare(node, source, outer, isLiteral, paragraph)
  let byOuter = preparedByNode.get(node)
  const kept = byOuter?.get(outer)
  if (!kept) {
    const prepared = prepare(node, source, outer, isLiteral, paragraph)
    const runs = prepared.runs
    const relative = (offset: number) => (offset < 0 ? -1 : offset + runs.base - base)
    if (!byOuter) {
      byOuter = new Map()
      preparedByNode.set(node, byOuter)
    }
    byOuter.set(outer, {
      text: prepared.text,
      runStarts: runs.starts,
      runOffsets: runs.offsets.map(relative),
      candidates: prepared.candidates.map((candidate) => ({...candidate, mark: {...candidate.mark, offset: relative(candidate.mark.offset)}}))
    })
    return prepared
  }
  const absolute = (offset: number) => (offset < 0 ? -1 : offset + base)
  const relativeAt = offsetFinder(kept.runStarts, kept.runOffsets)
  return {
    text: kept.text,
    offsetAt: (index) => absolute(relativeAt(index)),
    runs: {starts: kept.runStarts, offsets: kept.runOffsets, base},
    candidates: kept.candidates.map((candidate) => ({...candidate, mark: {...candidate.mark, offset: absolute(candidate.mark.offset), paragraph}}))
  }
}

/** Markdown syntax the parser drops inside a paragraph (`> ` of a quoted line, `\` of an escape). */
const droppedSyntax = new Set([' ', '\t', '>', '\\'])

/** Find `value` just after `cursor`, past Markdown syntax the parser dropped. */
function resync(source: string, value: string, cursor: number): number | undefined {
  let at = cursor
  while (!source.startsWith(value, at)) {
    if (!droppedSyntax.has(source.charAt(at))) return undefined
    at++
  }
  return at
}

/** Static reading of a single mark: apostrophe (`don’t`, `’90s`, `’em`, `’n’`) or not yet known. */
function apostropheOf(
  text: string,
  index: number,
  candidate: Candidate,
  pairs: Set<number>
): Candidate['apostrophe'] {
  const asApostrophe = candidate.mark.char === '‘' ? 'flag' : 'silent'
  if (pairs.has(index)) return asApostrophe
  if (candidate.position === 'inner') {
    // `5'11"` is a prime; `don’t`, `O’Brien` are apostrophes.
    if (candidate.prevDigit && isDigit(text.charCodeAt(index + 1))) return 'silent'
    return asApostrophe
  }
  // `Inc.’s`, `Jr.’s`: a possessive after an abbreviation.
  if (text.charAt(index - 1) === '.' && text.charAt(index + 1) === 's' && !isWordChar(text.charAt(index + 2))) {
    return asApostrophe
  }
  // After a word or punctuation it closes or ends a word; after `“` it may start `’Twas`.
  if (candidate.position === 'close' || candidate.prev === 'word' || candidate.prev === 'closePunct') return 'none'
  // `rock ’n’ roll`: both marks are apostrophes.
  const after = text.charAt(index + 2)
  if ((text.charAt(index + 1) === 'n' || text.charAt(index + 1) === 'N') && isSingleMark(after)) {
    if (!isWordChar(text.charAt(index + 3))) {
      pairs.add(index + 2)
      return asApostrophe
    }
  }
  let end = index + 1
  while (end < text.length && isDigit(text.charCodeAt(end))) end++
  if (end - index - 1 === 2) {
    // `’90s` is a decade; `class of ’19` a year; `‘19 people were hurt,’` a quotation.
    if (text.charAt(end) === 's' && !isWordChar(text.charAt(end + 1))) return asApostrophe
    if (isWordChar(text.charAt(end))) return 'none'
    return yearCues.has(wordBefore(text, index)) ? asApostrophe : 'unless-closed'
  }
  if (end > index + 1) return 'none'
  while (end < text.length && isLetter(text.charAt(end))) end++
  if (end === index + 1 || isWordChar(text.charAt(end))) return 'none'
  const written = text.slice(index + 1, end)
  const word = written.toLowerCase()
  // `’Tis the season` is clipped; `‘Tis the season,’ he wrote` may quote it.
  if (clippedWords.has(word)) return written === word ? asApostrophe : 'unless-closed'
  if (ambiguousClippedWords.has(word)) return 'unless-closed'
  return 'none'
}

/** The lower-cased word before a mark, across spaces (`of` in `class of ’19`). */
function wordBefore(text: string, index: number): string {
  let end = index
  while (end > 0 && text.charAt(end - 1) === ' ') end--
  let start = end
  while (start > 0 && (isLetter(text.charAt(start - 1)) || text.charAt(start - 1) === '.')) start--
  return text.slice(start, end).toLowerCase()
}

/**
 * Where a mark stands: `previousMark` is the position of the mark before it,
 * used when the two touch (`“‘`, `’”`).
 */
function positionOf(prev: CharClass, next: CharClass, previousMark: Position): Position {
  switch (prev) {
    case 'edge':
    case 'space':
    case 'openPunct':
      return next === 'space' || next === 'edge' || next === 'closePunct' ? 'ambiguous' : 'open'
    case 'dash':
      // `our”—she leaned in—“shared`, but `I just—” he began`.
      return next === 'space' || next === 'edge' || next === 'closePunct' ? 'close' : 'open'
    case 'word':
      return next === 'word' ? 'inner' : 'close'
    case 'closePunct':
      return next === 'word' ? 'ambiguous' : 'close'
    case 'mark':
      return previousMark
    default:
      return 'ambiguous'
  }
}

/** Class of a character next to a mark (never called for the edges of a paragraph). */
function classOf(char: string): CharClass {
  const code = char.charCodeAt(0)
  if (isSpace(code)) return 'space'
  if (isWordChar(char)) return 'word'
  if (char in marks) return 'mark'
  if ('([{'.includes(char)) return 'openPunct'
  if ('.,;:!?…)]}%'.includes(char)) return 'closePunct'
  if ('—–/'.includes(char)) return 'dash'
  return 'other'
}

/** A digit before the mark, directly or after up to two straight or prime marks (`12''` typed for `12″`). */
function afterNumber(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && index - at <= 2 && "'′".includes(text.charAt(at))) at--
  return at >= 0 && isDigit(text.charCodeAt(at))
}

function startsLine(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && (text.charAt(at) === ' ' || text.charAt(at) === '\t')) at--
  return at >= 0 && text.charAt(at) === '\n'
}

function endsSentenceBefore(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && isSpace(text.charCodeAt(at))) at--
  return at >= 0 && '.!?…'.includes(text.charAt(at))
}

const letter = /\p{L}/u
const wordChar = /[\p{L}\p{N}\p{M}]/u

function isLetter(char: string): boolean {
  return char !== '' && letter.test(char)
}

function isWordChar(char: string): boolean {
  return char !== '' && wordChar.test(char)
}

function isSingleMark(char: string): boolean {
  return char === "'" || char === '‘' || char === '’'
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x2009 || code === 0x202f
}

// ---------------------------------------------------------------------------
// Segments: each paragraph's part of the top-level quotations

/**
 * The parts of the top-level quotations that lie in each paragraph. A
 * quotation's part ends at its closing mark; unclosed, it ends where the
 * next quotation opens or the outer one closes, or else at the end of its
 * paragraph.
 */
function segmentsOf(
  quotations: ReadonlyArray<Quotation>,
  spans: ReadonlyArray<ParagraphSpan>,
  ends: ReadonlyArray<number>
): QuoteSegment[][] {
  const result: QuoteSegment[][] = spans.map(() => [])
  for (const quotation of quotations) {
    if (quotation.depth > 0 || quotation.open.offset < 0) continue
    const marks = [quotation.open, ...quotation.reopen].filter((mark) => mark.offset >= 0)
    for (const [index, mark] of marks.entries()) {
      const last = index === marks.length - 1
      const paragraphEnd = ends[mark.paragraph]!
      const closed = last && quotation.close !== undefined && quotation.close.paragraph === mark.paragraph
      const end = closed
        ? quotation.close!.offset + quotation.close!.char.length
        : last && quotation.endedBy !== undefined && quotation.endedBy <= paragraphEnd
          ? quotation.endedBy
          : paragraphEnd
      result[mark.paragraph]!.push({
        start: mark.offset,
        end: Math.max(end, mark.offset + 1),
        closed,
        kind: quotation.kind,
        paragraph: mark.paragraph,
        continued: index > 0,
        continues: !last,
        quotation
      })
    }
  }
  for (const segments of result) segments.sort((a, b) => a.start - b.start)
  return result
}

// ---------------------------------------------------------------------------
// Uses: speech, titles, terms, epigraphs

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu

/** Characters read inside and after a quotation to tell its use: enough for the longest title or credit. */
const useWindow = 400

/**
 * What a quotation is used for (see `QuotationUse`); read from its words and
 * the words around it, a bounded window each, so a draft of many unclosed
 * quotations stays linear.
 */
function useOf(
  quotation: Omit<Quotation, 'use'>,
  spans: ReadonlyArray<ParagraphSpan>,
  ends: ReadonlyArray<number>,
  source: string
): QuotationUse {
  if (quotation.reopen.length > 0 || quotation.open.offset < 0) return 'speech'
  const span = spans[quotation.open.paragraph]!
  const start = quotation.open.offset
  const closed = quotation.close !== undefined && quotation.close.paragraph === quotation.open.paragraph
  const end = closed ? quotation.close!.offset : ends[quotation.open.paragraph]!
  // A long quotation is speech: no title or term runs this long.
  if (end - start > useWindow) return 'speech'
  const inner = source.slice(start + 1, end)
  const words = inner.match(wordPattern) ?? []
  if (words.length === 0) return 'term'
  const before = source.slice(Math.max(span.start, start - 200), start)
  const afterStart = closed ? end + 1 : end
  const after = source.slice(afterStart, Math.min(span.end, afterStart + useWindow))
  if (isEpigraph(before, after, spans[quotation.open.paragraph + 1])) return 'epigraph'
  // A quotation that is its whole paragraph, a sentence with its full stop or
  // question mark, is a line of dialogue (`“Pedersen?”`, `“Howard.”`), not a title.
  if (before.trim() === '' && closed && /^[\s.,;:!?…)\]]*$/u.test(after) && /[.?!…]/u.test(inner.slice(-3) + after)) return 'speech'
  // One or two words opening the paragraph with a comma or a stop straight
  // after them are a line of dialogue with its tag (`“Plot”? John asked.`,
  // `“Yes”, Schaffner said.`), not a title.
  if (before.trim() === '' && closed && words.length <= 2 && /^[.?!…,]/u.test(after)) return 'speech'
  // A line opening its sentence with the sentence's `?` or `!` straight
  // after its closing mark (`… a friend in the hall. “Hi”!`): logical
  // punctuation ends a line of dialogue, however capitalised, not a title.
  if (closed && /^[?!]/u.test(after) && (before.trim() === '' || /[.?!…]["'”’)]*\s*$/u.test(before))) return 'speech'
  // `the documentary ‘The A Word’`, `a sign reading “No entry”`, `known as “the Beast”`
  if (words.length <= 15 && followsTitleCue(before)) return 'title'
  // One of a list of quoted names, Title Case whatever its punctuation
  // (`“Moon Over Harlem”, “Where Did You Go Last Night, Darling?”, and
  // “Blue Rain”`): the titles of a list, not lines of speech.
  if (words.length <= 8 && inListOfQuotations(before, after) && isTitleCase(words) && !holdsTwoSentences(inner.trim())) return 'title'
  // `The thin man said, “That-a-way.”`, `She asked: “Who Else?”`: a verb of
  // saying and its comma or colon introduce a line of speech, however capitalised.
  if (introducedBySaying(before)) return 'speech'
  const trimmed = inner.trim()
  const sentencePunctuation = /[.?!…]["'”’)]*$/.test(trimmed)
  // Dwayne “The Rock” Johnson
  if (words.length <= 4 && /\p{Lu}[\p{L}.]*\s*$/u.test(before.slice(-40)) && /^\s*\p{Lu}/u.test(after)) return 'title'
  // Title Case, no full stop: a title or a name (`“Operation Sea Shield”`, `“For Whom the Bell Tolls,”`)
  // Two sentences (`“They're Japs. They're Japs”,`) are a line of dialogue, however capitalised.
  if (words.length <= 8 && !/[.;:?!]["'”’)]*$/.test(trimmed) && isTitleCase(words) && !holdsTwoSentences(trimmed)) return 'title'
  const lastBefore = before.trimEnd().slice(-1)
  const midSentence = lastBefore !== '' && /[\p{L}\p{N}]/u.test(lastBefore)
  // `a “temporary” closure`, `the “reset”`: a few words inside the writer's sentence.
  // A line of its own ends in a comma or the sentence's stop, inside its
  // closing mark or, in logical punctuation, straight after it (`“Why not”?`,
  // `“Oh no”, Harold said`).
  // A line opening its paragraph and broken off by a dash (`“Now, listen” -- Macklin began.`) is one too.
  const brokenOff = closed && before.trim() === '' && /^\s*(?:--?|[—–])/u.test(after)
  const endsLine = sentencePunctuation || /[,]["'”’)]*$/.test(trimmed) || (closed && /^[.?!…,]/u.test(after)) || brokenOff
  if (words.length <= 2 && (midSentence || !endsLine)) return 'term'
  return 'speech'
}

/**
 * `useOf` of a quotation opened (and not reopened) in a paragraph, from the
 * uses kept for that paragraph while a document is open. `useOf` reads the
 * quotation's opening and closing marks, the paragraph's text (all it
 * slices of the draft lies inside the paragraph, its trimmed end too) and
 * the next paragraph's text; the store is kept under both texts, and a use
 * in it under the marks' places relative to the paragraph.
 */
function keptUseOf(
  quotation: Omit<Quotation, 'use'>,
  spans: ReadonlyArray<ParagraphSpan>,
  ends: ReadonlyArray<number>,
  source: string,
  uses: Map<string, QuotationUse>
): QuotationUse {
  const start = spans[quotation.open.paragraph]!.start
  const closed = quotation.close !== undefined && quotation.close.paragraph === quotation.open.paragraph
  const key = closed ? `${quotation.open.offset - start},${quotation.close!.offset - start}` : `${quotation.open.offset - start}`
  let found = uses.get(key)
  if (found === undefined) {
    found = useOf(quotation, spans, ends, source)
    uses.set(key, found)
  }
  return found
}

/** `“…” — Jane Austen`, `“…” (John 3:16)`: a credit or a reference after a quotation that is its paragraph. */
function isEpigraph(before: string, after: string, next: ParagraphSpan | undefined): boolean {
  if (before.trim() !== '') return false
  const rest = after.trim()
  // A credit names someone after its dash: a dash alone ends a line broken off (`“… and he's” --`).
  const credit = /^(?:[—–]|--?)\s*\p{Lu}/u
  if (rest === '') return next !== undefined && next.text.length <= 100 && credit.test(next.text.trim())
  // A name and its verb after the dash is the tag of a line broken off (`“Now, listen” -- Macklin began.`), not a credit.
  if (dashTag.test(rest)) return false
  return (credit.test(rest) && rest.length <= 100) || /^\(?[\p{L} .]+\d+:\d+(?:[-–]\d+)?\)?\.?$/u.test(rest)
}

/** A dash, a name of up to three words, and one to three lower-case words ending the paragraph: `-- Macklin began.`, `— Ortiz said quietly.` */
const dashTag =
  /^(?:[—–]|--?)\s*\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}(?:\s+(?!(?:of|de|da|du|van|von|la|le|and|the|in|on|at|for)\b)\p{Ll}+){1,3}[.!?]*$/u

/**
 * Whether the words before a quotation end in a verb of saying and a comma
 * or colon (`said, `, `asked quietly: `: an adverb of manner may stand
 * between the verb and its comma); only the last 40 characters are read.
 */
export function introducedBySaying(before: string): boolean {
  const verb = /(\p{L}+)(?:\s+\p{Ll}{3,}ly)?\s*[,:]\s*$/u.exec(before.slice(-40))?.[1]?.toLowerCase()
  return verb !== undefined && isSpeechVerb(verb)
}

/** Words that link a title noun to its title: `the film called`, `a campaign known as`. */
const titleLinks = new Set(['called', 'titled', 'entitled', 'named', 'dubbed', 'as', 'reading', 'read', 'reads', 'marked'])

function followsTitleCue(before: string): boolean {
  // A sentence ending after the word parts it from the quotation: `three
  // games to play. “We've done nothing yet.”` quotes no play.
  if (/[\p{L}\p{N}][.?!]["'”’)]*\s*$/u.test(before)) return false
  const tail = before.slice(-60).match(wordPattern) ?? []
  const last = tail[tail.length - 1]?.toLowerCase()
  if (!last) return false
  const isCue = (word: string) => attributionTitleCues.has(word) || attributionTitleCues.has(word.replace(/s$/, ''))
  if (isCue(last)) return true
  // `known among staff as`, `the film her friends called`
  return titleLinks.has(last) && tail.slice(-5, -1).some((word) => isCue(word.toLowerCase()))
}

/**
 * Whether a quotation stands in a list of quotations: a quotation and a
 * comma just before it (`“Moon Over Harlem”, ` or `…Harlem,” `), or a
 * comma (and `and` or `or`) and an opening mark just after it, the list's
 * next item.
 */
function inListOfQuotations(before: string, after: string): boolean {
  return /(?:["”’']\s*,|,\s*["”’'])\s*$/u.test(before) || /^\s*[?!.]*\s*,\s*(?:and\s+|or\s+)?["“‘]/u.test(after)
}

/**
 * The last word of `text` before its trailing white space (`the` in `lost
 * to the `), if it ends in one. Callers pass at most `lastWordReach`
 * characters before a place, so a long paragraph is not scanned again at
 * every stop; `isTitleStop` asks only whether the word is `the`.
 */
const lastWordReach = 24

function lastWord(text: string): string | undefined {
  return /(\p{L}+)\s+$/u.exec(text)?.[1]
}

/** A stop after a word of three letters or more that is no title's abbreviation (`Capt.`, `Mrs.`; `Sir.` ends one), then a capital: one sentence ends and the next begins. */
function holdsTwoSentences(text: string): boolean {
  for (const match of text.matchAll(/(\p{L}+)[.?!]+\s+(\p{Lu}\p{L}*)/gu)) {
    const word = match[1]!
    if (word.length > 2 && !isTitleStop(word, match[2], lastWord(text.slice(Math.max(0, match.index - lastWordReach), match.index)))) return true
  }
  return false
}

/**
 * Whether words are in Title Case: each capitalised, or a small word
 * (`titleSmallWords`) inside the title. Title Case capitalises a title's
 * last word whatever it is (`What It Was For`), so a small word in lower
 * case ending the words (`“Not yet,” I say.`) makes them a line, not a
 * title.
 */
function isTitleCase(words: ReadonlyArray<string>): boolean {
  for (const [index, word] of words.entries()) {
    if (/^\p{N}/u.test(word)) continue
    const first = word.charAt(0)
    if (first !== first.toLowerCase()) continue
    // `the Queen of the Fens`: a lower-case article may open a name in running text.
    if (!attributionSmallWords.has(word.toLowerCase()) || (index === 0 && !/^(?:the|a|an)$/i.test(word))) return false
    if (index > 0 && index === words.length - 1) return false
  }
  return true
}

// ---------------------------------------------------------------------------
// Readers for other rules

/**
 * A paragraph's text with the quoted words of the model blanked out (same
 * length, line breaks kept), for `web-boilerplate`: a quoted `support us` is
 * the speaker's, never boilerplate. An unclosed quotation is blanked to
 * where the model ends it.
 */
export function maskQuoted(analysis: QuoteAnalysis, paragraph: ParagraphSpan, index: number): string {
  const segments = analysis.segments[index] ?? []
  if (segments.length === 0) return paragraph.text
  let masked = ''
  let copied = 0
  for (const segment of segments) {
    const from = Math.max(segment.start - paragraph.start, copied)
    const to = Math.min(segment.end - paragraph.start, paragraph.text.length)
    if (to <= from) continue
    masked += paragraph.text.slice(copied, from) + paragraph.text.slice(from, to).replace(/[^\n]/g, ' ')
    copied = to
  }
  return masked + paragraph.text.slice(copied)
}

/** Whether a character is a quotation mark of any shape (`"`, `“`, `’`, `«`, …). */
export function isQuotationMark(char: string): boolean {
  return char in marks || '«»‹›‚'.includes(char)
}
