/** The tagger's Brill step handed each word its tag's rules only (`smoothByTag` in pos.ts): the same tags as en-pos's own `smooth()`. */
import fs from 'node:fs'
import {createRequire} from 'node:module'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadTagger, smoothsByTag, tagWords} from '../src/analysis/pos.js'
import {confusables} from '../rules/homophone/confusables.js'
import {root} from '../src/node/resources.js'

const require = createRequire(import.meta.url)

/** Sentences of the corpus drafts and of the confusables' examples (both forms of each swap), as word lists. */
function sentences(): string[][] {
  const texts: string[] = []
  const corpus = path.join(root, 'corpus')
  const walk = (folder: string): void => {
    for (const entry of fs.readdirSync(folder, {withFileTypes: true})) {
      const file = path.join(folder, entry.name)
      if (entry.isDirectory()) walk(file)
      else if (/\.(md|txt|html)$/.test(entry.name) && !entry.name.endsWith('.expected.txt')) texts.push(fs.readFileSync(file, 'utf8'))
    }
  }
  walk(corpus)
  for (const pair of confusables) {
    for (const example of [...pair.examples.flag, ...pair.examples.keep]) {
      texts.push(example.replace(/\{([^>}]*)>([^}]*)\}/g, '$1'), example.replace(/\{([^>}]*)>([^}]*)\}/g, '$2'))
    }
  }
  const all: string[][] = []
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+|\n+/)) {
      const words = sentence.match(/\p{L}[\p{L}\p{M}'’.-]*|\d[\d.,:/]*|[^\s\p{L}\d]/gu)
      if (words && words.length > 0) all.push(words)
    }
  }
  return all
}

describe('tagWords', () => {
  it('gives en-pos’s own tags for whole sentences and for the windows the rules tag', async () => {
    await loadTagger()
    expect(smoothsByTag()).toBe(true)
    const {Tag} = require('en-pos') as typeof import('en-pos')
    const own = (words: string[]) => new Tag([...words]).initial().smooth().tags
    // Both taggers give a word list the same tags every time: each distinct window is compared once.
    const seen = new Set<string>()
    let compared = 0
    let differ = 0
    for (const words of sentences()) {
      const windows = [words]
      // Windows of up to 11 words at every sixth start, as `tagsNear` tags them.
      for (let start = 0; start < words.length; start += 6) windows.push(words.slice(start, start + 11))
      for (const window of windows) {
        const key = window.join('\u0000')
        if (seen.has(key)) continue
        seen.add(key)
        compared++
        if (JSON.stringify(tagWords([...window])) !== JSON.stringify(own(window))) differ++
      }
    }
    expect(compared).toBeGreaterThan(10_000)
    expect(differ).toBe(0)
  })
})
