import {describe, expect, it} from 'vitest'
import {KeptParagraphs} from '../src/language-server/kept-paragraphs.js'

describe('the paragraphs the lint worker keeps per document', () => {
  it('gives the same cache to each lint of a document', () => {
    const kept = new KeptParagraphs()
    expect(kept.of('/desk/a.txt')).toBe(kept.of('/desk/a.txt'))
    expect(kept.of('/desk/b.txt')).not.toBe(kept.of('/desk/a.txt'))
  })

  it('drops a document’s paragraphs when it closes', () => {
    const kept = new KeptParagraphs()
    const first = kept.of('/desk/a.txt')
    kept.forget('/desk/a.txt')
    expect(kept.size).toBe(0)
    expect(kept.of('/desk/a.txt')).not.toBe(first)
  })

  it('keeps at most its limit of documents, dropping the one linted longest ago', () => {
    const kept = new KeptParagraphs(2)
    const a = kept.of('/desk/a.txt')
    const b = kept.of('/desk/b.txt')
    kept.of('/desk/a.txt')
    kept.of('/desk/c.txt')
    expect(kept.size).toBe(2)
    expect(kept.of('/desk/a.txt')).toBe(a)
    expect(kept.of('/desk/b.txt')).not.toBe(b)
  })
})
