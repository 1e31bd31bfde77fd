/**
 * Development check for changes that must not change what `homophone`
 * finds: runs the rule alone over every Brown text outside the press
 * sections (`cd`…`cr`, development text; the press is never read here) and
 * prints each finding, one a line, then the rule's time.
 *
 *     node dist/bench/homophone-findings.js > before.txt   # on the old build
 *     node dist/bench/homophone-findings.js > after.txt    # on the new one
 *     diff before.txt after.txt                            # no output: same findings
 *
 * `--rounds N` checks the texts N times (a fresh processor each round,
 * after a first round that loads the tagger and the model) and prints the
 * rule's wall time and the process's CPU time (parsing included) per
 * round, median of the rounds after the first, on stderr.
 */
import {VFile} from 'vfile'
import homophone from '../rules/homophone/index.js'
import {check, createProcessor} from '../src/core/processor.js'
import {loadResources} from '../src/node/resources.js'
import {documentText, loadBrownOther} from './brown.js'

const roundsAt = process.argv.indexOf('--rounds')
const rounds = roundsAt === -1 ? 1 : Number(process.argv[roundsAt + 1])
const texts = loadBrownOther().map((text) => ({id: text.id, value: documentText(text)}))
const times: number[] = []
const cpuTimes: number[] = []
let lines: string[] = []
for (let round = 0; round < rounds; round++) {
  const timings = new Map<string, number>()
  const cpuBefore = process.cpuUsage()
  const processor = createProcessor({preset: 'only'}, {rules: [homophone], presets: {only: {homophone: 'warn'}}}, loadResources, {timings})
  lines = []
  for (const {id, value} of texts) {
    const file = await check(processor, new VFile({path: id + '.txt', value}))
    for (const message of file.messages) {
      if (message.ruleId !== 'homophone') continue
      lines.push(`${id}:${message.line}:${message.column}: ${message.actual} → ${message.expected?.[0] ?? ''} · ${message.note ?? ''}`)
    }
  }
  times.push(timings.get('homophone') ?? 0)
  const cpu = process.cpuUsage(cpuBefore)
  cpuTimes.push((cpu.user + cpu.system) / 1000)
}
process.stdout.write(lines.join('\n') + '\n')
const median = (list: ReadonlyArray<number>) => {
  const sorted = [...list].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
const from = rounds > 1 ? 1 : 0
const shown = (list: ReadonlyArray<number>) => `${median(list.slice(from)).toFixed(0)} ms (median of ${list.length - from}: ${list.slice(from).map((ms) => ms.toFixed(0)).join(', ')})`
process.stderr.write(`${lines.length} findings in ${texts.length} texts; homophone wall ${shown(times)}; process CPU ${shown(cpuTimes)}\n`)
