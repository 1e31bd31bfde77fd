/**
 * The `start` phrases' pattern for a line, chosen by how the line opens.
 * One case-insensitive alternation of all the phrases, each with its
 * Unicode word boundary, took 20 ms and more to compile on a draft's first
 * line that needed it. A line can only open with a phrase whose opening
 * matches the line's, so it is matched against those alone, in their
 * order, which finds what the whole alternation finds:
 *
 * - a line whose first two characters are ASCII, against the phrases that
 *   open with the same two letters or digits, ignoring case, and those
 *   that open with an ASCII mark or space;
 * - any other line, against the phrases whose first character's pattern
 *   matches the line's first character (`ſ` folds to `s`, `’` is an
 *   apostrophe).
 */

const ascii = /^[\x00-\x7f]*$/

/** The phrase's first two characters in lower case when both are ASCII letters or digits. */
function pairOf(text: string): string | undefined {
  const pair = text.slice(0, 2).toLowerCase()
  return /^[a-z0-9]{2}$/.test(pair) ? pair : undefined
}

const firstCharacter = (text: string) => String.fromCodePoint(text.codePointAt(0) ?? 0)

/**
 * For phrases in order, a function from a line to the anchored,
 * case-insensitive pattern to match it with, or `undefined` when no phrase
 * can open it. `source` gives a phrase's pattern with its boundary,
 * `fragment` the pattern of a piece of a phrase (the pattern of a phrase
 * is its characters' patterns one after another). Patterns are compiled
 * on first use and kept.
 */
export function startPhrasePatterns(
  phrases: ReadonlyArray<string>,
  source: (phrase: string) => string,
  fragment: (piece: string) => string
): (line: string) => RegExp | undefined {
  const compiled = new Map<string, RegExp | undefined>()
  const openers = new Map<string, RegExp>()
  const opensLike = (phrase: string, character: string) => {
    const first = firstCharacter(phrase)
    let opener = openers.get(first)
    if (!opener) {
      opener = new RegExp('^(?:' + fragment(first) + ')', 'iu')
      openers.set(first, opener)
    }
    return opener.test(character)
  }
  return function (line) {
    const head = line.slice(0, 2)
    const pair = head.toLowerCase()
    const key = ascii.test(head) ? 'pair ' + pair : 'first ' + firstCharacter(line)
    if (!compiled.has(key)) {
      const chosen = ascii.test(head)
        ? phrases.filter((phrase) => (pairOf(phrase) ?? (ascii.test(phrase.charAt(0)) ? pair : undefined)) === pair)
        : phrases.filter((phrase) => opensLike(phrase, firstCharacter(line)))
      compiled.set(key, chosen.length > 0 ? new RegExp('^(?:' + chosen.map(source).join('|') + ')', 'iu') : undefined)
    }
    return compiled.get(key)
  }
}
