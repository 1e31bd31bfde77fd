/**
 * Flag a direct quotation with no identifiable speaker (AP: no orphan quotes).
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/quote-attribution/)
 */
import {analyse, unattributedQuotes} from '../../src/analysis/attribution.js'
import {defineRule} from '../../src/core/define-rule.js'

/** Options for `quote-attribution`. */
export interface Options {
  /** Words a quotation needs to count when it is not a full sentence (default: `5`). */
  readonly minWords?: number | null | undefined
}

/** Words a quotation needs by default to count when it is not a full sentence. */
export const defaultMinWords = 5

/** Quotations longer than this many words are shortened in the message. */
const shownWords = 6

export default defineRule<Options>(
  {
    id: 'quote-attribution',
    category: 'style',
    fix: 'none',
    summary: 'Flag a direct quotation with no identifiable speaker.',
    options: {minWords: 'number'}
  },
  function (tree, context, options, report) {
    const minWords = Math.max(1, options.minWords ?? defaultMinWords)
    const analysis = analyse(tree, context)
    for (const {segment, paragraphs} of unattributedQuotes(analysis, minWords)) {
      const actual = analysis.text.slice(segment.start, segment.end)
      report(
        {start: segment.start, end: segment.end},
        {
          reason: `Unexpected quotation with no speaker \`${shorten(actual)}\`, expected a speaker named in its sentence or paragraph`,
          note:
            (paragraphs > 1 ? `This quotation runs over ${paragraphs} paragraphs and none of them says who is speaking. ` : '') +
            'A reader must be able to tell who said a direct quotation (AP: no orphan quotes). Name the speaker in the same sentence or paragraph, e.g. “…,” the minister said, or end the paragraph before it with “The minister said:”.',
          actual
        }
      )
    }
  }
)

/** The first few words of a quotation, on one line. */
export function shorten(quotation: string): string {
  const flat = quotation.replace(/\s+/g, ' ').trim()
  const words = flat.split(' ')
  return words.length <= shownWords + 2 ? flat : words.slice(0, shownWords).join(' ') + '…'
}
