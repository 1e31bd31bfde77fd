/**
 * A worker thread that checks batches of drafts for the pool: parse and
 * rules run here, on the word table the main thread shares.
 */
import {workerData} from 'node:worker_threads'
import {checkDraft, type Draft} from './check-drafts.js'
import type {PlainMessage} from './messages.js'
import {useSharedWordTable} from './resources.js'

export interface CheckBatch {
  readonly drafts: ReadonlyArray<Draft>
}

export interface CheckResult {
  readonly messages: PlainMessage[]
}

const shared = workerData as {wordTable?: SharedArrayBuffer} | undefined
if (shared?.wordTable) useSharedWordTable(shared.wordTable)

export default async function checkBatch(batch: CheckBatch): Promise<CheckResult[]> {
  const results: CheckResult[] = []
  for (const draft of batch.drafts) results.push({messages: await checkDraft(draft)})
  return results
}
