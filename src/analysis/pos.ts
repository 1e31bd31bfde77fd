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

let tagger: TagClass | undefined
let loading: Promise<void> | undefined
let prepare: (() => Promise<TaggerModule | undefined>) | undefined

/**
 * A step to run once in place of `import('en-pos')`, such as the Node
 * adapter's, which hands the tagger's modules their word lists from a
 * prebuilt table and then loads en-pos itself (or answers `undefined` to
 * leave that to `import`). The first step given is kept; it must leave the
 * tagger's tags unchanged.
 */
export function beforeTaggerLoads(step: () => Promise<TaggerModule | undefined>): void {
  prepare ??= step
}

/** Load the tagger once; later calls return at once. */
export function loadTagger(): Promise<void> {
  loading ??= (prepare ? prepare() : Promise.resolve(undefined))
    .then((module) => module ?? import('en-pos'))
    .then((module) => {
      tagger = module.Tag
    })
  return loading
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
  const all = flat.length > 0 ? new tagger!(flat).initial().smooth().tags : []
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
