/**
 * `copydesk` command line: arguments → unified-engine (files, globs, config
 * and ignore files) → copydesk's engine → a reporter → an exit code.
 *
 * Exit codes: 0 no error-level finding; 1 an error-level finding (any finding
 * with `--frail`, or more warnings than `--max-warnings`); 2 a usage, config
 * or input problem.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {Readable, type Writable} from 'node:stream'
import {engine} from 'unified-engine'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {copydeskParse, loadMarkdownSupport} from '../core/parse.js'
import {formatReport, formats, type Format} from '../reporters/index.js'
import {ConfigFileError, transformConfig, type Overrides} from '../node/config.js'
import {cachedConfig, defaultCacheLocation, DraftCache} from '../node/cache.js'
import {changedDrafts, changedLines, DiffError, keepChanged, type ChangeSet} from '../node/diff.js'
import {fixFiles} from '../node/fix.js'
import {defaultMaxFileSize, parseFileSize} from '../node/file-size.js'
import {gatherInput, InputError, type Input} from '../node/input.js'
import {CheckRun} from '../node/plugin.js'
import {root} from '../node/resources.js'
import {untrusted, type PluginPolicy} from '../node/trust.js'
import {helpText} from './help.js'

export interface Io {
  readonly argv: ReadonlyArray<string>
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdin: Readable & {isTTY?: boolean}
  readonly stdout: Writable & {isTTY?: boolean; columns?: number}
  readonly stderr: Writable & {isTTY?: boolean}
}

export const extensions = ['txt', 'md', 'markdown']

class UsageError extends Error {}

export function version(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}
  return manifest.version
}

interface Parsed {
  readonly files: string[]
  readonly format: Format
  readonly output: string | undefined
  readonly quiet: boolean
  readonly color: boolean
  readonly frail: boolean
  readonly maxWarnings: number | undefined
  readonly overrides: Overrides
  readonly config: string | undefined
  readonly useConfig: boolean
  /** `--trust-config`: script configs and plugins other than copydesk may load. */
  readonly trustConfig: boolean
  readonly stdinFilename: string | undefined
  readonly ignorePath: string | undefined
  readonly useIgnore: boolean
  readonly jobs: number
  /** `--max-file-size`, in bytes (0: no limit). */
  readonly maxFileSize: number
  /** `--fix` writes safe fixes, `--fix-dry-run` prints them as a diff. */
  readonly fix: 'write' | 'dry-run' | undefined
  /** `--diff[=<rev>]`: `''` for the default base. */
  readonly diff: string | undefined
  /** `--cache`: the cache folder. */
  readonly cache: string | undefined
  /** `--explain <rule-id>`: print the rule's page. */
  readonly explain: string | undefined
  readonly help: boolean
  readonly version: boolean
}

function parse(io: Io): Parsed {
  let values
  let positionals
  try {
    ;({values, positionals} = parseArgs({
      // `--diff` takes an optional value: alone it means the default base.
      args: io.argv.map((arg, index) => (arg === '--diff' && !io.argv.slice(0, index).includes('--') ? '--diff=' : arg)),
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        output: {type: 'string', short: 'o'},
        quiet: {type: 'boolean', short: 'q'},
        color: {type: 'boolean'},
        'no-color': {type: 'boolean'},
        frail: {type: 'boolean'},
        'max-warnings': {type: 'string'},
        rule: {type: 'string', multiple: true},
        disable: {type: 'string', multiple: true},
        config: {type: 'string', short: 'c'},
        'no-config': {type: 'boolean'},
        'trust-config': {type: 'boolean'},
        'stdin-filename': {type: 'string'},
        'ignore-path': {type: 'string'},
        'no-ignore': {type: 'boolean'},
        jobs: {type: 'string', short: 'j'},
        'max-file-size': {type: 'string'},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        diff: {type: 'string'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        explain: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    }))
  } catch (error) {
    throw new UsageError(String((error as Error).message).replace(/\. To specify.*$/s, ''))
  }
  const format = (values.format ?? 'stylish') as Format
  if (!formats.includes(format)) {
    throw new UsageError(`Unexpected format \`${values.format}\`, expected one of ${formats.map((f) => '`' + f + '`').join(', ')}`)
  }
  let maxWarnings: number | undefined
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings'])
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
      throw new UsageError(`Unexpected \`--max-warnings ${values['max-warnings']}\`, expected a whole number of 0 or more`)
    }
  }
  let jobs = os.availableParallelism()
  if (values.jobs !== undefined) {
    jobs = values.jobs === 'auto' ? os.availableParallelism() : Number(values.jobs)
    if (!Number.isInteger(jobs) || jobs < 1) {
      throw new UsageError(`Unexpected \`--jobs ${values.jobs}\`, expected a whole number of 1 or more, or \`auto\``)
    }
  }
  let maxFileSize = defaultMaxFileSize
  if (values['max-file-size'] !== undefined) {
    const size = parseFileSize(values['max-file-size'])
    if (size === undefined) {
      throw new UsageError(`Unexpected \`--max-file-size ${values['max-file-size']}\`, expected a size such as \`20MB\` or \`500KB\`, or \`0\` for no limit`)
    }
    maxFileSize = size
  }
  if (values.fix === true && values['fix-dry-run'] === true) {
    throw new UsageError('Unexpected `--fix` with `--fix-dry-run`, expected one of them')
  }
  const noColor = values['no-color'] === true || (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '')
  const color = values.color === true || (!noColor && io.stderr.isTTY === true && format === 'stylish')
  return {
    files: positionals,
    format,
    output: values.output,
    quiet: values.quiet === true,
    color: noColor ? false : color,
    frail: values.frail === true,
    maxWarnings,
    overrides: {only: values.rule ?? [], disable: values.disable ?? []},
    config: values.config,
    useConfig: values['no-config'] !== true,
    trustConfig: values['trust-config'] === true,
    stdinFilename: values['stdin-filename'],
    ignorePath: values['ignore-path'],
    useIgnore: values['no-ignore'] !== true,
    jobs,
    maxFileSize,
    fix: values['fix-dry-run'] === true ? 'dry-run' : values.fix === true ? 'write' : undefined,
    diff: values.diff,
    cache: values.cache === true || values['cache-location'] !== undefined ? (values['cache-location'] ?? defaultCacheLocation) : undefined,
    explain: values.explain,
    help: values.help === true,
    version: values.version === true
  }
}

/** Run the CLI; resolves to the exit code. Never throws for user errors. */
export async function main(io: Io): Promise<number> {
  const fail = (message: string) => {
    io.stderr.write(`copydesk: ${message}\n`)
    return 2
  }
  if (io.argv[0] === 'names') {
    const {namesCommand} = await import('./names.js')
    return namesCommand(io, io.argv.slice(1), extensions)
  }
  let options: Parsed
  try {
    options = parse(io)
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\nRun \`copydesk --help\` for usage.`)
    throw error
  }
  if (options.help) {
    io.stdout.write(helpText(extensions))
    return 0
  }
  if (options.version) {
    io.stdout.write(version() + '\n')
    return 0
  }
  if (options.explain !== undefined) {
    const {explainRule, ExplainError} = await import('./explain.js')
    try {
      // The terminal's width, or 80 when the page goes to a file or a pipe.
      const width = io.stdout.isTTY === true && io.stdout.columns ? io.stdout.columns : 80
      io.stdout.write(await explainRule(options.explain, width))
      return 0
    } catch (error) {
      if (error instanceof ExplainError) return fail(error.message)
      throw error
    }
  }
  let changeSet: ChangeSet | undefined
  if (options.diff !== undefined) {
    try {
      changeSet = changedLines(io.cwd, options.diff)
    } catch (error) {
      if (error instanceof DiffError) return fail(error.message)
      throw error
    }
    // With no paths, check the changed drafts.
    if (options.files.length === 0) {
      options.files.push(...changedDrafts(changeSet.changes, io.cwd, extensions))
      if (options.files.length === 0) {
        if (!options.quiet) io.stderr.write(`copydesk: No changed drafts since \`${changeSet.base}\`\n`)
        return 0
      }
    }
  }
  let cache: DraftCache | undefined
  if (options.cache !== undefined) {
    cache = new DraftCache(path.resolve(io.cwd, options.cache), io.cwd, version())
    try {
      cache.prepare()
    } catch (error) {
      return fail(`Cannot use cache folder \`${options.cache}\`: ${(error as NodeJS.ErrnoException).code ?? 'unwritable'}, expected a writable folder`)
    }
  }
  const useStdin = options.files.length === 0
  // The fixed draft (stdin) or the diff goes to stdout, so the report must not.
  if (options.fix && (useStdin || options.fix === 'dry-run') && options.format !== 'stylish' && !options.output) {
    return fail(`Cannot print ${options.fix === 'dry-run' ? 'the diff' : 'the fixed draft'} and a \`${options.format}\` report both on stdout, expected \`--output <file>\` for the report`)
  }
  if (useStdin && io.stdin.isTTY) {
    return fail('No input: give drafts, folders or globs, or pipe a draft in.\nRun `copydesk --help` for usage.')
  }
  if (options.config && !fs.existsSync(path.resolve(io.cwd, options.config))) {
    return fail(`Cannot read config \`${options.config}\`: no such file`)
  }

  const configProblems: string[] = []
  let policy: PluginPolicy = untrusted
  // This run's progress counts and worker threads: nothing another `main()` call sees.
  const run = new CheckRun(options.jobs)
  const transform = (raw: unknown, configPath?: string) => {
    try {
      const config = transformConfig(raw, configPath, options.overrides, policy, run)
      return cache ? cachedConfig(config, cache, run) : config
    } catch (error) {
      if (error instanceof ConfigFileError) {
        if (!configProblems.includes(error.message)) configProblems.push(error.message)
        return {plugins: []}
      }
      throw error
    }
  }
  // Check command-line overrides and the default config up front.
  const defaultConfig = transform({}, undefined)
  if (configProblems.length > 0) return fail(configProblems.join('\n'))

  // Find the drafts and vet their configs before a draft is read or a plugin loaded.
  let input: Input
  try {
    input = await gatherInput({
      cwd: io.cwd,
      files: options.files,
      stdin: io.stdin,
      stdinFilename: options.stdinFilename,
      extensions,
      useConfig: options.useConfig,
      config: options.config,
      rcName: '.retextrc',
      packageField: 'copydesk',
      useIgnore: options.useIgnore,
      ignoreName: '.retextignore',
      ignorePath: options.ignorePath,
      trusted: options.trustConfig,
      maxFileSize: options.maxFileSize
    })
  } catch (error) {
    if (error instanceof InputError) return fail(error.message)
    throw error
  }
  policy = input.policy

  // Plain-text drafts named one by one never need the Markdown parser.
  const onlyText = !useStdin && options.files.every((file) => /\.txt$/i.test(file) && !/[*?[{]/.test(file))
  const stdinText = useStdin && !/\.(md|markdown|mdown|mkd)$/i.test(options.stdinFilename ?? '')
  if (!onlyText && !stdinText) await loadMarkdownSupport()

  let files: VFile[] = []
  const showProgress = io.stderr.isTTY === true
  if (showProgress) {
    run.progress.onChange = (done, total) => {
      if (total >= 20 && (done % 10 === 0 || done === total)) io.stderr.write(`\rcopydesk: checked ${done} of ${total} drafts`)
    }
  }
  try {
    files = input.drafts.length > 0 || input.stdin ? await runEngine(io, options, transform, defaultConfig, input) : []
    if (input.stdin?.bom && files[0]) (files[0].data as {bom?: string}).bom = input.stdin.bom
    files = [...files, ...input.unchecked].sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0))
  } catch (error) {
    return fail(describeEngineError(error as Error))
  } finally {
    if (showProgress && run.progress.total >= 20) io.stderr.write('\r\u001B[K')
    await run.pool.close()
  }
  tidyEngineMessages(files, configProblems)
  if (changeSet) keepChanged(files, changeSet.changes)
  if (configProblems.length > 0) return fail(configProblems.join('\n'))
  if (files.length === 0) {
    return fail(`No drafts found in ${options.files.map((f: string) => '`' + f + '`').join(', ')} (looked for ${extensions.map((e) => '.' + e).join(', ')})`)
  }

  if (options.fix) {
    io.stdout.write(await fixFiles(files, {mode: useStdin && options.fix === 'write' ? 'stdout' : options.fix, cwd: io.cwd}))
  }
  const report = formatReport(files, options.format, {
    color: options.color && !options.output,
    quiet: options.quiet,
    cwd: io.cwd,
    version: version()
  })
  if (options.output) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, options.output), report)
    } catch (error) {
      return fail(`Cannot write report to \`${options.output}\`: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
    }
  } else if (report) {
    ;(options.format === 'stylish' ? io.stderr : io.stdout).write(report.endsWith('\n') ? report : report + '\n')
  }
  return exitCode(files, options)
}

export function exitCode(files: ReadonlyArray<VFile>, options: Pick<Parsed, 'frail' | 'maxWarnings'>): number {
  let errors = 0
  let warnings = 0
  let inputProblems = 0
  let all = 0
  for (const file of files) {
    for (const message of file.messages) {
      all++
      if (message.fatal && message.ruleId === 'input') {
        inputProblems++
      } else if (message.fatal) errors++
      else if (message.fatal === false) warnings++
    }
  }
  if (inputProblems > 0) return 2
  if (errors > 0) return 1
  if (options.frail && all > 0) return 1
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) return 1
  return 0
}

/** The messages of an error and the errors that caused it, first lines only: no stack traces. */
function causeChain(error: unknown): string[] {
  const chain: string[] = []
  let current = error
  while (current && chain.length < 5) {
    const text = current instanceof Error ? current.message : String(current)
    chain.push(text.split('\n')[0]!.replace(/^Error: /, ''))
    current = current instanceof Error || typeof current === 'object' ? (current as {cause?: unknown}).cause : undefined
  }
  return chain
}

/**
 * Problems unified-engine reports on files (a missing file, a config file it
 * cannot parse) come with stack traces; turn them into one-line findings,
 * and config problems into run-stopping errors.
 */
function tidyEngineMessages(files: ReadonlyArray<VFile>, configProblems: string[]): void {
  for (const file of files) {
    for (const message of file.messages) {
      if (message.source === 'copydesk' || !message.fatal) continue
      const causes = causeChain((message as {cause?: unknown}).cause)
      const configCause = causes.findIndex((cause) => cause.startsWith('Cannot parse file'))
      if (configCause !== -1) {
        const configPath = /`([^`]+)`/.exec(causes[configCause]!)?.[1] ?? 'config'
        const detail = (causes[configCause + 1] ?? '').replace(/ while parsing .*$/, '')
        const problem = `Cannot parse config \`${configPath}\`${detail ? ': ' + detail : ''}`
        if (!configProblems.includes(problem)) configProblems.push(problem)
        continue
      }
      const detail = causes.find((cause) => !message.reason.includes(cause))
      message.reason =
        message.reason === 'No such file or folder'
          ? 'Cannot read file: no such file or folder'
          : message.reason + (detail ? `: ${detail}` : '')
      message.message = message.reason
      ;(message as {cause?: unknown}).cause = undefined
      message.stack = ''
      message.ruleId = 'input'
      message.source = 'copydesk'
    }
  }
}

function describeEngineError(error: Error): string {
  if (error.message === 'No input') return 'No input: the piped input is empty'
  return error.message
}

function runEngine(
  io: Io,
  options: Parsed,
  transform: (raw: unknown, configPath?: string) => unknown,
  defaultConfig: unknown,
  input: Input
): Promise<VFile[]> {
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: unified().use(copydeskParse as () => void),
        cwd: io.cwd,
        // The drafts, found and read (src/node/input.ts), or the text read from stdin.
        files: input.stdin ? [] : input.drafts,
        extensions,
        streamIn: input.stdin ? Readable.from([input.stdin.text]) : undefined,
        filePath: options.stdinFilename,
        out: false,
        output: false,
        rcName: options.useConfig && !options.config ? '.retextrc' : undefined,
        packageField: options.useConfig && !options.config ? 'copydesk' : undefined,
        rcPath: options.useConfig ? options.config : undefined,
        detectConfig: options.useConfig && !options.config,
        // Ignore files were applied while finding the drafts.
        detectIgnore: false,
        silentlyIgnore: true,
        pluginPrefix: 'retext',
        configTransform: transform as never,
        defaultConfig: defaultConfig as never,
        reporter: () => '',
        streamError: sink()
      },
      function (error, _code, context) {
        if (error) reject(error)
        else resolve([...(context?.files ?? [])])
      }
    )
  })
}

/** A stream that drops what unified-engine would print: copydesk reports itself. */
function sink(): Writable {
  return {write: () => true} as unknown as Writable
}
