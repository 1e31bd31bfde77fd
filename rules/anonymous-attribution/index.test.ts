import {describe, expect, it} from 'vitest'
import {checkText, fix, lint, only, pinned} from '../../test/helpers.js'

const id = 'anonymous-attribution'
const reason = (actual: string) => `Unexpected anonymous source \`${actual}\`, expected a named source`
const grant = (actual: string) => `Unexpected anonymous attribution \`${actual}\`, expected a named source`

describe(id, () => {
  it('pins one full message', async () => {
    const file = await checkText('Sources said the deal was close.\n', only(id))
    const message = file.messages[0]!
    expect(pinned(message)).toEqual({
      ruleId: id,
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/anonymous-attribution/readme.md',
      actual: 'Sources said',
      expected: [],
      fatal: false,
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 13, offset: 12}}
    })
    expect(message.note).toMatch(/why anonymity was granted/)
  })

  it('is off in the recommended preset and on in the strict one', async () => {
    const text = 'Sources said the deal was close.\n'
    expect((await checkText(text)).messages.filter((message) => message.ruleId === id)).toEqual([])
    expect((await checkText(text, {preset: 'strict'})).messages.map((message) => message.ruleId)).toContain(id)
  })

  const valid: string[] = [
    'Solar and wind are growing sources of energy, the report said.',
    'The company sources its cotton from Egypt, a spokesman said.',
    'The main source of the leak was a cracked pipe, engineers said.',
    'Journalists must protect their sources, the editor said.',
    'The software is open-source, its developers said.',
    'Officials said the road would reopen on Monday.',
    'The insider trading case was dropped, prosecutors said.',
    'The source code was published online.',
    'A source of pride for the town, the bridge reopened on Sunday.',
    'Water sources in the valley were contaminated, officials said.',
    'People in the camps said they needed blankets.',
    '“Sources said it was over,” Jane Roe joked.'
  ]

  for (const text of valid) {
    it(`accepts: ${text.slice(0, 60)}`, async () => {
      expect(await lint(text, id)).toEqual([])
    })
  }

  const invalid: Array<{text: string; output: string[]}> = [
    {text: 'Sources said the deal was close.', output: [`1:1-1:13: ${reason('Sources said')}`]},
    {text: 'A senior government source said the deal was close.', output: [`1:1-1:32: ${reason('A senior government source said')}`]},
    {
      text: 'The deal was close, according to two people familiar with the talks.',
      output: [`1:34-1:68: ${reason('two people familiar with the talks')}`]
    },
    {
      text: 'Sources close to the prime minister said she would not resign.',
      output: [`1:1-1:41: ${reason('Sources close to the prime minister said')}`]
    },
    {text: 'A Downing Street source told the BBC the vote would go ahead.', output: [`1:1-1:29: ${reason('A Downing Street source told')}`]},
    {text: 'Insiders say the club will sell its star striker.', output: [`1:1-1:13: ${reason('Insiders say')}`]},
    {text: 'An unnamed official said the deal was close.', output: [`1:1-1:25: ${reason('An unnamed official said')}`]},
    {
      text: 'An official, who spoke on condition of anonymity, said the deal was close.',
      output: [`1:24-1:49: ${grant('on condition of anonymity')}`]
    },
    {
      text: 'One producer, who asked not to be named, said output fell.',
      output: [`1:19-1:40: ${grant('asked not to be named')}`]
    }
  ]

  for (const {text, output} of invalid) {
    it(`flags: ${text}`, async () => {
      expect(await lint(text, id)).toEqual(output)
      expect(await fix(text, id)).toBe(text)
    })
  }
})
