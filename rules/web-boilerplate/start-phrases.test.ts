import {describe, expect, it} from 'vitest'
import {startPhrasePatterns} from './start-phrases.js'

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const source = (phrase: string) => escape(phrase).replace(/ /g, '\\s+') + (/[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '')
const phrases = ['sign up for', 'sign up', 'see also:', '- more', 'x', '© ', 'share on x', 'more:']
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
  'Ẋ'
]

describe('start phrases matched by a line’s first two characters', () => {
  it('finds in every line what one alternation of all the phrases finds', () => {
    const patternFor = startPhrasePatterns(phrases, source)
    for (const line of lines) expect([line, patternFor(line)?.exec(line)?.[0]]).toEqual([line, whole.exec(line)?.[0]])
  })

  it('compiles no pattern for a line no phrase can open', () => {
    expect(startPhrasePatterns(['sign up'], source)('The council voted')).toBeUndefined()
  })
})
