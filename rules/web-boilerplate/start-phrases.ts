/**
 * The `start` phrases' pattern for a line, chosen by the line's first two
 * characters. One case-insensitive alternation of all the phrases, each
 * with its Unicode word boundary, took 20 ms and more to compile on a
 * draft's first line that needed it. A line whose first two characters
 * are ASCII can only open with a phrase that opens with the same two
 * letters or digits, ignoring case, or with one that opens with an ASCII
 * mark or space; so it is matched against those alone, in their order,
 * which finds what the whole alternation finds. Any other line (`ſ` folds
 * to `s`) is matched against all of them.
 */

const ascii = /^[\x00-\x7f]*$/

/** The phrase's first two characters in lower case when both are ASCII letters or digits. */
function pairOf(text: string): string | undefined {
  const pair = text.slice(0, 2).toLowerCase()
  return /^[a-z0-9]{2}$/.test(pair) ? pair : undefined
}

/**
 * For phrases in order and each one's regular-expression source, a
 * function from a line to the anchored, case-insensitive pattern to match
 * it with, or `undefined` when no phrase can open it. Patterns are
 * compiled on first use and kept.
 */
export function startPhrasePatterns(phrases: ReadonlyArray<string>, source: (phrase: string) => string): (line: string) => RegExp | undefined {
  const compiled = new Map<string, RegExp | undefined>()
  const anchored = (chosen: ReadonlyArray<string>) => new RegExp('^(?:' + chosen.map(source).join('|') + ')', 'iu')
  return function (line) {
    const head = line.slice(0, 2)
    const key = ascii.test(head) ? head.toLowerCase() : ''
    if (!compiled.has(key)) {
      const chosen = key === '' ? phrases : phrases.filter((phrase) => (pairOf(phrase) ?? (ascii.test(phrase.charAt(0)) ? key : undefined)) === key)
      compiled.set(key, chosen.length > 0 ? anchored(chosen) : undefined)
    }
    return compiled.get(key)
  }
}
