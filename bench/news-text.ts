/**
 * Ordinary news text of any length, for comparing hostile drafts and long
 * drafts with: the project's own corpus drafts (`corpus/`, MIT; plain-text
 * or Markdown ones, front matter dropped) repeated in a seeded order, each
 * copy with its own names, so a long text reads like many stories rather
 * than one story many times (name-consistency and the name lists see new
 * names all along, as they would in a real archive).
 *
 * A name is a capitalised word standing mid-sentence that is not in the
 * dictionary (`Okafor`, `Abdulkarim`); each copy of a draft maps every such
 * name to a made-up one of syllables, the same throughout the copy.
 */
import fs from 'node:fs'
import path from 'node:path'
import {randomInt, shuffled, type Random} from './random.js'

const syllables = ['ka', 'lo', 'mi', 'ren', 'sa', 'to', 'vi', 'dor', 'el', 'fa', 'gu', 'han', 'is', 'jo', 'ber', 'ni', 'os', 'pa', 'qui', 'ru']

/** The corpus's drafts of one kind, in path order, front matter dropped. */
export function corpusDrafts(corpusFolder: string, markdown: boolean): string[] {
  const names = fs
    .readdirSync(corpusFolder, {recursive: true, encoding: 'utf8'})
    .filter((name) => (markdown ? name.endsWith('.md') && !name.endsWith('README.md') : name.endsWith('.txt') && !name.endsWith('.expected.txt')))
    .sort()
  return names.map((name) => fs.readFileSync(path.join(corpusFolder, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').trim())
}

function madeUpName(random: Random, length: number): string {
  let name = ''
  while (name.length < Math.max(4, length)) name += syllables[randomInt(random, syllables.length)]
  return name.charAt(0).toUpperCase() + name.slice(1)
}

/**
 * About `size` characters of news: `drafts` in a seeded order, over and
 * over, each copy with new names (`isWord` tells a dictionary word from a
 * name, in lower case).
 */
export function newsText(drafts: ReadonlyArray<string>, size: number, random: Random, isWord: (word: string) => boolean): string {
  const parts: string[] = []
  let length = 0
  let order: string[] = []
  while (length < size) {
    if (order.length === 0) order = shuffled(random, drafts)
    const draft = order.pop()!
    const names = new Map<string, string>()
    const copy = draft.replace(/(?<=[\p{Ll},;] )\p{Lu}\p{Ll}{3,}/gu, (word) => {
      if (isWord(word.toLowerCase())) return word
      let name = names.get(word)
      if (!name) {
        name = madeUpName(random, word.length)
        names.set(word, name)
      }
      return name
    })
    // Every use of a name in the copy, at a sentence's start too.
    const renamed = names.size === 0 ? copy : copy.replace(/\p{Lu}\p{Ll}{3,}/gu, (word) => names.get(word) ?? word)
    parts.push(renamed)
    length += renamed.length + 2
  }
  return parts.join('\n\n') + '\n'
}
