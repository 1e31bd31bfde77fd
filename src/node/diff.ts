/**
 * Changed-lines mode (`--diff`): which lines changed since a revision, read
 * from `git diff --unified=0 <rev>` (the working tree against `<rev>`) plus
 * untracked files, which count as changed throughout. Drafts are still
 * checked whole, since quotes and names need the whole story; only the
 * findings are narrowed to changed lines.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'

/** A problem that stops a `--diff` run; the message is one line for the user. */
export class DiffError extends Error {}

/** Real absolute path → changed line numbers (1-based), or `true` for a file changed throughout. */
export type Changes = Map<string, ReadonlySet<number> | true>

/** Tried in order for the default base: the merge base of HEAD and the first that exists. */
export const defaultBranches = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master']

/** The environment git runs in: the caller's (a warm server passes its client's), by default this process's. */
type Environment = Readonly<Record<string, string | undefined>>

function git(cwd: string, args: ReadonlyArray<string>, env: Environment = process.env): {ok: boolean; stdout: string} {
  const result = spawnSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1024 * 1024 * 1024,
    env: {...env, GIT_OPTIONAL_LOCKS: '0'}
  })
  if (result.error) {
    throw new DiffError(`Cannot run \`git\` for \`--diff\`, expected git on the PATH (${(result.error as NodeJS.ErrnoException).code ?? result.error.message})`)
  }
  return {ok: result.status === 0, stdout: result.stdout}
}

/** The merge base of HEAD with the default branch. */
export function defaultBase(cwd: string, env?: Environment): string {
  for (const branch of defaultBranches) {
    const result = git(cwd, ['merge-base', 'HEAD', branch], env)
    if (result.ok && result.stdout.trim()) return result.stdout.trim()
  }
  throw new DiffError(
    `Cannot find a base for \`--diff\`: no merge base of HEAD with ${defaultBranches.map((b) => '`' + b + '`').join(', ')}, expected \`--diff=<rev>\``
  )
}

export interface ChangeSet {
  /** The commit compared against. */
  readonly base: string
  readonly changes: Changes
}

/** Lines changed in the working tree since `rev` (default: the merge base with the default branch). */
export function changedLines(cwd: string, rev?: string, env?: Environment): ChangeSet {
  const top = git(cwd, ['rev-parse', '--show-toplevel'], env)
  if (!top.ok) throw new DiffError('Cannot use `--diff` outside a git repository, expected drafts in a git working tree')
  const topLevel = realPath(top.stdout.trim())
  const base = rev || defaultBase(cwd, env)
  if (base.startsWith('-') || !git(cwd, ['rev-parse', '--verify', '--quiet', base + '^{commit}'], env).ok) {
    throw new DiffError(`Cannot diff against \`${base}\`: unknown revision, expected a commit, branch or tag`)
  }
  const diff = git(topLevel, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--src-prefix=a/', '--dst-prefix=b/', base, '--'], env)
  if (!diff.ok) throw new DiffError(`Cannot diff against \`${base}\`, expected \`git diff ${base}\` to work here`)
  const changes: Changes = new Map()
  for (const [file, lines] of parseUnifiedDiff(diff.stdout)) changes.set(path.join(topLevel, file), lines)
  const untracked = git(topLevel, ['ls-files', '--others', '--exclude-standard', '-z'], env)
  for (const file of untracked.stdout.split('\0')) {
    if (file) changes.set(path.join(topLevel, file), true)
  }
  return {base, changes}
}

/**
 * Parse `git diff --unified=0` output: new-side path → added or changed line
 * numbers. Hunk line counts are followed, so a draft line that starts with
 * `++` is not taken for a file header.
 */
export function parseUnifiedDiff(text: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>()
  let current: Set<number> | undefined
  let oldLeft = 0
  let newLeft = 0
  for (const line of text.split('\n')) {
    if (oldLeft > 0 || newLeft > 0) {
      if (line.startsWith('+')) newLeft--
      else if (line.startsWith('-')) oldLeft--
      else if (!line.startsWith('\\')) {
        oldLeft--
        newLeft--
      }
      continue
    }
    if (line.startsWith('diff --git ')) {
      current = undefined
    } else if (line.startsWith('+++ ')) {
      const name = unquote(line.slice(4))
      if (name.startsWith('b/')) {
        current = files.get(name.slice(2)) ?? new Set()
        files.set(name.slice(2), current)
      } else {
        current = undefined
      }
    } else {
      const hunk = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/.exec(line)
      if (hunk) {
        oldLeft = hunk[1] === undefined ? 1 : Number(hunk[1])
        const start = Number(hunk[2])
        newLeft = hunk[3] === undefined ? 1 : Number(hunk[3])
        for (let index = 0; index < newLeft; index++) current?.add(start + index)
      }
    }
  }
  return files
}

/** Undo git's C-style quoting of unusual paths (`"b/caf\303\251.txt"`). */
function unquote(name: string): string {
  if (!name.startsWith('"') || !name.endsWith('"')) return name.replace(/\t$/, '')
  const bytes: number[] = []
  const body = name.slice(1, -1)
  const escapes: Record<string, number> = {a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92}
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'))
      continue
    }
    const octal = /^[0-7]{3}/.exec(body.slice(index + 1))
    if (octal) {
      bytes.push(Number.parseInt(octal[0], 8))
      index += 3
    } else {
      const next = body[index + 1] ?? ''
      bytes.push(escapes[next] ?? next.charCodeAt(0))
      index++
    }
  }
  return Buffer.from(bytes).toString('utf8')
}

function realPath(file: string): string {
  try {
    return fs.realpathSync.native(file)
  } catch {
    // A file that does not exist: resolve its folder.
    const folder = path.dirname(file)
    return folder === file ? file : path.join(realPath(folder), path.basename(file))
  }
}

/** The changed lines of one checked file, by its real path; undefined when it has none. */
export function changesFor(file: VFile, changes: Changes): ReadonlySet<number> | true | undefined {
  if (!file.path) return undefined
  return changes.get(realPath(path.resolve(file.cwd, file.path)))
}

/**
 * Keep only findings that touch a changed line. Input problems (a binary or
 * unreadable file) are always kept; a finding with no place is kept when
 * its file changed at all.
 */
export function keepChanged(files: ReadonlyArray<VFile>, changes: Changes): void {
  for (const file of files) {
    const lines = changesFor(file, changes)
    const kept = file.messages.filter((message) => {
      if (message.ruleId === 'input' && message.fatal) return true
      if (lines === undefined) return false
      if (lines === true) return true
      const place = message.place
      if (!place) return lines.size > 0
      const [start, end] = 'start' in place ? [place.start.line, place.end.line] : [place.line, place.line]
      for (let line = start; line <= end; line++) if (lines.has(line)) return true
      return false
    })
    file.messages.splice(0, file.messages.length, ...kept)
  }
}

/** Changed files under `cwd` with one of these extensions that still exist, relative to `cwd`, sorted. */
export function changedDrafts(changes: Changes, cwd: string, extensions: ReadonlyArray<string>): string[] {
  const here = realPath(cwd)
  const pattern = new RegExp(`\\.(${extensions.join('|')})$`, 'i')
  return [...changes.keys()]
    .map((file) => path.relative(here, file))
    .filter((file) => !file.startsWith('..') && !path.isAbsolute(file) && pattern.test(file) && fs.existsSync(path.join(here, file)))
    .sort()
}
