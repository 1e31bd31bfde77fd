/**
 * Error-level findings over several drafts: every run prints its report and
 * exits 1, whichever draft finishes first. A finding made fatal while its
 * draft was still being checked once let unified-engine flush the run early
 * and never call back, so the CLI printed nothing and exited 0.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import {checkText, only} from './helpers.js'
import {runMain} from './run-cli.js'

const typo = 'The goverment said so.\n'
const clean = 'The minister spoke on Monday.\n'
const errorConfig = JSON.stringify({plugins: [['copydesk', {rules: {spelling: 'error'}}]]})

const folders: string[] = []

function folderWith(drafts: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-errors-'))
  folders.push(folder)
  fs.writeFileSync(path.join(folder, '.retextrc'), errorConfig)
  for (const [name, text] of Object.entries(drafts)) fs.writeFileSync(path.join(folder, name), text)
  return folder
}

// A fresh module graph per test: each run loads its word data as a cold run
// does, which is when one draft's check waits while another reaches the queue.
beforeEach(() => {
  vi.resetModules()
})

afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true})
})

const layouts: Array<Record<string, string>> = [
  {'a.txt': typo, 'b.txt': clean},
  {'a.txt': clean, 'b.txt': typo},
  {'typo.txt': typo, 'clean.txt': clean},
  {'a-typo.txt': typo, 'b-clean.txt': clean, 'c-typo.md': '# Note\n\n' + typo},
  {'aa.txt': typo, 'mm.txt': typo, 'yy.txt': typo, 'zz-clean.txt': clean},
  {'aa-clean.txt': clean, 'mm.txt': typo, 'zz.txt': typo}
]

describe('error-level findings in a run of several drafts', () => {
  for (const [index, drafts] of layouts.entries()) {
    const names = Object.keys(drafts)
    const typos = names.filter((name) => drafts[name]!.includes('goverment'))

    it(`#13: reports every draft and exits 1 (layout ${index + 1}: ${names.join(', ')})`, async () => {
      const folder = folderWith(drafts)
      const result = await runMain(['--jobs', '1', '.'], {cwd: folder})
      expect(result.code).toBe(1)
      const report = result.stdout + result.stderr
      for (const name of typos) expect(report).toContain(name)
      expect(report.match(/ error +Unexpected unknown word `goverment`/g)).toHaveLength(typos.length)
    })
  }

  it('#13: writes the --output report and exits 1', async () => {
    const folder = folderWith(layouts[0]!)
    const result = await runMain(['--jobs', '1', '--format', 'sarif', '--output', 'report.sarif', '.'], {cwd: folder})
    expect(result.code).toBe(1)
    const sarif = JSON.parse(fs.readFileSync(path.join(folder, 'report.sarif'), 'utf8')) as {runs: Array<{results: Array<{level: string}>}>}
    expect(sarif.runs[0]!.results.map((finding) => finding.level)).toEqual(['error'])
  })

  it('#13: reports errors from the cache too, on the first run and the next', async () => {
    const folder = folderWith(layouts[0]!)
    const first = await runMain(['--jobs', '1', '--cache', '.'], {cwd: folder})
    const second = await runMain(['--jobs', '1', '--cache', '.'], {cwd: folder})
    for (const result of [first, second]) {
      expect(result.code).toBe(1)
      expect(result.stdout + result.stderr).toMatch(/ error +Unexpected unknown word `goverment`/)
    }
  })

  it('gives a checked draft its error-level findings as fatal', async () => {
    const file = await checkText(typo, only('spelling', undefined, {rules: {spelling: 'error'}}))
    expect(file.messages.map((message) => message.fatal)).toEqual([true])
  })
})
