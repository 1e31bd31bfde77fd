/** Reads copydesk's lookup data from disk, once per dialect per process. */
import fs from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {buildResources, type Dialect, type Resources} from '../analysis/resources.js'

/** The package root: this module sits in `src/node/` or, built, in `dist/src/node/`. */
function packageRoot(): string {
  const folder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  return path.basename(folder) === 'dist' ? path.dirname(folder) : folder
}

export const root = packageRoot()

const loading = new Map<Dialect, Promise<Resources>>()

export function loadResources(dialect: Dialect): Promise<Resources> {
  let promise = loading.get(dialect)
  if (!promise) {
    promise = read(dialect)
    loading.set(dialect, promise)
  }
  return promise
}

/**
 * The Hunspell dictionary retext-spell reads for a dialect, imported only
 * when that dialect is checked. en-NZ and en-IN have none of their own and
 * use the nearest (en-AU, en-GB); their vocabulary is in their word lists.
 */
function hunspell(dialect: Dialect): Promise<{default: {aff: Uint8Array; dic: Uint8Array}}> {
  switch (dialect) {
    case 'en-GB':
    case 'en-IN':
      return import('dictionary-en-gb')
    case 'en-CA':
      return import('dictionary-en-ca')
    case 'en-AU':
    case 'en-NZ':
      return import('dictionary-en-au')
    default:
      return import('dictionary-en')
  }
}

async function read(dialect: Dialect): Promise<Resources> {
  const generated = (name: string) => fs.readFile(path.join(root, 'generated', name), 'utf8')
  try {
    const [dictionary, words, moreWords, loanPhrases, frequencies, knownNames, salientNames, namePriors, newsWords, dialectTable, dialectMarkers] =
      await Promise.all([
        hunspell(dialect),
        generated(`words-${dialect}.txt`),
        generated(`more-words-${dialect}.txt`),
        generated('loan-phrases.txt'),
        generated('frequencies.txt'),
        generated('names-known.txt'),
        generated('names-salient.txt'),
        generated('name-priors.txt'),
        fs.readFile(path.join(root, 'data', 'news-words.txt'), 'utf8'),
        fs.readFile(path.join(root, 'data', 'dialect-spellings.tsv'), 'utf8'),
        generated('dialect-markers.txt')
      ])
    return buildResources({
      dialect,
      dictionary: dictionary.default,
      words,
      moreWords,
      loanPhrases,
      frequencies,
      knownNames,
      salientNames,
      namePriors,
      newsWords,
      dialectTable,
      dialectMarkers
    })
  } catch (error) {
    throw new Error(
      'copydesk’s data is missing (' + String((error as Error).message) + '); run `npm run build` in the copydesk folder',
      {cause: error}
    )
  }
}
