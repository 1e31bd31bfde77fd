/**
 * The copydesk preset as unified-engine loads it: the engine's plugin with
 * lookup data read from disk. Config files name it `copydesk`.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import {copydesk, type CopydeskOptions} from '../engine/copydesk.js'
import {settleWhenRunEnds} from '../engine/severity.js'
import {restore} from './messages.js'
import {canUsePool, sharedPool} from './pool.js'
import {loadResources} from './resources.js'

/** Counts checked drafts, so the CLI can show progress on long runs. */
export const progress = {
  total: 0,
  done: 0,
  onChange: undefined as ((done: number, total: number) => void) | undefined
}

function tick(): void {
  progress.done++
  progress.onChange?.(progress.done, progress.total)
}

export default function copydeskPlugin(options?: CopydeskOptions | null, fileSet?: unknown): Transformer<Root, Root> {
  settleWhenRunEnds(fileSet)
  const check = copydesk(options, loadResources) as (tree: Root, file: VFile) => Promise<void>
  return async function (tree: Root, file: VFile) {
    await check(tree, file)
    tick()
  }
}

/**
 * The same, for runs where copydesk is the only plugin: with many drafts,
 * parsing and checking move to worker threads and this thread only reads
 * files and rebuilds the messages.
 */
export function copydeskPooledPlugin(
  this: {parser?: unknown},
  options?: CopydeskOptions | null,
  fileSet?: {files?: ReadonlyArray<unknown>}
): Transformer<Root, Root> {
  const count = fileSet?.files?.length ?? 1
  progress.total = Math.max(progress.total, count)
  if (!canUsePool(count)) return copydeskPlugin(options, fileSet)
  settleWhenRunEnds(fileSet)
  // Settings are checked here too, so a config problem is found before any worker starts.
  copydesk(options, loadResources)
  const parse = this.parser as (text: string, file: VFile) => Root
  // Keep the cheap input checks (binary, encoding, empty) here; the real parse is the worker's.
  this.parser = function (text: string, file: VFile): Root {
    if (/[\u0000\uFFFD]/.test(text) || text.trim() === '') return parse(text, file)
    return {type: 'RootNode', children: []}
  }
  return async function (_tree: Root, file: VFile) {
    const messages = await sharedPool().check(file.path, String(file.value), options ?? {})
    for (const message of messages) restore(file, message)
    tick()
  }
}
