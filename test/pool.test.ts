/** The worker pool for folders: every draft gets its findings, even when a worker thread dies. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ensureBuilt} from './built.js'

const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
let folder: string
let pool: typeof import('../src/node/pool.js')

beforeAll(async () => {
  await ensureBuilt()
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-pool-'))
  // A worker that stops its thread whenever a batch holds the cue, and otherwise checks as the real one does.
  fs.writeFileSync(
    path.join(folder, 'stopping-worker.mjs'),
    `import check from ${JSON.stringify(pathToFileURL(path.join(repositoryRoot, 'dist/src/node/worker.js')).href)}\n` +
      'export default async function (batch) {\n' +
      "  if (batch.drafts.some((draft) => draft.text.includes('STOP THE THREAD'))) process.exit(3)\n" +
      '  return check(batch)\n' +
      '}\n'
  )
  // A worker that notes every file its thread opens while it checks, and answers with them and what it was handed.
  fs.writeFileSync(
    path.join(folder, 'watching-worker.mjs'),
    "import fs from 'node:fs/promises'\n" +
      "import {workerData} from 'node:worker_threads'\n" +
      'const opened = []\n' +
      'const open = fs.open\n' +
      'fs.open = (file, ...rest) => (opened.push(String(file)), open(file, ...rest))\n' +
      `const {default: check} = await import(${JSON.stringify(pathToFileURL(path.join(repositoryRoot, 'dist/src/node/worker.js')).href)})\n` +
      `const {isTaggerLoaded} = await import(${JSON.stringify(pathToFileURL(path.join(repositoryRoot, 'dist/src/analysis/pos.js')).href)})\n` +
      'export default async function (batch) {\n' +
      '  const results = await check(batch)\n' +
      '  const handed = Object.fromEntries(Object.entries(workerData).map(([key, value]) => [key, value instanceof SharedArrayBuffer]))\n' +
      '  const note = JSON.stringify({handed, opened: opened.map((file) => file.split(/[\\\\/]/).pop()), tagged: isTaggerLoaded()})\n' +
      '  return results.map(() => ({messages: [{reason: note}]}))\n' +
      '}\n'
  )
  // The built module: its workers load the compiled worker.js beside it.
  pool = (await import(pathToFileURL(path.join(repositoryRoot, 'dist/src/node/pool.js')).href)) as typeof import('../src/node/pool.js')
}, 120_000)

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

describe('CheckPool', () => {
  it('checks every draft of a batch whose worker died again, and the draft that stops a worker twice in this thread', async () => {
    const checks = new pool.CheckPool(2, {filename: pathToFileURL(path.join(folder, 'stopping-worker.mjs')).href})
    try {
      const texts = Array.from({length: 12}, (_, index) =>
        index === 5 ? 'STOP THE THREAD here: the goverment met.\n' : `The goverment met on day ${index}.\n`
      )
      const results = await Promise.all(texts.map((text, index) => checks.check(`d${index}.txt`, text, {})))
      // Every draft keeps its finding, the one that stops workers too: no heap cap or crash costs a draft its check.
      expect(results.map((messages) => messages.map((message) => message.actual ?? message.reason))).toEqual(texts.map(() => ['goverment']))
    } finally {
      await checks.close()
    }
  }, 120_000)

  it('checks the drafts in this thread when no worker can start, and never waits for ever', async () => {
    const checks = new pool.CheckPool(2, {filename: pathToFileURL(path.join(folder, 'no-such-worker.mjs')).href})
    try {
      const results = await Promise.all(Array.from({length: 14}, (_, index) => checks.check(`d${index}.txt`, 'The goverment met.\n', {})))
      expect(results.map((messages) => messages.map((message) => message.actual))).toEqual(Array.from({length: 14}, () => ['goverment']))
    } finally {
      await checks.close()
    }
  }, 120_000)

  it('hands its workers the word and tagger tables it read once, so no worker reads either file', async () => {
    const checks = new pool.CheckPool(2, {filename: pathToFileURL(path.join(folder, 'watching-worker.mjs')).href})
    try {
      // Confusable words need tags: each worker sets up the tagger's lists from the table.
      const text = 'Their going to the stadium to watch there team play the final.\n'
      const results = await Promise.all(Array.from({length: 12}, (_, index) => checks.check(`d${index}.txt`, text, {})))
      for (const messages of results) {
        expect(JSON.parse(messages[0]!.reason)).toEqual({handed: {wordTable: true, taggerTable: true}, opened: [], tagged: true})
      }
    } finally {
      await checks.close()
    }
  }, 120_000)

  it('sends drafts in batches, each worker a share', async () => {
    const checks = new pool.CheckPool(2)
    try {
      const results = await Promise.all(Array.from({length: 40}, (_, index) => checks.check(`d${index}.txt`, 'The goverment met.\n', {})))
      expect(results.every((messages) => messages.length === 1 && messages[0]!.actual === 'goverment')).toBe(true)
    } finally {
      await checks.close()
    }
  }, 120_000)
})

describe('defaultJobs', () => {
  it('checks in the run’s own thread on two cores or fewer, and with one thread per core above', () => {
    expect([1, 2, 3, 4, 8].map((cores) => pool.defaultJobs(cores))).toEqual([1, 1, 3, 4, 8])
  })
})
