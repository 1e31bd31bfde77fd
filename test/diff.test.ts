/**
 * `--diff`: the CLI (`main(io)`) on a temporary git repository. Drafts are
 * checked whole, but only findings on lines changed since the base (and
 * in untracked drafts) are reported.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runMain} from './run-cli.js'
import {parseUnifiedDiff} from '../src/node/diff.js'

let repo: string
let outside: string
let firstCommit: string

function run(args: string[], cwd = repo) {
  return runMain(args, {cwd})
}

function git(...args: string[]): string {
  const result = spawnSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    env: {...process.env, GIT_AUTHOR_NAME: 'Desk', GIT_AUTHOR_EMAIL: 'desk@example.com', GIT_COMMITTER_NAME: 'Desk', GIT_COMMITTER_EMAIL: 'desk@example.com'}
  })
  if (result.status !== 0) throw new Error(result.stderr)
  return result.stdout.trim()
}

function write(name: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(repo, name)), {recursive: true})
  fs.writeFileSync(path.join(repo, name), content)
}

/** `file line:column ruleId` for each finding in the JSON report. */
function findings(stdout: string): string[] {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{line: number; column: number; ruleId: string}>}>
  return files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.line}:${message.column} ${message.ruleId}`))
}

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-diff-'))
  outside = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nogit-'))
  git('init', '--quiet', '--initial-branch=main')
  git('config', 'commit.gpgsign', 'false')
  write('desk/budget.txt', 'The goverment said so.\n\nThe minister spoke to reporters.\n\nTaxes will rise next year.\n')
  write('desk/clean.txt', 'The minister spoke to reporters in Kyiv on Monday.\n')
  git('add', '.')
  git('commit', '--quiet', '-m', 'drafts')
  firstCommit = git('rev-parse', 'HEAD')
  // Work on a branch: a committed change, an uncommitted change and an untracked draft.
  git('checkout', '--quiet', '-b', 'story')
  write('desk/budget.txt', 'The goverment said so.\n\nThe ministr spoke to reporters.\n\nTaxes will rise next year.\n')
  git('commit', '--quiet', '-am', 'edit')
  write('desk/budget.txt', 'The goverment said so.\n\nThe ministr spoke to reporters.\n\nTaxes will rise nxet year.\n')
  write('desk/new.txt', 'A freshh draft.\n')
})

afterAll(() => {
  fs.rmSync(repo, {recursive: true, force: true})
  fs.rmSync(outside, {recursive: true, force: true})
})

describe('--diff', () => {
  it('checks whole drafts without it', async () => {
    const result = await run(['--format', 'json', 'desk'])
    expect(findings(result.stdout)).toEqual([
      'desk/budget.txt 1:5 spelling',
      'desk/budget.txt 3:5 spelling',
      'desk/budget.txt 5:17 spelling',
      'desk/new.txt 1:3 spelling'
    ])
  })

  it('--diff=<rev> reports only findings on lines changed since rev, and all of an untracked draft', async () => {
    const result = await run(['--diff=' + firstCommit, '--format', 'json', 'desk'])
    expect(result.code).toBe(0)
    expect(findings(result.stdout)).toEqual(['desk/budget.txt 3:5 spelling', 'desk/budget.txt 5:17 spelling', 'desk/new.txt 1:3 spelling'])
    const sinceHead = await run(['--diff=HEAD', '--format', 'json', 'desk'])
    expect(findings(sinceHead.stdout)).toEqual(['desk/budget.txt 5:17 spelling', 'desk/new.txt 1:3 spelling'])
  })

  it('--diff <rev> with a space names the revision when no file has that name', async () => {
    const spaced = await run(['--diff', 'HEAD', '--format', 'json', 'desk'])
    expect(spaced.code).toBe(0)
    expect(findings(spaced.stdout)).toEqual(['desk/budget.txt 5:17 spelling', 'desk/new.txt 1:3 spelling'])
    const draftAfter = await run(['--diff', 'desk', '--format', 'json'])
    expect(findings(draftAfter.stdout)).toEqual(['desk/budget.txt 3:5 spelling', 'desk/budget.txt 5:17 spelling', 'desk/new.txt 1:3 spelling'])
  })

  it('--diff alone compares with the merge base of the default branch', async () => {
    const result = await run(['--diff', '--format', 'json', 'desk'])
    expect(findings(result.stdout)).toEqual(['desk/budget.txt 3:5 spelling', 'desk/budget.txt 5:17 spelling', 'desk/new.txt 1:3 spelling'])
  })

  it('--diff with no paths checks the changed drafts', async () => {
    const result = await run(['--diff', '--format', 'json'], path.join(repo, 'desk'))
    expect(findings(result.stdout)).toEqual(['budget.txt 3:5 spelling', 'budget.txt 5:17 spelling', 'new.txt 1:3 spelling'])
  })

  it('explains in one line when there is no default branch to compare with', async () => {
    git('branch', '--move', 'main', 'trunk')
    try {
      const result = await run(['--diff', 'desk'])
      expect(result.code).toBe(2)
      expect(result.stderr).toBe(
        'copydesk: Cannot find a base for `--diff`: no merge base of HEAD with `origin/HEAD`, `origin/main`, `origin/master`, `main`, `master`, expected `--diff=<rev>`\n'
      )
    } finally {
      git('branch', '--move', 'trunk', 'main')
    }
  })

  it('explains an unknown revision in one line', async () => {
    const result = await run(['--diff=no-such-branch', 'desk'])
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'copydesk: Cannot diff against `no-such-branch`: unknown revision, expected a commit, branch or tag\n'
    })
  })

  it('outside a git repository: a clear error and exit 2', async () => {
    fs.writeFileSync(path.join(outside, 'story.txt'), 'The goverment said so.\n')
    const result = await run(['--diff', 'story.txt'], outside)
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'copydesk: Cannot use `--diff` outside a git repository, expected drafts in a git working tree\n'
    })
  })
})

describe('parseUnifiedDiff', () => {
  it('reads added and changed lines per file, not lines that look like headers', () => {
    const diff = [
      'diff --git a/a.txt b/a.txt',
      '--- a/a.txt',
      '+++ b/a.txt',
      '@@ -2 +2,2 @@',
      '-old',
      '+++ new line that starts with two pluses',
      '+second',
      '@@ -9,2 +10,0 @@',
      '-gone',
      '-gone too',
      'diff --git a/gone.txt b/gone.txt',
      '--- a/gone.txt',
      '+++ /dev/null',
      '@@ -1 +0,0 @@',
      '-x',
      'diff --git "a/caf\\303\\251.txt" "b/caf\\303\\251.txt"',
      '--- "a/caf\\303\\251.txt"',
      '+++ "b/caf\\303\\251.txt"',
      '@@ -0,0 +1 @@',
      '+new',
      ''
    ].join('\n')
    expect(parseUnifiedDiff(diff)).toEqual(
      new Map([
        ['a.txt', new Set([2, 3])],
        ['café.txt', new Set([1])]
      ])
    )
  })
})
