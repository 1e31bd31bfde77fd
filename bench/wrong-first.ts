/**
 * Development only: why a caught name slip's first suggestion is not the
 * intended name, read from the candidates the decision weighed (used by
 * `name-misses.js --wrong-first`).
 */
import {costTolerance, isOfRole, type Candidate} from '../src/analysis/slips.js'

/** What `wrongFirstCause` reads of one caught slip. */
export interface WrongFirst {
  /** The token as typed, and the name meant. */
  readonly typed: string
  readonly intended: string
  /** The kind of slip (`typing`, `sound-alike`). */
  readonly detail: string
  /** The rule that flagged it, and its first suggestion. */
  readonly rule: string
  readonly first: string
  /** Every candidate the decision weighed. */
  readonly candidates: ReadonlyArray<Candidate>
  /** Whether the name search, asked for more than the five names it keeps, finds `intended`. */
  readonly nearBeyondLimit: () => boolean
}

/**
 * Why a caught name slip's first suggestion is another: the slip reported
 * as a common word (`spelling`); the intended name no candidate, and why
 * (cut short, a name with an ending, another first letter, cut by the
 * limit of five, or further than the search reaches); else what set the
 * name offered first above it: the draft spells it, the place's role, a
 * sound-alike over a typing slip, a commoner name (as cheap a slip, or
 * dearer), a rarer name by a cheaper slip, or by the lists' points.
 */
export function wrongFirstCause(slip: WrongFirst): string {
  const intended = slip.intended.toLowerCase()
  const names = slip.candidates.filter((candidate) => candidate.isName)
  const mine = names.find((candidate) => candidate.text.toLowerCase() === intended)
  if (slip.rule === 'spelling') return mine ? 'a common word first, the name a candidate' : 'a common word first, the name no candidate'
  if (!mine) {
    const typed = slip.typed.toLowerCase()
    if (intended.startsWith(typed)) return 'intended no candidate: cut short'
    if (typed.startsWith(intended)) return 'intended no candidate: the name and an ending'
    if (intended[0] !== typed[0]) return 'intended no candidate: another first letter'
    return slip.nearBeyondLimit() ? 'intended no candidate: cut by the limit' : 'intended no candidate: out of reach'
  }
  const chosen = names.find((candidate) => candidate.text === slip.first)
  if (!chosen) return 'another name, not a candidate'
  if (slip.rule === 'name-consistency' || (chosen.inDraft && !mine.inDraft)) return 'the draft spells the first'
  if (chosen.placeRole !== undefined && isOfRole(chosen) !== isOfRole(mine)) return `a name of the other role (${chosen.placeRole} place, ${isOfRole(mine) ? 'intended of it' : 'first of it'})`
  if (slip.detail === 'typing' && chosen.soundAlike && !mine.soundAlike) return 'a sound-alike over a typing slip'
  if (chosen.census > mine.census) return chosen.cost > mine.cost + costTolerance ? 'a commoner name, a dearer slip' : 'a commoner name, as cheap a slip or cheaper'
  if (chosen.cost < mine.cost - costTolerance) return 'a rarer name, a cheaper slip'
  return 'a rarer name, by list points or channel'
}
