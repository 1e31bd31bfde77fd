/**
 * How much a token looks like a name rather than an English word, by its
 * letters alone: the mean log odds, letter by letter, of a letter-trigram
 * model learned from the name lists against one learned from the word
 * list, and how likely the letters are as a name at all. Correct foreign
 * names (Curzon, Abiodun) read as names; a slip of a word (`Teble`) reads
 * as a word, and a typing slip (`Chavds`, `Nsvy`) as unlikely under both.
 * Accents are dropped; other letters end a run.
 */

/** Letters a–z and one boundary mark. */
const size = 27
const boundary = 26

export interface LetterModel {
  /** Trigram counts, indexed `(a * size + b) * size + c`. */
  readonly trigrams: Float64Array
  /** Counts of each two-letter context. */
  readonly contexts: Float64Array
}

/**
 * Call `visit` with each trigram of `word` (letter codes between
 * boundaries, accents dropped): its two-letter context and itself.
 */
function trigrams(word: string, visit: (context: number, trigram: number) => void): void {
  const plain = /^[a-zA-Z'’ -]*$/.test(word) ? word : word.normalize('NFD').replace(/\p{M}/gu, '')
  let first = boundary
  let second = boundary
  const step = (code: number) => {
    const context = first * size + second
    visit(context, context * size + code)
    first = second
    second = code
  }
  for (let index = 0; index < plain.length; index++) {
    const code = (plain.charCodeAt(index) | 32) - 97
    if (code >= 0 && code < 26) step(code)
    else if (second !== boundary) {
      step(boundary)
      first = boundary
    }
  }
  step(boundary)
}

/** A letter model over `words`, each counted once. */
export function letterModel(words: Iterable<string>): LetterModel {
  const counts = new Float64Array(size * size * size)
  const contexts = new Float64Array(size * size)
  const count = (context: number, trigram: number) => {
    counts[trigram]!++
    contexts[context]!++
  }
  for (const word of words) trigrams(word, count)
  return {trigrams: counts, contexts}
}

/** Trigram counts as stored in the word table (`build-tables.mjs`): a model's `trigrams`, in whole numbers. */
export function storedCounts(model: LetterModel): Uint32Array {
  return Uint32Array.from(model.trigrams)
}

/**
 * The model `letterModel` builds, from its trigram counts as stored
 * (`storedCounts`): every step of a word counts one trigram and its
 * two-letter context, so a context's count is the sum of its trigrams'.
 */
export function modelFromCounts(counts: Uint32Array): LetterModel {
  const trigrams = Float64Array.from(counts)
  const contexts = new Float64Array(size * size)
  for (let context = 0; context < contexts.length; context++) {
    let sum = 0
    for (let code = 0; code < size; code++) sum += trigrams[context * size + code]!
    contexts[context] = sum
  }
  return {trigrams, contexts}
}

/** Add-one-half smoothing: a trigram neither list has costs both alike. */
const smoothing = 0.5

function probability(model: LetterModel, context: number, trigram: number): number {
  return (model.trigrams[trigram]! + smoothing) / (model.contexts[context]! + smoothing * size)
}

export interface LetterScores {
  /** Mean log odds (base 2) per letter that the word comes from the names rather than the words. */
  readonly odds: number
  /** Mean log probability (base 2) per letter of the word as a name. */
  readonly likelihood: number
}

/** How `word` reads under the `names` model, and against the `words` model. */
export function letterScores(word: string, names: LetterModel, words: LetterModel): LetterScores {
  let odds = 0
  let likelihood = 0
  let count = 0
  trigrams(word, (context, trigram) => {
    const name = Math.log2(probability(names, context, trigram))
    odds += name - Math.log2(probability(words, context, trigram))
    likelihood += name
    count++
  })
  return {odds: odds / count, likelihood: likelihood / count}
}
