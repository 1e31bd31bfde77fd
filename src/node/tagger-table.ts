/**
 * Hands the part-of-speech tagger its word lists from `generated/tagger.bin`
 * (see `src/analysis/tagger-table.ts`): before en-pos loads, the modules it
 * requires for them (en-lexicon, humannames, cities-list) are put in Node's
 * module cache as lookups on the table, so their 7 MB of source is never
 * evaluated; so is en-inflectors' verb table, built from the table's rows
 * instead of by its own regular expressions. The table's read begins when a
 * check starts (`early-reads.ts`); its lists are set up only when a draft
 * needs tags. When it cannot be read, the tagger loads its own lists:
 * slower, with the same tags.
 *
 * The table is read once per process, as the word table is: into a
 * `SharedArrayBuffer` that the thread pool hands to its workers
 * (`useSharedTaggerTable`), so a worker reads no copy of its own.
 */
import {createRequire} from 'node:module'
import Module from 'node:module'
import path from 'node:path'
import {beforeTaggerLoads, type BrillRules} from '../analysis/pos.js'
import {taggerLists} from '../analysis/tagger-table.js'
import {beginRead, takeRead} from './early-reads.js'
import {root} from './resources.js'

const require = createRequire(import.meta.url)

/** Put `exports` in Node's module cache as the module of `filename`, unless that module has loaded already. */
function provide(filename: string, exports: unknown): void {
  if (require.cache[filename]) return
  const module = new (Module as unknown as new (id: string) => NodeJS.Module)(filename)
  module.filename = filename
  module.loaded = true
  module.exports = exports
  require.cache[filename] = module
}

/** The tagger's table (a function: `resources.ts`, which gives `root`, imports this module). */
const taggerTablePath = () => path.join(root, 'generated', 'tagger.bin')

let tableBytes: Promise<ArrayBufferLike> | undefined

/**
 * The tagger table's bytes in memory that worker threads can share: read
 * once (or taken from the read a check began), in a `SharedArrayBuffer`,
 * or the copy another thread handed over (`useSharedTaggerTable`).
 */
export function sharedTaggerTable(): Promise<ArrayBufferLike> {
  tableBytes ??= takeRead(taggerTablePath(), true)
  return tableBytes
}

/** Use a tagger table another thread read (see `sharedTaggerTable`); before the first check that tags. */
export function useSharedTaggerTable(shared: SharedArrayBuffer): void {
  tableBytes ??= Promise.resolve(shared)
}

/** Provide the tagger's lists from the table; a table that cannot be read leaves the tagger to its own. */
export async function provideTaggerLists(file = taggerTablePath()): Promise<boolean> {
  let lists
  try {
    lists = taggerLists(await (file === taggerTablePath() ? sharedTaggerTable() : takeRead(file, false)))
  } catch {
    return false
  }
  // Resolved from en-pos's own folder, as its `require` calls resolve them.
  const fromTagger = createRequire(require.resolve('en-pos'))
  provide(fromTagger.resolve('en-lexicon'), lists.lexicon)
  provide(fromTagger.resolve('humannames'), lists.names)
  provide(fromTagger.resolve('cities-list'), lists.cities)
  if (lists.verbs) provide(verbTableModule(fromTagger), lists.verbs)
  return true
}

/** The file of en-inflectors' verb table module, as en-pos's copy of en-inflectors requires it. */
export function verbTableModule(fromTagger: NodeJS.Require): string {
  return createRequire(fromTagger.resolve('en-inflectors')).resolve('./verb/solve_lookup.js')
}

let tableReadBegun = false

/**
 * Use the table whenever a check in this thread first needs tags, and load
 * en-pos (CommonJS) with `require`: an `import` of it would first load and
 * run Node's scanner of CommonJS exports over its 35 kB (15-20 ms of a cold
 * run that tags), for a module read through one export.
 */
export function useTaggerTable(): void {
  if (tableReadBegun) return
  tableReadBegun = true
  // Most news drafts of some length need tags: begin reading the table
  // (13 MB) now, once per process, so it is read while the first draft is
  // parsed and checked; a worker has it from the thread that started it.
  if (!tableBytes) beginRead(taggerTablePath(), true)
  beforeTaggerLoads(
    async () => {
      await provideTaggerLists()
      return require('en-pos') as typeof import('en-pos')
    },
    // The rules module en-pos loaded (Node's module cache), read by the tagger at each word.
    () => require('en-pos/dist/smoothing/brill_rules') as BrillRules
  )
}
