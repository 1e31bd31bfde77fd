/**
 * Flag a capitalised word that is not a known name but is one slip away from
 * a well-known one (`Vladmir` → `Vladimir`). Unknown names alone are fine.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/name-spelling/)
 */
import {defineRule} from '../../src/core/define-rule.js'
import {stripPossessive} from '../../src/analysis/text.js'
import {draftSummary, minNameLength} from '../../src/analysis/draft-summary.js'
import {majorityOf} from '../../src/analysis/name-majority.js'
import {decideSlip} from '../../src/analysis/slips.js'
import {analyseWords} from '../../src/analysis/words.js'

export default defineRule(
  {
    id: 'name-spelling',
    category: 'spelling',
    fix: 'suggestion',
    summary: 'Flag a name that is a near miss of a well-known name, such as `Vladmir` for `Vladimir`.'
  },
  function (tree, context, _options, report) {
    const analysis = analyseWords(tree, context)
    for (const word of analysis.unknown) {
      if (word.kind !== 'name') continue
      const form = stripPossessive(word.token.text)
      const decision = decideSlip(word, tree, analysis, context)
      if (decision?.kind !== 'name') continue
      const name = decision.expected[0]!
      // A name the draft spells right elsewhere more often than the slip: `name-consistency`
      // reports it, with where (it compares names of `minNameLength` letters and more, the
      // slip and the name alike, against a spelling written twice or more). A name written
      // right once (`Thomas` … `Thmas`) is left to no other rule.
      if (
        decision.inDraft &&
        context.enabled.has('name-consistency') &&
        form.length >= minNameLength &&
        name.length >= minNameLength &&
        majorityOf(form, draftSummary(tree, context)) !== undefined
      ) {
        continue
      }
      const span = {start: word.token.start, end: word.token.start + form.length}
      const actual = context.file.value.slice(span.start, span.end) as string
      report(span, {
        reason: `Unexpected name \`${actual}\`, expected \`${name}\``,
        note: `\`${actual}\` is not a known name, and it is one slip away from the well-known name \`${name}\`. If the spelling is right, add it to \`names\` in \`.retextrc\`.`,
        actual,
        expected: [...decision.expected]
      })
    }
  }
)
