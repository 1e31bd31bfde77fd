/** The engine without the CLI: input checks, Markdown, positions, messages. */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {loadMarkdownSupport, parseDraft} from '../src/core/parse.js'
import {check, createProcessor} from '../src/core/processor.js'
import {loadResources} from '../src/node/resources.js'
import {checkText} from './helpers.js'
import {registry} from '../rules/index.js'

describe('engine', () => {
  it('refuses binary input with one fatal message', async () => {
    const file = await checkText('PK\u0000\u0003')
    expect(file.messages.map((message) => [message.reason, message.fatal, message.ruleId])).toEqual([['Cannot check binary file, expected a text draft', true, 'input']])
  })

  it('gives empty input one info notice and checks nothing', async () => {
    for (const text of ['', ' \n\t\n']) {
      for (const filePath of ['empty.txt', 'empty.md']) {
        const file = await checkText(text, {}, filePath)
        expect(file.messages.map((message) => [message.reason, message.fatal, message.ruleId])).toEqual([
          ['Unexpected empty draft, expected text: nothing was checked', undefined, 'input']
        ])
      }
    }
  })

  it('points at the first NUL', async () => {
    const file = await checkText('Fine line.\nBad \u0000 here.\n')
    expect([file.messages[0]!.line, file.messages[0]!.column]).toEqual([2, 5])
  })

  it('checks text holding a literal U+FFFD like any other (UTF-8 validity is decided from the bytes)', async () => {
    const file = await checkText('The minister said \uFFFD was printed.\n')
    expect(file.messages.filter((message) => message.ruleId === 'input')).toEqual([])
  })

  it('parses Markdown and skips code, HTML and front matter, with positions into the file', async () => {
    const text = '---\ntitle: teh\n---\n\n# Heading\n\n<div>teh</div>\n\nThe goverment `teh`.\n\n```\nteh\n```\n'
    const file = await checkText(text, {}, 'story.md')
    expect(file.messages.map((message) => [message.actual, message.line, message.column])).toEqual([['goverment', 9, 5]])
  })

  it('keeps messages in document order across rules', async () => {
    const file = await checkText('Vladmir met the goverment. Later Vladmir left.')
    expect(file.messages.map((message) => message.column)).toEqual([1, 17, 34])
  })

  it('reports an internal failure as a fatal message, not a crash', async () => {
    const processor = createProcessor({}, registry, () => Promise.reject(new Error('data missing')))
    const file = await check(processor, new VFile({path: 'a.txt', value: 'Some text.'}))
    expect(file.messages.map((message) => [message.reason, message.fatal])).toEqual([['data missing', true]])
  })

  it('leaves the stack trace limit of the process as it found it after making messages', async () => {
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 17
    try {
      const file = await checkText('Vladmir met the goverment. Later Vladmir left.')
      expect(file.messages).toHaveLength(3)
      expect(file.messages.every((message) => message.stack === '')).toBe(true)
      expect(Error.stackTraceLimit).toBe(17)
    } finally {
      Error.stackTraceLimit = limit
    }
  })

  it('runs no rule when all are off', async () => {
    const processor = createProcessor({rules: {spelling: 'off', 'name-spelling': 'off', 'name-consistency': 'off'}}, registry, loadResources)
    const file = await check(processor, new VFile({path: 'a.txt', value: 'The goverment.'}))
    expect(file.messages).toEqual([])
  })

  it('marks severity as fatal for error, not for warn, undefined for info', async () => {
    const levels = await Promise.all(
      (['error', 'warn', 'info'] as const).map(async (level) => (await checkText('The goverment.', {rules: {spelling: level}})).messages[0]!.fatal)
    )
    expect(levels).toEqual([true, false, undefined])
  })
})

describe('Markdown positions', () => {
  it('point into the file on continuation lines of block quotes and list items', async () => {
    const text = '> The minister said it.\n> Then teh minister left.\n\n- item one\n  continues teh line\n\nAn &amp; more teh.\n'
    await loadMarkdownSupport()
    const tree = parseDraft(text, new VFile({path: 'a.md', value: text}))
    const words: string[] = []
    const walk = (node: {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: unknown[]}): void => {
      if (node.type === 'WordNode') words.push(text.slice(node.position!.start.offset, node.position!.end.offset))
      else for (const child of (node.children ?? []) as Array<typeof node>) walk(child)
    }
    walk(tree as never)
    expect(words).toEqual(['The', 'minister', 'said', 'it', 'Then', 'teh', 'minister', 'left', 'item', 'one', 'continues', 'teh', 'line', 'An', 'more', 'teh'])
  })
})
