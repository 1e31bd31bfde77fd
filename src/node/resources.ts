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

async function read(dialect: Dialect): Promise<Resources> {
  const generated = (name: string) => fs.readFile(path.join(root, 'generated', name), 'utf8')
  try {
    const [dictionary, words, moreWords, loanPhrases, frequencies, knownNames, salientNames, newsWords, dialectTable] = await Promise.all([
      dialect === 'en-GB' ? import('dictionary-en-gb') : import('dictionary-en'),
      generated(`words-${dialect}.txt`),
      generated(`more-words-${dialect}.txt`),
      generated('loan-phrases.txt'),
      generated('frequencies.txt'),
      generated('names-known.txt'),
      generated('names-salient.txt'),
      fs.readFile(path.join(root, 'data', 'news-words.txt'), 'utf8'),
      fs.readFile(path.join(root, 'data', 'dialect-spellings.tsv'), 'utf8')
    ])
    return buildResources({dialect, dictionary: dictionary.default, words, moreWords, loanPhrases, frequencies, knownNames, salientNames, newsWords, dialectTable})
  } catch (error) {
    throw new Error(
      'copydesk’s data is missing (' + String((error as Error).message) + '); run `npm run build` in the copydesk folder',
      {cause: error}
    )
  }
}
