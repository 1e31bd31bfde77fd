/**
 * One look at a draft's words that the spelling family shares: which words
 * the dictionary does not know, which of those are ordinary words and which
 * are names, and the near-miss name each one may be a slip for.
 */
import type {Root, Word} from 'nlcst'
import {BoundedCache} from '../core/bounded-cache.js'
import {isOverlong, maxCacheEntries} from '../core/limits.js'
import {typingDistance} from './suggest.js'
import {
  editDistance,
  isAllCaps,
  isCapitalised,
  letterMask,
  mayBeWithin,
  overlaps,
  stripPossessive,
  treeLiterals
} from './text.js'
import {sentencesOf, tokensOf, type Token} from './tokens.js'
import type {RuleContext} from '../core/types.js'
import {plainWord, type Resources} from './resources.js'

/** A word the dictionary does not know, and how the spelling family reads it. */
export interface UnknownWord {
  /** The word: one of its sentence's tokens (`tokens.ts`). */
  readonly token: Token
  /** `ordinary` → spelling; `name` → the name rules; `skip` → not prose to check. */
  readonly kind: 'ordinary' | 'name' | 'skip'
  /** First word of its sentence; inline code before it counts as its first word here. */
  readonly sentenceInitial: boolean
  /** The next word, one character on, is capitalised (`Mamoun Abdulkarim`). */
  readonly followedByName: boolean
}

export interface WordAnalysis {
  /** Every word of the draft, in order: the word tokens of its sentences. */
  readonly words: ReadonlyArray<Token>
  /** Whether a word is inside a URL, e-mail address, handle, tag or code. */
  isLiteral(word: Token): boolean
  readonly unknown: ReadonlyArray<UnknownWord>
  /** Forms (possessive stripped) the dictionary does not know. */
  readonly unknownForms: ReadonlySet<string>
  /** Known name a capitalised unknown word is probably a slip for, if any. */
  nameNearMiss(form: string): string | undefined
  /** Whether a capitalised form is a known name or accepted by config. */
  isKnownName(form: string): boolean
}

/** What `classify` reads of a word's place beside the token itself. */
interface Place {
  readonly sentenceInitial: boolean
  readonly literal: boolean
  /** The next word, one character on, is capitalised. */
  followedByName: boolean
  /** The previous word, one character back, is capitalised. */
  precededByName: boolean
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
  const literals = treeLiterals(tree, text)
  const isLiteral = (word: Token) => literals.length > 0 && overlaps(literals, word)
  const words: Token[] = []
  // Words every dictionary form list knows need no further look; the rest go to retext-spell.
  const candidates: Word[] = []
  // Each candidate by its start: the token, its place and its index in `words`.
  const places = new Map<number, {readonly token: Token; readonly place: Place; readonly index: number}>()

  for (const sentence of sentencesOf(tree, context)) {
    const tokens = tokensOf(sentence, context)
    let first = true
    let previous: Token | undefined
    let previousPlace: Place | undefined
    // The tokens stand for the sentence's children but white space, in order.
    let index = 0
    for (const child of sentence.children) {
      if (child.type === 'WhiteSpaceNode') continue
      const token = tokens[index++]!
      if (token.code) first = false
      if (child.type !== 'WordNode') continue
      words.push(token)
      const nextToPrevious = previous !== undefined && token.start === previous.end + 1
      // A token longer than any word is never looked up (see `maxWordLength`).
      const candidate = !isOverlong(token.text) && !context.resources.isKnownForm(token.text)
      let place: Place | undefined
      if (candidate) {
        place = {
          sentenceInitial: first,
          literal: isLiteral(token),
          followedByName: false,
          precededByName: nextToPrevious && capitalisedWord.test(previous!.text)
        }
        places.set(token.start, {token, place, index: words.length - 1})
        candidates.push(child)
      }
      if (nextToPrevious && previousPlace && capitalisedWord.test(token.text)) previousPlace.followedByName = true
      previous = token
      previousPlace = place
      first = false
    }
  }

  const unknown: UnknownWord[] = []
  const unknownForms = new Set<string>()
  for (const found of context.resources.unknownWords(candidates, context.file)) {
    // retext-spell places each report on the word it was given.
    const entry = places.get(found.start)
    if (!entry) continue
    const {token, place} = entry
    const kind = classify(token, place, context)
    unknown.push({token, kind, sentenceInitial: place.sentenceInitial, followedByName: place.followedByName})
    if (kind === 'name') unknownForms.add(stripPossessive(token.text))
  }

  // Two unknown ordinary words side by side are a foreign phrase (avant
  // garde, per diem, coup d'état) far more often than two slips in a row.
  // An unknown name next to a slip (`Koenig callid`) says nothing of the kind.
  const ordinary = unknown.map((word) => word.kind === 'ordinary')
  for (const [index, word] of unknown.entries()) {
    if (!ordinary[index]) continue
    const before = ordinary[index - 1] ? unknown[index - 1] : undefined
    const after = ordinary[index + 1] ? unknown[index + 1] : undefined
    const adjacent = (left: UnknownWord | undefined, right: UnknownWord | undefined) =>
      left !== undefined && right !== undefined && /^[\s-]$/.test(text.slice(left.token.end, right.token.start))
    if (adjacent(before, word) || adjacent(word, after)) unknown[index] = {...word, kind: 'skip'}
  }

  // A word of a loan phrase standing in it (`de facto`, `coup d'état`) is no slip.
  for (const [index, word] of unknown.entries()) {
    if (word.kind !== 'skip' && inLoanPhrase(places.get(word.token.start)!.index, words, text, context)) unknown[index] = {...word, kind: 'skip'}
  }

  const nearMisses = nearMissCache(context)
  const isKnownName = (form: string) =>
    context.resources.names.known.has(form) || context.extraNames.has(form) || context.acceptedWords.has(form)

  return {
    words,
    isLiteral,
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

/**
 * Whether the word at `index` of `words` stands inside one of the loan
 * phrases listed for it: the phrase's words, in order, each separated by
 * white space alone.
 */
function inLoanPhrase(index: number, words: ReadonlyArray<Token>, text: string, context: RuleContext): boolean {
  const plain = plainWord(words[index]!.text)
  const phrases = context.resources.loanPhrases.get(plain)
  if (!phrases) return false
  return phrases.some((phrase) =>
    phrase.some((word, position) => {
      if (word !== plain) return false
      const first = index - position
      if (first < 0 || first + phrase.length > words.length) return false
      for (let offset = 0; offset < phrase.length; offset++) {
        const current = words[first + offset]!
        if (plainWord(current.text) !== phrase[offset]) return false
        if (offset > 0 && !/^\s+$/.test(text.slice(words[first + offset - 1]!.end, current.start))) return false
      }
      return true
    })
  )
}

export function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '')
}

/** Prefixes written with a hyphen before a word (pre-tax, co-founder, ex-minister). */
const hyphenPrefixes = new Set(['anti', 'co', 'ex', 'mid', 'multi', 'non', 'post', 'pre', 'pro', 're', 'semi', 'sub', 'super', 'ultra', 'vice', 'cross', 'inter', 'intra', 'neo', 'pan', 'quasi', 'self', 'trans', 'un', 'de', 'micro', 'macro', 'mega', 'mini', 'over', 'under', 'out', 'bi', 'tri', 'geo', 'eco', 'cyber', 'e'])

export function isHyphenPrefix(part: string): boolean {
  return hyphenPrefixes.has(part.toLowerCase())
}

/**
 * A hyphenated compound that is fine as written: the dictionary knows it
 * whole, with or without its hyphens (`light-hearted`, `lighthearted`), or
 * each part is a word or a prefix (`cross-border`, `pre-tax`).
 */
export function isKnownCompound(word: string, resources: Pick<Resources, 'isWord'>): boolean {
  if (resources.isWord(word) || resources.isWord(word.replaceAll('-', ''))) return true
  return word.split('-').every((part) => part === '' || isHyphenPrefix(part) || resources.isWord(part))
}

const prefixes = ['anti', 'co', 'counter', 'de', 'inter', 'mis', 'multi', 'non', 'out', 'over', 'pre', 're', 'semi', 'sub', 'super', 'un', 'under']

/**
 * A word the dictionary lacks but that is regularly inflected or derived
 * from one it has: a plural (hydrogens, simplicities) or a suffix (winless,
 * tintable, leaguer). A typing slip almost never lands on such a form.
 */
export function isInflection(word: string, has: (word: string) => boolean): boolean {
  // Short stems (the, came, men) are closed words whose `+s` is a slip, not a plural.
  const stemIs = (stem: string) => stem.length >= 5 && has(stem)
  if (/ies$/.test(word) && stemIs(word.slice(0, -3) + 'y')) return true
  if (/es$/.test(word) && stemIs(word.slice(0, -2))) return true
  if (/s$/.test(word) && !/ss$/.test(word) && stemIs(word.slice(0, -1))) return true
  for (const suffix of ['less', 'ness', 'like', 'able', 'ful']) {
    if (word.endsWith(suffix) && (stemIs(word.slice(0, -suffix.length)) || stemIs(word.slice(0, -suffix.length) + 'e'))) {
      return true
    }
  }
  // league → leaguer, leaguers
  const agent = /^(.+e)rs?$/.exec(word)
  return agent !== null && stemIs(agent[1]!)
}

/** A prefix on a word (redevelopers) or two words run together (storyline). */
export function isCompound(word: string, has: (word: string) => boolean): boolean {
  if (isOverlong(word)) return false
  for (const prefix of prefixes) {
    if (word.startsWith(prefix) && word.length - prefix.length >= 5 && has(word.slice(prefix.length))) return true
  }
  for (let split = 4; split <= word.length - 4; split++) {
    if (has(word.slice(0, split)) && has(word.slice(split))) return true
  }
  return false
}

function classify(token: Token, place: Place, context: RuleContext): UnknownWord['kind'] {
  const word = token.text
  if (isOverlong(word)) return 'skip'
  const bare = stripPossessive(word)
  if (
    place.literal ||
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
  // A hyphenated compound known as a whole, or whose parts are all words or prefixes (Pre-tax, co-host).
  if (word.includes('-') && isKnownCompound(bare, context.resources)) return 'skip'
  if (isCapitalised(word)) {
    if (context.extraNames.has(bare)) return 'skip'
    // The plural of a known name (the Kennedys, the Phillies) is not a new name.
    const singular = bare.replace(/ies$/, 'y').replace(/(?<=[^s])e?s$/, '')
    if (singular !== bare && (context.resources.names.known.has(singular) || context.resources.names.known.has(bare.slice(0, -1)))) {
      return 'skip'
    }
    return 'name'
  }
  // Mixed case inside a word (`iPhone`, `eBay`) is a brand, not a typo.
  if (/\p{Lu}/u.test(word)) return 'skip'
  // A small word inside a name (Tour de France, Leonardo da Vinci, Col des Aravis).
  if (place.precededByName && place.followedByName && word.length <= 4) return 'skip'
  // One or two letters: an abbreviation or a foreign word (de, et) far more often than a slip.
  if (word.length <= 2) return 'skip'
  const lower = word.toLowerCase()
  const has = (part: string) => context.resources.suggester.has(part)
  if (isInflection(lower, has)) return 'skip'
  // A prefix or two words run together explain a word only when it is not
  // one cheap slip from a word (`untill` is until, not un + till).
  if (isCompound(lower, has) && context.resources.suggester.suggest(lower, 1, 1).length === 0) return 'skip'
  return 'ordinary'
}

/** Near misses found so far, shared across files that use the same names. */
const nearMissCaches = new WeakMap<ReadonlyArray<string>, Map<string, BoundedCache<string, string | undefined>>>()

function nearMissCache(context: RuleContext): BoundedCache<string, string | undefined> {
  const salient = context.resources.names.salient
  let byExtraNames = nearMissCaches.get(salient)
  if (!byExtraNames) {
    byExtraNames = new Map()
    nearMissCaches.set(salient, byExtraNames)
  }
  const key = [...context.extraNames, '', ...context.acceptedWords].join('\n')
  let cache = byExtraNames.get(key)
  if (!cache) {
    cache = new BoundedCache(maxCacheEntries)
    byExtraNames.set(key, cache)
  }
  return cache
}

interface SalientName {
  readonly name: string
  readonly lower: string
  readonly plain: string
  readonly mask: number
}

/** Names a near miss may point to, grouped by first letter, built once per name list. */
const indexes = new WeakMap<ReadonlyArray<string>, Map<string, SalientName[]>>()

function salientEntry(name: string): SalientName {
  return {name, lower: name.toLowerCase(), plain: withoutAccents(name), mask: letterMask(name)}
}

function salientByInitial(context: RuleContext): Map<string, SalientName[]> {
  const salient = context.resources.names.salient
  let index = indexes.get(salient)
  if (!index) {
    index = new Map()
    for (const name of salient) {
      const initial = name.charAt(0)
      const group = index.get(initial) ?? []
      group.push(salientEntry(name))
      index.set(initial, group)
    }
    indexes.set(salient, index)
  }
  return index
}

/**
 * A salient name one slip away, with the same first letter: the shape of a
 * typing slip (swapped letters, a dropped letter, a doubled letter, a
 * neighbouring key), not of a different name. Short names must be closer:
 * a letter changed in a five-letter name more often makes another name.
 */
export function findNearMiss(form: string, context: RuleContext): string | undefined {
  if (form.length < 5 || isOverlong(form)) return undefined
  const limit = form.length >= 10 ? 2 : 1
  // Five or six letters: only the cheapest slips (swapped letters, a doubled
  // letter, a neighbouring key). Longer names may take one ordinary slip.
  const maxCost = form.length >= 10 ? 1.2 : form.length >= 7 ? 0.9 : 0.65
  const plain = withoutAccents(form)
  const lower = form.toLowerCase()
  const mask = letterMask(form)
  const initial = form.charAt(0)
  const candidates = [
    ...(salientByInitial(context).get(initial) ?? []),
    ...[...context.extraNames].filter((name) => name.charAt(0) === initial).map(salientEntry)
  ]
  let best: string | undefined
  let bestCost = Infinity
  let bestFrequency = -1
  for (const candidate of candidates) {
    const name = candidate.name
    if (Math.abs(name.length - form.length) > limit || !mayBeWithin(mask, candidate.mask, limit) || name === form) continue
    // A name plus an inflection or a gendered ending (Peskov → Peskova) is not a slip.
    if (form.startsWith(name) || name.startsWith(form)) continue
    // The same name with or without its accents (Pádraig, Padraig) is not a slip.
    if (candidate.plain === plain) continue
    if (editDistance(form, name, limit) > limit) continue
    const cost = typingDistance(lower, candidate.lower, maxCost, true)
    if (cost > maxCost || cost > bestCost) continue
    // Between equally close names, the one people write more often (Vladimir, not Vladamir).
    const nameFrequency = context.resources.suggester.frequency(candidate.lower)
    if (cost < bestCost || nameFrequency > bestFrequency) {
      best = name
      bestCost = cost
      bestFrequency = nameFrequency
    }
  }
  return best
}
