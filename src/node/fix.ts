/**
 * `--fix` and `--fix-dry-run`: apply the fixes of rules marked `safe` to the
 * drafts the engine checked.
 *
 * * Pure part: `safeEdits` picks the findings whose fix is safe (each one's
 *   first `expected` over exactly its `place`), `applyEdits` applies them to
 *   a text, skipping an edit that overlaps one already applied (the next run
 *   picks it up), and `diffText` prints a unified diff.
 * * I/O part: `writeAtomic` writes through a temporary file in the same
 *   folder and a rename, keeps the file's mode, and refuses when the file on
 *   disk is no longer the text that was checked. `fixFiles` runs it all over
 *   the files of one run and leaves on each file the findings that remain.
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
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {source} from '../engine/define-rule.js'
import {bomOf} from './read-draft.js'

/** One replacement: `text` for the UTF-16 range `start`–`end` of the original text. */
export interface Edit {
  readonly start: number
  readonly end: number
  readonly text: string
  /** The finding the edit comes from. */
  readonly message?: VFileMessage | undefined
}

/** Ids of the rules whose fixes `--fix` may apply without a person choosing. */
export const safeRuleIds: ReadonlySet<string> = new Set(
  rules.filter((rule) => rule.meta.fix === 'safe').map((rule) => rule.meta.id)
)

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
    if (message.source !== source || !message.ruleId) continue
    // Safe rules' fixes, and single findings a rule marks safe (a curly mark's direction).
    if (!safeRuleIds.has(message.ruleId) && (message as {fixSafe?: boolean}).fixSafe !== true) continue
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

export interface WriteHooks {
  /** Called after the temporary file is written, right before the last check and the rename (tests). */
  readonly beforeRename?: (() => void) | undefined
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
export function fixFiles(files: ReadonlyArray<VFile>, options: FixOptions): string {
  let output = ''
  for (const file of files) {
    // unified-engine reads drafts as UTF-8 text; anything else was not checked as text.
    if (typeof file.value !== 'string' || hasInputProblem(file)) continue
    const before = file.value
    const {text: after, applied} = applyEdits(before, safeEdits(before, file.messages))
    const bom = bomOf(file)
    const name = file.path ? path.relative(options.cwd, path.resolve(file.cwd, file.path)) || file.path : '<stdin>'

    if (options.mode === 'dry-run') {
      output += diffText(name, before, after)
    } else if (options.mode === 'stdout') {
      output += bom + after
    } else if (applied.length > 0) {
      if (!file.path) continue
      try {
        writeAtomic(path.resolve(file.cwd, file.path), bom + before, bom + after, options.hooks)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code
        const reason =
          error instanceof FixConflictError
            ? 'Cannot write fixes: the draft changed since it was read, expected it unchanged until copydesk is done; nothing was written'
            : `Cannot write fixes: ${code ?? (error as Error).message}, expected a writable draft; nothing was written`
        const message = file.message(reason, {ruleId: 'input', source})
        message.fatal = true
        continue
      }
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
