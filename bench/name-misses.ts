/**
 * Development only: every dev name slip the spelling family misses, with the
 * evidence the decision read for it (model, probability, the nearest
 * candidates with the evidence `--wrong-first` describes below, `pl` where
 * the token stands in a name's place), and its sentence. The slips are checked
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
 *
 * `--wrong-first` lists instead every caught name slip whose first
 * suggestion is not the intended name: the intended name and what came
 * first, their places among the candidates (best rank score first, `-`
 * when not one), and the evidence that ranked them (edit cost `c`, channel
 * bits `b`, census share `n`, share in the place's role `g`/`s`, list
 * points `p`, word frequency `f`, in the draft `d`, sounds alike `~`, rank
 * score `s`), grouped by cause (`wrongFirstCause`, `wrong-first.ts`) and counted by half.
 */
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {defineRule} from '../src/core/define-rule.js'
import type {Registry} from '../src/core/types.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {featureNames, nameCandidates, slipEvidence, slipProbability, type Candidate, type SlipEvidence} from '../src/analysis/slips.js'
import {wrongFirstCause} from './wrong-first.js'
import {channelBits} from '../src/analysis/name-channel.js'
import {slipWeights} from '../src/analysis/slip-weights.js'
import type {RuleContext} from '../src/core/types.js'
import {analyseWords} from '../src/analysis/words.js'
import {stripPossessive} from '../src/analysis/text.js'
import {buildEvalData, devHalf, drawStudySlips, type Slip} from './spelling-eval.js'
import {exitOnUnknownOptions} from './options.js'

const args = process.argv.slice(2)
const usage = 'Usage: name-misses.js [--all | --wrong-first] [--features] [--half A|B] [--set names|capitalised] [--draws N [--seed S]] (development sets only)'
exitOnUnknownOptions(args, {flags: ['--all', '--features', '--wrong-first'], withValue: ['--half', '--set', '--draws', '--seed'], usage})
const all = args.includes('--all')
const wrongFirst = args.includes('--wrong-first')
const showFeatures = args.includes('--features')
const onlyHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined
const setName = args.includes('--set') ? args[args.indexOf('--set') + 1] : 'names'
const draws = args.includes('--draws') ? Number(args[args.indexOf('--draws') + 1]) : undefined
const studySeed = args.includes('--seed') ? Number(args[args.indexOf('--seed') + 1]) : 1
if (
  (draws !== undefined && (!Number.isInteger(draws) || draws < 1)) ||
  !Number.isInteger(studySeed) ||
  (args.includes('--seed') && draws === undefined) ||
  (draws !== undefined && setName !== 'names' && setName !== 'capitalised') ||
  (wrongFirst && (all || setName !== 'names'))
) {
  process.stderr.write(usage + '\n')
  process.exit(2)
}
const family = new Set(['spelling', 'name-spelling', 'name-consistency'])
interface Seen {
  readonly kind: string
  readonly sentenceInitial: boolean
  readonly evidence: SlipEvidence | undefined
  /** The check's context, to read the lists for an intended name that is no candidate. */
  readonly context: RuleContext
}
const seen = new Map<string, Seen>()
const probe = defineRule({id: 'probe', category: 'spelling', fix: 'none', summary: 'Reads the spelling evidence.'}, function (tree, context) {
  const analysis = analyseWords(tree, context)
  const text = String(context.file)
  for (const word of analysis.unknown) {
    const line = text.slice(0, word.token.start).split('\n').length
    const key = `${context.file.path}:${line}\u0000${stripPossessive(word.token.text).toLowerCase()}`
    seen.set(key, {kind: word.kind, sentenceInitial: word.sentenceInitial, evidence: word.kind === 'skip' ? undefined : slipEvidence(word, tree, analysis, context), context})
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
/** One candidate's evidence, as both listings print it (the letters of the header; `pl`: the token stands in a name's place). */
const described = (candidate: Candidate) =>
  `c${candidate.cost.toFixed(2)} b${candidate.bits.toFixed(1)} n${candidate.census.toFixed(1)}${candidate.placeRole === undefined ? '' : ` ${candidate.placeRole === 'given' ? 'g' : 's'}${candidate.roleShare.toFixed(1)}`} p${candidate.prior} f${candidate.frequency.toFixed(1)}${candidate.inDraft ? ' d' : ''}${candidate.namePlace ? ' pl' : ''}${candidate.soundAlike ? ' ~' : ''} s${candidate.score.toFixed(2)}`

interface Listed {
  readonly cause: string
  readonly half: string
  readonly line: string
}
const wrongFirsts: Listed[] = []
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
    if (!hit) missed++
    if (wrongFirst) {
      const first = hit?.expected?.[0] ?? ''
      if (!hit || first === slip.intended || !info?.evidence) return
      const ranked = [...info.evidence.candidates].sort((left, right) => right.score - left.score)
      const placeOf = (text: string, name: boolean) => {
        const at = ranked.findIndex((candidate) => candidate.text === text && (!name || candidate.isName))
        return at < 0 ? '-' : String(at + 1)
      }
      const evidenceOf = (text: string) => {
        const candidate = ranked.find((entry) => entry.text === text && entry.isName) ?? ranked.find((entry) => entry.text === text)
        if (candidate) return `${candidate.isName ? '' : '(w) '}${described(candidate)}`
        const lower = text.toLowerCase()
        const resources = info.context.resources
        return `no candidate: b${channelBits(slip.typed.toLowerCase(), lower, slipWeights.channel).toFixed(1)} n${(resources.nameCensus.get(text) ?? 0).toFixed(1)} p${resources.namePriors.get(text) ?? 0} role ${resources.nameRole(text) ?? '-'}`
      }
      wrongFirsts.push({
        cause: wrongFirstCause({
          typed: slip.typed,
          intended: slip.intended,
          detail: slip.detail,
          rule: hit.ruleId ?? '',
          first,
          candidates: info.evidence.candidates,
          nearBeyondLimit: () => nameCandidates(slip.typed, info.context, 100).some(({target}) => target.lower === slip.intended.toLowerCase())
        }),
        half: slipHalf,
        line: `${slip.detail}\t${slip.typed}\t${slip.intended} #${placeOf(slip.intended, true)} [${evidenceOf(slip.intended)}]\t${hit.ruleId} → ${first} #${placeOf(first, hit.ruleId !== 'spelling')} [${evidenceOf(first)}]\t${slip.sentence}`
      })
      return
    }
    if (hit && !all) return
    const evidence = info?.evidence
    const candidates = evidence
      ? [...evidence.candidates]
          .sort((left, right) => right.score - left.score)
          .slice(0, 4)
          .map((c) => `${c.text.toLowerCase() === slip.intended.toLowerCase() ? '*' : ''}${c.text}${c.isName ? '' : '(w)'}[${described(c)}]`)
          .join(' ')
      : ''
    const head = hit ? `+ ${hit.ruleId} → ${hit.expected?.[0] ?? ''}` : `- ${cause}`
    process.stdout.write(
      `${head}\t${slip.detail}\t${slip.typed}\t${slip.intended}\t${info?.kind ?? 'known/none'}${info?.sentenceInitial ? ' initial' : ''}\t${evidence ? `${evidence.model} p=${slipProbability(evidence).toFixed(2)}${evidence.contextEdge === undefined ? "" : ` edge=${evidence.contextEdge.toFixed(2)}`}${drafted(evidence)}` : 'no evidence'}\t${candidates}\t${slip.sentence}\n`
    )
  })
}
if (wrongFirst) {
  const causes = new Map<string, Listed[]>()
  for (const entry of wrongFirsts) causes.set(entry.cause, [...(causes.get(entry.cause) ?? []), entry])
  const groups = [...causes].sort((left, right) => right[1].length - left[1].length || left[0].localeCompare(right[0]))
  for (const [cause, entries] of groups) {
    process.stdout.write(`## ${cause}: ${entries.length}\n`)
    for (const entry of entries) process.stdout.write(`${entry.half}\t${entry.line}\n`)
  }
  for (const [cause, entries] of groups) {
    const halves = ['A', 'B'].map((half) => `${half} ${entries.filter((entry) => entry.half === half).length}`).join(', ')
    process.stdout.write(`wrong first\t${cause}\t${entries.length} (${halves})\n`)
  }
  for (const half of ['A', 'B']) {
    const slips = tally.get(`half ${half}`)
    if (!slips) continue
    const wrong = wrongFirsts.filter((entry) => entry.half === half).length
    const right = slips.slips - slips.missed - wrong
    process.stdout.write(`half ${half}\t${slips.slips - slips.missed} of ${slips.slips} caught, ${right} right first (${((100 * right) / slips.slips).toFixed(1)} %), ${wrong} another first\n`)
  }
}
if (draws !== undefined && !wrongFirst) {
  for (const [key, entry] of [...tally].sort((left, right) => left[0].localeCompare(right[0]))) {
    process.stdout.write(key.startsWith('cause') ? `${key}\t${entry.missed} missed\n` : `${key}\t${entry.missed} of ${entry.slips} missed\n`)
  }
}
process.stdout.write(`${missed} of ${total} ${setName === 'names' ? 'name' : setName} slips missed\n`)
