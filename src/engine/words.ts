/**
 * One look at a draft's words that the spelling family shares: which words
 * the dictionary does not know, which of those are ordinary words and which
 * are names, and the near-miss name each one may be a slip for.
 */
import type {Root, Sentence, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {typingDistance} from './suggest.js'
import {editDistance, isAllCaps, isCapitalised, literalRanges, overlaps, stripPossessive} from './text.js'
import type {RuleContext, Span} from './types.js'

export interface WordToken {
  /** As written, with curly apostrophes made straight. */
  readonly text: string
  readonly span: Span
  /** First word of its sentence (after any opening quote or bracket). */
  readonly sentenceInitial: boolean
  /** Inside a URL, e-mail address, handle, tag or code. */
  readonly literal: boolean
  /** The next word, across one space, is capitalised (`Mamoun Abdulkarim`). */
  readonly followedByName: boolean
  /** The previous word, across one space, is capitalised. */
  readonly precededByName: boolean
}

export interface UnknownToken extends WordToken {
  /** `ordinary` → spelling; `name` → the name rules; `skip` → not prose to check. */
  readonly kind: 'ordinary' | 'name' | 'skip'
}

export interface WordAnalysis {
  readonly words: ReadonlyArray<WordToken>
  readonly unknown: ReadonlyArray<UnknownToken>
  /** Forms (possessive stripped) the dictionary does not know. */
  readonly unknownForms: ReadonlySet<string>
  /** Known name a capitalised unknown word is probably a slip for, if any. */
  nameNearMiss(form: string): string | undefined
  /** Whether a capitalised form is a known name or accepted by config. */
  isKnownName(form: string): boolean
}

const cacheKey = 'copydesk:word-analysis'
const capitalisedWord = /^\p{Lu}\p{Ll}/u

export function analyseWords(tree: Root, context: RuleContext): WordAnalysis {
  const cached = context.shared.get(cacheKey) as WordAnalysis | undefined
  if (cached) return cached
  const analysis = analyse(tree, context)
  context.shared.set(cacheKey, analysis)
  return analysis
}

function analyse(tree: Root, context: RuleContext): WordAnalysis {
  const text = String(context.file)
  const literals = literalRanges(text)
  const words: WordToken[] = []
  const byStart = new Map<number, WordToken>()

  visit(tree, 'SentenceNode', function (sentence: Sentence) {
    let first = true
    let previous: {token: WordToken; end: number} | undefined
    visit(sentence, function (node) {
      if (node.type === 'SourceNode') {
        first = false
        return
      }
      if (node.type !== 'WordNode') return
      const word = node as Word
      const span = {start: word.position?.start.offset ?? 0, end: word.position?.end.offset ?? 0}
      const token: WordToken = {
        text: toString(word).replace(/’/g, "'"),
        span,
        sentenceInitial: first,
        literal: overlaps(literals, span),
        followedByName: false,
        precededByName: false
      }
      if (previous && span.start === previous.end + 1) {
        if (capitalisedWord.test(token.text)) (previous.token as {followedByName: boolean}).followedByName = true
        if (capitalisedWord.test(previous.token.text)) (token as {precededByName: boolean}).precededByName = true
      }
      previous = {token, end: span.end}
      first = false
      words.push(token)
      byStart.set(span.start, token)
      return 'skip'
    })
  })

  const unknown: UnknownToken[] = []
  const unknownForms = new Set<string>()
  for (const found of context.resources.unknownWords(tree, context.file)) {
    const token = byStart.get(found.start) ?? {
      text: found.actual.replace(/’/g, "'"),
      span: {start: found.start, end: found.end},
      sentenceInitial: false,
      literal: overlaps(literals, found),
      followedByName: false,
      precededByName: false
    }
    const kind = classify(token, context)
    unknown.push({...token, kind})
    if (kind === 'name') unknownForms.add(stripPossessive(token.text))
  }

  const nearMisses = nearMissCache(context)
  const isKnownName = (form: string) =>
    context.resources.names.known.has(form) || context.extraNames.has(form) || context.acceptedWords.has(form)

  return {
    words,
    unknown,
    unknownForms,
    isKnownName,
    nameNearMiss(form) {
      if (!nearMisses.has(form)) {
        nearMisses.set(form, isKnownName(form) ? undefined : findNearMiss(form, context))
      }
      return nearMisses.get(form)
    }
  }
}

export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '')
}

/** Prefixes written with a hyphen before a word (pre-tax, co-founder, ex-minister). */
const hyphenPrefixes = new Set(['anti', 'co', 'ex', 'mid', 'multi', 'non', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'super', 'ultra', 'vice', 'cross', 'inter', 'intra', 'neo', 'pan', 'quasi', 'self', 'trans', 'un', 'de', 'micro', 'macro', 'mega', 'mini', 'over', 'under', 'out', 'bi', 'tri', 'geo', 'eco', 'cyber', 'e'])

export function isHyphenPrefix(part: string): boolean {
  return hyphenPrefixes.has(part.toLowerCase())
}

function classify(token: WordToken, context: RuleContext): UnknownToken['kind'] {
  const word = token.text
  const bare = stripPossessive(word)
  if (
    token.literal ||
    /[\d@#/\\_.]/.test(word) ||
    isAllCaps(word) ||
    context.acceptedWords.has(word) ||
    context.acceptedWords.has(bare) ||
    context.acceptedWords.has(bare.toLowerCase()) ||
    context.resources.newsWords.has(bare.toLowerCase())
  ) {
    return 'skip'
  }
  // A loanword with its accents (café, Cafés, résumé) when the plain form is a word.
  const plain = withoutAccents(word)
  if (plain !== word && context.resources.suggester.has(plain.toLowerCase())) return 'skip'
  // A hyphenated compound whose unknown parts are only prefixes (Pre-tax, co-host).
  if (word.includes('-')) {
    const parts = word.split('-')
    if (parts.every((part) => part === '' || isHyphenPrefix(part) || context.resources.suggester.has(part.toLowerCase()))) {
      return 'skip'
    }
  }
  if (isCapitalised(word)) {
    if (context.extraNames.has(bare)) return 'skip'
    return 'name'
  }
  // Mixed case inside a word (`iPhone`, `eBay`) is a brand, not a typo.
  if (/\p{Lu}/u.test(word)) return 'skip'
  // A small word inside a name (Tour de France, Leonardo da Vinci, Col des Aravis).
  if (token.precededByName && token.followedByName && word.length <= 4) return 'skip'
  return 'ordinary'
}

/** Near misses found so far, shared across files that use the same names. */
const nearMissCaches = new WeakMap<ReadonlyArray<string>, Map<string, Map<string, string | undefined>>>()

function nearMissCache(context: RuleContext): Map<string, string | undefined> {
  const salient = context.resources.names.salient
  let byExtraNames = nearMissCaches.get(salient)
  if (!byExtraNames) {
    byExtraNames = new Map()
    nearMissCaches.set(salient, byExtraNames)
  }
  const key = [...context.extraNames, '', ...context.acceptedWords].join('\n')
  let cache = byExtraNames.get(key)
  if (!cache) {
    cache = new Map()
    byExtraNames.set(key, cache)
  }
  return cache
}

/** Names a near miss may point to, grouped by first letter, built once per name list. */
const indexes = new WeakMap<ReadonlyArray<string>, Map<string, string[]>>()

function salientByInitial(context: RuleContext): Map<string, string[]> {
  const salient = context.resources.names.salient
  let index = indexes.get(salient)
  if (!index) {
    index = new Map()
    for (const name of salient) {
      const initial = name.charAt(0)
      const group = index.get(initial) ?? []
      group.push(name)
      index.set(initial, group)
    }
    indexes.set(salient, index)
  }
  return index
}

/**
 * A salient name one slip away, with the same first letter: the shape of a
 * typing slip (swapped letters, a dropped vowel, a doubled letter, a
 * neighbouring key), not of a different name. Short names must be closer:
 * a random letter changed in a five-letter name is more often another name.
 */
export function findNearMiss(form: string, context: RuleContext): string | undefined {
  if (form.length < 5) return undefined
  const limit = form.length >= 10 ? 2 : 1
  // Five or six letters: only the cheapest slips (swapped letters, a doubled
  // letter, a neighbouring key); a changed vowel there is as often another
  // name (Orlen, Orlan). Longer names may take one ordinary slip.
  const maxCost = form.length >= 10 ? 1.2 : form.length >= 7 ? 1 : 0.65
  const plain = withoutAccents(form)
  const lower = form.toLowerCase()
  const candidates = [...(salientByInitial(context).get(form.charAt(0)) ?? []), ...context.extraNames]
  let best: string | undefined
  let bestCost = Infinity
  let bestFrequency = -1
  const frequency = (name: string) => context.resources.suggester.frequency(name.toLowerCase())
  for (const name of candidates) {
    if (name.charAt(0) !== form.charAt(0) || name === form) continue
    // A name plus an inflection or a gendered ending (Peskov → Peskova) is not a slip.
    if (form.startsWith(name) || name.startsWith(form)) continue
    // The same name with or without its accents (Pádraig, Padraig) is not a slip.
    if (withoutAccents(name) === plain) continue
    if (editDistance(form, name, limit) > limit) continue
    const cost = typingDistance(lower, name.toLowerCase(), maxCost, true)
    if (cost > maxCost || cost > bestCost) continue
    // Between equally close names, the one people write more often (Vladimir, not Vladamir).
    const nameFrequency = frequency(name)
    if (cost < bestCost || nameFrequency > bestFrequency) {
      best = name
      bestCost = cost
      bestFrequency = nameFrequency
    }
  }
  return best
}
