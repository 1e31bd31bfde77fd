/**
 * A small pool of worker threads, so a folder of drafts is checked on every
 * core. Each worker loads the dictionary and names once and keeps them.
 */
import os from 'node:os'
import {Worker} from 'node:worker_threads'
import type {CopydeskOptions} from '../core/copydesk.js'
import type {PlainMessage} from './messages.js'

/** Below this many drafts, starting workers costs more than it saves. */
export const minFilesForPool = 12

interface Pending {
  resolve(messages: PlainMessage[]): void
  reject(error: Error): void
}

export class CheckPool {
  private readonly workers: Worker[] = []
  private readonly pending = new Map<number, Pending>()
  private readonly load = new Map<Worker, number>()
  private nextId = 0

  constructor(size = Math.min(os.availableParallelism(), 4)) {
    for (let index = 0; index < size; index++) {
      const worker = new Worker(new URL('./worker.js', import.meta.url))
      worker.on('message', (reply: {id: number; messages: PlainMessage[]}) => {
        const waiting = this.pending.get(reply.id)
        this.pending.delete(reply.id)
        this.load.set(worker, (this.load.get(worker) ?? 1) - 1)
        waiting?.resolve(reply.messages)
      })
      worker.on('error', (error) => {
        for (const waiting of this.pending.values()) waiting.reject(error)
        this.pending.clear()
      })
      this.workers.push(worker)
      this.load.set(worker, 0)
    }
  }

  check(path: string, text: string, options: CopydeskOptions): Promise<PlainMessage[]> {
    const id = this.nextId++
    // The least busy worker takes the draft.
    const worker = this.workers.reduce((best, candidate) => (this.load.get(candidate)! < this.load.get(best)! ? candidate : best))
    this.load.set(worker, this.load.get(worker)! + 1)
    return new Promise((resolve, reject) => {
      this.pending.set(id, {resolve, reject})
      worker.postMessage({id, path, text, options})
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()))
  }
}

/**
 * The worker threads of one run (`--jobs`): started on first use, closed by
 * the run that owns them, so two runs in one process never share or close
 * each other's workers. On the two-core machines measured here two workers
 * only match one thread (each warms its own caches, and the work is
 * memory-bound); `--jobs 1` keeps a run in this thread.
 */
export class RunPool {
  private pool: CheckPool | undefined

  constructor(readonly jobs: number) {}

  /** Whether a run of `fileCount` drafts should use worker threads. */
  canUse(fileCount: number): boolean {
    return this.jobs > 1 && fileCount >= minFilesForPool
  }

  get(): CheckPool {
    this.pool ??= new CheckPool(this.jobs)
    return this.pool
  }

  async close(): Promise<void> {
    const pool = this.pool
    this.pool = undefined
    await pool?.close()
  }
}
