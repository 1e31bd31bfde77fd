/**
 * Flag a name spelled two ways in one draft (`Peskov` ×4, `Peskow` ×1): the
 * minority spelling is probably the slip.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/name-consistency/)
 */
import {defineRule, placeOf} from '../../src/core/define-rule.js'
import {draftSummary, minNameLength, nameForm, type DraftSummary} from '../../src/analysis/draft-summary.js'
import {decideSlip} from '../../src/analysis/slips.js'
import {editDistance, letterMask, mayBeWithin, stripPossessive} from '../../src/analysis/text.js'
import type {Token} from '../../src/analysis/tokens.js'
import {analyseWords} from '../../src/analysis/words.js'

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
  readonly first: number
  /** Place in the draft's order of first uses, to break ties. */
  readonly order: number
  readonly mask: number
}

interface Majorities {
  /** Spellings written at least twice, by first letter and length (`P6` for `Peskov`). */
  readonly candidates: Map<string, Candidate[]>
  /** The majority spelling found for each spelling, if any. */
  readonly found: Map<string, Candidate | undefined>
}

/** Built once per draft: a chunked draft asks for the same spellings chunk after chunk. */
const majoritiesOf = new WeakMap<DraftSummary, Majorities>()

function majorities(summary: DraftSummary): Majorities {
  let result = majoritiesOf.get(summary)
  if (!result) {
    const candidates = new Map<string, Candidate[]>()
    let order = 0
    for (const [form, use] of summary.names) {
      order++
      // Short names are counted for the spelling decision, not compared here.
      if (use.count < 2 || form.length < minNameLength) continue
      const key = form.charAt(0) + form.length
      const bucket = candidates.get(key) ?? []
      bucket.push({form, count: use.count, first: use.first, order, mask: letterMask(form)})
      candidates.set(key, bucket)
    }
    result = {candidates, found: new Map()}
    majoritiesOf.set(summary, result)
  }
  return result
}

/** The spelling `minority` is most likely a slip of: written more often, one or two edits away. */
function majorityOf(minority: string, summary: DraftSummary): Candidate | undefined {
  const {candidates, found} = majorities(summary)
  if (found.has(minority)) return found.get(minority)
  const minorityCount = summary.names.get(minority)?.count ?? 0
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
  found.set(minority, majority)
  return majority
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
    const summary = draftSummary(tree, context)
    const occurrences = new Map<string, Token[]>()
    for (const word of analysis.words) {
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
