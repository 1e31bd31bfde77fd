/**
 * Everything a CLI run does before the engine starts: find the drafts
 * (nothing opened), then read them as UTF-8 text. The engine gets text; it
 * neither searches nor reads.
 */
import path from 'node:path'
import type {Readable} from 'node:stream'
import {VFile} from 'vfile'
import {source} from '../engine/define-rule.js'
import {findDrafts, IgnoreFileError} from './find-drafts.js'
import {decodeDraft, draftFile, problemFile, readDraft} from './read-draft.js'

export interface InputOptions {
  readonly cwd: string
  /** Drafts, folders and globs; none: read stdin. */
  readonly files: ReadonlyArray<string>
  readonly stdin: Readable
  readonly stdinFilename: string | undefined
  readonly extensions: ReadonlyArray<string>
  /** Look for ignore files (`--no-ignore` turns it off). */
  readonly useIgnore: boolean
  readonly ignoreName: string
  readonly ignorePath: string | undefined
}

export interface Input {
  /** Drafts for the engine, their text set. */
  readonly drafts: VFile[]
  /** The text read from stdin, for the engine, when there are no paths. */
  readonly stdin?: {readonly text: string; readonly bom: string} | undefined
  /** Files reported without a check: missing, not regular, not UTF-8 text; and skipped ones named on the command line. */
  readonly unchecked: VFile[]
}

/** A problem that stops the run before any draft is read, in one line. */
export class InputError extends Error {}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer))
  return Buffer.concat(chunks)
}

/** Find and read a run's input. Throws `InputError`. */
export async function gatherInput(options: InputOptions): Promise<Input> {
  const {cwd} = options
  const unchecked: VFile[] = []
  const drafts: VFile[] = []
  let stdin: Input['stdin']

  if (options.files.length === 0) {
    const name = options.stdinFilename === undefined ? undefined : path.resolve(cwd, options.stdinFilename)
    const decoded = decodeDraft(await readAll(options.stdin))
    if (decoded.ok) stdin = {text: decoded.text, bom: decoded.bom}
    else unchecked.push(problemFile(name, cwd, decoded.reason, decoded.point))
    return {drafts, stdin, unchecked}
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
  for (const draft of found.drafts) {
    if (draft.problem !== undefined) {
      unchecked.push(problemFile(draft.path, cwd, draft.problem))
      continue
    }
    const decoded = readDraft(draft.path)
    if (decoded.ok) drafts.push(draftFile(draft.path, cwd, decoded))
    else unchecked.push(draftFile(draft.path, cwd, decoded))
  }
  for (const skipped of found.ignored) {
    // A warning, as ESLint gives for an ignored file it is asked to lint: the pre-commit hook passes staged names.
    const file = new VFile({cwd, path: path.relative(cwd, skipped.path) || skipped.path})
    const ignoreFile = path.relative(cwd, skipped.ignoreFile) || skipped.ignoreFile
    const message = file.message(`Skipped: ignored by \`${ignoreFile}\` (pass \`--no-ignore\` to check it)`, {ruleId: 'input', source})
    message.fatal = false
    unchecked.push(file)
  }
  return {drafts, unchecked}
}
