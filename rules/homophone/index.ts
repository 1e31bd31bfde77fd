/**
 * Flag a confusable word its context shows is the wrong one, such as `capitol` for `capital`.
 * Docs and runnable examples: readme.md · edge cases: index.test.ts (both in rules/homophone/)
 *
 * The pairs, their cues and their counterexamples are data
 * (`confusables.ts` beside this file); the cue patterns are compiled once
 * (`src/analysis/patterns.ts`). Each sentence is read once: a word
 * that is no pair's written form costs one map look-up.
 */
import {defineRule} from '../../src/core/define-rule.js'
import {classes, confusables, type Confusable} from './confusables.js'
import {compilePattern, matchPattern, type Pattern, type TagLookup} from '../../src/analysis/patterns.js'
import {isTaggerLoaded, loadTagger, tagsOf} from '../../src/analysis/pos.js'
import {sentencesOf, tokensOf, type Token} from '../../src/analysis/tokens.js'
import {isCapitalised, matchCase, overlaps, treeLiterals} from '../../src/analysis/text.js'
import type {Span} from '../../src/core/types.js'

/** Options for `homophone`. */
export interface Options {
  /** Written forms never to flag, such as `hone` for a desk that accepts “hone in on” (default: none). */
  readonly allow?: ReadonlyArray<string> | null | undefined
}

interface CompiledCue {
  readonly pattern: Pattern
  readonly unless: ReadonlyArray<Pattern>
  readonly note: string
  readonly capitals: boolean
  readonly keepAfter: ReadonlySet<string> | undefined
}

export interface CompiledPair {
  readonly forms: ReadonlyMap<string, string>
  readonly cues: ReadonlyArray<CompiledCue>
  readonly keep: ReadonlyArray<Pattern>
  readonly keepInSentence: ReadonlySet<string> | undefined
  readonly lowerOnly: boolean
  /** Whether a pattern of the pair names a tag, so the sentence may need tagging. */
  readonly tagged: boolean
}

/** Compile one pair of the data, checking that every `_:form` is one of its forms. */
export function compilePair(pair: Confusable): CompiledPair {
  const forms = new Map(Object.entries(pair.forms))
  const compile = (source: string): Pattern => {
    const pattern = compilePattern(source, classes)
    if (pattern.phrase) throw new Error(`Homophone pattern \`${source}\` needs a \`_\`, the word it checks`)
    for (const form of pattern.forms ?? []) {
      if (!forms.has(form)) throw new Error(`Homophone pattern \`${source}\` names \`${form}\`, which is not a form of its pair`)
    }
    return pattern
  }
  const cues = pair.flag.map((cue) => {
      const spec = typeof cue === 'string' ? {when: cue} : cue
      return {
        pattern: compile(spec.when),
        unless: (spec.unless ?? []).map(compile),
        note: spec.note ?? pair.note,
        capitals: spec.capitals ?? false,
        keepAfter: spec.keepAfter ? new Set(spec.keepAfter) : undefined
      }
    })
  const keep = (pair.keep ?? []).map(compile)
  const tagged = keep.some((pattern) => pattern.tagged) || cues.some((cue) => cue.pattern.tagged || cue.unless.some((pattern) => pattern.tagged))
  return {
    forms,
    cues,
    keep,
    keepInSentence: pair.keepInSentence ? new Set(pair.keepInSentence) : undefined,
    lowerOnly: pair.lowerOnly ?? false,
    tagged
  }
}

let pairsByForm: Map<string, CompiledPair[]> | undefined

/** Pairs by written form, compiled on first use so a cold start that never checks prose skips it. */
function pairs(): Map<string, CompiledPair[]> {
  if (!pairsByForm) {
    pairsByForm = new Map()
    for (const pair of confusables) {
      const compiled = compilePair(pair)
      for (const form of compiled.forms.keys()) {
        const list = pairsByForm.get(form) ?? []
        list.push(compiled)
        pairsByForm.set(form, list)
      }
    }
  }
  return pairsByForm
}

const shouting = /^\p{Lu}[\p{Lu}'’-]+$/u

/** What a rule run knows of its options. */
interface Reading {
  readonly byForm: Map<string, CompiledPair[]>
  readonly allowed: ReadonlySet<string>
}

function reading(options: Readonly<Partial<Options>>): Reading {
  return {byForm: pairs(), allowed: new Set((options.allow ?? []).map((form) => form.toLowerCase().replace(/’/g, "'")))}
}

/** The pairs that may flag `tokens[index]`, or undefined when it is no candidate. */
function candidatesAt(read: Reading, token: Token): ReadonlyArray<CompiledPair> | undefined {
  if (!token.word) return undefined
  const candidates = read.byForm.get(token.lower)
  if (!candidates || read.allowed.has(token.lower)) return undefined
  // `IS` fighters, `US` troops, ALL-CAPS headlines: not the lower-case word.
  if (shouting.test(token.text)) return undefined
  if (token.text !== token.lower && !isCapitalised(token.text)) return undefined
  return candidates
}

export default defineRule<Options>(
  {
    id: 'homophone',
    category: 'usage',
    fix: 'suggestion',
    summary: 'Flag a confusable word its context shows is the wrong one, such as `capitol` for `capital`.',
    options: {allow: 'string[]'}
  },
  function (tree, context, options, report) {
    const read = reading(options)
    const text = String(context.file)
    let literals: ReadonlyArray<Span> | undefined
    let curly: boolean | undefined

    for (const sentence of sentencesOf(tree, context)) {
      const tokens = tokensOf(sentence, context)
      const tags: TagLookup = () => tagsOf(tokens)
      for (let index = 0; index < tokens.length; index++) {
        const token = tokens[index]!
        const candidates = candidatesAt(read, token)
        if (!candidates) continue
        const capitalised = token.text !== token.lower
        const found = firstCue(candidates, tokens, index, capitalised, token.sentenceInitial, tags)
        if (!found) continue
        literals ??= treeLiterals(tree, text)
        const span = {start: token.start, end: token.end}
        if (overlaps(literals, span)) continue
        const actual = text.slice(span.start, span.end)
        let right = matchCase(found.pair.forms.get(token.lower)!, actual)
        if (right.includes("'")) {
          curly ??= prefersCurly(context.file)
          if (actual.includes('’') || (!actual.includes("'") && curly)) right = right.replace(/'/g, '’')
        }
        report(span, {
          reason: `Unexpected \`${actual}\` in this context, expected \`${right}\``,
          note: found.cue.note,
          actual,
          expected: [right]
        })
      }
    }
  },
  // Load the tagger only for a draft where a pattern that names a tag could
  // decide: a candidate word whose words around already fit one of its
  // pair's cues, tags aside.
  function (tree, context, options) {
    if (isTaggerLoaded()) return undefined
    const read = reading(options)
    for (const sentence of sentencesOf(tree, context)) {
      const tokens = tokensOf(sentence, context)
      for (let index = 0; index < tokens.length; index++) {
        const candidates = candidatesAt(read, tokens[index]!)
        if (!candidates) continue
        for (const pair of candidates) {
          if (pair.tagged && pair.cues.some((cue) => matchPattern(cue.pattern, tokens, index))) return loadTagger()
        }
      }
    }
    return undefined
  }
)

/** The first pair and cue that flag `tokens[index]`, if any. */
function firstCue(
  candidates: ReadonlyArray<CompiledPair>,
  tokens: ReadonlyArray<Token>,
  index: number,
  capitalised: boolean,
  initial: boolean,
  tags: TagLookup
): {pair: CompiledPair; cue: CompiledCue} | undefined {
  for (const pair of candidates) {
    if (capitalised && pair.lowerOnly) continue
    if (pair.keepInSentence && tokens.some((token) => pair.keepInSentence!.has(token.lower))) continue
    if (pair.keep.some((pattern) => matchPattern(pattern, tokens, index, tags))) continue
    for (const cue of pair.cues) {
      // A capitalised word mid-sentence is a name (`Security Council`) unless the cue says otherwise.
      if (capitalised && !initial && !cue.capitals) continue
      if (!matchPattern(cue.pattern, tokens, index, tags)) continue
      if (cue.unless.some((pattern) => matchPattern(pattern, tokens, index, tags))) continue
      if (cue.keepAfter && tokens.slice(0, index).some((token) => cue.keepAfter!.has(token.lower))) continue
      return {pair, cue}
    }
  }
  return undefined
}

/** Each draft's apostrophe style, found once: a long draft checked in chunks asks from every chunk. */
const apostropheStyles = new WeakMap<object, boolean>()

/** Whether the draft writes apostrophes curly (`it’s`) at least as often as straight (typographic by default). */
function prefersCurly(file: {toString(): string}): boolean {
  const known = apostropheStyles.get(file)
  if (known !== undefined) return known
  let curly = 0
  let straight = 0
  for (const match of String(file).matchAll(/\p{L}(['’])\p{L}/gu)) {
    if (match[1] === '’') curly++
    else straight++
  }
  apostropheStyles.set(file, curly >= straight)
  return curly >= straight
}
