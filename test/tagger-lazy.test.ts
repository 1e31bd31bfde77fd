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

describe('the tagger decision with kept paragraphs', () => {
  it('reuses each unchanged sentence\'s answer and loads the tagger when an edit adds a sentence that needs it', async () => {
    vi.resetModules()
    const {ParagraphCache} = await import('../src/core/paragraph-cache.js')
    const {check, createProcessor} = await import('../src/core/processor.js')
    const {loadResources} = await import('../src/node/resources.js')
    const {registry} = await import('../rules/index.js')
    const {isTaggerLoaded} = await import('../src/analysis/pos.js')
    const {VFile} = await import('vfile')
    const processor = createProcessor({}, registry, loadResources)
    const cache = new ParagraphCache()
    const findings = async (value: string, kept?: InstanceType<typeof ParagraphCache>) => {
      const file = new VFile({path: 'draft.txt', value})
      if (kept) file.data.copydeskParagraphs = kept
      await check(processor, file)
      return file.messages.map((message) => `${message.ruleId} ${message.actual}`)
    }
    // Words of a set, none that a cue naming a tag could flag.
    const text = 'Their plan was ready.\n\nThe capital of France is Paris.\n\nThe vote was close.'
    await findings(text, cache)
    expect(isTaggerLoaded()).toBe(false)
    const edited = text.replace('was close', 'was tight')
    await findings(edited, cache)
    expect(isTaggerLoaded()).toBe(false)
    expect(cache.answerCounts('homophone:needs-tagger')).toEqual({computed: 2, reused: 2})
    const needing = edited + '\n\nThe vote came far to late for the mayor.'
    const kept = await findings(needing, cache)
    expect(isTaggerLoaded()).toBe(true)
    expect(kept).toEqual(await findings(needing))
    expect(kept).toContain('homophone to')
  })
})
