/** Each corpus draft produces exactly the findings written beside it. */
import {describe, expect, it} from 'vitest'
import {findings, loadCorpus} from './corpus.js'

const drafts = loadCorpus()

describe('corpus', () => {
  it('has at least 25 drafts', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(25)
  })

  for (const draft of drafts) {
    it(draft.slug, async () => {
      const found = await findings(draft)
      expect(found).toEqual(draft.expected)
      for (const miss of draft.knownMisses) expect(found, 'a known miss is now caught: update the expected file').not.toContain(miss)
    })
  }
})
