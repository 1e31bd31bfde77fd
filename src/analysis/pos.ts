/**
 * Part-of-speech tags (Penn Treebank: `NN`, `VBG`, `PRP$`, `JJR` …) for the
 * tokens of one sentence, from the tagger `en-pos` (MIT). Patterns name them
 * as `#TAG` slots (`patterns.ts`).
 *
 * Loading en-pos costs about half a second and 90 MB (its lexicon is one
 * large object), so it is loaded only when a rule asks for it in its
 * `prepare` step, which it does only for a draft with a sentence that needs
 * tags. Until then `tagsOf` answers `undefined`.
 */
import type {Token} from './tokens.js'

type TagClass = typeof import('en-pos').Tag

let tagger: TagClass | undefined
let loading: Promise<void> | undefined

/** Load the tagger once; later calls return at once. */
export function loadTagger(): Promise<void> {
  loading ??= import('en-pos').then((module) => {
    tagger = module.Tag
  })
  return loading
}

/** Whether the tagger is loaded (a draft that never needed it leaves it unloaded). */
export function isTaggerLoaded(): boolean {
  return tagger !== undefined
}

// en-pos looks words up in a plain object, so a word that names an
// `Object.prototype` member (`constructor`, `toString`) makes it throw.
// Such a word is tagged as a stand-in noun.
const prototypeKeys = new Set(Object.getOwnPropertyNames(Object.prototype).map((key) => key.toLowerCase()))

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

const cache = new WeakMap<ReadonlyArray<Token>, ReadonlyArray<string>>()

/**
 * One tag per token of a sentence (a split word gets its first piece's tag:
 * `it's` → `PRP`), or `undefined` while the tagger is not loaded.
 */
export function tagsOf(tokens: ReadonlyArray<Token>): ReadonlyArray<string> | undefined {
  if (!tagger) return undefined
  const known = cache.get(tokens)
  if (known) return known
  const flat: string[] = []
  const firsts: number[] = []
  for (const token of tokens) {
    firsts.push(flat.length)
    if (!token.word) {
      flat.push(token.code ? 'thing' : token.text)
      continue
    }
    for (const piece of pieces(token.text)) flat.push(prototypeKeys.has(piece.toLowerCase()) ? 'thing' : piece)
  }
  const all = flat.length > 0 ? new tagger(flat).initial().smooth().tags : []
  const tags = firsts.map((at) => all[at] ?? 'NN')
  cache.set(tokens, tags)
  return tags
}
