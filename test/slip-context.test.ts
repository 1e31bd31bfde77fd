import {describe, expect, it} from 'vitest'
import {coarseTag, contextFit, neighbours, orderInContext} from '../src/analysis/slip-context.js'

describe('slip context', () => {
  it('reads a Brown tag as a coarse class', () => {
    expect(coarseTag('nns')).toBe('NNS')
    expect(coarseTag('nn$-tl')).toBe('NN')
    expect(coarseTag('np$')).toBe('NP')
    expect(coarseTag('vbd-hl')).toBe('VBD')
    expect(coarseTag('jjt')).toBe('JJ')
    expect(coarseTag('rbr')).toBe('RB')
    expect(coarseTag('od')).toBe('CD')
    expect(coarseTag('bedz*')).toBe('BE')
    expect(coarseTag('hvd')).toBe('HV')
    expect(coarseTag('dod')).toBe('DO')
    expect(coarseTag('ppss+md')).toBe('PP')
    expect(coarseTag('abn')).toBe('DT')
    expect(coarseTag('wrb')).toBe('WH')
    expect(coarseTag('qlp')).toBe('QL')
    expect(coarseTag('fw-in')).toBe('IN')
    expect(coarseTag('pn$')).toBe('PN')
    expect(coarseTag('')).toBeUndefined()
    expect(coarseTag('.')).toBeUndefined()
  })

  it('reads the classes of the words either side', () => {
    const text = 'Then he sid that, in 1990, Kowalczyk zorp it.'
    const at = (word: string) => neighbours(text, text.indexOf(word), text.indexOf(word) + word.length)
    expect(at('sid')).toEqual({left: 'he', right: 'that'})
    expect(at('Then')).toEqual({left: '<s>', right: 'he'})
    expect(at('in')).toEqual({left: ',', right: 'CD'})
    // An unknown capitalised word is a name; an unknown lower-case one is nothing known.
    expect(at('zorp')).toEqual({left: 'NP', right: 'it'})
    expect(at('it')).toEqual({left: undefined, right: '</s>'})
  })

  it('reads a known word by its commonest class, and nothing of a sign', () => {
    const text = 'a table & sid / light at'
    const at = (word: string) => neighbours(text, text.indexOf(word), text.indexOf(word) + word.length)
    expect(at('&')).toEqual({left: 'NN', right: undefined})
    expect(at('sid')).toEqual({left: undefined, right: undefined})
    expect(at('light')).toEqual({left: undefined, right: 'at'})
    expect(neighbours('the sid  ', 4, 7)).toEqual({left: 'the', right: '</s>'})
    expect(neighbours('sid, light sid\n\nThe', 0, 3)).toEqual({left: '<s>', right: ','})
    expect(neighbours('sid, light sid\n\nThe', 11, 14).right).toBe('</s>')
    expect(neighbours('sid, light sid\n\nThe', 11, 14).left).toBeDefined()
  })

  it('stops at a blank line but reads across a line break and quotes', () => {
    const text = 'The end\n\nsid the\n“wil” be'
    expect(neighbours(text, 9, 12)).toEqual({left: '<s>', right: 'the'})
    expect(neighbours(text, 18, 21)).toEqual({left: 'the', right: 'be'})
  })

  it('prefers a verb after a pronoun and a noun after an article', () => {
    expect(contextFit('said', 'he', 'that')).toBeGreaterThan(contextFit('side', 'he', 'that'))
    expect(contextFit('side', 'the', 'of')).toBeGreaterThan(contextFit('said', 'the', 'of'))
    expect(contextFit('than', 'more', 'the')).toBeGreaterThan(contextFit('then', 'more', 'the'))
  })

  it('knows nothing of an unknown word or an unknown place', () => {
    expect(contextFit('zorpish', 'the', 'of')).toBe(0)
    expect(contextFit('side', undefined, undefined)).toBe(0)
    expect(contextFit('in between', 'the', 'of')).toBe(0)
    expect(contextFit('side', 'the', undefined)).not.toBe(0)
    expect(contextFit('side', undefined, 'of')).not.toBe(0)
  })

  it('breaks a near tie by the sentence', () => {
    const text = 'He sid that it was late.'
    expect(orderInContext(['side', 'said', 'sir'], [-0.4, -0.35, -0.1], text, 3, 6)).toEqual(['said', 'side', 'sir'])
  })

  it('leaves a clear lead, a lone candidate and an unknown place alone', () => {
    const text = 'He sid that it was late.'
    expect(orderInContext(['side', 'said'], [-0.4, 0.5], text, 3, 6)).toEqual(['side', 'said'])
    expect(orderInContext(['side'], [-0.4], text, 3, 6)).toEqual(['side'])
    expect(orderInContext([], [], text, 3, 6)).toEqual([])
    expect(orderInContext(['side', 'said'], [-0.4, -0.35], 'zorp sid zorp', 5, 8)).toEqual(['side', 'said'])
  })

  it('keeps the order of candidates the sentence cannot tell apart', () => {
    expect(orderInContext(['zzqb', 'zzqa'], [0, 0], 'the sid of', 4, 7)).toEqual(['zzqb', 'zzqa'])
  })

  it('reorders only the leading run within the margin', () => {
    const text = 'The bus stopped on the sid of the road.'
    expect(orderInContext(['said', 'side', 'sir'], [-0.41, -0.29, 2], text, 23, 26)).toEqual(['side', 'said', 'sir'])
  })
})
