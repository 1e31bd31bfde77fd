/**
 * A worker thread that checks batches of drafts for the pool: parse and
 * rules run here, on the word and tagger tables the main thread shares.
 */
import {workerData} from 'node:worker_threads'
import {checkDraft, type Draft} from './check-drafts.js'
import type {PlainMessage} from './messages.js'
import {useSharedWordTable} from './resources.js'
import {useSharedTaggerTable} from './tagger-table.js'

export interface CheckBatch {
  readonly drafts: ReadonlyArray<Draft>
}

export interface CheckResult {
  readonly messages: PlainMessage[]
}

/** What the pool hands each worker: the tables it read once for every thread. */
export interface SharedTables {
  readonly wordTable?: SharedArrayBuffer | undefined
  readonly taggerTable?: ArrayBufferLike | undefined
}

const shared = workerData as SharedTables | undefined
if (shared?.wordTable) useSharedWordTable(shared.wordTable)
if (shared?.taggerTable instanceof SharedArrayBuffer) useSharedTaggerTable(shared.taggerTable)

/** The batch this worker checks now: the pool hands it the next one early (`batchesPerWorker`), which waits here for its turn. */
let tail: Promise<unknown> = Promise.resolve()

async function checkAll(batch: CheckBatch): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  for (const draft of batch.drafts) results.push({messages: await checkDraft(draft)})
  return results
}

/** Check a batch once the batches handed over before it are done, one draft at a time, so one draft's tree is alive at once. */
export default function checkBatch(batch: CheckBatch): Promise<CheckResult[]> {
  const result = tail.then(() => checkAll(batch))
  tail = result.catch(() => {})
  return result
}
