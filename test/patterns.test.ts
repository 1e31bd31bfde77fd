/**
 * The phrase-pattern language's phrases (`[ ]`), as the attribution tables
 * use them; its `_` patterns are tested with `homophone`, whose cues use them.
 */
import {describe, expect, it} from 'vitest'
import {compilePattern, findPhrases, matchPattern, matchPhrase} from '../src/analysis/patterns.js'
import type {Token} from '../src/analysis/tokens.js'

/** Space-separated words and marks as tokens (a word has a letter or digit). */
function tokens(text: string): Token[] {
  let offset = 0
  return text.split(' ').map((written, index) => {
    const lower = written.toLowerCase()
    const token: Token = {
      word: /[\p{L}\p{N}]/u.test(written),
      code: false,
      text: written,
      lower,
      form: lower.endsWith('.') ? lower.slice(0, -1) : lower,
      start: offset,
      end: offset + written.length,
      sentenceInitial: index === 0
    }
    offset += written.length + 1
    return token
  })
}

const classes = {critics: ['critics', 'experts']}

describe('phrase patterns', () => {
  it('end where the phrase ends, taking optional slots when they fit', () => {
    const pattern = compilePattern('[some|many? @critics say|said]', classes)
    expect(matchPhrase(pattern, tokens('some critics said so'), 0)).toBe(3)
    expect(matchPhrase(pattern, tokens('critics said so'), 0)).toBe(2)
    expect(matchPhrase(pattern, tokens('some say so'), 0)).toBe(-1)
  })

  it('skip an optional slot when taking it leaves the rest unmatched', () => {
    const pattern = compilePattern('[according to some|many? reports|some]')
    expect(matchPhrase(pattern, tokens('according to some reports'), 0)).toBe(4)
    expect(matchPhrase(pattern, tokens('according to some , he'), 0)).toBe(3)
  })

  it('hold only with the words before and after them that the pattern allows', () => {
    const pattern = compilePattern('!the|their [people say] !that', classes)
    expect(matchPhrase(pattern, tokens('people say so'), 0)).toBe(2)
    expect(matchPhrase(pattern, tokens('the people say so'), 1)).toBe(-1)
    expect(matchPhrase(pattern, tokens('local people say so'), 1)).toBe(3)
    expect(matchPhrase(pattern, tokens('people say that'), 0)).toBe(-1)
    expect(matchPhrase(pattern, tokens('people say , that'), 0)).toBe(2)
    const required = compilePattern('[it is expected] that')
    expect(matchPhrase(required, tokens('it is expected that'), 0)).toBe(3)
    expect(matchPhrase(required, tokens('it is expected .'), 0)).toBe(-1)
  })

  it('take at least one token', () => {
    expect(matchPhrase(compilePattern('[some? many?]'), tokens('critics say'), 0)).toBe(-1)
  })

  it('read ALL CAPS and forms only when compiled with anyCase', () => {
    const exact = compilePattern('[critics say]')
    const anyCase = compilePattern('[critics say]', {}, {anyCase: true})
    expect(matchPhrase(exact, tokens('CRITICS SAY'), 0)).toBe(-1)
    expect(matchPhrase(anyCase, tokens('CRITICS SAY'), 0)).toBe(2)
    expect(matchPhrase(compilePattern('[mr smith]', {}, {anyCase: true}), tokens('Mr. Smith'), 0)).toBe(2)
    expect(matchPhrase(compilePattern('[mr smith]'), tokens('Mr. Smith'), 0)).toBe(-1)
    const classy = compilePattern('[@critics say]', classes, {anyCase: true})
    expect(matchPhrase(classy, tokens('EXPERTS say'), 0)).toBe(2)
  })

  it('are found longest first, without overlaps, from words only', () => {
    const table = [compilePattern('[critics say]'), compilePattern('[critics say that]'), compilePattern('[say that]')]
    const text = '“ critics say that , critics say'
    expect(findPhrases(table, tokens(text)).map((span) => text.slice(span.start, span.end))).toEqual([
      'critics say that',
      'critics say'
    ])
  })

  it('need exactly one `_` or one phrase, and a phrase pattern is no `_` pattern', () => {
    expect(() => compilePattern('[critics] [say]')).toThrow(/exactly one `_` or one phrase/)
    expect(() => compilePattern('[critics _ say]')).toThrow(/exactly one `_` or one phrase/)
    expect(() => compilePattern('critics say]')).toThrow(/exactly one `_` or one phrase/)
    expect(() => compilePattern('say] [critics')).toThrow(/exactly one `_` or one phrase/)
    expect(() => matchPhrase(compilePattern('critics _'), tokens('critics say'), 1)).toThrow(/no phrase/)
    expect(matchPattern(compilePattern('critics _'), tokens('critics say'), 1)).toBe(true)
  })

  it('read `^` among alternatives as the start of the sentence, taking no token', () => {
    const pattern = compilePattern('^|it|he _ not')
    expect(matchPattern(pattern, tokens('dose not apply'), 0)).toBe(true)
    expect(matchPattern(pattern, tokens('“ dose not apply'), 1)).toBe(true)
    expect(matchPattern(pattern, tokens('it dose not apply'), 1)).toBe(true)
    expect(matchPattern(pattern, tokens('the dose not given'), 1)).toBe(false)
    expect(matchPattern(pattern, tokens('dose now'), 0)).toBe(false)
  })

  it('read `!^|…` as neither the start of the sentence nor one of the words', () => {
    const pattern = compilePattern('!^|the _')
    expect(matchPattern(pattern, tokens('dose'), 0)).toBe(false)
    expect(matchPattern(pattern, tokens('“ dose'), 1)).toBe(false)
    expect(matchPattern(pattern, tokens('the dose'), 1)).toBe(false)
    expect(matchPattern(pattern, tokens('a dose'), 1)).toBe(true)
  })

  it('never let `^` after the word checked match', () => {
    expect(matchPattern(compilePattern('_ ^|now'), tokens('dose'), 0)).toBe(false)
    expect(matchPattern(compilePattern('_ ^|now'), tokens('dose now'), 0)).toBe(true)
  })

  it('read a doubled end mark (`??`, `!!`, `;;`, `?!`) or a dash typed `--` as the end of a clause, and a doubled comma or a hyphen as none', () => {
    const pattern = compilePattern('we _ $')
    for (const mark of ['??', '!!', ';;', '?!', '!?!', '--']) expect(matchPattern(pattern, tokens(`we dose ${mark}`), 1)).toBe(true)
    for (const mark of [',,', '-', '---', '&&']) expect(matchPattern(pattern, tokens(`we dose ${mark}`), 1)).toBe(false)
  })

  it('reject an alternative that could never match, at load', () => {
    expect(() => compilePattern('it||he _')).toThrow(/Empty alternative in pattern `it\|\|he _`/)
    expect(() => compilePattern('it|he| _')).toThrow(/Empty alternative/)
    expect(() => compilePattern('it|!he _')).toThrow(/Unexpected `!he` in pattern `it\|!he _`/)
    expect(() => compilePattern('it^ _')).toThrow(/Unexpected `it\^`/)
    expect(() => compilePattern('it?|he _')).toThrow(/Unexpected `it\?`/)
    expect(() => compilePattern('_ the|$|#NN|*|@x|=Hill|.|?', {x: ['x']})).not.toThrow()
  })

  it('gate a pattern on the words its fixed-place slots need, as far as slots take one token each', () => {
    const gates = (source: string, anyCase = false) =>
      compilePattern(source, {x: ['xa', 'xb']}, {anyCase}).gates.map((gate) => [gate.offset, [...gate.words].sort().join(' ')])
    expect(gates('the|@x =Hill _ , ”|Ⓐ')).toEqual([[1, ','], [-1, 'hill'], [-2, 'the xa xb']])
    expect(gates('in _ * $ of')).toEqual([[-1, 'in']])
    expect(gates('^ the? on _ !it of')).toEqual([[-1, 'on']])
    expect(gates('#NN|at _ @Name|up')).toEqual([])
    expect(gates('in _ of', true)).toEqual([])
    expect(gates('^|so _ up')).toEqual([[1, 'up']])
    expect(compilePattern('[critics say]').gates).toEqual([])
  })

  it('answer as without gates where a gated slot is missing or holds another word', () => {
    const pattern = compilePattern('in|at _ of @x', {x: ['xa']})
    expect(matchPattern(pattern, tokens('in dose of xa'), 1)).toBe(true)
    expect(matchPattern(pattern, tokens('on dose of xa'), 1)).toBe(false)
    expect(matchPattern(pattern, tokens('dose of xa'), 0)).toBe(false)
    expect(matchPattern(pattern, tokens('in dose of'), 1)).toBe(false)
  })
})
