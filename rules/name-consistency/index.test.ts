import {describe, expect, it} from 'vitest'
import {growth} from '../../test/growth.js'
import {checkText, lint, only} from '../../test/helpers.js'
import {distinctNames, ruleOnly} from '../../test/rule-growth.js'

const peskov = 'Peskov said yes. Later Peskov said no. Peskov left. Peskow returned.'

describe('name-consistency', () => {
  it('pins one full message, with the cause', async () => {
    const file = await checkText(peskov, only('name-consistency'))
    const message = file.messages[0]!
    expect({
      ruleId: message.ruleId,
      actual: message.actual,
      expected: message.expected,
      cause: (message as {cause?: unknown}).cause,
      place: message.place
    }).toEqual({
      ruleId: 'name-consistency',
      actual: 'Peskow',
      expected: ['Peskov'],
      cause: 'First spelled `Peskov` at 1:1',
      place: {start: {line: 1, column: 53, offset: 52}, end: {line: 1, column: 59, offset: 58}}
    })
  })

  it('needs the majority form at least twice', async () => {
    expect(await lint('Hamad met Hamed.', 'name-consistency')).toEqual([])
  })

  it('skips gendered and plural endings', async () => {
    expect(await lint('Peskov and Peskova. Peskov again. Peskov once more.', 'name-consistency')).toEqual([])
  })

  it('skips two known names', async () => {
    expect(await lint('Johnson, Johnson and Johnston.', 'name-consistency')).toEqual([])
  })

  it('counts possessives with their name', async () => {
    expect(await lint('Peskov’s aide. Peskov’s car. Peskow spoke.', 'name-consistency')).toEqual([
      '1:30-1:36: Unexpected spelling `Peskow` (1×), expected `Peskov` as elsewhere in the draft (2×)'
    ])
  })

  it('reports a slip of a name the draft spells right elsewhere, and name-spelling leaves it', async () => {
    const text = 'Vladimir spoke. Vladimir left. Vladmir returned.'
    const both = await checkText(text, {rules: {spelling: 'off'}})
    expect(both.messages.map((message) => message.ruleId)).toEqual(['name-consistency'])
    expect(await lint(text, 'name-spelling')).toHaveLength(1)
  })

  it('defers to name-spelling for a slip of a well-known name the draft does not spell', async () => {
    const text = 'Vladmir spoke. Vladmir left.'
    const both = await checkText(text, {rules: {spelling: 'off'}})
    expect(both.messages.map((message) => message.ruleId)).toEqual(['name-spelling', 'name-spelling'])
  })
})

describe('name-consistency on many names', () => {
  it('grows linearly with the number of distinct names', async () => {
    const run = await ruleOnly('name-consistency')
    expect(growth(distinctNames, run, 500)).toBeLessThan(24)
  })
})
