import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {registry} from '../rules/index.js'
import {check, createProcessor} from '../src/core/processor.js'
import type {Dialect} from '../src/analysis/resources.js'
import {loadResources} from '../src/node/resources.js'
import {chunkLength} from '../src/core/limits.js'
import {checkText, lint} from './helpers.js'

/** The dialects a run asked the adapter for, in order. */
async function dialectsLoaded(text: string, dialect: string): Promise<Dialect[]> {
  const asked: Dialect[] = []
  const processor = createProcessor({dialect}, registry, (wanted) => {
    asked.push(wanted)
    return loadResources(wanted)
  })
  await check(processor, new VFile({path: 'draft.txt', value: text}))
  return [...new Set(asked)]
}

describe('dialects', () => {
  it('accepts each dialect’s own vocabulary', async () => {
    expect(await lint('Two crore rupees, or twenty lakh a year, for the panchayat.', 'spelling', undefined, {dialect: 'en-IN'})).toEqual([])
    expect(await lint('The whānau and the iwi met at the marae; the whanau agreed.', 'spelling', undefined, {dialect: 'en-NZ'})).toEqual([])
    expect(await lint('The Taoiseach thanked the garda and the gardaí.', 'spelling', undefined, {dialect: 'en-GB'})).toEqual([])
  })

  it('keeps one dialect’s vocabulary out of another', async () => {
    const [indian, newZealand] = await Promise.all([loadResources('en-IN'), loadResources('en-NZ')])
    expect(indian.isWord('lakh')).toBe(true)
    expect(newZealand.isWord('lakh')).toBe(false)
    expect(await lint('The taluk office.', 'spelling', undefined, {dialect: 'en-IN'})).toEqual([])
    expect(await lint('The taluk office.', 'spelling', undefined, {dialect: 'en-NZ'})).toEqual([
      '1:5-1:10: Unexpected unknown word `taluk`, expected `talk`'
    ])
  })

  it('checks en-CA with Canadian spellings: colour and organize', async () => {
    expect(await lint('The colour of the centre was organized.', 'spelling', undefined, {dialect: 'en-CA'})).toEqual([])
    expect(await lint('The color of the flag.', 'spelling', undefined, {dialect: 'en-CA'})).toEqual([
      '1:5-1:10: Unexpected American spelling `color` in en-CA text, expected `colour`'
    ])
  })

  it('checks en-AU with British spellings', async () => {
    expect(await lint('The colour of the flag was criticised.', 'spelling', undefined, {dialect: 'en-AU'})).toEqual([])
    expect(await lint('The color of the flag.', 'spelling', undefined, {dialect: 'en-AU'})).toEqual([
      '1:5-1:10: Unexpected American spelling `color` in en-AU text, expected `colour`'
    ])
  })

  it('auto: an American review quoting a British form twice stays American, and keeps the quoted spelling', async () => {
    const review =
      'The theater season opened with a play about the color of money at the arts center. One critic praised “the colour of the sets”, and another said the colour was rich.'
    // The quoted `colour` is its source's spelling; the writer's own is a stray.
    expect(await lint(review, 'spelling')).toEqual(['1:150-1:156: Unexpected British spelling `colour` in en-US text, expected `color`'])
    // A set dialect is the house style, quotations included.
    expect(await lint(review, 'spelling', undefined, {dialect: 'en-US'})).toEqual([
      '1:108-1:114: Unexpected British spelling `colour` in en-US text, expected `color`',
      '1:150-1:156: Unexpected British spelling `colour` in en-US text, expected `color`'
    ])
  })

  it('auto: an other-dialect form the draft writes three times is the writer’s choice; twice is not', async () => {
    const base = 'The theater critic and the neighbor agreed on the color of the center. '
    const thrice = base + 'Crowd behaviour was calm. Such behaviour is rare. Police praised the behaviour of fans.'
    expect(await lint(thrice, 'spelling')).toEqual([])
    expect(await lint(thrice, 'spelling', undefined, {dialect: 'en-US'})).toHaveLength(3)
    // The draft spells `behavior` too, so `behaviour` is not its lone British form (accepted: spelling's tests pin it).
    const twice = base + 'Crowd behaviour was calm. Such behaviour is rare. The behavior of others was worse.'
    expect(await lint(twice, 'spelling')).toEqual([
      '1:78-1:87: Unexpected British spelling `behaviour` in en-US text, expected `behavior`',
      '1:103-1:112: Unexpected British spelling `behaviour` in en-US text, expected `behavior`'
    ])
  })

  it('auto: a British-only word outside the pattern table, written three times, is the writer’s choice too', async () => {
    const base = 'The theater critic and the neighbor agreed on the color of the center. '
    const thrice = base + 'His scepticism grew. Such scepticism is rare. We share the scepticism.'
    expect(await lint(thrice, 'spelling')).toEqual([])
    // With a second British form, so that `scepticism` is not the draft's lone one, and American forms enough for no close call.
    expect(await lint(base + 'His scepticism grew. The sky was grey. The labor organizer honored the flavor and humor of the favorite.', 'spelling')).toEqual([
      '1:76-1:86: Unexpected unknown word `scepticism`, expected `skepticism`',
      '1:105-1:109: Unexpected British spelling `grey` in en-US text, expected `gray`'
    ])
  })

  it('accepts in American text a British form American dictionaries list as a variant', async () => {
    const review = 'The theater season opened with a play about the color of money at the arts center. One critic called it “a night at the theatre”.'
    expect(await lint(review, 'spelling')).toEqual([])
    expect(await lint('The theatre printed its catalogue.', 'spelling', undefined, {dialect: 'en-US'})).toEqual([])
    // A form American dictionaries do not list is still flagged.
    expect(await lint('The colour of the flag.', 'spelling', undefined, {dialect: 'en-US'})).toEqual([
      '1:5-1:11: Unexpected British spelling `colour` in en-US text, expected `color`'
    ])
  })

  it('auto: a British form American dictionaries list too is no evidence of a British draft', async () => {
    // `theatre` and `centre` count for neither dialect: one American form decides.
    expect(await lint('The theatre and the centre were full; the neighbor said the color was rich.', 'spelling')).toEqual([])
  })

  it('auto: a close call accepts both dialects’ forms', async () => {
    // One American and one British spelling: either may be the house style.
    expect(await lint('The humor of the piece was dry; the colour of the set was not.', 'spelling')).toEqual([])
    // Two of each: nearly even.
    expect(await lint('The theater and its color scheme; the centre and its humour.', 'spelling')).toEqual([])
  })

  it('auto: a close call is decided on the whole draft, chunked or not', async () => {
    const filler = 'The council met on Monday and talked about the budget for the coming year.\n\n'.repeat(Math.ceil((2 * chunkLength) / 80))
    const close = 'The humor of the piece was dry.\n\n' + filler + 'The colour of the set was not.\n'
    const clear = 'The humor of the theater and the color of the center.\n\n' + filler + 'The colour of the set was not.\n'
    const reasons = async (text: string) =>
      (await checkText(text)).messages.filter((message) => message.ruleId === 'spelling').map((message) => message.reason)
    expect(await reasons(close)).toEqual([])
    expect(await reasons(clear)).toEqual(['Unexpected British spelling `colour` in en-US text, expected `color`'])
  })

  it('auto: a British story with capitalised and pattern-free British forms is British', async () => {
    expect(await lint('Unfavourable reviews followed. The minister called the claims libellous.', 'spelling')).toEqual([])
  })

  it('auto: a British form inside a name is no evidence', async () => {
    expect(await lint('The color guard marched to the National Theatre and the Royal Court Theatre.', 'spelling')).toEqual([])
  })

  it('loads only the dialects a run needs', async () => {
    expect(await dialectsLoaded('The color of the flag.', 'auto')).toEqual(['en-US'])
    expect(await dialectsLoaded('The colour of the flag.', 'auto')).toEqual(['en-US', 'en-GB'])
    expect(await dialectsLoaded('The colour of the flag.', 'en-NZ')).toEqual(['en-NZ'])
  })
})
