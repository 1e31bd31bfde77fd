/** `--max-file-size`: a draft over the limit gets one finding, decided before it is read; the others are checked. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {formatSize, parseFileSize, tooLarge} from '../src/node/file-size.js'
import {runMain} from './run-cli.js'

let folder: string

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-size-'))
})

afterEach(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

/** Findings of a JSON report as `file: reason`. */
function findings(stdout: string): string[] {
  const report = JSON.parse(stdout) as Array<{path: string; messages: Array<{reason: string}>}>
  return report.flatMap((entry) => entry.messages.map((message) => `${path.basename(entry.path)}: ${message.reason}`))
}

describe('--max-file-size', () => {
  it('refuses a draft over 20 MB by its size on disk, and checks the others', async () => {
    // Sparse: 3 GB on disk costs nothing, and reading it would fail or take minutes.
    const huge = path.join(folder, 'huge.txt')
    fs.writeFileSync(huge, '')
    fs.truncateSync(huge, 3 * 1024 ** 3)
    fs.writeFileSync(path.join(folder, 'story.txt'), 'The goverment spoke.\n')
    const result = await runMain(['--format', 'json', '.'], {cwd: folder})
    expect(findings(result.stdout)).toEqual([
      'huge.txt: Cannot check 3072 MB file, expected at most 20 MB: split the draft or raise `--max-file-size`',
      'story.txt: Unexpected unknown word `goverment`, expected `government`'
    ])
    expect(result.code).toBe(2)
  })

  it('takes another limit, or none', async () => {
    fs.writeFileSync(path.join(folder, 'story.txt'), 'The goverment spoke. '.repeat(100) + '\n')
    const limited = await runMain(['--format', 'json', '--max-file-size', '1KB', 'story.txt'], {cwd: folder})
    expect(findings(limited.stdout)).toEqual(['story.txt: Cannot check 2 KB file, expected at most 1 KB: split the draft or raise `--max-file-size`'])
    const unlimited = await runMain(['--format', 'json', '--max-file-size', '0', 'story.txt'], {cwd: folder})
    expect(findings(unlimited.stdout)).toHaveLength(100)
  })

  it('stops reading stdin past the limit', async () => {
    const result = await runMain(['--format', 'json', '--max-file-size', '1KB'], {cwd: folder, input: 'The goverment spoke. '.repeat(100)})
    const report = JSON.parse(result.stdout) as Array<{messages: Array<{reason: string}>}>
    expect(report.flatMap((entry) => entry.messages.map((message) => message.reason))).toEqual([
      'Cannot check more than 1 KB from stdin, expected at most 1 KB: split the draft or raise `--max-file-size`'
    ])
    expect(result.code).toBe(2)
  })

  it('says what it expects of a size it cannot read', async () => {
    const result = await runMain(['--max-file-size', 'big', 'x.txt'], {cwd: folder})
    expect([result.code, result.stderr.split('\n')[0]]).toEqual([2, 'copydesk: Unexpected `--max-file-size big`, expected a size such as `20MB` or `500KB`, or `0` for no limit'])
  })
})

describe('file sizes', () => {
  it('read megabytes by default and the usual units', () => {
    expect(['20', '20MB', '20m', '1.5MB', '500KB', '1GB', '4096B', '0', 'x', '-1', '20TB'].map(parseFileSize)).toEqual([
      20 * 1024 ** 2,
      20 * 1024 ** 2,
      20 * 1024 ** 2,
      1.5 * 1024 ** 2,
      500 * 1024,
      1024 ** 3,
      4096,
      0,
      undefined,
      undefined,
      undefined
    ])
  })

  it('print as a person reads them', () => {
    expect([52 * 1024 ** 2 + 10, 1.25 * 1024 ** 2, 640 * 1024, 12].map(formatSize)).toEqual(['52 MB', '1.3 MB', '640 KB', '12 bytes'])
    expect(tooLarge(10, 0)).toBeUndefined()
    expect(tooLarge(10, 10)).toBeUndefined()
  })
})
