/**
 * The names a newsroom has published: capitalised words read as names in
 * its archive of stories, counted. A capitalised word is a name inside a
 * sentence, or at its start when the next word is capitalised too (the
 * start of a name: `Anna Lehtinen said`); once it is a name, its uses at the
 * start of a sentence count too (`Lehtinen said`). A word the dictionary
 * knows in lower case (`President`, `The`) is no name of the archive's own.
 */
import type {Root, Sentence} from 'nlcst'
import {VFile} from 'vfile'
import {parseRange, readingNotes, usesLineParagraphs} from '../core/parse.js'
import {isMarkdown} from '../core/format.js'
import type {Resources} from '../analysis/resources.js'
import {editDistance, stripPossessive} from '../analysis/text.js'
import {readTokens} from '../analysis/tokens.js'

const nameShape = /^\p{Lu}\p{Ll}[\p{L}'-]*$/u

/** Uses of capitalised words: as names, and at the start of a sentence only. */
export class NameTally {
  readonly asName = new Map<string, number>()
  readonly atStart = new Map<string, number>()

  /** Name → uses, for every word used as a name at least once. */
  counts(): Map<string, number> {
    const counts = new Map<string, number>()
    for (const [name, count] of this.asName) counts.set(name, count + (this.atStart.get(name) ?? 0))
    return counts
  }
}

const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1)

/** Add the names of one story to `tally`. */
export function countNames(text: string, path: string, resources: Pick<Resources, 'isWord'>, tally: NameTally): void {
  const file = new VFile({path, value: text})
  const tree = parseRange(
    text,
    file,
    {start: 0, end: text.length},
    {markdown: isMarkdown(file), lineParagraphs: usesLineParagraphs(text)},
    readingNotes()
  )
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'SentenceNode') sentence(node)
    else if ('children' in node) for (const child of node.children) walk(child as Root['children'][number])
  }
  const sentence = (node: Sentence) => {
    const words = readTokens(node)
      .filter((token) => token.word)
      .map((token) => stripPossessive(token.text))
    for (const [index, word] of words.entries()) {
      if (!nameShape.test(word) || resources.isWord(word)) continue
      if (index === 0 && !nameShape.test(words[1] ?? '')) add(tally.atStart, word)
      else add(tally.asName, word)
    }
  }
  walk(tree)
}

/**
 * The names worth writing, most frequent first: seen at least `minCount`
 * times, and not a near miss (one edit) of a name seen five times as often,
 * which is more likely a published slip of it than a name of its own.
 */
export function namesToWrite(counts: ReadonlyMap<string, number>, minCount: number): Array<[string, number]> {
  const sorted = [...counts].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0]))
  const byInitial = new Map<string, Array<[string, number]>>()
  for (const entry of sorted) {
    const group = byInitial.get(entry[0].charAt(0)) ?? []
    group.push(entry)
    byInitial.set(entry[0].charAt(0), group)
  }
  return sorted.filter(([name, count]) => {
    if (count < minCount) return false
    const frequent = byInitial.get(name.charAt(0)) ?? []
    return !frequent.some(
      ([other, otherCount]) =>
        otherCount >= 5 * count && Math.abs(other.length - name.length) <= 1 && editDistance(name, other, 1) <= 1
    )
  })
}

/** The names file's text: a comment header, then `name<TAB>count` a line. */
export function formatNamesFile(names: ReadonlyArray<[string, number]>, stories: number, folder: string): string {
  const header = [
    `# Names published in ${folder}: ${names.length} names from ${stories} ${stories === 1 ? 'story' : 'stories'}, written by \`copydesk names\`.`,
    '# One name a line with how often it was published. Edit freely: `#` starts a comment.',
    '# Point `namesFile` in the copydesk settings at this file.'
  ]
  return [...header, ...names.map(([name, count]) => `${name}\t${count}`)].join('\n') + '\n'
}
