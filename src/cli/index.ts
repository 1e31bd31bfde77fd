/**
 * `copydesk` command line: arguments → unified-engine (files, globs, config
 * and ignore files) → copydesk's engine → a reporter → an exit code.
 *
 * Exit codes: 0 no error-level finding; 1 an error-level finding (any finding
 * with `--frail`, or more warnings than `--max-warnings`); 2 a usage, config
 * or input problem.
 */
import fs from 'node:fs'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {Readable, type Writable} from 'node:stream'
import {engine} from 'unified-engine'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import {copydeskParse, loadFormatSupport} from '../core/parse.js'
import {formatOfPath} from '../core/format.js'
import {formatReport, formats, type Format} from '../reporters/index.js'
import {ConfigFileError, transformConfig, type Overrides} from '../node/config.js'
import {cachedConfig, defaultCacheLocation, DraftCache} from '../node/cache.js'
import {changedDrafts, changedLines, DiffError, keepChanged, type ChangeSet} from '../node/diff.js'
import {causeChain, configParseProblem, withCause} from '../node/problems.js'
import {fixFiles} from '../node/fix.js'
import {defaultMaxFileSize, parseFileSize} from '../node/file-size.js'
import {gatherInput, InputError, type Input} from '../node/input.js'
import {CheckRun} from '../node/plugin.js'
import {defaultJobs} from '../node/pool.js'
import {root} from '../node/resources.js'
import {parseShard, type Shard} from '../node/shard.js'
import {untrusted, type PluginPolicy} from '../node/trust.js'
import {extensions, helpText} from './help.js'
import {initFormats, type InitFormat} from './init-formats.js'

export interface Io {
  readonly argv: ReadonlyArray<string>
  readonly cwd: string
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdin: Readable & {isTTY?: boolean}
  readonly stdout: Writable & {isTTY?: boolean; columns?: number}
  readonly stderr: Writable & {isTTY?: boolean}
}

export {extensions}

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
  /** `--verbose`: the stylish report adds each finding's why and all its suggestions. */
  readonly verbose: boolean
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
  /** `--shard i/n`: check only this share of the drafts. */
  readonly shard: Shard | undefined
  /** `--fix` writes safe fixes, `--fix-dry-run` prints them as a diff. */
  readonly fix: 'write' | 'dry-run' | undefined
  /** `--diff[=<rev>]`: `''` for the default base. */
  readonly diff: string | undefined
  /** `--cache`: the cache folder. */
  readonly cache: string | undefined
  /** `--explain <rule-id>`: print the rule's page. */
  readonly explain: string | undefined
  /** `--list-rules`: print every rule with its preset levels. */
  readonly listRules: boolean
  /** `--init[=yaml|json]`: write a starter config. */
  readonly init: InitFormat | undefined
  /** `--print-config <draft>`: print the draft's effective settings. */
  readonly printConfig: string | undefined
  readonly help: boolean
  readonly version: boolean
}

/**
 * `--diff` takes an optional value: alone it means the default base, and
 * `--diff=REV` names one. `--diff REV`, as git users type it, names one too
 * when REV is no option, no glob and no file or folder that exists (a draft
 * called `HEAD` is still read as a draft).
 */
function diffArguments(argv: ReadonlyArray<string>, cwd: string): string[] {
  const args: string[] = []
  const end = argv.indexOf('--')
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!
    if (arg === '--init' && (end === -1 || index < end)) {
      // `--init` alone writes YAML; `--init json` works as `--init=json` does.
      const next = argv[index + 1]
      if (next !== undefined && (initFormats as ReadonlyArray<string>).includes(next)) {
        args.push(`--init=${next}`)
        index++
      } else {
        args.push('--init=yaml')
      }
      continue
    }
    if (arg !== '--diff' || (end !== -1 && index > end)) {
      args.push(arg)
      continue
    }
    const next = argv[index + 1]
    if (next !== undefined && (end === -1 || index + 1 < end) && isRevision(next, cwd)) {
      args.push(`--diff=${next}`)
      index++
    } else {
      args.push('--diff=')
    }
  }
  return args
}

function isRevision(arg: string, cwd: string): boolean {
  return !arg.startsWith('-') && !/[*?[\]{}]/.test(arg) && !fs.existsSync(path.resolve(cwd, arg))
}

function parse(io: Io): Parsed {
  let values
  let positionals
  try {
    ;({values, positionals} = parseArgs({
      args: diffArguments(io.argv, io.cwd),
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        output: {type: 'string', short: 'o'},
        quiet: {type: 'boolean', short: 'q'},
        color: {type: 'boolean'},
        verbose: {type: 'boolean'},
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
        shard: {type: 'string'},
        fix: {type: 'boolean'},
        'fix-dry-run': {type: 'boolean'},
        diff: {type: 'string'},
        cache: {type: 'boolean'},
        'cache-location': {type: 'string'},
        explain: {type: 'string'},
        'list-rules': {type: 'boolean'},
        init: {type: 'string'},
        'print-config': {type: 'string'},
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
  let jobs = defaultJobs()
  if (values.jobs !== undefined) {
    jobs = values.jobs === 'auto' ? defaultJobs() : Number(values.jobs)
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
  let shard: Shard | undefined
  if (values.shard !== undefined) {
    shard = parseShard(values.shard)
    if (!shard) throw new UsageError(`Unexpected \`--shard ${values.shard}\`, expected \`i/n\` with 1 ≤ i ≤ n, such as \`2/4\``)
    if (positionals.length === 0) throw new UsageError('Unexpected `--shard` with a draft on stdin, expected drafts, folders or globs to share out')
  }
  if (values.fix === true && values['fix-dry-run'] === true) {
    throw new UsageError('Unexpected `--fix` with `--fix-dry-run`, expected one of them')
  }
  if (values.init !== undefined && !(initFormats as ReadonlyArray<string>).includes(values.init)) {
    throw new UsageError(`Unexpected \`--init=${values.init}\`, expected ${initFormats.map((f) => '`' + f + '`').join(' or ')}`)
  }
  const noColor = values['no-color'] === true || (io.env['NO_COLOR'] !== undefined && io.env['NO_COLOR'] !== '')
  // The report goes to stdout (to stderr only when stdout carries a fixed draft or a diff).
  const reportsOnStderr = (values.fix === true && positionals.length === 0) || values['fix-dry-run'] === true
  const color = values.color === true || (!noColor && (reportsOnStderr ? io.stderr : io.stdout).isTTY === true && format === 'stylish')
  return {
    files: positionals,
    format,
    output: values.output,
    quiet: values.quiet === true,
    color: noColor ? false : color,
    verbose: values.verbose === true,
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
    shard,
    fix: values['fix-dry-run'] === true ? 'dry-run' : values.fix === true ? 'write' : undefined,
    diff: values.diff,
    cache: values.cache === true || values['cache-location'] !== undefined ? (values['cache-location'] ?? defaultCacheLocation) : undefined,
    explain: values.explain,
    listRules: values['list-rules'] === true,
    init: values.init as InitFormat | undefined,
    printConfig: values['print-config'],
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
  if (io.argv[0] === 'merge-reports') {
    const {mergeReportsCommand} = await import('./merge-reports.js')
    return mergeReportsCommand(io, io.argv.slice(1), version())
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
  if (options.listRules) {
    const {listRules} = await import('./list-rules.js')
    io.stdout.write(listRules(io.stdout.isTTY === true && io.stdout.columns ? io.stdout.columns : 80))
    return 0
  }
  if (options.init !== undefined) {
    const {writeStarterConfig, InitError} = await import('./init.js')
    try {
      const name = writeStarterConfig(io.cwd, options.init)
      io.stderr.write(`copydesk: wrote \`${name}\`; \`copydesk --print-config <draft>\` shows what a draft gets\n`)
      return 0
    } catch (error) {
      if (error instanceof InitError) return fail(error.message)
      throw error
    }
  }
  if (options.printConfig !== undefined) {
    const {printConfig} = await import('./print-config.js')
    try {
      io.stdout.write(
        await printConfig(options.printConfig, {
          cwd: io.cwd,
          config: options.config,
          useConfig: options.useConfig,
          trusted: options.trustConfig,
          overrides: options.overrides
        })
      )
      return 0
    } catch (error) {
      if (error instanceof ConfigFileError) return fail(error.message)
      throw error
    }
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
      changeSet = changedLines(io.cwd, options.diff, io.env)
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
      maxFileSize: options.maxFileSize,
      shard: options.shard
    })
  } catch (error) {
    if (error instanceof InputError) return fail(error.message)
    throw error
  }
  policy = input.policy

  // Each parser loads only when a draft of its format is to be checked: a plain-text run loads none.
  const drafts = input.stdin ? [options.stdinFilename ?? ''] : input.drafts.map((draft) => draft.path)
  for (const format of new Set(drafts.map(formatOfPath))) await loadFormatSupport(format)

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
    await run.close()
  }
  tidyEngineMessages(files, configProblems)
  if (changeSet) keepChanged(files, changeSet.changes)
  if (configProblems.length > 0) return fail(configProblems.join('\n'))
  if (files.length === 0 && !options.shard) {
    return fail(`No drafts found in ${options.files.map((f: string) => '`' + f + '`').join(', ')} (looked for ${extensions.map((e) => '.' + e).join(', ')})`)
  }

  if (options.fix) {
    io.stdout.write(await fixFiles(files, {mode: useStdin && options.fix === 'write' ? 'stdout' : options.fix, cwd: io.cwd}))
  }
  const report = formatReport(files, options.format, {
    color: options.color && !options.output,
    quiet: options.quiet,
    verbose: options.verbose,
    // The terminal's width when the report goes to one, else 80.
    width: !options.output && io.stdout.isTTY === true && io.stdout.columns ? io.stdout.columns : 80,
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
    // stdout, as ESLint and Vale do, unless it carries the fixed draft or the diff.
    const fixOnStdout = options.fix !== undefined && (useStdin || options.fix === 'dry-run')
    ;(fixOnStdout ? io.stderr : io.stdout).write(report.endsWith('\n') ? report : report + '\n')
  }
  const outcome = runOutcome(files, options)
  if (outcome.why) io.stderr.write(`copydesk: ${outcome.why}\n`)
  return outcome.code
}

export function exitCode(files: ReadonlyArray<VFile>, options: Pick<Parsed, 'frail' | 'maxWarnings'>): number {
  return runOutcome(files, options).code
}

/**
 * The exit code, and when warnings alone fail the run, the line that says
 * why. Info-level notices (an empty draft, Markdown read flat) never fail
 * a run, not even with `--frail`.
 */
function runOutcome(files: ReadonlyArray<VFile>, options: Pick<Parsed, 'frail' | 'maxWarnings'>): {code: number; why?: string} {
  let errors = 0
  let warnings = 0
  let inputProblems = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal && message.ruleId === 'input') {
        inputProblems++
      } else if (message.fatal) errors++
      else if (message.fatal === false) warnings++
    }
  }
  if (inputProblems > 0) return {code: 2}
  if (errors > 0) return {code: 1}
  if (options.frail && warnings > 0) return {code: 1, why: `${plural(warnings, 'warning')} with \`--frail\`, expected none`}
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    return {code: 1, why: `${plural(warnings, 'warning')}, more than the maximum ${options.maxWarnings} (\`--max-warnings\`)`}
  }
  return {code: 0}
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
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
      const problem = configParseProblem(causes, file.cwd)
      if (problem !== undefined) {
        if (!configProblems.includes(problem)) configProblems.push(problem)
        continue
      }
      message.reason =
        message.reason === 'No such file or folder' ? 'Cannot read file: no such file or folder' : withCause(message.reason, causes)
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
