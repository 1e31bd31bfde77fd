/**
 * Flag a name spelled two ways in one draft (`Peskov` ×4, `Peskow` ×1): the
 * minority spelling is probably the slip.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/name-consistency/)
 */
import {defineRule, placeOf} from '../../src/core/define-rule.js'
import {draftSummary, nameForm} from '../../src/analysis/draft-summary.js'
import {majorityOf} from '../../src/analysis/name-majority.js'
import {decideSlip} from '../../src/analysis/slips.js'
import {stripPossessive} from '../../src/analysis/text.js'
import type {Token} from '../../src/analysis/tokens.js'
import {analyseWords} from '../../src/analysis/words.js'

export default defineRule(
  {
    id: 'name-consistency',
    category: 'consistency',
    fix: 'suggestion',
    summary: 'Flag a name spelled two ways in one draft, pointing at the majority spelling.'
  },
  function (tree, context, _options, report) {
    const analysis = analyseWords(tree, context)
    const summary = draftSummary(tree, context)
    const occurrences = new Map<string, Token[]>()
    // Only the draft's unknown names are counted: no other form is looked at below.
    const unknownNames = summary.unknownNames
    // Every word of the draft: an indexed loop makes no iterator steps.
    const words = unknownNames.size === 0 ? [] : analysis.words
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      if (!unknownNames.has(possessiveEnd.test(word.text) ? stripPossessive(word.text) : word.text)) continue
      const form = nameForm(word, analysis)
      if (form === undefined) continue
      const list = occurrences.get(form) ?? []
      list.push(word)
      occurrences.set(form, list)
    }
    // Spellings the spelling decision already reports as a slip of a known word or name.
    const decided = new Set<string>()
    for (const word of analysis.unknown) {
      if (word.kind !== 'name') continue
      const decision = decideSlip(word, tree, analysis, context)
      if (!decision || (decision.kind === 'name' && decision.inDraft)) continue
      if (context.enabled.has(decision.kind === 'name' ? 'name-spelling' : 'spelling')) decided.add(stripPossessive(word.token.text))
    }

    for (const [minority, tokens] of occurrences) {
      // Only a spelling no dictionary or name list knows can be the slip
      // (the draft's `Communist` is no misspelling of its `Communese`).
      if (!summary.unknownNames.has(minority)) continue
      if (decided.has(minority)) continue
      const majority = majorityOf(minority, summary)
      if (!majority) continue
      const minorityCount = summary.names.get(minority)?.count ?? tokens.length
      const first = placeOf(context.file).toPoint(majority.first)
      for (const token of tokens) {
        const span = {start: token.start, end: token.start + minority.length}
        const actual = context.file.value.slice(span.start, span.end) as string
        report(span, {
          reason: `Unexpected spelling \`${actual}\` (${minorityCount}×), expected \`${majority.form}\` as elsewhere in the draft (${majority.count}×)`,
          note: `The draft spells this name two ways; the majority spelling is more likely the right one. Check the name against a source and make every mention match.`,
          cause: `First spelled \`${majority.form}\` at ${first.line}:${first.column}`,
          actual,
          expected: [majority.form]
        })
      }
    }
  }
)

/** A word `stripPossessive` may change: one ending in an apostrophe, or in one and `s`. */
const possessiveEnd = /['’]s?$/u
