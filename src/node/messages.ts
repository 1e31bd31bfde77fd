/** Messages cross a worker boundary as plain objects and are rebuilt on the file. */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {holdAsError, isError} from '../core/severity.js'

export interface PlainMessage {
  readonly reason: string
  readonly place: VFileMessage['place']
  readonly ruleId: string | undefined
  readonly source: string | undefined
  readonly url: string | undefined
  readonly actual: string | undefined
  readonly expected: string[] | undefined
  readonly note: string | undefined
  readonly fatal: boolean | null | undefined
  readonly cause: string | undefined
  /** The first `expected` may be applied by `--fix` (see `Finding.safe`). */
  readonly fixSafe?: boolean
}

export function toPlain(message: VFileMessage): PlainMessage {
  const cause = (message as {cause?: unknown}).cause
  return {
    reason: message.reason,
    place: message.place,
    ruleId: message.ruleId,
    source: message.source,
    url: message.url,
    actual: message.actual,
    expected: message.expected,
    note: message.note,
    fatal: isError(message) ? true : message.fatal,
    cause: typeof cause === 'string' ? cause : undefined,
    ...((message as {fixSafe?: boolean}).fixSafe ? {fixSafe: true} : {})
  }
}

/**
 * Rebuild a message on `file`, which is still in the pipeline: an error is
 * held as non-fatal until the run settles it (see `core/severity.ts`).
 */
export function restore(file: VFile, plain: PlainMessage): void {
  const message = file.message(plain.reason, {place: plain.place ?? undefined, ruleId: plain.ruleId, source: plain.source})
  if (plain.fatal === true) holdAsError(message)
  else message.fatal = plain.fatal
  if (plain.url !== undefined) message.url = plain.url
  if (plain.actual !== undefined) message.actual = plain.actual
  if (plain.expected !== undefined) message.expected = plain.expected
  if (plain.note !== undefined) message.note = plain.note
  if (plain.cause !== undefined) (message as {cause?: unknown}).cause = plain.cause
  if (plain.fixSafe) (message as {fixSafe?: boolean}).fixSafe = true
}
