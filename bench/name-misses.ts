/**
 * Development only: every dev name slip the spelling family misses, with the
 * evidence the decision read for it (model, probability, the nearest
 * candidates with their cost, channel bits, census share and list points,
 * whether the draft spells them, their census share in the role the token's
 * place gives it, `g` or `s`, and their rank score), and its sentence. The slips are checked
 * in the documents `runEval` checks them in (every set's slips of the
 * chosen half, in order, 50 sentences to a document), with every rule of
 * the recommended preset and a probe beside them, so that what the draft
 * says of a token (its uses, `count`) is what the spelling bench's draft
 * says: a slip drawn twice (`New York Tmes`) falls in one document here
 * only if it does there. Never reads the press.
 *
 * Run: `npm run build && node dist/bench/name-misses.js [--all] [--half A|B] [--set capitalised]`
 * (`--all` lists the caught name slips too, marked `+`; `--half` reads one
 * development half only, `devHalf`, to tune on A and check on B; `--set
 * capitalised` lists the capitalised common-word slips instead of names).
 */
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {defineRule} from '../src/core/define-rule.js'
import type {Registry} from '../src/core/types.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {featureNames, slipEvidence, slipProbability, type SlipEvidence} from '../src/analysis/slips.js'
import {analyseWords} from '../src/analysis/words.js'
import {stripPossessive} from '../src/analysis/text.js'
import {buildEvalData, devHalf} from './spelling-eval.js'
import {exitOnUnknownOptions} from './options.js'

const args = process.argv.slice(2)
exitOnUnknownOptions(args, {flags: ['--all'], withValue: ['--half', '--set'], usage: 'Usage: name-misses.js [--all] [--half A|B] [--set names|capitalised] (development sets only)'})
const all = args.includes('--all')
const onlyHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined
const setName = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'names'
const family = new Set(['spelling', 'name-spelling', 'name-consistency'])
interface Seen {
  readonly kind: string
  readonly sentenceInitial: boolean
  readonly evidence: SlipEvidence | undefined
}
const seen = new Map<string, Seen>()
const probe = defineRule({id: 'probe', category: 'spelling', fix: 'none', summary: 'Reads the spelling evidence.'}, function (tree, context) {
  const analysis = analyseWords(tree, context)
  const text = String(context.file)
  for (const word of analysis.unknown) {
    const line = text.slice(0, word.token.start).split('\n').length
    const key = `${context.file.path}:${line}\u0000${stripPossessive(word.token.text).toLowerCase()}`
    seen.set(key, {kind: word.kind, sentenceInitial: word.sentenceInitial, evidence: word.kind === 'skip' ? undefined : slipEvidence(word, tree, analysis, context)})
  }
})
const withProbe: Registry = {rules: [...registry.rules, probe], presets: {recommended: {...registry.presets.recommended, probe: 'warn'}}}
const processor = createProcessor({}, withProbe, loadResources)
const data = buildEvalData('dev')
// Every set's slips of the half, as `runEval` (`spelling.js --dev [--half]`) checks them; only `setName`'s are listed.
const checked = data.slips.filter((slip) => onlyHalf === undefined || devHalf(slip.intended) === onlyHalf)
const total = checked.filter((slip) => slip.set === setName).length
let missed = 0
/**
 * What the draft says of the token: its uses when more than one (the
 * `count` feature, log2) and whether a sentence's first word is also used
 * mid-sentence (`midSentence`).
 */
const drafted = (evidence: SlipEvidence): string => {
  const uses = Math.round(2 ** (evidence.features[featureNames.indexOf('count')] ?? 0))
  const mid = evidence.features[featureNames.indexOf('midSentence')] === 1
  return `${uses > 1 ? ` uses=${uses}` : ''}${mid ? ' mid' : ''}`
}
for (let start = 0; start < checked.length; start += 50) {
  const chunk = checked.slice(start, start + 50)
  const path = `names-${start}.txt`
  const file = await check(processor, new VFile({path, value: chunk.map((slip) => slip.sentence).join('\n\n') + '\n'}))
  chunk.forEach((slip, index) => {
    if (slip.set !== setName) return
    const line = 2 * index + 1
    const hit = file.messages.find((message) => family.has(message.ruleId ?? '') && message.line === line && (message.actual ?? '').toLowerCase() === slip.typed.toLowerCase())
    if (hit && !all) return
    if (!hit) missed++
    const info = seen.get(`${path}:${line}\u0000${slip.typed.toLowerCase()}`)
    const evidence = info?.evidence
    const candidates = evidence
      ? [...evidence.candidates]
          .sort((left, right) => right.score - left.score)
          .slice(0, 4)
          .map((c) => `${c.text.toLowerCase() === slip.intended.toLowerCase() ? '*' : ''}${c.text}${c.isName ? '' : '(w)'}[c${c.cost.toFixed(2)} b${c.bits.toFixed(1)} n${c.census.toFixed(1)} p${c.prior} f${c.frequency.toFixed(1)}${c.inDraft ? ' d' : ''}${c.namePlace ? ' pl' : ''}${c.placeRole === undefined ? '' : ` ${c.placeRole === 'given' ? 'g' : 's'}${c.roleShare.toFixed(1)}`} s${c.score.toFixed(2)}]`)
          .join(' ')
      : ''
    const head = hit ? `+ ${hit.ruleId} → ${hit.expected?.[0] ?? ''}` : '-'
    process.stdout.write(
      `${head}\t${slip.detail}\t${slip.typed}\t${slip.intended}\t${info?.kind ?? 'known/none'}${info?.sentenceInitial ? ' initial' : ''}\t${evidence ? `${evidence.model} p=${slipProbability(evidence).toFixed(2)}${evidence.contextEdge === undefined ? "" : ` edge=${evidence.contextEdge.toFixed(2)}`}${drafted(evidence)}` : 'no evidence'}\t${candidates}\t${slip.sentence}\n`
    )
  })
}
process.stdout.write(`${missed} of ${total} ${setName === 'names' ? 'name' : setName} slips missed\n`)
