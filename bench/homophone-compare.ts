/**
 * The `homophone` rule of this build against another build's, in one
 * process and the same rounds, for a same-run ratio on a shared machine:
 * each round checks every Brown text outside the press sections (`cd`…`cr`,
 * development text; the press is never read here) with the rule alone,
 * once with each build (which goes first alternates), a fresh processor
 * each time. The two must give the same findings; the rule's wall time (its
 * tagging and model included) and the process's CPU time of each pass
 * (parsing included), their medians over the rounds after the first (which
 * loads the data, the model and the tagger) and the median of the per-round
 * ratios are printed.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/homophone-compare.js <other checkout, built> [rounds] [--cpu]
 *
 * `--cpu` times the rule by the process's CPU time (user and system) instead
 * of the wall clock, at the same two points around its runs: on a machine
 * shared with other work, wall time counts the time the process waits for a
 * core, CPU time only its own work (and its garbage collection).
 *
 * The other checkout needs its `dist/` built, with its own `generated/`
 * and `node_modules/` beside it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {documentText, loadBrownOther} from './brown.js'
import {cpuNow} from './clock.js'
import type {check as checkFunction, createProcessor as createProcessorFunction} from '../src/core/processor.js'
import type {loadResources as loadResourcesFunction} from '../src/node/resources.js'
import type homophoneRule from '../rules/homophone/index.js'

interface Build {
  readonly name: string
  readonly check: typeof checkFunction
  readonly createProcessor: typeof createProcessorFunction
  readonly loadResources: typeof loadResourcesFunction
  readonly rule: typeof homophoneRule
  readonly wall: number[]
  readonly cpu: number[]
}

const cpuClock = process.argv.includes('--cpu')
const [otherRoot, roundsArgument] = process.argv.slice(2).filter((argument) => argument !== '--cpu')
if (cpuClock) {
  // The core times each rule with `performance.now()` (the other build's core too, which may not take
  // the `clocks` observer): read the process's CPU time there instead.
  Object.defineProperty(performance, 'now', {value: cpuNow, configurable: true, writable: true})
}
const clock = cpuClock ? 'CPU' : 'wall'
if (!otherRoot || !fs.existsSync(path.join(otherRoot, 'dist/rules/homophone/index.js'))) {
  process.stderr.write(`homophone-compare: Unexpected \`${otherRoot ?? ''}\`, expected a checkout with a built \`dist/\`\n`)
  process.exit(2)
}
const rounds = Number(roundsArgument ?? 6)

async function load(name: string, root: string): Promise<Build> {
  const from = (file: string) => import(pathToFileURL(path.resolve(root, 'dist', file)).href)
  const processor = (await from('src/core/processor.js')) as {check: typeof checkFunction; createProcessor: typeof createProcessorFunction}
  const resources = (await from('src/node/resources.js')) as {loadResources: typeof loadResourcesFunction}
  const rule = (await from('rules/homophone/index.js')) as {default: typeof homophoneRule}
  return {name, check: processor.check, createProcessor: processor.createProcessor, loadResources: resources.loadResources, rule: rule.default, wall: [], cpu: []}
}

const texts = loadBrownOther().map((text) => ({id: text.id, value: documentText(text)}))

/** One pass of a build over the texts: its findings as lines. */
async function pass(build: Build, keep: boolean): Promise<string[]> {
  const timings = new Map<string, number>()
  const cpuStarted = cpuNow()
  const processor = build.createProcessor({preset: 'only'}, {rules: [build.rule], presets: {only: {homophone: 'warn'}}}, build.loadResources, {timings})
  const lines: string[] = []
  for (const {id, value} of texts) {
    const file = await build.check(processor, new VFile({path: id + '.txt', value}))
    for (const message of file.messages) {
      if (message.ruleId !== 'homophone') continue
      lines.push(`${id}:${message.line}:${message.column}: ${message.actual} → ${JSON.stringify(message.expected)} · ${message.note ?? ''}`)
    }
  }
  const cpu = cpuNow() - cpuStarted
  if (keep) {
    build.wall.push(timings.get('homophone') ?? 0)
    build.cpu.push(cpu)
  }
  return lines
}

const median = (values: ReadonlyArray<number>) => {
  const sorted = [...values].sort((left, right) => left - right)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const builds = [await load('this build', here), await load(path.resolve(otherRoot), otherRoot)] as const
let findings = 0
for (let round = 0; round <= rounds; round++) {
  const order = round % 2 === 0 ? builds : ([builds[1], builds[0]] as const)
  const results = new Map<Build, string[]>()
  for (const build of order) results.set(build, await pass(build, round > 0))
  const ours = results.get(builds[0])!.join('\n')
  if (ours !== results.get(builds[1])!.join('\n')) {
    process.stderr.write(`homophone-compare: the two builds' findings differ in round ${round}\n`)
    process.exit(1)
  }
  findings = results.get(builds[0])!.length
}

for (const build of builds) {
  console.log(`${build.name}: homophone ${clock} median ${median(build.wall).toFixed(0)} ms (${build.wall.map((ms) => ms.toFixed(0)).join(', ')}), pass CPU median ${median(build.cpu).toFixed(0)} ms`)
}
const ratios = (of: (build: Build) => number[]) => median(of(builds[0]).map((value, round) => value / of(builds[1])[round]!)).toFixed(3)
console.log(
  `this build / other: homophone ${clock} ${ratios((build) => build.wall)}, pass CPU ${ratios((build) => build.cpu)} (medians of ${rounds} per-round ratios); ` +
    `${texts.length} texts, the same ${findings} findings in every round (load average ${os.loadavg()[0]!.toFixed(1)})`
)
