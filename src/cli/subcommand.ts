/**
 * What the subcommands (`copydesk merge-reports`, `copydesk names`) share:
 * their problems go to stderr as one line named by the subcommand, with
 * exit code 2, and their arguments are parsed strictly by Node's own
 * `parseArgs`, a parse problem being such a line.
 */
import {parseArgs, type ParseArgsConfig} from 'node:util'
import type {Io} from './index.js'

/** Writes `copydesk NAME: message` to stderr and answers the exit code 2. */
export function subcommandFailure(io: Io, name: string): (message: string) => number {
  return (message) => {
    io.stderr.write(`copydesk ${name}: ${message}\n`)
    return 2
  }
}

type Options = NonNullable<ParseArgsConfig['options']>

/**
 * The parsed arguments, or the exit code after writing the problem (Node's
 * message without its hint about `--`, then `afterProblem` if given).
 */
export function subcommandArgs<T extends Options>(
  argv: ReadonlyArray<string>,
  options: T,
  fail: (message: string) => number,
  afterProblem = ''
): ReturnType<typeof parseArgs<{args: string[]; allowPositionals: true; strict: true; options: T}>> | number {
  try {
    return parseArgs({args: [...argv], allowPositionals: true, strict: true, options})
  } catch (error) {
    return fail(String((error as Error).message).replace(/\. To specify.*$/s, '') + afterProblem)
  }
}
