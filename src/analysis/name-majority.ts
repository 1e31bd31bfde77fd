/**
 * The draft's majority spelling of a name (`Peskov` ×4 against `Peskow`
 * ×1): read by `name-consistency`, which reports the minority spelling, and
 * by `name-spelling`, which leaves such a slip to it.
 */
import {minNameLength, type DraftSummary} from './draft-summary.js'
import {editDistance, letterMask, mayBeWithin} from './text.js'

/**
 * Most spellings one name is compared with. A news draft has far fewer
 * names of one first letter and length written twice or more; the bound
 * keeps a draft of many thousands of such names linear.
 */
const maxComparisons = 1000

/** A spelling written at least twice, which another spelling may be a slip of. */
export interface Candidate {
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

/** The spelling `minority` is most likely a slip of: written more often (twice or more), one or two edits away. */
export function majorityOf(minority: string, summary: DraftSummary): Candidate | undefined {
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
