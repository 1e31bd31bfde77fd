/**
 * Flag vague attribution such as `critics say` or `it is believed`.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/vague-attribution/)
 */
import {analyse, compilePhrases, draftNames, paragraphNamesSource} from '../../src/analysis/attribution.js'
import {findPhrases} from '../../src/analysis/patterns.js'
import {vaguePatterns} from '../../src/lexicon/attribution.js'
import {defineRule} from '../../src/core/define-rule.js'

/** Options for `vague-attribution`. */
export interface Options {
  /** Phrases the house style accepts, matched case-insensitively (default: none). */
  readonly allow?: ReadonlyArray<string> | null | undefined
}

const patterns = compilePhrases(vaguePatterns)

export default defineRule<Options>(
  {
    id: 'vague-attribution',
    category: 'style',
    fix: 'none',
    summary: 'Flag vague attribution such as `critics say` or `it is believed`.',
    options: {allow: 'string[]'}
  },
  function (tree, context, options, report) {
    const allowed = new Set((options.allow ?? []).map((phrase) => phrase.toLowerCase().replace(/\s+/g, ' ').trim()))
    const analysis = analyse(tree, context)
    for (const paragraph of analysis.paragraphs) {
      let backed: boolean | undefined
      for (const sentence of paragraph.sentences) {
        for (const span of findPhrases(patterns, sentence.visible)) {
          const actual = analysis.text.slice(span.start, span.end)
          if (allowed.has(actual.toLowerCase().replace(/\s+/g, ' '))) continue
          // Wikipedia's test: vague wording is fine when the paragraph says who.
          backed ??= paragraphNamesSource(paragraph, draftNames(analysis))
          if (backed) break
          report(span, {
            reason: `Unexpected vague attribution \`${actual}\`, expected a named source`,
            note: 'Vague attribution puts a claim in unnamed mouths (Wikipedia’s “weasel words”). Say who: name the critics, cite the study or the report, or state the fact on the story’s own authority.',
            actual
          })
        }
        if (backed) break
      }
    }
  }
)
