/**
 * Words that name a property every JavaScript object has (`constructor`,
 * `toString`, `__proto__`) must be read as words by every rule: a lookup
 * in a plain object answers them with a function, which once made a rule
 * or the tagger throw and lose the whole draft's findings.
 */
import {describe, expect, it} from 'vitest'
import {checkText} from './helpers.js'

const keys = [...Object.getOwnPropertyNames(Object.prototype), 'prototype', 'length', 'name']

/** One paragraph putting `key` where each kind of rule looks: names, quotations, hyphens, plurals, repeats, a glued stop. */
function paragraph(key: string): string {
  const title = key[0]!.toUpperCase() + key.slice(1)
  return [
    `${title} said the ${key} was ready.`,
    `The ${key} ${key} went home with ${title}s and the ${key}s.`,
    `“We like the ${key},” ${title} said, “and the ${key}-led plan.”`,
    `She said it was ${key}.Then ${title} ${title} met ${title}son's ${key}-${key} crew there ${key}.`
  ].join(' ')
}

describe('words named like object properties', () => {
  for (const [format, path] of [
    ['plain text', 'draft.txt'],
    ['Markdown', 'draft.md']
  ] as const) {
    it(`are checked as words in ${format}, with no rule failing`, async () => {
      const text = keys.map((key) => paragraph(key)).join('\n\n') + '\n'
      const file = await checkText(text, {}, path)
      const failures = file.messages.filter((message) => message.fatal === true || message.ruleId === 'input')
      expect(failures.map((message) => message.reason)).toEqual([])
      // The draft was really checked: its planted repeats and glued stops are found.
      const found = new Set(file.messages.map((message) => message.ruleId))
      expect(found).toContain('repeated-word')
      expect(found).toContain('missing-space')
    })
  }
})
