/**
 * The attribution rules (`quote-attribution`, `pronoun-attribution`) on
 * short news items written for development (`bench/news-dev/`: politics,
 * courts, sport, business, local government, an obituary, reviews,
 * features, wire briefs, a Q&A, a live blog; American and British styles;
 * invented people and places). Every quotation in them is attributed the
 * ways news copy does it, so every finding on them as written is a false
 * alarm; they are development texts, read and tuned on, not a benchmark.
 *
 * Recall: `bench/news-dev/orphans.json` lists copies of some items with one
 * attribution taken out (`remove` replaced by `with`, exactly once), chosen
 * so that no speaker of the quotation is left in sight (none in its
 * paragraph; in the paragraph before, no person, or another person's
 * quotation, as after someone else's words). A `quote-attribution` finding
 * on the quotation holding `quote` finds the orphan; any other finding in
 * the copy that the item as written does not draw is counted apart.
 *
 * `--set check` reads `bench/news-check/` instead: items in the same form
 * written without reference to how the rules decide, kept as a check on
 * them and never tuned on.
 *
 * Usage: `node dist/bench/news-attribution.js [--set dev|check] [--quiet]`
 * (`--quiet` prints the totals only).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {defineRule} from '../src/core/define-rule.js'
import {defaultMinWords} from '../rules/quote-attribution/index.js'
import {analyse, unattributedQuotes, type Excuse} from '../src/analysis/attribution.js'
import type {QuoteSegment} from '../src/analysis/quotations.js'
import {exitOnUnknownOptions} from './options.js'

const attributionRules = ['quote-attribution', 'pronoun-attribution']

/** One planted orphan: `remove` (found exactly once in `file`) becomes `with`. */
export interface Orphan {
  readonly file: string
  readonly remove: string
  readonly with: string
  /** Words inside the quotation left with no speaker. */
  readonly quote: string
}

/** One attribution finding. */
export interface Finding {
  readonly rule: string
  readonly start: number
  readonly end: number
  readonly reason: string
}

/** The item `text` with `orphan`'s attribution taken out; throws unless `remove` occurs exactly once. */
export function plantOrphan(text: string, orphan: Orphan): string {
  const at = text.indexOf(orphan.remove)
  if (at < 0 || text.indexOf(orphan.remove, at + 1) >= 0) {
    throw new Error(`Expected \`${orphan.remove}\` exactly once in ${orphan.file}`)
  }
  return text.slice(0, at) + orphan.with + text.slice(at + orphan.remove.length)
}

const benchFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), ...(import.meta.url.includes('/dist/') ? ['..', '..'] : ['..']), 'bench')

/** The sets of news items (from `dist/bench/` or from `bench/`): `dev` to develop on, `check` kept out of development. */
export const newsSets = {dev: path.join(benchFolder, 'news-dev'), check: path.join(benchFolder, 'news-check')} as const

/** The news development items (`bench/news-dev/`). */
export const newsFolder = newsSets.dev

/** The set `--set` names in `args` (`dev` without it), or `undefined` for a set there is not. */
export function chosenSet(args: ReadonlyArray<string>): keyof typeof newsSets | undefined {
  const at = args.indexOf('--set')
  if (at < 0) return 'dev'
  const name = args[at + 1]
  return name !== undefined && Object.hasOwn(newsSets, name) ? (name as keyof typeof newsSets) : undefined
}

/** Words as the other benches count them (letters, with inner apostrophes). */
export function countWords(text: string): number {
  return (text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []).length
}

/**
 * A rule of this bench's own: a finding over each quotation of speech
 * `quote-attribution` leaves unreported, its reason the `Excuse` as JSON,
 * so a missed orphan says what excused it.
 */
const explainRule = 'attribution-excuse'
const explainAttribution = defineRule(
  {id: explainRule, category: 'style', fix: 'none', summary: 'Say why each quotation of speech went unreported.'},
  function (tree, context, _options, report) {
    const excuses = new Map<QuoteSegment, Excuse>()
    unattributedQuotes(analyse(tree, context), defaultMinWords, excuses)
    for (const [segment, excuse] of excuses) report({start: segment.start, end: segment.end}, {reason: JSON.stringify(excuse), note: '', actual: ''})
  }
)

let processor: ReturnType<typeof createProcessor> | undefined

/** The attribution findings on `text` (and, with `explain`, the excuse of each quotation left unreported). */
async function lint(name: string, text: string, explain = false): Promise<Finding[]> {
  if (!processor) {
    const settings: Record<string, 'off' | 'warn'> = Object.fromEntries(registry.rules.map((rule) => [rule.meta.id, attributionRules.includes(rule.meta.id) ? 'warn' : 'off']))
    processor = createProcessor({dialect: 'auto', rules: {...settings, [explainRule]: 'warn'}}, {...registry, rules: [...registry.rules, explainAttribution]}, loadResources)
  }
  const file = await check(processor, new VFile({path: name, value: text}))
  return file.messages
    .filter((message) => attributionRules.includes(message.ruleId ?? '') || (explain && message.ruleId === explainRule))
    .map((message) => ({
      rule: message.ruleId ?? '',
      start: message.place && 'start' in message.place ? (message.place.start.offset ?? -1) : -1,
      end: message.place && 'end' in message.place ? (message.place.end.offset ?? -1) : -1,
      reason: message.reason
    }))
}

/** An excuse as one line: its cue, its speaker, and the start of the sentence it came from. */
function describe(text: string, reason: string): string {
  const excuse = JSON.parse(reason) as Excuse
  const evidence = excuse.evidence ? ` in “${text.slice(excuse.evidence.start, Math.min(excuse.evidence.end, excuse.evidence.start + 70)).replace(/\s+/g, ' ')}”` : ''
  return `${excuse.cue}${excuse.speaker ? ` (${excuse.speaker})` : ''}${evidence}`
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length
}

function excerpt(text: string, finding: Finding): string {
  return text.slice(Math.max(0, finding.start), Math.min(text.length, Math.max(finding.end, finding.start + 90), finding.start + 160)).replace(/\s+/g, ' ')
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/dist\//, '/dist/'))) {
  const args = process.argv.slice(2)
  const usage = 'Usage: node dist/bench/news-attribution.js [--set dev|check] [--quiet]'
  exitOnUnknownOptions(args, {flags: ['--quiet'], withValue: ['--set'], usage})
  const set = chosenSet(args)
  if (set === undefined) {
    process.stderr.write(`Unexpected set \`${args[args.indexOf('--set') + 1]}\`. ${usage}\n`)
    process.exit(1)
  }
  const quiet = args.includes('--quiet')
  const folder = newsSets[set]
  const names = fs.readdirSync(folder).filter((name) => /\.(md|txt)$/.test(name) && name !== 'README.md').sort()
  const texts = new Map(names.map((name) => [name, fs.readFileSync(path.join(folder, name), 'utf8')]))
  let words = 0
  const asWritten = new Map<string, Finding[]>()
  const lines: string[] = []
  for (const [name, text] of texts) {
    words += countWords(text)
    const findings = await lint(name, text)
    asWritten.set(name, findings)
    for (const finding of findings) lines.push(`  ${name}:${lineOf(text, finding.start)} ${finding.rule}: ${excerpt(text, finding)}`)
  }
  const total = [...asWritten.values()].reduce((sum, findings) => sum + findings.length, 0)
  console.log(`News ${set === 'dev' ? 'development' : 'check'} items: ${texts.size}, ${words.toLocaleString('en')} words`)
  console.log(`Attribution findings as written (all false alarms): ${total} (${((1000 * total) / words).toFixed(2)} per 1,000 words)`)
  if (!quiet) console.log(lines.join('\n'))

  const orphans = JSON.parse(fs.readFileSync(path.join(folder, 'orphans.json'), 'utf8')) as Orphan[]
  let found = 0
  let elsewhere = 0
  const orphanLines: string[] = []
  for (const orphan of orphans) {
    const text = texts.get(orphan.file)
    if (text === undefined) throw new Error(`No item ${orphan.file}`)
    const copy = plantOrphan(text, orphan)
    const at = copy.indexOf(orphan.quote)
    if (at < 0) throw new Error(`No \`${orphan.quote}\` in the copy of ${orphan.file}`)
    const all = await lint(orphan.file, copy, true)
    const findings = all.filter((finding) => finding.rule !== explainRule)
    const excuse = all.find((finding) => finding.rule === explainRule && finding.start <= at && at < finding.end)
    const hit = findings.some((finding) => finding.rule === 'quote-attribution' && finding.start <= at && at < finding.end)
    if (hit) found++
    const before = new Set((asWritten.get(orphan.file) ?? []).map((finding) => `${finding.rule} ${excerpt(text, finding)}`))
    const extra = findings.filter(
      (finding) => !(finding.rule === 'quote-attribution' && finding.start <= at && at < finding.end) && !before.has(`${finding.rule} ${excerpt(copy, finding)}`)
    )
    elsewhere += extra.length
    orphanLines.push(`  ${hit ? 'found ' : 'MISSED'} ${orphan.file}: “${orphan.quote}…”${excuse ? ` excused: ${describe(copy, excuse.reason)}` : ''}`)
    for (const finding of extra) orphanLines.push(`    also ${finding.rule}: ${excerpt(copy, finding)}`)
  }
  console.log(`Orphans (one attribution removed): ${found} of ${orphans.length} found; ${elsewhere} new findings elsewhere in those copies`)
  if (!quiet) console.log(orphanLines.join('\n'))
}
