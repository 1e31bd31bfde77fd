/**
 * Flag anonymous sourcing such as `sources said`.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/anonymous-attribution/)
 */
import {analyse, anonymousSources} from '../../src/analysis/attribution.js'
import {defineRule} from '../../src/core/define-rule.js'

export default defineRule(
  {
    id: 'anonymous-attribution',
    category: 'style',
    fix: 'none',
    summary: 'Flag anonymous sourcing such as `sources said`.'
  },
  function (tree, context, _options, report) {
    const analysis = analyse(tree, context)
    for (const paragraph of analysis.paragraphs) {
      for (const sentence of paragraph.sentences) {
        for (const span of anonymousSources(sentence)) {
          const actual = analysis.text.slice(span.start, span.end)
          report({start: span.start, end: span.end}, {
            reason: span.anonymity
              ? `Unexpected anonymous attribution \`${actual}\`, expected a named source`
              : `Unexpected anonymous source \`${actual}\`, expected a named source`,
            note: 'AP allows anonymous sources only when the information is essential and available no other way. Identify the source as specifically as possible (“a Treasury official involved in the talks”) and say why anonymity was granted.',
            actual
          })
        }
      }
    }
  }
)
