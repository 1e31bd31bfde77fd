/**
 * `--cache`: skip re-checking a draft whose text, copydesk settings and
 * copydesk version are unchanged, and reuse its stored findings.
 *
 * Where it sits: around copydesk's own plugin, inside unified-engine's run.
 * The CLI's config transform hands each resolved config to `cachedConfig`,
 * which wraps copydesk's plugin entry. On a hit the wrapper restores the
 * stored messages and skips the check (and, when copydesk is the only
 * plugin, the parse too, so a run of hits never loads the dictionaries).
 * Config discovery, ignore files, reading and input checks stay the
 * engine's, so a cached run sees exactly the files an uncached run sees.
 * Other retext plugins named in a config are not cached: they run every time.
 *
 * One entry per draft path (`<sha256 of the path>.json`), holding the hashes
 * it was made for and the plain message fields. Entries are written to a
 * temporary file and renamed, so runs can share a folder; an entry that
 * cannot be read or does not have the expected shape (every field of every
 * message is checked: see `isPlainMessage`) is a miss.
 */
import {createHash} from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type {Processor, Transformer} from 'unified'
import type {VFile} from 'vfile'
import {restore, toPlain, type PlainMessage} from './messages.js'
import type {CheckRun} from './plugin.js'
import {wordTableHash} from './resources.js'

/** Bump when the entry layout changes. */
const entryFormat = 1

/** The default cache folder, relative to the working directory. */
export const defaultCacheLocation = '.copydesk-cache'

interface Entry {
  readonly format: number
  readonly key: string
  readonly messages: PlainMessage[]
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

export class DraftCache {
  /**
   * What every key includes besides text and settings: copydesk's version
   * and the word data's content hash (the same on every machine with the
   * same data, so a cache restored in CI from another machine is used).
   */
  private readonly stamp: string
  hits = 0
  misses = 0

  constructor(
    /** Absolute path of the cache folder. */
    readonly folder: string,
    /** Drafts are keyed by their path relative to this folder, so a cache moves with a checkout. */
    readonly cwd: string,
    version: string
  ) {
    this.stamp = JSON.stringify([version, wordTableHash()])
  }

  /** Create the folder; throws with the system error code when it cannot be used. */
  prepare(): void {
    fs.mkdirSync(this.folder, {recursive: true})
    fs.accessSync(this.folder, fs.constants.W_OK)
    // Keep the cache out of git, as pytest does with its cache folder.
    const ignore = path.join(this.folder, '.gitignore')
    if (!fs.existsSync(ignore)) fs.writeFileSync(ignore, '# Written by copydesk --cache\n*\n')
  }

  /** The key for one draft's text under one config hash. */
  key(text: string, configHash: string): string {
    return sha256(JSON.stringify([entryFormat, this.stamp, configHash, sha256(text)]))
  }

  entryPath(file: VFile): string {
    const name = file.path ? path.relative(this.cwd, path.resolve(file.cwd, file.path)) : '<stdin>'
    return path.join(this.folder, sha256(name.split(path.sep).join('/')) + '.json')
  }

  /** Stored messages for this key, or undefined on a miss (no entry, another key, or a damaged entry). */
  read(file: VFile, key: string): PlainMessage[] | undefined {
    let entry: Entry
    try {
      entry = JSON.parse(fs.readFileSync(this.entryPath(file), 'utf8')) as Entry
    } catch {
      return undefined
    }
    if (
      typeof entry !== 'object' ||
      entry === null ||
      entry.format !== entryFormat ||
      entry.key !== key ||
      !Array.isArray(entry.messages) ||
      !entry.messages.every(isPlainMessage)
    ) {
      return undefined
    }
    return entry.messages
  }

  /** Store messages atomically (temporary file, then rename); a cache that cannot be written is skipped. */
  write(file: VFile, key: string, messages: PlainMessage[]): void {
    const target = this.entryPath(file)
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    const entry: Entry = {format: entryFormat, key, messages}
    try {
      fs.writeFileSync(temporary, JSON.stringify(entry))
      fs.renameSync(temporary, target)
    } catch {
      fs.rmSync(temporary, {force: true})
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A unist point as vfile places hold them: 1-based line and column, an optional offset. */
function isPoint(value: unknown): boolean {
  return (
    isRecord(value) &&
    Number.isInteger(value['line']) &&
    Number.isInteger(value['column']) &&
    (value['offset'] === undefined || Number.isInteger(value['offset']))
  )
}

/**
 * Whether a stored message has the shape `restore` needs, field by field:
 * valid JSON of another shape (a hand-edited or planted entry) is a miss,
 * never an error in the run.
 */
export function isPlainMessage(value: unknown): value is PlainMessage {
  if (!isRecord(value) || typeof value['reason'] !== 'string') return false
  const place = value['place']
  const placeOk = place === undefined || place === null || isPoint(place) || (isRecord(place) && isPoint(place['start']) && isPoint(place['end']))
  const optional = (key: string, type: 'string' | 'boolean') => value[key] === undefined || typeof value[key] === type
  const expected = value['expected']
  return (
    placeOk &&
    ['ruleId', 'source', 'url', 'actual', 'note', 'cause'].every((key) => optional(key, 'string')) &&
    (value['fatal'] === null || optional('fatal', 'boolean')) &&
    optional('fixSafe', 'boolean') &&
    (expected === undefined || (Array.isArray(expected) && expected.every((item) => typeof item === 'string')))
  )
}

type Attacher = (this: Processor, ...parameters: unknown[]) => Transformer | undefined
type Parser = (text: string, file: VFile) => unknown

interface Lookup {
  readonly key: string
  readonly messages: PlainMessage[] | undefined
}

/**
 * Wrap copydesk's plugin entry in a config as the CLI's transform returns it
 * (`{plugins: [[copydeskPlugin, options], ...others], settings}`). Configs
 * without copydesk's plugin (a broken config) are returned as they are.
 * A hit counts as a checked draft in `run`'s progress.
 */
export function cachedConfig<Config extends {plugins: unknown[]; settings?: unknown}>(config: Config, cache: DraftCache, run: CheckRun): Config {
  const first = config.plugins[0]
  if (!Array.isArray(first) || typeof first[0] !== 'function') return config
  const [attacher, options] = first as [Attacher, unknown]
  const onlyPlugin = config.plugins.length === 1
  const configHash = sha256(JSON.stringify({options, settings: config.settings ?? null, onlyPlugin}))

  const lookup = (file: VFile): Lookup => {
    const data = file.data as {copydeskCache?: Lookup}
    if (!data.copydeskCache) {
      const key = cache.key(String(file.value), configHash)
      data.copydeskCache = {key, messages: cache.read(file, key)}
    }
    return data.copydeskCache
  }

  function cached(this: Processor, ...parameters: unknown[]): Transformer | undefined {
    const check = attacher.apply(this, parameters)
    if (onlyPlugin) {
      // Nothing else reads the tree: a hit needs no parse.
      const self = this as unknown as {parser: Parser}
      const parse = self.parser
      self.parser = function (text: string, file: VFile) {
        if (lookup(file).messages) return {type: 'RootNode', children: []}
        return parse(text, file)
      }
    }
    // Two parameters: unified treats a third as a callback to wait for.
    return async function (tree: unknown, file: VFile) {
      const found = lookup(file)
      if (found.messages) {
        cache.hits++
        for (const message of found.messages) restore(file, message)
        run.tick()
        return undefined
      }
      cache.misses++
      const before = file.messages.length
      await (check as unknown as ((tree: unknown, file: VFile) => Promise<void>) | undefined)?.(tree, file)
      cache.write(file, found.key, file.messages.slice(before).map(toPlain))
      return undefined
    } as unknown as Transformer
  }

  return {...config, plugins: [[cached, options], ...config.plugins.slice(1)]}
}
