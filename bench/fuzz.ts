/**
 * The fuzz benchmark: 10,000 generated hostile drafts (every class of
 * `hostile-inputs.ts`, mixed, 16 characters to 64 KB) checked one after
 * another in a worker thread. A draft that takes longer than the time limit
 * is a hang: the worker is stopped and a fresh one takes the next draft.
 * Reports crashes, hangs, stack traces, the slowest drafts by class, and
 * (from the parent, through GNU time) peak memory.
 *
 * Run alone: `node dist/bench/fuzz.js [count] [seed]`; prints JSON on stdout.
 */
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {FuzzReply, FuzzRequest} from './fuzz-worker.js'
import {hostileInput, hostileKinds, type HostileInput, type HostileKind} from './hostile-inputs.js'
import {randomInt, seededRandom, type Random} from './random.js'

export interface FuzzSummary {
  readonly count: number
  readonly seed: number
  readonly timeLimitMs: number
  readonly crashes: ReadonlyArray<{kind: HostileKind; size: number; reason: string}>
  readonly hangs: ReadonlyArray<{kind: HostileKind; size: number}>
  readonly stackTraces: number
  readonly totalMs: number
  readonly characters: number
  /** Per class: drafts, characters, total and slowest milliseconds. */
  readonly byKind: ReadonlyArray<{kind: HostileKind; drafts: number; characters: number; totalMs: number; slowestMs: number; slowestSize: number}>
}

/** Sizes are log-uniform, so small drafts are common and some are large. */
function drawSize(random: Random): number {
  return Math.round(16 * Math.pow(2, random() * 12))
}

/** The drafts one at a time, so the run holds one draft in memory, not ten thousand. */
export function* fuzzInputs(count: number, seed: number): Generator<HostileInput> {
  const random = seededRandom(seed)
  for (let index = 0; index < count; index++) {
    const kind = hostileKinds[randomInt(random, hostileKinds.length)]!
    yield hostileInput(random, kind, drawSize(random))
  }
}

export async function runFuzz(count: number, seed: number, timeLimitMs = 20_000): Promise<FuzzSummary> {
  const workerPath = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fuzz-worker.js')
  const crashes: Array<{kind: HostileKind; size: number; reason: string}> = []
  const hangs: Array<{kind: HostileKind; size: number}> = []
  let stackTraces = 0
  const kinds = new Map<HostileKind, {drafts: number; characters: number; totalMs: number; slowestMs: number; slowestSize: number}>()
  const started = performance.now()
  let characters = 0

  let worker = new Worker(workerPath)
  // The first draft also pays for loading the word data: warm up first.
  await checkOne(worker, {index: -1, path: 'warm.txt', text: 'The minister spoke on Monday.'}, 120_000)

  let index = -1
  for (const input of fuzzInputs(count, seed)) {
    index++
    characters += input.text.length
    const reply = await checkOne(worker, {index, path: input.path, text: input.text}, timeLimitMs)
    const entry = kinds.get(input.kind) ?? {drafts: 0, characters: 0, totalMs: 0, slowestMs: 0, slowestSize: 0}
    entry.drafts++
    entry.characters += input.text.length
    kinds.set(input.kind, entry)
    if (reply === 'timeout' || reply === 'died') {
      if (reply === 'timeout') hangs.push({kind: input.kind, size: input.text.length})
      else crashes.push({kind: input.kind, size: input.text.length, reason: 'the worker thread died'})
      entry.totalMs += timeLimitMs
      await worker.terminate()
      worker = new Worker(workerPath)
      await checkOne(worker, {index: -1, path: 'warm.txt', text: 'The minister spoke on Monday.'}, 120_000)
      continue
    }
    entry.totalMs += reply.milliseconds
    if (reply.milliseconds > entry.slowestMs) {
      entry.slowestMs = reply.milliseconds
      entry.slowestSize = input.text.length
    }
    if (reply.crash) crashes.push({kind: input.kind, size: input.text.length, reason: reply.crash})
    if (reply.stackTrace) stackTraces++
  }
  await worker.terminate()
  return {
    count,
    seed,
    timeLimitMs,
    crashes,
    hangs,
    stackTraces,
    totalMs: performance.now() - started,
    characters,
    byKind: hostileKinds.map((kind) => ({kind, ...(kinds.get(kind) ?? {drafts: 0, characters: 0, totalMs: 0, slowestMs: 0, slowestSize: 0})}))
  }
}

function checkOne(worker: Worker, request: FuzzRequest, timeLimitMs: number): Promise<FuzzReply | 'timeout' | 'died'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => finish('timeout'), timeLimitMs)
    const onMessage = (reply: FuzzReply) => {
      if (reply.index === request.index) finish(reply)
    }
    const onExit = () => finish('died')
    function finish(result: FuzzReply | 'timeout' | 'died') {
      clearTimeout(timer)
      worker.off('message', onMessage)
      worker.off('error', onExit)
      worker.off('exit', onExit)
      resolve(result)
    }
    worker.on('message', onMessage)
    worker.on('error', onExit)
    worker.on('exit', onExit)
    worker.postMessage(request)
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const count = Number(process.argv[2] ?? 10_000)
  const seed = Number(process.argv[3] ?? 1961)
  const summary = await runFuzz(count, seed)
  process.stdout.write(JSON.stringify(summary) + '\n')
}
