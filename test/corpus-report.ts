/**
 * `npm run corpus`: precision and recall per rule over the corpus, and how
 * often the first suggestion is the expected one.
 */
import {findings, loadCorpus} from './corpus.js'

interface Tally {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  rightFirst: number
}

const key = (line: string) => line.split(' -> ')[0]!
const ruleOf = (line: string) => line.split(' ')[1]!

const tallies = new Map<string, Tally>()
const tally = (rule: string) => {
  let value = tallies.get(rule)
  if (!value) {
    value = {truePositives: 0, falsePositives: 0, falseNegatives: 0, rightFirst: 0}
    tallies.set(rule, value)
  }
  return value
}
const misses: string[] = []

const drafts = loadCorpus()
for (const draft of drafts) {
  const found = await findings(draft)
  const expectedByKey = new Map([...draft.expected, ...draft.knownMisses].map((line) => [key(line), line]))
  const foundKeys = new Set(found.map(key))
  for (const line of found) {
    const expected = expectedByKey.get(key(line))
    if (expected) {
      tally(ruleOf(line)).truePositives++
      if (expected === line) tally(ruleOf(line)).rightFirst++
      else misses.push(`${draft.slug}: suggested ${line}, expected ${expected}`)
    } else {
      tally(ruleOf(line)).falsePositives++
      misses.push(`${draft.slug}: unexpected ${line}`)
    }
  }
  for (const line of [...draft.expected, ...draft.knownMisses]) {
    if (!foundKeys.has(key(line))) {
      tally(ruleOf(line)).falseNegatives++
      misses.push(`${draft.slug}: missed ${line}`)
    }
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? '—' : ((100 * part) / whole).toFixed(1) + '%')
console.log(`copydesk corpus: ${drafts.length} drafts\n`)
console.log('rule                 found  false+  missed  precision  recall  first suggestion right')
for (const [rule, value] of [...tallies].sort()) {
  console.log(
    rule.padEnd(20),
    String(value.truePositives).padStart(6),
    String(value.falsePositives).padStart(7),
    String(value.falseNegatives).padStart(7),
    percent(value.truePositives, value.truePositives + value.falsePositives).padStart(10),
    percent(value.truePositives, value.truePositives + value.falseNegatives).padStart(7),
    percent(value.rightFirst, value.truePositives).padStart(23)
  )
}
if (misses.length > 0) console.log('\n' + misses.join('\n'))
