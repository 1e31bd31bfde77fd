/**
 * RULE_SUMMARY
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/RULE_ID/)
 */
import {search} from 'nlcst-search'
import {toString} from 'nlcst-to-string'
import {defineRule} from '../../src/core/define-rule.js'
import {matchCase, spanOf} from '../../src/analysis/text.js'
import {phrases} from './phrases.js'

/** Options for `RULE_ID`. */
export interface Options {
  /** Phrases from the table the house style accepts (default: none). */
  readonly allow?: ReadonlyArray<string> | null | undefined
}

export default defineRule<Options>(
  {
    id: 'RULE_ID',
    category: 'concision',
    fix: 'suggestion',
    summary: 'RULE_SUMMARY',
    options: {allow: 'string[]'}
  },
  function (tree, _context, options, report) {
    const allowed = new Set((options.allow ?? []).map((phrase) => phrase.toLowerCase()))
    const wanted = Object.keys(phrases).filter((phrase) => !allowed.has(phrase))
    search(tree, wanted, function (nodes, _index, _parent, phrase) {
      const actual = toString(nodes)
      const plain = matchCase(phrases[phrase] ?? '', actual)
      report(spanOf(nodes[0]!, nodes[nodes.length - 1]), {
        reason: `Unexpected \`${actual}\`, expected \`${plain}\``,
        note: 'The short form says the same thing and reads faster.',
        actual,
        expected: [plain]
      })
    })
  }
)
