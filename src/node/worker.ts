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

export default async function checkBatch(batch: CheckBatch): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  for (const draft of batch.drafts) results.push({messages: await checkDraft(draft)})
  return results
}
