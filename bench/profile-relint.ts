/**
 * Where a re-lint's CPU goes: a CPU profile (node:inspector) of the
 * language server's lint with kept paragraphs, over the bench's edits of
 * the bench's 1,000-word Brown draft (`relint.ts`), after one lint that
 * loads the data and opens the document. Prints each function's inclusive
 * and self share of the profiled time, and the same by source file.
 *
 *   npx tsc -p tsconfig.json && node dist/bench/profile-relint.js [edits] [--top N] [--out profile.cpuprofile]
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {Session} from 'node:inspector/promises'
import {ParagraphCache} from '../src/core/paragraph-cache.js'
import {lint} from '../src/language-server/lint.js'
import {documentText, loadBrownPress} from './brown.js'
import {randomInt, seededRandom} from './random.js'
import {edit, editKinds} from './relint.js'

interface ProfileNode {
  readonly id: number
  readonly callFrame: {readonly functionName: string; readonly url: string; readonly lineNumber: number}
  readonly children?: ReadonlyArray<number>
}

interface Profile {
  readonly nodes: ReadonlyArray<ProfileNode>
  readonly samples: ReadonlyArray<number>
  readonly timeDeltas: ReadonlyArray<number>
}

const argv = process.argv.slice(2)
const option = (name: string) => {
  const at = argv.indexOf(name)
  return at === -1 ? undefined : argv[at + 1]
}
const edits = Number(argv.find((arg) => /^\d+$/.test(arg)) ?? 120)
const top = Number(option('--top') ?? 40)
const out = option('--out')

const text = (documentText(loadBrownPress()[0]!).match(/\S+\s*/g) ?? []).slice(0, 1000).join('')
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-profile-'))
const file = path.join(folder, 'draft.txt')
const paragraphs = new ParagraphCache()
await lint(text, file, folder, {paragraphs})
// A few edits unprofiled, so what runs once after the first lint is not counted.
const random = seededRandom(1961)
let current = text
for (let round = 0; round < 6; round++) {
  current = edit(current, editKinds[round % editKinds.length]!, randomInt(random, current.length))
  await lint(current, file, folder, {paragraphs})
}

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', {interval: 100})
await session.post('Profiler.start')
const started = performance.now()
for (let round = 0; round < edits; round++) {
  current = edit(current, editKinds[round % editKinds.length]!, randomInt(random, current.length))
  await lint(current, file, folder, {paragraphs})
}
const wall = performance.now() - started
const {profile} = (await session.post('Profiler.stop')) as unknown as {profile: Profile}
session.disconnect()
fs.rmSync(folder, {recursive: true, force: true})
if (out) fs.writeFileSync(out, JSON.stringify(profile))

const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const short = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/(dist|node_modules)\//, '$1/')
const fnKey = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${short(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`
const fileKey = (node: ProfileNode) => short(node.callFrame.url) || `(${node.callFrame.functionName})`

const inclusive = new Map<string, number>()
const self = new Map<string, number>()
const fileInclusive = new Map<string, number>()
const fileSelf = new Map<string, number>()
let total = 0
profile.samples.forEach((sample, index) => {
  const delta = profile.timeDeltas[index + 1] ?? profile.timeDeltas[index] ?? 0
  total += delta
  const leaf = byId.get(sample)!
  self.set(fnKey(leaf), (self.get(fnKey(leaf)) ?? 0) + delta)
  fileSelf.set(fileKey(leaf), (fileSelf.get(fileKey(leaf)) ?? 0) + delta)
  const seen = new Set<string>()
  const seenFiles = new Set<string>()
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const node = byId.get(id)!
    const key = fnKey(node)
    if (!seen.has(key)) {
      seen.add(key)
      inclusive.set(key, (inclusive.get(key) ?? 0) + delta)
    }
    const fileName = fileKey(node)
    if (!seenFiles.has(fileName)) {
      seenFiles.add(fileName)
      fileInclusive.set(fileName, (fileInclusive.get(fileName) ?? 0) + delta)
    }
  }
})

const percent = (value: number) => ((100 * value) / total).toFixed(1).padStart(5) + ' %'
const perEdit = (value: number) => (value / 1000 / edits).toFixed(2).padStart(6) + ' ms'
const table = (title: string, map: Map<string, number>, also?: Map<string, number>) => {
  console.log(`\n${title}`)
  for (const [key, value] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${percent(value)} ${perEdit(value)}${also ? '  self ' + percent(also.get(key) ?? 0) : ''}  ${key}`)
  }
}
console.log(`${edits} edits profiled: ${(wall / edits).toFixed(1)} ms wall per edit, ${(total / 1000 / edits).toFixed(1)} ms sampled per edit`)
table('Inclusive, by function', inclusive, self)
table('Self, by function', self)
table('Inclusive, by file', fileInclusive, fileSelf)
