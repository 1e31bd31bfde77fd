/**
 * Reads of copydesk's data tables begun before a check needs them, so the
 * thread pool reads while this thread compiles modules and checks:
 * `bin.js` begins the word table's read (23 MB) before the checker's
 * modules load, and a check begins the tagger table's when it starts. A
 * cold run used to wait for each, with nothing else to do, when it first
 * asked for it.
 *
 * The reads are kept under a process-wide symbol, not in this module: the
 * command line's bundle and the compiled modules each hold a copy of it.
 * Each thread has its own. A read is taken once, by path; a failed one is
 * read again by its taker, whose error then names the file as before.
 */
import fs from 'node:fs/promises'

const key = Symbol.for('copydesk.earlyReads')

type Reads = Map<string, Promise<ArrayBufferLike>>

function reads(): Reads {
  const global = globalThis as {[key]?: Reads}
  return (global[key] ??= new Map())
}

/** A whole file's bytes, in a `SharedArrayBuffer` when `shared` (so worker threads can be handed it), read in as few calls as the system allows. */
async function readWhole(file: string, shared: boolean): Promise<ArrayBufferLike> {
  const handle = await fs.open(file, 'r')
  try {
    const {size} = await handle.stat()
    const buffer = shared ? new SharedArrayBuffer(size) : new ArrayBuffer(size)
    const bytes = new Uint8Array(buffer)
    let at = 0
    while (at < size) {
      const {bytesRead} = await handle.read(bytes, at, size - at, at)
      if (bytesRead === 0) break
      at += bytesRead
    }
    return at === size ? buffer : buffer.slice(0, at)
  } finally {
    await handle.close()
  }
}

/** Begin reading `file` (an absolute path), unless a read of it is under way in this thread. */
export function beginRead(file: string, shared: boolean): void {
  const all = reads()
  if (all.has(file)) return
  const read = readWhole(file, shared)
  // Its taker reads again and reports the problem; nobody may be waiting yet.
  read.catch(() => undefined)
  all.set(file, read)
}

/** The bytes of `file`: from the read begun for it, taken once, or read now. */
export function takeRead(file: string, shared: boolean): Promise<ArrayBufferLike> {
  const all = reads()
  const read = all.get(file)
  all.delete(file)
  return read ? read.catch(() => readWhole(file, shared)) : readWhole(file, shared)
}
