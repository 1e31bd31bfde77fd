/**
 * Flag `a` before a vowel sound and `an` before a consonant sound, such as `an negative` for `a negative`.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/indefinite-article/)
 *
 * The article follows the sound, not the letter: the next word is read as
 * a word, an abbreviation said letter by letter (`an FBI`), or a number said
 * in words (`an 18-year-old`). The sounds are data (`sounds.ts`).
 */
import {defineRule} from '../../src/core/define-rule.js'
import {sentencesOf, tokensOf, type Token} from '../../src/analysis/tokens.js'
import {overlaps, treeLiterals} from '../../src/analysis/text.js'
import type {Span} from '../../src/core/types.js'
import {consonantSoundStarts, eitherArticle, spokenAbbreviations, vowelLetterNames, vowelSoundStarts, type Article} from './sounds.js'

/** Options for `indefinite-article`. */
export interface Options {
  /** Words (lower case) either article may come before, on top of the built-in ones such as `historic` (default: none). */
  readonly allow?: ReadonlyArray<string> | null | undefined
}

/** Marks that may stand between the article and its word (`a “historic” win`). */
const openingMarks = new Set(['“', '"', '‘', "'", '('])

/**
 * The article a number takes when said in words: `an` for eight, eleven and
 * eighteen (`an 8`, `an 11th`, `an 18,000-strong`, `an 1840s`), else `a`;
 * `undefined` when it may be said either way (`1100`: eleven hundred or one
 * thousand one hundred).
 */
export function numberArticle(text: string): Article | undefined {
  const match = /^(\d{1,3}(?:,\d{3})+|\d+)/.exec(text)
  if (!match) return undefined
  const grouped = match[1]!.includes(',')
  const digits = match[1]!.replace(/,/g, '')
  if (digits.startsWith('8')) return 'an'
  const head = grouped ? match[1]!.split(',')[0]! : digits
  if (head !== '11' && head !== '18' && !(!grouped && digits.length === 4 && /^1[18]/.test(digits))) return 'a'
  if (grouped || digits.length === 2) return 'an'
  // A four-digit number: a year of the 1800s is said “eighteen …”; 11xx either way.
  return digits.startsWith('18') ? 'an' : undefined
}

/**
 * How an abbreviation in capitals is said: letter by letter (`FBI`, `MP`,
 * `NHS`: two or three capitals, or no vowel after the first), as a word
 * (`NATO`, `UEFA`: the list in `sounds.ts`), or `undefined` when it could be
 * either (`FELA`).
 */
function saidAs(word: string): 'letters' | 'word' | undefined {
  const letters = word.replace(/\./g, '').toLowerCase()
  if (spokenAbbreviations.has(letters)) return 'word'
  if (letters.length <= 3 || !/[aeiou]/.test(letters.slice(1))) return 'letters'
  return undefined
}

/** The article the word `text` takes, or `undefined` when either is written or the word is no word to judge. */
export function articleFor(text: string, allowed: ReadonlySet<string>): Article | undefined {
  if (/^\d/.test(text)) return numberArticle(text)
  if (!/^\p{L}/u.test(text)) return undefined
  const lower = text.toLowerCase()
  if (allowed.has(lower) || eitherArticle.some((start) => start.test(lower))) return undefined
  // A single letter (`an F`, `an X-ray`, `an n-trial`, `a U.S. decision`).
  if (/^\p{Lu}(?:$|[-.])|^\p{Ll}-/u.test(text)) return vowelLetterNames.has(lower.charAt(0)) ? 'an' : 'a'
  // An abbreviation in capitals (`an FBI`, `an MP`, `an MP3`, `an NGO's`, `MPs`), unless it is said as a word (`a NATO`).
  const abbreviation = /^(\p{Lu}{2,})(?:s|\d+)?(?:$|['’-])/u.exec(text)
  if (abbreviation) {
    const said = saidAs(abbreviation[1]!)
    if (said === 'letters') return vowelLetterNames.has(lower.charAt(0)) ? 'an' : 'a'
    if (said === undefined) return undefined
  }
  // A capitalised word of two letters that is no abbreviation (`Af`, `Ah`): a symbol or dialect, not judged.
  if (/^\p{Lu}\p{Ll}$/u.test(text)) return undefined
  if (vowelSoundStarts.some((start) => start.test(lower))) return 'an'
  if (consonantSoundStarts.some((start) => start.test(lower))) return 'a'
  return /^[aeiou]/.test(lower) ? 'an' : 'a'
}

/** The word after the article at `index`, past opening quotes and brackets. */
function nextWord(tokens: ReadonlyArray<Token>, index: number): Token | undefined {
  for (let at = index + 1; at < tokens.length; at++) {
    const token = tokens[at]!
    if (token.word) return token
    if (!openingMarks.has(token.text)) return undefined
  }
  return undefined
}

export default defineRule<Options>(
  {
    id: 'indefinite-article',
    category: 'grammar',
    fix: 'suggestion',
    summary: 'Flag `a` before a vowel sound and `an` before a consonant sound, such as `an negative` for `a negative`.',
    options: {allow: 'string[]'}
  },
  function (tree, context, options, report) {
    const allowed = new Set((options.allow ?? []).map((word) => word.toLowerCase()))
    const text = String(context.file)
    let literals: ReadonlyArray<Span> | undefined
    for (const sentence of sentencesOf(tree, context)) {
      const tokens = tokensOf(sentence, context)
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!
        if (!token.word || (token.lower !== 'a' && token.lower !== 'an')) continue
        // `Type A`, `Plan A`: a capital `A` mid-sentence is a letter; so is `A` in a headline in capitals.
        if (token.text === 'A' && !token.sentenceInitial) continue
        if (token.text === 'AN') continue
        const next = nextWord(tokens, index)
        // `a and b`: the letter.
        if (!next || (token.lower === 'a' && /^(?:and|or|nor)$/i.test(next.text))) continue
        const wanted = articleFor(next.text, allowed)
        if (!wanted || wanted === token.lower) continue
        const span = {start: token.start, end: token.end}
        literals ??= treeLiterals(tree, text)
        if (overlaps(literals, span)) continue
        const actual = text.slice(span.start, span.end)
        // The next word as written up to the next space (`11,000-strong`, which the parser splits at the comma).
        const word = /^\S+/.exec(text.slice(next.start))![0].replace(/[.,;:!?”’"')]+$/u, '')
        const expected = actual.charAt(0) === actual.charAt(0).toUpperCase() ? wanted.charAt(0).toUpperCase() + wanted.slice(1) : wanted
        report(span, {
          reason: `Unexpected \`${actual}\` before \`${word}\`, expected \`${expected}\``,
          note:
            wanted === 'an'
              ? `\`${word}\` starts with a vowel sound when read aloud, so it takes \`an\`.`
              : `\`${word}\` starts with a consonant sound when read aloud, so it takes \`a\`.`,
          actual,
          expected: [expected]
        })
      }
    }
  }
)
