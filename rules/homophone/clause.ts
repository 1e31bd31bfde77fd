/**
 * The clause around a word, for the cues of `homophone` that need more than
 * a window of words (`clause` in a cue of `confusables.ts`).
 *
 * `verbSlot`: whether `where` stands where its clause's only finite verb
 * must go. `where` as a relative adverb opens a clause of its own, with a
 * subject and a finite verb (`the town where he grew up`), after a clause
 * that has its own verb or gets one later (`the towns where rents were high
 * lost people`). So when the words before it, from the start of its clause,
 * are a subject with no finite verb, and the words after it, to the end of
 * its clause, hold no subject and finite verb of their own, the clause has
 * no verb but the one written as `where`: `were` (`the ballots cast in the
 * three counties where counted twice`).
 *
 * `afterThan`: whether `where` after `than` stands before a noun phrase with
 * no verb of its own: a comparison turned round puts its verb first (`than
 * were the founders`), while a place clause after `than` has its verb
 * (`than where the rivers meet`).
 *
 * `fronted`: whether `where` follows a phrase put first in its sentence (a
 * preposition and its object, or `so` and an adjective), before a subject
 * with no verb of its own: the clause turned round has no verb but this word
 * (`Along the far wall were four narrow beds.`, `So persistent were these
 * attacks that …`), while a place clause after such a phrase has its verb
 * (`In the town where he grew up, …`).
 *
 * `frontedParticiple`: the same after a participle and what it takes put
 * first (`Listed as present were the mayor and her deputies.`).
 *
 * `sharedSubject`: whether `where` after a comma and `and` or `or` is a second
 * `were` of a subject whose first verb is `were` (`The skins were the raw
 * material, and were the only goods`): no subject of its own comes before it,
 * and none with a verb after it (`…, and where the river bends` has one).
 *
 * `ifClause`: whether `where` after `if` or `though` and a subject with no
 * verb, before words with no verb of their own to a comma, is that clause's
 * verb, the main clause after the comma opening with its subject and a
 * modal (`If my firm were a charity, I would …`).
 */
import {tagReach, tagWords, tagsNear} from '../../src/analysis/pos.js'
import type {Token} from '../../src/analysis/tokens.js'

/** The checks a cue may name. */
export type ClauseCheck = 'verbSlot' | 'afterThan' | 'fronted' | 'frontedParticiple' | 'sharedSubject' | 'ifClause' | 'reducedRelative'

/** Words that open a clause of their own: subordinators, relatives and coordinators. */
const openers = new Set([
  'if', 'though', 'although', 'because', 'since', 'unless', 'whereas', 'while', 'when', 'whenever', 'where', 'wherever',
  'that', 'which', 'who', 'whom', 'whose', 'what', 'whatever', 'how', 'why', 'and', 'or', 'but', 'nor', 'yet', 'than',
  'until', 'whether', 'once'
])

/** Openers that end the clause after the word: not `and` or `or`, which may join two nouns (`where bread and butter were sold`). */
const subordinators = new Set([...openers].filter((word) => !['and', 'or', 'but', 'nor', 'yet'].includes(word)))

/** Forms that are finite verbs whatever the tagger says (not after `to`: `to have`). */
const finiteWords = new Set([
  'am', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'shall',
  'should', 'may', 'might', 'must', "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "don't",
  "doesn't", "didn't", "won't", "wouldn't", "can't", 'cannot', "couldn't", "shouldn't", "mustn't"
])

/** Verbs that a place clause puts before its subject (`where stood a mill`, `where lies the problem`). */
const inverted = new Set([
  'stood', 'stands', 'stand', 'lay', 'lies', 'lie', 'sat', 'sits', 'hung', 'hangs', 'rose', 'rises', 'came', 'comes',
  'lived', 'lives', 'grew', 'grows', 'began', 'begins', 'died', 'fell', 'said', 'once', 'ever', 'else'
])

/** Tags a subject of the clause before the word may open with: a noun phrase, not a preposition, adverb or verb. */
const subjectStart = /^(DT|PDT|PRP\$|PRP|JJ|JJR|JJS|CD|NN|NNS|NNP|NNPS|VBN)$/

/** Tags that open a noun phrase, which after `where` may be a place clause's subject or what `were` says of one. */
const phraseStart = /^(DT|PDT|PRP\$|PRP|JJ|JJR|JJS|CD|NN|NNS|NNP|NNPS)$/

/** A possible subject for a verb after it. */
const subjectTag = /^(NN|NNS|NNP|NNPS|PRP|CD|EX)$/

/** A mark that ends a sentence's main part (a comma or a dash does not). */
const strongEnd = new Set([';', ':', '.', '!', '?', ';;', '??', '!!'])

/** Whether the word's last character is a full stop the parser left on it (`… underway.`). */
const endsSentence = (token: Token) => token.word && /^[^.]+\.$/.test(token.text)

/** A pronoun or `that` and a verb run together (`there's`, `that's`, `they're`), or a verb with `n't`. */
const contracted = /^(?:it|he|she|that|there|here|what|who|where|how|i|you|we|they|this|which)'(?:s|re|ve|ll|d|m)$|n't$/

/** Whether a word is a finite verb by its form alone. */
const finiteForm = (token: Token) => finiteWords.has(token.lower) || contracted.test(token.lower)

/** Whether `tokens[at]` is a finite verb by its form, not after `to` (`to have`). */
const finiteAt = (tokens: ReadonlyArray<Token>, at: number) => tokens[at - 1]?.lower !== 'to' && finiteForm(tokens[at]!)

/** Whether `tokens[at]` is a finite verb by its form or its tag, not after `to`. */
const finite = (tokens: ReadonlyArray<Token>, tags: ReadonlyArray<string>, at: number) =>
  finiteAt(tokens, at) || (tokens[at - 1]?.lower !== 'to' && /^(VBD|VBZ|VBP|MD)$/.test(tags[at]!))

/** Words that head a plural subject. */
const pluralWords = new Set(['they', 'we', 'you', 'these', 'those', 'some', 'many', 'both', 'all', 'several', 'few', 'others', 'most'])

/**
 * Whether the subject before the word, `tokens[start..index)`, takes `were`: its head (the last noun before a
 * preposition) is plural, or it follows `and` or `or` (a subject of two parts) or `if` or `though` (`if my company
 * were`).
 */
function takesWere(tokens: ReadonlyArray<Token>, tags: ReadonlyArray<string>, start: number, index: number): boolean {
  const opener = tokens[start - 1]?.lower
  if (opener === 'and' || opener === 'or' || opener === 'if' || opener === 'though') return true
  let head: number | undefined
  for (let at = start; at < index; at++) {
    if (/^(IN|TO)$/.test(tags[at]!)) break
    if (/^(NN|NNS|NNP|NNPS|CD|PRP|DT)$/.test(tags[at]!)) head = at
  }
  if (head === undefined) return false
  return /^(NNS|NNPS|CD)$/.test(tags[head]!) || pluralWords.has(tokens[head]!.lower) || pluralOpening(tokens, tags, head)
}

/**
 * Whether `tokens[head]`, a sentence's first word that the tagger reads as a name for its capital, is a plural noun
 * when written in lower case (`Ballets where used in opera`; not `James`).
 */
function pluralOpening(tokens: ReadonlyArray<Token>, tags: ReadonlyArray<string>, head: number): boolean {
  if (tags[head] !== 'NNP' || (head > 0 && tokens[head - 1]!.word) || (head > 0 && !strongEnd.has(tokens[head - 1]!.text))) return false
  return tagWords(['the', tokens[head]!.lower])?.[1] === 'NNS'
}

/**
 * The sentence's tags from `from` to `to` (both in), tagging every window between. A clause check runs after its
 * cue's tagged pattern has matched, so the tagger is loaded.
 */
function tagsOver(tokens: ReadonlyArray<Token>, from: number, to: number): ReadonlyArray<string> {
  let tags = tagsNear(tokens, from)!
  for (let at = from + 2 * tagReach + 1; at <= to + tagReach; at += 2 * tagReach + 1) tags = tagsNear(tokens, Math.min(at, to))!
  return tags
}

/** Whether `tokens[index]` (`where`) is the only place its clause has for a finite verb (see above). */
export function verbSlot(tokens: ReadonlyArray<Token>, index: number): boolean {
  return slotFor(tokens, index, false)
}

/**
 * `reducedRelative`: `verbSlot` after a plural noun, perhaps an adverb, and a past participle that the tagger may read
 * as a past tense, which is then no verb of its clause but a participle of its subject (`the norms previously applied
 * where no longer in force`); what follows `where` must open a noun phrase (or be `no`, as in `no longer`), so an elliptical place clause stays (`The
 * rules applied where relevant.`).
 */
export function reducedRelative(tokens: ReadonlyArray<Token>, index: number): boolean {
  if (index < 2 || !tokens[index + 1]?.word) return false
  const tags = tagsOver(tokens, index - 3 < 0 ? 0 : index - 3, index + 1)
  if (!/^(VBN|VBD)$/.test(tags[index - 1]!) || !tokens[index - 1]!.lower.endsWith('ed')) return false
  if (!/^(DT|PDT|PRP\$|CD)$/.test(tags[index + 1]!) && tokens[index + 1]!.lower !== 'no') return false
  const noun = tags[index - 2] === 'RB' ? index - 3 : index - 2
  if (noun < 0 || !/^(NNS|NNPS)$/.test(tags[noun]!)) return false
  return slotFor(tokens, index, true)
}

/** `verbSlot`, passing over the word before `where` as a participle of the subject (`reduced`). */
function slotFor(tokens: ReadonlyArray<Token>, index: number, reduced: boolean): boolean {
  if (!tokens[index + 1]?.word) return false
  // A phrase set off by commas or dashes between the subject and the word (`The girls, after dressing, where`): the
  // subject is before it.
  let end = index
  if (!tokens[index - 1]?.word) {
    if (index < 1 || !asides.has(tokens[index - 1]!.text)) return false
    let open = index - 2
    while (open > 0 && tokens[open]!.word) open--
    if (open === index - 2 || !asides.has(tokens[open]!.text)) return false
    end = open
  }
  let start = clauseStart(tokens, end)
  // Straight after a relative pronoun after a noun, its verb (`areas of necrosis that where infiltrated with`), as
  // after `who`.
  if (start === end) {
    return end === index && start > 1 && relatives.has(tokens[start - 1]!.lower) && /^NN/.test(tagsOver(tokens, start - 2, start - 2)[start - 2]!) && noVerbAfter(tokens, index)
  }
  // A relative clause in the subject holds verbs of its own (`The plates which had held the eggs where still
  // stacked`, `Those who refused to believe that he was … where termed`): the subject is before it.
  let subjectEnd = end
  for (;;) {
    // Back to the relative across `and` and `or`, which may join two objects inside it (`had held the eggs and bacon`).
    let back = start
    while (back > 1 && ['and', 'or'].includes(tokens[back - 1]!.lower)) back = clauseStart(tokens, back - 1)
    if (back < 2 || !relatives.has(tokens[back - 1]!.lower) || !tokens[back - 2]!.word || subjectHere(tokens, back, subjectEnd)) break
    subjectEnd = back - 1
    start = clauseStart(tokens, subjectEnd)
    if (start === subjectEnd) return false
  }
  const tags = tagsOver(tokens, start, subjectEnd)
  if (!subjectStart.test(tags[start]!)) return false
  // After `and` or `or`, the part before it too: a subject of two parts has no verb between them (`the North and
  // the South where`); an object after a verb does (`they sold the barns and the fields where`).
  let from = start
  if (tokens[start - 1]?.lower === 'and' || tokens[start - 1]?.lower === 'or') {
    from = start - 1
    while (from > 0 && tokens[from - 1]!.word && !openers.has(tokens[from - 1]!.lower)) from--
  }
  const before = tagsOver(tokens, from, subjectEnd)
  for (let at = from; at < subjectEnd; at++) if (at !== start - 1 && !(reduced && at === index - 1) && finite(tokens, before, at)) return false
  return takesWere(tokens, tags, start, subjectEnd) && noVerbAfter(tokens, index)
}

/** Marks that set a phrase off inside a clause. */
const asides = new Set([',', '--', '—', '–'])

/** Relative pronouns, and `that`, which open a clause inside a subject. */
const relatives = new Set(['who', 'which', 'that', 'whom'])

/** The start of the clause that ends before `tokens[end]`: back to a mark or a word that opens a clause. */
function clauseStart(tokens: ReadonlyArray<Token>, end: number): number {
  let start = end
  while (start > 0 && tokens[start - 1]!.word && !openers.has(tokens[start - 1]!.lower)) start--
  return start
}

/** Whether `tokens[start..end)` opens as a subject with no finite verb (`that the plans`), not a relative clause. */
function subjectHere(tokens: ReadonlyArray<Token>, start: number, end: number): boolean {
  const tags = tagsOver(tokens, start, end - 1)
  if (!subjectStart.test(tags[start]!)) return false
  for (let at = start; at < end; at++) if (finite(tokens, tags, at)) return false
  return true
}

/** Tags a prepositional phrase's object may hold. */
const objectTag = /^(DT|PDT|PRP\$|JJ|JJR|JJS|CD|NN|NNS|NNP|NNPS|POS)$/

/**
 * `fronted`: whether `where` follows a phrase put before the verb, with the subject after it and no verb of its own
 * to the clause's end: a place (`Along each wall where six bunks.`, `Beyond where the fields.`) or a degree (`So
 * persistent where these attacks that …`). A place clause after such a phrase has its verb (`In the town where he grew
 * up, …`).
 */
export function fronted(tokens: ReadonlyArray<Token>, index: number): boolean {
  let start = index
  while (start > 0 && tokens[start - 1]!.word) start--
  if (start === index || !tokens[index + 1]?.word) return false
  // The sentence's start, not a phrase after a comma (`…, for each service, where`).
  if (start > 0 && !strongEnd.has(tokens[start - 1]!.text)) return false
  const tags = tagsOver(tokens, start, index + 1)
  if (!phraseStart.test(tags[index + 1]!) || /^(PRP|JJ|JJR|JJS)$/.test(tags[index + 1]!)) return false
  const first = tokens[start]!.lower
  if (tags[start] === 'IN') {
    for (let at = start + 1; at < index; at++) if (!(objectTag.test(tags[at]!) || /^(IN|RB)$/.test(tags[at]!))) return false
  } else if (['so', 'such', 'equally', 'too'].includes(first)) {
    if (index !== start + 2 || !/^(JJ|RB|VBN)$/.test(tags[start + 1]!)) return false
  } else {
    return false
  }
  return noVerbAfter(tokens, index)
}

/**
 * `frontedParticiple`: whether `where` follows a participle and what it takes, put first in its sentence (a pronoun
 * or a noun phrase, prepositions and their objects), before a subject with no verb of its own to the clause's end:
 * `Listed as present at the feast where Mary and John.`, `Trailing them in the final count where Moss and Hale.`
 * A place clause after such a phrase has its verb (`Walking through the town where the mills stood, he wept.`).
 */
export function frontedParticiple(tokens: ReadonlyArray<Token>, index: number): boolean {
  if (index < 2 || !tokens[index + 1]?.word) return false
  for (let at = 0; at < index; at++) if (!tokens[at]!.word) return false
  const tags = tagsOver(tokens, 0, index + 1)
  if (!/^(VBG|VBN)$/.test(tags[0]!) || !/^(DT|PDT|PRP\$|CD|NNP|NNPS)$/.test(tags[index + 1]!)) return false
  for (let at = 1; at < index; at++) if (!(objectTag.test(tags[at]!) || /^(IN|RB|PRP|VBG)$/.test(tags[at]!))) return false
  return noVerbAfter(tokens, index)
}

/** Adverbs of degree that may open what `were` says of a subject (`or were too poor to`). */
const degree = new Set(['too', 'so', 'very', 'quite', 'rather', 'far', 'much', 'mostly', 'largely', 'still', 'also', 'often', 'all'])

/**
 * `sharedSubject`: whether `where` after `, and` or `, or` is a second verb of the clause before, whose subject (a noun
 * phrase that takes `were`, from the sentence's start or a semicolon or colon) has `were` as its first verb: `These
 * skins were the raw material, and where the only goods`, `They were in the north, or where too poor to own land.`
 * What follows must open a noun phrase or be an adverb of degree (not `where needed`), with no verb of its own.
 */
export function sharedSubject(tokens: ReadonlyArray<Token>, index: number): boolean {
  if (index < 3 || !['and', 'or'].includes(tokens[index - 1]!.lower) || tokens[index - 2]!.text !== ',' || !tokens[index + 1]?.word) return false
  let start = index - 2
  while (start > 0 && !(!tokens[start - 1]!.word && strongEnd.has(tokens[start - 1]!.text))) start--
  const tags = tagsOver(tokens, start, index + 2)
  const next = tokens[index + 1]!
  if (degree.has(next.lower) ? /^(VBN|VBD)$/.test(tags[index + 2] ?? '') : !/^(DT|PDT|PRP\$|CD)$/.test(tags[index + 1]!)) return false
  let verb = start
  while (verb < index - 2 && tokens[verb]!.word && !finite(tokens, tags, verb)) verb++
  if (verb === start || tokens[verb]!.lower !== 'were' || !subjectStart.test(tags[start]!)) return false
  for (let at = start; at < verb; at++) if (openers.has(tokens[at]!.lower)) return false
  return takesWere(tokens, tags, start, verb) && noVerbAfter(tokens, index)
}

/** Modals of the main clause after a clause with the subjunctive `were`. */
const conditionalModals = new Set(['would', 'could', 'might', 'should', "wouldn't", "couldn't"])

/**
 * `ifClause`: whether `where` after `if` or `though` and a subject with no verb (`If my firm where a charity, I would
 * …`) is the verb of that clause, which ends at a comma before the main clause's subject and a modal. A place clause
 * there has its verb before the comma (`If the town where he lived is sold, we move.`).
 */
export function ifClause(tokens: ReadonlyArray<Token>, index: number): boolean {
  const start = clauseStart(tokens, index)
  if (start === index || !['if', 'though'].includes(tokens[start - 1]?.lower ?? '') || !tokens[index + 1]?.word) return false
  if (!subjectHere(tokens, start, index)) return false
  let comma = index + 1
  while (comma < tokens.length && tokens[comma]!.word) comma++
  if (tokens[comma]?.text !== ',' || !tokens[comma + 1]?.word || openers.has(tokens[comma + 1]!.lower)) return false
  // The main clause: a subject of up to three words, then a modal.
  let modal = comma + 1
  while (modal < comma + 4 && tokens[modal]?.word && !conditionalModals.has(tokens[modal]!.lower)) modal++
  if (modal === comma + 1 || !conditionalModals.has(tokens[modal]?.lower ?? '')) return false
  return noVerbAfter(tokens.slice(0, comma), index)
}

/**
 * `afterThan`: whether `where` after `than` comes before a noun phrase with no verb of its own to the clause's end:
 * a comparison turned round, `than were the founders` (`than where the rivers meet` has its verb).
 */
export function afterThan(tokens: ReadonlyArray<Token>, index: number): boolean {
  if (tokens[index - 1]?.lower !== 'than' || !tokens[index + 1]?.word) return false
  return phraseStart.test(tagsOver(tokens, index, index + 1)[index + 1]!) && noVerbAfter(tokens, index)
}

/**
 * Whether `tokens[at]` is `and` or `or` straight before a finite verb by its form: a second verb of the subject before
 * (`These skins where the raw material, and were the only goods`), which ends the clause after `where`.
 */
const secondPredicate = (tokens: ReadonlyArray<Token>, at: number) =>
  ['and', 'or'].includes(tokens[at]!.lower) && tokens[at + 1] !== undefined && tokens[at + 1]!.word && finiteForm(tokens[at + 1]!)

/**
 * Whether the words after `tokens[index]`, to the end of its clause (a mark or a subordinator; across commas to the
 * sentence's end or a semicolon when a noun phrase follows, whose verb may come after a phrase set off by commas:
 * `the town where my father, a miner, lived`), have no verb of their own: none that a place clause puts before its
 * subject comes first, no finite form comes, and no verb comes after a possible subject.
 */
function noVerbAfter(tokens: ReadonlyArray<Token>, index: number): boolean {
  const first = tokens[index + 1]!
  if (endsSentence(tokens[index]!) || inverted.has(first.lower) || finiteForm(first)) return false
  let end = index + 1
  const inClause = (token: Token) => token.word && !subordinators.has(token.lower)
  while (end + 1 < tokens.length && inClause(tokens[end + 1]!) && !endsSentence(tokens[end]!)) end++
  if (phraseStart.test(tagsOver(tokens, index + 1, index + 1)[index + 1]!)) {
    // Stretch to the sentence's end or a semicolon, across commas and dashes.
    while (end + 1 < tokens.length && !endsSentence(tokens[end]!)) {
      const next = tokens[end + 1]!
      if ((!next.word && strongEnd.has(next.text)) || subordinators.has(next.lower)) break
      end++
    }
  }
  const all = tagsOver(tokens, index + 1, end)
  // `and` or `or` before a finite verb, after words with no verb by their tag, is a second verb of the subject
  // before: the clause ends there (`where the raw material, and were the only goods`; not `where rents rose, and
  // were high`, whichever word the tagger takes for the verb).
  for (let at = index + 1; at < end; at++) {
    if (/^(VBD|VBZ|VBP|VBN|MD)$/.test(all[at]!)) break
    if (secondPredicate(tokens, at)) {
      end = at - 1
      break
    }
  }
  let subject = false
  for (let at = index + 1; at <= end; at++) {
    if (!tokens[at]!.word) continue
    // After a subject, a word in -ed the tagger takes for an adjective, straight after the subject's noun, is read as a
    // past tense too (`where voters queued`; not `the full kind, full bodied`).
    if (subject && (finite(tokens, all, at) || (all[at] === 'JJ' && tokens[at]!.lower.endsWith('ed') && subjectTag.test(all[at - 1]!)))) return false
    if (finiteAt(tokens, at)) return false
    if (subjectTag.test(all[at]!)) subject = true
  }
  return true
}
