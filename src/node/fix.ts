/**
 * `--fix` and `--fix-dry-run`: apply the fixes of rules marked `safe` to the
 * drafts the engine checked.
 *
 * * Pure part: `safeEdits` picks the findings whose fix is safe (each one's
 *   first `expected` over exactly its `place`), `applyEdits` applies them to
 *   a text, skipping an edit that overlaps one already applied (the next run
 *   picks it up), and `diffText` prints a unified diff.
 * * I/O part: `writeFixed` refuses a read-only draft and a draft that
 *   changed on disk since it was checked; otherwise `writeAtomic` writes
 *   through a temporary file in the same folder and a rename, keeping the
 *   file's mode, and a draft with more than one hard link is written in
 *   place instead (`writeInPlace`), so every name keeps seeing the one
 *   file. `fixFiles` runs it all over the files of one run and leaves on
 *   each file the findings that remain; SIGINT or SIGTERM while it writes
 *   stops it after the draft in hand (no temporary file is left), and
 *   temporary files an earlier run left behind (SIGKILL, a power cut) are
 *   swept from a folder the next time `--fix` writes there.
 *
 * Only the spans of safe findings change, so line endings (CRLF) and a BOM
 * stay as they were: offsets are UTF-16 offsets into the text that was
 * checked, which is the file's own without its BOM, and the BOM is written
 * back in front.
 */
import {randomBytes} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import {createTwoFilesPatch, FILE_HEADERS_ONLY} from 'diff'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {formatOfPath} from '../core/format.js'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {isSafeFix, source} from '../core/define-rule.js'
import {bomOf} from './read-draft.js'

/** One replacement: `text` for the UTF-16 range `start`–`end` of the original text. */
export interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
  /** The finding the edit comes from. */
  readonly message?: VFileMessage | undefined
}

interface Offsets {
  readonly start: number
  readonly end: number
}

/** The exact range of a message, when it has one. */
function offsetsOf(message: VFileMessage): Offsets | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const start = place.start.offset
  const end = place.end.offset
  if (typeof start !== 'number' || typeof end !== 'number' || start > end) return undefined
  return {start, end}
}

/** A message placed at a point (other retext plugins), as an empty range. */
function pointOffsets(message: VFileMessage): Offsets | undefined {
  const place = message.place
  if (!place || 'start' in place || typeof place.offset !== 'number') return undefined
  return {start: place.offset, end: place.offset}
}

/** Whether an offset falls inside a CRLF pair or a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false
  const before = text.charCodeAt(offset - 1)
  const after = text.charCodeAt(offset)
  if (before === 13 && after === 10) return true
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/**
 * The edits of copydesk's safe findings in `messages`, in document order.
 * A finding whose range is missing, out of the text, splits a CRLF or a
 * surrogate pair, or no longer holds its `actual` text gives no edit.
 */
export function safeEdits(text: string, messages: ReadonlyArray<VFileMessage>): Edit[] {
  const edits: Edit[] = []
  for (const message of messages) {
    if (!isSafeFix(message, rules)) continue
    const replacement = message.expected?.[0]
    if (typeof replacement !== 'string') continue
    const range = offsetsOf(message)
    if (!range || range.end > text.length) continue
    if (splitsPair(text, range.start) || splitsPair(text, range.end)) continue
    if (typeof message.actual === 'string' && text.slice(range.start, range.end) !== message.actual) continue
    if (text.slice(range.start, range.end) === replacement) continue
    edits.push({start: range.start, end: range.end, text: replacement, message})
  }
  return sortEdits(edits)
}

/** By start, then end; stable, so equal ranges keep their order. */
function sortEdits(edits: ReadonlyArray<Edit>): Edit[] {
  return [...edits].sort((a, b) => a.start - b.start || a.end - b.end)
}

export interface Applied {
  /** The text with the applied edits. */
  readonly text: string
  /** Edits applied, in document order. */
  readonly applied: ReadonlyArray<Edit>
  /** Edits skipped because they overlap an applied one. */
  readonly skipped: ReadonlyArray<Edit>
}

/**
 * Apply edits to a text. Edits are taken in document order; one that
 * overlaps an edit already taken is skipped, and so is a second insertion at
 * the same point (their order would be a guess). Edits that only touch
 * (`[3, 7)` and `[7, 11)`) are both applied. Nothing outside the edits'
 * ranges changes.
 */
export function applyEdits(text: string, edits: ReadonlyArray<Edit>): Applied {
  const applied: Edit[] = []
  const skipped: Edit[] = []
  let result = ''
  let last = 0
  let lastInsertion = -1
  for (const edit of sortEdits(edits)) {
    const insertion = edit.start === edit.end
    if (edit.start < last || edit.end > text.length || (insertion && edit.start === lastInsertion)) {
      skipped.push(edit)
      continue
    }
    result += text.slice(last, edit.start) + edit.text
    last = edit.end
    lastInsertion = insertion ? edit.start : -1
    applied.push(edit)
  }
  return {text: result + text.slice(last), applied, skipped}
}

/**
 * Where an offset of the original text is after `applied` edits. A start
 * inside an edit moves to the start of its replacement, an end to its end;
 * at an insertion point a start moves past the inserted text, an end does not.
 */
export function mapOffset(offset: number, applied: ReadonlyArray<Edit>, side: 'start' | 'end'): number {
  let delta = 0
  for (const edit of applied) {
    const insertion = edit.start === edit.end
    if (edit.end < offset || (edit.end === offset && !(insertion && side === 'end'))) {
      delta += edit.text.length - (edit.end - edit.start)
    } else if (edit.start < offset) {
      return edit.start + delta + (side === 'start' ? 0 : edit.text.length)
    } else {
      break
    }
  }
  return offset + delta
}

/** A unified diff of a draft before and after its fixes; `''` when nothing changed. */
export function diffText(name: string, before: string, after: string): string {
  if (before === after) return ''
  const label = name.split(path.sep).join('/')
  return createTwoFilesPatch('a/' + label, 'b/' + label, before, after, undefined, undefined, {
    context: 3,
    headerOptions: FILE_HEADERS_ONLY
  })
}

/** The file changed on disk after copydesk read it. */
export class FixConflictError extends Error {
  constructor(filePath: string) {
    super(`Cannot write fixes to \`${filePath}\`: the draft changed since it was read`)
    this.name = 'FixConflictError'
  }
}

/** The draft's mode does not let the person running copydesk write it. */
export class ReadOnlyError extends Error {
  constructor(filePath: string) {
    super(`Cannot write fixes to \`${filePath}\`: the draft is read-only`)
    this.name = 'ReadOnlyError'
  }
}

export interface WriteHooks {
  /** Called after the fixed text is ready, right before the last check and the write (tests). */
  readonly beforeRename?: (() => void) | undefined
}

/** Who this process is, for permission checks. */
export interface ProcessIds {
  readonly uid: number
  readonly gid: number
  readonly groups: ReadonlyArray<number>
}

function processIds(): ProcessIds | undefined {
  if (typeof process.getuid !== 'function' || typeof process.getgid !== 'function') return undefined
  return {uid: process.getuid(), gid: process.getgid(), groups: process.getgroups?.() ?? []}
}

/**
 * Whether the draft's mode lets this process change it. Asking the system
 * is no answer here: the rewrite goes through a temporary file and a
 * rename, which needs write permission on the folder only, so the draft's
 * own mode is never checked; and root passes every permission check
 * (`access(W_OK)` says yes even for mode 0444). So the mode bits are read
 * as the kernel reads them for an in-place write: the owner's bits for the
 * owner, the group's for a member, the others' for the rest. For root, a
 * draft that no one may write (no write bit at all) was marked read-only on
 * purpose and is left alone as well.
 */
export function isWritable(stats: Pick<fs.Stats, 'mode' | 'uid' | 'gid'>, ids: ProcessIds | undefined = processIds()): boolean {
  if (!ids) return true
  if (ids.uid === 0) return (stats.mode & 0o222) !== 0
  if (ids.uid === stats.uid) return (stats.mode & 0o200) !== 0
  if (ids.gid === stats.gid || ids.groups.includes(stats.gid)) return (stats.mode & 0o020) !== 0
  return (stats.mode & 0o002) !== 0
}

/** Temporary files being written now, removed if the run is interrupted. */
const liveTemporaries = new Set<string>()

/** Hidden temporary files `writeAtomic` makes: `.<name>.copydesk-<12 hex>.tmp`. */
const temporaryName = /^\..+\.copydesk-[\da-f]{12}\.tmp$/

/**
 * Remove copydesk's temporary files in `folder` last changed before
 * `before` (ms since the epoch): left by a run that was killed while it
 * wrote. Returns their paths.
 */
export function sweepTemporaries(folder: string, before: number): string[] {
  const swept: string[] = []
  let names: string[]
  try {
    names = fs.readdirSync(folder)
  } catch {
    return swept
  }
  for (const name of names) {
    if (!temporaryName.test(name)) continue
    const filePath = path.join(folder, name)
    try {
      const stats = fs.lstatSync(filePath)
      if (!stats.isFile() || stats.mtimeMs >= before) continue
      fs.rmSync(filePath, {force: true})
      swept.push(filePath)
    } catch {
      // Gone already, or not ours to remove.
    }
  }
  return swept
}

/**
 * Write `next` over `filePath` atomically, but only if the file still holds
 * `snapshot` (the text that was checked), compared byte for byte right before
 * the rename. A temporary file in the same folder gets the file's mode and
 * then replaces it; on any failure the file is untouched and the temporary
 * file is removed. A symbolic link is followed, so the draft it points to is
 * written and the link stays.
 */
export function writeAtomic(filePath: string, snapshot: string, next: string, hooks: WriteHooks = {}): void {
  const target = fs.realpathSync(filePath)
  const expected = Buffer.from(snapshot, 'utf8')
  const unchanged = () => fs.readFileSync(target).equals(expected)
  if (!unchanged()) throw new FixConflictError(filePath)
  const stat = fs.statSync(target)
  const mode = stat.mode & 0o7777
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.copydesk-${randomBytes(6).toString('hex')}.tmp`)
  let renamed = false
  try {
    const handle = fs.openSync(temp, 'wx', mode)
    liveTemporaries.add(temp)
    try {
      fs.writeFileSync(handle, next, 'utf8')
      // The mode given to `open` passes through the umask; set it exactly.
      fs.fchmodSync(handle, mode)
      if (typeof process.getuid === 'function' && process.getuid() === 0) {
        try {
          fs.fchownSync(handle, stat.uid, stat.gid)
        } catch {
          // Ownership is kept where the file system allows it.
        }
      }
      fs.fsyncSync(handle)
    } finally {
      fs.closeSync(handle)
    }
    hooks.beforeRename?.()
    if (!unchanged()) throw new FixConflictError(filePath)
    fs.renameSync(temp, target)
    renamed = true
  } finally {
    if (!renamed) fs.rmSync(temp, {force: true})
    liveTemporaries.delete(temp)
  }
}

/**
 * Write `next` into the file at `filePath` itself (truncate and write),
 * after the same check that it still holds `snapshot`, made through the
 * same descriptor. For drafts with more than one hard link: a rename would
 * give this name a new file and leave the other names with the old text,
 * so the file is changed in place, as an editor saves it. The write is not
 * atomic; the check right before it keeps the window to one `write`.
 */
export function writeInPlace(filePath: string, snapshot: string, next: string, hooks: WriteHooks = {}): void {
  const handle = fs.openSync(filePath, 'r+')
  try {
    hooks.beforeRename?.()
    if (!fs.readFileSync(handle).equals(Buffer.from(snapshot, 'utf8'))) throw new FixConflictError(filePath)
    const bytes = Buffer.from(next, 'utf8')
    let written = 0
    while (written < bytes.length) written += fs.writeSync(handle, bytes, written, bytes.length - written, written)
    fs.ftruncateSync(handle, bytes.length)
    fs.fsyncSync(handle)
  } finally {
    fs.closeSync(handle)
  }
}

/**
 * Write a fixed draft: refused when its mode makes it read-only
 * (`ReadOnlyError`) or it changed since it was read (`FixConflictError`);
 * in place for a draft with several hard links, atomically otherwise.
 */
export function writeFixed(filePath: string, snapshot: string, next: string, hooks: WriteHooks = {}): void {
  const stats = fs.statSync(filePath)
  if (!isWritable(stats)) throw new ReadOnlyError(filePath)
  if (stats.nlink > 1) writeInPlace(filePath, snapshot, next, hooks)
  else writeAtomic(filePath, snapshot, next, hooks)
}

/**
 * While drafts are written: SIGINT and SIGTERM let the draft in hand finish
 * (each write is one synchronous step, so its temporary file is renamed or
 * removed), stop the run, remove any temporary file still there, and end
 * the process with the same signal, so its exit status says what happened.
 * The handlers are installed only for the writing.
 */
function guardSignals(): {readonly interrupted: () => boolean; readonly pause: () => Promise<void>; readonly release: () => void} {
  let received: NodeJS.Signals | undefined
  const onSignal = (signal: NodeJS.Signals) => {
    received ??= signal
    for (const temp of liveTemporaries) fs.rmSync(temp, {force: true})
  }
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM']
  for (const signal of signals) process.on(signal, onSignal)
  return {
    interrupted: () => received !== undefined,
    // A turn of the event loop, so a signal that came in is handled before the next draft.
    pause: () => new Promise((resolve) => setImmediate(resolve)),
    release() {
      for (const signal of signals) process.off(signal, onSignal)
      if (received) process.kill(process.pid, received)
    }
  }
}

export type FixMode = 'write' | 'dry-run' | 'stdout'

export interface FixOptions {
  /**
   * `write`: write each fixed draft in place; `dry-run`: write nothing and
   * return a unified diff; `stdout`: return the fixed text (stdin input).
   */
  readonly mode: FixMode
  /** Folder that diff labels are relative to. */
  readonly cwd: string
  readonly hooks?: WriteHooks | undefined
}

/** Whether a file could not be read or checked (binary, empty, missing…). */
function hasInputProblem(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true && message.ruleId === 'input')
}

/** Put a message at a new range of `text`. */
function place(message: VFileMessage, lines: ReturnType<typeof location>, text: string, start: number, end: number): void {
  const point = (offset: number) => {
    const found = lines.toPoint(offset)
    if (found) return {line: found.line, column: found.column, offset}
    const last = text.length > 0 ? lines.toPoint(text.length - 1) : undefined
    return last ? {line: last.line, column: last.column + 1, offset} : {line: 1, column: 1, offset}
  }
  const from = point(start)
  message.line = from.line
  message.column = from.column
  if (message.place && !('start' in message.place)) {
    message.place = from
    message.name = `${from.line}:${from.column}`
    return
  }
  const to = point(end)
  message.place = {start: from, end: to}
  message.name = `${from.line}:${from.column}-${to.line}:${to.column}`
}

/**
 * Fix the safe findings of each checked file. Applied findings leave the
 * file's messages; in `write` and `stdout` mode the rest move to their place
 * in the fixed text (in `dry-run` the draft on disk is unchanged, so they
 * stay). A draft that cannot be written gets a one-line `input` finding and
 * keeps all its findings. Returns what goes to stdout: the diff (`dry-run`)
 * or the fixed text (`stdout`).
 */
export async function fixFiles(files: ReadonlyArray<VFile>, options: FixOptions): Promise<string> {
  const guard = options.mode === 'write' ? guardSignals() : undefined
  try {
    return await fixEach(files, options, guard)
  } finally {
    guard?.release()
  }
}

async function fixEach(files: ReadonlyArray<VFile>, options: FixOptions, guard: ReturnType<typeof guardSignals> | undefined): Promise<string> {
  let output = ''
  const started = performance.timeOrigin
  const swept = new Set<string>()
  /** Files written in this run, by device and inode: two hard links to one file are written once. */
  const written = new Map<string, string>()
  for (const file of files) {
    if (guard?.interrupted()) break
    // unified-engine reads drafts as UTF-8 text; anything else was not checked as text.
    if (typeof file.value !== 'string' || hasInputProblem(file)) continue
    const before = file.value
    const {text: after, applied} = applyEdits(before, safeEdits(before, file.messages))
    // A Word draft was checked as its text; writing that text back would lose the document.
    if (formatOfPath(file.path ?? '') === 'docx') {
      if (applied.length === 0) continue
      const message = file.message('Cannot write fixes to a Word draft, expected a text, Markdown, MDX or HTML draft: make the changes in Word; nothing was written', {ruleId: 'input', source})
      message.fatal = true
      continue
    }
    const bom = bomOf(file)
    const name = file.path ? path.relative(options.cwd, path.resolve(file.cwd, file.path)) || file.path : '<stdin>'

    if (options.mode === 'dry-run') {
      output += diffText(name, before, after)
    } else if (options.mode === 'stdout') {
      output += bom + after
    } else if (applied.length > 0) {
      if (!file.path) continue
      const filePath = path.resolve(file.cwd, file.path)
      try {
        const folder = path.dirname(fs.realpathSync(filePath))
        if (!swept.has(folder)) {
          swept.add(folder)
          sweepTemporaries(folder, started)
        }
        const stats = fs.statSync(filePath)
        const identity = `${stats.dev}:${stats.ino}`
        // Another name of a file already fixed from the same text: the file holds the fix now.
        if (written.get(identity) !== bom + before) {
          writeFixed(filePath, bom + before, bom + after, options.hooks)
          written.set(identity, bom + before)
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        const reason =
          error instanceof FixConflictError
            ? 'Cannot write fixes: the draft changed since it was read, expected it unchanged until copydesk is done; nothing was written'
            : error instanceof ReadOnlyError
              ? 'Cannot write fixes: the draft is read-only, expected write permission; nothing was written'
              : `Cannot write fixes: ${code ?? (error as Error).message}, expected a writable draft; nothing was written`
        const message = file.message(reason, {ruleId: 'input', source})
        message.fatal = true
        continue
      }
      // Let a signal that came in during the write stop the run before the next draft.
      await guard?.pause()
    }

    if (applied.length === 0) continue
    const done = new Set(applied.map((edit) => edit.message))
    const remaining = file.messages.filter((message) => !done.has(message))
    file.messages.length = 0
    file.messages.push(...remaining)
    if (options.mode === 'dry-run') continue
    file.value = after
    const lines = location(after)
    for (const message of remaining) {
      const range = offsetsOf(message) ?? pointOffsets(message)
      if (!range) continue
      place(message, lines, after, mapOffset(range.start, applied, 'start'), mapOffset(range.end, applied, 'end'))
    }
  }
  return output
}
