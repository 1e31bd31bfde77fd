import {describe, expect, it} from 'vitest'
import {loadTagger} from '../../src/analysis/pos.js'
import type {Token} from '../../src/analysis/tokens.js'
import {afterThan, fronted, frontedParticiple, ifClause, reducedRelative, sharedSubject, verbSlot} from './clause.js'

/** Tokens of a sentence written with spaces around its marks (`The costs where cut .`). */
function tokens(text: string): Token[] {
  let offset = 0
  return text.split(' ').map((word, index) => {
    const start = offset
    offset += word.length + 1
    const isWord = /[\p{L}\d]/u.test(word)
    return {word: isWord, code: false, text: word, lower: word.toLowerCase(), form: word.toLowerCase(), start, end: start + word.length, sentenceInitial: index === 0}
  })
}

/** A clause check at the sentence's first `where`. */
async function slot(text: string, check = verbSlot): Promise<boolean> {
  await loadTagger()
  const sentence = tokens(text)
  return check(sentence, sentence.findIndex((token) => token.lower === 'where'))
}

describe('verbSlot', () => {
  it('finds `where` in the one place its clause has for a verb', async () => {
    expect(await slot('The ballots from the three counties where counted twice .')).toBe(true)
    expect(await slot('The old pumps where still in use .')).toBe(true)
    // A noun phrase after it: the clause runs on to a semicolon.
    expect(await slot('The pets where a couple of cats ; some had dogs .')).toBe(true)
    // The head of the subject comes before its preposition; `some` is plural.
    expect(await slot('Some of the roads where closed for a week .')).toBe(true)
    // A subject of two parts, with no verb before `and`.
    expect(await slot('Both the mayor and her deputies where in favour of the plan .')).toBe(true)
    // The subjunctive after `if` takes a singular subject.
    expect(await slot('If my firm where a charity .')).toBe(true)
    // The clause after it ends at a subordinator (`when`).
    expect(await slot('The samples where stained green even when stained twice .')).toBe(true)
    // A clause after `how` starts after it.
    expect(await slot('She told us how useful the talks where to her .')).toBe(true)
    // A word in -ed after an adjective, not straight after the subject's noun, is no verb of its own.
    expect(await slot('The pets where the fat kind , full bodied and lazy .')).toBe(true)
    // An adjective after a noun phrase is no verb of its own; nor is `have` after `to`.
    expect(await slot('The pets where two cats , fat and lazy .')).toBe(true)
    expect(await slot('The plans where hard to have .')).toBe(true)
    expect(await slot('Plans to cut costs where hard to find .')).toBe(true)
    expect(await slot('The costs where cut in the U.S.')).toBe(true)
  })

  it('keeps `where` with nothing before it in its clause, or nothing after it', async () => {
    expect(await slot('Prices rose , where cut .')).toBe(false)
    expect(await slot('The costs where')).toBe(false)
    expect(await slot('The costs where .')).toBe(false)
    expect(await slot('The costs where.')).toBe(false)
  })

  it('keeps `where` after a clause that opens with a preposition or has its verb', async () => {
    expect(await slot('In the valleys where mills stood .')).toBe(false)
    expect(await slot('They met in rooms where cold .')).toBe(false)
    expect(await slot('They sold the barns and the fields where cattle graze .')).toBe(false)
  })

  it('keeps `where` after a singular subject, or a subject with no noun before its preposition', async () => {
    expect(await slot('Each station where located near a border shuts at dusk .')).toBe(false)
    expect(await slot('Listed as present at the feast where Mary and John .')).toBe(false)
  })

  it('keeps `where` before a turned-round clause or a verb of its own', async () => {
    expect(await slot('The valleys where stood the old mills .')).toBe(false)
    expect(await slot('The villages where there\'s a well .')).toBe(false)
    expect(await slot('The towns where bread is sold .')).toBe(false)
    expect(await slot('The towns where now are the richest .')).toBe(false)
  })

  it('keeps `where` before a subject and its verb, after commas too', async () => {
    expect(await slot('The towns where my father , a miner , worked are small .')).toBe(false)
    expect(await slot('The streets where voters queued at dawn .')).toBe(false)
    expect(await slot('The streets where voters gathered at dawn .')).toBe(false)
    expect(await slot('The towns where the miners lived .')).toBe(false)
  })

  it('finds `where` after a subject that holds a relative clause with verbs of its own', async () => {
    expect(await slot('The plates which had held the eggs and bacon where still stacked in the sink .')).toBe(true)
    expect(await slot('Those who refused to believe that he was a prophet where termed heretics .')).toBe(true)
    // `that` before a subject with no verb opens that subject's clause, not a relative one.
    expect(await slot('He said that the plans where ready .')).toBe(true)
  })

  it('finds `where` straight after a relative pronoun after a noun', async () => {
    expect(await slot('Small areas of tissue that where infiltrated with cells .')).toBe(true)
    expect(await slot('They said that where needed .')).toBe(false)
    expect(await slot('That where needed .')).toBe(false)
    expect(await slot('Areas of tissue that where cells grew .')).toBe(false)
  })

  it('keeps `where` after a relative clause when what comes before it is no subject, or its clause has a verb', async () => {
    expect(await slot('The men who built the houses where the mill stood went home .')).toBe(false)
    expect(await slot('Which had held the eggs where still stacked .')).toBe(false)
    expect(await slot('The plates , which had held the eggs where still stacked .')).toBe(false)
    expect(await slot('In the sink which had held the plates where still stacked .')).toBe(false)
    expect(await slot('The dish that held the plates where still stacked .')).toBe(false)
    expect(await slot('Plates and which had held eggs where still stacked .')).toBe(false)
  })

  it('finds `where` after a phrase set off by commas, after its subject', async () => {
    expect(await slot('The girls , after dressing , where indignant .')).toBe(true)
    expect(await slot('The towns , after the war , where rents were high .')).toBe(false)
    expect(await slot('Rents rose , after the war , where cut .')).toBe(false)
    expect(await slot('The girls , , where indignant .')).toBe(false)
    expect(await slot('The girls ( after dressing ) where indignant .')).toBe(false)
    expect(await slot('Where costs fell .')).toBe(false)
  })

  it('finds `where` after a phrase put first, before a subject with no verb', async () => {
    expect(await slot('Along the far wall where four narrow beds .', fronted)).toBe(true)
    expect(await slot('Beyond where fields and orchards .', fronted)).toBe(true)
    expect(await slot('Rain fell . Beyond where fields and orchards .', fronted)).toBe(true)
    expect(await slot('So persistent where these attacks that the mayor resigned .', fronted)).toBe(true)
  })

  it('keeps `where` after a phrase put first when its clause has a verb, or no subject follows', async () => {
    expect(await slot('Along the far wall where the beds stood .', fronted)).toBe(false)
    expect(await slot('In the town where he grew up , nobody knew him .', fronted)).toBe(false)
    expect(await slot('In towns where possible , shops opened .', fronted)).toBe(false)
    expect(await slot('In towns where needed .', fronted)).toBe(false)
    expect(await slot('Beyond where .', fronted)).toBe(false)
    expect(await slot('Where the shops .', fronted)).toBe(false)
  })

  it('keeps `where` after a phrase that is not put first', async () => {
    // Not at the sentence's start, a verb before it, or no preposition or degree word to open it.
    expect(await slot('Rents rose , for each town where the shops .', fronted)).toBe(false)
    expect(await slot('In towns built where the mills .', fronted)).toBe(false)
    expect(await slot('So very persistent where these attacks that the mayor resigned .', fronted)).toBe(false)
    expect(await slot('So towns where the mills .', fronted)).toBe(false)
    expect(await slot('The towns where the mills .', fronted)).toBe(false)
  })

  it('finds `where` after a participle put first, before a subject with no verb', async () => {
    expect(await slot('Listed as present at the feast where Mary and John .', frontedParticiple)).toBe(true)
    expect(await slot('Trailing them in the final count where R.J. Moss , K.L. Dunn and P. Q. Hale .', frontedParticiple)).toBe(true)
  })

  it('keeps `where` after a participle put first when its clause has a verb, or the phrase is no participle and its objects', async () => {
    expect(await slot('Walking through the town where the mills stood , he wept .', frontedParticiple)).toBe(false)
    expect(await slot('Listed where Mary and John .', frontedParticiple)).toBe(false)
    expect(await slot('Listed as present at the feast where', frontedParticiple)).toBe(false)
    expect(await slot('Listed , at the feast where Mary and John .', frontedParticiple)).toBe(false)
    expect(await slot('The guests at the feast where Mary and John .', frontedParticiple)).toBe(false)
    expect(await slot('Driving through towns where possible , nurses worked .', frontedParticiple)).toBe(false)
    expect(await slot('Listed as present at the feast held where Mary and John .', frontedParticiple)).toBe(false)
  })

  it('finds `where` after `than` before a noun phrase with no verb: a comparison turned round', async () => {
    expect(await slot('Rents rose more than where the wages of the staff .', afterThan)).toBe(true)
    expect(await slot('Rents rose more than where the wages rose .', afterThan)).toBe(false)
    expect(await slot('Rents rose more than where needed .', afterThan)).toBe(false)
    expect(await slot('Rents rose more than where .', afterThan)).toBe(false)
    expect(await slot('Rents rose in towns where the wages of the staff .', afterThan)).toBe(false)
  })

  it('ends the clause after `where` at `and` or `or` before a finite verb: a second verb of the subject before', async () => {
    expect(await slot('These hides where the main trade good , and were sold in bulk .')).toBe(true)
    expect(await slot('These hides where the main trade good and were sold in bulk .')).toBe(true)
    // A place clause with its own verb, or `and` before a noun, reads as before.
    expect(await slot('The towns where the mills stood , and were busy .')).toBe(false)
    expect(await slot('The towns where bread and butter were sold .')).toBe(false)
  })

  it('finds `where` after `, and` or `, or` as a second `were` of a subject whose first verb is `were`', async () => {
    expect(await slot('The hides were the main trade good , and where the only goods which the tribes could sell .', sharedSubject)).toBe(true)
    expect(await slot('They were mostly in the cities , or where too poor to own land .', sharedSubject)).toBe(true)
    expect(await slot('Rents rose ; the tenants were angry , and where all on strike .', sharedSubject)).toBe(true)
  })

  it('keeps `where` after `, and` or `, or` when its clause has a verb, or the clause before is no subject and `were`', async () => {
    expect(await slot('They were born in the north , and where the river bends they farmed .', sharedSubject)).toBe(false)
    expect(await slot('They were sent to the front , or where needed .', sharedSubject)).toBe(false)
    expect(await slot('They were sent to the front , or where still needed .', sharedSubject)).toBe(false)
    expect(await slot('They were sent to the front , or where possible .', sharedSubject)).toBe(false)
    expect(await slot('The mayor was in the north , and where the river .', sharedSubject)).toBe(false)
    expect(await slot('The mayor ate , and where the river .', sharedSubject)).toBe(false)
    expect(await slot('In the north they were safe , and where the river .', sharedSubject)).toBe(false)
    expect(await slot('Rents , they were high , and where the river .', sharedSubject)).toBe(false)
    expect(await slot('They were safe and where the river .', sharedSubject)).toBe(false)
    expect(await slot('They were safe , but where the river .', sharedSubject)).toBe(false)
    expect(await slot('They were safe , and where', sharedSubject)).toBe(false)
    expect(await slot(', and where the river .', sharedSubject)).toBe(false)
    expect(await slot('They who were safe , and where the river .', sharedSubject)).toBe(false)
    expect(await slot('They were safe , or where too', sharedSubject)).toBe(true)
  })

  it('reads a plural noun that opens a sentence, which the tagger takes for a name for its capital, as plural', async () => {
    expect(await slot('Ballads where used in plays from the start .')).toBe(true)
    expect(await slot('James where used in plays from the start .')).toBe(false)
    expect(await slot('Rain fell . Ballads where used in plays .')).toBe(true)
    expect(await slot('Sir James where used in plays from the start .')).toBe(false)
    expect(await slot('Rain fell , James where used in plays .')).toBe(false)
  })

  it('finds `where` after `if` and a subject, before a comma and a main clause with a modal', async () => {
    expect(await slot('If my firm where a charity instead of a business , I would pay less tax .', ifClause)).toBe(true)
    expect(await slot('Even if the mayor where here , she could not vote .', ifClause)).toBe(true)
    expect(await slot('Though the plan where sound , the board would balk .', ifClause)).toBe(true)
  })

  it('keeps `where` after `if` when its clause has a verb, or no main clause with a modal follows the comma', async () => {
    expect(await slot('If the town where he lived is sold , we would move .', ifClause)).toBe(false)
    expect(await slot('If the shop where bread is sold , closes , we would starve .', ifClause)).toBe(false)
    expect(await slot('If the town where the mill , we would move .', ifClause)).toBe(true)
    expect(await slot('If the town where the mill , we move .', ifClause)).toBe(false)
    expect(await slot('If the town where the mill , and the people would go .', ifClause)).toBe(false)
    expect(await slot('If the town where the mill stood .', ifClause)).toBe(false)
    expect(await slot('If he ate where the mill stood , we would go .', ifClause)).toBe(false)
    expect(await slot('When the town where the mill , we would move .', ifClause)).toBe(false)
    expect(await slot('If the town where , we would move .', ifClause)).toBe(false)
    expect(await slot('If where the mill , we would move .', ifClause)).toBe(false)
    expect(await slot('If the town where the mill , would move .', ifClause)).toBe(false)
    expect(await slot('If the town where the mill ,', ifClause)).toBe(false)
    expect(await slot('If the town where the mill , we', ifClause)).toBe(false)
  })

  it('finds `where` after a plural noun and a participle of the subject the tagger may read as a past tense', async () => {
    expect(await slot('The norms formerly observed where the only guide when the war began .', reducedRelative)).toBe(true)
    expect(await slot('The curbs previously imposed where no longer in force .', reducedRelative)).toBe(true)
    expect(await slot('The curbs imposed where the law .', reducedRelative)).toBe(true)
  })

  it('keeps `where` after a participle when an elliptical place clause or a clause with a verb follows, or no plural noun comes before', async () => {
    expect(await slot('The rules applied where relevant .', reducedRelative)).toBe(false)
    expect(await slot('The rules applied where the law allows .', reducedRelative)).toBe(false)
    expect(await slot('The rules previously applied where needed .', reducedRelative)).toBe(false)
    expect(await slot('The rule previously applied where the law .', reducedRelative)).toBe(false)
    expect(await slot('They applied where the law .', reducedRelative)).toBe(false)
    expect(await slot('The curbs briefly set where the law .', reducedRelative)).toBe(false)
    expect(await slot('The curbs the law .', reducedRelative)).toBe(false)
    expect(await slot('Applied where the law .', reducedRelative)).toBe(false)
    expect(await slot('The curbs imposed where', reducedRelative)).toBe(false)
  })
})
