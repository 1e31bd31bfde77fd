/** Tokens longer than any real word are read, never looked up letter by letter. */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import type {Dialect, Resources} from '../src/analysis/resources.js'
import {maxWordLength} from '../src/core/limits.js'
import {check, createProcessor} from '../src/core/processor.js'
import {createSuggester} from '../src/analysis/suggest.js'
import {isCompound} from '../src/analysis/words.js'
import {loadResources} from '../src/node/resources.js'
import {registry} from '../rules/index.js'

/** The real lookup data, with every word a rule asks about recorded. */
async function recordingResources(asked: string[]): Promise<(dialect: Dialect) => Promise<Resources>> {
  const wrapped = new Map<Dialect, Resources>()
  return async (dialect) => {
    let resources = wrapped.get(dialect)
    if (resources) return resources
    const real = await loadResources(dialect)
    const suggester = {
      rank: (word: string, limit?: number, maxCost?: number) => {
        asked.push(word)
        return real.suggester.rank(word, limit, maxCost)
      },
      suggest: (word: string, limit?: number, maxCost?: number) => {
        asked.push(word)
        return real.suggester.suggest(word, limit, maxCost)
      },
      has: (word: string) => {
        asked.push(word)
        return real.suggester.has(word)
      },
      frequency: (word: string) => {
        asked.push(word)
        return real.suggester.frequency(word)
      }
    }
    resources = new Proxy(real, {
      get(target, key) {
        if (key === 'suggester') return suggester
        if (key === 'unknownWords') {
          return (words: Parameters<Resources['unknownWords']>[0], file: VFile) => {
            if (Array.isArray(words)) for (const word of words) asked.push(word.children.map((child) => ('value' in child ? child.value : '')).join(''))
            return target.unknownWords(words, file)
          }
        }
        const value = Reflect.get(target, key, resources) as unknown
        return typeof value === 'function' ? value.bind(resources) : value
      }
    }) as Resources
    wrapped.set(dialect, resources)
    return resources
  }
}

describe('long tokens', () => {
  it('are never looked up, suggested for or compared as names', async () => {
    const asked: string[] = []
    const processor = createProcessor({}, registry, await recordingResources(asked))
    const long = 'x'.repeat(5_000)
    const name = 'Q' + 'w'.repeat(5_000)
    const text = `The minister said ${long} and left. ${name} spoke. ${name} spoke again. The goverment fell.\n`
    const file = await check(processor, new VFile({path: 'draft.txt', value: text}))
    expect(asked.filter((word) => word.length > maxWordLength)).toEqual([])
    // The rest of the draft is still checked.
    expect(file.messages.map((message) => message.actual)).toEqual(['goverment'])
  })

  it('are not split as compounds', () => {
    let lookups = 0
    const has = () => {
      lookups++
      return false
    }
    expect(isCompound('a'.repeat(maxWordLength + 1), has)).toBe(false)
    expect(lookups).toBe(0)
    expect(isCompound('a'.repeat(maxWordLength), has)).toBe(false)
    expect(lookups).toBeGreaterThan(0)
  })

  it('get no suggestions, even one edit away from a listed form', () => {
    const longest = 'e'.repeat(maxWordLength)
    const suggester = createSuggester([longest], () => new Map())
    expect(suggester.suggest('e'.repeat(maxWordLength - 1))).toEqual([longest])
    expect(suggester.suggest('e'.repeat(maxWordLength + 1))).toEqual([])
  })
})
