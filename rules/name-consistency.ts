/**
 * Flag a name spelled two ways in one draft (`Peskov` ×4, `Peskow` ×1): the
 * minority spelling is probably the slip.
 * Docs and runnable examples: rules/name-consistency.md · edge cases: rules/name-consistency.test.ts
 */
import {defineRule, placeOf} from '../src/engine/define-rule.js'
import {isOverlong} from '../src/engine/limits.js'
import {editDistance, isAllCaps, isCapitalised, stripPossessive} from '../src/engine/text.js'
import {analyseWords, type WordToken} from '../src/engine/words.js'

/** Shorter names differ by one letter too often to call one a slip of the other. */
const minLength = 5

export default defineRule(
  {
    id: 'name-consistency',
    category: 'consistency',
    fix: 'suggestion',
    summary: 'Flag a name spelled two ways in one draft, pointing at the majority spelling.'
  },
  function (tree, context, _options, report) {
    const analysis = analyseWords(tree, context)
    const occurrences = new Map<string, WordToken[]>()
    for (const word of analysis.words) {
      if (word.literal || !isCapitalised(word.text) || isAllCaps(word.text)) continue
      const form = stripPossessive(word.text)
      if (form.length < minLength || isOverlong(form) || /[^\p{L}'-]/u.test(form)) continue
      const list = occurrences.get(form) ?? []
      list.push(word)
      occurrences.set(form, list)
    }

    const forms = [...occurrences.keys()]
    const deferToNameSpelling = context.enabled.has('name-spelling')

    for (const minority of forms) {
      // Only a spelling no dictionary or name list knows can be the slip
      // (the draft's `Communist` is no misspelling of its `Communese`).
      if (!analysis.unknownForms.has(minority)) continue
      if (deferToNameSpelling && analysis.nameNearMiss(minority)) continue
      const minorityCount = occurrences.get(minority)!.length
      let majority: string | undefined
      for (const other of forms) {
        const otherCount = occurrences.get(other)!.length
        if (other === minority || other.charAt(0) !== minority.charAt(0)) continue
        if (otherCount < 2 || otherCount <= minorityCount) continue
        // An ending added (Peskov, Peskova; Smith, Smiths) is a different form, not a slip.
        if (other.startsWith(minority) || minority.startsWith(other)) continue
        const limit = Math.min(minority.length, other.length) >= 8 ? 2 : 1
        if (editDistance(minority, other, limit) > limit) continue
        if (!majority || otherCount > occurrences.get(majority)!.length) majority = other
      }
      if (!majority) continue

      const majorityList = occurrences.get(majority)!
      const first = placeOf(context.file).toPoint(majorityList[0]!.span.start)
      for (const token of occurrences.get(minority)!) {
        const span = {start: token.span.start, end: token.span.start + minority.length}
        const actual = context.file.value.slice(span.start, span.end) as string
        report(span, {
          reason: `Unexpected spelling \`${actual}\` (${minorityCount}×), expected \`${majority}\` as elsewhere in the draft (${majorityList.length}×)`,
          note: `The draft spells this name two ways; the majority spelling is more likely the right one. Check the name against a source and make every mention match.`,
          cause: `First spelled \`${majority}\` at ${first.line}:${first.column}`,
          actual,
          expected: [majority]
        })
      }
    }
  }
)
