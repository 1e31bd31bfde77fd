/**
 * The size of V8's young generation (where new objects live until they
 * survive a collection or two) in the threads of a folder run, and how far
 * the old generation of a thread that checks drafts may grow. V8 reads
 * these flags for every thread of the process while it runs, so they are
 * set process-wide.
 *
 * A thread's young generation starts small (semi-spaces of 1 MB) and
 * doubles while many of its objects survive, up to 48 MB. On a folder run the main thread loads the checker's modules and
 * reads every draft, and holds each draft's text and findings for the
 * report: let grow, its young generation reached 32 MB within half a
 * second, for a heap with some 20 MB in use. Held, it stays at its
 * starting size; a run that checks drafts in this thread lets it grow
 * again when it begins, so checking there costs no more collections than
 * before. (A worker thread's young generation is set by the pool: it
 * starts at its cap, `workerYoungMb`.)
 */
import v8 from 'node:v8'

/** Keep every thread's young generation at the size it has, from now on. */
export function holdYoungGeneration(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=1')
}

/** Let young generations grow again as V8 does by default. */
export function releaseYoungGeneration(): void {
  v8.setFlagsFromString('--semi-space-growth-factor=2')
}

/**
 * While this thread checks drafts, its old generation may grow by this
 * share (in per cent) over what the last full collection left alive. V8's
 * own factor grows with the share of time not spent collecting, to about 4×:
 * checking a folder, the main thread spends under 1 % of its time in full
 * collections (some 40 MB alive after each), so its heap reached 200 MB
 * between them and the process 317–325 MB. At 20 % it collects more often,
 * each time the same 40–45 MB, for no measurable CPU (see the README's
 * Benchmark). A worker thread has its cap (`workerHeapMb`) instead.
 */
export const checkingOldGrowthPercent = 20

/** The old-generation growths (per cent) held now; the smallest applies. */
const growthHolds: number[] = []

function applyGrowth(): void {
  // 0 is V8's default: its own heuristics choose the growth again.
  v8.setFlagsFromString(`--heap-growing-percent=${growthHolds.length > 0 ? Math.min(...growthHolds) : 0}`)
}

/**
 * Hold the old generation's growth to `percent` over what the last full
 * collection left alive (V8 reads the flag at every full collection) until
 * the returned function is called. Holds nest: a long draft's (`platform.ts`)
 * inside a folder run's, the smallest growth applies while both are held,
 * and V8's own sizing returns only when neither is.
 */
export function holdHeapGrowth(percent: number): () => void {
  growthHolds.push(percent)
  if (growthHolds.length === 1 || percent < Math.min(...growthHolds.slice(0, -1))) applyGrowth()
  let ended = false
  return () => {
    if (ended) return
    ended = true
    const before = Math.min(...growthHolds)
    growthHolds.splice(growthHolds.indexOf(percent), 1)
    if (growthHolds.length === 0 || Math.min(...growthHolds) !== before) applyGrowth()
  }
}

let checking = 0
let endChecking: (() => void) | undefined

/**
 * A run begins checking drafts in this thread: hold its old generation's
 * growth (see `checkingOldGrowthPercent`) and keep new objects young (see
 * `keepObjectsYoung`).
 */
export function holdOldGeneration(): void {
  if (checking++ === 0) {
    endChecking = holdHeapGrowth(checkingOldGrowthPercent)
    keepObjectsYoung(true)
  }
}

/** A run that called `holdOldGeneration` ends: when none is left, the hold ends. */
export function releaseOldGeneration(): void {
  if (checking > 0 && --checking === 0) {
    endChecking?.()
    keepObjectsYoung(false)
  }
}

/**
 * Whether V8 may allocate an object straight in the old generation when
 * most objects made at the same place in the code have lived through a
 * young collection (allocation-site pretenuring). Checking drafts one after
 * another, the nodes of a draft's tree, which live while the draft is
 * checked, met that test and were made old: each draft's tree then waited
 * for a full collection to be freed, and every young collection had to
 * follow its pointers to the young objects made after it. Kept young, a
 * tree dies young with its draft.
 */
function keepObjectsYoung(young: boolean): void {
  v8.setFlagsFromString(young ? '--no-allocation-site-pretenuring' : '--allocation-site-pretenuring')
}
