/**
 * Failures told in one line, for the CLI and the language server alike:
 * neither shows a stack trace. unified-engine's own failures (a config it
 * cannot parse, a plugin it cannot find, a file it cannot read) come
 * wrapped in errors that carry stack traces; `causeChain` reads them, and
 * `firstLine` tells any other error.
 */
import fs from 'node:fs'
import path from 'node:path'

/** How many errors of a chain are read: enough for the engine's wrapping, never a loop. */
const maxChain = 5

/** The first line of an error's message (or of anything else thrown, as text). */
export function firstLine(error: unknown): string {
  return String(error instanceof Error ? error.message : error).split('\n')[0]!
}

/**
 * The messages of an error and of the errors that caused it (`cause`), the
 * first line of each without an `Error: ` prefix: no stack traces.
 */
export function causeChain(error: unknown): string[] {
  const chain: string[] = []
  let current = error
  while (current && chain.length < maxChain) {
    chain.push(firstLine(current).replace(/^Error: /, ''))
    current = typeof current === 'object' ? (current as {cause?: unknown}).cause : undefined
  }
  return chain
}

/**
 * The problem to show for a config unified-engine cannot parse, from the
 * causes of its failure (`Cannot parse file` naming the file, then the
 * parser's complaint), or undefined when the failure is another one.
 */
export function configParseProblem(causes: ReadonlyArray<string>, cwd = process.cwd()): string | undefined {
  const at = causes.findIndex((cause) => cause.startsWith('Cannot parse file'))
  if (at === -1) return undefined
  const where = /`([^`]+)`/.exec(causes[at]!)?.[1] ?? 'config'
  const detail = withLineAndColumn((causes[at + 1] ?? '').replace(/ while parsing .*$/, ''), path.resolve(cwd, where))
  return `Cannot parse config \`${where}\`${detail ? ': ' + detail : ''}`
}

/**
 * JSON.parse on Node 20 places a syntax error by character offset (`at
 * position 64`), which nobody can find in an editor: say the line and
 * column instead, read from the config file.
 */
function withLineAndColumn(detail: string, file: string): string {
  const match = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?$/.exec(detail)
  if (!match) return detail
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    return detail
  }
  const offset = Number(match[1])
  const before = text.slice(0, offset).split(/\r\n|\r|\n/)
  return `${detail.slice(0, match.index)} at line ${before.length}, column ${before.at(-1)!.length + 1}`
}

/** A failure's reason and the first of its causes that the reason does not already say. */
export function withCause(reason: string, causes: ReadonlyArray<string>): string {
  const detail = causes.find((cause) => !reason.includes(cause))
  return reason + (detail ? `: ${detail}` : '')
}
