/** A temporary folder of drafts for one test file: made before its tests run, removed after them. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll} from 'vitest'

export interface TempFolder {
  /** The folder's real path, set once the file's tests start. */
  readonly path: string
  /** Write `content` to `name` in the folder, making the folders above it; returns the file's path. */
  write(name: string, content: string | Buffer): string
}

/** Call at the top of a test file: the folder is `copydesk-<prefix>-*` in the system's temporary folder. */
export function tempFolder(prefix: string): TempFolder {
  let folder = ''
  beforeAll(() => {
    folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `copydesk-${prefix}-`)))
  })
  afterAll(() => {
    if (folder) fs.rmSync(folder, {recursive: true, force: true})
  })
  return {
    get path() {
      return folder
    },
    write(name, content) {
      const file = path.join(folder, name)
      fs.mkdirSync(path.dirname(file), {recursive: true})
      fs.writeFileSync(file, content)
      return file
    }
  }
}
