/**
 * `wordsFile`: a project's list of accepted words, named in its config.
 * Config may come with untrusted drafts, so the path is held to the
 * project: a regular file in the folder holding the config or below it
 * (checked again after symbolic links are resolved), at most
 * `maxWordsFileBytes`, UTF-8 text. Anything else stops the run with one
 * line naming the config, the `wordsFile` key and what was expected; the
 * file is never opened when it is outside the project or not a regular file
 * (a device such as `/dev/zero` never ends, a FIFO blocks).
 *
 * The language server's "Add word" writes through `appendWord`, which holds
 * the same rules and only appends: the person's lines, comments, blank lines
 * and order stay as they were.
 */
import fs from 'node:fs'
import path from 'node:path'
import {ConfigError} from '../core/settings.js'
import {decodeDraft, specialKind} from './read-draft.js'

/** The settings that name a list file held to the project. */
export type ListKey = 'wordsFile' | 'namesFile'

/** The largest words file read: 5 MB, about half a million words, far more than any house list. */
export const maxWordsFileBytes = 5 * 1024 * 1024

/** `5242880` → `5,242,880 bytes`, without `toLocaleString`, whose first call loads locale data (18-47 ms at start-up, when `bound` is made). */
function byteCount(count: number): string {
  return `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`
}

const bound = `at most ${byteCount(maxWordsFileBytes)} (5 MB)`

/** Whether `target` is `folder` or inside it. */
function inside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target)
  return relative !== '' && relative !== '..' && !relative.startsWith('..' + path.sep) && !path.isAbsolute(relative)
}

export interface WordsFileLocation {
  /** The path as resolved from the config's folder. */
  readonly filePath: string
  /** Whether a file is there (a missing one may be created by "Add word"). */
  readonly exists: boolean
}

/**
 * Resolve `wordsFile` from the folder of the config that names it and hold
 * it to that folder. Throws `ConfigError` (key `wordsFile`).
 */
export function locateWordsFile(wordsFile: string, projectFolder: string, key: ListKey = 'wordsFile'): WordsFileLocation {
  const filePath = path.resolve(projectFolder, wordsFile)
  const expected = `expected a file in \`${projectFolder}\` (the folder holding the config) or below`
  if (!inside(projectFolder, filePath)) throw new ConfigError(key, `got \`${wordsFile}\`, outside the project, ${expected}`)
  const unreadable = (error: unknown) =>
    new ConfigError(key, `cannot read \`${filePath}\` (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`)
  let stats: fs.Stats | undefined
  try {
    stats = fs.statSync(filePath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unreadable(error)
  }
  // Through symbolic links: the file, or for a file to be made the nearest folder above it that exists.
  let existing = filePath
  while (!stats && !fs.existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing)
  let realFolder: string
  let realTarget: string
  try {
    realFolder = fs.realpathSync.native(projectFolder)
    realTarget = fs.realpathSync.native(existing)
  } catch (error) {
    throw unreadable(error)
  }
  if (!(inside(realFolder, realTarget) || (!stats && realTarget === realFolder))) {
    throw new ConfigError(key, `got \`${wordsFile}\`, a link to \`${realTarget}\` outside the project, ${expected}`)
  }
  if (!stats) return {filePath, exists: false}
  if (!stats.isFile()) {
    const kind = specialKind(stats) ?? (stats.isDirectory() ? 'folder' : 'special file')
    throw new ConfigError(key, `got \`${wordsFile}\`, a ${kind}, expected a regular file of words`)
  }
  if (stats.size > maxWordsFileBytes) {
    throw new ConfigError(key, `got \`${wordsFile}\` of ${byteCount(stats.size)}, expected ${bound}`)
  }
  return {filePath, exists: true}
}

/**
 * Read a located words file as text: opened without blocking, checked
 * again through its descriptor, bounded, and decoded as strict UTF-8.
 */
function readText(location: WordsFileLocation, wordsFile: string, key: ListKey = 'wordsFile'): string {
  let handle: number
  try {
    handle = fs.openSync(location.filePath, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY)
  } catch (error) {
    throw new ConfigError(key, `cannot read \`${location.filePath}\` (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`)
  }
  let bytes: Buffer
  try {
    const stats = fs.fstatSync(handle)
    if (!stats.isFile()) throw new ConfigError(key, `got \`${wordsFile}\`, not a regular file, expected a regular file of words`)
    // One byte more than allowed tells a file that grew past the bound since it was looked at.
    const buffer = Buffer.alloc(Math.min(stats.size, maxWordsFileBytes) + 1)
    let length = 0
    for (;;) {
      const read = fs.readSync(handle, buffer, length, buffer.length - length, null)
      if (read === 0) break
      length += read
      if (length === buffer.length) break
    }
    if (length > maxWordsFileBytes) throw new ConfigError(key, `got \`${wordsFile}\` of more than ${byteCount(maxWordsFileBytes)}, expected ${bound}`)
    bytes = buffer.subarray(0, length)
  } catch (error) {
    if (error instanceof ConfigError) throw error
    throw new ConfigError(key, `cannot read \`${location.filePath}\` (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`)
  } finally {
    fs.closeSync(handle)
  }
  const decoded = decodeDraft(bytes)
  if (!decoded.ok) throw new ConfigError(key, `got \`${wordsFile}\`, not UTF-8 text, expected a UTF-8 list of words`)
  return decoded.text
}

/** The words in a words file's text: one a line, `#` starts a comment. */
export function parseWordList(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
}

/** The words of `wordsFile`, named by a config in `projectFolder`. Throws `ConfigError`. */
export function readWordsFile(wordsFile: string, projectFolder: string): string[] {
  return parseWordList(readListFile(wordsFile, projectFolder, 'wordsFile'))
}

/**
 * The text of a list file a config names under `key` (`wordsFile`,
 * `namesFile`), held to the project as `wordsFile` is. Throws `ConfigError`.
 */
export function readListFile(file: string, projectFolder: string, key: ListKey): string {
  const location = locateWordsFile(file, projectFolder, key)
  if (!location.exists) throw new ConfigError(key, `cannot read \`${location.filePath}\` (ENOENT)`)
  return readText(location, file, key)
}

/** A word "Add word" may write: one line, no comment sign, no control characters. */
export function isWritableWord(word: string): boolean {
  // eslint-disable-next-line no-control-regex
  return word.trim() !== '' && word.trim() === word && !/[\u0000-\u001F\u007F-\u009F\u2028\u2029#]/.test(word)
}

export interface AppendResult {
  readonly filePath: string
  /** The word was already on the list: nothing was written. */
  readonly present: boolean
}

/**
 * Append `word` to the words file `wordsFile` of the project in
 * `projectFolder`, creating the file if it is missing. The text before it is
 * kept byte for byte (a missing final line break is added; the file's own
 * line ending is used). Throws `ConfigError`.
 */
export function appendWord(wordsFile: string, projectFolder: string, word: string): AppendResult {
  if (!isWritableWord(word)) throw new ConfigError('wordsFile', `cannot add ${JSON.stringify(word)}, expected one word on one line`)
  const location = locateWordsFile(wordsFile, projectFolder)
  const text = location.exists ? readText(location, wordsFile) : ''
  if (parseWordList(text).includes(word)) return {filePath: location.filePath, present: true}
  const newline = /\r\n/.test(text) ? '\r\n' : '\n'
  const addition = (text === '' || /[\r\n]$/.test(text) ? '' : newline) + word + newline
  try {
    if (!location.exists) fs.mkdirSync(path.dirname(location.filePath), {recursive: true})
    // `wx` for a new file: never through a link or over a file made meanwhile.
    fs.writeFileSync(location.filePath, addition, {flag: location.exists ? 'a' : 'wx'})
  } catch (error) {
    throw new ConfigError('wordsFile', `cannot write \`${location.filePath}\` (${(error as NodeJS.ErrnoException).code ?? 'unwritable'})`)
  }
  return {filePath: location.filePath, present: false}
}
