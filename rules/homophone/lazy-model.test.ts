import {describe, expect, it, vi} from 'vitest'

// Test files share modules (`isolate: false`), so each check loads fresh copies.
async function fresh() {
  vi.resetModules()
  const {lint} = await import('../../src/index.js')
  const {isModelLoaded} = await import('./index.js')
  return {lint, isModelLoaded}
}

describe('the homophone model', () => {
  it('is not loaded for a draft without a word of any confusion set', async () => {
    const {lint, isModelLoaded} = await fresh()
    await lint('Crowds cheered the mayor.\n')
    expect(isModelLoaded()).toBe(false)
  })

  it('is loaded for a draft with one, and then decides the finding', async () => {
    const {lint, isModelLoaded} = await fresh()
    const file = await lint('They loved there son.\n')
    expect(isModelLoaded()).toBe(true)
    expect(file.messages.filter((message) => message.ruleId === 'homophone').map((message) => message.actual)).toEqual(['there'])
  })
})
