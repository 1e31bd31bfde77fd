/**
 * One `copydesk` run in this process: the command line's whole code path
 * from arguments to exit. `bin.js` runs it on its own arguments and stdin;
 * `copydesk_d` (daemon.ts) runs it when no warm server can take the run,
 * with the part of stdin a server had already taken put back in front.
 */
import fs from 'node:fs'
import type {Readable} from 'node:stream'
import {fileURLToPath} from 'node:url'

/** Run `copydesk argv…` here, reading a draft from `stdin` when the arguments ask for one; exits the process when done. */
export async function start(argv: ReadonlyArray<string>, stdin: Readable & {isTTY?: boolean}): Promise<void> {
  // `--help` and `--version` alone answer before the checker's modules load,
  // so they take about as long as Node's own start.
  const alone = argv.length === 1 ? argv[0] : undefined
  if (alone === '--help' || alone === '-h') {
    const {extensions, helpText} = await import('./help.js')
    process.stdout.write(helpText(extensions))
  } else if (alone === '--version' || alone === '-v') {
    process.stdout.write(packageVersion() + '\n')
  } else {
    await check(argv, stdin)
  }
}

/** The package's version, from its manifest (this file is dist/src/cli/start.js: the package root is three folders up). */
export function packageVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

/**
 * The checker's modules: the build's bundle of them (dist/bundle/cli.js, see
 * scripts/bundle-cli.mjs) when it is at least as new as the compiled
 * modules, so a `tsc` run alone is never shadowed by an older bundle; else
 * the compiled modules themselves. `COPYDESK_BUNDLE=0` asks for the
 * compiled modules (the tests and the bench compare the two).
 */
export function checkerModule(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const bundle = new URL('../../bundle/cli.js', import.meta.url)
  try {
    if (env['COPYDESK_BUNDLE'] !== '0' && fs.statSync(bundle).mtimeMs >= fs.statSync(new URL('./index.js', import.meta.url)).mtimeMs) return bundle.href
  } catch {
    // No bundle (a build by `tsc` alone): use the compiled modules.
  }
  return new URL('./index.js', import.meta.url).href
}

/** Whether the arguments ask for a check of drafts, rather than a subcommand or a page of information. */
export function checksDrafts(argv: ReadonlyArray<string>): boolean {
  if (argv[0] === 'merge-reports' || argv[0] === 'names') return false
  return !argv.some((argument) => /^--(explain|list-rules|init|print-config|help|version)(=|$)|^-[hv]$/.test(argument))
}

async function check(argv: ReadonlyArray<string>, stdin: Readable & {isTTY?: boolean}): Promise<void> {
  // A check reads the 23 MB word table first thing: begin that now, so the
  // thread pool reads it while this thread compiles the checker's modules.
  if (checksDrafts(argv)) {
    // This thread's young generation stays small while it loads and reads;
    // it may grow once this thread checks a draft (see young-generation.ts).
    // A run is short-lived: V8 compiles only its hottest code, for the whole
    // run (the process ends with it).
    const {holdCompileLess, holdYoungGeneration} = await import('../node/young-generation.js')
    holdYoungGeneration()
    holdCompileLess()
    const {beginRead} = await import('../node/early-reads.js')
    // This file is dist/src/cli/start.js: the package root is three folders up.
    beginRead(fileURLToPath(new URL('../../../generated/words.bin', import.meta.url)), true)
  }
  const {main} = (await import(checkerModule())) as typeof import('./index.js')
  let settled = false

  // If the engine ever stops without calling back, Node would drain its event
  // loop and exit 0 with no report: a silent pass. Say so and fail instead.
  process.on('beforeExit', () => {
    if (settled) return
    settled = true
    process.stderr.write('copydesk: internal problem: the check stopped before every draft was reported, so there is no result\n')
    process.exitCode = 2
  })

  main({
    argv,
    cwd: process.cwd(),
    env: process.env,
    stdin,
    stdout: process.stdout,
    stderr: process.stderr
  }).then(
    (code) => {
      settled = true
      exitWhenWritten(code)
    },
    (error: unknown) => {
      settled = true
      // A bug, not a user error: say so in one line and point at the details.
      process.stderr.write(internalProblem(error, process.env))
      exitWhenWritten(2)
    }
  )
}

/** The line (and with `DEBUG` set, the stack) for a failure that is a bug rather than a user's problem. */
export function internalProblem(error: unknown, env: Readonly<Record<string, string | undefined>>): string {
  return `copydesk: internal problem: ${(error as Error)?.message ?? String(error)}\n` + (env['DEBUG'] ? String((error as Error)?.stack) + '\n' : '')
}

/**
 * Exit as soon as stdout and stderr have taken all that was written to
 * them. Left to drain, Node first waits for V8's background work, such as
 * a garbage collection begun late in the run (40-50 ms after a 1,000-word
 * draft), on a heap about to be dropped. Every file copydesk writes
 * (report, fixes, cache) is written synchronously before `main` resolves.
 */
export function exitWhenWritten(code: number): void {
  process.exitCode = code
  const streams = [process.stdout, process.stderr].filter((stream) => !stream.destroyed && !stream.writableEnded)
  let waiting = streams.length
  const done = () => {
    if (--waiting <= 0) process.exit(code)
  }
  if (waiting === 0) process.exit(code)
  // A write's callback runs once it and every write before it have been handed on (or have failed).
  for (const stream of streams) stream.write('', done)
}
