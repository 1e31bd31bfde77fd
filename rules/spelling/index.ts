/**
 * Flag misspelled ordinary words, with the intended word first.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/spelling/)
 */
import {defineRule} from '../../src/core/define-rule.js'
import {matchCase, prefersCurly, stripPossessive} from '../../src/analysis/text.js'
import type {RuleContext, Span} from '../../src/core/types.js'
import {decideSlip, slipEvidence, slipProbability} from '../../src/analysis/slips.js'
import {orderInContext} from '../../src/analysis/slip-context.js'
import {costWithInitial, singleSlips, type Suggester} from '../../src/analysis/suggest.js'
import {keptAnswers} from '../../src/core/paragraph-cache.js'
import {nameSplit, splitBeats, wordSplit} from './glued.js'
import {analyseWords, isCompound, isHyphenPrefix, isInflection, isKnownCompound, quotationHolding, quotedRanges, type UnknownWord} from '../../src/analysis/words.js'
import {suffixSwaps} from '../../src/lexicon/suffix-sounds.js'
import {isGluedPair} from '../../src/lexicon/function-words.js'
import {englishSuffixes} from './data.js'
import type {QuoteSegment} from '../../src/analysis/quotations.js'
import {draftSummary} from '../../src/analysis/draft-summary.js'
import {months, weekdays} from '../../src/lexicon/calendar.js'
import {clauseOpeners, clippedWords} from '../../src/lexicon/quotation-marks.js'
import {pronunciationSpellings} from '../../src/lexicon/spoken-forms.js'

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
    let ownNames: Set<string> | undefined
    let quoted: ReadonlyArray<QuoteSegment> | undefined
    // An open document keeps each ordinary word's split: it reads the word and the dialect's word data alone.
    const splits = keptAnswers<{readonly pair: string | undefined}>(context.file, 'spelling:word-split', () => dialect)

    for (const word of analysis.unknown) {
      for (const part of unknownParts(word, context)) check(word, part.text, part.span)
    }

    /** Capitalised words the draft writes as words of their own, and the config's names. */
    function namesOnTheirOwn(): ReadonlySet<string> {
      if (!ownNames) {
        ownNames = new Set(context.extraNames)
        // Every word of the draft: an indexed loop, and one regular expression made once.
        const words = analysis.words
        for (let index = 0; index < words.length; index++) if (capitalisedWord.test(words[index]!.text)) ownNames.add(stripPossessive(words[index]!.text))
      }
      return ownNames
    }

    /**
     * Two words run together: two common words (`thecouncil`) unless a
     * single word is closer, or a name the draft spells on its own and a
     * common word (`Lehtinenyesterday`).
     */
    function split(word: UnknownWord, text: string, lower: string): string | undefined {
      if (word.kind === 'ordinary') {
        const work = () => {
          const pair = wordSplit(lower, suggester)
          // The nearest single word by its edits alone, the first letter not weighed apart.
          return {pair: pair && splitBeats(lower, suggester.rank(lower, 1, undefined, false)[0]?.word) ? pair : undefined}
        }
        return (splits ? splits.get(lower, work) : work()).pair
      }
      if (word.kind !== 'name' || analysis.isKnownName(text)) return undefined
      const pair = sentenceInitialSplit(word, text, lower)
      if (pair !== undefined || namesOnTheirOwn().size === 0) return pair
      return nameSplit(stripPossessive(text), (name) => namesOnTheirOwn().has(name), analysis.isKnownName, suggester)
    }

    /**
     * A sentence's first word made of a closed-class word and another, each
     * of four letters or more (`Thisweek`, `Withtheir`), as a closed
     * compound's parts are: its capital is the sentence's, not a name's.
     * Shorter parts read as names far more often (`Orlick`, `Lookit`).
     */
    function sentenceInitialSplit(word: UnknownWord, text: string, lower: string): string | undefined {
      if (!word.sentenceInitial || !closedCapitalised.test(text)) return undefined
      const pair = wordSplit(lower, suggester)
      const [left = '', right = ''] = pair?.split(' ') ?? []
      const glued = left.length >= compoundPartLength && right.length >= compoundPartLength && isGluedPair(left, right)
      return glued && splitBeats(lower, suggester.rank(lower, 1, undefined, false)[0]?.word) ? pair : undefined
    }

    /**
     * With the dialect detected (`auto`), an other-dialect form inside
     * quotation marks is its source's spelling, and one the draft writes
     * `ownFormUses` times or more is its writer's choice: neither is a stray.
     */
    function isOwnDialectForm(lower: string, span: Span): boolean {
      quoted ??= quotedRanges(tree, context)
      if (quotationHolding(quoted, span)) return true
      return draftUses(lower) >= ownFormUses
    }

    /**
     * With the dialect detected (`auto`) as British, an -ize form whose -ise
     * form is the dialect's (`organized`, `synchronize`) is Oxford spelling,
     * which British houses write too: no stray American form, as it is no
     * American marker when the dialect is detected. (-yse stays: Oxford
     * spelling writes `analyse`.)
     */
    function isOxfordForm(lower: string): boolean {
      // `auto` reads a draft as en-US or en-GB only.
      if (dialect === 'en-US' || !lower.includes('iz')) return false
      return context.resources.dialectForms(lower).includes(lower.replaceAll('iz', 'is'))
    }

    /**
     * With the dialect detected (`auto`), the draft's one other-dialect
     * spelling, in a draft that writes no other and does not spell the
     * same form its own dialect's way (`grey` in an American draft with no
     * `gray`): one form says nothing of a house style, as two do
     * (`travelled`, `travelling`) or the form spelled both ways
     * (`traveling`, `travelling`). A set `dialect` still flags it.
     */
    function isLoneOtherForm(lower: string): boolean {
      const markers = context.dialectMarkers
      // A form the other dialect's lists spell (a marker), not one the pattern table alone reads so (`disastre` is a slip).
      if (!markers || markers.other.size !== 1 || !markers.other.has(lower)) return false
      return !context.resources.dialectForms(lower).some((form) => markers.own.has(form))
    }

    /**
     * A word only the other dialect's lists spell so, outside the pattern
     * table (`scepticism`, `diarrhoea` in American text).
     */
    function isOtherDialectWord(lower: string): boolean {
      const marker = context.resources.dialectMarker(lower)
      return marker !== undefined && (marker === 'en-US') !== (dialect === 'en-US')
    }

    /** A word only the dialect's own lists spell so (`practiced` in American text). */
    function isOwnDialectWord(lower: string): boolean {
      const marker = context.resources.dialectMarker(lower)
      return marker !== undefined && (marker === 'en-US') === (dialect === 'en-US')
    }

    /**
     * Whether `span` is inside a quotation of a draft whose quotations spell
     * speech as spoken (`voicedElisions` distinct words with an apostrophe
     * for dropped letters: `an'`, `'em`, `goin'`): its other spoken forms
     * (`jist`, `agin`, `figger`) need more to be taken for slips.
     */
    function inVoicedQuotation(span: Span): boolean {
      if (!isVoicedDraft()) return false
      quoted ??= quotedRanges(tree, context)
      return quotationHolding(quoted, span) !== undefined
    }

    /** Whether the draft's quotations spell speech as spoken (`voicedElisions` distinct words with an apostrophe for dropped letters). */
    function isVoicedDraft(): boolean {
      return (context.draft?.quotedElisions ?? analysis.quotedElisions).size >= voicedElisions
    }

    /**
     * Whether a draft that spells speech as spoken writes `lower`
     * `voicedFormUses` times or more: its writer's spelling of the voice
     * (`hosses` ×5, `jist` ×3, `throwed` ×2 in a cowboy story), though one
     * cheap slip from a common word. Elsewhere a repeated slip of a common
     * word is a misspelling (`recieve`, `tommorow`) and stays flagged.
     */
    function isVoicedForm(lower: string): boolean {
      return isVoicedDraft() && draftUses(lower) >= voicedFormUses
    }

    /** How often the draft (the whole draft, when checked in chunks) writes the unknown form `lower`. */
    function draftUses(lower: string): number {
      return (context.draft?.unknownUses ?? analysis.unknownUses).get(lower) ?? 0
    }

    /**
     * Whether the lower-case `text` is a prefix on a word or two words of four
     * letters or more closed up (`interstage`: inter and stage, `chartroom`:
     * chart and room) that the draft writes `compoundUses` times or more: the
     * writer's term, though one cheap slip from another word (interstate,
     * chatroom). A typist seldom makes the same slip twice, and seldom lands
     * on a prefix and a word or two words when they do; a slip a writer
     * repeats is a misspelling of one word (`recieve`, `tommorow`). Two words
     * run together that the rule would split stay flagged.
     */
    function isRepeatedCompound(word: UnknownWord, text: string, lower: string): boolean {
      if (word.kind !== 'ordinary' || !/^[a-z]+$/.test(text)) return false
      if (draftUses(lower) < compoundUses) return false
      return isCompound(lower, (form) => suggester.has(form)) && split(word, text, lower) === undefined
    }

    /** The slip probability of `text` with no near word spelled by ear counted cheaper (`slipEvidence`'s `byEar`). */
    function voicedProbability(word: UnknownWord, text: string, probability: number): number {
      const evidence = slipEvidence(word, tree, analysis, context, text, false)
      return evidence ? slipProbability(evidence) : probability
    }

    /**
     * Whether the word offered first for a lower-case word is a given name
     * (`nameRole`: Monica, Anne, William; no day or month) that the draft
     * does not write, and no common word offered after it is more used than
     * the name: a writer who means a person writes the capital, so such a
     * word is one the dictionary lacks (`monic` polynomials: Monica, then
     * manic) or a name used as a common noun (sweet `william`), not a slip.
     * A common word more used than the name stays the likelier reading
     * (`greta`: great, `wille`: will), and a lower-case slip of a name the
     * draft writes stays flagged. So does `typed` opening its sentence, where
     * the capital is owed whatever the word (`william said …`), and `typed`
     * with two neighbouring letters of the name swapped (`dvaid`, `micheal`):
     * a typing slip of the name, its capital dropped as well, is no term.
     */
    function isUnwrittenGivenName(typed: string, opensSentence: boolean, expected: ReadonlyArray<string>): boolean {
      const name = expected[0]!
      if (opensSentence || !/^\p{Lu}\p{Ll}+$/u.test(name) || calendarWords.has(name)) return false
      if (isSwap(typed, name.toLowerCase())) return false
      if (context.resources.nameRole(name) !== 'given') return false
      const nameUse = suggester.frequency(name)
      if (expected.some((other) => /^\p{Ll}/u.test(other) && suggester.frequency(other) > nameUse)) return false
      return !draftSummary(tree, context).names.has(name)
    }

    /** Check an unknown word, or the unknown part of a hyphenated one (`text` at `span`). */
    function check(word: UnknownWord, text: string, span: Span): void {
      if (word.kind === 'skip') return
      const lower = text.toLowerCase()
      if (isSuspendedCombiningForm(lower, String(context.file.value), span)) return
      if (isCitedSuffix(lower, String(context.file.value), span)) return
      const otherDialect = word.kind === 'ordinary' ? context.resources.otherConvention(lower) : undefined
      const dialectForm = otherDialect !== undefined
      // On a close call (`auto`), both dialects' forms are accepted.
      if (dialectForm && context.bothDialects) return
      if (context.dialectDetected && (dialectForm || isOtherDialectWord(lower)) && isOwnDialectForm(lower, span)) return
      if (context.dialectDetected && dialectForm && isOxfordForm(lower)) return
      // A form of the pattern table's conventions (`grey`, `travelling`); a word only the other dialect's lists hold is weighed below.
      if (context.dialectDetected && dialectForm && isLoneOtherForm(lower)) return
      // Two common words closed up in title case (`Trackdown`, `Knightfall`): a name made of words, no slip.
      if (!dialectForm && isClosedCompoundName(text, context.resources.suggester)) return
      // A compound the draft writes twice or more (`interstage`, `chartroom`), unless it is two words run together.
      if (isRepeatedCompound(word, text, lower)) return
      // A pronunciation spelling dialogue writes for a voice (`agin`, `yuh`), in a quotation whose draft spells speech as spoken.
      if (!dialectForm && pronunciationSpellings.has(lower) && inVoicedQuotation(span)) return
      // Capitalised words too (`Commision`, sentence-initial `Perphas`): the
      // decision weighs a common word against a name and against a correct
      // word or name copydesk does not know.
      const decision = decideSlip(word, tree, analysis, context, text)
      // A capitalised word in a title or name of another language (`Systeme Du Monde`) is no slip of an English word.
      if (decision?.kind === 'word' && word.besideForeignWord) return
      // A quoted speaker who spells speech as spoken (`an'`, `'em`, `goin'`) may spell other words so, by ear
      // too: there a near word spelled by ear is no cheaper slip (`figgered`). Two letters swapped are a typing
      // slip in any voice (`piek`: pike).
      if (
        decision?.kind === 'word' &&
        !dialectForm &&
        !decision.expected.some((intended) => isSwap(lower, intended.toLowerCase())) &&
        inVoicedQuotation(span) &&
        voicedProbability(word, text, decision.probability) < voicedSlipBar
      )
        return
      // The voice's own spelling, written again and again (`hosses`), unless two letters are swapped.
      if (
        decision?.kind === 'word' &&
        !dialectForm &&
        !decision.expected.some((intended) => isSwap(lower, intended.toLowerCase())) &&
        isVoicedForm(lower)
      )
        return
      // A lower-case word whose word offered first is a given name the draft does not write (`monic`: Monica, sweet `william`).
      if (decision?.kind === 'word' && !dialectForm && /^\p{Ll}/u.test(text) && isUnwrittenGivenName(lower, word.sentenceInitial && span.start === word.token.start, decision.expected)) return
      // A lone word only the other dialect's lists spell so, when the word meant is its own dialect's spelling of it (`practised`: practiced), not a slip of another word (`fere`: free).
      if (context.dialectDetected && !dialectForm && decision?.kind === 'word' && isOtherDialectWord(lower) && isLoneOtherForm(lower) && isOwnDialectWord(decision.expected[0]!.toLowerCase())) return
      const words = decision?.kind === 'word' ? decision.expected : []
      let expected: string[]
      if (dialectForm) {
        expected = [...new Set([...context.resources.dialectForms(lower), ...words])].slice(0, 3)
      } else {
        // A missing space is a slip the decision does not weigh: the split comes first.
        const pair = split(word, text, lower)
        if (pair) expected = word.kind === 'name' ? [pair] : [pair, ...words].slice(0, 3)
        // The sentence breaks a near tie between common words (`he sid` → said, `the sid of` → side).
        else if (decision?.kind === 'word') expected = decision.scores ? orderInContext(words, decision.scores, String(context.file.value), span.start, span.end) : [...words]
        else return
      }
      let replacements = expected.map((suggestion) => matchCase(suggestion, text))
      // An elision written without its apostrophe (`Tis the season`, `tis true`): the elision first, in the writer's case and the draft's apostrophe style.
      if (!dialectForm && isBareElision(lower, String(context.file.value), span)) {
        const elision = (prefersCurly(context.file) ? '\u2019' : "'") + text
        replacements = [elision, ...replacements.filter((suggestion) => suggestion !== elision)].slice(0, 3)
      }
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

/**
 * The elisions of `it` and a verb (`’tis`, `’twas`, `’twould`): clipped
 * words written only with their apostrophe (`clippedWords`), each a
 * clause's subject and verb.
 */
const bareElisions: ReadonlySet<string> = new Set([...clippedWords].filter((word) => /^t(?:is|w(?:as|ere|ill|ould))$/.test(word)))

/** Verbs of saying, after which a clause starts (`he said tis true`). */
const sayingVerbs: ReadonlySet<string> = new Set(['said', 'say', 'says'])

/**
 * Whether `lower`, spanning `span` of `text`, is a clipped word with no
 * apostrophe before it (`tis`, not the `tis` of `’tis`) where a clause
 * starts: first in the text or after a mark, or after a word that opens a
 * clause or a verb of saying. `’tis` is `it is`, a clause's subject and
 * verb; in a noun's place (`about tis string`) the slip is of `this`.
 */
function isBareElision(lower: string, text: string, span: Span): boolean {
  if (!bareElisions.has(lower)) return false
  const before = text.charAt(span.start - 1)
  if (before === "'" || before === '\u2019' || before === '\u2018') return false
  const previous = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, span.start - 40), span.start))
  if (!previous) return true
  const word = previous[1]!.toLowerCase()
  return clauseOpeners.has(word) || sayingVerbs.has(word)
}

/** The days and months: words the name lists also hold as given names (June, May), whose lower-case slips are slips of the word. */
const calendarWords: ReadonlySet<string> = new Set([...weekdays, ...months])

/** An upper-case letter and a lower-case one: a word written as a name (`Mosul`). */
const capitalisedWord = /^\p{Lu}\p{Ll}/u

/** Fewest distinct words with an apostrophe for dropped letters that make a draft's quotations spell speech as spoken. */
const voicedElisions = 3
/**
 * The least slip probability that flags a word inside such a quotation,
 * against the models' 0.53 elsewhere: a spoken form one or two letters from
 * a common word (`onct`, `hoss`, `figgered`) scores like a weak slip, a
 * typing slip (`swaer`, `thiihng`) higher.
 */
const voicedSlipBar = 0.7

/**
 * Fewest uses that make a form, in a draft whose quotations spell speech
 * as spoken, its writer's spelling of the voice: a typist seldom makes the
 * same slip of a word twice, and such a draft's writer misspells on purpose.
 */
const voicedFormUses = 2

/** Fewest uses that make a compound of known parts the writer's term (`isRepeatedCompound`). */
const compoundUses = 2

/** Whether `typed` is `intended` with two neighbouring letters swapped. */
function isSwap(typed: string, intended: string): boolean {
  return singleSlips(typed, intended).includes('swap')
}

/** Fewest uses that make an other-dialect form the writer's own under `auto`. */
const ownFormUses = 3

/** A hyphenated compound is checked part by part, so a finding points at the unknown part. */
function unknownParts(word: UnknownWord, context: RuleContext): Array<{text: string; span: Span}> {
  const {token} = word
  if (word.kind !== 'ordinary' || !token.text.includes('-')) return [{text: token.text, span: {start: token.start, end: token.end}}]
  if (isKnownCompound(token.text, context.resources)) return []
  const parts: Array<{text: string; span: Span}> = []
  const has = (form: string) => context.resources.suggester.has(form)
  let offset = token.start
  for (const part of token.text.split('-')) {
    const lower = part.toLowerCase()
    const known =
      part === '' ||
      isHyphenPrefix(part) ||
      context.resources.isWord(lower) ||
      // A regular form of a known word, as a whole word would be (`skull-bashings`, `drunk-and-disorderlies`).
      (lower.length > 2 && !suffixSwaps(lower).some(has) && isInflection(lower, has)) ||
      context.acceptedWords.has(part) ||
      /\p{Lu}|\d/u.test(part)
    if (!known) parts.push({text: part, span: {start: offset, end: offset + part.length}})
    offset += part.length + 1
  }
  // Two unknown parts make a foreign compound (bric-a-brac), not two slips.
  return parts.length > 1 ? [] : parts
}

/**
 * Whether `lower` at `span` is a combining form in -o left hanging by a
 * suspended hyphen before `and`, `or`, `to` or `nor` (`neuro- and
 * psychiatric`, `tropho- and ergotropic`): the first part of a compound
 * whose second part the next word supplies, which no list holds alone.
 */
function isSuspendedCombiningForm(lower: string, text: string, span: Span): boolean {
  if (lower.length < 4 || !/^[a-z]+o$/.test(lower)) return false
  // The whole first element: no letter or hyphen joins it to what comes before.
  if (span.start > 0 && /[\p{L}-]/u.test(text.charAt(span.start - 1))) return false
  return suspendedHyphen.test(text.slice(span.end, span.end + 12))
}

/** A hyphen, a space, a conjunction and the start of the word that completes the compound. */
const suspendedHyphen = /^-[ \t]+(?:and|or|to|nor)[ \t]+\p{L}/u

/**
 * Whether `lower` at `span` is a suffix of English cited as a word part,
 * not used as a word: led by a hyphen that follows no letter (`the -ing
 * form`, `an “-ity”`), alone inside quotation marks or emphasis (`the
 * suffix “ity”`, `*ness*`), or in a paragraph that talks of word parts
 * (`al is the common suffix. When ity is added`). A slip of a word seldom
 * lands on a suffix, and seldom in such a place; in running text the same
 * token is still weighed (`sat ing the hall`).
 */
function isCitedSuffix(lower: string, text: string, span: Span): boolean {
  if (!englishSuffixes.has(lower)) return false
  if (text.charAt(span.start - 1) === '-' && !/[\p{L}\p{N}-]/u.test(text.charAt(span.start - 2))) return true
  if (citeOpen.test(text.charAt(span.start - 1)) && citeClose.test(text.charAt(span.end))) return true
  // The paragraph the word stands in, as far as a blank line either side.
  const start = text.lastIndexOf('\n\n', span.start)
  const end = text.indexOf('\n\n', span.end)
  return wordParts.test(text.slice(start < 0 ? 0 : start, end < 0 ? text.length : end))
}

/** Marks that open and close a cited form: quotation marks, and Markdown emphasis. */
const citeOpen = /^["'“‘*_]$/u
const citeClose = /^["'”’*_]$/u

/** A word naming word parts, as a paragraph that discusses them uses. */
const wordParts = /\b(?:suffix|suffixes|affix|affixes|prefix|prefixes|morpheme|morphemes|formative|formatives)\b/i

/**
 * Whether `text` is two common words closed up and capitalised as one
 * (`Trackdown`, `Knightfall`, `Greentree`): the way names of horses, ships,
 * estates and products are made. Each part has four letters or more and is
 * a common word (`commonPartFrequency`); and no dictionary word is one cheap
 * slip away but through the first letter, which typists seldom mistype
 * (`Membershop` is membership mistyped, though members and hop are words;
 * `Trackdown` is no slip of crackdown).
 */
function isClosedCompoundName(text: string, suggester: Suggester): boolean {
  if (!closedCapitalised.test(text)) return false
  const lower = text.toLowerCase()
  const common = (part: string) => suggester.has(part) && suggester.frequency(part) >= commonPartFrequency
  const splitsAt = (at: number) => {
    const [left, right] = [lower.slice(0, at), lower.slice(at)]
    // Not with a closed-class word (`Thisweek`): two words run together, the sentence's capital on the first.
    return common(left) && common(right) && !isGluedPair(left, right)
  }
  let split = false
  for (let at = compoundPartLength; at <= lower.length - compoundPartLength && !split; at++) split = splitsAt(at)
  if (!split) return false
  return !suggester.rank(lower, 3, 1).some((candidate) => costWithInitial(lower, candidate) <= 1)
}

/** A capital and lower-case letters only: one word in title case, with no inner capital or hyphen. */
const closedCapitalised = /^\p{Lu}\p{Ll}+$/u
/** Fewest letters of each part of a closed compound name. */
const compoundPartLength = 4
/**
 * Least log10 SUBTLEX count (about 1,000 uses) that makes each part a
 * common word (`ling` and `wile` are not): a margin, not a measured need (on
 * the development sets the slip test alone decides the same), against a
 * slip two edits from its word that happens to split into rare words.
 */
const commonPartFrequency = 3
