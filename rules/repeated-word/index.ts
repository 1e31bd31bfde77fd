/**
 * Flag a word typed twice, such as `the the`, and delete the repeat.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/repeated-word/)
 */
import type {Sentence, Word} from 'nlcst'
import {defineRule} from '../../src/core/define-rule.js'
import {sentencesOf, tokensOf, wordText, type Token} from '../../src/analysis/tokens.js'
import {
  cleftCues,
  cleftDoubles,
  functionWords,
  legitimateDoubles,
  particles,
  phrasalVerbs,
  reduplications
} from './words.js'

/** Options for `repeated-word`. */
export interface Options {
  /** More words that may be doubled, in lower case (default: none). */
  readonly allow?: ReadonlyArray<string> | null | undefined
}

const letter = /\p{L}/u
const upperFirst = /^\p{Lu}/u
const blankLine = /\n[ \t]*\r?\n/
const onlySpace = /^\s+$/

/** Lower case, straight apostrophes: `It’s` and `it's` are the same word. */
function normalise(word: string): string {
  return word.toLowerCase().replace(/’/g, "'")
}

/** Same word, ignoring case and the shape of the apostrophe; cheap when they differ. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true
  return a.length === b.length && normalise(a) === normalise(b)
}

/** Words that may sit between a cleft's `what` or `all` and the pair: `what the new plan is is`. */
const cleftWindow = 3

/**
 * A pseudo-cleft: `what`, `whatever` or `all` shortly before the pair, with
 * no verb of its own between (`What it is is a tax`, but not
 * `Most of what we do is is boring`).
 */
function isCleft(before: ReadonlyArray<string>, first: number): boolean {
  for (let index = first - 1; index >= 0 && first - index - 1 <= cleftWindow; index--) {
    const word = normalise(before[index]!)
    if (cleftCues.has(word)) return true
    if (cleftDoubles.has(word)) return false
  }
  return false
}

/** Words that may sit between a particle's verb and the pair: `phase the new hardship grants in in stages`. */
const verbWindow = 4

/** `move`, `moves`, `moving`, `moved`, `logged`: a form of a verb in `phrasalVerbs`. */
function isPhrasalVerb(word: string): boolean {
  if (phrasalVerbs.has(word)) return true
  for (const ending of ['s', 'es', 'd', 'ed', 'ing']) {
    if (!word.endsWith(ending)) continue
    const stem = word.slice(0, -ending.length)
    // `logged` → `log`, `setting` → `set`; `moving` → `move`.
    if (phrasalVerbs.has(stem) || phrasalVerbs.has(stem + 'e')) return true
    if (stem.length > 2 && stem.at(-1) === stem.at(-2) && phrasalVerbs.has(stem.slice(0, -1))) return true
  }
  return false
}

export default defineRule<Options>(
  {
    id: 'repeated-word',
    category: 'repetition',
    fix: 'safe',
    summary: 'Flag a word typed twice, such as `the the`, and delete the repeat.',
    options: {allow: 'string[]'}
  },
  function (tree, context, options, report) {
    const text = String(context.file)
    const allowed = new Set((options.allow ?? []).map(normalise))

    for (const sentence of sentencesOf(tree, context)) {
      // The sentence's shared tokens first: a pair needs two words next to each other with the same lower case.
      if (mayRepeat(tokensOf(sentence, context))) checkSentence(sentence)
    }

    function checkSentence(sentence: Sentence): void {
      const children = sentence.children
      // The sentence's words so far, as written, for a short look back from a pair.
      const words: string[] = []
      let previous: {node: Word; written: string} | undefined
      let gapIsSpace = false

      for (const child of children) {
        if (child.type === 'WhiteSpaceNode') {
          gapIsSpace = previous !== undefined
          continue
        }
        if (child.type !== 'WordNode') {
          // Punctuation, symbols and code break a run: `the, the` is fine.
          previous = undefined
          gapIsSpace = false
          continue
        }

        const written = wordText(child)
        if (previous && gapIsSpace && sameWord(written, previous.written) && letter.test(written)) {
          const first = previous.node
          const firstEnd = first.position?.end.offset ?? 0
          const start = child.position?.start.offset ?? 0
          const end = child.position?.end.offset ?? 0
          const firstStart = first.position?.start.offset ?? 0
          if (
            isRepeat(text, firstStart, firstEnd, start, end) &&
            !isIntended(normalise(written), written, words, allowed)
          ) {
            const once = text.slice(firstStart, firstEnd)
            const again = text.slice(start, end)
            report(
              {start: firstEnd, end},
              {
                reason: `Unexpected repeated word \`${once} ${again}\`, expected \`${once}\``,
                note: 'The same word appears twice in a row, usually a slip when a sentence was edited or a line was retyped. Delete the repeat.',
                actual: text.slice(firstEnd, end),
                expected: ['']
              }
            )
          }
        }

        words.push(written)
        previous = {node: child, written}
        gapIsSpace = false
      }
    }
  }
)

/**
 * Whether two words stand next to each other in a sentence's tokens with
 * the same lower case: what every repeat `sameWord` finds has (a token's
 * `lower` is its text in lower case with straight apostrophes).
 */
function mayRepeat(tokens: ReadonlyArray<Token>): boolean {
  for (let at = 1; at < tokens.length; at++) {
    if (tokens[at]!.word && tokens[at - 1]!.word && tokens[at]!.lower === tokens[at - 1]!.lower) return true
  }
  return false
}

/**
 * Only whitespace, within one paragraph, between the two words, and neither
 * is part of a split compound (`long- long-term`).
 */
function isRepeat(text: string, firstStart: number, firstEnd: number, start: number, end: number): boolean {
  const gap = text.slice(firstEnd, start)
  if (!onlySpace.test(gap) || blankLine.test(gap)) return false
  const before = text.charAt(firstStart - 1)
  const after = text.charAt(end)
  return before !== '-' && before !== '‐' && after !== '-' && after !== '‐'
}

/**
 * Doubles English writes on purpose, and capitalised names. `before` holds
 * the sentence's words up to and including the first of the pair.
 */
function isIntended(word: string, second: string, before: ReadonlyArray<string>, allowed: ReadonlySet<string>): boolean {
  if (allowed.has(word) || legitimateDoubles.has(word) || reduplications.has(word)) return true
  const first = before.length - 1
  if (cleftDoubles.has(word) && isCleft(before, first)) return true
  if (particles.has(word)) {
    for (let index = first - 1; index >= 0 && first - index - 1 <= verbWindow; index--) {
      if (isPhrasalVerb(normalise(before[index]!))) return true
    }
  }
  // `Walla Walla`, `Bora Bora`, `Duran Duran`: a name, unless a small word.
  return upperFirst.test(second) && !functionWords.has(word)
}
