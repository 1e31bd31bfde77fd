/**
 * Worker threads for a folder of drafts (piscina). The word table and the
 * tagger's table are each read once into a `SharedArrayBuffer` that every
 * worker reads from, so a worker adds its heap and no copy of the data.
 * Drafts go out in batches, a few at a time per worker, so a 1,000-word
 * draft does not pay a round trip of its own. A batch whose worker dies or fails is checked again draft by
 * draft on a fresh worker; a draft that fails again (one that needs more
 * than a worker's heap) is checked in this thread, which has no cap, and
 * only if that fails too gets one fatal finding saying so: no draft is
 * lost, none loses its findings to the cap, and nothing waits forever.
 * Workers that fail before finishing any batch (their module cannot load)
 * leave the drafts to this thread.
 */
import os from 'node:os'
import type {Piscina} from 'piscina'
import type {CopydeskOptions} from '../core/copydesk.js'
import {SerialChecker} from './check-drafts.js'
import type {PlainMessage} from './messages.js'
import {sharedWordTable} from './resources.js'
import {sharedTaggerTable} from './tagger-table.js'
import {holdCompileLess, holdYoungGeneration, releaseYoungGeneration} from './young-generation.js'
import type {CheckBatch, CheckResult, SharedTables} from './worker.js'

/** Below this many drafts, starting workers costs more than it saves (see the bench: threads). */
export const minFilesForPool = 12
/** At most this many drafts go to a worker in one message. */
export const maxBatch = 8
/**
 * Each worker's old-generation heap, in MB: V8 lets a busy heap grow far
 * past what it holds alive, so without a cap two workers on a folder took
 * over 500 MB. A worker that checks confusable words also holds the
 * part-of-speech tagger (about 90 MB): at 96 MB the project's corpus ran
 * workers out of memory, at 128 it did not, and 192 leaves room. A draft
 * longer than `maxPooledDraft`, and one that fills a worker's heap, is
 * checked in the main thread instead, which has no cap.
 */
export const workerHeapMb = 192
/**
 * Each worker's young generation, in MB (V8's default is 48 on 64-bit
 * machines). A worker's young generation starts at this size.
 */
export const workerYoungMb = 16
/** Drafts longer than this (UTF-16 code units) are not sent to a worker. */
export const maxPooledDraft = 512 * 1024

interface Waiting {
  readonly path: string
  readonly text: string
  readonly options: CopydeskOptions
  resolve(messages: PlainMessage[]): void
}

/** The one finding of a draft its worker could not check. */
export function stoppedCheck(reason: string): PlainMessage {
  return {
    reason: `Cannot check the draft, expected its checking thread to finish: ${reason}`,
    place: undefined,
    ruleId: undefined,
    source: 'copydesk',
    url: undefined,
    actual: undefined,
    expected: undefined,
    note: undefined,
    fatal: true,
    cause: undefined
  }
}

let poolsOpen = 0
let endCompileLess: (() => void) | undefined

/**
 * While a pool is open, this thread's young generation is held at its size,
 * and V8 compiles less in every thread, the workers' too (see `young-generation.ts`).
 */
function holdWhileOpen(open: boolean): void {
  poolsOpen += open ? 1 : -1
  if (open ? poolsOpen !== 1 : poolsOpen !== 0) return
  if (open) {
    holdYoungGeneration()
    endCompileLess = holdCompileLess()
  } else {
    releaseYoungGeneration()
    endCompileLess?.()
    endCompileLess = undefined
  }
}

export interface PoolOptions {
  /** The worker module (default: `worker.js` beside this one); tests hand in one that fails on cue. */
  readonly filename?: string | undefined
}

export class CheckPool {
  private readonly pool: Promise<Piscina>
  private queue: Waiting[] = []
  private scheduled = false
  /** Batches a worker finished. */
  private finished = 0
  /** Set when workers fail before finishing any batch (their module cannot load): drafts are checked here instead. */
  private unusable = false
  private readonly inThread = new SerialChecker()
  /** Rejects when the workers turn out unusable: piscina then leaves queued tasks waiting for ever. */
  private readonly broken: Promise<never>
  private breakDown: (error: unknown) => void = () => {}
  /** Whether this pool holds the young generation (`holdWhileOpen`). */
  private holding = false

  constructor(
    readonly size = Math.min(os.availableParallelism(), 4),
    options: PoolOptions = {}
  ) {
    this.broken = new Promise<never>((_resolve, reject) => {
      this.breakDown = reject
    })
    this.broken.catch(() => {})
    // piscina loads with the first folder big enough for workers, not with every run.
    // A tagger table this thread cannot read is left to each worker, which reads it itself or, failing that, tags with the tagger's own lists.
    const taggerTableRead = sharedTaggerTable().catch(() => undefined)
    this.pool = Promise.all([sharedWordTable(), taggerTableRead, import('piscina')]).then(([wordTable, taggerTable, {Piscina}]) => {
      holdWhileOpen(true)
      this.holding = true
      const pool = new Piscina({
        filename: options.filename ?? new URL('./worker.js', import.meta.url).href,
        minThreads: size,
        maxThreads: size,
        workerData: {wordTable, taggerTable} satisfies SharedTables,
        resourceLimits: {maxOldGenerationSizeMb: workerHeapMb, maxYoungGenerationSizeMb: workerYoungMb}
      })
      // Without a listener a worker's failure would be thrown in this thread.
      pool.on('error', (error: unknown) => {
        if (this.finished > 0 || this.unusable) return
        this.unusable = true
        this.breakDown(error)
        // Stop piscina starting worker after failing worker.
        void pool.destroy().catch(() => {})
      })
      return pool
    })
    // A missing or damaged word table is reported by each draft's check.
    this.pool.catch(() => {})
  }

  check(path: string, text: string, options: CopydeskOptions): Promise<PlainMessage[]> {
    return new Promise((resolve) => {
      this.queue.push({path, text, options, resolve})
      if (!this.scheduled) {
        this.scheduled = true
        // Gather the drafts the engine hands over in one go, then share them out.
        setImmediate(() => this.flush())
      }
    })
  }

  private flush(): void {
    this.scheduled = false
    const waiting = this.queue
    this.queue = []
    // Even shares, so every worker has work; never more than `maxBatch` a message.
    const size = Math.max(1, Math.min(maxBatch, Math.ceil(waiting.length / (this.size * 2))))
    for (let start = 0; start < waiting.length; start += size) void this.send(waiting.slice(start, start + size), true)
  }

  private async send(batch: Waiting[], retry: boolean): Promise<void> {
    if (this.unusable) {
      for (const waiting of batch) waiting.resolve(await this.inThread.check(waiting).catch((error: unknown) => [stoppedCheck(String((error as Error)?.message ?? error))]))
      return
    }
    let results: CheckResult[]
    try {
      const pool = await this.pool
      const request: CheckBatch = {drafts: batch.map(({path, text, options}) => ({path, text, options}))}
      results = (await Promise.race([pool.run(request), this.broken])) as CheckResult[]
    } catch (error) {
      if (retry || this.unusable) {
        await Promise.all(batch.map((waiting) => this.send([waiting], false)))
      } else {
        // A draft that stopped a fresh worker too: this thread has no heap cap.
        const reason = String((error as Error)?.message ?? error).split('\n')[0]!
        for (const waiting of batch) {
          waiting.resolve(await this.inThread.check(waiting).catch(() => [stoppedCheck(reason)]))
        }
      }
      return
    }
    this.finished++
    for (const [index, waiting] of batch.entries()) waiting.resolve(results[index]!.messages)
  }

  async close(): Promise<void> {
    const pool = await this.pool.catch(() => undefined)
    await pool?.destroy().catch(() => {})
    if (this.holding) holdWhileOpen(false)
    this.holding = false
  }
}

/**
 * The thread count of a run without `--jobs` (or with `--jobs auto`): one
 * per core, except on two cores or fewer, where the run checks in its own
 * thread. There one worker thread took about a tenth more CPU than checking
 * in the main thread, at the same peak memory once the main thread's old
 * generation is held (`holdOldGeneration`), and a second worker only
 * competed with this thread (see the README's Benchmark).
 */
export function defaultJobs(cores = os.availableParallelism()): number {
  return cores <= 2 ? 1 : cores
}

/**
 * The threads of one run (`--jobs`): this thread reads drafts and builds
 * the report, and `jobs - 1` worker threads check them, started on first
 * use and closed by the run that owns them, so two runs in one process
 * never share or close each other's workers. `--jobs 1` keeps a run in
 * this thread, the default on two cores (`defaultJobs`).
 */
export class RunPool {
  private pool: CheckPool | undefined

  constructor(readonly jobs: number) {}

  /** Whether a run of `fileCount` drafts should use worker threads. */
  canUse(fileCount: number): boolean {
    return this.jobs > 1 && fileCount >= minFilesForPool
  }

  get(): CheckPool {
    this.pool ??= new CheckPool(Math.max(1, this.jobs - 1))
    return this.pool
  }

  async close(): Promise<void> {
    const pool = this.pool
    this.pool = undefined
    await pool?.close()
  }
}
