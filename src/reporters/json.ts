/**
 * JSON report: the array shape of `vfile-reporter-json` (one object per file,
 * `{path, messages}`), written here because that reporter drops `cause` and
 * serialises `ancestors` (whole syntax trees) we do not want in a report.
 *
 * Every message carries every field, so consumers need no existence checks:
 * a field the message does not set is `null` (`fatal: null` is an info
 * notice). `cause` is the one exception and appears only when set.
 */
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {escapeJson} from './escape.js'

export interface JsonOptions {
  /** Leave out files without messages (default: `false`). */
  readonly quiet?: boolean | null | undefined
}

export interface JsonFile {
  /** `file.path` as the engine set it; `null` for a file without a path. */
  readonly path: string | null
  readonly messages: ReadonlyArray<JsonMessage>
}

export interface JsonMessage {
  readonly reason: string
  readonly line: number | null
  readonly column: number | null
  /** A range for findings; a point or `null` for file-level problems. */
  readonly place: Point | Position | null
  readonly ruleId: string | null
  readonly source: string | null
  readonly url: string | null
  readonly actual: string | null
  /** Replacements for exactly `place`, best first; `''` deletes. */
  readonly expected: ReadonlyArray<string> | null
  readonly note: string | null
  /** `true` = error, `false` = warning, `null` = info. */
  readonly fatal: boolean | null
  /** Related place or underlying error, as text; only when set. */
  readonly cause?: string
}

export function reportJson(files: ReadonlyArray<VFile>, options: Readonly<JsonOptions> = {}): string {
  const result: JsonFile[] = []
  for (const file of files) {
    if (options.quiet && file.messages.length === 0) continue
    result.push({path: file.path ?? null, messages: file.messages.map(messageToJson)})
  }
  return escapeJson(JSON.stringify(result)) + '\n'
}

function messageToJson(message: VFileMessage): JsonMessage {
  const cause = causeText(message.cause)
  return {
    reason: message.reason,
    line: message.line ?? null,
    column: message.column ?? null,
    place: message.place ?? null,
    ruleId: message.ruleId ?? null,
    source: message.source ?? null,
    url: message.url ?? null,
    actual: message.actual ?? null,
    expected: message.expected ?? null,
    note: message.note ?? null,
    fatal: message.fatal ?? null,
    ...(cause === undefined ? {} : {cause})
  }
}

/**
 * `cause` as text: rules set a string ("First spelled `x` at 3:5");
 * unified-engine sets an `Error` (for example the `ENOENT` behind "No such
 * file or folder"), which `JSON.stringify` would turn into `{}`.
 */
export function causeText(cause: unknown): string | undefined {
  if (cause === undefined || cause === null) return undefined
  if (typeof cause === 'string') return cause
  // `String(error)` is `Name: message`; for a VFileMessage the name is its place.
  return String(cause)
}
