/**
 * `--cache`: the CLI (`main(io)`, in this process), twice over the same
 * drafts. A hit reuses the stored findings; a changed draft, changed
 * settings or a damaged entry is checked again.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runMain} from './run-cli.js'

let folder: string

function run(args: string[]) {
  return runMain(args, {cwd: folder})
}

function write(name: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(folder, name)), {recursive: true})
  fs.writeFileSync(path.join(folder, name), content)
}

/** The cache entries, by file name, parsed. */
function entries(location = '.copydesk-cache'): Map<string, {key: string; messages: Array<{reason: string}>}> {
  const dir = path.join(folder, location)
  return new Map(
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => [name, JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'))])
  )
}

beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cache-'))
  write('desk/typo.txt', 'The goverment said so.\n')
  write('desk/clean.txt', 'The minister spoke to reporters in Kyiv on Monday.\n')
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('--cache', () => {
  it('stores one entry per draft, and a second run reuses them with identical output', async () => {
    const first = await run(['--cache', '--format', 'json', 'desk'])
    expect(first.code).toBe(0)
    const stored = entries()
    expect(stored.size).toBe(2)
    expect([...stored.values()].map((entry) => entry.messages.length).sort()).toEqual([0, 1])
    expect(fs.readFileSync(path.join(folder, '.copydesk-cache/.gitignore'), 'utf8')).toMatch(/^\*$/m)

    const second = await run(['--cache', '--format', 'json', 'desk'])
    expect(second).toEqual(first)
    expect(entries()).toEqual(stored)
  })

  it('reuses a stored entry instead of checking the draft again', async () => {
    await run(['--cache', '--format', 'json', 'desk'])
    // Change the stored finding: a hit reports it as stored, proving the entry was read.
    for (const [name, entry] of entries()) {
      if (entry.messages.length === 0) continue
      entry.messages[0]!.reason = 'Stored reason from the cache'
      fs.writeFileSync(path.join(folder, '.copydesk-cache', name), JSON.stringify(entry))
    }
    const result = await run(['--cache', '--format', 'json', 'desk'])
    expect(result.stdout).toContain('Stored reason from the cache')
    // Without --cache the draft is checked afresh.
    expect((await run(['--format', 'json', 'desk'])).stdout).not.toContain('Stored reason from the cache')
  })

  it('checks a draft again when its text changes', async () => {
    await run(['--cache', 'desk'])
    write('desk/typo.txt', 'The goverment said so, and the ministr agreed.\n')
    const result = await run(['--cache', '--format', 'json', 'desk'])
    expect(result.stdout).not.toContain('Stored reason from the cache')
    expect(result.stdout).toContain('Unexpected unknown word `ministr`, expected `minister`')
    const stored = [...entries().values()].find((entry) => entry.messages.length > 0)
    expect(stored?.messages.map((message) => message.reason)).toEqual([
      'Unexpected unknown word `goverment`, expected `government`',
      'Unexpected unknown word `ministr`, expected `minister`'
    ])
  })

  it('checks drafts again when the config changes', async () => {
    const before = await run(['--cache', '--format', 'json', 'desk'])
    expect(before.stdout).toContain('"fatal":false')
    write('desk/.retextrc', JSON.stringify({plugins: [['copydesk', {rules: {spelling: 'error'}}]]}))
    const after = await run(['--cache', '--format', 'json', 'desk'])
    expect(after.code).toBe(1)
    expect(after.stdout).toContain('"fatal":true')
    write('desk/.retextrc', JSON.stringify({plugins: [['copydesk', {words: ['goverment', 'ministr']}]]}))
    expect(JSON.parse((await run(['--cache', '--format', 'json', 'desk'])).stdout)).toEqual([
      {path: 'desk/clean.txt', messages: []},
      {path: 'desk/typo.txt', messages: []}
    ])
    // Command-line overrides are settings too.
    fs.rmSync(path.join(folder, 'desk/.retextrc'))
    expect((await run(['--cache', '--format', 'json', '--disable', 'spelling', 'desk'])).stdout).not.toContain('goverment')
    expect((await run(['--cache', '--format', 'json', 'desk'])).stdout).toContain('goverment')
  })

  it('ignores a damaged entry and replaces it', async () => {
    const fresh = await run(['--cache', '--format', 'json', 'desk'])
    for (const name of entries().keys()) fs.writeFileSync(path.join(folder, '.copydesk-cache', name), '{"format":1,"key":')
    const result = await run(['--cache', '--format', 'json', 'desk'])
    expect(result).toEqual(fresh)
    expect([...entries().values()].every((entry) => typeof entry.key === 'string')).toBe(true)
  })

  it('treats an entry of valid JSON but the wrong shape as a miss, on every field', async () => {
    const fresh = await run(['--cache', '--format', 'json', 'desk'])
    const poisons: unknown[] = [
      // The audit's entry: it kept its format and key.
      {reason: 'POISONED', place: 'garbage', fatal: 'yes', expected: 'notalist'},
      {reason: 'POISONED', place: {start: {line: 1}, end: {line: 1, column: 2}}},
      {reason: 'POISONED', ruleId: 7},
      {reason: 'POISONED', expected: ['ok', 3]},
      {reason: 'POISONED', cause: {}},
      {reason: 'POISONED', fixSafe: 'yes'},
      {reason: 42},
      'POISONED'
    ]
    for (const poison of poisons) {
      for (const [name, entry] of entries()) {
        fs.writeFileSync(path.join(folder, '.copydesk-cache', name), JSON.stringify({...entry, messages: [poison]}))
      }
      const result = await run(['--cache', '--format', 'json', 'desk'])
      expect(result, JSON.stringify(poison)).toEqual(fresh)
    }
  })

  it('--cache-location names the folder', async () => {
    const result = await run(['--cache-location', 'tmp/cache', '--format', 'json', 'desk'])
    expect(result.code).toBe(0)
    expect(entries('tmp/cache').size).toBe(2)
  })

  it('explains a cache folder it cannot use in one line', async () => {
    write('not-a-folder', 'text\n')
    const result = await run(['--cache-location', 'not-a-folder', 'desk'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^copydesk: Cannot use cache folder `not-a-folder`: E[A-Z]+, expected a writable folder\n$/)
  })
})
