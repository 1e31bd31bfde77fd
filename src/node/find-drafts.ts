/**
 * Which files a run checks: the drafts, folders and globs given, expanded
 * the way unified-engine's finder does (folders searched for the draft
 * extensions, `node_modules` skipped below a given folder, `.retextignore`
 * honoured, globs by `glob`), with three differences that make a folder of
 * untrusted files safe to check:
 *
 * * nothing is opened while searching: FIFOs, sockets and devices are found
 *   by their type and refused as "not a regular file" (opening a FIFO
 *   blocks, and a device such as `/dev/zero` never ends);
 * * each draft is checked once, by its real path: a symbolic link and its
 *   target, or a link loop, give one draft (named without the link when
 *   possible), and `--fix` never writes one file twice;
 * * a draft named on the command line that an ignore file skips is reported
 *   as skipped, naming the ignore file, instead of vanishing.
 *
 * The engine is then given the drafts' text (see `read-draft.ts`), so it
 * neither searches nor reads.
 */
import fs from 'node:fs'
import path from 'node:path'
import {glob, hasMagic} from 'glob'
import ignoreModule, {type Ignore as IgnoreSet} from 'ignore'
import {findUp} from './find-up.js'
import {notRegularReason, reasons, readProblem, specialKind} from './read-draft.js'

// `ignore` is CommonJS: the default import is `module.exports`, the factory, which is also its own `default`.
const createIgnore = (ignoreModule as unknown as {default: () => IgnoreSet}).default

export interface FindOptions {
  /** Folder relative paths and globs start from. */
  readonly cwd: string
  /** Extensions (without the dot) of drafts in folders. */
  readonly extensions: ReadonlyArray<string>
  /** Look for ignore files named `ignoreName` from each draft upwards. */
  readonly detectIgnore: boolean
  readonly ignoreName: string
  /** One ignore file for every draft (`--ignore-path`), relative to `cwd`. */
  readonly ignorePath?: string | undefined
}

/** A file to check, or one that cannot be (missing, not a regular file). */
export interface FoundDraft {
  /** Absolute path, as named or found (it may go through a symbolic link). */
  readonly path: string
  /** Absolute real path; `undefined` when there is no file. */
  readonly realPath: string | undefined
  /** Why it cannot be checked, found without opening it. */
  readonly problem?: string | undefined
}

/** A path named on the command line that an ignore file skips. */
export interface IgnoredDraft {
  readonly path: string
  readonly ignoreFile: string
  /** The pattern that skips it (the last that matches, as `git check-ignore -v` tells). */
  readonly pattern: string | undefined
}

export interface Found {
  /** Sorted by path. */
  readonly drafts: FoundDraft[]
  readonly ignored: IgnoredDraft[]
}

/** An ignore file that cannot be read (`--ignore-path` to a missing file). */
export class IgnoreFileError extends Error {}

interface IgnoreFile {
  readonly filePath: string
  /** Paths are matched relative to this folder. */
  readonly base: string
  readonly set: IgnoreSet
}

/** The nearest ignore file of each folder, looked up once, as unified-engine's `Ignore` does. */
class Ignores {
  private readonly byFolder = new Map<string, IgnoreFile | undefined>()
  private readonly given: IgnoreFile | undefined

  constructor(private readonly options: FindOptions) {
    if (options.ignorePath !== undefined) {
      const filePath = path.resolve(options.cwd, options.ignorePath)
      let text: string
      try {
        text = fs.readFileSync(filePath, 'utf8')
      } catch (error) {
        throw new IgnoreFileError(
          `Cannot read ignore file \`${options.ignorePath}\`: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}, expected a readable file`
        )
      }
      this.given = {filePath, base: path.dirname(filePath), set: createIgnore().add(text)}
    }
  }

  private nearest(folder: string): IgnoreFile | undefined {
    return findUp(folder, (each) => this.here(each), this.byFolder)
  }

  /** The ignore file in `folder` itself, if it has one that can be read. */
  private here(folder: string): IgnoreFile | undefined {
    const candidate = path.join(folder, this.options.ignoreName)
    try {
      return {filePath: candidate, base: folder, set: createIgnore().add(fs.readFileSync(candidate, 'utf8'))}
    } catch {
      return undefined
    }
  }

  /** The ignore file that skips `filePath` and the pattern in it, if one does. */
  match(filePath: string): {readonly file: IgnoreFile; readonly pattern: string | undefined} | undefined {
    const file = this.given ?? (this.options.detectIgnore ? this.nearest(path.dirname(filePath)) : undefined)
    if (!file) return undefined
    const relative = path.relative(file.base, filePath)
    if (relative === '' || relative === '..' || relative.startsWith('..' + path.sep) || path.isAbsolute(relative)) return undefined
    const result = file.set.test(relative)
    return result.ignored ? {file, pattern: result.rule?.pattern} : undefined
  }
}

interface Candidate extends FoundDraft {
  /** Reached through a symbolic link (the file itself or a folder on the way). */
  readonly viaLink: boolean
}

/** Whether `left` is the better name for a draft found twice. */
function preferred(left: Candidate, right: Candidate): boolean {
  if (left.viaLink !== right.viaLink) return !left.viaLink
  if (left.path.length !== right.path.length) return left.path.length < right.path.length
  return left.path < right.path
}

/** Find the drafts for `inputs` (paths, folders and globs). Throws `IgnoreFileError`. */
export async function findDrafts(inputs: ReadonlyArray<string>, options: FindOptions): Promise<Found> {
  const ignores = new Ignores(options)
  const extensions = new Set(options.extensions.map((extension) => '.' + extension))
  const byRealPath = new Map<string, Candidate>()
  const problems = new Map<string, Candidate>()
  const ignored: IgnoredDraft[] = []

  const add = (candidate: Candidate) => {
    if (candidate.realPath === undefined || candidate.problem !== undefined) {
      problems.set(candidate.path, candidate)
      return
    }
    const known = byRealPath.get(candidate.realPath)
    if (!known || preferred(candidate, known)) byRealPath.set(candidate.realPath, candidate)
  }

  /**
   * Look at one path. `named`: typed on the command line (not a glob match
   * or a folder entry). `chain`: real paths of the folders above, to stop
   * at link loops. `entry`: its folder entry, when found in a folder.
   */
  const visit = (filePath: string, named: boolean, nested: boolean, chain: ReadonlyArray<string>, viaLink: boolean, entry?: fs.Dirent) => {
    const name = path.basename(filePath)
    if (nested && name === 'node_modules') return
    const skippedBy = ignores.match(filePath)
    if (skippedBy) {
      if (named) ignored.push({path: filePath, ignoreFile: skippedBy.file.filePath, pattern: skippedBy.pattern})
      return
    }
    const inFolder = (extension: string) => !nested || extensions.has(extension)

    let stats: fs.Stats | undefined
    let link = entry ? entry.isSymbolicLink() : false
    let isFolder = entry?.isDirectory() ?? false
    let isFile = entry?.isFile() ?? false
    if (!entry || link || (!isFolder && !isFile)) {
      try {
        const own = fs.lstatSync(filePath)
        link = own.isSymbolicLink()
        stats = link ? fs.statSync(filePath) : own
      } catch (error) {
        if (inFolder(path.extname(name))) add({path: filePath, realPath: undefined, problem: readProblem(error), viaLink})
        return
      }
      isFolder = stats.isDirectory()
      isFile = stats.isFile()
    }
    // Real paths: a plain entry of a folder whose real path is known needs no system call.
    const parentReal = chain.at(-1)
    const realPath = () => (!link && nested && parentReal !== undefined ? path.join(parentReal, name) : fs.realpathSync.native(filePath))

    if (isFolder) {
      let real: string
      let entries: fs.Dirent[]
      try {
        real = realPath()
        // A folder that contains itself through a link is searched once.
        if (chain.includes(real)) return
        entries = fs.readdirSync(filePath, {withFileTypes: true})
      } catch (error) {
        add({path: filePath, realPath: undefined, problem: `Cannot read folder: ${(error as NodeJS.ErrnoException).code ?? 'unreadable'}`, viaLink})
        return
      }
      for (const child of entries) visit(path.join(filePath, child.name), false, true, [...chain, real], viaLink || link, child)
      return
    }
    if (!inFolder(path.extname(name))) return
    const kind = stats ? specialKind(stats) : undefined
    if (!isFile) {
      add({path: filePath, realPath: undefined, problem: kind ? notRegularReason(kind) : reasons.missing, viaLink})
      return
    }
    try {
      add({path: filePath, realPath: realPath(), viaLink: viaLink || link})
    } catch (error) {
      add({path: filePath, realPath: undefined, problem: readProblem(error), viaLink})
    }
  }

  for (const input of inputs) {
    if (hasMagic(input)) {
      const matches = await glob(input, {cwd: options.cwd})
      for (const match of matches.sort()) visit(path.resolve(options.cwd, match), false, false, [], false)
    } else {
      visit(path.resolve(options.cwd, input), true, false, [], false)
    }
  }

  const drafts: FoundDraft[] = [...byRealPath.values(), ...problems.values()]
    .map(({path: filePath, realPath, problem}) => ({path: filePath, realPath, ...(problem === undefined ? {} : {problem})}))
    .sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0))
  return {drafts, ignored}
}
