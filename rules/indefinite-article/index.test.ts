import {describe, expect, it} from 'vitest'
import {fix, lint, only, checkText, pinned} from '../../test/helpers.js'
import {articleFor, numberArticle} from './index.js'

const id = 'indefinite-article'

const valid: ReadonlyArray<string> = [
  'He is an MP for Leeds.',
  'It was an FBI raid.',
  'The deal was a one-off.',
  'She studied at a university in Ohio.',
  'They waited an hour.',
  'It is a NATO summit.',
  'It is an NHS hospital.',
  'She filed a UN report.',
  'They saw a UFO.',
  'The club is a UEFA member.',
  'He had an unusual plan and an uninsured car.',
  'She is an 18-year-old student.',
  'He won an 11th title in an 80-minute final.',
  'It is an 1840s house.',
  'It was a 110-page report and a 1-0 win.',
  'She got an X-ray.',
  'It was a historic win at an historic ground.',
  'It was an HIV test.',
  'It was a US decision and a U.S. decision.',
  'He bought an iPhone.',
  'He made a once-in-a-lifetime offer.',
  'It was a unanimous vote.',
  'Type A and type B differ.',
  'Plan A is a and b.',
  'He got an F in maths.',
  'It is a eucalyptus tree.',
  'It was an 11,000-strong crowd.',
  'He is an LGBT activist in a one-party state.',
  'It is an RAF base.',
  'She ate an orange.',
  'A FELA case is either.'
]

const invalid: ReadonlyArray<{text: string; output: string[]; fixed?: string}> = [
  {text: 'The plan had an negative effect.', output: ['1:14-1:16: Unexpected `an` before `negative`, expected `a`'], fixed: 'The plan had a negative effect.'},
  {text: 'She waited a hour.', output: ['1:12-1:13: Unexpected `a` before `hour`, expected `an`'], fixed: 'She waited an hour.'},
  {text: 'It was a FBI raid.', output: ['1:8-1:9: Unexpected `a` before `FBI`, expected `an`']},
  {text: 'It is a NHS hospital.', output: ['1:7-1:8: Unexpected `a` before `NHS`, expected `an`']},
  {text: 'She filed an UN report.', output: ['1:11-1:13: Unexpected `an` before `UN`, expected `a`']},
  {text: 'The deal was an one-off.', output: ['1:14-1:16: Unexpected `an` before `one-off`, expected `a`']},
  {text: 'She studied at an university.', output: ['1:16-1:18: Unexpected `an` before `university`, expected `a`']},
  {text: 'It was a 8-2 win.', output: ['1:8-1:9: Unexpected `a` before `8-2`, expected `an`']},
  {text: 'It was a 11,000-strong crowd.', output: ['1:8-1:9: Unexpected `a` before `11,000-strong`, expected `an`']},
  {text: 'She got a X-ray.', output: ['1:9-1:10: Unexpected `a` before `X-ray`, expected `an`']},
  {text: 'It was a honour.', output: ['1:8-1:9: Unexpected `a` before `honour`, expected `an`']},
  {text: 'A apple fell.', output: ['1:1-1:2: Unexpected `A` before `apple`, expected `An`'], fixed: 'An apple fell.'},
  {text: 'An banana fell.', output: ['1:1-1:3: Unexpected `An` before `banana`, expected `A`'], fixed: 'A banana fell.'},
  {text: 'It was a “unusual” plan.', output: ['1:8-1:9: Unexpected `a` before `unusual`, expected `an`']}
]

describe(id, () => {
  for (const text of valid) {
    it(`leaves alone: ${text}`, async () => {
      expect(await lint(text, id)).toEqual([])
    })
  }

  for (const {text, output, fixed} of invalid) {
    it(`flags: ${text}`, async () => {
      expect(await lint(text, id)).toEqual(output)
      if (fixed !== undefined) expect(await fix(text, id)).toBe(fixed)
    })
  }

  it('leaves alone words the house style allows either way', async () => {
    expect(await lint('An unicorn ran.', id, {allow: ['unicorn']})).toEqual([])
  })

  it('says numbers as words: eight, eleven and eighteen take an', () => {
    expect(['8', '80', '800', '11', '18', '11th', '18,000', '11,000,000', '1850'].map(numberArticle)).toEqual(Array(9).fill('an'))
    expect(['1', '110', '1,100', '7', '100', '1980s'].map(numberArticle)).toEqual(Array(6).fill('a'))
    expect(numberArticle('1100')).toBeUndefined()
  })

  it('reads abbreviations as they are said', () => {
    const none = new Set<string>()
    expect(['MP', 'FBI', 'NHS', 'MPs', 'MP3', 'SUV', 'HR'].map((word) => articleFor(word, none))).toEqual(Array(7).fill('an'))
    expect(['NATO', 'UEFA', 'UN', 'UK', 'BBC', 'UFO'].map((word) => articleFor(word, none))).toEqual(Array(6).fill('a'))
    expect(articleFor('FELA', none)).toBeUndefined()
  })

  it('pins one full message', async () => {
    const file = await checkText('The plan had an negative effect.', only(id))
    expect(file.messages.map(pinned)).toEqual([
      {
        ruleId: id,
        source: 'copydesk',
        url: `https://github.com/copydesk/copydesk/blob/main/rules/${id}/readme.md`,
        actual: 'an',
        expected: ['a'],
        fatal: false,
        place: {start: {line: 1, column: 14, offset: 13}, end: {line: 1, column: 16, offset: 15}}
      }
    ])
    expect(file.messages[0]!.note).toBe('`negative` starts with a consonant sound when read aloud, so it takes `a`.')
  })
})
