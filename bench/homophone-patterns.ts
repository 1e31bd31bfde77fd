/**
 * `homophone`'s findings on all of non-press Brown as written, by direction
 * (`than` → `then`), beside the swaps of that direction it catches in the
 * same text (`npm run build && node dist/bench/homophone-patterns.js`). On
 * edited text nearly every finding is a false alarm: a direction that flags
 * more correct text than it catches swapped words is narrowed or dropped.
 * The press sections are never read.
 */
import {VFile} from 'vfile'
import homophone from '../rules/homophone/index.js'
import {check, createProcessor} from '../src/core/processor.js'
import {loadResources} from '../src/node/resources.js'
import {detokenize, isWordToken, type Sentence} from './brown.js'
import {loadFold} from './homophone-folds.js'
import {makeInstances} from './confusables.js'

const sentences = [...loadFold('train'), ...loadFold('dev')]
const processor = createProcessor({preset: 'only'}, {rules: [homophone], presets: {only: {homophone: 'warn'}}}, loadResources)
const alarms = new Map<string, string[]>()
let words = 0
const byFile = new Map<string, Sentence[]>()
for (const sentence of sentences) byFile.set(sentence.file, [...(byFile.get(sentence.file) ?? []), sentence.tokens])
for (const [name, list] of byFile) {
  words += list.reduce((sum, tokens) => sum + tokens.filter(isWordToken).length, 0)
  const value = list.map(detokenize).join('\n\n') + '\n'
  const file = await check(processor, new VFile({path: name + '.txt', value}))
  for (const message of file.messages) {
    const key = `${String(message.actual).toLowerCase()}>${(message.expected?.[0] ?? '').toLowerCase()}`
    const start = message.place && 'start' in message.place ? message.place.start.offset ?? 0 : 0
    alarms.set(key, [...(alarms.get(key) ?? []), `${name}: …${value.slice(Math.max(0, start - 60), start + 40).replace(/\s+/g, ' ')}…`])
  }
}
const instances = makeInstances(sentences)
const caught = new Map<string, number>()
const tried = new Map<string, number>()
for (let from = 0; from < instances.length; from += 250) {
  const batch = instances.slice(from, from + 250)
  let value = ''
  const starts = new Map<number, string>()
  for (const instance of batch) {
    const key = `${instance.direction.written}>${instance.direction.intended}`
    tried.set(key, (tried.get(key) ?? 0) + 1)
    starts.set(value.length + instance.swappedAt, key)
    value += instance.swapped + '\n\n'
  }
  const file = await check(processor, new VFile({path: 'swapped.txt', value}))
  for (const message of file.messages) {
    const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
    const key = start === undefined ? undefined : starts.get(start)
    if (key) caught.set(key, (caught.get(key) ?? 0) + 1)
  }
}
const total = [...alarms.values()].reduce((sum, list) => sum + list.length, 0)
const lines = [`${total} findings in ${words} words (${((1000 * total) / words).toFixed(3)} per 1,000)`]
for (const [key, list] of [...alarms].sort((a, b) => b[1].length - a[1].length)) {
  lines.push(`${key}: ${list.length} on the text as written, ${caught.get(key) ?? 0} of ${tried.get(key) ?? 0} swaps caught`)
  for (const sample of list.slice(0, 4)) lines.push(`    ${sample}`)
}
process.stdout.write(lines.join('\n') + '\n')
