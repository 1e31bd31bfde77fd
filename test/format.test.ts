/** How a draft is read: what its file says, else its extension. */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {registry} from '../rules/index.js'
import {isMarkdown} from '../src/core/format.js'
import {check, createProcessor} from '../src/core/processor.js'
import {loadResources} from '../src/node/resources.js'
import {checkText} from './helpers.js'

describe('isMarkdown', () => {
  it('reads .md, .markdown, .mdown and .mkd as Markdown, in any case', () => {
    for (const path of ['a.md', 'a.MARKDOWN', 'a.mdown', 'a.mkd']) expect(isMarkdown(new VFile({path})), path).toBe(true)
    for (const path of ['a.txt', 'a', 'a.md.txt']) expect(isMarkdown(new VFile({path})), path).toBe(false)
    expect(isMarkdown(new VFile('text'))).toBe(false)
  })

  it('follows the format the file declares over its extension', () => {
    expect(isMarkdown(new VFile({path: 'a.txt', data: {copydeskFormat: 'markdown'}}))).toBe(true)
    expect(isMarkdown(new VFile({path: 'a.md', data: {copydeskFormat: 'text'}}))).toBe(false)
    expect(isMarkdown(new VFile({value: 'text', data: {copydeskFormat: 'markdown'}}))).toBe(true)
  })

  it('reads a draft with no name as Markdown when it says so', async () => {
    const text = 'Code: `the the`.\n'
    expect((await checkText(text)).messages.map((message) => message.ruleId)).toEqual(['repeated-word'])
    const file = new VFile({value: text, data: {copydeskFormat: 'markdown'}})
    expect((await check(createProcessor({}, registry, loadResources), file)).messages).toEqual([])
  })
})
