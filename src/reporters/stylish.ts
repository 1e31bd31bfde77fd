/**
 * Human report for a terminal, by vfile-reporter (the one unified tools use).
 * Reasons quote the draft, so terminal control characters in them (and in
 * file names) are shown escaped, never sent raw (see `escape.ts`).
 */
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {reporter} from 'vfile-reporter'
import {escapeControl, hasControl} from './escape.js'

export interface StylishOptions {
  /** Use ANSI colours (default: `false`; the CLI decides, so this stays pure). */
  readonly color?: boolean | null | undefined
  /** Leave out files without messages (default: `false`). */
  readonly quiet?: boolean | null | undefined
}

export function reportStylish(files: ReadonlyArray<VFile>, options: Readonly<StylishOptions> = {}): string {
  return reporter(files.map(escapedFile), {color: options.color ?? false, quiet: options.quiet ?? false})
}

/** The fields vfile-reporter prints from a message. */
const printed = ['message', 'reason', 'stack', 'ruleId', 'source', 'note', 'url'] as const

function needsEscape(file: VFile): boolean {
  return (
    file.history.some(hasControl) ||
    file.messages.some(
      (message) =>
        printed.some((key) => typeof message[key] === 'string' && hasControl(message[key])) ||
        (typeof message.cause === 'string' && hasControl(message.cause))
    )
  )
}

/** The file itself when it prints safely, else a copy with its names and messages escaped. */
function escapedFile(file: VFile): VFile {
  if (!needsEscape(file)) return file
  const copy = new VFile({cwd: file.cwd})
  copy.history = file.history.map((name) => escapeControl(name))
  copy.messages = file.messages.map((message) => {
    const clone = Object.assign(Object.create(Object.getPrototypeOf(message) as object) as VFileMessage, message)
    for (const key of printed) {
      const value = message[key]
      if (typeof value === 'string') (clone as unknown as Record<string, string>)[key] = escapeControl(value)
    }
    if (typeof message.cause === 'string') clone.cause = escapeControl(message.cause)
    return clone
  })
  return copy
}
