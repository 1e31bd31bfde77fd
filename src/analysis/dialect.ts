/**
 * British and American forms of a word, from the pattern table in
 * `data/dialect-spellings.tsv` (read by the adapter, parsed here).
 */
import type {Dialect} from './resources.js'

export interface DialectPair {
  readonly british: string
  readonly american: string
}

/** The table's pairs, longest pattern first. */
export function parseDialectTable(text: string): DialectPair[] {
  return text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean)
    .map((line) => {
      const [british = '', american = ''] = line.split('\t')
      return {british, american}
    })
    .sort((left, right) => right.british.length - left.british.length)
}

/**
 * Spellings of `word` in `dialect` by the table (longest patterns first, as
 * `parseDialectTable` orders it): `colour` → `color` for en-US, `color` →
 * `colour` for en-GB.
 */
export function dialectForms(word: string, dialect: Dialect, table: ReadonlyArray<DialectPair>): string[] {
  const forms: string[] = []
  for (const pair of table) {
    const [from, to] = dialect === 'en-US' ? [pair.british, pair.american] : [pair.american, pair.british]
    if (from.startsWith('-')) {
      const ending = from.slice(1)
      if (word.endsWith(ending) && word.length > ending.length + 2) {
        forms.push(word.slice(0, -ending.length) + to.slice(1))
      }
    } else if (word === from) {
      forms.push(to)
    }
  }
  return forms
}
