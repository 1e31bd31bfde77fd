/**
 * The size of V8's young generation (where new objects live until they
 * survive a collection or two) in the threads of a folder run. V8 reads
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

