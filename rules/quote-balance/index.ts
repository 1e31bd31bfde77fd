/**
 * Flag quotation marks that do not pair up: mixed straight and curly marks,
 * curly marks facing the wrong way, quotations never closed, closing marks
 * with nothing open, a quotation nested in the same kind of mark, and
 * apostrophes typed as opening marks (`‘90s`). A quotation that runs on into
 * the next paragraph, reopened there, is news style and never flagged.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/quote-balance/)
 */
import {defineRule, placeOf} from '../../src/core/define-rule.js'
import type {Finding} from '../../src/core/define-rule.js'
import {analyseQuotes, type Outer, type QuoteProblem, type UnclosedWhere} from '../../src/analysis/quotations.js'

/** Options for `quote-balance`. */
export interface Options {
  /** The house's outer quotation marks: `"double"` (default) or `"single"`. */
  readonly outer?: Outer | null | undefined
}

const outers: ReadonlyArray<Outer> = ['double', 'single']

export default defineRule<Options>(
  {
    id: 'quote-balance',
    category: 'punctuation',
    fix: 'suggestion',
    summary: 'Flag quotation marks that do not pair up: mixed, reversed, unclosed or stray marks.',
    options: {outer: outers}
  },
  function (tree, context, options, report) {
    // Checked against `outers` with the rest of the config, before any file is read.
    const outer = options.outer ?? 'double'
    const place = placeOf(context.file)
    const at = (offset: number) => {
      const point = place.toPoint(offset)
      return `${point.line}:${point.column}`
    }
    for (const problem of analyseQuotes(tree, context, outer).problems) {
      const mark = problem.mark
      report({start: mark.offset, end: mark.offset + mark.char.length}, message(problem, at))
    }
  }
)

/** The house-style message for one problem; `at` turns an offset into `line:column`. */
function message(problem: QuoteProblem, at: (offset: number) => string): Finding {
  const actual = problem.mark.char
  const code = (text: string) => '`' + text + '`'
  switch (problem.type) {
    case 'mixed': {
      const role = problem.role === 'open' ? 'opening' : problem.role === 'reopen' ? 'reopening' : 'closing'
      return {
        reason: `Unexpected straight ${role} mark ${code(actual)} in a quotation with curly ${code(problem.partner.char)}, expected ${code(problem.expected)}`,
        note: 'One quotation mixes straight and curly marks, usually from pasting; published copy uses curly marks, so both ends should curl.',
        actual,
        expected: [problem.expected],
        // The partner's curl settles which curly mark this is.
        safe: true,
        cause: `Curly ${code(problem.partner.char)} at ${at(problem.partner.offset)}`
      }
    }
    case 'reversed': {
      const finding = {
        reason:
          problem.role === 'close'
            ? `Unexpected opening mark ${code(actual)} closing a quotation, expected ${code(problem.expected)}`
            : `Unexpected closing mark ${code(actual)} opening a quotation, expected ${code(problem.expected)}`,
        note: 'An opening mark curls toward the words after it and a closing mark toward the words before it; smart-quote software guesses the direction from the character before the mark and misreads a missing or extra space.',
        actual,
        expected: [problem.expected],
        safe: true
      }
      if (!problem.partner) return finding
      const verb = problem.role === 'close' ? 'Opened' : 'Closed'
      return {...finding, cause: `${verb} with ${code(problem.partner.char)} at ${at(problem.partner.offset)}`}
    }
    case 'unclosed': {
      const where = unclosedPlace(problem.where, problem.closer, problem.reversed ?? actual)
      const reason = problem.reversed
        ? `Unexpected closing mark ${code(actual)} opening a quotation that is never closed, expected ${code(problem.reversed)} and a closing ${code(problem.closer)} ${where.short}`
        : `Unexpected unclosed quotation ${code(actual)}, expected a closing ${code(problem.closer)} ${where.long}`
      const causes: string[] = []
      if (problem.opened) causes.push(`Quotation opened at ${at(problem.opened.offset)}`)
      if (problem.related !== undefined) causes.push(`${where.related} at ${at(problem.related)}`)
      return {
        reason,
        note: where.note,
        actual,
        ...(problem.reversed ? {expected: [problem.reversed]} : {}),
        ...(causes.length > 0 ? {cause: causes.join('; ')} : {})
      }
    }
    case 'stray':
      return {
        reason: problem.reversed
          ? `Unexpected opening mark ${code(actual)} after quoted words with no open quotation, expected an opening ${code(problem.opener)} before them`
          : `Unexpected closing mark ${code(actual)} with no open quotation, expected an opening ${code(problem.opener)} before it`,
        note: 'No quotation is open here, so this mark pairs with nothing. Add the missing opening mark where the quoted words start, or delete this one.',
        actual
      }
    case 'mismatch':
      return {
        reason: `Unexpected closing mark ${code(actual)} for a quotation opened with ${code(problem.opener.char)}, expected ${code(problem.expected)}`,
        note: 'A quotation opened with double marks closes with double marks, and one opened with single marks closes with single marks.',
        actual,
        expected: [problem.expected],
        cause: `Opened with ${code(problem.opener.char)} at ${at(problem.opener.offset)}`
      }
    case 'nesting':
      return {
        reason: `Unexpected ${code(actual)} ${problem.role === 'open' ? 'opening' : 'closing'} a quotation inside a quotation marked the same way, expected ${code(problem.expected)}`,
        note: 'A quotation inside another takes the other kind of mark (single inside double, or double inside single in British style), so readers can tell where each one ends; change both marks of the inner quotation.',
        actual,
        expected: [problem.expected],
        cause:
          problem.role === 'open'
            ? `Inside the quotation opened at ${at(problem.outer.offset)}; closed at ${at(problem.partner.offset)}`
            : `Inner quotation opened at ${at(problem.partner.offset)}`
      }
    case 'apostrophe':
      return {
        reason: `Unexpected opening mark ${code(actual)} as an apostrophe in ${code(problem.word)}, expected ${code(problem.expected)}`,
        note: 'An apostrophe for left-out letters or digits curls like a closing single mark; smart-quote software turns it into an opening mark at the start of a word.',
        actual,
        expected: [problem.expected],
        safe: true
      }
  }
}

interface Wording {
  readonly long: string
  readonly short: string
  readonly related: string
  readonly note: string
}

function unclosedPlace(where: UnclosedWhere, closer: string, opener: string): Wording {
  const code = (text: string) => '`' + text + '`'
  switch (where) {
    case 'paragraph':
      return {
        long: `by the end of the paragraph, or ${code(opener)} reopening the next`,
        short: 'by the end of the paragraph',
        related: 'Paragraph ends',
        note: 'A quotation that runs on into the next paragraph leaves the closing mark off and reopens the next paragraph with an opening mark; this one does neither, so readers cannot tell where the quoted words end. Add the closing mark where they end.'
      }
    case 'draft':
      return {
        long: 'before the end of the draft',
        short: 'before the end of the draft',
        related: 'Draft ends',
        note: 'The quotation is still open when the draft ends, so readers cannot tell where the quoted words end. Add the closing mark where they end.'
      }
    case 'attribution':
      return {
        long: 'before the attribution',
        short: 'before the attribution',
        related: 'Attribution',
        note: `An attribution follows the quoted words but no mark closes them; the ${code(closer)} usually belongs right after the comma before the attribution.`
      }
    case 'next-quote':
      return {
        long: 'before the next quotation opens',
        short: 'before the next quotation opens',
        related: 'Next quotation opens',
        note: 'A new quotation of the same kind opens after a finished sentence while this one is still open; the closing mark of this one is probably missing.'
      }
    case 'outer':
      return {
        long: 'before the quotation around it closes',
        short: 'before the quotation around it closes',
        related: 'Outer quotation closes',
        note: 'A quotation inside another must close before the outer one does.'
      }
  }
}
