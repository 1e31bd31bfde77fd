/**
 * The editor re-lint of this build against another build, in one process
 * and the same rounds, for a same-run ratio on a shared machine: both
 * builds' language-server `lint` get the bench's edits of the bench's
 * 1,000-word draft (`relint.ts`), each with its own kept paragraphs, one
 * after the other on every edit (which goes first alternates). The two
 * must give the same findings after every edit; the medians and 90th
 * percentiles of each, and their ratios, are printed.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/relint-compare.js <other checkout, built> [edits]
 *
 * The other checkout needs its `dist/` built; both builds load their own
 * word data, so the process holds two copies of it.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {documentText, loadBrownPress} from './brown.js'
import {randomInt, seededRandom} from './random.js'
import {edit, editKinds} from './relint.js'
import type {lint as lintFunction, LintResult} from '../src/language-server/lint.js'
import type {ParagraphCache} from '../src/core/paragraph-cache.js'

interface Build {
  readonly name: string
  readonly lint: typeof lintFunction
  readonly paragraphs: ParagraphCache
  readonly wall: number[]
  readonly cpu: number[]
}

const [otherRoot, editsArgument] = process.argv.slice(2)
if (!otherRoot || !fs.existsSync(path.join(otherRoot, 'dist/src/language-server/lint.js'))) {
  process.stderr.write(`relint-compare: Unexpected \`${otherRoot ?? ''}\`, expected a checkout with a built \`dist/\`\n`)
  process.exit(2)
}
const edits = Number(editsArgument ?? 150)

async function load(name: string, root: string): Promise<Build> {
  const lintModule = (await import(pathToFileURL(path.resolve(root, 'dist/src/language-server/lint.js')).href)) as {lint: typeof lintFunction}
  const cacheModule = (await import(pathToFileURL(path.resolve(root, 'dist/src/core/paragraph-cache.js')).href)) as {
    ParagraphCache: new () => ParagraphCache
  }
  return {name, lint: lintModule.lint, paragraphs: new cacheModule.ParagraphCache(), wall: [], cpu: []}
}

/** Findings as text, to make sure both builds agree on every edit. */
function findings(result: LintResult): string {
  return result.messages.map((message) => `${String(message)} ${JSON.stringify(message.expected)} ${String(message.cause ?? '')}`).join('\n')
}

const quantile = (values: ReadonlyArray<number>, share: number) => [...values].sort((left, right) => left - right)[Math.floor(values.length * share)]!

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..')
const builds = [await load('this build', here), await load(path.resolve(otherRoot), otherRoot)] as const
const text = (documentText(loadBrownPress()[0]!).match(/\S+\s*/g) ?? []).slice(0, 1000).join('')
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-relint-compare-'))
const file = path.join(folder, 'draft.txt')
// The first lint loads each build's data and opens the document, as a server does once.
for (const build of builds) await build.lint(text, file, folder, {paragraphs: build.paragraphs})
const random = seededRandom(1961)
let current = text
for (let round = 0; round < edits; round++) {
  current = edit(current, editKinds[round % editKinds.length]!, randomInt(random, current.length))
  const order = round % 2 === 0 ? builds : ([builds[1], builds[0]] as const)
  const results = new Map<Build, LintResult>()
  for (const build of order) {
    const started = performance.now()
    const cpuStarted = process.cpuUsage()
    results.set(build, await build.lint(current, file, folder, {paragraphs: build.paragraphs}))
    const cpu = process.cpuUsage(cpuStarted)
    build.wall.push(performance.now() - started)
    build.cpu.push((cpu.user + cpu.system) / 1000)
  }
  if (findings(results.get(builds[0])!) !== findings(results.get(builds[1])!)) {
    fs.rmSync(folder, {recursive: true, force: true})
    process.stderr.write(`relint-compare: the two builds' findings differ after edit ${round + 1}\n`)
    process.exit(1)
  }
}
fs.rmSync(folder, {recursive: true, force: true})

for (const build of builds) {
  console.log(
    `${build.name}: median ${quantile(build.wall, 0.5).toFixed(2)} ms, 90th percentile ${quantile(build.wall, 0.9).toFixed(2)} ms, CPU median ${quantile(build.cpu, 0.5).toFixed(2)} ms`
  )
}
const ratio = (share: number, of: (build: Build) => number[]) => (quantile(of(builds[0]), share) / quantile(of(builds[1]), share)).toFixed(3)
console.log(
  `this build / other: median ${ratio(0.5, (build) => build.wall)}, 90th percentile ${ratio(0.9, (build) => build.wall)}, CPU median ${ratio(0.5, (build) => build.cpu)}; ` +
    `${edits} edits, the same findings after every one (load average ${os.loadavg()[0]!.toFixed(1)})`
)
