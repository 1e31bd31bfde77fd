/**
 * Finding and reading a folder of many drafts, as the CLI does it now
 * (copydesk's own search and read, src/node/find-drafts.ts and
 * read-draft.ts: no file opened while searching, real paths, bytes decoded
 * strictly; then the engine given the drafts' text) and as it did before
 * (the engine searching and reading itself), on the same folder in the same
 * run. The engine's file pipeline runs in both, with a parser that does
 * nothing, so the difference is the finding and reading.
 */
import fs from 'node:fs'
import path from 'node:path'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import type {VFile} from 'vfile'
import {findDrafts} from '../src/node/find-drafts.js'
import {draftFile, readDraft} from '../src/node/read-draft.js'

export interface FindResult {
  readonly drafts: number
  readonly folders: number
  /** Median milliseconds over the rounds: copydesk finding and reading alone. */
  readonly findMs: number
  /** Median milliseconds over the rounds: copydesk finds and reads, then the engine's pipeline. */
  readonly copydeskMs: number
  /** The same with the engine finding and reading. */
  readonly engineMs: number
}

/** unified-engine over `files` (paths it searches and reads, or files with their text), with a parser that does nothing. */
function engineRead(folder: string, files: Array<string | VFile> = ['.']): Promise<number> {
  return new Promise((resolve, reject) => {
    const processor = unified().use(function (this: unknown) {
      const self = this as {parser: unknown; compiler: unknown}
      self.parser = () => ({type: 'root', children: []})
      self.compiler = () => ''
    })
    engine(
      {
        processor: processor as never,
        cwd: folder,
        files,
        extensions: ['txt', 'md', 'markdown'],
        out: false,
        output: false,
        detectConfig: false,
        detectIgnore: true,
        ignoreName: '.retextignore',
        silentlyIgnore: true,
        reporter: () => '',
        streamError: {write: () => true} as never
      },
      (error, _code, context) => {
        if (error) reject(error)
        else resolve((context?.files ?? []).filter((file: VFile) => typeof file.value === 'string').length)
      }
    )
  })
}

async function copydeskFind(folder: string): Promise<VFile[]> {
  const found = await findDrafts(['.'], {cwd: folder, extensions: ['txt', 'md', 'markdown'], detectIgnore: true, ignoreName: '.retextignore'})
  const files: VFile[] = []
  for (const draft of found.drafts) {
    if (draft.problem !== undefined) continue
    const decoded = readDraft(draft.path)
    if (decoded.ok) files.push(draftFile(draft.path, folder, decoded))
  }
  return files
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Write `count` one-line drafts into `folders` subfolders of `workFolder/find`, then time both, alternating. */
export async function measureFind(workFolder: string, count = 10_000, folders = 20, rounds = 3): Promise<FindResult> {
  const folder = path.join(workFolder, 'find')
  for (let index = 0; index < count; index++) {
    const sub = path.join(folder, `desk-${String(index % folders).padStart(2, '0')}`)
    if (index < folders) fs.mkdirSync(sub, {recursive: true})
    fs.writeFileSync(path.join(sub, `draft-${String(index).padStart(5, '0')}.txt`), `The minister spoke to reporters about draft ${index}.\n`)
  }
  const finds: number[] = []
  const ours: number[] = []
  const theirs: number[] = []
  // Alternate, so load on the shared machine falls on both.
  for (let round = 0; round < rounds; round++) {
    let started = performance.now()
    const files = await copydeskFind(folder)
    finds.push(performance.now() - started)
    const read = await engineRead(folder, files)
    ours.push(performance.now() - started)
    started = performance.now()
    const engineFound = await engineRead(folder)
    theirs.push(performance.now() - started)
    if (read !== count || engineFound !== count) throw new Error(`Expected ${count} drafts, copydesk read ${read}, the engine ${engineFound}`)
  }
  return {drafts: count, folders, findMs: median(finds), copydeskMs: median(ours), engineMs: median(theirs)}
}
