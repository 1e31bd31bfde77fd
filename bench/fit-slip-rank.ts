/**
 * Fit of the weights that order the suggestions of a lower-case unknown word
 * (`src/analysis/suggest.ts`): how much a tenfold difference in frequency is
 * worth in edit cost, what a changed first letter costs on top of its edit,
 * what a candidate that sounds like the typed word gains (`soundAlikeBonus`),
 * and what each kind of single slip adds to its distance in the order
 * (`rankAdjustments`: a letter left out, one of a double left out, two
 * letters swapped, `y` for a vowel, an unrelated letter).
 *
 * Fitted on the development sets only (`buildEvalData('dev')`): the typing
 * slips and the real misspellings together, so a gain on typing slips is not
 * bought with real misspellings, never on the benchmark. A coordinate search
 * for the most slips with the intended word first; the same search on one
 * half of the slips is checked on the other, so an adjustment that only
 * learns its half shows.
 *
 * Run: `npm run build && node dist/bench/fit-slip-rank.js [--frequency W]`.
 */
import {loadResources} from '../src/node/resources.js'
import {frequencyWeight, initialChangeCost, initialChanged, rankAdjustments, singleSlipKinds, singleSlips, soundAlikeBonus, type SingleSlipKind} from '../src/analysis/suggest.js'
import {buildEvalData} from './spelling-eval.js'

const data = buildEvalData('dev')
// `--frequency W` holds the frequency weight at W: it also sets which three
// candidates the spelling decision reads, so a change of it is checked on the
// dev edited text (`node dist/bench/spelling.js --dev`) before it is taken.
const held = process.argv.includes('--frequency') ? Number(process.argv[process.argv.indexOf('--frequency') + 1]) : undefined
const {suggester} = await loadResources('en-US')

interface Candidate {
  readonly word: string
  /** Distance, first-letter price and sound-alike bonus, as the suggester weighs them. */
  readonly cost: number
  readonly frequency: number
  readonly initialChanged: boolean
  readonly sound: boolean
  readonly kinds: ReadonlyArray<SingleSlipKind>
}

interface Case {
  readonly set: string
  readonly kind: string
  readonly intended: string
  readonly candidates: ReadonlyArray<Candidate>
}

interface Weights {
  readonly frequency: number
  readonly initial: number
  readonly sound: number
  readonly adjustments: Readonly<Record<SingleSlipKind, number>>
}

// Only slips whose intended word is a candidate at all can be ranked first.
const cases: Case[] = data.slips
  .filter((slip) => slip.set === 'typing' || slip.set === 'human')
  .map((slip) => {
    const typed = slip.typed.toLowerCase()
    const candidates = suggester.rank(typed, 1000, 2).map((entry) => {
      const lower = entry.word.toLowerCase()
      return {word: entry.word, cost: entry.cost, sound: entry.soundsAlike === true, frequency: entry.frequency, initialChanged: initialChanged(typed, lower), kinds: singleSlips(typed, lower)}
    })
    return {set: slip.set, kind: slip.detail, intended: slip.intended.toLowerCase(), candidates}
  })
  .filter((item) => item.candidates.some((candidate) => candidate.word === item.intended))

function first(item: Case, weights: Weights): string | undefined {
  let best: string | undefined
  let bestScore = Infinity
  for (const candidate of item.candidates) {
    let adjustment = candidate.kinds.length > 0 ? Infinity : 0
    for (const kind of candidate.kinds) adjustment = Math.min(adjustment, weights.adjustments[kind])
    const score = candidate.cost - (candidate.sound ? weights.sound : 0) + adjustment + (candidate.initialChanged ? weights.initial : 0) - weights.frequency * candidate.frequency
    if (score < bestScore - 1e-9 || (Math.abs(score - bestScore) <= 1e-9 && best !== undefined && candidate.word.localeCompare(best) < 0)) {
      best = candidate.word
      bestScore = score
    }
  }
  return best
}

const right = (items: ReadonlyArray<Case>, weights: Weights, keep: (item: Case) => boolean) => {
  const kept = items.filter(keep)
  return {right: kept.filter((item) => first(item, weights) === item.intended).length, of: kept.length}
}
const objective = (items: ReadonlyArray<Case>, weights: Weights) => right(items, weights, () => true).right

function fit(items: ReadonlyArray<Case>): Weights {
  const none = Object.fromEntries(singleSlipKinds.map((kind) => [kind, 0])) as Record<SingleSlipKind, number>
  let weights: Weights = {frequency: held ?? 0.14, initial: 0.7, sound: soundAlikeBonus, adjustments: none}
  let value = objective(items, weights)
  const steps = [-0.3, -0.25, -0.2, -0.15, -0.1, -0.05, 0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8]
  for (let round = 0; round < 3; round++) {
    const tries: Array<(current: Weights) => Weights> = [
      ...(held === undefined ? [0.08, 0.1, 0.12, 0.14, 0.16, 0.18, 0.2, 0.22, 0.25] : []).map((frequency) => (current: Weights) => ({...current, frequency})),
      ...[0.4, 0.5, 0.6, 0.7, 0.8, 1, 1.2].map((initial) => (current: Weights) => ({...current, initial})),
      ...[0, 0.05, 0.1, 0.15, 0.2].map((sound) => (current: Weights) => ({...current, sound})),
      ...singleSlipKinds.flatMap((kind) => steps.map((step) => (current: Weights) => ({...current, adjustments: {...current.adjustments, [kind]: step}})))
    ]
    for (const change of tries) {
      const next = change(weights)
      const score = objective(items, next)
      if (score > value) {
        value = score
        weights = next
      }
    }
  }
  return weights
}

const percent = ({right, of}: {right: number; of: number}) => `${((100 * right) / of).toFixed(1)} % (${right} of ${of})`
function line(label: string, items: ReadonlyArray<Case>, weights: Weights): string {
  return `| ${label} | ${percent(right(items, weights, (item) => item.set === 'typing'))} | ${percent(right(items, weights, (item) => item.kind === 'dropped letter'))} | ${percent(right(items, weights, (item) => item.set === 'human'))} |\n`
}
const describe = (weights: Weights) => `frequency ${weights.frequency}, first letter ${weights.initial}, sound-alike ${weights.sound}, ${JSON.stringify(weights.adjustments)}`

const before: Weights = {frequency: 0.14, initial: 0.7, sound: soundAlikeBonus, adjustments: Object.fromEntries(singleSlipKinds.map((kind) => [kind, 0])) as Record<SingleSlipKind, number>}
const now: Weights = {frequency: frequencyWeight, initial: initialChangeCost, sound: soundAlikeBonus, adjustments: rankAdjustments}
const halves = [cases.filter((_, index) => index % 2 === 0), cases.filter((_, index) => index % 2 === 1)] as const
const fitted = [fit(halves[0]), fit(halves[1])] as const
const whole = fit(cases)
process.stdout.write(`Dev slips with the intended word among the candidates: ${cases.length}\n\n`)
process.stdout.write('| Weights, measured on | typing right first | dropped letter | real misspellings |\n| --- | --- | --- | --- |\n')
process.stdout.write(line('before (no single-slip prices), all', cases, before))
process.stdout.write(line('now (`suggest.ts`), all', cases, now))
for (const [index, name] of ['A', 'B'].entries()) {
  const other = halves[1 - index]!
  const otherName = index === 0 ? 'B' : 'A'
  process.stdout.write(line(`before, half ${otherName}`, other, before))
  process.stdout.write(line(`fitted on half ${name}, measured on half ${otherName}`, other, fitted[index]!))
}
process.stdout.write(line('fitted on all, all', cases, whole))
process.stdout.write(`\nHalf A: ${describe(fitted[0])}\nHalf B: ${describe(fitted[1])}\nAll: ${describe(whole)}\n`)
