/**
 * Which code a config may run. Drafts often come from people the person
 * running copydesk does not control (a pull request, a shared folder), and a
 * config file travels with them, so config is data unless it is trusted:
 *
 * * `copydesk` (or `retext-copydesk`) is always allowed: it is this package,
 *   never loaded from disk by name.
 * * Without trust (the default) nothing else loads: no other plugin named in
 *   JSON, YAML or package.json config, and no `.retextrc.js`/`.cjs`/`.mjs`
 *   (loading a script config runs it).
 * * With trust (`--trust-config`, the language server's `trustConfig`),
 *   script configs load as unified-engine loads them, and JSON/YAML plugins
 *   load by package name only, resolved from the working folder's
 *   `node_modules` (the project's own install) or copydesk's own, never from
 *   beside the config, so a `node_modules` shipped inside a checked folder
 *   is not used.
 * * JSON and YAML config never load a file by path (`./evil.js`,
 *   `/tmp/x.mjs`, `file:` URLs), trusted or not: code comes from packages or
 *   from a script config.
 *
 * unified-engine resolves and imports plugins while it loads a config,
 * and a config's text is known only once it is loaded, so the checks run
 * twice: `preflight` before the engine starts (finds every config the drafts
 * use, refuses what may not load, and imports the trusted plugins itself),
 * and `transformConfig` (the engine's `configTransform`, which sees each
 * plugin list before the engine loads anything from it) as a backstop.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {Configuration} from 'unified-engine'
import {isScriptConfig} from './config-files.js'
import {specialKind} from './read-draft.js'
import {root} from './resources.js'

/** Names that mean copydesk itself. */
export const ownNames: ReadonlySet<string> = new Set(['copydesk', 'retext-copydesk'])

/** What a run lets config load. */
export interface PluginPolicy {
  /** Script configs and plugins other than copydesk may load. */
  readonly trusted: boolean
  /** Plugins named by trusted JSON/YAML configs, loaded by `preflight`, by name. */
  readonly loaded: ReadonlyMap<string, unknown>
  /** Leave a plugin that may not load out and go on (language server), instead of a config problem (CLI). */
  readonly skipRefused: boolean
  /** How a person turns trust on, ending a refusal: "pass `--trust-config` to load it". */
  readonly how: string
}

export const cliHow = 'pass `--trust-config` to load it'

/** The CLI's default: only copydesk. */
export const untrusted: PluginPolicy = {trusted: false, loaded: new Map(), skipRefused: false, how: cliHow}

/** An npm package name, optionally scoped, with nothing after it. */
const packageName = /^(?:@[a-z\d][\w.-]*\/)?[a-z\d][\w.-]*$/i

/** The `[name, options]` entries of a config's `plugins`, in list or object form. */
export function pluginEntries(plugins: unknown): Array<[unknown, unknown]> {
  if (Array.isArray(plugins)) return plugins.map((entry) => (Array.isArray(entry) ? [entry[0], entry[1]] : [entry, undefined]))
  if (typeof plugins === 'object' && plugins !== null) return Object.entries(plugins)
  return []
}

function show(name: unknown): string {
  const text = typeof name === 'string' ? name : (JSON.stringify(name) ?? String(name))
  return '`' + (text.length > 60 ? text.slice(0, 59) + '…' : text) + '`'
}

/** Why an untrusted script config does not load. */
export function scriptRefusal(configPath: string, how: string): string {
  return `${configPath}: Unexpected JavaScript config in an untrusted run, expected JSON or YAML: loading it runs its code; ${how}`
}

/**
 * Why a plugin named in a JSON/YAML config may not load, or `undefined`
 * when it may (copydesk always; a package name when trusted).
 */
export function pluginRefusal(name: unknown, configPath: string, policy: Pick<PluginPolicy, 'trusted' | 'how'>): string | undefined {
  if (typeof name === 'string' && ownNames.has(name)) return undefined
  if (typeof name !== 'string' || !packageName.test(name)) {
    return `${configPath}: Unexpected plugin ${show(name)}, expected a package name: JSON and YAML config never load a file by path`
  }
  if (!policy.trusted) {
    return `${configPath}: Unexpected plugin ${show(name)} in an untrusted config, expected only \`copydesk\`: ${policy.how}`
  }
  return undefined
}

/**
 * A config file's content as unified-engine's own loaders read it (JSON,
 * YAML, a package.json field; a script config is imported, so callers
 * check trust first), or the engine's error for it.
 */
export function readRawConfig(
  configPath: string,
  cwd: string,
  packageField: string | undefined
): Promise<{readonly raw: unknown; readonly error?: undefined} | {readonly error: Error}> {
  let raw: unknown
  const configuration = new Configuration({
    cwd,
    rcPath: configPath,
    detectConfig: false,
    packageField,
    // Capture the config and give the engine nothing to load.
    configTransform(value: unknown) {
      raw = value
      return {}
    }
  })
  return new Promise((resolve) => {
    configuration.load('', (error) => {
      resolve(error ? {error} : {raw})
      return undefined
    })
  })
}

/** A config's content, or `undefined` when it cannot be read (the engine reports that itself). */
async function readRaw(configPath: string, cwd: string, packageField: string | undefined): Promise<unknown> {
  const read = await readRawConfig(configPath, cwd, packageField)
  return read.error ? undefined : read.raw
}

/** Plugins imported by name, per resolution base: a name is loaded once per process (a failure is not kept). */
const imported = new Map<string, Promise<unknown>>()

/** Import a trusted plugin by package name from the working folder's or copydesk's `node_modules`. */
function importPlugin(name: string, cwd: string): Promise<unknown> {
  const key = cwd + '\0' + name
  let loading = imported.get(key)
  if (!loading) {
    loading = (async () => {
      // load-plugin brings npm's config reader: loaded only when a trusted config names a plugin.
      const {resolvePlugin} = await import('load-plugin')
      const href = await resolvePlugin(name, {
        from: [pathToFileURL(cwd + path.sep).href, pathToFileURL(root + path.sep).href],
        prefix: 'retext',
        global: false
      })
      const module = (await import(href)) as {default?: unknown}
      if (module.default === undefined) throw new Error('it has no default export')
      return module.default
    })()
    imported.set(key, loading)
    // A plugin installed after a failed attempt (the editor keeps running) is found next time.
    loading.catch(() => imported.delete(key))
  }
  return loading
}

export interface PreflightOptions {
  readonly cwd: string
  readonly trusted: boolean
  readonly packageField: string | undefined
  readonly how: string
}

export interface PreflightResult {
  /** One line per refused config or plugin. */
  readonly problems: string[]
  /** Configs the engine must not load: untrusted script configs, and configs that are not regular files. */
  readonly blocked: ReadonlySet<string>
  /** Trusted plugins, loaded, by name (for `PluginPolicy.loaded`). */
  readonly loaded: Map<string, unknown>
}

/**
 * Look at every config a run uses before the engine loads any: refuse
 * script configs and plugins that may not load, and, when trusted, import
 * the plugins JSON/YAML configs name. A config that cannot be read or
 * parsed is left to the engine, which reports it as it always has.
 */
export async function preflight(configPaths: Iterable<string>, options: PreflightOptions): Promise<PreflightResult> {
  const problems: string[] = []
  const blocked = new Set<string>()
  const loaded = new Map<string, unknown>()
  for (const configPath of new Set(configPaths)) {
    let stats: fs.Stats
    try {
      stats = fs.statSync(configPath)
    } catch {
      // Missing or unreadable: the engine says so.
      continue
    }
    if (!stats.isFile()) {
      // The engine would block reading a FIFO, or read a device forever.
      blocked.add(configPath)
      problems.push(`Cannot read config \`${configPath}\` (${specialKind(stats) ?? 'folder'}), expected a regular file`)
      continue
    }
    if (isScriptConfig(configPath)) {
      if (!options.trusted) {
        blocked.add(configPath)
        problems.push(scriptRefusal(configPath, options.how))
      }
      continue
    }
    const raw = await readRaw(configPath, options.cwd, options.packageField)
    if (typeof raw !== 'object' || raw === null) continue
    for (const [name] of pluginEntries((raw as {plugins?: unknown}).plugins)) {
      const refused = pluginRefusal(name, configPath, options)
      if (refused) {
        if (!problems.includes(refused)) problems.push(refused)
        continue
      }
      if (typeof name !== 'string' || ownNames.has(name) || loaded.has(name)) continue
      try {
        loaded.set(name, await importPlugin(name, options.cwd))
      } catch (error) {
        const detail = String((error as Error)?.message ?? error).split('\n')[0]
        problems.push(
          `${configPath}: Cannot load plugin \`${name}\` (${detail}), expected it installed in \`${path.join(options.cwd, 'node_modules')}\` or beside copydesk`
        )
      }
    }
  }
  return {problems, blocked, loaded}
}
