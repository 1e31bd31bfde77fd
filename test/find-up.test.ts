/** The nearest answer up the folder tree, as config and ignore files are found. */
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {findUp} from '../src/node/find-up.js'

const desk = path.resolve('/newsroom/desk')

describe('findUp', () => {
  it('gives the answer of the nearest folder that has one', () => {
    const asked: string[] = []
    const found = findUp(path.join(desk, 'metro/today'), (folder) => {
      asked.push(folder)
      return folder === desk ? 'desk config' : undefined
    })
    expect(found).toBe('desk config')
    expect(asked).toEqual([path.join(desk, 'metro/today'), path.join(desk, 'metro'), desk])
  })

  it('gives undefined when no folder up to the root answers', () => {
    expect(findUp(desk, () => undefined)).toBeUndefined()
  })

  it('asks each folder once for the drafts of one tree, with a cache', () => {
    const asked: string[] = []
    const here = (folder: string) => {
      asked.push(folder)
      return folder === desk ? 'desk config' : undefined
    }
    const cache = new Map<string, string | undefined>()
    for (const folder of ['metro/today', 'metro', 'metro/today', 'sport']) {
      expect(findUp(path.join(desk, folder), here, cache)).toBe('desk config')
    }
    expect(asked).toEqual([path.join(desk, 'metro/today'), path.join(desk, 'metro'), desk, path.join(desk, 'sport')])
  })
})
