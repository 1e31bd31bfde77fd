import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {isTaggerLoaded} from '../src/analysis/pos.js'

describe('the part-of-speech tagger', () => {
  it('is not loaded for a draft where no cue that names a tag could apply', async () => {
    await lint('The mayor opened the new bridge on Monday. Crowds cheered.\n')
    expect(isTaggerLoaded()).toBe(false)
  })

  it('is loaded for a draft where one could, and then decides the finding', async () => {
    const file = await lint('The vote came far to late for the mayor. It was spoken to soon.\n')
    expect(isTaggerLoaded()).toBe(true)
    expect(file.messages.map((message) => message.actual)).toEqual(['to', 'to'])
  })
})
