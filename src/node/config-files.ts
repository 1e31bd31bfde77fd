/**
 * Which config file applies to a draft, found without loading it: the same
 * search unified-engine's `FindUp` makes (from the draft's folder upwards,
 * in each folder the first of `.retextrc`, `.retextrc.json`, `.cjs`, `.mjs`,
 * `.js`, `.yaml`, `.yml`, then a `package.json` with a `copydesk` field).
 *
 * The engine imports a `.retextrc.js` while it loads it, before any config
 * transform sees it, so copydesk looks first and refuses untrusted script
 * configs before the engine starts (see `trust.ts`).
 */
import fs from 'node:fs'
import path from 'node:path'
import {findUp} from './find-up.js'

/** unified-engine's config loaders, in the order it tries their extensions. */
const loaderExtensions = ['.json', '.cjs', '.mjs', '.js', '.yaml', '.yml']

/** Extensions of configs that are code: loading one runs it. */
const scriptExtensions = new Set(['.cjs', '.mjs', '.js'])

/** Whether a config file is JavaScript (loading it runs it). */
export function isScriptConfig(filePath: string): boolean {
  return scriptExtensions.has(path.extname(filePath))
}

/** The names looked for in each folder, in order. */
export function configNames(rcName: string | undefined, packageField: string | undefined): string[] {
  return [
    ...(rcName ? [rcName, ...loaderExtensions.map((extension) => rcName + extension)] : []),
    ...(packageField ? ['package.json'] : [])
  ]
}

export interface ConfigLookup {
  /** Folder relative paths start from. */
  readonly cwd: string
  /** Base name of config files (`.retextrc`); none: no search. */
  readonly rcName: string | undefined
  /** Field of package.json files holding config (`copydesk`). */
  readonly packageField: string | undefined
  /** One config file for every draft (`--config`). */
  readonly rcPath: string | undefined
  /** Search for config files at all (`--no-config` turns it off). */
  readonly detect: boolean
}

/** Finds the config file of drafts, each folder looked at once. */
export class ConfigFinder {
  private readonly byFolder = new Map<string, string | undefined>()
  private readonly names: string[]

  constructor(private readonly lookup: ConfigLookup) {
    this.names = configNames(lookup.rcName, lookup.packageField)
  }

  /** The config file for a draft at `filePath` (which need not exist); `undefined`: the default config. */
  forFile(filePath: string): string | undefined {
    const {cwd, rcPath, detect} = this.lookup
    if (rcPath !== undefined) return path.resolve(cwd, rcPath)
    if (!detect) return undefined
    return this.inFolder(path.dirname(path.resolve(cwd, filePath)))
  }

  private inFolder(folder: string): string | undefined {
    return findUp(folder, (each) => this.here(each), this.byFolder)
  }

  /** The config file in `folder` itself, if there is one. */
  private here(folder: string): string | undefined {
    for (const name of this.names) {
      const candidate = path.join(folder, name)
      if (this.applies(candidate, name)) return candidate
    }
    return undefined
  }

  /**
   * Whether the engine would stop at `candidate`: it exists (a file the
   * engine cannot read or parse stops the search too, with an error, and so
   * does something that is not a regular file, which the preflight refuses),
   * and a package.json holds the field.
   */
  private applies(candidate: string, name: string): boolean {
    let stats: fs.Stats
    try {
      stats = fs.statSync(candidate)
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'ENOENT'
    }
    if (name !== 'package.json' || !stats.isFile()) return true
    try {
      const data = JSON.parse(fs.readFileSync(candidate, 'utf8')) as Record<string, unknown> | null
      return typeof data === 'object' && data !== null && data[this.lookup.packageField!] !== undefined
    } catch {
      return true
    }
  }
}
