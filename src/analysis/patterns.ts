/**
 * Cue patterns for the `homophone` rule: a small, compiled-once language for
 * “this word, with these words around it”, matched over one sentence's
 * tokens. The pairs and their patterns are data (`data/homophone.ts`); this
 * module only reads them.
 *
 * A pattern is slots separated by spaces, with exactly one `_` (the word to
 * check). Slots before `_` are matched backwards from it, slots after it
 * forwards, so every check is a few token comparisons at a known place.
 *
 * | Slot | Matches |
 * | --- | --- |
 * | `_` | the word to check; `_:a\|b` only the written forms `a` or `b` |
 * | `word` | that word, any case but ALL CAPS (`the`, `knock-on`, `u.s.`) |
 * | `=Word` | that word, exactly as written (`=Hill`) |
 * | `@class` | a word of a class: a word list in the data, or `@Name`, `@num`, `@money`, `@ing`, `@poss` |
 * | `,` | that punctuation mark (any slot of marks only) |
 * | `*` | any word |
 * | `$` | the end of a clause: a closing mark (`. , ; : ! ? ) —` or a quote) or the end of the sentence |
 * | `^` | the start of the sentence (only marks, such as an opening quote, before) |
 * | `a\|b` | any of the alternatives |
 * | `!a\|b` | one token that is none of them, or the end of the sentence |
 * | `slot?` | the slot, or nothing (a `?` after `|` is a question mark) |
 *
 * Patterns read a sentence's shared tokens (`tokens.ts`).
 */
import type {Token} from './tokens.js'

/** Word lists a pattern can name as `@class`. */
export type WordClasses = Readonly<Record<string, ReadonlyArray<string>>>

/** How many tokens a slot takes at a place (0 or 1), or -1 when it does not match. */
type SlotTest = (tokens: ReadonlyArray<Token>, index: number) => number

interface Slot {
  readonly test: SlotTest
  readonly optional: boolean
}

export interface Pattern {
  /** The source text, for messages about the data. */
  readonly source: string
  /** Slots before the target, nearest first. */
  readonly before: ReadonlyArray<Slot>
  /** Slots after the target, nearest first. */
  readonly after: ReadonlyArray<Slot>
  /** Written forms (lower case) the target must be; none means any form of the pair. */
  readonly forms: ReadonlySet<string> | undefined
}

/** Marks that close a clause, for `$`. */
const clauseEnd = new Set(['.', ',', ';', ':', '!', '?', '…', '...', ')', ']', '—', '–', '"', '“', '”', "'", '‘', '’'])

const builtIn: Readonly<Record<string, (token: Token) => boolean>> = {
  // A capitalised word (`Kyiv`, `O'Brien`): a name, when not first in the sentence.
  Name: (token) => token.word && /^\p{Lu}/u.test(token.text) && /\p{Ll}/u.test(token.text),
  num: (token) => token.word && /^\d/.test(token.text),
  money: (token) => (!token.word && /^[$£€¥]$/.test(token.text)) || (token.word && /^\d/.test(token.text)),
  ing: (token) => token.word && token.lower.length > 5 && token.lower.endsWith('ing'),
  poss: (token) => token.word && /\p{L}(?:'s|s')$/u.test(token.lower)
}

/** A token in ALL CAPS (`IS`, `US`) is an acronym, not the lower-case word. */
function isShouting(token: Token): boolean {
  return token.text.length > 1 && token.text === token.lower.toUpperCase() && /^\p{Lu}+$/u.test(token.text)
}

/** Compile one alternative of a slot into a test of a single token. */
function compileAlternative(alternative: string, classes: WordClasses, source: string): (token: Token | undefined) => number {
  if (alternative === '$') {
    return (token) => (token === undefined ? 0 : !token.word && clauseEnd.has(token.text) ? 1 : -1)
  }
  if (alternative === '*') return (token) => (token?.word ? 1 : -1)
  if (alternative.startsWith('@')) {
    const name = alternative.slice(1)
    const fixed = builtIn[name]
    if (fixed) return (token) => (token && fixed(token) ? 1 : -1)
    const list = classes[name]
    if (!list) throw new Error(`Unknown word class \`@${name}\` in homophone pattern \`${source}\``)
    const words = new Set(list)
    return (token) => (token?.word && words.has(token.lower) && !isShouting(token) ? 1 : -1)
  }
  if (alternative.startsWith('=')) {
    const exact = alternative.slice(1)
    return (token) => (token?.word && token.text === exact ? 1 : -1)
  }
  if (!/[\p{L}\p{N}]/u.test(alternative)) return (token) => (token && !token.word && token.text === alternative ? 1 : -1)
  const literal = alternative.toLowerCase()
  return (token) => (token?.word && token.lower === literal && !isShouting(token) ? 1 : -1)
}

function compileSlot(text: string, classes: WordClasses, source: string): Slot {
  let body = text
  // `word?` is optional; in `.|!|?` the last `?` is a question mark.
  const optional = body.length > 1 && body.endsWith('?') && !body.endsWith('|?')
  if (optional) body = body.slice(0, -1)
  const negated = body.length > 1 && body.startsWith('!')
  if (negated) body = body.slice(1)
  const alternatives = body.split('|').map((alternative) => compileAlternative(alternative, classes, source))
  const any = (token: Token | undefined): number => {
    for (const alternative of alternatives) {
      const taken = alternative(token)
      if (taken !== -1) return taken
    }
    return -1
  }
  const test: SlotTest = negated
    ? (tokens, index) => {
        const token = tokens[index]
        if (token === undefined) return 0
        return any(token) === -1 ? 1 : -1
      }
    : (tokens, index) => any(tokens[index])
  return {test, optional}
}

/** `^`: nothing but marks (an opening quote, a bracket) before this place. */
const sentenceStart: Slot = {
  optional: false,
  test(tokens, index) {
    for (let before = index; before >= 0; before--) if (tokens[before]!.word) return -1
    return 0
  }
}

/** Compile a pattern such as `captured|seized @det? _` once, at load time. */
export function compilePattern(source: string, classes: WordClasses): Pattern {
  const parts = source.trim().split(/\s+/)
  const at = parts.findIndex((part) => part === '_' || part.startsWith('_:'))
  if (at === -1 || parts.findIndex((part, index) => index > at && (part === '_' || part.startsWith('_:'))) !== -1) {
    throw new Error(`Homophone pattern \`${source}\` needs exactly one \`_\``)
  }
  const target = parts[at]!
  const slot = (part: string): Slot => (part === '^' ? sentenceStart : compileSlot(part, classes, source))
  return {
    source,
    before: parts.slice(0, at).reverse().map(slot),
    after: parts.slice(at + 1).map(slot),
    forms: target.startsWith('_:') ? new Set(target.slice(2).toLowerCase().split('|')) : undefined
  }
}

/** Match slots from `index` on, stepping by `step` (1 forwards, -1 backwards), trying optional slots both ways. */
function matchFrom(slots: ReadonlyArray<Slot>, slotIndex: number, tokens: ReadonlyArray<Token>, index: number, step: number): boolean {
  if (slotIndex === slots.length) return true
  const slot = slots[slotIndex]!
  const taken = slot.test(tokens, index)
  if (taken !== -1 && matchFrom(slots, slotIndex + 1, tokens, index + taken * step, step)) return true
  return slot.optional && matchFrom(slots, slotIndex + 1, tokens, index, step)
}

/** Whether `pattern` matches with its `_` on `tokens[index]`. */
export function matchPattern(pattern: Pattern, tokens: ReadonlyArray<Token>, index: number): boolean {
  if (pattern.forms && !pattern.forms.has(tokens[index]!.lower)) return false
  return matchFrom(pattern.after, 0, tokens, index + 1, 1) && matchFrom(pattern.before, 0, tokens, index - 1, -1)
}
