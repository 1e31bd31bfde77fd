/**
 * Misspellings in context: real Brown sentences, each with one ordinary word
 * replaced by a realistic typo of it.
 */
import {detokenize, isWordToken, type BrownText, type BrownToken, type Sentence} from './brown.js'
import {randomInt, shuffled, type Random} from './random.js'
import {makeTypo, type Typo} from './typos.js'

/** A lower-case dictionary word long enough to mistype in many ways. */
const ordinaryWord = /^[a-z]{4,}$/

/** No word type may fill more than this many slots, so `that` and `said` do not dominate. */
const maxUsesPerWord = 3

/** Sentences shorter than this are headlines, datelines or fragments, not running text. */
const minSentenceWords = 6

/**
 * A whole sentence of running text: long enough, capitalised, ending in a
 * full stop, question or exclamation mark (a closing quote may follow). The
 * corpus also breaks lines after abbreviations (`… the U.S.` / `they …`);
 * such fragments are left out, as a typo in them would sit in a text shape
 * that real copy does not have.
 */
export function isRunningSentence(sentence: Sentence): boolean {
  const words = sentence.filter(isWordToken)
  const last = sentence.at(-1)?.word
  const closingQuote = last === "''" || last === "'"
  const end = closingQuote ? sentence.at(-2)?.word : last
  return (
    words.length >= minSentenceWords &&
    /^[A-Z]/.test(words[0]!.word) &&
    (end === '.' || end === '?' || end === '!')
  )
}

export interface PlacedTypo extends Typo {
  /** The sentence as typeset, with the typo in it. */
  readonly sentence: string
}

export function isTypoTarget(token: BrownToken, isWord: (word: string) => boolean): boolean {
  return ordinaryWord.test(token.word) && isWord(token.word)
}

/** Replace one ordinary word of `sentence` with a typo; `undefined` if none fits. */
export function injectTypo(
  sentence: Sentence,
  random: Random,
  isWord: (word: string) => boolean,
  accept: (word: string) => boolean = () => true
): {sentence: Sentence; typo: Typo} | undefined {
  const targets = sentence.flatMap((token, index) => (isTypoTarget(token, isWord) && accept(token.word) ? [index] : []))
  if (targets.length === 0) return undefined
  const index = targets[randomInt(random, targets.length)]!
  const token = sentence[index]!
  const typo = makeTypo(token.word, random, isWord)
  if (!typo) return undefined
  const changed = [...sentence]
  changed[index] = {word: typo.typed, tag: token.tag}
  return {sentence: changed, typo}
}

/** `count` typos, each in its own sentence, drawn deterministically from `random`. */
export function sampleTypos(
  texts: ReadonlyArray<BrownText>,
  count: number,
  random: Random,
  isWord: (word: string) => boolean
): PlacedTypo[] {
  const sentences = texts.flatMap((text) =>
    text.paragraphs.flat().filter(isRunningSentence)
  )
  const uses = new Map<string, number>()
  const placed: PlacedTypo[] = []
  for (const sentence of shuffled(random, sentences)) {
    if (placed.length === count) break
    const result = injectTypo(sentence, random, isWord, (word) => (uses.get(word) ?? 0) < maxUsesPerWord)
    if (!result) continue
    uses.set(result.typo.intended, (uses.get(result.typo.intended) ?? 0) + 1)
    placed.push({...result.typo, sentence: detokenize(result.sentence)})
  }
  return placed
}
