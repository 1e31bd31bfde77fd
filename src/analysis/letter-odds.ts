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

function codes(word: string): number[] {
  const plain = word.normalize('NFD').toLowerCase()
  const result = [boundary, boundary]
  for (const character of plain) {
    const code = character.charCodeAt(0) - 97
    if (code >= 0 && code < 26) result.push(code)
    else if (!/\p{M}/u.test(character)) result.push(boundary, boundary)
  }
  result.push(boundary)
  return result
}

/** A letter model over `words`, each counted once. */
export function letterModel(words: Iterable<string>): LetterModel {
  const trigrams = new Float64Array(size * size * size)
  const contexts = new Float64Array(size * size)
  for (const word of words) {
    const sequence = codes(word)
    for (let index = 2; index < sequence.length; index++) {
      const context = sequence[index - 2]! * size + sequence[index - 1]!
      trigrams[context * size + sequence[index]!]!++
      contexts[context]!++
    }
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
  const sequence = codes(word)
  let odds = 0
  let likelihood = 0
  for (let index = 2; index < sequence.length; index++) {
    const context = sequence[index - 2]! * size + sequence[index - 1]!
    const trigram = context * size + sequence[index]!
    const name = Math.log2(probability(names, context, trigram))
    odds += name - Math.log2(probability(words, context, trigram))
    likelihood += name
  }
  const count = sequence.length - 2
  return {odds: odds / count, likelihood: likelihood / count}
}
