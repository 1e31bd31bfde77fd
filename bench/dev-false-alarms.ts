/**
 * The spelling family on development text (`npm run bench:dev`): the Brown
 * Corpus outside its press sections (`cd`…`cr`), which the benchmark never
 * reads. Reports findings per 1,000 words of this edited text (nearly all
 * false alarms), lists them, and measures typo recall and first-suggestion
 * accuracy on typos injected into its sentences, so that a change to what
 * counts as a known word can be weighed on both sides without looking at
 * the benchmark's text.
 *
 * Usage: `node dist/bench/dev-false-alarms.js [--list N] [--dialect D]`.
 */
import {parseArgs} from 'node:util'
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {countWords, documentText, loadBrownOther, type BrownText} from './brown.js'
import {createNspell} from './naive.js'
import {seededRandom} from './random.js'
import {sampleTypos} from './typo-sample.js'

/** Not the bench's seed (1961): the typos drawn here are for development only. */
const seed = 7
const typoCount = 1500
const typoSentencesPerDocument = 50
const spellingFamily = new Set(['spelling', 'name-spelling', 'name-consistency'])

const {values} = parseArgs({
  options: {list: {type: 'string', default: '40'}, dialect: {type: 'string', default: 'auto'}}
})
const listLength = Number(values.list)
const settings = {dialect: values.dialect}

/** Non-fiction (`cd`…`cj`) and fiction (`ck`…`cr`): fiction's dialogue spells speech (`gonna`). */
function group(text: BrownText): 'non-fiction' | 'fiction' {
  return text.id < 'ck' ? 'non-fiction' : 'fiction'
}

const texts = loadBrownOther()
const started = performance.now()
const processor = createProcessor(settings, registry, loadResources)
const words = {'non-fiction': 0, fiction: 0}
const findings = {'non-fiction': 0, fiction: 0}
const listed = new Map<string, number>()
for (const text of texts) {
  const kind = group(text)
  words[kind] += countWords(text.paragraphs.flat())
  const file = await check(processor, new VFile({path: text.id + '.txt', value: documentText(text)}))
  for (const message of file.messages) {
    if (!spellingFamily.has(message.ruleId ?? '')) continue
    findings[kind]++
    const key = `${kind === 'fiction' ? 'F' : 'N'} ${message.ruleId} \`${message.actual}\` → \`${message.expected?.[0] ?? ''}\``
    listed.set(key, (listed.get(key) ?? 0) + 1)
  }
}
const elapsed = performance.now() - started
const allWords = words['non-fiction'] + words.fiction

const per1000 = (count: number, total: number) => ((1000 * count) / total).toFixed(2)
console.log(`Development text: Brown cd…cr, ${texts.length} files, ${allWords.toLocaleString('en')} words, settings ${JSON.stringify(settings)}`)
console.log(`Spelling family per 1,000 words: non-fiction ${per1000(findings['non-fiction'], words['non-fiction'])} (${findings['non-fiction']}), fiction ${per1000(findings.fiction, words.fiction)} (${findings.fiction}), all ${per1000(findings['non-fiction'] + findings.fiction, allWords)}`)
console.log(`In-process check: ${(elapsed / 1000).toFixed(2)} s (${((1000 * elapsed) / allWords).toFixed(1)} ms per 1,000 words, data loading included)`)

const nspell = createNspell()
const typos = sampleTypos(texts, typoCount, seededRandom(seed), (word) => nspell.correct(word))
const typoProcessor = createProcessor(settings, registry, loadResources)
let flagged = 0
let firstRight = 0
const missed: string[] = []
for (let start = 0; start < typos.length; start += typoSentencesPerDocument) {
  const chunk = typos.slice(start, start + typoSentencesPerDocument)
  const file = await check(typoProcessor, new VFile({path: `typos-${start}.txt`, value: chunk.map((typo) => typo.sentence).join('\n\n') + '\n'}))
  chunk.forEach((typo, index) => {
    const hit = file.messages.find(
      (message) => message.ruleId === 'spelling' && message.line === 2 * index + 1 && message.actual?.toLowerCase() === typo.typed
    )
    if (hit) flagged++
    else missed.push(`${typo.typed} (${typo.intended})`)
    if (hit?.expected?.[0]?.toLowerCase() === typo.intended) firstRight++
  })
}
console.log(`Typo recall (${typos.length} typos, seed ${seed}): ${((100 * flagged) / typos.length).toFixed(1)} %, first suggestion right ${((100 * firstRight) / typos.length).toFixed(1)} %`)
console.log(`Missed typos: ${missed.join(', ')}`)

console.log(`\nMost frequent findings (N non-fiction, F fiction):`)
for (const [key, count] of [...listed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, listLength)) {
  console.log(`${String(count).padStart(4)}  ${key}`)
}
