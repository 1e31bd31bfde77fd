/**
 * Error-level findings are held as non-fatal while a draft is inside a
 * unified pipeline, and made fatal once the draft (or, under unified-engine,
 * every draft of the run) is done.
 *
 * Why: unified-engine's file queue takes a draft with a fatal message for a
 * draft that failed to read or parse, and flushes the run without waiting
 * for it. A finding made fatal while its draft is still being checked lets
 * the queue flush early and then wait forever for a draft it already
 * flushed: the run ends with no report and exit code 0. Holding the level
 * aside keeps every draft in the queue until all are checked.
 */
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'

const heldErrors = new WeakSet<VFileMessage>()

/** Mark `message` as an error that becomes fatal when its draft is settled. */
export function holdAsError(message: VFileMessage): void {
  message.fatal = false
  heldErrors.add(message)
}

/** Whether `message` is an error-level finding, settled or not. */
export function isError(message: VFileMessage): boolean {
  return message.fatal === true || heldErrors.has(message)
}

/** Make the held errors of `file` fatal: call when nothing else will run on it. */
export function settleSeverity(file: VFile): void {
  for (const message of file.messages) {
    if (heldErrors.has(message)) {
      message.fatal = true
      heldErrors.delete(message)
    }
  }
}

/** A unified-engine file-set completer: settles every draft once all of them are checked. */
export function settleAllSeverities(set: {valueOf(): ReadonlyArray<VFile>}): undefined {
  for (const file of set.valueOf()) settleSeverity(file)
  return undefined
}
settleAllSeverities.pluginId = 'copydesk:settle-severity'

/** What unified-engine hands an attacher as its second argument. */
export interface FileSetLike {
  use(completer: (set: {valueOf(): ReadonlyArray<VFile>}) => undefined): unknown
}

/** Register the completer on a unified-engine file set, once per run. */
export function settleWhenRunEnds(fileSet: unknown): void {
  if (fileSet && typeof (fileSet as FileSetLike).use === 'function') (fileSet as FileSetLike).use(settleAllSeverities)
}
