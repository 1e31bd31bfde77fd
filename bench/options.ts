/**
 * The options a bench script reads. A benchmark whose default is the
 * held-out text must not run it on an option it does not know (a mistyped
 * `--dev`, a `--help`): it says which argument it did not expect, prints
 * its usage, and runs nothing.
 */
export interface Options {
  /** Options that stand alone (`--dev`). */
  readonly flags: ReadonlyArray<string>
  /** Options followed by a value (`--show their/there`). */
  readonly withValue?: ReadonlyArray<string>
  /** One line: how the script is called. */
  readonly usage: string
}

/** The problem with `args`, in one line, or `undefined` when every argument is known. */
export function optionsProblem(args: ReadonlyArray<string>, options: Options): string | undefined {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!
    if (options.flags.includes(arg)) continue
    if (options.withValue?.includes(arg) && args[index + 1] !== undefined) {
      index++
      continue
    }
    return `Unexpected argument \`${arg}\`. ${options.usage}`
  }
  return undefined
}

/** Ends the process with the problem on stderr when `args` holds an argument `options` does not know. */
export function exitOnUnknownOptions(args: ReadonlyArray<string>, options: Options): void {
  const problem = optionsProblem(args, options)
  if (problem === undefined) return
  process.stderr.write(`${problem}\n`)
  process.exit(1)
}
