/**
 * The spelling family on a wider set of edited text than the dev bench
 * reads (`node dist/bench/edited-wide.js`): the three in four of Brown's
 * non-press texts (`cd`…`cr`) that `bench/spelling.ts --dev` leaves out,
 * and the project's corpus drafts whose expectations hold no spelling-family
 * finding. Never the press sections (`ca`, `cb`, `cc`), the benchmark.
 *
 * Lists every spelling-family finding with a little of its sentence, and
 * reads the hand verdicts of `bench/adjudicated/wide-spelling.tsv`
 * (`text-fault` when the printed text really misspells the word, otherwise
 * the kind of false alarm) to count the false alarms by kind.
 *
 * The false alarms are also counted by development half (`devHalf` of the
 * draft's id), so a change chosen on one half's drafts can be checked on
 * the other's.
 *
 * Usage: `node dist/bench/edited-wide.js [--list] [--unjudged]`.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {countWords, documentText, loadBrownOther} from './brown.js'
import {devHalf} from './spelling-eval.js'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const family = new Set(['spelling', 'name-spelling', 'name-consistency'])
const list = process.argv.includes('--list')
const unjudgedOnly = process.argv.includes('--unjudged')

interface Draft {
  readonly id: string
  readonly value: string
  readonly words: number
  readonly dialect: string
}

const drafts: Draft[] = []
// The dev bench reads every fourth (index 0, 4, 8, …); this check reads the rest.
loadBrownOther().forEach((text, index) => {
  if (index % 4 === 0) return
  drafts.push({id: text.id, value: documentText(text), words: countWords(text.paragraphs.flat()), dialect: 'auto'})
})
const corpusRoot = path.join(repoRoot, 'corpus')
for (const folder of ['', 'en-GB', 'editorial']) {
  for (const name of fs.readdirSync(path.join(corpusRoot, folder)).sort()) {
    if (!/\.(md|txt)$/.test(name) || name.endsWith('.expected.txt') || name === 'README.md') continue
    const expected = path.join(corpusRoot, folder, name.replace(/\.(md|txt)$/, '.expected.txt'))
    if (!fs.existsSync(expected)) continue
    if (fs.readFileSync(expected, 'utf8').split('\n').some((line) => /^\d+:\d+ (spelling|name-spelling|name-consistency) /.test(line))) continue
    const value = fs.readFileSync(path.join(corpusRoot, folder, name), 'utf8')
    drafts.push({id: path.join(folder, name), value, words: (value.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).length, dialect: folder === 'en-GB' ? 'en-GB' : 'auto'})
  }
}

const verdicts = new Map<string, string>()
const verdictFile = path.join(repoRoot, 'bench', 'adjudicated', 'wide-spelling.tsv')
if (fs.existsSync(verdictFile)) {
  for (const line of fs.readFileSync(verdictFile, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue
    const [text, word, verdict] = line.split('\t')
    verdicts.set(`${text} ${word}`, verdict ?? '')
  }
}

const processors = new Map<string, ReturnType<typeof createProcessor>>()
let words = 0
let findings = 0
let faults = 0
const kinds = new Map<string, number>()
const halves = {A: {words: 0, falseAlarms: 0}, B: {words: 0, falseAlarms: 0}}
const lines: string[] = []
for (const draft of drafts) {
  words += draft.words
  const half = halves[devHalf(draft.id)]
  half.words += draft.words
  let processor = processors.get(draft.dialect)
  if (!processor) {
    processor = createProcessor({dialect: draft.dialect}, registry, loadResources)
    processors.set(draft.dialect, processor)
  }
  const file = await check(processor, new VFile({path: draft.id, value: draft.value}))
  for (const message of file.messages) {
    if (!family.has(message.ruleId ?? '')) continue
    findings++
    const actual = message.actual ?? ''
    const verdict = verdicts.get(`${draft.id} ${actual}`) ?? ''
    if (verdict === 'text-fault') faults++
    else {
      kinds.set(verdict || '(not judged)', (kinds.get(verdict || '(not judged)') ?? 0) + 1)
      half.falseAlarms++
    }
    if (!list || (unjudgedOnly && verdict)) continue
    const offset = message.place && 'start' in message.place ? (message.place.start.offset ?? 0) : 0
    const context = draft.value.slice(Math.max(0, offset - 50), offset + actual.length + 40).replace(/\s+/g, ' ')
    lines.push([draft.id, actual, verdict, message.ruleId, message.expected?.[0] ?? '', context].join('\t'))
  }
}

const per1000 = (count: number) => ((1000 * count) / words).toFixed(2)
console.log(`Wider edited check: ${drafts.length} drafts (Brown cd…cr less the dev bench's quarter, and clean corpus drafts), ${words.toLocaleString('en')} words`)
console.log(`Spelling-family findings: ${findings} (${per1000(findings)} per 1,000 words); text faults ${faults}; false alarms ${findings - faults} (${per1000(findings - faults)} per 1,000 words)`)
console.log(`False alarms by development half of the drafts: A ${halves.A.falseAlarms} in ${halves.A.words.toLocaleString('en')} words, B ${halves.B.falseAlarms} in ${halves.B.words.toLocaleString('en')} words`)
for (const [kind, count] of [...kinds].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${kind}: ${count}`)
if (list) console.log(lines.join('\n'))
