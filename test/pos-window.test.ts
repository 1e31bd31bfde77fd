import {describe, expect, it} from 'vitest'
import {loadTagger, tagReach, tagsNear} from '../src/analysis/pos.js'
import type {Token} from '../src/analysis/tokens.js'

function tokens(text: string): Token[] {
  let offset = 0
  return text.split(' ').map((word, index) => {
    const start = offset
    offset += word.length + 1
    const isWord = /\p{L}/u.test(word)
    return {word: isWord, code: false, text: word, lower: word.toLowerCase(), form: word.toLowerCase(), start, end: start + word.length, sentenceInitial: index === 0}
  })
}

describe('tagsNear', () => {
  it('tags only a window around the word asked about, and keeps it for the next word', async () => {
    await loadTagger()
    const sentence = tokens('The old man who lived by the sea and fished alone in a small boat was tired of waiting for the fish .')
    const tags = tagsNear(sentence, 2)!
    const known = tags.map((tag) => tag !== '')
    expect(known.indexOf(true)).toBe(0)
    expect(known.lastIndexOf(true)).toBe(2 + tagReach)
    expect(tags[2]).toBe('NN')
    // A word further on extends the tagged part; what was tagged stays.
    const later = tagsNear(sentence, 15)!
    expect(later[2]).toBe('NN')
    expect(later[15]).not.toBe('')
    expect(later.filter((tag) => tag === '').length).toBeGreaterThan(0)
  })
})
