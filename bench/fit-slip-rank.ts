/**
 * Grid search for the two weights that order the suggestions of a lower-case
 * unknown word (`src/analysis/suggest.ts`): how much a tenfold difference in
 * frequency is worth in edit cost, and what a changed first letter costs on
 * top of its edit (typists seldom slip on the letter a word starts with; a
 * swap of the first two letters is not counted as a change).
 *
 * Fitted on the development typing slips only (`buildEvalData('dev')`, set
 * `typing`), never on the benchmark; the real misspellings of the dev half
 * are reported beside them so a gain on slips is not bought with them.
 *
 * Run: `npm run build && node dist/bench/fit-slip-rank.js`.
 */
import {loadResources} from '../src/node/resources.js'
import {initialChanged, soundAlikeBonus, type RankedCandidate} from '../src/analysis/suggest.js'
import {buildEvalData} from './spelling-eval.js'

const data = buildEvalData('dev')
const resources = await loadResources('en-US')
const {suggester} = resources

interface Case {
  readonly typed: string
  readonly intended: string
  readonly candidates: ReadonlyArray<RankedCandidate>
}

function cases(set: 'typing' | 'human'): Case[] {
  return data.slips
    .filter((slip) => slip.set === set)
    .map((slip) => {
      const typed = slip.typed.toLowerCase()
      return {typed, intended: slip.intended.toLowerCase(), candidates: suggester.rank(typed, 1000, 2)}
    })
    // Only slips whose intended word is a candidate at all can be ranked first.
    .filter((item) => item.candidates.length > 0)
}

function rightFirst(items: ReadonlyArray<Case>, frequencyWeight: number, initial: number, sound = 0): number {
  let right = 0
  for (const item of items) {
    let best: string | undefined
    let bestScore = Infinity
    for (const candidate of item.candidates) {
      const score = candidate.cost + (initialChanged(item.typed, candidate.word.toLowerCase()) ? initial : 0) - frequencyWeight * candidate.frequency - (candidate.soundsAlike ? sound : 0)
      if (score < bestScore || (score === bestScore && best !== undefined && candidate.word.localeCompare(best) < 0)) {
        best = candidate.word
        bestScore = score
      }
    }
    if (best === item.intended) right++
  }
  return right / items.length
}

const typing = cases('typing')
const human = cases('human')
const percent = (value: number) => (100 * value).toFixed(1) + ' %'
const rows: Array<{frequencyWeight: number; initial: number; typing: number; human: number}> = []
for (let frequencyWeight = 0; frequencyWeight <= 0.4001; frequencyWeight += 0.02) {
  for (let initial = 0; initial <= 1.5001; initial += 0.1) {
    rows.push({frequencyWeight, initial, typing: rightFirst(typing, frequencyWeight, initial), human: rightFirst(human, frequencyWeight, initial)})
  }
}
rows.sort((left, right) => right.typing - left.typing || right.human - left.human)
process.stdout.write(`Dev typing slips with candidates: ${typing.length}; real misspellings: ${human.length}\n`)
process.stdout.write(`Before (0.18, 0): typing ${percent(rightFirst(typing, 0.18, 0))}, human ${percent(rightFirst(human, 0.18, 0))}\n`)
process.stdout.write(`Chosen (0.14, 0.7): typing ${percent(rightFirst(typing, 0.14, 0.7))}, human ${percent(rightFirst(human, 0.14, 0.7))}\n`)
// The sound-alike bonus (`soundAlikeBonus`) at the chosen two.
process.stdout.write(`Now (0.14, 0.7, sound ${soundAlikeBonus}): typing ${percent(rightFirst(typing, 0.14, 0.7, soundAlikeBonus))}, human ${percent(rightFirst(human, 0.14, 0.7, soundAlikeBonus))}\n`)
process.stdout.write('| sound-alike bonus | typing right first | human right first |\n| --- | --- | --- |\n')
for (let sound = 0; sound <= 1.0001; sound += 0.05) {
  process.stdout.write(`| ${sound.toFixed(2)} | ${percent(rightFirst(typing, 0.14, 0.7, sound))} | ${percent(rightFirst(human, 0.14, 0.7, sound))} |\n`)
}
process.stdout.write('| frequency weight | first-letter cost | typing right first | human right first |\n| --- | --- | --- | --- |\n')
for (const row of rows.slice(0, 40)) {
  process.stdout.write(`| ${row.frequencyWeight.toFixed(2)} | ${row.initial.toFixed(1)} | ${percent(row.typing)} | ${percent(row.human)} |\n`)
}
