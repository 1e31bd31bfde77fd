/**
 * Flag misspelled ordinary words, with the intended word first.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/spelling/)
 */
import {defineRule} from '../../src/core/define-rule.js'
import {draftSummary} from '../../src/analysis/draft-summary.js'
import {matchCase, stripPossessive} from '../../src/analysis/text.js'
import type {RuleContext, Span} from '../../src/core/types.js'
import {nameSplit, splitBeats, wordSplit} from './glued.js'
import {analyseWords, isHyphenPrefix, isKnownCompound, type UnknownWord} from '../../src/analysis/words.js'

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
    let ownNames: Set<string> | undefined

    for (const word of analysis.unknown) {
      for (const part of unknownParts(word, context)) check(word, part.text, part.span)
    }

    /** Capitalised words the draft writes as words of their own, and the config's names. */
    function namesOnTheirOwn(): ReadonlySet<string> {
      if (!ownNames) {
        ownNames = new Set(context.extraNames)
        for (const word of analysis.words) if (/^\p{Lu}\p{Ll}/u.test(word.text)) ownNames.add(stripPossessive(word.text))
      }
      return ownNames
    }

    /** `Previoulsy, …`: capitalised only because it starts the sentence. */
    function sentenceInitialSlip(word: UnknownWord, text: string): boolean {
      return (
        word.kind === 'name' &&
        word.sentenceInitial &&
        !analysis.isKnownName(text) &&
        !midSentence.has(text) &&
        !word.followedByName
      )
    }

    /** One cheap slip from a word with the same first letter, and no near miss of a name (looked for last: it costs most). */
    function sentenceInitialSuggestions(text: string, lower: string): string[] {
      const expected = suggester.suggest(lower, 3, sentenceInitialMaxCost).filter((word) => word[0] === lower[0])
      return expected.length > 0 && analysis.nameNearMiss(text) === undefined ? expected : []
    }

    /** Check an unknown word, or the unknown part of a hyphenated one (`text` at `span`). */
    function check(word: UnknownWord, text: string, span: Span): void {
      const lower = text.toLowerCase()
      let expected: string[]
      if (word.kind === 'ordinary') {
        expected = suggester.suggest(lower)
        // Two words run together (`thecouncil`), unless a single word is closer.
        const split = wordSplit(lower, suggester)
        if (split && splitBeats(lower, expected[0])) expected = [split, ...expected].slice(0, 3)
      } else if (word.kind === 'name' && !analysis.isKnownName(text) && namesOnTheirOwn().size > 0) {
        // A name the draft spells on its own, run into the next word (`Lehtinenyesterday`).
        const split = nameSplit(stripPossessive(text), (name) => namesOnTheirOwn().has(name), analysis.isKnownName, suggester)
        if (split) expected = [split]
        else if (sentenceInitialSlip(word, text)) expected = sentenceInitialSuggestions(text, lower)
        else return
        if (expected.length === 0) return
      } else if (sentenceInitialSlip(word, text)) {
        expected = sentenceInitialSuggestions(text, lower)
        if (expected.length === 0) return
      } else {
        return
      }
      // With nothing close in the dictionary the word is more likely a rare
      // correct word than a slip; staying quiet keeps the rule worth reading.
      if (expected.length === 0) return
      const otherDialect = context.resources.otherConvention(lower)
      const dialectForm = otherDialect !== undefined
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
  if (isKnownCompound(token.text, context.resources)) return []
  const parts: Array<{text: string; span: Span}> = []
  let offset = token.start
  for (const part of token.text.split('-')) {
    const lower = part.toLowerCase()
    const known =
      part === '' ||
      isHyphenPrefix(part) ||
      context.resources.isWord(lower) ||
      context.acceptedWords.has(part) ||
      /\p{Lu}|\d/u.test(part)
    if (!known) parts.push({text: part, span: {start: offset, end: offset + part.length}})
    offset += part.length + 1
  }
  // Two unknown parts make a foreign compound (bric-a-brac), not two slips.
  return parts.length > 1 ? [] : parts
}
