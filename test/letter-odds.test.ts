import {describe, expect, it} from 'vitest'
import {letterModel, letterScores, modelFromCounts, storedCounts} from '../src/analysis/letter-odds.js'

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

  it('counts a word’s trigrams as its scores read them, accents dropped and runs broken', () => {
    // Each word alone: its model holds exactly the trigrams `letterScores` walks.
    const code = (letter: string) => (letter === '^' ? 26 : letter.charCodeAt(0) - 97)
    const counted = (word: string) => {
      const model = letterModel([word])
      const found: string[] = []
      for (let index = 0; index < model.trigrams.length; index++) {
        if (model.trigrams[index] === 0) continue
        const letters = [Math.floor(index / 729), Math.floor(index / 27) % 27, index % 27].map((at) => (at === 26 ? '^' : String.fromCharCode(97 + at))).join('')
        found.push(`${letters}=${model.trigrams[index]}`)
        expect(model.contexts[code(letters[0]!) * 27 + code(letters[1]!)]).toBeGreaterThanOrEqual(model.trigrams[index]!)
      }
      return found.sort()
    }
    expect(counted('Zoë')).toEqual(['^^z=1', '^zo=1', 'oe^=1', 'zoe=1'])
    expect(counted('O’Ab')).toEqual(['^^a=1', '^^o=1', '^ab=1', '^o^=1', 'ab^=1'])
    expect(counted('naïve café')).toEqual(['^^c=1', '^^n=1', '^ca=1', '^na=1', 'afe=1', 'aiv=1', 'caf=1', 'fe^=1', 'ive=1', 'nai=1', 've^=1'])
    expect(counted('a1')).toEqual(['^^^=1', '^^a=1', '^a^=1'])
    expect(counted('aaa')).toEqual(['^^a=1', '^aa=1', 'aa^=1', 'aaa=1'])
    // Same model as the word's scores: a word and its letters read alike.
    const model = letterModel(['Zoë'])
    expect(letterScores('Zoe', model, model)).toEqual(letterScores('Zoë', model, model))
  })

  it('gives back the model from its stored trigram counts', () => {
    const model = letterModel(['Kowalski', 'Zoë', 'O’Neil', 'a1', 'x y'])
    expect(modelFromCounts(storedCounts(model))).toEqual(model)
  })
})
