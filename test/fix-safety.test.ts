/**
 * What `--fix` will not do to a draft: rewrite one its mode makes read-only
 * (as root too), break a hard link, or leave temporary files behind when it
 * was killed before. A non-root user and SIGTERM need a real process: see
 * cli-process.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {isWritable, sweepTemporaries} from '../src/node/fix.js'
import {runMain} from './run-cli.js'

let folder: string

function write(name: string, content: string): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

const messy = 'The the minister spoke.\n'
const fixed = 'The minister spoke.\n'
const temporary = /\.copydesk-[\da-f]{12}\.tmp$/

beforeAll(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-fix-safety-')))
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('read-only drafts', () => {
  it('leaves a read-only draft alone with one line, and fixes the others', async () => {
    const locked = write('ro/locked.txt', messy)
    fs.chmodSync(locked, 0o444)
    const open = write('ro/open.txt', messy)
    const result = await runMain(['--fix', 'ro'], {cwd: folder})
    expect(result.code).toBe(2)
    expect(result.stdout).toMatch(/ro\/locked\.txt\n +error +Cannot write fixes: the draft is read-only,[^\n]* input\n/)
    expect(result.stdout.replace(/\s+/g, ' ')).toContain('expected write permission; nothing was written')
    expect(fs.readFileSync(locked, 'utf8')).toBe(messy)
    expect(fs.statSync(locked).mode & 0o777).toBe(0o444)
    expect(fs.readFileSync(open, 'utf8')).toBe(fixed)
  })

  it('reads the mode bits as the kernel does for each kind of user, root held to “no write bit at all”', () => {
    const owner = {uid: 1000, gid: 100, groups: [100, 27]}
    const file = (mode: number, uid = 1000, gid = 100) => ({mode: 0o100000 | mode, uid, gid})
    expect(isWritable(file(0o644), owner)).toBe(true)
    expect(isWritable(file(0o444), owner)).toBe(false)
    expect(isWritable(file(0o464), owner)).toBe(false) // the owner's bits decide for the owner
    expect(isWritable(file(0o464, 0, 27), owner)).toBe(true) // a group member
    expect(isWritable(file(0o446, 0, 50), owner)).toBe(true) // others
    expect(isWritable(file(0o644, 0, 50), owner)).toBe(false)
    const root = {uid: 0, gid: 0, groups: [0]}
    expect(isWritable(file(0o444), root)).toBe(false)
    expect(isWritable(file(0o400, 0, 0), root)).toBe(false)
    expect(isWritable(file(0o604), root)).toBe(true)
  })
})

describe('hard links', () => {
  it('writes a draft with two names in place: both see the fix, the link stays', async () => {
    const first = write('hard/first.txt', messy)
    const second = path.join(folder, 'hard/second.txt')
    fs.linkSync(first, second)
    const inode = fs.statSync(first).ino
    const result = await runMain(['--fix', 'hard/first.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(fs.readFileSync(second, 'utf8')).toBe(fixed)
    expect(fs.statSync(first)).toMatchObject({ino: inode, nlink: 2})
    expect(fs.readdirSync(path.join(folder, 'hard')).filter((name) => temporary.test(name))).toEqual([])
  })

  it('fixes both names of one file in one run without a false “changed since it was read”', async () => {
    const first = write('hard2/a.txt', messy)
    fs.linkSync(first, path.join(folder, 'hard2/b.txt'))
    const result = await runMain(['--fix', 'hard2'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(result.stdout + result.stderr).not.toMatch(/changed since/)
    expect(fs.readFileSync(first, 'utf8')).toBe(fixed)
    expect(fs.statSync(first).nlink).toBe(2)
  })
})

describe('temporary files', () => {
  it('sweeps temporary files an earlier run left, and only those', async () => {
    const draft = write('swept/d.txt', messy)
    const stale = write('swept/.d.txt.copydesk-0123456789ab.tmp', fixed)
    // Whole seconds: file times keep them exactly.
    const old = new Date(Math.floor(Date.now() / 1000 - 3600) * 1000)
    fs.utimesSync(stale, old, old)
    const fresh = write('swept/.e.txt.copydesk-ba9876543210.tmp', fixed)
    const future = new Date(Date.now() + 3_600_000)
    fs.utimesSync(fresh, future, future)
    const other = write('swept/.d.txt.copydesk-notours.tmp', 'keep\n')
    fs.utimesSync(other, old, old)
    const result = await runMain(['--fix', 'swept/d.txt'], {cwd: folder})
    expect(result.code).toBe(0)
    expect(fs.readFileSync(draft, 'utf8')).toBe(fixed)
    expect(fs.readdirSync(path.join(folder, 'swept')).sort()).toEqual(['.d.txt.copydesk-notours.tmp', '.e.txt.copydesk-ba9876543210.tmp', 'd.txt'])
    // The cut-off is the start of the run: a file from before it goes, one from after it stays.
    const edge = write('edge/.x.txt.copydesk-0123456789ab.tmp', fixed)
    fs.utimesSync(edge, old, old)
    expect(sweepTemporaries(path.join(folder, 'edge'), old.getTime())).toEqual([])
    expect(sweepTemporaries(path.join(folder, 'edge'), old.getTime() + 1)).toEqual([edge])
  })
})
