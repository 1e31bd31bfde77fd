/** URLs, e-mail addresses, handles, tags and domains: found in time proportional to the text. */
import {describe, expect, it} from 'vitest'
import {literalRanges, overlaps} from '../src/analysis/text.js'
import {growth} from './growth.js'

const found = (text: string) => literalRanges(text).map((range) => text.slice(range.start, range.end))

describe('literalRanges', () => {
  it('finds every kind of literal', () => {
    expect(
      found('See https://example.org/a?b=1, www.example.net, write to jo.smith+desk@mail.example.co.uk, follow @desk and #vote, or go to news.example.com/live.')
    ).toEqual(['https://example.org/a?b=1,', 'www.example.net,', 'jo.smith+desk@mail.example.co.uk', '@desk', '#vote', 'news.example.com/live.'])
  })

  it('starts an address or a domain where its run of characters starts', () => {
    expect(found('(desk@example.org) -news.example.com a..b.com @.x.uk')).toEqual(['desk@example.org', 'news.example.com', 'b.com', 'x.uk'])
    expect(found('Zoë.Example.com and café.example.org')).toEqual(['Zoë.Example.com', 'café.example.org'])
  })

  it('grows linearly with a long run of address characters', () => {
    const runs = [
      (size: number) => 'Follow @desk. ' + 'a-'.repeat(size / 2) + '\n',
      (size: number) => 'a.'.repeat(size / 2) + ' write to desk@example.org\n',
      (size: number) => 'a+'.repeat(size / 2) + ' #tag\n',
      (size: number) => '-'.repeat(size) + ' see example.com\n',
      (size: number) => 'a.'.repeat(size / 2) + 'b ' + 'c.com\n'
    ]
    for (const make of runs) expect(growth(make, literalRanges, 2_000)).toBeLessThan(24)
  })
})

describe('overlaps', () => {
  it('finds the literal a span touches, and only that', () => {
    const ranges = [
      {start: 2, end: 4},
      {start: 10, end: 12}
    ]
    const cases: Array<[number, number, boolean]> = [
      [0, 2, false],
      [0, 3, true],
      [3, 5, true],
      [4, 10, false],
      [11, 20, true],
      [12, 20, false]
    ]
    for (const [start, end, expected] of cases) expect(overlaps(ranges, {start, end})).toBe(expected)
    expect(overlaps([], {start: 0, end: 1})).toBe(false)
  })

  it('grows linearly when every word of a draft is a literal', () => {
    const spans = (text: string) => [...text.matchAll(/\S+/g)].map((match) => ({start: match.index, end: match.index + match[0].length}))
    const run = (text: string) => {
      const ranges = literalRanges(text)
      for (const span of spans(text)) overlaps(ranges, span)
    }
    expect(growth((size) => '#a '.repeat(size / 3), run, 6_000)).toBeLessThan(24)
  })
})
