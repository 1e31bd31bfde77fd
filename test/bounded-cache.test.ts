/** The engine's look-up caches stay bounded over a long process. */
import {describe, expect, it} from 'vitest'
import {BoundedCache} from '../src/core/bounded-cache.js'

describe('BoundedCache', () => {
  it('never holds more than its limit, and starts again when full', () => {
    const cache = new BoundedCache<string, number>(3)
    for (const [index, key] of ['a', 'b', 'c'].entries()) cache.set(key, index)
    expect([cache.size, cache.get('a'), cache.has('c')]).toEqual([3, 0, true])
    cache.set('b', 9)
    expect([cache.size, cache.get('b')]).toEqual([3, 9])
    cache.set('d', 4)
    expect([cache.size, cache.has('a'), cache.get('d')]).toEqual([1, false, 4])
    for (let index = 0; index < 1000; index++) cache.set(String(index), index)
    expect(cache.size).toBeLessThanOrEqual(3)
  })
})
