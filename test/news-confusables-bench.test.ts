import {describe, expect, it} from 'vitest'
import {newsInstances, newsParagraphs, paragraphsOf, reverseRow} from '../bench/news-confusables.js'

describe('the news check for confusables', () => {
  it('reads paragraphs without the headline, headings, tables, code or planted lines', () => {
    const text = ['---', 'title: x', '---', 'Headline of the item', '', '## A heading', '', 'The start of the [story](https://example.com) ran long.', '', '| a | b |', '', 'Use `code` here.', '', 'A planted line of text.', '', '- The end of a list item.'].join('\n')
    expect(paragraphsOf('x', text, new Set([14])).map((paragraph) => paragraph.text)).toEqual(['The start of the story ran long.', 'The end of a list item.'])
  })

  it('swaps every `of`, `have` only after a modal unless asked, and `off` only with `--reverse`', () => {
    const paragraphs = [{source: 'x', text: 'They could have seen the end of it, and we have not called off the Isle of Man race.'}]
    const swaps = (everyHave: boolean, reverse: boolean) =>
      newsInstances(paragraphs, {set: 'have/of/off', everyHave, reverse}).map((instance) => `${instance.direction.set}: ${instance.swapped.slice(instance.swappedAt, instance.swappedAt + 3)}@${instance.swappedAt}`)
    const text = paragraphs[0]!.text
    expect(swaps(false, false)).toEqual(['have/of/off: of @11', `have/of/off: off@${text.indexOf('of it')}`])
    expect(swaps(true, false)).toEqual(['have/of/off: of @11', `have/of/off: off@${text.indexOf('of it')}`, `have/of/off: of @${text.indexOf('have not')}`])
    expect(swaps(false, true)).toEqual(['have/of/off: of @11', `have/of/off: off@${text.indexOf('of it')}`, `${reverseRow}: of @${text.indexOf('off the')}`])
  })

  it('reads the development items and the corpus, never the held-out texts', () => {
    const sources = new Set(newsParagraphs().map((paragraph) => paragraph.source.split('/')[0]))
    expect([...sources].sort()).toEqual(['corpus', 'news-dev'])
    expect(newsParagraphs().some((paragraph) => /homophone-/.test(paragraph.source))).toBe(false)
  })
})
