/**
 * Development only: the dev typing slips whose first suggestion is not the
 * intended word, with each candidate's cost, frequency and score, by kind.
 * Never reads the benchmark's press text.
 *
 * Run: `npm run build && node dist/bench/slip-misses.js [kind]`.
 */
import {loadResources} from '../src/node/resources.js'
import {buildEvalData} from './spelling-eval.js'

const kind = process.argv[2]
const data = buildEvalData('dev')
const {suggester} = await loadResources('en-US')
let total = 0
let wrong = 0
for (const slip of data.slips) {
  if (slip.set !== 'typing' || (kind && slip.detail !== kind)) continue
  total++
  const ranked = suggester.rank(slip.typed, 8, 2)
  if (ranked[0]?.word === slip.intended) continue
  wrong++
  const list = ranked.map((entry) => `${entry.word === slip.intended ? '*' : ''}${entry.word}(${entry.cost.toFixed(2)},${entry.frequency.toFixed(2)}${entry.soundsAlike ? ',s' : ''})`)
  process.stdout.write(`${slip.detail}\t${slip.typed}\t${slip.intended}\t${list.join(' ')}\n`)
}
process.stdout.write(`${wrong} of ${total} not first\n`)
