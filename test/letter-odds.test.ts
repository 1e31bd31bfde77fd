import {describe, expect, it} from 'vitest'
import {letterModel, letterScores} from '../src/analysis/letter-odds.js'

describe('letter odds', () => {
  const names = letterModel(['Kowalski', 'Nowakowski', 'Abiodun', 'Adeyemi', 'Oluwaseun'])
  const words = letterModel(['table', 'stable', 'able', 'cable', 'tablet'])

  it('reads a word made of the names’ letter runs as a name', () => {
    expect(letterScores('Kowalewski', names, words).odds).toBeGreaterThan(0)
    expect(letterScores('tabel', names, words).odds).toBeLessThan(0)
  })

  it('finds letter runs neither list has unlikely as a name', () => {
    expect(letterScores('Xqzv', names, words).likelihood).toBeLessThan(letterScores('Adeyemo', names, words).likelihood)
  })

  it('drops accents and breaks runs at other characters', () => {
    expect(letterScores('Ábiodun', names, words)).toEqual(letterScores('Abiodun', names, words))
    expect(letterScores('Ko-walski', names, words).odds).toBeGreaterThan(0)
  })
})
