import {describe, expect, it, vi} from 'vitest'

// Test files share modules (`isolate: false`), so each check loads fresh copies.
async function fresh() {
  vi.resetModules()
  const {lint} = await import('../src/index.js')
  const {isTaggerLoaded} = await import('../src/analysis/pos.js')
  return {lint, isTaggerLoaded}
}

describe('the part-of-speech tagger', () => {
  it('is not loaded for a draft where no cue that names a tag could apply', async () => {
    const {lint, isTaggerLoaded} = await fresh()
    await lint('The mayor opened the new bridge on Monday. Crowds cheered.\n')
    expect(isTaggerLoaded()).toBe(false)
  })

  it('is loaded for a draft where one could, and then decides the finding', async () => {
    const {lint, isTaggerLoaded} = await fresh()
    const file = await lint('The vote came far to late for the mayor. It was spoken to soon.\n')
    expect(isTaggerLoaded()).toBe(true)
    expect(file.messages.map((message) => message.actual)).toEqual(['to', 'to'])
  })
})
