/**
 * Realistic single typos, the kinds typists make (after Damerau 1964: one
 * insertion, deletion, substitution or transposition covers most slips),
 * made concrete for a QWERTY keyboard. The first letter is kept except by a
 * transposition of the first two (`hte`), since people rarely mistype the
 * letter they start a word with.
 */
import {pickOne, randomInt, type Random} from './random.js'

export type TypoKind =
  | 'transposition'
  | 'dropped letter'
  | 'doubled letter'
  | 'undoubled double'
  | 'neighbour key'
  | 'neighbour insertion'
  | 'vowel swap'

export const typoKinds: ReadonlyArray<TypoKind> = [
  'transposition',
  'dropped letter',
  'doubled letter',
  'undoubled double',
  'neighbour key',
  'neighbour insertion',
  'vowel swap'
]

export interface Typo {
  readonly intended: string
  readonly typed: string
  readonly kind: TypoKind
}

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']

/**
 * Keys that touch each key. Rows are staggered, so the key above column `c`
 * spans columns `c` and `c + 1` of the upper row, and the key below spans
 * `c - 1` and `c` of the lower one (`s` touches `w e a d z x`).
 */
const neighbours: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>()
  keyboardRows.forEach((row, rowIndex) => {
    ;[...row].forEach((key, column) => {
      const near = [
        row[column - 1],
        row[column + 1],
        keyboardRows[rowIndex - 1]?.[column],
        keyboardRows[rowIndex - 1]?.[column + 1],
        keyboardRows[rowIndex + 1]?.[column - 1],
        keyboardRows[rowIndex + 1]?.[column]
      ]
      map.set(key, near.filter((letter): letter is string => letter !== undefined).join(''))
    })
  })
  return map
})()

const vowels = 'aeiou'

/** Positions (from 1, keeping the first letter) where a letter is not part of a double. */
function singleLetterPositions(word: string): number[] {
  const positions: number[] = []
  for (let index = 1; index < word.length; index++) {
    if (word[index] !== word[index - 1] && word[index] !== word[index + 1]) positions.push(index)
  }
  return positions
}

/** All the typos of one kind that `word` allows. */
function candidates(word: string, kind: TypoKind): string[] {
  const results: string[] = []
  const letters = [...word]
  switch (kind) {
    case 'transposition':
      for (let index = 0; index + 1 < letters.length; index++) {
        if (letters[index] === letters[index + 1]) continue
        results.push(word.slice(0, index) + letters[index + 1] + letters[index] + word.slice(index + 2))
      }
      break
    case 'dropped letter':
      for (const index of singleLetterPositions(word)) results.push(word.slice(0, index) + word.slice(index + 1))
      break
    case 'doubled letter':
      for (const index of singleLetterPositions(word)) results.push(word.slice(0, index + 1) + word.slice(index))
      break
    case 'undoubled double':
      for (let index = 1; index < letters.length; index++) {
        if (letters[index] === letters[index - 1]) results.push(word.slice(0, index) + word.slice(index + 1))
      }
      break
    case 'neighbour key':
      for (let index = 1; index < letters.length; index++) {
        for (const key of neighbours.get(letters[index]!) ?? '') {
          results.push(word.slice(0, index) + key + word.slice(index + 1))
        }
      }
      break
    case 'neighbour insertion':
      // A finger also brushes a key next to the one it meant, before or after it.
      for (let index = 1; index <= letters.length; index++) {
        const near = (neighbours.get(letters[index - 1]!) ?? '') + (neighbours.get(letters[index] ?? '') ?? '')
        for (const key of new Set(near)) results.push(word.slice(0, index) + key + word.slice(index))
      }
      break
    case 'vowel swap':
      for (let index = 1; index < letters.length; index++) {
        if (!vowels.includes(letters[index]!)) continue
        for (const vowel of vowels) {
          if (vowel !== letters[index]) results.push(word.slice(0, index) + vowel + word.slice(index + 1))
        }
      }
      break
  }
  return results.filter((typed) => typed !== word)
}

/**
 * One typo for `word`: a kind drawn uniformly from those the word allows,
 * then one of its forms, skipping forms that are themselves words (a checker
 * cannot know `form` was meant as `from`). `undefined` if nothing fits.
 */
export function makeTypo(word: string, random: Random, isWord: (word: string) => boolean): Typo | undefined {
  const kinds = typoKinds.filter((kind) => candidates(word, kind).length > 0)
  for (let attempt = 0; attempt < 8 && kinds.length > 0; attempt++) {
    const kind = pickOne(random, kinds)
    const forms = candidates(word, kind).filter((typed) => !isWord(typed))
    if (forms.length > 0) return {intended: word, typed: forms[randomInt(random, forms.length)]!, kind}
  }
  return undefined
}

/** One typo of `kind` for `word` (one of its forms that is no word, drawn with `random`), or `undefined` if it allows none. */
export function makeTypoOfKind(word: string, kind: TypoKind, random: Random, isWord: (word: string) => boolean): Typo | undefined {
  const forms = candidates(word, kind).filter((typed) => !isWord(typed))
  return forms.length > 0 ? {intended: word, typed: forms[randomInt(random, forms.length)]!, kind} : undefined
}
