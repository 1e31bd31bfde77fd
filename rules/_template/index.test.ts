import {describe, expect, it} from 'vitest'
import {fix, lint, only, checkText, pinned} from '../../test/helpers.js'

const id = 'RULE_ID'

const valid: ReadonlyArray<string> = ['The council will vote now.', 'In order, the members spoke.']

const invalid: ReadonlyArray<{text: string; output: string[]; fixed?: string}> = [
  {
    text: 'In order to win, they spoke.',
    output: ['1:1-1:12: Unexpected `In order to`, expected `To`'],
    fixed: 'To win, they spoke.'
  }
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

  it('leaves out phrases the house style allows', async () => {
    expect(await lint('In order to win, they spoke.', id, {allow: ['in order to']})).toEqual([])
  })

  it('pins one full message', async () => {
    const file = await checkText('We met in order to talk.', only(id))
    expect(file.messages.map(pinned)).toEqual([
      {
        ruleId: id,
        source: 'copydesk',
        url: `https://github.com/copydesk/copydesk/blob/main/rules/${id}/readme.md`,
        actual: 'in order to',
        expected: ['to'],
        fatal: false,
        place: {start: {line: 1, column: 8, offset: 7}, end: {line: 1, column: 19, offset: 18}}
      }
    ])
  })
})
