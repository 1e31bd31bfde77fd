import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {newsFolder, plantOrphan, type Orphan} from '../bench/news-attribution.js'

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
