/**
 * Whether a Hunspell dictionary accepts a word, read straight from the word
 * table: the dictionary's forms were expanded from its affix rules by the
 * data build (with nspell), so a check is a hash lookup. The decision is
 * nspell's `correct()`, step for step (input conversion, exact form, then
 * sentence case for an all-capitals word, then lower case; compound rules),
 * and the walk over a tree is retext-spell's with copydesk's settings
 * (`ignoreLiteral: false`, digits and times ignored, curly apostrophes
 * straightened; a word of several parts is also accepted when each part is).
 */
import type {Root, Word} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {visit} from 'unist-util-visit'
import {hunspellBit, type WordData} from './word-data.js'

export interface HunspellCheck {
  correct(word: string): boolean
}

export function hunspellCheck(data: WordData, dictionary: number): HunspellCheck {
  const rules = data.meta.dictionaries[dictionary]!
  const compoundRules = rules.compoundRules.map(([source, flags]) => new RegExp(source, flags))
  const conversions = rules.conversions.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement] as const)
  const shift = 4 * dictionary
  const bitsOf = (word: string) => {
    const entry = data.strings.indexOf(word)
    return entry < 0 ? 0 : (data.hunspell[entry]! >> shift) & 15
  }
  const exact = (word: string, bits: number) => {
    if (bits & hunspellBit.form) return (bits & hunspellBit.onlyInCompound) === 0
    if (rules.compoundMin !== null && word.length >= rules.compoundMin) {
      for (const rule of compoundRules) if (rule.test(word)) return true
    }
    return false
  }
  const ignored = (bits: number) => (bits & (hunspellBit.keepCase | hunspellBit.forbidden)) !== 0

  return {
    correct(value) {
      let normal = value.trim()
      if (!normal) return false
      for (const [pattern, replacement] of conversions) normal = normal.replace(pattern, replacement)
      const bits = bitsOf(normal)
      if (exact(normal, bits)) return (bits & hunspellBit.forbidden) === 0
      if (normal.toUpperCase() === normal) {
        const alternative = normal.charAt(0) + normal.slice(1).toLowerCase()
        const alternativeBits = bitsOf(alternative)
        if (ignored(alternativeBits)) return false
        if (exact(alternative, alternativeBits)) return true
      }
      const lower = normal.toLowerCase()
      if (lower !== normal) {
        const lowerBits = bitsOf(lower)
        if (ignored(lowerBits)) return false
        if (exact(lower, lowerBits)) return true
      }
      return false
    }
  }
}

/** An unknown word: its text (apostrophes straightened) and offsets. */
export interface UnknownWord {
  readonly actual: string
  readonly start: number
  readonly end: number
}

const irrelevant = (word: string) => /^\d+$/.test(word) || /^\d{1,2}:\d{2}(?:[ap]\.?m\.?)?$/i.test(word)

/** The words of a tree the dictionary does not accept, in document order. */
export function unknownWordsIn(tree: Root, check: HunspellCheck): UnknownWord[] {
  const found: UnknownWord[] = []
  visit(tree, 'WordNode', (node: Word, position, parent) => {
    if (!parent || position === undefined) return
    const actual = toString(node).replace(/’/g, "'")
    if (irrelevant(actual)) return
    let correct = check.correct(actual)
    if (!correct && node.children.length > 1) {
      correct = true
      for (const child of node.children) {
        if (child.type !== 'TextNode' || irrelevant(child.value)) continue
        if (!check.correct(child.value)) correct = false
      }
    }
    if (!correct) found.push({actual, start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0})
  })
  return found
}
