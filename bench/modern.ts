/**
 * Modern news drafts for timing the CLI, built from the project's own corpus
 * (`corpus/`: short news drafts written for copydesk, MIT): long foreign and
 * diacritic-laden names, Markdown, URLs and handles, the kind of copy
 * copydesk is for. The Brown press text of 1961 has mostly plain English
 * names, on which the naive pipeline's nspell suggestions cost little.
 *
 * Paragraphs are the blank-line separated blocks of each corpus draft
 * (`corpus/*.txt`, `corpus/*.md`, `corpus/en-GB/*`; not `*.expected.txt` or
 * `README.md`), with YAML front matter dropped and a fenced code block kept
 * whole. A generated draft keeps to one dialect, as every corpus draft does:
 * British paragraphs (from `corpus/en-GB/`) only go into British drafts,
 * which are written to an `en-GB/` subfolder next to a copy of the corpus's
 * `.retextrc` (`"dialect": "en-GB"`), so copydesk checks them as the corpus
 * test does. Every draft is written as `.md`, so Markdown is parsed (the
 * `.txt` drafts hold no Markdown syntax).
 */
import fs from 'node:fs'
import path from 'node:path'
import {randomInt, type Random} from './random.js'

export type Dialect = 'en-US' | 'en-GB'

export interface ModernParagraph {
  readonly text: string
  readonly dialect: Dialect
  readonly words: number
  /** Errors planted in this paragraph, as listed in the draft's `.expected.txt`. */
  readonly planted: number
}

export interface ModernCorpus {
  readonly paragraphs: ReadonlyArray<ModernParagraph>
  readonly files: number
  readonly words: number
  /** Contents of `corpus/en-GB/.retextrc`, for the British drafts. */
  readonly britishConfig: string
}

export interface ModernDraft {
  /** Path relative to the draft folder: `draft-000.md` or `en-GB/draft-001.md`. */
  readonly file: string
  readonly text: string
  readonly dialect: Dialect
  readonly words: number
  /** Planted corpus errors the draft carries. */
  readonly typos: number
}

/** Words as the Brown counts have them: whitespace-separated tokens holding a letter or digit. */
export function countTextWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

/** The corpus drafts, in path order. */
function corpusDrafts(corpusFolder: string): string[] {
  const isDraft = (name: string) => /\.(txt|md)$/.test(name) && !name.endsWith('.expected.txt') && name !== 'README.md'
  const top = fs.readdirSync(corpusFolder).filter(isDraft)
  const british = fs
    .readdirSync(path.join(corpusFolder, 'en-GB'))
    .filter(isDraft)
    .map((name) => path.join('en-GB', name))
  return [...top, ...british].sort()
}

/** Lines (1-based) of the planted errors in a draft's `.expected.txt`. */
function plantedLines(draftPath: string): number[] {
  const expectedPath = draftPath.replace(/\.(txt|md)$/, '.expected.txt')
  if (!fs.existsSync(expectedPath)) return []
  return fs
    .readFileSync(expectedPath, 'utf8')
    .split('\n')
    .flatMap((line) => {
      const match = /^(\d+):\d+ /.exec(line)
      return match ? [Number(match[1])] : []
    })
}

/** Split a draft into blocks with their first and last line; front matter dropped, code fences kept whole. */
function blocks(value: string): Array<{text: string; first: number; last: number}> {
  const lines = value.replace(/\r\n?/g, '\n').split('\n')
  let at = 0
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1)
    if (end > 0) at = end + 1
  }
  const result: Array<{text: string; first: number; last: number}> = []
  let current: string[] = []
  let first = 0
  let inFence = false
  const flush = (last: number) => {
    if (current.length > 0) result.push({text: current.join('\n'), first: first + 1, last: last + 1})
    current = []
  }
  for (; at < lines.length; at++) {
    const line = lines[at]!
    if (!inFence && line.trim() === '') {
      flush(at - 1)
      continue
    }
    if (current.length === 0) first = at
    current.push(line)
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
  }
  flush(lines.length - 1)
  return result
}

export function loadModernCorpus(corpusFolder: string): ModernCorpus {
  const drafts = corpusDrafts(corpusFolder)
  const paragraphs: ModernParagraph[] = []
  for (const relative of drafts) {
    const draftPath = path.join(corpusFolder, relative)
    const dialect: Dialect = relative.startsWith('en-GB') ? 'en-GB' : 'en-US'
    const planted = plantedLines(draftPath)
    for (const block of blocks(fs.readFileSync(draftPath, 'utf8'))) {
      paragraphs.push({
        text: block.text,
        dialect,
        words: countTextWords(block.text),
        planted: planted.filter((line) => line >= block.first && line <= block.last).length
      })
    }
  }
  return {
    paragraphs,
    files: drafts.length,
    words: paragraphs.reduce((sum, paragraph) => sum + paragraph.words, 0),
    britishConfig: fs.readFileSync(path.join(corpusFolder, 'en-GB', '.retextrc'), 'utf8')
  }
}

/**
 * `count` drafts of at least `targetWords` words each. A draft's dialect is
 * that of a paragraph picked from the whole corpus (so British and American
 * drafts come in the corpus's proportion); then paragraphs of that dialect
 * are picked at random, without repeats within the draft, until it is long
 * enough.
 */
export function makeModernDrafts(
  corpus: ModernCorpus,
  options: {readonly count: number; readonly targetWords: number},
  random: Random
): ModernDraft[] {
  const drafts: ModernDraft[] = []
  for (let index = 0; index < options.count; index++) {
    const dialect = corpus.paragraphs[randomInt(random, corpus.paragraphs.length)]!.dialect
    const pool = corpus.paragraphs.filter((paragraph) => paragraph.dialect === dialect)
    const chosen: ModernParagraph[] = []
    let words = 0
    while (words < options.targetWords && pool.length > 0) {
      const [paragraph] = pool.splice(randomInt(random, pool.length), 1)
      chosen.push(paragraph!)
      words += paragraph!.words
    }
    const name = `draft-${String(index).padStart(3, '0')}.md`
    drafts.push({
      file: dialect === 'en-GB' ? path.join('en-GB', name) : name,
      text: chosen.map((paragraph) => paragraph.text).join('\n\n') + '\n',
      dialect,
      words,
      typos: chosen.reduce((sum, paragraph) => sum + paragraph.planted, 0)
    })
  }
  return drafts
}

/** Write drafts (and the British `.retextrc`) into `folder`. */
export function writeModernDrafts(folder: string, drafts: ReadonlyArray<ModernDraft>, britishConfig: string): void {
  for (const draft of drafts) {
    const file = path.join(folder, draft.file)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, draft.text)
  }
  if (drafts.some((draft) => draft.dialect === 'en-GB')) fs.writeFileSync(path.join(folder, 'en-GB', '.retextrc'), britishConfig)
}
