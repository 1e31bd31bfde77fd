/**
 * What `homophone`'s two training scripts (`train-homophone.ts`,
 * `train-clause-model.ts`) read alike: a fold sentence's words as the
 * model reads them, whether a corpus token is the common word, and the
 * rule's own example sentences with the intended word of each `flag`
 * sentence in place.
 */
import {confusables} from '../rules/homophone/confusables.js'
import {modelWords} from '../rules/homophone/model.js'
import type {FoldSentence} from '../bench/homophone-folds.js'

/** The words of a corpus sentence as the model reads them (`` `` `` and `''` are quotes). */
export function wordsOf(sentence: FoldSentence): string[] {
  return modelWords(sentence.tokens.map(({word}) => (word === '``' || word === "''" ? '"' : word)))
}

/** Whether a corpus token is the common word (not a name, a title or a headline, not capitalised mid-sentence). */
export function isCommonUse(sentence: FoldSentence, index: number): boolean {
  const token = sentence.tokens[index]!
  if (/np|-tl|-hl/.test(token.tag)) return false
  const initial = sentence.tokens.slice(0, index).every(({word}) => !/\p{L}|\d/u.test(word))
  return initial || !/^\p{Lu}/u.test(token.word)
}

const ownWord = /\p{L}[\p{L}\p{N}'’-]*|\p{N}[\p{N}.,]*|[^\s\p{L}\p{N}]/gu

/** Every example sentence of `confusables.ts` (our own), with the intended word of each `flag` sentence in place, and its words as the model reads them. */
export function ownSentences(): Array<{readonly text: string; readonly words: string[]}> {
  return confusables.flatMap((entry) =>
    [...entry.examples.flag.map((sentence) => sentence.replace(/\{[^>}]*>([^}]*)\}/g, '$1')), ...entry.examples.keep].map((text) => ({
      text,
      words: modelWords(text.match(ownWord) ?? [])
    }))
  )
}
