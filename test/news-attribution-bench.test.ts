import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {chosenSet, newsFolder, newsSets, plantOrphan, type Orphan} from '../bench/news-attribution.js'

const orphans = JSON.parse(fs.readFileSync(path.join(newsFolder, 'orphans.json'), 'utf8')) as Orphan[]

describe('orphans of the news attribution bench', () => {
  it('takes out the attribution it names, once, and keeps the quotation', () => {
    expect(orphans.length).toBeGreaterThan(10)
    for (const orphan of orphans) {
      const text = fs.readFileSync(path.join(newsFolder, orphan.file), 'utf8')
      const copy = plantOrphan(text, orphan)
      expect(copy, orphan.file).not.toContain(orphan.remove)
      expect(copy.includes(orphan.quote), orphan.file).toBe(true)
      expect(text.length - copy.length, orphan.file).toBe(orphan.remove.length - orphan.with.length)
    }
  })

  it('refuses an attribution that is not in the item exactly once', () => {
    const orphan: Orphan = {file: 'x.md', remove: 'Ortiz said', with: '', quote: 'Go'}
    expect(() => plantOrphan('“Go,” Ortiz said.', orphan)).not.toThrow()
    expect(() => plantOrphan('“Go,” Lee said.', orphan)).toThrow('exactly once')
    expect(() => plantOrphan('“Go,” Ortiz said. “Now,” Ortiz said.', orphan)).toThrow('exactly once')
  })
})

describe('the news check set', () => {
  it('is read with `--set check`, the development set staying the default', () => {
    expect(chosenSet([])).toBe('dev')
    expect(chosenSet(['--quiet'])).toBe('dev')
    expect(chosenSet(['--set', 'dev'])).toBe('dev')
    expect(chosenSet(['--set', 'check', '--quiet'])).toBe('check')
    expect(newsSets.dev).toBe(newsFolder)
    expect(path.basename(newsSets.check)).toBe('news-check')
  })

  it('refuses a set there is not', () => {
    expect(chosenSet(['--set', 'held-out'])).toBeUndefined()
    expect(chosenSet(['--set', 'constructor'])).toBeUndefined()
    expect(chosenSet(['--set'])).toBeUndefined()
  })

  it('holds 15 items and orphans that each take out one attribution and keep the quotation', () => {
    const items = fs.readdirSync(newsSets.check).filter((name) => name.endsWith('.md') && name !== 'README.md')
    expect(items).toHaveLength(15)
    const checkOrphans = JSON.parse(fs.readFileSync(path.join(newsSets.check, 'orphans.json'), 'utf8')) as Orphan[]
    expect(checkOrphans.length).toBeGreaterThanOrEqual(8)
    for (const orphan of checkOrphans) {
      expect(items, orphan.file).toContain(orphan.file)
      const text = fs.readFileSync(path.join(newsSets.check, orphan.file), 'utf8')
      const copy = plantOrphan(text, orphan)
      expect(copy, orphan.file).not.toContain(orphan.remove)
      expect(copy.includes(orphan.quote), orphan.file).toBe(true)
    }
  })
})
