/**
 * Flag a name spelled two ways in one draft (`Peskov` ×4, `Peskow` ×1): the
 * minority spelling is probably the slip.
 * Docs and runnable examples: rules/name-consistency.md · edge cases: rules/name-consistency.test.ts
 */
import {defineRule, placeOf} from '../src/engine/define-rule.js'
import {isOverlong} from '../src/engine/limits.js'
import {editDistance, isAllCaps, isCapitalised, letterMask, mayBeWithin, stripPossessive} from '../src/engine/text.js'
import {analyseWords, type WordToken} from '../src/engine/words.js'

/** Shorter names differ by one letter too often to call one a slip of the other. */
const minLength = 5

/**
 * Most spellings one name is compared with. A news draft has far fewer
 * names of one first letter and length written twice or more; the bound
 * keeps a draft of many thousands of such names linear.
 */
const maxComparisons = 1000

/** A spelling written at least twice, which another spelling may be a slip of. */
interface Candidate {
  readonly form: string
  readonly count: number
  /** Place in the draft's order of first uses, to break ties. */
  readonly order: number
  readonly mask: number
}

/** Spellings written at least twice, by first letter and length (`P6` for `Peskov`), in the draft's order. */
function majorityCandidates(occurrences: ReadonlyMap<string, ReadonlyArray<unknown>>): Map<string, Candidate[]> {
  const candidates = new Map<string, Candidate[]>()
  let order = 0
  for (const [form, list] of occurrences) {
    order++
    if (list.length < 2) continue
    const key = form.charAt(0) + form.length
    const bucket = candidates.get(key) ?? []
    bucket.push({form, count: list.length, order, mask: letterMask(form)})
    candidates.set(key, bucket)
  }
  return candidates
}

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
    const candidates = majorityCandidates(occurrences)

    for (const minority of forms) {
      // Only a spelling no dictionary or name list knows can be the slip
      // (the draft's `Communist` is no misspelling of its `Communese`).
      if (!analysis.unknownForms.has(minority)) continue
      if (deferToNameSpelling && analysis.nameNearMiss(minority)) continue
      const minorityCount = occurrences.get(minority)!.length
      const mask = letterMask(minority)
      let majority: Candidate | undefined
      let compared = 0
      // A majority spelling shares the first letter and is at most two letters longer or shorter.
      search: for (let length = minority.length - 2; length <= minority.length + 2; length++) {
        for (const other of candidates.get(minority.charAt(0) + length) ?? []) {
          if (++compared > maxComparisons) break search
          if (other.form === minority || other.count <= minorityCount) continue
          // An ending added (Peskov, Peskova; Smith, Smiths) is a different form, not a slip.
          if (other.form.startsWith(minority) || minority.startsWith(other.form)) continue
          const limit = Math.min(minority.length, other.form.length) >= 8 ? 2 : 1
          if (!mayBeWithin(mask, other.mask, limit) || editDistance(minority, other.form, limit) > limit) continue
          // The most frequent spelling; of equals, the one the draft uses first.
          if (!majority || other.count > majority.count || (other.count === majority.count && other.order < majority.order)) majority = other
        }
      }
      if (!majority) continue

      const majorityList = occurrences.get(majority.form)!
      const first = placeOf(context.file).toPoint(majorityList[0]!.span.start)
      for (const token of occurrences.get(minority)!) {
        const span = {start: token.span.start, end: token.span.start + minority.length}
        const actual = context.file.value.slice(span.start, span.end) as string
        report(span, {
          reason: `Unexpected spelling \`${actual}\` (${minorityCount}×), expected \`${majority.form}\` as elsewhere in the draft (${majorityList.length}×)`,
          note: `The draft spells this name two ways; the majority spelling is more likely the right one. Check the name against a source and make every mention match.`,
          cause: `First spelled \`${majority.form}\` at ${first.line}:${first.column}`,
          actual,
          expected: [majority.form]
        })
      }
    }
  }
)
