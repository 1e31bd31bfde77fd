/**
 * The copydesk preset as a unified plugin: checks its settings when attached,
 * then runs every enabled rule over each tree, in one pass per rule.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {draftUnits, planChunks, type Chunk} from './chunks.js'
import {applyControls} from './control.js'
import {parseSettings} from './settings.js'
import {runRule, source} from './define-rule.js'
import {addToSummary, emptySummary, type DraftSummary} from '../analysis/draft-summary.js'
import {maxFindingsPerRule} from './limits.js'
import {isChunked, noticeReading, parseRange, readingMode, readingNotes, type ReadingMode, type ReadingNotes} from './parse.js'
import {isTreeFormat, releaseTree, treeUnits} from './tree-formats.js'
import type {Dialect, Resources} from '../analysis/resources.js'
import type {Level, Registry, RuleContext} from './types.js'
import {analyseWords, sentenceKey} from '../analysis/words.js'
import {sentencesOf, tokensOf, type Token} from '../analysis/tokens.js'
import {keptAnswers} from './paragraph-cache.js'

export interface CopydeskOptions {
  readonly dialect?: string
  readonly preset?: string
  readonly words?: ReadonlyArray<string>
  readonly wordsFile?: string
  readonly names?: ReadonlyArray<string>
  readonly namesFile?: string
  readonly nameCounts?: Readonly<Record<string, number>>
  readonly rules?: Readonly<Record<string, unknown>>
}

/** How rules get their lookup data: given by the adapter that owns I/O. */
export type LoadResources = (dialect: Dialect) => Promise<Resources> | Resources

/** A clock to time each rule by, and where its milliseconds add up per rule. */
export interface RuleClock {
  /** Milliseconds on this clock (any origin: only differences are used). */
  readonly now: () => number
  readonly timings: Map<string, number>
}

/** What a caller may observe of a run without changing it. */
export interface Observers {
  /** Milliseconds spent in each rule, added up over every file checked (wall clock, `performance.now`). */
  readonly timings?: Map<string, number>
  /**
   * More clocks to time each rule by, read at the same points as `timings`:
   * for one the engine cannot read itself, such as the process's CPU time.
   */
  readonly clocks?: ReadonlyArray<RuleClock>
}

/** What the runtime under the engine may do for it; the engine itself stays free of it. */
export interface Platform {
  /**
   * Called when the check of a draft too long to check whole starts: keep
   * memory low (Node: garbage-collect more often) while it runs. The
   * function it returns is called when the check ends.
   */
  readonly lowMemory?: () => () => void
  /**
   * Asked between chunks of a long draft: when it answers true, the check
   * stops with `CheckCancelled` (an editor has a newer version of the draft).
   */
  readonly cancelled?: () => boolean
}

/** A check stopped because its platform said it is no longer wanted. */
export class CheckCancelled extends Error {}

export function copydesk(
  options: CopydeskOptions | null | undefined,
  registry: Registry,
  loadResources: LoadResources,
  observers: Observers = {},
  platform: Platform = {}
): Transformer<Root, Root> {
  const settings = parseSettings(options, registry)
  const enabled = registry.rules.filter((rule) => settings.rules.get(rule.meta.id)?.level !== 'off')
  const enabledIds = new Set(enabled.map((rule) => rule.meta.id))
  const knownIds: ReadonlySet<string> = new Set(registry.rules.map((rule) => rule.meta.id))
  const acceptedWords = new Set(settings.words)
  const extraNames = new Set(settings.names)

  const contextFor = (file: VFile, resources: Resources, draft?: DraftSummary, bothDialects = false, evidence?: DialectEvidence): RuleContext => ({
    file,
    resources,
    acceptedWords,
    extraNames,
    nameCounts: settings.nameCounts,
    enabled: enabledIds,
    shared: new Map(),
    dialectDetected: settings.dialect === 'auto',
    bothDialects,
    ...(draft ? {draft} : {}),
    ...(evidence ? {dialectMarkers: markersOf(evidence)} : {})
  })

  /** Every clock rules are timed by: the wall clock when `timings` is asked for, then the caller's. */
  const clocks: ReadonlyArray<RuleClock> = [
    ...(observers.timings ? [{now: () => performance.now(), timings: observers.timings}] : []),
    ...(observers.clocks ?? [])
  ]
  /** Read every clock as a rule starts; the function returned adds each clock's time since then to the rule. */
  const startTiming = (id: string): (() => void) | undefined => {
    if (clocks.length === 0) return undefined
    const started = clocks.map((clock) => clock.now())
    return () => {
      clocks.forEach((clock, index) => clock.timings.set(id, (clock.timings.get(id) ?? 0) + clock.now() - started[index]!))
    }
  }

  const runRules = (tree: Root, context: RuleContext) => {
    for (const rule of enabled) {
      const setting = settings.rules.get(rule.meta.id)!
      const stop = startTiming(rule.meta.id)
      runRule(rule, tree, context, setting.level as Exclude<Level, 'off'>, setting.options)
      stop?.()
    }
  }

  /** Let each rule load what it needs for this tree (see `Rule.prepare`); timed as part of the rule. */
  const prepareRules = async (tree: Root, context: RuleContext) => {
    for (const rule of enabled) {
      if (!rule.prepare) continue
      const stop = startTiming(rule.meta.id)
      const loading = rule.prepare(tree, context, settings.rules.get(rule.meta.id)!.options)
      if (loading) await loading
      stop?.()
    }
  }

  const stopIfCancelled = () => {
    if (platform.cancelled?.()) throw new CheckCancelled('The check was cancelled: a newer version of the draft came in')
  }

  /**
   * A draft longer than `chunkLength`, chunk by chunk (see chunks.ts): a
   * first pass over every chunk decides the dialect and gathers what rules
   * need of the whole draft (draft-summary.ts); the second checks each
   * chunk with its context and keeps the findings in the chunk's own part.
   */
  async function checkInChunks(file: VFile): Promise<void> {
    const text = String(file)
    const mode = readingMode(file, text)
    const notes = readingNotes()
    const treeFormat = mode.format !== undefined && isTreeFormat(mode.format) ? mode.format : undefined
    const chunks = planChunks(treeFormat ? treeUnits(text, file, treeFormat, notes) : draftUnits(text, mode.markdown, mode.lineParagraphs))
    try {
      await checkChunks(file, text, mode, chunks, notes)
    } finally {
      releaseTree(file)
    }
  }

  async function checkChunks(file: VFile, text: string, mode: ReadingMode, chunks: ReadonlyArray<Chunk>, notes: ReadingNotes): Promise<void> {
    const needsSummary = enabledIds.has('name-consistency') || enabledIds.has('spelling')

    const survey = (resources: Resources, evidence?: DialectEvidence) => {
      const summary = emptySummary()
      for (const chunk of chunks) {
        stopIfCancelled()
        const tree = parseRange(text, file, chunk.own, mode, notes)
        const context = contextFor(file, resources)
        if (evidence) addDialectEvidence(tree, context, evidence)
        if (needsSummary) addToSummary(summary, analyseWords(tree, context))
      }
      return summary
    }

    let resources: Resources
    let summary: DraftSummary | undefined
    let close = false
    let evidence: DialectEvidence | undefined
    if (settings.dialect === 'auto') {
      const american = await loadResources('en-US')
      evidence = emptyEvidence()
      summary = survey(american, evidence)
      resources = american
      close = isCloseCall(evidence)
      if (isBritish(evidence)) {
        resources = await loadResources('en-GB')
        if (needsSummary) summary = survey(resources)
      }
    } else {
      resources = await loadResources(settings.dialect)
      if (needsSummary) summary = survey(resources)
    }

    const limiter = findingLimiter()
    for (const chunk of chunks) {
      stopIfCancelled()
      const tree = parseRange(text, file, chunk.read, mode, notes)
      const before = file.messages.length
      const context = contextFor(file, resources, summary, close, evidence)
      await prepareRules(tree, context)
      runRules(tree, context)
      limiter.keep(file, before, chunk.own)
    }
    noticeReading(file, notes)
    limiter.notice(file)
  }

  return async function (tree: Root, file: VFile) {
    if (enabled.length === 0) return
    // Answers kept from the document's last check (an editor's) give way to this check's.
    file.data.copydeskParagraphs?.startCheck()
    if (isChunked(tree)) {
      const restore = platform.lowMemory?.()
      try {
        await checkInChunks(file)
      } finally {
        restore?.()
      }
    } else {
      const context =
        settings.dialect === 'auto'
          ? await detectDialect(tree, (resources, close, evidence) => contextFor(file, resources, undefined, close, evidence), loadResources)
          : contextFor(file, await loadResources(settings.dialect))
      const before = file.messages.length
      await prepareRules(tree, context)
      runRules(tree, context)
      const limiter = findingLimiter()
      limiter.keep(file, before)
      limiter.notice(file)
    }
    applyControls(file, knownIds)
    file.messages.sort(byPlace)
  }
}

/**
 * Keeps the findings of a draft, or of a chunk's own part, and no more than
 * `maxFindingsPerRule` of each rule; says with one notice per rule when it
 * left some out.
 */
function findingLimiter() {
  const counts = new Map<string, number>()
  const left = new Map<string, {count: number; first: VFileMessage}>()
  return {
    /** Of the messages from index `from`, keep those starting in `own` (all, when undefined) and within the bound. */
    keep(file: VFile, from: number, own?: {start: number; end: number}): void {
      const added = file.messages.splice(from)
      for (const message of added) {
        const place = message.place
        const offset = place && 'start' in place ? place.start.offset : place?.offset
        if (own && (offset === undefined || offset < own.start || offset >= own.end)) continue
        const id = message.ruleId ?? ''
        const count = counts.get(id) ?? 0
        if (count < maxFindingsPerRule || id === 'input') {
          counts.set(id, count + 1)
          file.messages.push(message)
          continue
        }
        const dropped = left.get(id)
        if (dropped) dropped.count++
        else left.set(id, {count: 1, first: message})
      }
    },
    notice(file: VFile): void {
      for (const [id, {count, first}] of left) {
        const message = file.message(
          `Unexpected ${maxFindingsPerRule + count} \`${id}\` findings in one draft, expected at most ${maxFindingsPerRule}: the first ${maxFindingsPerRule} are reported`,
          {place: first.place, ruleId: id, source}
        )
        message.fatal = undefined
        message.note = `A draft with this many is broken or not prose. The findings from here on are left out so the report and its memory stay small; fix those reported and check again.`
        message.url = first.url
      }
    }
  }
}

/**
 * The dialect a draft is written in: American unless it uses more distinct
 * British-only spellings (`theatre`, `unfavourable`) than American-only ones
 * (`theater`, `color`). Distinct words, so a form quoted again and again
 * counts once; words capitalised inside a sentence are left out, as part of
 * a name (`the National Theatre`, `Lincoln Center`). The word analysis made
 * to count them is kept for the rules; the British data is loaded only for
 * a British draft.
 */
async function detectDialect(
  tree: Root,
  contextFor: (resources: Resources, close: boolean, evidence?: DialectEvidence) => RuleContext,
  loadResources: LoadResources
): Promise<RuleContext> {
  const american = contextFor(await loadResources('en-US'), false)
  const evidence = emptyEvidence()
  addDialectEvidence(tree, american, evidence)
  const close = isCloseCall(evidence)
  if (isBritish(evidence)) return contextFor(await loadResources('en-GB'), close, evidence)
  // The same context, its word analysis kept, told of the close call and the evidence.
  return {...american, bothDialects: close, dialectMarkers: markersOf(evidence)}
}

/** The evidence as the detected dialect's markers and the other's. */
function markersOf(evidence: DialectEvidence): NonNullable<RuleContext['dialectMarkers']> {
  return isBritish(evidence) ? {own: evidence.british, other: evidence.american} : {own: evidence.american, other: evidence.british}
}

/** The distinct one-dialect spellings of a draft, by dialect. */
interface DialectEvidence {
  readonly american: Set<string>
  readonly british: Set<string>
}

function emptyEvidence(): DialectEvidence {
  return {american: new Set(), british: new Set()}
}

function isBritish(evidence: DialectEvidence): boolean {
  return evidence.british.size > evidence.american.size
}

/**
 * Whether the draft's one-dialect spellings leave the dialect a close call:
 * some of each, and the majority's distinct spellings few (at most
 * `fewMarkers`) or under twice the minority's. Flagging the minority's
 * forms then reports a quoted or house spelling as often as a slip.
 */
export function isCloseCall(evidence: {readonly american: ReadonlySet<string>; readonly british: ReadonlySet<string>}): boolean {
  const minority = Math.min(evidence.american.size, evidence.british.size)
  const majority = Math.max(evidence.american.size, evidence.british.size)
  return minority > 0 && (majority <= fewMarkers || minority * 2 >= majority)
}

/** Most distinct one-dialect spellings a draft may have for its dialect to be a close call whatever the ratio. */
const fewMarkers = 2

function addDialectEvidence(tree: Root, context: RuleContext, evidence: DialectEvidence): void {
  const analysis = analyseWords(tree, context)
  const text = String(context.file)
  // An open document keeps each sentence's one-dialect spellings, under the key of its nodes (all its tokens are made of).
  const kept = keptAnswers<SentenceMarkers>(context.file, 'dialect:sentence', () => context.resources.dialect)
  let base = 0
  for (const sentence of sentencesOf(tree, context)) {
    const work = () => sentenceMarkers(tokensOf(sentence, context), context.resources)
    const found = kept ? kept.get(sentenceKey(sentence, text), work) : work()
    for (const {index, lower, dialect} of found.markers) {
      // The words of the draft are its sentences' words in order (`analyseWords`); a literal is set apart here, as it reads the draft around it.
      if (analysis.isLiteral(analysis.words[base + index]!)) continue
      if (dialect === 'en-US') evidence.american.add(lower)
      else evidence.british.add(lower)
    }
    base += found.words
  }
}

/** A sentence's one-dialect spellings, as its tokens alone decide them, and how many words it has. */
interface SentenceMarkers {
  readonly words: number
  /** By index among the sentence's words. */
  readonly markers: ReadonlyArray<{readonly index: number; readonly lower: string; readonly dialect: 'en-US' | 'en-GB'}>
}

/**
 * Words capitalised inside a sentence are left out, as part of a name;
 * so is anything but plain letters.
 */
function sentenceMarkers(tokens: ReadonlyArray<Token>, resources: Resources): SentenceMarkers {
  const markers: Array<SentenceMarkers['markers'][number]> = []
  let words = 0
  for (const token of tokens) {
    if (!token.word) continue
    const index = words++
    if (!token.sentenceInitial && /^\p{Lu}/u.test(token.text)) continue
    const lower = token.lower
    if (!/^[a-z]+$/.test(lower)) continue
    const dialect = resources.dialectMarker(lower)
    if (dialect === 'en-US' || dialect === 'en-GB') markers.push({index, lower, dialect})
  }
  return {words, markers}
}

function byPlace(left: {line?: number | undefined; column?: number | undefined}, right: typeof left): number {
  return (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0)
}
