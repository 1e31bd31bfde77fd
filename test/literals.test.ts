/** URLs, e-mail addresses, handles, tags and domains: found in time proportional to the text. */
import {describe, expect, it} from 'vitest'
import {literalRanges} from '../src/engine/text.js'
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

