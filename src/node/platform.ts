/**
 * Node's side of the engine's `Platform`.
 *
 * Memory: while a draft too long to check whole is checked, V8 grows its
 * heap by at most 30 % over what survives a full collection, instead of
 * letting it grow several times over.
 *
 * Checking a long draft chunk by chunk keeps what is alive small (about
 * 100 MB for 20 MB of news text, word data included), but it makes and
 * drops trees at a great rate, and V8, finding collection cheap, let the
 * heap reach four times that before collecting: 752 MB of memory for a
 * 20 MB draft. With the heap's growth held to 30 %, the same draft peaks at
 * 374 MB and takes about a third longer; a folder of ordinary drafts, where
 * the same setting cost 60 % more time for 9 % less memory, runs as before,
 * since it is set only while a long draft is checked. (A folder checked in
 * the main thread now holds its own growth, 20 %, see
 * `young-generation.ts`: while both are held the smaller applies.)
 */
import type {Platform} from '../core/copydesk.js'
import {holdHeapGrowth} from './young-generation.js'

/**
 * Cancelling: the thread that checks may say, between chunks of a long
 * draft, that the check is no longer wanted (the language server's check
 * worker, when a newer version of the document came in).
 */
let cancelCheck: (() => boolean) | undefined

/** What answers whether the check now running is still wanted; undefined: it always is. */
export function setCancelCheck(check: (() => boolean) | undefined): void {
  cancelCheck = check
}

/** Heap growth over the surviving heap, in per cent, while a long draft is checked. */
const heapGrowthPercent = 30

export const nodePlatform: Platform = {
  cancelled: () => cancelCheck?.() === true,
  // The flag is read at every collection, so it can change while Node runs.
  lowMemory: () => holdHeapGrowth(heapGrowthPercent)
}
