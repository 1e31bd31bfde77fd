/**
 * Lints for the language server, off its own thread: a worker thread
 * (lint-worker.ts) checks one buffer at a time while the server keeps
 * answering requests. Per document only the newest version is wanted: a
 * lint still waiting its turn is replaced by a newer one, and a running
 * lint of an older version is told to stop (at its next chunk, for a long
 * document). A worker that fails (out of memory, say) fails only the lint
 * it ran, and the next lint starts a new one.
 */
import {Worker} from 'node:worker_threads'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {settleSeverity} from '../core/severity.js'
import {restore} from '../node/messages.js'
import {firstLine} from '../node/problems.js'
import type {LintResult} from './lint.js'
import type {ForgetRequest, LintInput, LintReply, LintRequest} from './lint-worker.js'

export type {LintInput} from './lint-worker.js'

export type LintOutcome =
  | {readonly result: LintResult}
  /** A newer lint of the document came in (a newer version, or new settings): this one's findings are not wanted. */
  | {readonly cancelled: true}
  | {readonly error: string}

interface Job {
  readonly key: string
  readonly request: LintRequest
  readonly resolve: (outcome: LintOutcome) => void
  /** Called when the worker takes the lint up. */
  readonly started?: (() => void) | undefined
}

/**
 * The worker's module: beside this one once built. Run from the TypeScript
 * sources (the tests drive the server in process), the built worker in
 * `dist/` (the tests build first).
 */
function workerUrl(): URL {
  const here = new URL(import.meta.url)
  if (here.pathname.endsWith('.ts')) return new URL('../../dist/src/language-server/lint-worker.js', here)
  return new URL('./lint-worker.js', here)
}

/** Most memory the worker's heap may take; past it the lint fails, not the server. */
const maxWorkerHeapMb = 2048

export class LintService {
  private worker: Worker | undefined
  private running: Job | undefined
  /** Lints waiting their turn, one per document, oldest first. */
  private readonly waiting = new Map<string, Job>()
  private nextId = 0

  /** Lint `input` as the newest version of the document `key`; `started` is called when the worker takes it up. */
  lint(key: string, input: LintInput, started?: () => void): Promise<LintOutcome> {
    const superseded = this.waiting.get(key)
    if (superseded) {
      this.waiting.delete(key)
      superseded.resolve({cancelled: true})
    }
    if (this.running?.key === key) Atomics.store(new Int32Array(this.running.request.cancel), 0, 1)
    return new Promise((resolve) => {
      const request: LintRequest = {id: this.nextId++, ...input, cancel: new SharedArrayBuffer(4)}
      this.waiting.set(key, {key, request, resolve, started})
      this.next()
    })
  }

  /** The document at `filePath` closed: the worker drops what it kept of it. */
  forget(filePath: string): void {
    const request: ForgetRequest = {forget: filePath}
    this.worker?.postMessage(request)
  }

  /** Stop the worker; lints not finished resolve as cancelled. */
  async close(): Promise<void> {
    for (const job of this.waiting.values()) job.resolve({cancelled: true})
    this.waiting.clear()
    this.running?.resolve({cancelled: true})
    this.running = undefined
    const worker = this.worker
    this.worker = undefined
    await worker?.terminate()
  }

  private next(): void {
    if (this.running) return
    const job = this.waiting.values().next().value as Job | undefined
    if (!job) return
    this.waiting.delete(job.key)
    this.running = job
    this.start().postMessage(job.request)
    job.started?.()
  }

  private start(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(workerUrl(), {resourceLimits: {maxOldGenerationSizeMb: maxWorkerHeapMb}})
    worker.on('message', (reply: LintReply) => {
      const job = this.running
      if (!job || job.request.id !== reply.id) return
      this.running = undefined
      if ('result' in reply) {
        const file = new VFile()
        for (const message of reply.result.messages) restore(file, message)
        settleSeverity(file)
        job.resolve({result: {...reply.result, messages: file.messages as VFileMessage[]}})
      } else if ('cancelled' in reply) {
        job.resolve({cancelled: true})
      } else {
        job.resolve({error: reply.error})
      }
      this.next()
    })
    const fail = (reason: string) => {
      if (this.worker !== worker) return
      this.worker = undefined
      const job = this.running
      this.running = undefined
      job?.resolve({error: reason})
      this.next()
    }
    worker.on('error', (error: Error & {code?: string}) =>
      fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the check ran out of memory' : firstLine(error))
    )
    worker.on('exit', (code) => fail(`the check stopped (exit code ${code})`))
    // The server may end while the worker idles.
    worker.unref()
    this.worker = worker
    return worker
  }
}
