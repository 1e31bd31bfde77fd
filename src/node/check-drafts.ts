/** Check drafts from their text, one after another, as a worker thread or the main thread does for a folder. */
import {VFile} from 'vfile'
import type {CopydeskOptions} from '../core/copydesk.js'
import {check, createProcessor} from '../core/processor.js'
import {nodePlatform} from './platform.js'
import {toPlain, type PlainMessage} from './messages.js'
import {loadResources} from './resources.js'
import {registry} from '../../rules/index.js'

export interface Draft {
  readonly path: string
  readonly text: string
  readonly options: CopydeskOptions
}

const processors = new Map<string, ReturnType<typeof createProcessor>>()

export async function checkDraft(draft: Draft): Promise<PlainMessage[]> {
  const key = JSON.stringify(draft.options)
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor(draft.options, registry, loadResources, {}, nodePlatform)
    processors.set(key, processor)
  }
  const file = await check(processor, new VFile({path: draft.path, value: draft.text}))
  return file.messages.map(toPlain)
}

/**
 * Drafts checked in this thread one at a time, in the order they come: the
 * engine starts every draft of a folder at once, and parsing them all
 * before checking any held every syntax tree in memory together.
 */
export class SerialChecker {
  private tail: Promise<unknown> = Promise.resolve()

  check(draft: Draft): Promise<PlainMessage[]> {
    const result = this.tail.then(() => checkDraft(draft))
    this.tail = result.catch(() => {})
    return result
  }
}
