import {describe, expect, it} from 'vitest'
import {startPhrasePatterns} from './start-phrases.js'

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const fragment = (piece: string) => escape(piece).replace(/'/g, "['’]").replace(/ /g, '\\s+')
const source = (phrase: string) => fragment(phrase) + (/[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '')
const phrases = ['sign up for', 'sign up', 'see also:', '- more', 'x', '© ', 'share on x', 'more:', "'tis the season", ' watch', 'kelvin']
const whole = new RegExp('^(?:' + phrases.map(source).join('|') + ')', 'iu')
const lines = [
  'Sign up for our newsletter',
  'SIGN UP today',
  'sign upstairs',
  'ſign up for more',
  'See also: the budget',
  '- more stories',
  'x',
  'X marks the spot',
  'xylophone',
  '© 2024 The Courier',
  'Share on X',
  'Share on Xanadu',
  'More: the vote',
  'Mayor signs up',
  'The council voted',
  '',
  's',
  'Ẋ',
  '“Sign up,” she said',
  '’Tis the season to give',
  '\u00a0watch this',
  '\u212aelvin scale',
  'ſee alſo: more'
]

describe('start phrases matched by a line’s first two characters', () => {
  it('finds in every line what one alternation of all the phrases finds', () => {
    const patternFor = startPhrasePatterns(phrases, source, fragment)
    for (const line of lines) expect([line, patternFor(line)?.exec(line)?.[0]]).toEqual([line, whole.exec(line)?.[0]])
  })

  it('compiles no pattern for a line no phrase can open', () => {
    const patternFor = startPhrasePatterns(['sign up'], source, fragment)
    expect(patternFor('The council voted')).toBeUndefined()
    expect(patternFor('“The council voted”')).toBeUndefined()
  })
})
