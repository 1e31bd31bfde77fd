/**
 * What rules need to know about a whole draft beyond the stretch they are
 * looking at: how often each name is spelled each way and where first
 * (`name-consistency`), which spellings no dictionary or name list knows,
 * and which unknown words also stand mid-sentence (`spelling`: `Mamoun` at
 * a sentence's start is a name if it also stands mid-sentence).
 *
 * A draft checked whole builds it from its own word analysis. A draft
 * checked in chunks (chunks.ts) builds it in a first pass over every chunk,
 * then hands it to each chunk's rules: counts and sets, never trees, and
 * bounded by `maxSummaryForms`, so it stays small whatever the draft.
 */
import type {Root} from 'nlcst'
import type {Range} from '../core/chunks.js'
import {isOverlong} from '../core/limits.js'
import {isAllCaps, isCapitalised, stripPossessive} from './text.js'
import type {RuleContext} from '../core/types.js'
import type {Token} from './tokens.js'
import {analyseWords, type WordAnalysis} from './words.js'

/** How often a name form is used, and where first. */
export interface NameUse {
  count: number
  /** Offset of the first use. */
  readonly first: number
}

export interface DraftSummary {
  /** Name forms (see `nameForm`, from `minCountedLength` letters) by first use. */
  readonly names: Map<string, NameUse>
  /** Name forms no dictionary, name list or config knows. */
  readonly unknownNames: Set<string>
  /** Unknown words (as written) that stand somewhere other than a sentence's start. */
  readonly midSentence: Set<string>
  /** The same, each without a possessive ending (`stripPossessive`): `Abot's` mid-sentence is a use of `Abot` there. */
  readonly midSentenceForms: Set<string>
  /** Uses of each unknown word, by its lower case and each part of a hyphenated one (`WordAnalysis.unknownUses`). */
  readonly unknownUses: Map<string, number>
  /** Distinct old forms of known words quoted in the draft (`WordAnalysis.quotedOldForms`). */
  readonly quotedOldForms: Set<string>
  /** Distinct quoted words whose apostrophe marks dropped letters (`WordAnalysis.quotedElisions`). */
  readonly quotedElisions: Set<string>
}

/**
 * Most distinct forms each part of a summary keeps. A news draft of 20 MB
 * has some tens of thousands of distinct names; past the bound new forms are
 * left out (a hostile draft of millions of made-up names), which can only
 * leave a name-consistency or sentence-start finding unmade.
 */
export const maxSummaryForms = 200_000

/** Names shorter than this differ by one letter too often to call one a slip of the other. */
export const minNameLength = 5

/**
 * Names of this many letters and more are counted (`Juet` nine times is a
 * name, not a slip of `Just`), though only those of `minNameLength` and
 * more are compared with one another.
 */
export const minCountedLength = 3

export function emptySummary(): DraftSummary {
  return {names: new Map(), unknownNames: new Set(), midSentence: new Set(), midSentenceForms: new Set(), unknownUses: new Map(), quotedOldForms: new Set(), quotedElisions: new Set()}
}

/** A character no name is written with: not a letter, apostrophe or hyphen. */
const notNameLetter = /[^\p{L}'-]/u

/**
 * The form of a word that `name-consistency` counts: a capitalised word of
 * letters (possessive stripped), not all capitals, not in a URL or code, of
 * `minLength` letters or more; undefined for any other word.
 */
export function nameForm(word: Token, analysis: WordAnalysis, minLength = minNameLength): string | undefined {
  if (analysis.isLiteral(word) || !isCapitalised(word.text) || isAllCaps(word.text)) return undefined
  const form = stripPossessive(word.text)
  if (form.length < minLength || isOverlong(form) || notNameLetter.test(form)) return undefined
  return form
}

/** Add the words of `analysis` that start within `own` (all, when undefined) to `summary`. */
export function addToSummary(summary: DraftSummary, analysis: WordAnalysis, own?: Range): void {
  const inside = (start: number) => own === undefined || (start >= own.start && start < own.end)
  // Every word of the draft: an indexed loop makes no iterator steps.
  const words = analysis.words
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!
    if (!inside(word.start)) continue
    const form = nameForm(word, analysis, minCountedLength)
    if (form === undefined) continue
    const use = summary.names.get(form)
    if (use) use.count++
    else if (summary.names.size < maxSummaryForms) summary.names.set(form, {count: 1, first: word.start})
  }
  for (const word of analysis.unknown) {
    if (!inside(word.token.start)) continue
    if (word.kind === 'name' && summary.unknownNames.size < maxSummaryForms) summary.unknownNames.add(stripPossessive(word.token.text))
    if (!word.sentenceInitial && summary.midSentence.size < maxSummaryForms) summary.midSentence.add(word.token.text)
    if (!word.sentenceInitial && summary.midSentenceForms.size < maxSummaryForms) summary.midSentenceForms.add(stripPossessive(word.token.text))
  }
  // A survey pass reads each chunk's own range alone, so its counts are the chunk's.
  for (const [form, count] of analysis.unknownUses) {
    const known = summary.unknownUses.get(form)
    if (known !== undefined) summary.unknownUses.set(form, known + count)
    else if (summary.unknownUses.size < maxSummaryForms) summary.unknownUses.set(form, count)
  }
  for (const form of analysis.quotedOldForms) if (summary.quotedOldForms.size < maxSummaryForms) summary.quotedOldForms.add(form)
  for (const form of analysis.quotedElisions) if (summary.quotedElisions.size < maxSummaryForms) summary.quotedElisions.add(form)
}

const cacheKey = 'copydesk:draft-summary'

/** The summary of the draft `tree` belongs to: the chunked draft's, or this tree's own. */
export function draftSummary(tree: Root, context: RuleContext): DraftSummary {
  if (context.draft) return context.draft
  const cached = context.shared.get(cacheKey) as {tree: Root; summary: DraftSummary} | undefined
  if (cached && cached.tree === tree) return cached.summary
  const summary = emptySummary()
  addToSummary(summary, analyseWords(tree, context))
  context.shared.set(cacheKey, {tree, summary})
  return summary
}
