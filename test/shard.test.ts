/**
 * `--shard i/n`, `copydesk merge-reports` and a `--cache` carried to another
 * machine: what a CI matrix of shards needs. Through `main(io)`, in this process,
 * with `--jobs 1` (worker threads load the built module; test/pool.test.ts has them).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {inShard, parseShard} from '../src/node/shard.js'
import {runMain} from './run-cli.js'

let folder: string

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-shard-'))
  const desk = path.join(folder, 'project')
  for (let index = 0; index < 14; index++) {
    const sub = path.join(desk, index % 3 === 0 ? 'drafts/politics' : 'drafts')
    fs.mkdirSync(sub, {recursive: true})
    fs.writeFileSync(path.join(sub, `story-${index}.txt`), index % 2 === 0 ? `The goverment met on day ${index}.\n` : `The minister spoke on day ${index}.\n`)
  }
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

const paths = (stdout: string) => (JSON.parse(stdout) as Array<{path: string}>).map((file) => file.path)

describe('parseShard', () => {
  it('reads `i/n` with 1 ≤ i ≤ n and nothing else', () => {
    expect(parseShard('2/4')).toEqual({index: 2, count: 4})
    expect(parseShard('1/1')).toEqual({index: 1, count: 1})
    for (const bad of ['0/4', '5/4', '2', '2/0', 'a/b', '-1/4', '1/4/2']) expect(parseShard(bad), bad).toBeUndefined()
  })
})

describe('inShard', () => {
  const items = Array.from({length: 103}, (_, index) => `desk/${String(index).padStart(3, '0')}.md`)

  it('splits into shares that differ by at most one, together every item once', () => {
    const shares = [1, 2, 3, 4].map((index) => inShard(items, (item) => item, {index, count: 4}))
    expect(shares.map((share) => share.length)).toEqual([26, 26, 26, 25])
    expect(shares.flat().sort()).toEqual(items)
  })

  it('gives the same shares whatever order the items were found in', () => {
    const reversed = [...items].reverse()
    for (const index of [1, 2, 3]) {
      expect(inShard(reversed, (item) => item, {index, count: 3}).sort()).toEqual(inShard(items, (item) => item, {index, count: 3}).sort())
    }
  })
})

describe('--shard and merge-reports', () => {
  it('checks each draft in exactly one shard, and the merged report is the whole run’s', async () => {
    const cwd = path.join(folder, 'project')
    const whole = await runMain(['--jobs', '1', '--format', 'json', 'drafts'], {cwd})
    const shards = []
    for (const index of [1, 2, 3, 4]) {
      const run = await runMain(['--jobs', '1', '--format', 'json', '--shard', `${index}/4`, '--output', `shard-${index}.json`, 'drafts'], {cwd})
      expect(run.code).toBe(0)
      shards.push(paths(fs.readFileSync(path.join(cwd, `shard-${index}.json`), 'utf8')))
    }
    expect(shards.map((share) => share.length)).toEqual([4, 4, 3, 3])
    expect(shards.flat().sort()).toEqual(paths(whole.stdout))

    const merged = await runMain(['merge-reports', '--format', 'json', 'shard-1.json', 'shard-2.json', 'shard-3.json', 'shard-4.json'], {cwd})
    expect(merged.code).toBe(0)
    expect(merged.stdout).toBe(whole.stdout)
    const stylish = await runMain(['merge-reports', 'shard-4.json', 'shard-2.json', 'shard-1.json', 'shard-3.json'], {cwd})
    expect(stylish.stdout).toBe((await runMain(['--jobs', '1', 'drafts'], {cwd})).stdout)
    const sarif = JSON.parse((await runMain(['merge-reports', '--format', 'sarif', 'shard-1.json', 'shard-2.json', 'shard-3.json', 'shard-4.json'], {cwd})).stdout)
    expect(sarif.runs[0].results).toHaveLength(7)
  })

  it('writes an empty report for a shard with no drafts, and exits 0', async () => {
    const cwd = path.join(folder, 'project')
    const run = await runMain(['--format', 'json', '--shard', '20/20', 'drafts'], {cwd})
    expect(run).toEqual({code: 0, stdout: '[]\n', stderr: ''})
  })

  it('refuses a shard that is not `i/n` in one line', async () => {
    const run = await runMain(['--shard', '5/4', 'drafts'], {cwd: path.join(folder, 'project')})
    expect(run.code).toBe(2)
    expect(run.stderr).toBe('copydesk: Unexpected `--shard 5/4`, expected `i/n` with 1 ≤ i ≤ n, such as `2/4`\nRun `copydesk --help` for usage.\n')
  })

  it('names the report and the problem when a report cannot be merged', async () => {
    const cwd = path.join(folder, 'project')
    fs.writeFileSync(path.join(cwd, 'broken.json'), '[{"path": "a.txt", "messages": [{"reason": 7}]}]')
    fs.writeFileSync(path.join(cwd, 'text.json'), 'copydesk: 3 findings')
    const cases: Array<[string[], string]> = [
      [['broken.json'], 'Cannot merge report `broken.json`: message 1 of file 1 is not a copydesk finding'],
      [['text.json'], 'Cannot merge report `text.json`: not JSON'],
      [['missing.json'], 'Cannot read report `missing.json`: no such file'],
      [['shard-1.json', 'shard-1.json'], 'Cannot merge report `shard-1.json`: `drafts/politics/story-0.txt` is in `shard-1.json` too, expected each draft in one report'],
      [[], 'No reports: give the JSON reports to merge']
    ]
    for (const [args, problem] of cases) {
      const run = await runMain(['merge-reports', ...args], {cwd})
      expect(run, args.join(' ')).toEqual({code: 2, stdout: '', stderr: `copydesk merge-reports: ${problem}\n`})
    }
  })
})

describe('--cache on another machine', () => {
  it('reuses the entries of a cache made in another checkout of the same drafts', async () => {
    const first = path.join(folder, 'project')
    const first1 = await runMain(['--jobs', '1', '--cache', '--format', 'json', 'drafts'], {cwd: first})
    // Another machine: the same files at another absolute path, with the cache restored.
    const second = path.join(folder, 'elsewhere', 'checkout')
    fs.cpSync(first, second, {recursive: true})
    // Change every stored finding: a hit reports it as stored, proving the entry was read.
    const cache = path.join(second, '.copydesk-cache')
    for (const name of fs.readdirSync(cache).filter((name) => name.endsWith('.json'))) {
      const entry = JSON.parse(fs.readFileSync(path.join(cache, name), 'utf8'))
      for (const message of entry.messages) message.reason = 'From the restored cache'
      fs.writeFileSync(path.join(cache, name), JSON.stringify(entry))
    }
    const again = await runMain(['--jobs', '1', '--cache', '--format', 'json', 'drafts'], {cwd: second})
    const reasons = (JSON.parse(again.stdout) as Array<{messages: Array<{reason: string}>}>).flatMap((file) => file.messages.map((message) => message.reason))
    expect(reasons).toHaveLength((JSON.parse(first1.stdout) as Array<{messages: unknown[]}>).flatMap((file) => file.messages).length)
    expect(new Set(reasons)).toEqual(new Set(['From the restored cache']))
  })
})
