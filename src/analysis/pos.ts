/**
 * Part-of-speech tags (Penn Treebank: `NN`, `VBG`, `PRP$`, `JJR` …) for the
 * tokens around a word of a sentence, from the tagger `en-pos` (MIT).
 * Patterns name them as `#TAG` slots (`patterns.ts`).
 *
 * Loading en-pos costs about half a second and 90 MB (its lexicon is one
 * large object), so it is loaded only when a rule asks for it in its
 * `prepare` step, which it does only for a draft with a sentence that needs
 * tags. Until then `tagsNear` answers `undefined`. An adapter may hand the
 * tagger its word lists prebuilt, and load the module its own way
 * (`beforeTaggerLoads`, `tagger-table.ts`).
 */
import type {Token} from './tokens.js'

type TaggerModule = typeof import('en-pos')
type TagClass = TaggerModule['Tag']

/**
 * en-pos's module of Brill rules (`dist/smoothing/brill_rules.js`): the
 * list its tagger's smoothing step reads, every rule at every word, in
 * order. `smoothByTag` hands that step the rules of a word's tag only.
 */
export interface BrillRules {
  rules: ReadonlyArray<{readonly from: string}>
}

let tagger: TagClass | undefined
let brill: BrillRules | undefined
/** Each tag's Brill rules in the list's order: where each stands, and a list of it alone. */
type RulesByTag = Map<string, Array<{readonly at: number; readonly only: BrillRules['rules']}>>
let byTag: RulesByTag | undefined
let loading: Promise<void> | undefined
let prepare: (() => Promise<TaggerModule | undefined>) | undefined
let prepareRules: (() => BrillRules | undefined) | undefined

/**
 * A step to run once in place of `import('en-pos')`, such as the Node
 * adapter's, which hands the tagger's modules their word lists from a
 * prebuilt table and then loads en-pos itself (or answers `undefined` to
 * leave that to `import`); and, optionally, one that gives en-pos's
 * Brill rules module as en-pos itself loaded it (else it is imported). The
 * first steps given are kept; they must leave the tagger's tags unchanged.
 */
export function beforeTaggerLoads(step: () => Promise<TaggerModule | undefined>, rules?: () => BrillRules | undefined): void {
  prepare ??= step
  prepareRules ??= rules
}

/** Load the tagger once; later calls return at once. */
export function loadTagger(): Promise<void> {
  loading ??= (prepare ? prepare() : Promise.resolve(undefined))
    .then((module) => module ?? import('en-pos'))
    .then(async (module) => {
      brill = brillRulesOf(prepareRules ? prepareRules() : ((await import('en-pos/dist/smoothing/brill_rules.js')) as {default?: unknown}).default)
      byTag = brill && rulesByTag(brill)
      tagger = module.Tag
    })
  return loading
}

/** en-pos's Brill rules module, if it is the shape `smoothByTag` reads (else the tagger smooths its own way). */
function brillRulesOf(module: unknown): BrillRules | undefined {
  const rules = (module as Partial<BrillRules> | undefined)?.rules
  if (!Array.isArray(rules) || !rules.every((rule: unknown) => typeof (rule as {from?: unknown})?.from === 'string')) return undefined
  return module as BrillRules
}

/** Each tag's Brill rules in the list's order: where each stands, and a list of it alone. */
function rulesByTag(brillRules: BrillRules): RulesByTag {
  const index: RulesByTag = new Map()
  brillRules.rules.forEach((rule, at) => {
    const entry = {at, only: [rule]}
    const list = index.get(rule.from)
    if (list) list.push(entry)
    else index.set(rule.from, [entry])
  })
  return index
}

/** Whether the tagger smooths its tags with `smoothByTag` (en-pos's Brill rules module was found). */
export function smoothsByTag(): boolean {
  return brill !== undefined
}


/** The steps of en-pos's `smooth` (its own, not in its type declarations). */
interface Smoothing {
  readonly tags: string[]
  readonly blocked: boolean[]
  _PreBrill(): void
  _applyBrillRule(index: number, iteration: number): void
  _PostBrill(): void
}

/**
 * en-pos's `smooth()`, with the same tags: its Brill step tries each of
 * its 270 rules, in order, at each word, and a rule applies only to a word
 * whose tag at that moment is the rule's `from` tag. Here each word is
 * handed only its tag's rules, in the same order, one at a time, through
 * en-pos's own `_applyBrillRule`; a rule that changes the word's tag
 * continues with the new tag's rules that stand after it in the list,
 * where en-pos's loop would go on. About twenty rules a word instead of 270.
 */
function smoothByTag(tag: Smoothing, rules: BrillRules, index: RulesByTag): void {
  tag._PreBrill()
  const all = rules.rules
  try {
    for (let iteration = 1; iteration <= 2; iteration++) {
      for (let at = 0; at < tag.tags.length; at++) {
        if (tag.blocked[at]) continue
        let next = 0
        let list = index.get(tag.tags[at]!)
        while (list) {
          const before = tag.tags[at]
          let changed = false
          for (const entry of list) {
            if (entry.at < next) continue
            rules.rules = entry.only
            tag._applyBrillRule(at, iteration)
            if (tag.tags[at] !== before) {
              next = entry.at + 1
              changed = true
              break
            }
          }
          list = changed ? index.get(tag.tags[at]!) : undefined
        }
      }
    }
  } finally {
    rules.rules = all
  }
  tag._PostBrill()
}

/** Whether the tagger is loaded (a draft that never needed it leaves it unloaded). */
export function isTaggerLoaded(): boolean {
  return tagger !== undefined
}

// en-pos looks words up in a plain object, so a word that names an
// `Object.prototype` member (`constructor`, `toString`) makes it throw, and
// so does such a part of a hyphenated word (`constructor-led`), which it
// looks up part by part. Such a word is tagged as a stand-in noun.
const prototypeKeys = new Set(Object.getOwnPropertyNames(Object.prototype).map((key) => key.toLowerCase()))
const namesPrototypeKey = (piece: string) => piece.split('-').some((part) => prototypeKeys.has(part.toLowerCase()))

// Penn Treebank clitics: it|'s, they|'re, do|n't, ca|n't, wo|n't.
const clitic = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/i

/** A word as the tagger wants it: split at a clitic, as the treebank it learnt from does. */
function pieces(word: string): string[] {
  const lower = word.toLowerCase()
  if (lower === "can't" || lower === "won't" || lower === "ain't") return [word.slice(0, 2), word.slice(2)]
  const match = clitic.exec(word)
  if (match?.[1] && match[2] && /\p{L}/u.test(match[1])) return [match[1], match[2]]
  return [word]
}

/** Tokens either side of a word that `tagsNear` tags: more than any pattern reaches. */
export const tagReach = 4

/** Per sentence: its tags so far (`''` where none is known yet) and which tokens are tagged. */
const cache = new WeakMap<ReadonlyArray<Token>, {tags: string[]; done: Uint8Array}>()

/**
 * en-pos's tags for a list of words, as `new Tag(words).initial().smooth()`
 * gives them, or `undefined` while the tagger is not loaded.
 */
export function tagWords(words: string[]): string[] | undefined {
  if (!tagger) return undefined
  const tagged = new tagger(words).initial()
  if (brill && byTag) smoothByTag(tagged as unknown as Smoothing, brill, byTag)
  else tagged.smooth()
  return tagged.tags
}

/** Tag `tokens[from..to)` on their own, as the tagger would a short sentence. */
function tagRange(tokens: ReadonlyArray<Token>, from: number, to: number): string[] {
  const flat: string[] = []
  const firsts: number[] = []
  for (let index = from; index < to; index++) {
    const token = tokens[index]!
    firsts.push(flat.length)
    if (!token.word) {
      flat.push(token.code ? 'thing' : token.text)
      continue
    }
    for (const piece of pieces(token.text)) flat.push(namesPrototypeKey(piece) ? 'thing' : piece)
  }
  const all = flat.length > 0 ? tagWords(flat)! : []
  return firsts.map((at) => all[at] ?? 'NN')
}

/**
 * Tags for a sentence's tokens around `tokens[index]` (`tagReach` either
 * side; a split word gets its first piece's tag: `it's` → `PRP`), or
 * `undefined` while the tagger is not loaded. Only that window is tagged,
 * so a long sentence with one candidate word costs a few words' tagging;
 * windows already tagged in the sentence are kept and reused. A token
 * outside every window tagged so far has the tag `''`.
 */
export function tagsNear(tokens: ReadonlyArray<Token>, index: number): ReadonlyArray<string> | undefined {
  if (!tagger) return undefined
  let known = cache.get(tokens)
  if (!known) {
    known = {tags: new Array<string>(tokens.length).fill(''), done: new Uint8Array(tokens.length)}
    cache.set(tokens, known)
  }
  let from = Math.max(0, index - tagReach)
  let to = Math.min(tokens.length, index + tagReach + 1)
  while (from < to && known.done[from]) from++
  while (to > from && known.done[to - 1]) to--
  if (from < to) {
    // Tag from a little before the gap, so its first words are read in context.
    const start = Math.max(0, from - 2)
    const tags = tagRange(tokens, start, to)
    for (let at = from; at < to; at++) {
      if (known.done[at]) continue
      known.tags[at] = tags[at - start]!
      known.done[at] = 1
    }
  }
  return known.tags
}
