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
 * Run: `npm run build && node dist/bench/name-misses.js [--all] [--half A|B] [--set capitalised] [--draws N [--seed S]]`
 * (`--all` lists the caught name slips too, marked `+`; `--features` prints
 * every feature the decision read that is not 0; `--half` reads one
 * development half only, `devHalf`, to tune on A and check on B; `--set
 * capitalised` lists the capitalised common-word slips instead of names).
 *
 * `--draws N` reads a larger sample for study instead (`drawStudySlips`):
 * the set drawn N times as the development set draws it, on the same
 * development texts and dev halves of the lists, with seeds S, S + 1, …
 * (default 1), each drawing as many slips as the texts' places allow, and
 * only the set's slips in the documents. Each miss is tagged with why it
 * reads as no slip (`causeOf`), and the misses are counted by development
 * half, kind and cause at the end.
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
import {buildEvalData, devHalf, drawStudySlips, type Slip} from './spelling-eval.js'
import {exitOnUnknownOptions} from './options.js'

const args = process.argv.slice(2)
const usage = 'Usage: name-misses.js [--all] [--features] [--half A|B] [--set names|capitalised] [--draws N [--seed S]] (development sets only)'
exitOnUnknownOptions(args, {flags: ['--all', '--features'], withValue: ['--half', '--set', '--draws', '--seed'], usage})
const all = args.includes('--all')
const showFeatures = args.includes('--features')
const onlyHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined
const setName = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'names'
const draws = args.includes('--draws') ? Number(args[args.indexOf('--draws') + 1]) : undefined
const studySeed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 1
if (
  (draws !== undefined && (!Number.isInteger(draws) || draws < 1)) ||
  !Number.isInteger(studySeed) ||
  (args.includes('--seed') && draws === undefined) ||
  (draws !== undefined && setName !== 'names' && setName !== 'capitalised')
) {
  process.stderr.write(usage + '\n')
  process.exit(2)
}
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
// Every set's slips of the half, as `runEval` (`spelling.js --dev [--half]`) checks them; only `setName`'s are listed.
// With `--draws`, the study sample of `setName` alone.
const drawn: ReadonlyArray<Slip> = draws === undefined ? buildEvalData('dev').slips : drawStudySlips(setName as 'names' | 'capitalised', draws, studySeed)
const checked = drawn.filter((slip) => onlyHalf === undefined || devHalf(slip.intended) === onlyHalf)
const total = checked.filter((slip) => slip.set === setName).length
let missed = 0
/** Misses and slips, by development half, kind of slip and cause. */
const tally = new Map<string, {missed: number; slips: number}>()
const count = (key: string, hit: boolean) => {
  const entry = tally.get(key) ?? {missed: 0, slips: 0}
  entry.slips++
  if (!hit) entry.missed++
  tally.set(key, entry)
}

/**
 * Why a slip reads as no slip, from what the decision read: `known` (a
 * word or name the lists hold), `skipped` (a kind the family does not
 * check), `no candidate` (nothing known near), `intended not near` (the
 * intended word is not among the candidates), `name first` (a name is the
 * best candidate), `beside a capital` (mid-sentence beside another
 * capitalised word), `beside an unknown` (one of them unknown), `short`
 * (four letters or fewer), `far` (failed the far rule), else `scored low`.
 */
function causeOf(slip: Slip, info: Seen | undefined): string {
  if (!info) return 'known'
  if (info.kind === 'skip') return 'skipped'
  const evidence = info.evidence
  if (!evidence) return 'no candidate'
  const causes: string[] = []
  if (!evidence.candidates.some((candidate) => candidate.text.toLowerCase() === slip.intended.toLowerCase())) causes.push('intended not near')
  if (evidence.model === 'name') causes.push('name first')
  if (evidence.model === 'far') causes.push('far')
  if (evidence.features[featureNames.indexOf('unknownNeighbour')] === 1) causes.push('beside an unknown')
  else if (evidence.features[featureNames.indexOf('nameSequence')] === 1 && !info.sentenceInitial) causes.push('beside a capital')
  if (slip.typed.length <= 4) causes.push('short')
  return causes.length > 0 ? causes.join(', ') : 'scored low'
}
/**
 * What the draft says of the token: its uses when more than one (the
 * `count` feature, log2) and whether a sentence's first word is also used
 * mid-sentence (`midSentence`).
 */
const drafted = (evidence: SlipEvidence): string => {
  const uses = Math.round(2 ** (evidence.features[featureNames.indexOf('count')] ?? 0))
  const mid = evidence.features[featureNames.indexOf('midSentence')] === 1
  const features = showFeatures ? ' ' + evidence.features.map((value, index) => (value === 0 ? '' : `${featureNames[index]}=${Number(value.toFixed(2))}`)).filter(Boolean).join(' ') : ''
  return `${uses > 1 ? ` uses=${uses}` : ''}${mid ? ' mid' : ''}${features}`
}
for (let start = 0; start < checked.length; start += 50) {
  const chunk = checked.slice(start, start + 50)
  const path = `names-${start}.txt`
  const file = await check(processor, new VFile({path, value: chunk.map((slip) => slip.sentence).join('\n\n') + '\n'}))
  chunk.forEach((slip, index) => {
    if (slip.set !== setName) return
    const line = 2 * index + 1
    const hit = file.messages.find((message) => family.has(message.ruleId ?? '') && message.line === line && (message.actual ?? '').toLowerCase() === slip.typed.toLowerCase())
    const info = seen.get(`${path}:${line}\u0000${slip.typed.toLowerCase()}`)
    const cause = hit ? '' : causeOf(slip, info)
    const slipHalf = devHalf(slip.intended)
    count(`half ${slipHalf}`, hit !== undefined)
    count(`half ${slipHalf}\t${slip.detail}`, hit !== undefined)
    if (!hit) tally.set(`cause\t${cause}`, {missed: (tally.get(`cause\t${cause}`)?.missed ?? 0) + 1, slips: 0})
    if (hit && !all) return
    if (!hit) missed++
    const evidence = info?.evidence
    const candidates = evidence
      ? [...evidence.candidates]
          .sort((left, right) => right.score - left.score)
          .slice(0, 4)
          .map((c) => `${c.text.toLowerCase() === slip.intended.toLowerCase() ? '*' : ''}${c.text}${c.isName ? '' : '(w)'}[c${c.cost.toFixed(2)} b${c.bits.toFixed(1)} n${c.census.toFixed(1)} p${c.prior} f${c.frequency.toFixed(1)}${c.inDraft ? ' d' : ''}${c.namePlace ? ' pl' : ''}${c.placeRole === undefined ? '' : ` ${c.placeRole === 'given' ? 'g' : 's'}${c.roleShare.toFixed(1)}`} s${c.score.toFixed(2)}]`)
          .join(' ')
      : ''
    const head = hit ? `+ ${hit.ruleId} → ${hit.expected?.[0] ?? ''}` : `- ${cause}`
    process.stdout.write(
      `${head}\t${slip.detail}\t${slip.typed}\t${slip.intended}\t${info?.kind ?? 'known/none'}${info?.sentenceInitial ? ' initial' : ''}\t${evidence ? `${evidence.model} p=${slipProbability(evidence).toFixed(2)}${evidence.contextEdge === undefined ? "" : ` edge=${evidence.contextEdge.toFixed(2)}`}${drafted(evidence)}` : 'no evidence'}\t${candidates}\t${slip.sentence}\n`
    )
  })
}
if (draws !== undefined) {
  for (const [key, entry] of [...tally].sort((left, right) => left[0].localeCompare(right[0]))) {
    process.stdout.write(key.startsWith('cause') ? `${key}\t${entry.missed} missed\n` : `${key}\t${entry.missed} of ${entry.slips} missed\n`)
  }
}
process.stdout.write(`${missed} of ${total} ${setName === 'names' ? 'name' : setName} slips missed\n`)
