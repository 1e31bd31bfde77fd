/**
 * The copydesk preset as unified-engine loads it: the engine's plugin with
 * lookup data read from disk. Config files name it `copydesk`; the config
 * transform (config.ts) puts the attacher of the current run in its place.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import {copydesk, type CopydeskOptions} from '../core/copydesk.js'
import {settleWhenRunEnds} from '../core/severity.js'
import {nodePlatform} from './platform.js'
import {restore} from './messages.js'
import {SerialChecker} from './check-drafts.js'
import {maxPooledDraft, RunPool} from './pool.js'
import {loadResources} from './resources.js'
import {holdOldGeneration, releaseOldGeneration, releaseYoungGeneration} from './young-generation.js'
import {registry} from '../../rules/index.js'

/** Counts checked drafts, so the CLI can show progress on long runs. */
export interface Progress {
  total: number
  done: number
  onChange: ((done: number, total: number) => void) | undefined
}

type Attacher = (this: {parser?: unknown}, options?: CopydeskOptions | null, fileSet?: {files?: ReadonlyArray<unknown>}) => Transformer<Root, Root>

/**
 * What one run shares between its drafts and nothing else sees: its
 * progress counts and its worker threads. The CLI makes one per `main()`
 * call, so runs in one process, one after another or at once, stay apart.
 */
export class CheckRun {
  readonly progress: Progress = {total: 0, done: 0, onChange: undefined}
  readonly pool: RunPool
  /** Drafts of a folder checked in this thread, one at a time (see `SerialChecker`). */
  readonly serial = new SerialChecker()
  /** copydesk's plugin for this run: checks each draft in this thread. */
  readonly plugin: Attacher
  /**
   * The same, for runs where copydesk is the only plugin: with several
   * drafts, each is parsed only when its turn comes, in this thread one
   * at a time, or with many drafts in the run's worker threads, and this
   * thread only reads files and rebuilds the messages.
   */
  readonly pooledPlugin: Attacher

  constructor(jobs = 1) {
    this.pool = new RunPool(jobs)
    const run = this
    this.plugin = function (options, fileSet) {
      settleWhenRunEnds(fileSet)
      const check = copydesk(options, registry, loadResources, {}, nodePlatform) as (tree: Root, file: VFile) => Promise<void>
      const folder = (fileSet?.files?.length ?? 1) > 1
      return async function (tree: Root, file: VFile) {
        run.checksHere(folder)
        await check(tree, file)
        run.tick()
      }
    }
    this.pooledPlugin = function (options, fileSet) {
      const count = fileSet?.files?.length ?? 1
      run.progress.total = Math.max(run.progress.total, count)
      if (count === 1) return run.plugin.call(this, options, fileSet)
      const pooled = run.pool.canUse(count)
      settleWhenRunEnds(fileSet)
      // Settings are checked here too, so a config problem is found before any worker starts.
      copydesk(options, registry, loadResources)
      const parse = this.parser as (text: string, file: VFile) => Root
      // Keep the cheap input checks (binary, encoding, empty) here; the real parse is the worker's.
      this.parser = function (text: string, file: VFile): Root {
        if (/[\u0000\uFFFD]/.test(text) || text.trim() === '') return parse(text, file)
        return {type: 'RootNode', children: []}
      }
      return async function (_tree: Root, file: VFile) {
        const draft = {path: file.path, text: String(file.value), options: options ?? {}}
        const inPool = pooled && draft.text.length <= maxPooledDraft
        if (!inPool) run.checksHere(true)
        const messages = inPool ? await run.pool.get().check(draft.path, draft.text, draft.options) : await run.serial.check(draft)
        for (const message of messages) restore(file, message)
        run.tick()
      }
    }
  }

  private checking = false

  private holdingOld = false

  /**
   * A draft is checked in this thread: its young generation, held small
   * while the command line starts, may grow; and if it is one of several
   * (`folder`), its old generation grows little over what it holds alive
   * until the run closes (see `young-generation.ts`). A single draft, the
   * cold start's and the editor's, keeps V8's own sizing.
   */
  checksHere(folder: boolean): void {
    if (!this.checking) {
      this.checking = true
      releaseYoungGeneration()
    }
    if (folder && !this.holdingOld) {
      this.holdingOld = true
      holdOldGeneration()
    }
  }

  /** The run has ended: close its worker threads and let go of this thread's heap settings. */
  async close(): Promise<void> {
    await this.pool.close()
    if (this.holdingOld) releaseOldGeneration()
    this.holdingOld = false
  }

  /** Count one more draft checked (or taken from the cache). */
  tick(): void {
    this.progress.done++
    this.progress.onChange?.(this.progress.done, this.progress.total)
  }
}
