/**
 * Flag `he said` or `she said` with no named person or role nearby.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/pronoun-attribution/)
 */
import {analyse, unresolvedPronouns} from '../../src/analysis/attribution.js'
import {defineRule} from '../../src/core/define-rule.js'

/** Options for `pronoun-attribution`. */
export interface Options {
  /** How many sentences back a name or role may stand (default: `3`). */
  readonly window?: number | null | undefined
}

export default defineRule<Options>(
  {
    id: 'pronoun-attribution',
    category: 'style',
    fix: 'none',
    summary: 'Flag `he said` or `she said` with no named person or role nearby.',
    options: {window: 'number'}
  },
  function (tree, context, options, report) {
    const window = Math.max(0, options.window ?? 3)
    const analysis = analyse(tree, context)
    for (const {span, pronoun} of unresolvedPronouns(analysis, window)) {
      const actual = analysis.text.slice(span.start, span.end)
      report(span, {
        reason: `Unexpected pronoun attribution \`${actual}\`, expected a named person or role nearby`,
        note: `No person or role is named in this sentence, the ${window} before it or the previous paragraph, so a reader cannot tell who \`${pronoun.toLowerCase()}\` is. Name the speaker first (“Jane Smith said”, “the mayor said”), then use the pronoun.`,
        actual
      })
    }
  }
)
