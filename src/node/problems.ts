/**
 * Failures told in one line, for the CLI and the language server alike:
 * neither shows a stack trace. unified-engine's own failures (a config it
 * cannot parse, a plugin it cannot find, a file it cannot read) come
 * wrapped in errors that carry stack traces; `causeChain` reads them.
 */

/** How many errors of a chain are read: enough for the engine's wrapping, never a loop. */
const maxChain = 5

/**
 * The messages of an error and of the errors that caused it (`cause`), the
 * first line of each without an `Error: ` prefix: no stack traces.
 */
export function causeChain(error: unknown): string[] {
  const chain: string[] = []
  let current = error
  while (current && chain.length < maxChain) {
    const text = current instanceof Error ? current.message : String(current)
    chain.push(text.split('\n')[0]!.replace(/^Error: /, ''))
    current = typeof current === 'object' ? (current as {cause?: unknown}).cause : undefined
  }
  return chain
}
