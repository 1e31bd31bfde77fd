import {describe, expect, it} from 'vitest'
import {checkText, fix, lint, only, pinned} from '../../test/helpers.js'

const id = 'vague-attribution'
const reason = (actual: string) => `Unexpected vague attribution \`${actual}\`, expected a named source`

describe(id, () => {
  it('pins one full message', async () => {
    const file = await checkText('Critics say the plan is too costly.\n', only(id))
    const message = file.messages[0]!
    expect(pinned(message)).toEqual({
      ruleId: id,
      source: 'copydesk',
      url: 'https://github.com/copydesk/copydesk/blob/main/rules/vague-attribution/readme.md',
      actual: 'Critics say',
      expected: [],
      fatal: false,
      place: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 12, offset: 11}}
    })
    expect(message.note).toMatch(/Say who/)
  })

  it('is off in the recommended preset and on in the strict one', async () => {
    const text = 'Critics say the plan is too costly.\n'
    expect((await checkText(text)).messages.filter((message) => message.ruleId === id)).toEqual([])
    expect((await checkText(text, {preset: 'strict'})).messages.map((message) => message.ruleId)).toContain(id)
  })

  const valid: string[] = [
    'The critics said the scheme was too expensive.',
    'Critics of the plan, including Senator Jane Roe, say it is too expensive.',
    'Critics say the scheme is too expensive. Jane Roe, who chairs the residents’ group, said it would double rents.',
    'Dozens of residents gathered. Some said they had lost everything.',
    'It was reported to police on Monday.',
    'It is expected to open in May.',
    'It was understood by everyone in the room.',
    'Her research shows that children learn better after breakfast.',
    'The district’s own research shows a drop in absences.',
    'These are generally accepted accounting principles.',
    'The app is widely used in schools.',
    'Young people say the bus service is too expensive.',
    'According to a report by the Met Office, rainfall doubled.',
    '“It is believed to be the oldest bell in the county,” said curator Ann Lee.'
  ]

  for (const text of valid) {
    it(`accepts: ${text.slice(0, 60)}`, async () => {
      expect(await lint(text, id)).toEqual([])
    })
  }

  const invalid: Array<{text: string; output: string[]}> = [
    {text: 'Some critics say the scheme is too expensive.', output: [`1:1-1:17: ${reason('Some critics say')}`]},
    {text: 'It is believed the gunman fled on foot.', output: [`1:1-1:15: ${reason('It is believed')}`]},
    {text: 'It is expected that the bill will pass.', output: [`1:1-1:15: ${reason('It is expected')}`]},
    {text: 'It has been reported that the mill will close.', output: [`1:1-1:21: ${reason('It has been reported')}`]},
    {text: 'It is understood the minister will resign.', output: [`1:1-1:17: ${reason('It is understood')}`]},
    {text: 'The bridge is widely seen as a symbol of the city.', output: [`1:12-1:29: ${reason('is widely seen as')}`]},
    {text: 'The painting is said to be worth millions.', output: [`1:14-1:24: ${reason('is said to')}`]},
    {text: 'Research shows that children learn better after breakfast.', output: [`1:1-1:15: ${reason('Research shows')}`]},
    {text: 'Studies have shown that the drug works.', output: [`1:1-1:19: ${reason('Studies have shown')}`]},
    {text: 'According to reports, the talks collapsed.', output: [`1:1-1:21: ${reason('According to reports')}`]},
    {text: 'Many people believe the mill is haunted.', output: [`1:1-1:20: ${reason('Many people believe')}`]},
    {text: 'Some would argue the club should have moved sooner.', output: [`1:1-1:17: ${reason('Some would argue')}`]},
    {text: 'People say the bakery is the best in town.', output: [`1:1-1:11: ${reason('People say')}`]},
    {text: 'Attendance, which critics had feared would fall, held up.', output: [`1:19-1:37: ${reason('critics had feared')}`]}
  ]

  for (const {text, output} of invalid) {
    it(`flags: ${text}`, async () => {
      expect(await lint(text, id)).toEqual(output)
      expect(await fix(text, id)).toBe(text)
    })
  }

  it('accepts the phrases in `allow`', async () => {
    expect(await lint('It is understood the minister will resign.', id, {allow: ['It is  understood']})).toEqual([])
  })
})
