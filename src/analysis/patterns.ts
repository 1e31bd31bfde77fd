/**
 * The phrase-pattern language: a small, compiled-once language for “these
 * words, with these words around them”, matched over one sentence's tokens
 * (`tokens.ts`). `homophone` writes its cues in it
 * (`rules/homophone/confusables.ts`), the attribution family its phrase
 * tables (`src/lexicon/attribution.ts`). This module only reads them.
 *
 * A pattern is slots separated by spaces, with either exactly one `_` (the
 * word to check: `matchPattern` says whether the pattern holds around it) or
 * one phrase in `[ ]` (`matchPhrase` says where the phrase that starts at a
 * token ends). Slots before `_` or the phrase are matched backwards from
 * it, slots after it forwards, so every check is a few token comparisons at
 * a known place.
 *
 * | Slot | Matches |
 * | --- | --- |
 * | `_` | the word to check; `_:a\|b` only the written forms `a` or `b` |
 * | `[` … `]` | the phrase: its slots match from the token given on, taking an optional slot when the rest still matches |
 * | `word` | that word, any case but ALL CAPS (`the`, `knock-on`, `u.s.`) |
 * | `=Word` | that word, exactly as written (`=Hill`) |
 * | `@class` | a word of a class: a word list in the data, or `@Name`, `@num`, `@money`, `@ing`, `@poss`, `@abstract` (a noun ending `-tion`, `-ment`, `-ness`, `-ity`, `-ance`, `-ence`, `-ism`, `-ship`) |
 * | `,` | that punctuation mark (any slot of marks only; not `[` or `]`) |
 * | `*` | any word |
 * | `$` | the end of a clause: a closing mark (`. , ; : ! ? ) —` or a quote, or a doubled `??`, `!!`, `;;`, `--`) or the end of the sentence |
 * | `^` | the start of the sentence (only marks, such as an opening quote, before); also one alternative of a slot (`^\|it _`) |
 * | `a\|b` | any of the alternatives; an empty alternative (`a\|\|b`), or a word holding a slot's sign (`a\|!b`, `it^`), is rejected at load |
 * | `!a\|b` | one token that is none of them, or the end of the sentence |
 * | `#TAG` | a word the tagger tags `TAG` (Penn Treebank: `#NN`, `#PRP$`); `#VB*` any tag starting `VB` |
 * | `slot?` | the slot, or nothing (a `?` after `|` is a question mark) |
 *
 * Compiled with `anyCase`, `word` and `@class` slots compare a token's
 * `form` in any case instead, ALL CAPS included: a phrase table wants a
 * headline's `CRITICS SAY` and `Mr.` as `mr`, where a homophone cue must
 * leave the acronyms `IS` and `US` alone and tell `u.s.` by its stops.
 *
 * Tags (`pos.ts`) cost a tagger, so a pattern with `#` slots is matched in
 * two steps: first with every tag slot taken as any word (`matchPattern`
 * without tags: the cheap test of whether tags could matter), then, only
 * if that holds, with the sentence's tags.
 */
import type {Span} from '../core/types.js'
import type {Token} from './tokens.js'

/** Word lists a pattern can name as `@class`. */
export type WordClasses = Readonly<Record<string, ReadonlyArray<string>>>

export interface PatternOptions {
  /** Word slots compare a token's `form` in any case, ALL CAPS included (default: `false`). */
  readonly anyCase?: boolean
}

/**
 * The tags of the sentence being matched, one per token (at least around the
 * word being checked; `''` where not known), asked for only when a tag slot
 * is reached; `undefined` when no tagger is loaded.
 */
export type TagLookup = () => ReadonlyArray<string> | undefined

/**
 * How many tokens a slot takes at a place (0 or 1), or -1 when it does not
 * match. Without `tags` a tag slot matches any word.
 */
type SlotTest = (tokens: ReadonlyArray<Token>, index: number, tags: TagLookup | undefined) => number

interface Slot {
  readonly test: SlotTest
  readonly optional: boolean
  /** Whether the slot, when it matches, always takes exactly one token (so the slots past it keep a fixed place). */
  readonly one: boolean
  /**
   * The lower-case texts one of which the slot's token must have to match:
   * set when every alternative is a word, a mark, an `=Word` or an
   * `@class` list (not negated, not optional); undefined otherwise.
   */
  readonly words: ReadonlySet<string> | undefined
}

/** A token a pattern needs at a fixed place from its `_`: one of `words`, in lower case. */
interface Gate {
  readonly offset: number
  readonly words: ReadonlySet<string>
}

export interface Pattern {
  /** The source text, for messages about the data. */
  readonly source: string
  /** Slots before the target or the phrase, nearest first. */
  readonly before: ReadonlyArray<Slot>
  /** The phrase's slots, in order; undefined for a pattern with a `_`. */
  readonly phrase: ReadonlyArray<Slot> | undefined
  /** Slots after the target or the phrase, nearest first. */
  readonly after: ReadonlyArray<Slot>
  /** Written forms (lower case) the target must be; none means any form of the pair. */
  readonly forms: ReadonlySet<string> | undefined
  /** Whether a slot names a tag (`#NN`), so matching it needs the sentence tagged. */
  readonly tagged: boolean
  /**
   * Words the pattern needs at fixed places from its `_`, each one set
   * look-up: a word that fails one is passed over without walking a slot's
   * alternatives (empty for a phrase pattern or with `anyCase`).
   */
  readonly gates: ReadonlyArray<Gate>
}

/** Marks that close a clause, for `$`. */
const clauseEnd = new Set(['.', ',', ';', ':', '!', '?', '…', '...', ')', ']', '—', '–', '"', '“', '”', "'", '‘', '’'])

/**
 * A doubled or mixed end mark (`??`, `;;`, `!!`, `?!`), as typed for emphasis or as the Brown Corpus writes `?`
 * and `;`, and a dash typed as two hyphens (`--`).
 */
const doubledEnd = /^(?:[!?]{2,}|;{2,}|--)$/

/** Whether a token is a mark that closes a clause. */
function isClauseEnd(token: Token): boolean {
  return !token.word && (clauseEnd.has(token.text) || doubledEnd.test(token.text))
}

const builtIn: Readonly<Record<string, (token: Token) => boolean>> = {
  // A capitalised word (`Kyiv`, `O'Brien`): a name, when not first in the sentence.
  Name: (token) => token.word && /^\p{Lu}/u.test(token.text) && /\p{Ll}/u.test(token.text),
  num: (token) => token.word && /^\d/.test(token.text),
  money: (token) => (!token.word && /^[$£€¥]$/.test(token.text)) || (token.word && /^\d/.test(token.text)),
  ing: (token) => token.word && token.lower.length > 5 && token.lower.endsWith('ing'),
  poss: (token) => token.word && /\p{L}(?:'s|s')$/u.test(token.lower),
  // A noun by its ending (`education`, `development`, `awareness`, `values` aside): an idea, a state or an act.
  abstract: (token) => token.word && token.lower.length > 6 && /(?:tion|sion|ment|ness|ity|ities|ance|ence|ism|ship)s?$/.test(token.lower)
}

/** A word of letters, with inner apostrophes or hyphens (`it's`, `knock-on`). */
const plainWord = /^\p{L}[\p{L}'-]*$/u

/** A token in ALL CAPS (`IS`, `US`) is an acronym, not the lower-case word. */
function isShouting(token: Token): boolean {
  return token.text.length > 1 && token.text === token.lower.toUpperCase() && /^\p{Lu}+$/u.test(token.text)
}

/** A test of the token at `index` (the tags are there for `#TAG` alternatives, the tokens for `^`). */
type AlternativeTest = (
  token: Token | undefined,
  index: number,
  tags: TagLookup | undefined,
  tokens: ReadonlyArray<Token>
) => number

/** Compile one alternative of a slot into a test of a single token. */
function compileAlternative(
  alternative: string,
  classes: WordClasses,
  source: string,
  anyCase: boolean
): AlternativeTest {
  // An empty alternative (`a||b`, a trailing `|`) would silently never match.
  if (alternative === '') throw new Error(`Empty alternative in pattern \`${source}\``)
  // `^` among alternatives (`^|it|he _`): the start of the sentence, taking no token.
  if (alternative === '^') return (_token, index, _tags, tokens) => atSentenceStart(tokens, index)
  if (alternative.startsWith('#') && alternative.length > 1) {
    const prefix = alternative.endsWith('*')
    const tag = prefix ? alternative.slice(1, -1) : alternative.slice(1)
    return (token, index, tags) => {
      // An acronym in capitals (`IS`, `US`) is not the word its tag is for.
      // Only a plain word has a tag a pattern can trust: not an address, a number or a code.
      if (!token?.word || isShouting(token) || !plainWord.test(token.text)) return -1
      if (!tags) return 1
      const found = tags()?.[index]
      if (found === undefined) return -1
      return (prefix ? found.startsWith(tag) : found === tag) ? 1 : -1
    }
  }
  if (alternative === '$') {
    return (token) => (token === undefined ? 0 : isClauseEnd(token) ? 1 : -1)
  }
  if (alternative === '*') return (token) => (token?.word ? 1 : -1)
  if (alternative.startsWith('@')) {
    const name = alternative.slice(1)
    const fixed = builtIn[name]
    if (fixed) return (token) => (token && fixed(token) ? 1 : -1)
    const list = classes[name]
    if (!list) throw new Error(`Unknown word class \`@${name}\` in pattern \`${source}\``)
    const words = new Set(list)
    if (anyCase) return (token) => (token?.word && words.has(token.form) ? 1 : -1)
    return (token) => (token?.word && words.has(token.lower) && !isShouting(token) ? 1 : -1)
  }
  if (alternative.startsWith('=')) {
    const exact = alternative.slice(1)
    return (token) => (token?.word && token.text === exact ? 1 : -1)
  }
  if (!/[\p{L}\p{N}]/u.test(alternative)) return (token) => (token && !token.word && token.text === alternative ? 1 : -1)
  // A word holding a slot's sign (`a|!b`, `^it`, `x?|y`) is no token's text: it would silently never match.
  if (/[!?^$*@#=[\]|_]/.test(alternative)) {
    throw new Error(`Unexpected \`${alternative}\` in pattern \`${source}\`, expected a word, a mark or a slot sign at the start of an alternative`)
  }
  const literal = alternative.toLowerCase()
  if (anyCase) return (token) => (token?.word && token.form === literal ? 1 : -1)
  return (token) => (token?.word && token.lower === literal && !isShouting(token) ? 1 : -1)
}

function compileSlot(text: string, classes: WordClasses, source: string, anyCase: boolean): Slot {
  let body = text
  // `word?` is optional; in `.|!|?` the last `?` is a question mark.
  const optional = body.length > 1 && body.endsWith('?') && !body.endsWith('|?')
  if (optional) body = body.slice(0, -1)
  const negated = body.length > 1 && body.startsWith('!')
  if (negated) body = body.slice(1)
  const parts = body.split('|')
  const tagged = parts.some((alternative) => alternative.startsWith('#') && alternative.length > 1)
  const start = parts.includes('^')
  const alternatives = parts.map((alternative) => compileAlternative(alternative, classes, source, anyCase))
  const words = negated || optional || anyCase ? undefined : literalWords(parts, classes)
  // `^` takes no token; `$` none at the sentence's end; a negated slot none there either.
  const one = !optional && !negated && !parts.includes('^') && !parts.includes('$')
  const any = (tokens: ReadonlyArray<Token>, index: number, tags: TagLookup | undefined): number => {
    const token = tokens[index]
    for (const alternative of alternatives) {
      const taken = alternative(token, index, tags, tokens)
      if (taken !== -1) return taken
    }
    return -1
  }
  const test: SlotTest = negated
    ? (tokens, index, tags) => {
        const token = tokens[index]
        // Past the start of the sentence (`!^|the _` on its first word) is the start itself.
        if (token === undefined) return start && index < 0 ? -1 : 0
        // Without tags a tag slot may match or not: the cheap test lets it pass.
        if (tagged && !tags) return 1
        // With a tagger not loaded, nothing is known of the tags: no match.
        if (tagged && tags && tags() === undefined) return -1
        return any(tokens, index, tags) === -1 ? 1 : -1
      }
    : (tokens, index, tags) => any(tokens, index, tags)
  return {test, optional, one, words}
}

/**
 * The lower-case texts a token must have to match one of a slot's
 * alternatives, or undefined when an alternative could match other tokens
 * (`*`, `#TAG`, `$`, `^`, a built-in class). A word or `@class`
 * alternative compares `lower`; a mark compares `text`, which is its
 * `lower` when it has no case; `=Word` compares `text`, whose `lower` is
 * the word's lower case.
 */
function literalWords(parts: ReadonlyArray<string>, classes: WordClasses): Set<string> | undefined {
  const words = new Set<string>()
  for (const alternative of parts) {
    if (alternative === '^' || alternative === '$' || alternative === '*' || alternative.startsWith('#')) return undefined
    if (alternative.startsWith('@')) {
      // A built-in class is a test, not a list; an unknown class was rejected before.
      const list = builtIn[alternative.slice(1)] ? undefined : classes[alternative.slice(1)]
      if (!list) return undefined
      for (const word of list) words.add(word)
    } else if (alternative.startsWith('=')) {
      words.add(alternative.slice(1).toLowerCase())
    } else if (!/[\p{L}\p{N}]/u.test(alternative)) {
      if (alternative.toLowerCase() !== alternative) return undefined
      words.add(alternative)
    } else {
      words.add(alternative.toLowerCase())
    }
  }
  return words
}

/** The gates of the slots on one side of `_` (nearest first), up to the first slot that does not take exactly one token. */
function gatesOf(slots: ReadonlyArray<Slot>, step: number): Gate[] {
  const gates: Gate[] = []
  for (let at = 0; at < slots.length; at++) {
    const slot = slots[at]!
    if (slot.words) gates.push({offset: step * (at + 1), words: slot.words})
    if (!slot.one) break
  }
  return gates
}

/** Whether nothing but marks (an opening quote, a bracket) come at and before `index`: 0 (no token taken) or -1. */
function atSentenceStart(tokens: ReadonlyArray<Token>, index: number): number {
  for (let before = Math.min(index, tokens.length - 1); before >= 0; before--) if (tokens[before]!.word) return -1
  return 0
}

/** `^`: nothing but marks (an opening quote, a bracket) before this place. */
const sentenceStart: Slot = {optional: false, one: false, words: undefined, test: (tokens, index) => atSentenceStart(tokens, index)}

const isTarget = (part: string) => part === '_' || part.startsWith('_:')

/**
 * Compile a pattern such as `captured|seized @det? _` or
 * `!the [critics say|said]` once, at load time.
 */
export function compilePattern(source: string, classes: WordClasses = {}, options: PatternOptions = {}): Pattern {
  const anyCase = options.anyCase ?? false
  const parts: string[] = []
  let open = -1
  let close = -1
  let brackets = 0
  for (const written of source.trim().split(/\s+/)) {
    let part = written
    const opens = part.startsWith('[')
    if (opens) part = part.slice(1)
    const closes = part.endsWith(']')
    if (closes) part = part.slice(0, -1)
    if (opens) open = parts.length
    if (part !== '') parts.push(part)
    if (closes) close = parts.length
    if (opens) brackets++
    if (closes) brackets++
  }
  const targets = parts.filter(isTarget).length
  const phrase = brackets === 2 && open !== -1 && close > open
  if (targets + (phrase ? 1 : 0) !== 1 || (brackets !== 0 && !phrase)) {
    throw new Error(`Pattern \`${source}\` needs exactly one \`_\` or one phrase in \`[ ]\``)
  }
  const slot = (part: string): Slot => (part === '^' ? sentenceStart : compileSlot(part, classes, source, anyCase))
  const tagged = parts.some((part) => /(?:^|[!|])#[^|]/.test(part))
  if (phrase) {
    return {
      source,
      before: parts.slice(0, open).reverse().map(slot),
      phrase: parts.slice(open, close).map(slot),
      after: parts.slice(close).map(slot),
      forms: undefined,
      tagged,
      gates: []
    }
  }
  const at = parts.findIndex(isTarget)
  const target = parts[at]!
  const before = parts.slice(0, at).reverse().map(slot)
  const after = parts.slice(at + 1).map(slot)
  return {
    source,
    before,
    phrase: undefined,
    after,
    forms: target.startsWith('_:') ? new Set(target.slice(2).toLowerCase().split('|')) : undefined,
    tagged,
    gates: [...gatesOf(after, 1), ...gatesOf(before, -1)]
  }
}

/** Match slots from `index` on, stepping by `step` (1 forwards, -1 backwards), trying optional slots both ways. */
function matchFrom(
  slots: ReadonlyArray<Slot>,
  slotIndex: number,
  tokens: ReadonlyArray<Token>,
  index: number,
  step: number,
  tags?: TagLookup
): boolean {
  if (slotIndex === slots.length) return true
  const slot = slots[slotIndex]!
  const taken = slot.test(tokens, index, tags)
  if (taken !== -1 && matchFrom(slots, slotIndex + 1, tokens, index + taken * step, step, tags)) return true
  return slot.optional && matchFrom(slots, slotIndex + 1, tokens, index, step, tags)
}

/**
 * Whether `pattern` (one with a `_`) matches with its `_` on `tokens[index]`.
 * A pattern with tag slots needs `tags`; without them it answers whether it
 * could match (every tag slot taken as any word), which costs no tagger.
 */
export function matchPattern(pattern: Pattern, tokens: ReadonlyArray<Token>, index: number, tags?: TagLookup): boolean {
  if (pattern.forms && !pattern.forms.has(tokens[index]!.lower)) return false
  for (const gate of pattern.gates) {
    const token = tokens[index + gate.offset]
    if (token === undefined || !gate.words.has(token.lower)) return false
  }
  const couldMatch = matchFrom(pattern.after, 0, tokens, index + 1, 1) && matchFrom(pattern.before, 0, tokens, index - 1, -1)
  // The words fit; only now, and only for a pattern that names a tag, ask for the tags.
  if (!couldMatch || !tags || !pattern.tagged) return couldMatch
  return matchFrom(pattern.after, 0, tokens, index + 1, 1, tags) && matchFrom(pattern.before, 0, tokens, index - 1, -1, tags)
}

/**
 * Match a phrase's slots from `index` on, taking an optional slot first; the
 * index after the phrase for the first way whose slots after it match too,
 * or -1.
 */
function phraseFrom(pattern: Pattern, phrase: ReadonlyArray<Slot>, slotIndex: number, tokens: ReadonlyArray<Token>, index: number): number {
  if (slotIndex === phrase.length) return matchFrom(pattern.after, 0, tokens, index, 1) ? index : -1
  const slot = phrase[slotIndex]!
  const taken = slot.test(tokens, index, undefined)
  if (taken !== -1) {
    const end = phraseFrom(pattern, phrase, slotIndex + 1, tokens, index + taken)
    if (end !== -1) return end
  }
  return slot.optional ? phraseFrom(pattern, phrase, slotIndex + 1, tokens, index) : -1
}

/**
 * Where the phrase of `pattern` (one with `[ ]`) that starts at
 * `tokens[index]` ends: the index after its last token, or -1 when the
 * pattern does not match there. A phrase takes at least one token.
 */
export function matchPhrase(pattern: Pattern, tokens: ReadonlyArray<Token>, index: number): number {
  if (!pattern.phrase) throw new Error(`Pattern \`${pattern.source}\` has no phrase in \`[ ]\``)
  const end = phraseFrom(pattern, pattern.phrase, 0, tokens, index)
  if (end <= index) return -1
  return matchFrom(pattern.before, 0, tokens, index - 1, -1) ? end : -1
}

/**
 * The phrases of a table in a run of tokens, as spans: from each word, the
 * longest phrase of any pattern; a found phrase is passed over whole, so
 * phrases do not overlap.
 */
export function findPhrases(patterns: ReadonlyArray<Pattern>, tokens: ReadonlyArray<Token>): Span[] {
  const found: Span[] = []
  for (let at = 0; at < tokens.length; at++) {
    if (!tokens[at]!.word) continue
    let best = -1
    for (const pattern of patterns) {
      const end = matchPhrase(pattern, tokens, at)
      if (end > best) best = end
    }
    if (best > at) {
      found.push({start: tokens[at]!.start, end: tokens[best - 1]!.end})
      at = best - 1
    }
  }
  return found
}
