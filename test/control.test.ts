/**
 * Control comments (`<!-- copydesk disable|enable|ignore RULE… -->`) in
 * every format, on drafts checked whole and in chunks.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {chunkLength} from '../src/core/limits.js'
import {registry} from '../rules/index.js'

const rules_ = registry.rules.map((rule) => rule.meta.id)

/** `ruleId line` of each finding. */
async function found(text: string, path: string): Promise<string[]> {
  const file = await lint(text, {path})
  return file.messages.map((message) => `${message.ruleId} ${message.line}`)
}

describe('control comments', () => {
  it('disable, enable and ignore findings in Markdown, for one rule or all', async () => {
    const markdown = [
      'The goverment said it.', // 1
      '',
      '<!-- copydesk disable spelling -->', // 3
      '',
      'The goverment said the the talks.', // 5: spelling off, repeated-word on
      '',
      '<!-- copydesk enable spelling -->', // 7
      '',
      'The goverment again.', // 9
      '',
      '<!-- copydesk ignore -->', // 11
      'The goverment ignored the the block.', // 12: the next block, every rule
      '',
      'The goverment after.', // 14
      ''
    ].join('\n')
    expect(await found(markdown, 'story.md')).toEqual(['spelling 1', 'repeated-word 5', 'spelling 9', 'spelling 14'])
  })

  it('leaves a comment in a code block alone', async () => {
    const markdown = '```html\n<!-- copydesk disable -->\n```\n\nThe goverment said it.\n'
    expect(await found(markdown, 'story.md')).toEqual(['spelling 5'])
  })

  it('work in HTML, in MDX as a comment expression, and alone on a line of plain text', async () => {
    const html = '<p>The goverment said it.</p>\n<!-- copydesk ignore -->\n<p>The goverment ignored.</p>\n<p>The goverment after.</p>\n'
    expect(await found(html, 'page.html')).toEqual(['spelling 1', 'spelling 4'])
    const mdx = 'The goverment said it.\n\n{/* copydesk ignore spelling */}\n\nThe goverment ignored.\n\nThe goverment after.\n'
    expect(await found(mdx, 'story.mdx')).toEqual(['spelling 1', 'spelling 7'])
    const text = 'The goverment said it.\n\n<!-- copydesk ignore spelling -->\nThe goverment ignored,\nover two lines.\n\nThe goverment after.\n'
    expect(await found(text, 'story.txt')).toEqual(['spelling 1', 'spelling 7'])
  })

  it('in plain text with a paragraph per line, ignore covers the next line only, and the comment is not prose', async () => {
    const text = 'Talks fail\n<!-- copydesk ignore -->\nThe goverment ignored.\nThe goverment after.\n'
    expect(await found(text, 'story.txt')).toEqual(['spelling 4'])
    expect(await found('<!-- copydesk disable repeated-word -->\nThe the talks.\n', 'story.txt')).toEqual([])
  })

  it('name an unknown rule id or word with a warning, and switch nothing off for it', async () => {
    const markdown = '<!-- copydesk disable speling -->\n\n<!-- copydesk mute -->\n\nThe goverment said it.\n'
    const file = await lint(markdown, {path: 'story.md'})
    expect(file.messages.map((message) => [message.ruleId, message.line, message.fatal, message.reason])).toEqual([
      ['input', 1, false, 'Unexpected unknown rule `speling` in a `copydesk disable` comment, expected `spelling`'],
      ['input', 3, false, 'Unexpected `mute` in a `copydesk` comment, expected `disable`, `enable` or `ignore`'],
      ['spelling', 5, false, 'Unexpected unknown word `goverment`, expected `government`']
    ])
  })

  it('apply across the chunks of a long draft as in a whole one', async () => {
    // One cheap rule, so the test stays quick: the comments switch `repeated-word` off and on.
    const rules = Object.fromEntries(rules_.map((id) => [id, id === 'repeated-word' ? 'warn' : 'off']))
    const paragraph = 'The council met on Tuesday and agreed the budget for the year ahead.\n\n'
    const filler = paragraph.repeat(Math.ceil((chunkLength * 1.2) / paragraph.length))
    const markdown = 'The the start.\n\n<!-- copydesk disable repeated-word -->\n\n' + filler + 'The the middle.\n\n<!-- copydesk enable repeated-word -->\n\nThe the end.\n'
    const lines = markdown.split('\n').length
    expect(markdown.length).toBeGreaterThan(chunkLength)
    const inMarkdown = await lint(markdown, {path: 'long.md', dialect: 'en-US', rules})
    expect(inMarkdown.messages.map((message) => `${message.ruleId} ${message.line}`)).toEqual(['repeated-word 1', `repeated-word ${lines - 1}`])
    const html = '<p>The the start.</p>\n<!-- copydesk disable repeated-word -->\n' + filler.replace(/(.+)\n\n/g, '<p>$1</p>\n') + '<p>The the end.</p>\n'
    expect(html.length).toBeGreaterThan(chunkLength)
    const inHtml = await lint(html, {path: 'long.html', dialect: 'en-US', rules})
    expect(inHtml.messages.map((message) => `${message.ruleId} ${message.line}`)).toEqual(['repeated-word 1'])
  })
})
