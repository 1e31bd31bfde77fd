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

/** The spelling conventions a dialect follows, as target of the table. */
export type Convention = 'American' | 'British'

/**
 * The conventions whose forms a dialect writes: American for en-US, both
 * for en-CA (colour, centre, but organize, analyze), British for the rest.
 * A form is offered only when the dialect's dictionary has it.
 */
export function conventionsOf(dialect: Dialect): ReadonlyArray<Convention> {
  if (dialect === 'en-US') return ['American']
  if (dialect === 'en-CA') return ['American', 'British']
  return ['British']
}

/**
 * Spellings of `word` in the `convention` by the table (longest patterns
 * first, as `parseDialectTable` orders it): `colour` → `color` for American,
 * `color` → `colour` for British.
 */
export function dialectForms(word: string, convention: Convention, table: ReadonlyArray<DialectPair>): string[] {
  const forms: string[] = []
  // Asked of many words against the whole table: no array or iterator step per pair.
  const american = convention === 'American'
  for (let index = 0; index < table.length; index++) {
    const pair = table[index]!
    const from = american ? pair.british : pair.american
    const to = american ? pair.american : pair.british
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
