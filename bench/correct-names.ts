/**
 * Development only: how many correct names the name lists lack does the
 * spelling family flag? Every proper noun (`np` tags) of the Brown Corpus
 * outside its press sections (`cd`…`cr`; the benchmark's press is never
 * read) that no name list of the bench holds (`generated/names-known.txt`)
 * and that is no dictionary word is such a name, as printed: Torrio,
 * Gladdy, Hetman. Each is checked in up to `perName` of its sentences, 50
 * sentences to a document as the spelling bench checks its slips, and
 * counted as flagged when a spelling-family rule reports exactly it.
 *
 * The names fall into development halves A and B (`devHalf`, as the slips
 * do), so a change tuned on half A is checked on half B's names too. A
 * change to the spelling decision should flag no more of them.
 *
 * Run: `npm run build && node dist/bench/correct-names.js [--list]`
 * (`--list` prints every flagged name with its half, sentence and finding).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {detokenize, loadBrownOther} from './brown.js'
import {createNspell} from './naive.js'
import {exitOnUnknownOptions} from './options.js'
import {devHalf, type DevHalf} from './spelling-eval.js'
import {isRunningSentence} from './typo-sample.js'

exitOnUnknownOptions(process.argv.slice(2), {flags: ['--list'], usage: 'Usage: correct-names.js [--list] (development text only)'})
const list = process.argv.includes('--list')

/** Sentences read per name: a name printed often weighs no more than three uses. */
const perName = 3
const sentencesPerDocument = 50
const family = new Set(['spelling', 'name-spelling', 'name-consistency'])
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const knownNames = new Set(fs.readFileSync(path.join(repoRoot, 'generated', 'names-known.txt'), 'utf8').split('\n').filter(Boolean))
const nspell = createNspell()

interface Use {
  readonly name: string
  readonly sentence: string
}

const uses: Use[] = []
const count = new Map<string, number>()
const seenSentences = new Set<string>()
for (const text of loadBrownOther(1)) {
  for (const sentence of text.paragraphs.flat()) {
    if (!isRunningSentence(sentence)) continue
    const typeset = detokenize(sentence)
    for (const token of sentence) {
      if (!/^np/.test(token.tag) || !/^[A-Z][a-z]{2,}$/.test(token.word)) continue
      if (knownNames.has(token.word) || nspell.correct(token.word) || nspell.correct(token.word.toLowerCase())) continue
      if ((count.get(token.word) ?? 0) >= perName || seenSentences.has(typeset)) continue
      count.set(token.word, (count.get(token.word) ?? 0) + 1)
      seenSentences.add(typeset)
      uses.push({name: token.word, sentence: typeset})
      break
    }
  }
}

const processor = createProcessor({}, registry, loadResources)
const flagged: Array<{readonly use: Use; readonly rule: string; readonly expected: string}> = []
for (let start = 0; start < uses.length; start += sentencesPerDocument) {
  const chunk = uses.slice(start, start + sentencesPerDocument)
  const file = await check(processor, new VFile({path: `names-${start}.txt`, value: chunk.map((use) => use.sentence).join('\n\n') + '\n'}))
  for (const message of file.messages) {
    if (!family.has(message.ruleId ?? '') || message.line === undefined) continue
    const use = chunk[(message.line - 1) / 2]
    if (use && message.actual === use.name) flagged.push({use, rule: message.ruleId!, expected: message.expected?.[0] ?? ''})
  }
}

const names = [...count.keys()]
const row = (which: DevHalf) => {
  const inHalf = uses.filter((use) => devHalf(use.name) === which)
  const hits = flagged.filter((hit) => devHalf(hit.use.name) === which)
  return `| ${which} | ${names.filter((name) => devHalf(name) === which).length} | ${inHalf.length} | ${hits.length} | ${new Set(hits.map((hit) => hit.use.name)).size} |`
}
process.stdout.write(
  [
    '## Correct names the lists lack (Brown cd…cr, development only)',
    '',
    '| Half | Names | Uses read | Uses flagged | Names flagged |',
    '| --- | --- | --- | --- | --- |',
    row('A'),
    row('B'),
    `| all | ${names.length} | ${uses.length} | ${flagged.length} | ${new Set(flagged.map((hit) => hit.use.name)).size} |`,
    ''
  ].join('\n') + '\n'
)
if (list) {
  for (const hit of flagged) process.stdout.write(`${devHalf(hit.use.name)}\t${hit.rule}\t${hit.use.name} → ${hit.expected}\t${hit.use.sentence}\n`)
}
