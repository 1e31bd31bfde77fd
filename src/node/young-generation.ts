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

/**
 * V8's interrupt budget (in bytes of bytecode run, a function's count
 * towards being compiled by its optimising tier) while a run checks
 * several drafts, in this thread or in a pool's. Checking a folder, V8 kept compiling: at its default
 * (67,584 on Node 20's V8) the optimising compiler's thread took as much
 * CPU as the checking itself over the first few hundred drafts, compiling
 * the largest functions again and again as new drafts gave their code new
 * shapes (`analyse` in words.ts six times in 350 drafts). With a budget
 * about fifteen times as large, only the hottest code is compiled, later,
 * and the run takes about a third less CPU with the same findings (see the
 * README's Benchmark).
 */
export const checkingInterruptBudget = 1_000_000

/**
 * The interrupt budget of the V8 this was measured on (Node 20's, 11.3),
 * set back when a run ends. Another V8 tiers its own way (Maglev, other
 * defaults), so there the budget is left alone.
 */
const measuredV8 = {prefix: '11.3.', defaultBudget: 67_584} as const

/**
 * Whether the user gave Node a budget of their own (`--interrupt-budget`
 * on its command line or in `NODE_OPTIONS`): then it is theirs to keep,
 * and setting V8's default back after a run would undo it.
 */
export function userSetsInterruptBudget(argv: readonly string[] = process.execArgv, options = process.env.NODE_OPTIONS ?? ''): boolean {
  return [...argv, ...options.split(/\s+/)].some((flag) => /^--interrupt[-_]budget(?:=|$)/.test(flag))
}

/** Raise (`true`) or set back V8's interrupt budget, on the V8 it was measured on only, unless the user set one. */
function compileLess(less: boolean): void {
  if (!process.versions.v8.startsWith(measuredV8.prefix) || userSetsInterruptBudget()) return
  v8.setFlagsFromString(`--interrupt-budget=${less ? checkingInterruptBudget : measuredV8.defaultBudget}`)
}

let compileHolds = 0

/**
 * Let V8 compile less (`checkingInterruptBudget`) until the returned
 * function is called: a run checking several drafts in this thread, a
 * thread pool while it is open (V8's flags hold for every thread), or a
 * command-line run that checks drafts, from its start to its exit. Holds
 * nest; the budget is set back when none is left.
 */
export function holdCompileLess(): () => void {
  if (compileHolds++ === 0) compileLess(true)
  let ended = false
  return () => {
    if (ended) return
    ended = true
    if (--compileHolds === 0) compileLess(false)
  }
}

let checking = 0
let endChecking: (() => void) | undefined
let endCompileLess: (() => void) | undefined

/**
 * A run begins checking drafts in this thread: hold its old generation's
 * growth (see `checkingOldGrowthPercent`), keep new objects young (see
 * `keepObjectsYoung`) and let V8 compile less (see `checkingInterruptBudget`).
 */
export function holdOldGeneration(): void {
  if (checking++ === 0) {
    endChecking = holdHeapGrowth(checkingOldGrowthPercent)
    keepObjectsYoung(true)
    endCompileLess = holdCompileLess()
  }
}

/** A run that called `holdOldGeneration` ends: when none is left, the hold ends. */
export function releaseOldGeneration(): void {
  if (checking > 0 && --checking === 0) {
    endChecking?.()
    keepObjectsYoung(false)
    endCompileLess?.()
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
