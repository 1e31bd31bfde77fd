/**
 * Development only: the dev typing slips whose first suggestion is not the
 * intended word, with each candidate's cost, frequency and score, by kind.
 * The first three are put in the order the sentence leaves them in
 * (`orderInContext`), as the spelling rule offers them.
 * Never reads the benchmark's press text.
 *
 * Run: `npm run build && node dist/bench/slip-misses.js [kind]`.
 */
import {loadResources} from '../src/node/resources.js'
import {orderScore} from '../src/analysis/suggest.js'
import {orderInContext} from '../src/analysis/slip-context.js'
import {buildEvalData} from './spelling-eval.js'

const kind = process.argv[2]
const data = buildEvalData('dev')
const {suggester} = await loadResources('en-US')
let total = 0
let wrong = 0
for (const slip of data.slips) {
  if (slip.set !== 'typing' || (kind && slip.detail !== kind)) continue
  total++
  let ranked = suggester.rank(slip.typed, 8, 2)
  const found = new RegExp(`(?<![\\p{L}'’-])${slip.typed}(?![\\p{L}'’-])`, 'u').exec(slip.sentence)
  if (found) {
    const first = ranked.slice(0, 3)
    const order = orderInContext(first.map((entry) => entry.word), first.map((entry) => orderScore(slip.typed, entry)), slip.sentence, found.index, found.index + slip.typed.length)
    ranked = [...order.map((word) => first.find((entry) => entry.word === word)!), ...ranked.slice(3)]
  }
  if (ranked[0]?.word === slip.intended) continue
  wrong++
  const list = ranked.map((entry) => `${entry.word === slip.intended ? '*' : ''}${entry.word}(${entry.cost.toFixed(2)},${entry.frequency.toFixed(2)}${entry.soundsAlike ? ',s' : ''})`)
  process.stdout.write(`${slip.detail}\t${slip.typed}\t${slip.intended}\t${list.join(' ')}\n`)
}
process.stdout.write(`${wrong} of ${total} not first\n`)
