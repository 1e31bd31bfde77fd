/**
 * Reads copydesk's word table (`generated/words.bin`) from disk once per
 * process, or takes the copy a parent thread shares, and builds each
 * dialect's lookups on it.
 */
import {openSync, readSync, closeSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildResources, type Dialect, type Resources} from '../analysis/resources.js'
import {WordData, type WordDataMeta} from '../analysis/word-data.js'
import {readTableMeta} from '../analysis/word-table.js'
import {takeRead} from './early-reads.js'
import {useTaggerTable} from './tagger-table.js'

/** The package root: this module sits in `src/node/` or, built, in `dist/src/node/`. */
function packageRoot(): string {
  const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  return path.basename(folder) === 'dist' ? path.dirname(folder) : folder
}

export const root = packageRoot()

/** The word table's file. */
export const wordTablePath = path.join(root, 'generated', 'words.bin')

let table: Promise<WordData> | undefined
let sharedBytes: Promise<SharedArrayBuffer> | undefined
const loading = new Map<Dialect, Promise<Resources>>()

function dataProblem(error: unknown): Error {
  return new Error(`copydesk’s word data \`${wordTablePath}\` is missing or damaged (${String((error as Error).message)}); run \`npm run build\` in the copydesk folder`, {
    cause: error
  })
}

/**
 * The word table's bytes in memory that worker threads can share: read once
 * (or taken from the read `bin.js` began, see `early-reads.ts`), handed to
 * each worker, which reads from the same copy; this thread checks on it too.
 */
export function sharedWordTable(): Promise<SharedArrayBuffer> {
  sharedBytes ??= takeRead(wordTablePath, true) as Promise<SharedArrayBuffer>
  return sharedBytes
}

/** Use a word table another thread read (see `sharedWordTable`); before the first `loadResources`. */
export function useSharedWordTable(shared: SharedArrayBuffer): void {
  table ??= Promise.resolve().then(() => {
    try {
      return new WordData(shared)
    } catch (error) {
      throw dataProblem(error)
    }
  })
}

function wordTable(): Promise<WordData> {
  table ??= sharedWordTable().then(
    (bytes) => {
      try {
        return new WordData(bytes)
      } catch (error) {
        throw dataProblem(error)
      }
    },
    (error: unknown) => {
      throw dataProblem(error)
    }
  )
  return table
}

export function loadResources(dialect: Dialect): Promise<Resources> {
  // A check that needs tags reads the tagger's lists from their table too.
  useTaggerTable()
  let promise = loading.get(dialect)
  if (!promise) {
    promise = wordTable().then((data) => buildResources({dialect, data}))
    loading.set(dialect, promise)
  }
  return promise
}

/** The word table's content hash, read from its header alone; `unknown` when the table cannot be read. */
export function wordTableHash(): string {
  try {
    const handle = openSync(wordTablePath, 'r')
    try {
      const head = new Uint8Array(12)
      readSync(handle, head, 0, 12, 0)
      const length = new DataView(head.buffer).getUint32(8, true)
      const block = new Uint8Array(12 + Math.min(length, 16 * 1024 * 1024))
      readSync(handle, block, 0, block.length, 0)
      return (readTableMeta(block) as WordDataMeta).contentHash ?? 'unknown'
    } finally {
      closeSync(handle)
    }
  } catch {
    return 'unknown'
  }
}
