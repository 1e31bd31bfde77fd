/**
 * Flag misspelled ordinary words, with the intended word first.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/spelling/)
 */
import {defineRule} from '../../src/core/define-rule.js'
import {draftSummary} from '../../src/analysis/draft-summary.js'
import {matchCase} from '../../src/analysis/text.js'
import type {RuleContext, Span} from '../../src/core/types.js'
import {analyseWords, isHyphenPrefix, type UnknownWord} from '../../src/analysis/words.js'

/**
 * A capitalised unknown word that starts a sentence is taken for a slip of an
 * ordinary word only this close (one cheap edit) to it; otherwise it is a name.
 */
const sentenceInitialMaxCost = 1

export default defineRule(
  {
    id: 'spelling',
    category: 'spelling',
    fix: 'suggestion',
    summary: 'Flag misspelled words, with the intended word first; unknown names are left to the name rules.'
  },
  function (tree, context, _options, report) {
    const analysis = analyseWords(tree, context)
    const {suggester, dialect} = context.resources
    const {midSentence} = draftSummary(tree, context)
    const otherDialect = dialect === 'en-US' ? 'British' : 'American'

    for (const word of analysis.unknown) {
      for (const part of unknownParts(word, context)) check(word, part.text, part.span)
    }

    /** Check an unknown word, or the unknown part of a hyphenated one (`text` at `span`). */
    function check(word: UnknownWord, text: string, span: Span): void {
      const lower = text.toLowerCase()
      let expected: string[]
      if (word.kind === 'ordinary') {
        expected = suggester.suggest(lower)
      } else if (
        word.kind === 'name' &&
        word.sentenceInitial &&
        !analysis.isKnownName(text) &&
        !midSentence.has(text) &&
        !word.followedByName
      ) {
        // `Previoulsy, …`: capitalised only because it starts the sentence.
        expected = suggester.suggest(lower, 3, sentenceInitialMaxCost).filter((word) => word[0] === lower[0])
        if (expected.length === 0 || analysis.nameNearMiss(text)) return
      } else {
        return
      }
      // With nothing close in the dictionary the word is more likely a rare
      // correct word than a slip; staying quiet keeps the rule worth reading.
      if (expected.length === 0) return
      const dialectForm = context.resources.isOtherDialect(lower)
      if (dialectForm) {
        const forms = context.resources.dialectForms(lower)
        expected = [...new Set([...forms, ...expected])].slice(0, 3)
      }
      const replacements = expected.map((suggestion) => matchCase(suggestion, text))
      const actual = context.file.value.slice(span.start, span.end) as string
      report(span, {
        reason: dialectForm
          ? `Unexpected ${otherDialect} spelling \`${actual}\` in ${dialect} text, expected \`${replacements[0]}\``
          : `Unexpected unknown word \`${actual}\`, expected \`${replacements[0]}\``,
        note: dialectForm
          ? context.dialectDetected
            ? `Most of the draft’s spellings are ${dialect === 'en-US' ? 'American' : 'British'}; \`${actual}\` is the ${otherDialect} form. Set \`dialect\` in \`.retextrc\` to fix the house style.`
            : `The draft is checked as ${dialect}; \`${actual}\` is the ${otherDialect} form. Set \`dialect\` in \`.retextrc\` if the house style is ${otherDialect}.`
          : `\`${actual}\` is not in the ${dialect} dictionary and is a likely slip for \`${replacements[0]}\`. If it is correct, add it to \`words\` in \`.retextrc\`.`,
        actual,
        expected: replacements
      })
    }
  }
)

/** A hyphenated compound is checked part by part, so a finding points at the unknown part. */
function unknownParts(word: UnknownWord, context: RuleContext): Array<{text: string; span: Span}> {
  const {token} = word
  if (word.kind !== 'ordinary' || !token.text.includes('-')) return [{text: token.text, span: {start: token.start, end: token.end}}]
  const parts: Array<{text: string; span: Span}> = []
  let offset = token.start
  for (const part of token.text.split('-')) {
    const lower = part.toLowerCase()
    const known =
      part === '' ||
      isHyphenPrefix(part) ||
      context.resources.suggester.has(lower) ||
      context.resources.newsWords.has(lower) ||
      context.acceptedWords.has(part) ||
      /\p{Lu}|\d/u.test(part)
    if (!known) parts.push({text: part, span: {start: offset, end: offset + part.length}})
    offset += part.length + 1
  }
  // Two unknown parts make a foreign compound (bric-a-brac), not two slips.
  return parts.length > 1 ? [] : parts
}
