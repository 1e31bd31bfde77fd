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
import {isTaggerLoaded, loadTagger, tagsNear} from '../../src/analysis/pos.js'
import {contextOf, modelWords, parseModel, scoreContext, setName, type Context, type Model, type SentenceParts, type SetModel} from './model.js'
import {sentencesOf, tokensOf, type Token} from '../../src/analysis/tokens.js'
import {sentenceKey} from '../../src/analysis/words.js'
import {isCapitalised, matchCase, overlaps, prefersCurly, treeLiterals} from '../../src/analysis/text.js'
import type {Span} from '../../src/core/types.js'
import {keptAnswers} from '../../src/core/paragraph-cache.js'
import {afterHead, pairFeatures, pairScore, pairsByWritten, parsePairModels, type PairModel} from './clause-model.js'
import {afterThan, fronted, frontedParticiple, ifClause, reducedRelative, sharedSubject, verbSlot} from './clause.js'

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
  readonly firm: boolean
  /** Whether the cue flags even where the pair's `keep` patterns match. */
  readonly overKeep: boolean
  /** A check of the whole clause that must hold too (`clause.ts`). */
  readonly clause: ((tokens: ReadonlyArray<Token>, index: number) => boolean) | undefined
}

/** The clause checks a cue may name. */
const clauseChecks = {verbSlot, afterThan, fronted, frontedParticiple, sharedSubject, ifClause, reducedRelative}

export interface CompiledPair {
  /** The confusion set the pair belongs to (`model.ts`'s `setName`). */
  readonly set: string
  /** The pair's note, for a finding its model makes. */
  readonly note: string
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
        keepAfter: spec.keepAfter ? new Set(spec.keepAfter) : undefined,
        firm: spec.firm ?? false,
        overKeep: spec.overKeep ?? false,
        clause: spec.clause ? clauseChecks[spec.clause] : undefined
      }
    })
  const keep = (pair.keep ?? []).map(compile)
  const tagged = keep.some((pattern) => pattern.tagged) || cues.some((cue) => cue.pattern.tagged || cue.unless.some((pattern) => pattern.tagged))
  return {
    set: setName(pair),
    note: pair.note,
    forms,
    cues,
    keep,
    keepInSentence: pair.keepInSentence ? new Set(pair.keepInSentence) : undefined,
    lowerOnly: pair.lowerOnly ?? false,
    tagged
  }
}

/** The pairs of a written form, each compiled the first time a draft holds one of its forms. */
class PairsByForm {
  readonly #data = new Map<string, Confusable[]>()
  readonly #compiled = new Map<string, ReadonlyArray<CompiledPair>>()
  readonly #pairs = new Map<Confusable, CompiledPair>()

  constructor(data: ReadonlyArray<Confusable>) {
    for (const pair of data) {
      for (const form of Object.keys(pair.forms)) {
        const list = this.#data.get(form)
        if (list) list.push(pair)
        else this.#data.set(form, [pair])
      }
    }
  }

  get(form: string): ReadonlyArray<CompiledPair> | undefined {
    // Most words of a draft are no pair's form: one look-up each.
    const data = this.#data.get(form)
    if (!data) return undefined
    let compiled = this.#compiled.get(form)
    if (compiled === undefined) {
      compiled = data.map((pair) => {
        let one = this.#pairs.get(pair)
        if (!one) this.#pairs.set(pair, (one = compilePair(pair)))
        return one
      })
      this.#compiled.set(form, compiled)
    }
    return compiled
  }
}

let pairsByForm: PairsByForm | undefined

/**
 * Pairs by written form. A pair's patterns are compiled when a draft first
 * holds one of its forms, so a cold start compiles the few pairs its draft
 * meets, not all of them (`index.test.ts` compiles every pair).
 */
function pairs(): PairsByForm {
  pairsByForm ??= new PairsByForm(confusables)
  return pairsByForm
}

let model: Model | undefined
let modelLoading: Promise<void> | undefined
/** The clause model's data (loaded with the model), and its pairs that may flag by written form (`clause-model.ts`), read the first time a word needs them. */
let clauseText = ''
let clauseModels: ReadonlyMap<string, ReadonlyArray<PairModel>> | undefined

/**
 * Load the model's data (some 800 KB of module text) once, in the prepare
 * step of a draft that holds a word of a set, so a draft without one never
 * reads it; later calls return at once. The clause model's text comes with
 * it and is read when a word it scores first needs it.
 */
function loadModel(): Promise<void> {
  modelLoading ??= Promise.all([import('./model-data.js'), import('./clause-model-data.js')]).then(([module, clauseModule]) => {
    model = parseModel(module.modelText)
    clauseText = clauseModule.clauseModelText
    clauseModels = undefined
  })
  return modelLoading
}

/** Whether the model's data is loaded (a draft without a word of a set leaves it unloaded). */
export function isModelLoaded(): boolean {
  return model !== undefined
}

/** The model; empty (the patterns alone decide) until `loadModel` has run. */
function theModel(): Model {
  return model ?? emptyModel
}

const emptyModel: Model = {classOf: () => '', sets: new Map()}

const shouting = /^\p{Lu}[\p{Lu}'’-]+$/u

/** What a rule run knows of its options. */
interface Reading {
  readonly byForm: PairsByForm
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

/** Each token's candidate pairs (`candidatesAt`), or undefined for a sentence with none: read once, for the scan and the checks after it. */
function candidatesIn(read: Reading, tokens: ReadonlyArray<Token>): Array<ReadonlyArray<CompiledPair> | undefined> | undefined {
  let all: Array<ReadonlyArray<CompiledPair> | undefined> | undefined
  for (let index = 0; index < tokens.length; index++) {
    const candidates = candidatesAt(read, tokens[index]!)
    if (!candidates) continue
    all ??= new Array<ReadonlyArray<CompiledPair> | undefined>(tokens.length)
    all[index] = candidates
  }
  return all
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

    // A sentence's findings depend on its tokens, the options and whether the tagger is loaded; the rest is the draft's.
    const kept = keptAnswers<ReadonlyArray<SentenceFinding>>(context.file, 'homophone:sentence', () => [...read.allowed].sort().join(' ') + (isTaggerLoaded() ? '\u0000tagged' : ''))

    for (const sentence of sentencesOf(tree, context)) {
      const tokens = tokensOf(sentence, context)
      const candidates = candidatesIn(read, tokens)
      const findings = !candidates ? [] : !kept ? sentenceFindings(tokens, candidates) : kept.get(sentenceKey(sentence, text), () => sentenceFindings(tokens, candidates))
      for (const {index, found} of findings) {
        const token = tokens[index]!
        literals ??= treeLiterals(tree, text)
        const span = {start: token.start, end: token.end}
        if (overlaps(literals, span)) continue
        const actual = text.slice(span.start, span.end)
        let right = matchCase(found.intended ?? found.pair.forms.get(token.lower)!, actual)
        if (right.includes("'")) {
          curly ??= prefersCurly(context.file)
          if (actual.includes('’') || (!actual.includes("'") && curly)) right = right.replace(/'/g, '’')
        }
        report(span, {
          reason: `Unexpected \`${actual}\` in this context, expected \`${right}\``,
          note: found.note,
          actual,
          expected: [right]
        })
      }
    }
  },
  // Load the model for a draft with a candidate word, and the tagger only for
  // a draft where a pattern that names a tag could decide: a candidate word
  // whose words around already fit one of its pair's cues, tags aside, and
  // that the model does not already keep.
  async function (tree, context, options) {
    if (isTaggerLoaded() && model) return
    const read = reading(options)
    const text = String(context.file)
    // Whether a sentence needs the tagger reads what `sentenceFindings` reads, less the tagger: the same key, under the options.
    const kept = keptAnswers<{readonly needs: boolean}>(context.file, 'homophone:needs-tagger', () => [...read.allowed].sort().join(' '))
    for (const sentence of sentencesOf(tree, context)) {
      const tokens = tokensOf(sentence, context)
      const candidates = candidatesIn(read, tokens)
      if (!candidates) continue
      if (!model) await loadModel()
      if (isTaggerLoaded()) return
      const needs = kept ? kept.get(sentenceKey(sentence, text), () => ({needs: needsTagger(tokens, candidates)})).needs : needsTagger(tokens, candidates)
      if (needs) return loadTagger()
    }
  }
)

/**
 * Whether a sentence with a word of a set needs the tagger (the model
 * loaded): a pattern that names a tag could flag one of its words, and
 * the model would not clear that word first.
 */
function needsTagger(tokens: ReadonlyArray<Token>, candidatesOf: ReadonlyArray<ReadonlyArray<CompiledPair> | undefined>): boolean {
  const words = modelSentence(tokens)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]!
    const candidates = candidatesOf[index]
    if (!candidates) continue
    // The tagger also tells whether a word the model might flag is a verb by the grammar around it (`verbByGrammar`).
    if (verbShape(tokens, index)) return true
    const couldNeedTags = candidates.some((pair) => pair.tagged && pair.cues.some((cue) => matchPattern(cue.pattern, tokens, index)))
    if (!couldNeedTags) continue
    const name = token.text !== token.lower && !token.sentenceInitial
    if (name || !vetoed(candidates, judge(candidates, tokens, index, words))) return true
    // A firm cue flags past the model's veto.
    if (candidates.some((pair) => pair.tagged && pair.cues.some((cue) => cue.firm && cue.pattern.tagged && matchPattern(cue.pattern, tokens, index)))) return true
  }
  return false
}

/** A word of a sentence its context flags: the token's index, and what flags it. */
interface SentenceFinding {
  readonly index: number
  readonly found: Found
}

/**
 * What the patterns and the model flag in one sentence. Reads the tokens
 * (words and marks, their text and whether each starts the sentence, not
 * where they stand), their candidate pairs (from the options) and the
 * tagger, nothing of the draft around: the sentence's key (`sentenceKey`
 * in words.ts, which holds everything its tokens are made of) holds all of
 * it.
 */
function sentenceFindings(tokens: ReadonlyArray<Token>, candidatesOf: ReadonlyArray<ReadonlyArray<CompiledPair> | undefined>): SentenceFinding[] {
  const findings: SentenceFinding[] = []
  // Tags are asked for around the word being checked only.
  let at = 0
  const tags: TagLookup = () => tagsNear(tokens, at)
  const words = modelSentence(tokens)
  for (let index = 0; index < tokens.length; index++) {
    at = index
    const token = tokens[index]!
    const candidates = candidatesOf[index]
    if (!candidates) continue
    const capitalised = token.text !== token.lower
    // Names mid-sentence (`Capital Hill`) are left to the patterns: the model learnt none, so it is not asked.
    // A word the model is sure of is checked by the firm cues only.
    const name = capitalised && !token.sentenceInitial
    const judgements = name ? [] : judge(candidates, tokens, index, words)
    const sure = !name && vetoed(candidates, judgements)
    const found =
      firstCue(candidates, tokens, index, capitalised, token.sentenceInitial, tags, sure) ??
      (sure ? undefined : modelFinding(judgements, tokens, index, name, tags) ?? clauseFinding(candidates, tokens, index, name, tags, words))
    if (found) findings.push({index, found})
  }
  return findings
}

/** What flags a word: the intended form (through the pair's `forms`) and the note. */
interface Found {
  readonly pair: CompiledPair
  readonly note: string
  /** The intended form, when the model chose it rather than the pair's `forms`. */
  readonly intended?: string
}

/** Whether a pair's counter-cues keep `tokens[index]` as written. */
function keeps(pair: CompiledPair, tokens: ReadonlyArray<Token>, index: number, tags: TagLookup): boolean {
  return keptBySentence(pair, tokens) || keptByPattern(pair, tokens, index, tags)
}

/** Whether the sentence holds a word that keeps the pair's words wherever they stand (`keepInSentence`). */
function keptBySentence(pair: CompiledPair, tokens: ReadonlyArray<Token>): boolean {
  return pair.keepInSentence !== undefined && tokens.some((token) => pair.keepInSentence!.has(token.lower))
}

/** Whether one of the pair's `keep` patterns matches at `index`. */
function keptByPattern(pair: CompiledPair, tokens: ReadonlyArray<Token>, index: number, tags: TagLookup): boolean {
  return pair.keep.some((pattern) => matchPattern(pattern, tokens, index, tags))
}

/**
 * How far the model, in a set it has weights for, puts the written word
 * below its best alternative in the set (`gain` > 0: an alternative scores
 * higher), and whether the set may flag from the model alone.
 */
interface Judgement {
  readonly pairs: ReadonlyArray<CompiledPair>
  readonly setModel: SetModel
  readonly gain: number
  readonly best: {pair: CompiledPair; at: number}
}

/**
 * A pattern does not flag a word the model scores this far (in stored
 * units, a tenth of a perceptron step) above every alternative: checked
 * first, it also spares tagging the context of the plainly right word.
 * On the dev fold it stops 3 of 29 false alarms of the patterns and 8 of
 * their 1,683 catches.
 */
const veto = 50

/** The model's judgement of `tokens[index]` in each set it belongs to that has weights. */
function judge(candidates: ReadonlyArray<CompiledPair>, tokens: ReadonlyArray<Token>, index: number, words: ModelSentence): Judgement[] {
  const written = tokens[index]!.lower
  const judgements: Judgement[] = []
  const {sets, classOf} = theModel()
  // The context is the same in every set: read once per word.
  let context: Context | undefined
  for (let at = 0; at < candidates.length; at++) {
    const pair = candidates[at]!
    // Each set once.
    if (at > 0 && seenBefore(candidates, at)) continue
    const setModel = sets.get(pair.set)
    const writtenAt = setModel ? setModel.members.indexOf(written) : -1
    if (!setModel || writtenAt === -1 || setModel.weights.size === 0) continue
    const pairs = candidates.length === 1 ? candidates : candidates.filter((each) => each.set === pair.set)
    let scores: number[]
    const sentence = setModel.scoreAt ? words.parts() : undefined
    if (sentence) scores = setModel.scoreAt!(sentence, index)
    else scores = scoreContext(setModel, (context ??= contextOf(words.words(), index, classOf, words.classAt)))
    const best = bestAlternative(setModel, pairs, written, scores)
    if (best) judgements.push({pairs, setModel, gain: scores[best.at]! - scores[writtenAt]!, best})
  }
  return judgements
}

/** Whether a pair before `candidates[at]` belongs to its set. */
function seenBefore(candidates: ReadonlyArray<CompiledPair>, at: number): boolean {
  const set = candidates[at]!.set
  for (let before = 0; before < at; before++) if (candidates[before]!.set === set) return true
  return false
}

/** Whether the model is sure, in every set of the word, that the word is right. */
function vetoed(candidates: ReadonlyArray<CompiledPair>, judgements: ReadonlyArray<Judgement>): boolean {
  if (judgements.length === 0 || judgements.some((judgement) => judgement.gain >= -veto)) return false
  return candidates.every((pair) => judgements.some((judgement) => judgement.pairs.includes(pair)))
}

/**
 * The model's finding for `tokens[index]`, if any: within a set the word
 * belongs to, the best of the forms the data lists for it outscores it by
 * more than the set's margin, and no pair of the set keeps it.
 */
function modelFinding(
  judgements: ReadonlyArray<Judgement>,
  tokens: ReadonlyArray<Token>,
  index: number,
  name: boolean,
  tags: TagLookup
): Found | undefined {
  // A capitalised word mid-sentence is a name (`Security Council`); a word
  // with no word on either side is a list item or a word cited as a word.
  if (name || (!tokens[index - 1]?.word && !tokens[index + 1]?.word)) return undefined
  const token = tokens[index]!
  for (const {pairs, setModel, gain, best} of judgements) {
    if (setModel.margin === undefined || gain <= setModel.margin) continue
    if (pairs.some((each) => each.lowerOnly && token.text !== token.lower)) continue
    if (pairs.some((each) => keeps(each, tokens, index, tags))) continue
    if (verbByGrammar(tokens, index, tags())) continue
    return {pair: best.pair, note: best.pair.note, intended: setModel.members[best.at]!}
  }
  return undefined
}

/**
 * The clause model's finding for `tokens[index]`, if any (`clause-model.ts`):
 * where the patterns are silent and the set's model neither flags the word
 * nor is sure of it, after a noun or a pronoun (`afterHead`), a pair of the
 * word's forms whose clause model puts the intended form above its
 * threshold, and no pair of the set keeps the word.
 */
function clauseFinding(
  candidates: ReadonlyArray<CompiledPair>,
  tokens: ReadonlyArray<Token>,
  index: number,
  name: boolean,
  tags: TagLookup,
  words: ModelSentence
): Found | undefined {
  const token = tokens[index]!
  clauseModels ??= pairsByWritten(parsePairModels(clauseText))
  const models = clauseModels.get(token.lower)
  if (!models || name) return undefined
  // A word with no word on either side is a list item or a word cited as a word.
  if (!tokens[index - 1]?.word && !tokens[index + 1]?.word) return undefined
  const sentence = {words: words.words(), classAt: words.classAt}
  if (!afterHead(sentence, index)) return undefined
  for (const pairModel of models) {
    const pair = candidates.find((each) => each.forms.get(token.lower) === pairModel.intended)
    if (!pair) continue
    const score = pairScore(pairModel, pairFeatures(pairModel, sentence, index))
    if (score <= pairModel.threshold!) continue
    if (candidates.some((each) => each.set === pair.set && keeps(each, tokens, index, tags))) continue
    return {pair, note: pair.note, intended: pairModel.intended}
  }
  return undefined
}

/** Words that open a noun phrase: after an imperative verb, its object; after `what`, a clause's subject. */
const phraseOpeners = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'every', 'each',
  'all', 'some', 'them', 'him', 'me', 'us', 'it'
])
/** Words that open a clause whose subject comes next (`what the council do`). */
const clauseOpeners = new Set(['what', 'which', 'whatever', 'how', 'where', 'when', 'if', 'as', 'than'])

/**
 * Where, by the words alone, the grammar may make `tokens[index]` a verb
 * (`verbByGrammar` asks the tagger): a sentence's first word before a noun
 * phrase (an imperative), or the word after `what` and a subject of a
 * determiner and one or two more words.
 */
function verbShape(tokens: ReadonlyArray<Token>, index: number): 'imperative' | 'clause' | undefined {
  const next = tokens[index + 1]
  if (tokens[index]!.sentenceInitial && next?.word && phraseOpeners.has(next.lower) && imperativeEnd(tokens, index) !== undefined) return 'imperative'
  for (const width of [2, 3]) {
    const opener = tokens[index - width - 1]
    const determiner = tokens[index - width]
    if (opener?.word && clauseOpeners.has(opener.lower) && determiner?.word && phraseOpeners.has(determiner.lower)) return 'clause'
  }
  return undefined
}

/** Where a short sentence after its first word ends (`Hear the bells ring.`): within four words, at `.`, `!`, `?` or its end. */
function imperativeEnd(tokens: ReadonlyArray<Token>, index: number): number | undefined {
  for (let at = index + 2; at <= index + 5; at++) {
    const token = tokens[at]
    if (!token || (!token.word && /^[.!?]/.test(token.text))) return at
    if (!token.word) return undefined
  }
  return undefined
}

/**
 * Whether the grammar around `tokens[index]` makes it a verb, which the
 * model, reading words and not their order in a clause, should not
 * second-guess: a short sentence's first word, tagged as a bare verb,
 * before a noun phrase with no verb of its own (an imperative: `Hear the
 * bells ring.`; not `Here the road bends.`), or a verb after a
 * subject that follows `what` (`What the council do to roads`, a
 * collective noun with a plural verb, as British copy agrees it).
 */
function verbByGrammar(tokens: ReadonlyArray<Token>, index: number, tags: ReadonlyArray<string> | undefined): boolean {
  const shape = verbShape(tokens, index)
  if (!shape || !tags) return false
  const tag = tags[index]
  if (shape === 'imperative') {
    // No verb of its own in the rest (`Here the road bends.`).
    const end = imperativeEnd(tokens, index)!
    return tag === 'VB' && !tags.slice(index + 1, end).some((each) => /^(VBZ|VBD|VBP|MD)$/.test(each))
  }
  if (tag !== 'VBP' && tag !== 'VBD' && tag !== 'VBZ') return false
  const before = tags[index - 1] ?? ''
  return before.startsWith('NN')
}

/**
 * A sentence as the model reads it: its words (`sentenceWords`), and each
 * word's class and part numbers (`SentenceParts`), each worked out once,
 * when first asked for.
 */
interface ModelSentence {
  readonly words: () => ReadonlyArray<string>
  /** The class of `words()[at]` (the model's `classOf`). */
  readonly classAt: (at: number) => string
  /** The words with their entries in the model, for `scoreAt`; undefined for a model without (`emptyModel`). */
  readonly parts: () => SentenceParts | undefined
}

function modelSentence(tokens: ReadonlyArray<Token>): ModelSentence {
  let words: string[] | undefined
  let parts: SentenceParts | undefined
  const wordsOf = () => (words ??= sentenceWords(tokens))
  const partsOf = () => {
    const model = theModel()
    if (!model.sentence) return undefined
    return (parts ??= model.sentence(wordsOf()))
  }
  return {
    words: wordsOf,
    classAt: (at) => partsOf()?.classAt(at) ?? theModel().classOf(wordsOf()[at]!),
    parts: partsOf
  }
}

/**
 * A sentence's words for the model. The parser keeps a sentence's full stop
 * on a last word (`… you're in.`); the corpus the model learnt from sets it
 * apart, so it is set apart here too.
 */
function sentenceWords(tokens: ReadonlyArray<Token>): string[] {
  const words = tokens.map((token) => token.text)
  const last = tokens.at(-1)
  if (last?.word && last.text.length > 1 && last.text.endsWith('.') && !last.text.slice(0, -1).includes('.')) {
    words[words.length - 1] = last.text.slice(0, -1)
    words.push('.')
  }
  return modelWords(words)
}

/** The highest-scoring form the set's pairs list for `written`, and the pair that lists it. */
function bestAlternative(
  setModel: SetModel,
  pairs: ReadonlyArray<CompiledPair>,
  written: string,
  scores: ReadonlyArray<number>
): {pair: CompiledPair; at: number} | undefined {
  let best: {pair: CompiledPair; at: number} | undefined
  for (const pair of pairs) {
    const intended = pair.forms.get(written)
    const at = intended === undefined ? -1 : setModel.members.indexOf(intended)
    if (at !== -1 && (!best || scores[at]! > scores[best.at]!)) best = {pair, at}
  }
  return best
}

/** The first pair and cue that flag `tokens[index]`, if any; only a firm cue when the model is sure of the word (`firmOnly`). */
function firstCue(
  candidates: ReadonlyArray<CompiledPair>,
  tokens: ReadonlyArray<Token>,
  index: number,
  capitalised: boolean,
  initial: boolean,
  tags: TagLookup,
  firmOnly: boolean
): Found | undefined {
  for (let pairIndex = 0; pairIndex < candidates.length; pairIndex++) {
    const pair = candidates[pairIndex]!
    if (capitalised && pair.lowerOnly) continue
    if (firmOnly && !pair.cues.some((cue) => cue.firm)) continue
    if (keptBySentence(pair, tokens)) continue
    // A cue with `overKeep` still flags where a `keep` pattern matches.
    const kept = keptByPattern(pair, tokens, index, tags)
    if (kept && !pair.cues.some((cue) => cue.overKeep)) continue
    for (let cueIndex = 0; cueIndex < pair.cues.length; cueIndex++) {
      const cue = pair.cues[cueIndex]!
      if (firmOnly && !cue.firm) continue
      if (kept && !cue.overKeep) continue
      // A capitalised word mid-sentence is a name (`Security Council`) unless the cue says otherwise.
      if (capitalised && !initial && !cue.capitals) continue
      if (!matchPattern(cue.pattern, tokens, index, tags)) continue
      if (cue.unless.some((pattern) => matchPattern(pattern, tokens, index, tags))) continue
      if (cue.keepAfter && tokens.slice(0, index).some((token) => cue.keepAfter!.has(token.lower))) continue
      if (cue.clause && !cue.clause(tokens, index)) continue
      return {pair, note: cue.note}
    }
  }
  return undefined
}

