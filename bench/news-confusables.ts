/**
 * A news-like development check for one confusion set (by default
 * have/of/off): the project's own news text, each use of a word of the set
 * swapped the way `confusables.ts` swaps Brown's sentences, so recall and
 * correct uses flagged can be read on news rather than on Brown's religion,
 * fiction and learned prose.
 *
 * Text: the development news items (`bench/news-dev/`) and the corpus
 * drafts (`corpus/`), written for this project; never Brown's press sections
 * and never `bench/news-check/`. The corpus's `homophone-*` drafts are left
 * out (they plant this rule's errors and look-alikes written to test it), and
 * so is every paragraph of a corpus draft that holds a planted error (a line
 * of its `.expected.txt`, known misses included). Headlines, headings, tables
 * and code are left out; Markdown links and emphasis are read as their text.
 *
 * Swaps: the written → intended directions of the rule's data
 * (`rules/homophone/confusables.ts`, read by `directions()`), each use of the
 * intended word in a paragraph swapped once (not a capitalised word
 * mid-sentence, nor a word inside a name such as `University of Leeds`, as
 * the Brown bench skips names and titles), the paragraph checked as
 * swapped and as written. For have/of/off that is `of` → `off` (every `of`)
 * and `have` → `of`, the latter only after a modal (`could of`, `would never
 * of`) unless `--every-have`; `--reverse` adds `off` → `of` (`called of the
 * strike`), a direction the data does not list, scored as its own row.
 *
 * Usage: `node dist/bench/news-confusables.js [--set have/of/off] [--every-have] [--reverse] [--misses]`
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {directions, matchCase, normal, scoreInstances, type Direction, type Instance, type SetScore} from './confusables.js'
import {newsFolder} from './news-attribution.js'
import {loadCorpus} from '../test/corpus.js'
import {fixed, integer, table} from './markdown.js'
import {exitOnUnknownOptions} from './options.js'

/** A paragraph of news text and where it comes from. */
export interface Paragraph {
  readonly source: string
  readonly text: string
}

/** Modal verbs after which `have` is the helper (`could have`, `would never have`). */
const modals = new Set([
  'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', "can't", 'cannot', "couldn't",
  "mightn't", "mustn't", "shouldn't", "won't", "wouldn't", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "it'd"
])

/** Adverbs that may stand between a modal and `have` (`would never have`, `could not have`). */
const betweenModalAndHave = new Set(['not', 'never', 'also', 'still', 'already', 'probably', 'surely', 'certainly', 'well', 'easily', 'only', 'just', 'likely', 'even', 'hardly'])

/** The paragraphs of one Markdown or plain-text item: no headline, heading, table, list marker or code. */
export function paragraphsOf(source: string, text: string, skipLines: ReadonlySet<number> = new Set()): Paragraph[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const paragraphs: Paragraph[] = []
  let inFrontMatter = lines[0] === '---'
  let inFence = false
  let headline = true
  lines.forEach((raw, index) => {
    if (inFrontMatter) {
      if (index > 0 && raw === '---') inFrontMatter = false
      return
    }
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence
      return
    }
    const line = raw.trim()
    if (inFence || line === '') return
    // An item opens with its headline.
    if (headline) {
      headline = false
      return
    }
    if (skipLines.has(index + 1) || /^(#|\||<|!\[|\[\^|---|\*\*\*)/.test(line) || line.includes('`')) return
    const plain = line
      .replace(/^(?:[-*+>]|\d+\.)\s+/, '')
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__|\*|_)(?=\S)([^*_]+?)(?<=\S)\1/g, '$2')
    paragraphs.push({source, text: plain})
  })
  return paragraphs
}

/** The news text: the development items and the corpus drafts without the planted errors. */
export function newsParagraphs(): Paragraph[] {
  const paragraphs: Paragraph[] = []
  for (const name of fs.readdirSync(newsFolder).filter((name) => name.endsWith('.md') && name !== 'README.md').sort()) {
    paragraphs.push(...paragraphsOf(`news-dev/${name}`, fs.readFileSync(path.join(newsFolder, name), 'utf8')))
  }
  for (const draft of loadCorpus()) {
    if (/(^|\/)homophone-/.test(draft.slug)) continue
    const planted = new Set([...draft.expected, ...draft.knownMisses].map((line) => Number.parseInt(line, 10)))
    paragraphs.push(...paragraphsOf(`corpus/${draft.slug}`, draft.text, planted))
  }
  return paragraphs
}

/** Whether the word at `at` opens a sentence of `text` (so a capital is no sign of a name). */
function opensSentence(text: string, at: number): boolean {
  return /(^|[.!?:]["”’)]?\s+|^["“‘(]|\s["“‘(])$/.test(text.slice(0, at))
}

export interface Options {
  readonly set: string
  /** Swap every `have`, not only one after a modal. */
  readonly everyHave: boolean
  /** Add the `off` → `of` swap the data does not list. */
  readonly reverse: boolean
}

/** The name of the row for the `off` → `of` swaps, outside the data. */
export const reverseRow = 'of written for off (not in the data)'

/** Every swap of a word of the set in the paragraphs. */
export function newsInstances(paragraphs: ReadonlyArray<Paragraph>, options: Options): Array<Instance & {source: string}> {
  const byIntended = new Map<string, Direction[]>()
  for (const [intended, list] of directions()) {
    const chosen = list.filter((direction) => direction.set === options.set)
    if (chosen.length > 0) byIntended.set(intended, chosen)
  }
  if (options.reverse && options.set === 'have/of/off') {
    byIntended.set('off', [...(byIntended.get('off') ?? []), {set: reverseRow, written: 'of', intended: 'off'}])
  }
  const instances: Array<Instance & {source: string}> = []
  for (const {source, text} of paragraphs) {
    const words = [...text.matchAll(/\p{L}+(?:['’]\p{L}+)*/gu)]
    words.forEach((match, index) => {
      const word = match[0]
      const at = match.index
      const list = byIntended.get(normal(word))
      if (!list) return
      // A capital mid-sentence is a name or a title, not the common word; nor is a word between two capitals, inside
      // a name (`University of Leeds`, `Isle of Man`), which Brown tags as part of a title and the Brown bench skips.
      if (/^\p{Lu}/u.test(word) && !opensSentence(text, at)) return
      const next = words[index + 1]?.[0]
      if (index > 0 && next !== undefined && /^\p{Lu}/u.test(words[index - 1]![0]) && /^\p{Lu}/u.test(next) && !opensSentence(text, words[index - 1]!.index)) return
      const previous = words.slice(Math.max(0, index - 2), index).map((other) => normal(other[0]))
      for (const direction of list) {
        if (direction.intended === 'have' && options.set === 'have/of/off' && !options.everyHave) {
          const [before, last] = previous.length === 2 ? previous : [undefined, previous[0]]
          if (!(last !== undefined && (modals.has(last) || (betweenModalAndHave.has(last) && before !== undefined && modals.has(before))))) continue
        }
        const swapped = text.slice(0, at) + matchCase(direction.written, word) + text.slice(at + word.length)
        instances.push({direction, swapped, swappedAt: at, original: text, originalAt: at, source})
      }
    })
  }
  return instances
}

const ratio = (part: number, whole: number) => (whole === 0 ? '–' : fixed(part / whole))

function row(score: SetScore): string[] {
  return [
    score.set,
    integer(score.errors),
    `${integer(score.caught)} (${ratio(score.caught, score.errors)})`,
    ratio(score.caught, score.caught + score.misled + score.falseAlarms),
    `${score.falseAlarms} of ${integer(score.correct)}`,
    score.misled === 0 ? '' : String(score.misled)
  ]
}

/** The report, and with `misses` every swap missed and every correct use flagged. */
export async function newsConfusablesReport(options: Options, misses: boolean): Promise<string> {
  const paragraphs = newsParagraphs()
  const instances = newsInstances(paragraphs, options)
  const {swappedFlags, originalFlags} = await scoreInstances(instances)
  // One row per direction: `of` for `have` and `off` for `of` tell different stories.
  const rows = new Map<string, SetScore & {caught: number; misled: number; errors: number; correct: number; falseAlarms: number}>()
  instances.forEach((instance, index) => {
    const {set, written, intended} = instance.direction
    const name = set === reverseRow ? set : `${set}: ${written} written for ${intended}`
    const score = rows.get(name) ?? {set: name, errors: 0, caught: 0, misled: 0, correct: 0, falseAlarms: 0}
    rows.set(name, score)
    score.errors++
    score.correct++
    const flag = swappedFlags[index]
    if (flag) {
      if (normal(flag.expected) === intended) score.caught++
      else score.misled++
    }
    if (originalFlags[index]) score.falseAlarms++
  })
  const inData = [...rows.values()].filter((score) => score.set !== reverseRow)
  const all = inData.reduce(
    (sum, score) => ({
      ...sum,
      errors: sum.errors + score.errors,
      caught: sum.caught + score.caught,
      misled: sum.misled + score.misled,
      correct: sum.correct + score.correct,
      falseAlarms: sum.falseAlarms + score.falseAlarms
    }),
    {set: `${options.set}, the data's directions`, errors: 0, caught: 0, misled: 0, correct: 0, falseAlarms: 0}
  )
  const lines = [
    `## ${options.set} on news text written for development (${paragraphs.length} paragraphs)`,
    '',
    table(['Swap', 'Errors', 'Caught (recall)', 'Precision', 'Correct uses flagged', 'Wrong word offered'], [...rows.values(), all].map(row)),
    ''
  ]
  if (misses) {
    const mark = (text: string, at: number, length: number) => text.slice(0, at) + '[' + text.slice(at, at + length) + ']' + text.slice(at + length)
    instances.forEach((instance, index) => {
      const {written, intended} = instance.direction
      const flag = swappedFlags[index]
      if (!flag || normal(flag.expected) !== intended) lines.push(`miss ${written}>${intended} (${instance.source}): ${mark(instance.swapped, instance.swappedAt, written.length)}`)
      if (originalFlags[index]) lines.push(`false ${intended} (${instance.source}): ${mark(instance.original, instance.originalAt, intended.length)}`)
    })
    lines.push('')
  }
  return lines.join('\n')
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  exitOnUnknownOptions(args, {
    flags: ['--every-have', '--reverse', '--misses'],
    withValue: ['--set'],
    usage: 'Usage: node dist/bench/news-confusables.js [--set have/of/off] [--every-have] [--reverse] [--misses]'
  })
  const at = args.indexOf('--set')
  const options: Options = {set: at === -1 ? 'have/of/off' : args[at + 1]!, everyHave: args.includes('--every-have'), reverse: args.includes('--reverse')}
  process.stdout.write(await newsConfusablesReport(options, args.includes('--misses')))
}
