/**
 * Presets: which rules run, and how loudly, when a config says nothing.
 * Findings are warnings by default; a newsroom raises them to `error` in its
 * config when it wants a failing check.
 */
import type {Level} from '../src/core/types.js'

const recommended: Readonly<Record<string, Level>> = {
  // Spelling family: ordinary words, then names. Unknown names alone are
  // never findings; only near misses of known names and in-draft variants.
  spelling: 'warn',
  'name-spelling': 'warn',
  'name-consistency': 'warn',
  // Words that are spelled right but wrong in context.
  homophone: 'warn',
  // Quotations: marks that pair up, and a speaker for every quote.
  'quote-balance': 'warn',
  'quote-attribution': 'warn',
  'pronoun-attribution': 'warn',
  // Copy-desk residue: slips of the keyboard and of the clipboard.
  'missing-space': 'warn',
  'repeated-word': 'warn',
  'web-boilerplate': 'warn'
}

const strict: Readonly<Record<string, Level>> = {
  ...recommended,
  // House policy rather than error: who says so, and why anonymously.
  'vague-attribution': 'warn',
  'anonymous-attribution': 'warn'
}

/**
 * Rules on trial: every rule starts here (`npm run new-rule` puts it here)
 * and moves to `recommended` or `strict` once it has proved precise on real
 * copy.
 */
const experimental: Readonly<Record<string, Level>> = {
  ...strict,
  'indefinite-article': 'warn'
}

/** The presets by name; the first is the default. */
export const presets: Readonly<Record<string, Readonly<Record<string, Level>>>> = {recommended, strict, experimental}
