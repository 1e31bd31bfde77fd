/**
 * Everything a CLI run does before the engine starts, in the order that
 * keeps it safe: find the drafts (nothing opened), find the config each one
 * uses and hold it to the trust policy (nothing loaded, nothing read), then
 * read the drafts as UTF-8 text. The engine gets text and loaded plugins;
 * it neither searches, reads nor imports.
 */
import path from 'node:path'
import type {Readable} from 'node:stream'
import {VFile} from 'vfile'
import {source} from '../core/define-rule.js'
import {ConfigFinder} from './config-files.js'
import {defaultMaxFileSize, tooLargeInput} from './file-size.js'
import {findDrafts, IgnoreFileError} from './find-drafts.js'
import {decodeDraft, draftFile, problemFile, readBytes, readDraft, type Decoded} from './read-draft.js'
import {formatOfPath} from '../core/format.js'
import {decodeWordDraft} from './word-draft.js'
import {inShard, shardKey, type Shard} from './shard.js'
import {cliHow, preflight, type PluginPolicy} from './trust.js'

export interface InputOptions {
  readonly cwd: string
  /** Drafts, folders and globs; none: read stdin. */
  readonly files: ReadonlyArray<string>
  readonly stdin: Readable
  readonly stdinFilename: string | undefined
  readonly extensions: ReadonlyArray<string>
  /** Look for config files (`--no-config` turns it off). */
  readonly useConfig: boolean
  /** `--config`. */
  readonly config: string | undefined
  readonly rcName: string
  readonly packageField: string
  /** Look for ignore files (`--no-ignore` turns it off). */
  readonly useIgnore: boolean
  readonly ignoreName: string
  readonly ignorePath: string | undefined
  /** `--trust-config`. */
  readonly trusted: boolean
  /** `--max-file-size`: drafts larger than this many bytes are not read (0: no limit; default: 20 MB). */
  readonly maxFileSize?: number | undefined
  /** `--shard i/n`: only this share of the drafts found (see `shard.ts`). */
  readonly shard?: Shard | undefined
}

export interface Input {
  /** Drafts for the engine, their text set. */
  readonly drafts: VFile[]
  /** The text read from stdin, for the engine, when there are no paths. */
  readonly stdin?: {readonly text: string; readonly bom: string} | undefined
  /** Files reported without a check: missing, not regular, not UTF-8 text; and skipped ones named on the command line. */
  readonly unchecked: VFile[]
  /** What configs may load in this run, trusted plugins loaded. */
  readonly policy: PluginPolicy
}

/** A problem that stops the run before any draft is read: one or more lines. */
export class InputError extends Error {}

/** All of `stream`, or undefined as soon as it holds more than `limit` bytes (0: no limit). */
async function readAll(stream: Readable, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer)
    length += bytes.length
    if (limit > 0 && length > limit) {
      // Stop reading: a stream such as /dev/zero would never end.
      stream.destroy()
      return undefined
    }
    chunks.push(bytes)
  }
  return Buffer.concat(chunks)
}

/** Find, vet and read a run's input. Throws `InputError`. */
export async function gatherInput(options: InputOptions): Promise<Input> {
  const {cwd} = options
  const maxFileSize = options.maxFileSize ?? defaultMaxFileSize
  const configs = new ConfigFinder({
    cwd,
    rcName: options.useConfig && !options.config ? options.rcName : undefined,
    packageField: options.useConfig && !options.config ? options.packageField : undefined,
    rcPath: options.useConfig ? options.config : undefined,
    detect: options.useConfig && !options.config
  })
  const unchecked: VFile[] = []
  const drafts: VFile[] = []
  let stdin: Input['stdin']

  if (options.files.length === 0) {
    const name = options.stdinFilename === undefined ? undefined : path.resolve(cwd, options.stdinFilename)
    const config = configs.forFile(name ?? path.join(cwd, 'stdin.js'))
    const policy = await vet(config === undefined ? [] : [config], options)
    const bytes = await readAll(options.stdin, maxFileSize)
    const decoded = bytes ? await decode(bytes, options.stdinFilename ?? '') : undefined
    if (decoded?.ok) stdin = {text: decoded.text, bom: decoded.bom}
    else unchecked.push(problemFile(name, cwd, decoded?.reason ?? tooLargeInput(maxFileSize), decoded?.point))
    return {drafts, stdin, unchecked, policy}
  }

  let found
  try {
    found = await findDrafts(options.files, {
      cwd,
      extensions: options.extensions,
      detectIgnore: options.useIgnore,
      ignoreName: options.ignoreName,
      ignorePath: options.ignorePath
    })
  } catch (error) {
    if (error instanceof IgnoreFileError) throw new InputError(error.message)
    throw error
  }
  if (options.shard) {
    const shard = options.shard
    // Drafts are shared out before any is read; notices of ignored files go with the first share only.
    found = {
      ...found,
      drafts: inShard(found.drafts, (draft) => shardKey(draft.path, cwd), shard),
      ignored: shard.index === 1 ? found.ignored : []
    }
  }
  const configPaths = new Set<string>()
  for (const draft of found.drafts) {
    const config = draft.problem === undefined ? configs.forFile(draft.path) : undefined
    if (config !== undefined) configPaths.add(config)
  }
  const policy = await vet(configPaths, options)

  for (const draft of found.drafts) {
    if (draft.problem !== undefined) {
      unchecked.push(problemFile(draft.path, cwd, draft.problem))
      continue
    }
    const decoded = formatOfPath(draft.path) === 'docx' ? await readWordDraft(draft.path, maxFileSize) : readDraft(draft.path, maxFileSize)
    if (decoded.ok) drafts.push(draftFile(draft.path, cwd, decoded))
    else unchecked.push(draftFile(draft.path, cwd, decoded))
  }
  for (const skipped of found.ignored) {
    // A warning, as ESLint gives for an ignored file it is asked to lint: the pre-commit hook passes staged names.
    const file = new VFile({cwd, path: path.relative(cwd, skipped.path) || skipped.path})
    const ignoreFile = path.relative(cwd, skipped.ignoreFile) || skipped.ignoreFile
    const pattern = skipped.pattern === undefined ? '' : ` pattern \`${skipped.pattern}\``
    const message = file.message(`Skipped: ignored by \`${ignoreFile}\`${pattern} (pass \`--no-ignore\` to check it)`, {ruleId: 'input', source})
    message.fatal = false
    unchecked.push(file)
  }
  return {drafts, unchecked, policy}
}

/** Hold the configs a run uses to the trust policy; load trusted plugins. Throws `InputError`. */
async function vet(configPaths: Iterable<string>, options: InputOptions): Promise<PluginPolicy> {
  const result = await preflight(configPaths, {
    cwd: options.cwd,
    trusted: options.trusted,
    packageField: options.packageField,
    how: cliHow
  })
  if (result.problems.length > 0) throw new InputError(result.problems.join('\n'))
  return {trusted: options.trusted, loaded: result.loaded, skipRefused: false, how: cliHow}
}

/** A Word draft's text (src/node/word-draft.ts), or why it cannot be read. */
async function readWordDraft(filePath: string, maxFileSize: number): Promise<Decoded> {
  const read = readBytes(filePath, maxFileSize)
  return 'bytes' in read ? decodeWordDraft(read.bytes) : read
}

/** Decode bytes read from stdin as the draft `name` names: a Word draft, or text. */
function decode(bytes: Uint8Array, name: string): Promise<Decoded> | Decoded {
  return formatOfPath(name) === 'docx' ? decodeWordDraft(bytes) : decodeDraft(bytes)
}
