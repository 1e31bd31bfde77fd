/**
 * Reads copydesk's word table (`generated/words.bin`) from disk once per
 * process, or takes the copy a parent thread shares, and builds each
 * dialect's lookups on it.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildResources, type Dialect, type Resources} from '../analysis/resources.js'
import {WordData} from '../analysis/word-data.js'

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
 * The word table's bytes in memory that worker threads can share: read once,
 * handed to each worker, which reads from the same copy.
 */
export function sharedWordTable(): Promise<SharedArrayBuffer> {
  sharedBytes ??= (async () => {
    const handle = await fs.open(wordTablePath, 'r')
    try {
      const {size} = await handle.stat()
      const shared = new SharedArrayBuffer(size)
      const bytes = new Uint8Array(shared)
      let at = 0
      while (at < size) {
        const {bytesRead} = await handle.read(bytes, at, size - at, at)
        if (bytesRead === 0) break
        at += bytesRead
      }
      return shared
    } finally {
      await handle.close()
    }
  })()
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
  table ??= fs.readFile(wordTablePath).then(
    (bytes) => {
      try {
        return new WordData(bytes.buffer, bytes.byteOffset, bytes.byteLength)
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
  let promise = loading.get(dialect)
  if (!promise) {
    promise = wordTable().then((data) => buildResources({dialect, data}))
    loading.set(dialect, promise)
  }
  return promise
}
