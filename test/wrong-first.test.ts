/** Why a caught name slip is offered another name first (`name-misses.js --wrong-first`). */
import {describe, expect, it} from 'vitest'
import type {Candidate} from '../src/analysis/slips.js'
import {wrongFirstCause, type WrongFirst} from '../bench/wrong-first.js'

const name = (text: string, fields: Partial<Candidate> = {}): Candidate => ({
  text,
  isName: true,
  cost: 0.6,
  frequency: 0,
  prior: 3,
  census: 5,
  inDraft: false,
  sameInitial: true,
  bits: 6,
  namePlace: false,
  roleShare: fields.census ?? 5,
  placeRole: undefined,
  soundAlike: false,
  score: 0,
  offerScore: 0,
  ...fields
})
const word = (text: string): Candidate => ({...name(text), isName: false, census: 0, roleShare: 0, prior: 0})
const slip = (fields: Partial<WrongFirst>): WrongFirst => ({
  typed: 'Annu',
  intended: 'Anne',
  detail: 'typing',
  rule: 'name-spelling',
  first: 'Anna',
  candidates: [name('Anna', {census: 12.1}), name('Anne', {census: 10.8})],
  nearBeyondLimit: () => false,
  ...fields
})

describe('wrongFirstCause', () => {
  it('tells a commoner name as cheap a slip from one a slip dearer, and a rarer name by a cheaper slip', () => {
    expect(wrongFirstCause(slip({}))).toBe('a commoner name, as cheap a slip or cheaper')
    expect(wrongFirstCause(slip({candidates: [name('Anna', {census: 12.1, cost: 1}), name('Anne', {census: 10.8})]}))).toBe('a commoner name, a dearer slip')
    expect(wrongFirstCause(slip({candidates: [name('Anna', {census: 3, cost: 0.5}), name('Anne', {census: 10.8})]}))).toBe('a rarer name, a cheaper slip')
    expect(wrongFirstCause(slip({candidates: [name('Anna', {census: 3}), name('Anne', {census: 10.8})]}))).toBe('a rarer name, by list points or channel')
  })

  it('reads a common word first, the draft, the role and a sound-alike before how common the names are', () => {
    expect(wrongFirstCause(slip({rule: 'spelling', first: 'Annul', candidates: [word('annul'), name('Anne')]}))).toBe('a common word first, the name a candidate')
    expect(wrongFirstCause(slip({rule: 'spelling', first: 'Annul', candidates: [word('annul')]}))).toBe('a common word first, the name no candidate')
    expect(wrongFirstCause(slip({candidates: [name('Anna', {census: 12.1, inDraft: true}), name('Anne', {census: 10.8})]}))).toBe('the draft spells the first')
    expect(wrongFirstCause(slip({rule: 'name-consistency'}))).toBe('the draft spells the first')
    const surnamePlace = {placeRole: 'surname' as const}
    expect(
      wrongFirstCause(slip({typed: 'Dunna', intended: 'Dunne', first: 'Donna', candidates: [name('Donna', {...surnamePlace, census: 13.1, roleShare: 1.4}), name('Dunne', {...surnamePlace, census: 4.6})]}))
    ).toBe('a name of the other role (surname place, intended of it)')
    expect(wrongFirstCause(slip({candidates: [name('Anna', {census: 12.1, soundAlike: true}), name('Anne', {census: 10.8})]}))).toBe('a sound-alike over a typing slip')
    expect(wrongFirstCause(slip({detail: 'sound-alike', candidates: [name('Anna', {census: 12.1, soundAlike: true}), name('Anne', {census: 10.8})]}))).toBe(
      'a commoner name, as cheap a slip or cheaper'
    )
  })

  it('says why the intended name is no candidate', () => {
    const without = (typed: string, intended: string, nearBeyondLimit = false) =>
      wrongFirstCause(slip({typed, intended, first: 'Anna', candidates: [name('Anna')], nearBeyondLimit: () => nearBeyondLimit}))
    expect(without('Henr', 'Henri')).toBe('intended no candidate: cut short')
    expect(without('Karll', 'Karl')).toBe('intended no candidate: the name and an ending')
    expect(without('Ejw', 'Jew')).toBe('intended no candidate: another first letter')
    expect(without('Maie', 'Maine', true)).toBe('intended no candidate: cut by the limit')
    expect(without('Maie', 'Maine')).toBe('intended no candidate: out of reach')
    expect(wrongFirstCause(slip({first: 'Anita'}))).toBe('another name, not a candidate')
  })
})
