/**
 * Tests that use the package as it is installed (`import … from 'copydesk'`
 * resolves to `dist/`) call `ensureBuilt()` first: when a compiled module is
 * missing or older than its source, it compiles the project once, so such a
 * test never runs against stale output.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {repositoryRoot} from './run-cli.js'

/** Folders tsconfig.json excludes: no module is built from them, so none is ever stale. */
const unbuilt = new Set([path.join('rules', '_template')])

/** The TypeScript sources the package's code is built from. */
function sources(folder: string): string[] {
  const found: string[] = []
  for (const entry of fs.readdirSync(path.join(repositoryRoot, folder), {withFileTypes: true})) {
    const relative = path.join(folder, entry.name)
    if (unbuilt.has(relative)) continue
    if (entry.isDirectory()) found.push(...sources(relative))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) found.push(relative)
  }
  return found
}

/** Sources whose compiled module is missing or older than they are. */
export function staleModules(): string[] {
  return [...sources('src'), ...sources('rules')].filter((source) => {
    const built = path.join(repositoryRoot, 'dist', source.replace(/\.ts$/, '.js'))
    if (!fs.existsSync(built)) return true
    return fs.statSync(built).mtimeMs < fs.statSync(path.join(repositoryRoot, source)).mtimeMs
  })
}

let building: Promise<void> | undefined

/**
 * Held (a folder: made or not in one step) by the test file that compiles;
 * test files run side by side, and one that read `dist/` while another's
 * `tsc` rewrote it would load half-written modules.
 */
const lock = path.join(repositoryRoot, 'dist', '.compiling')

/** Compile with `tsc` when `dist/` is missing or stale; the word data must have been built (`npm run build`). */
export function ensureBuilt(): Promise<void> {
  building ??= (async () => {
    if (!fs.existsSync(path.join(repositoryRoot, 'generated', 'words.bin'))) {
      throw new Error('copydesk’s word data is not built: run `npm run build` first')
    }
    fs.mkdirSync(path.dirname(lock), {recursive: true})
    while (staleModules().length > 0) {
      try {
        fs.mkdirSync(lock)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
        // Another test file compiles: wait, then look again. A lock left by a run that died goes after five minutes.
        const since = fs.statSync(lock, {throwIfNoEntry: false})?.mtimeMs
        if (since !== undefined && Date.now() - since > 300_000) fs.rmSync(lock, {recursive: true, force: true})
        await new Promise((resolve) => setTimeout(resolve, 100))
        continue
      }
      try {
        const tsc = path.join(repositoryRoot, 'node_modules', 'typescript', 'bin', 'tsc')
        const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.json'], {cwd: repositoryRoot, encoding: 'utf8'})
        if (result.status !== 0) throw new Error(`tsc failed:\n${result.stdout}${result.stderr}`)
      } finally {
        fs.rmSync(lock, {recursive: true, force: true})
      }
    }
  })()
  return building
}
