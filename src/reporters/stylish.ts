/**
 * Human report for a terminal, by vfile-reporter (the one unified tools use).
 */
import type {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'

export interface StylishOptions {
  /** Use ANSI colours (default: `false`; the CLI decides, so this stays pure). */
  readonly color?: boolean | null | undefined
  /** Leave out files without messages (default: `false`). */
  readonly quiet?: boolean | null | undefined
}

export function reportStylish(files: ReadonlyArray<VFile>, options: Readonly<StylishOptions> = {}): string {
  return reporter([...files], {color: options.color ?? false, quiet: options.quiet ?? false})
}
