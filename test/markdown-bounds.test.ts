/** Markdown read in time proportional to its length, however it nests or how many marks it holds. */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type {Root as MdastRoot} from 'mdast'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {maxInlineMarks, maxNestingDepth} from '../src/core/limits.js'
import {flattenNesting, markdownBlocks} from '../src/core/markdown-guard.js'
import {markdownToNlcst} from '../src/core/markdown-to-nlcst.js'
import {loadMarkdownSupport, parseDraft} from '../src/core/parse.js'
import {growth} from './growth.js'
import {checkText} from './helpers.js'
import {runCli} from './run-cli.js'

const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)
const bridgeOptions = {ignore: ['code', 'html', 'yaml', 'toml', 'definition', 'footnoteDefinition'], source: ['inlineCode']}

/** A draft with every kind of node the bridge meets; each block starts with a capital. */
const everything = `---
title: A draft
---

# The heading with \`code\`

A paragraph with *emphasis*, **strong**, ~~struck~~, [a link](https://example.org "Title"),
an ![image alt text](x.png), a [reference][ref], a hard break  
and a footnote.[^1] It ends here.

> A quote with two lines
> and a second paragraph.
>
> - A list inside it.

- First item.
- Second item with
  a continuation.

1. Ordered, *emphasised*.

| A table | Cell |
| - | - |
| Left | Right |

\`\`\`js
const code = 'not prose'
\`\`\`

<div>Some html</div>

    Indented code.

[ref]: https://example.org
[^1]: The footnote text.
`

describe('markdownToNlcst', () => {
  it('gives the tree mdast-util-to-nlcst gives', () => {
    const tree = remark.parse(everything) as MdastRoot
    const expected = toNlcst(structuredClone(tree), new VFile(everything), ParseEnglish, bridgeOptions)
    expect(markdownToNlcst(tree, everything, new ParseEnglish(), bridgeOptions)).toEqual(expected)
  })

  it('keeps a block’s last full stop whatever block follows', () => {
    // mdast-util-to-nlcst ran parse-latin over the whole draft, which merged
    // `end.` into one word when the next block starts in lower case.
    const words = (text: string) => {
      const tree = markdownToNlcst(remark.parse(text) as MdastRoot, text, new ParseEnglish(), bridgeOptions)
      const paragraph = tree.children[0]!
      return paragraph.type === 'ParagraphNode' ? paragraph.children[0]!.type : ''
    }
    const first = (text: string) => markdownToNlcst(remark.parse(text) as MdastRoot, text, new ParseEnglish(), bridgeOptions).children[0]
    expect(first('The end.\n\n- lower case item')).toEqual(first('The end.\n\n- Capital item'))
    expect(words('The end.')).toBe('SentenceNode')
  })

  it('checks a block of 200,000 tokens without running out of stack', async () => {
    const text = 'a, '.repeat(70_000) + 'the goverment.\n'
    const file = await checkText(text, {}, 'long.md')
    expect(file.messages.map((message) => [message.actual, message.fatal])).toEqual([['goverment', false]])
  })
})

describe('flattenNesting', () => {
  it('leaves ordinary nesting alone', () => {
    const text = '> A quote\n> > nested\n\n- a\n  - b\n    - c\n\n* * *\n\n- - -\n'
    expect(flattenNesting(text)).toEqual({text, depth: 0, offset: -1})
  })

  it('reads block quote and list markers past the limit as no-break spaces, the same length', () => {
    const quotes = '>'.repeat(40) + ' The goverment.\n'
    const flat = flattenNesting(quotes)
    expect(flat.text).toHaveLength(quotes.length)
    expect(flat.text.slice(0, maxNestingDepth)).toBe('>'.repeat(maxNestingDepth))
    expect(flat.text.slice(maxNestingDepth, 40)).toBe('\u00A0'.repeat(40 - maxNestingDepth))
    expect(flat).toMatchObject({depth: 40, offset: maxNestingDepth})

    const list = Array.from({length: 40}, (_, level) => '  '.repeat(level) + '- item').join('\n')
    expect(flattenNesting(list).depth).toBe(40)
    expect(flattenNesting('- '.repeat(40) + 'item').depth).toBe(40)
  })

  it('reads the markers of a block quote continued past the limit as text too', () => {
    for (const indent of ['', ' ']) {
      const text = '>'.repeat(40) + ' The goverment.\n' + indent + '>'.repeat(40) + ' It spoke.\n'
      const flat = flattenNesting(text)
      const second = flat.text.slice(text.indexOf('\n') + 1 + indent.length)
      expect(second.slice(0, maxNestingDepth)).toBe('>'.repeat(maxNestingDepth))
      expect(second.slice(maxNestingDepth, 40)).toBe('\u00A0'.repeat(40 - maxNestingDepth))
    }
  })
})

describe('markdownBlocks', () => {
  it('splits where a top-level block must start, never inside code, HTML or front matter', () => {
    const text = '---\na: 1\n\nb: 2\n---\n\nOne.\n\n```\ncode\n\nmore\n```\n\n<!-- a\n\nb -->\n\nTwo.\n  still two.\n\n- Three.\n\n  Three too.\n'
    const starts = markdownBlocks(text).map((block) => text.slice(block.start, block.start + 5))
    expect(starts).toEqual(['---\na', 'One.\n', '```\nc', '<!-- ', 'Two.\n', '- Thr'])
  })

  it('counts inline marks outside fenced code', () => {
    expect(markdownBlocks('A [b](c) *d* _e_ ~f~\n\n```\n[[[[\n```\n').map((block) => block.marks)).toEqual([8, 0])
  })
})

describe('Markdown drafts', () => {
  it('are checked past nesting beyond 32 levels, with a notice', async () => {
    const text = '>'.repeat(100_000) + ' The goverment spoke.\n\n' + '- '.repeat(10_000) + 'The minisyer left.\n'
    const file = await checkText(text, {}, 'deep.md')
    expect(file.messages.map((message) => [message.ruleId, message.actual ?? message.reason, message.fatal])).toEqual([
      ['input', `Unexpected Markdown nested 100000 levels deep, expected at most ${maxNestingDepth}: deeper levels are read as plain text`, undefined],
      ['spelling', 'goverment', false],
      ['spelling', 'minisyer', false]
    ])
  })

  it('are checked when a block quote nested thousands deep goes on over more lines', async () => {
    const deep = '>'.repeat(20_000)
    const file = await checkText(`${deep} The goverment spoke.\n ${deep} The minisyer left.\n`, {}, 'deep.md')
    expect(file.messages.map((message) => [message.ruleId, message.actual ?? message.reason, message.fatal])).toEqual([
      ['input', `Unexpected Markdown nested 20000 levels deep, expected at most ${maxNestingDepth}: deeper levels are read as plain text`, undefined],
      ['spelling', 'goverment', false],
      ['spelling', 'minisyer', false]
    ])
  })

  it('read a block with too many inline marks as plain text, with a notice', async () => {
    const text = 'The `codee` stays code.\n\n' + '[a]('.repeat(30_000) + ' The goverment.\n\nAnother `codee` here.\n'
    const file = await checkText(text, {}, 'marks.md')
    expect(file.messages.map((message) => [message.ruleId, message.actual ?? message.reason])).toEqual([
      ['input', `Unexpected 60000 Markdown marks in one block, expected at most ${maxInlineMarks}: the block is read as plain text`],
      ['spelling', 'goverment']
    ])
    expect(file.messages[0]!.line).toBe(3)
  })

  it('keep positions in the draft around plain-text blocks', async () => {
    await loadMarkdownSupport()
    const text = 'First `x`.\n\n' + '*'.repeat(300) + ' Middle.\n\n> Last *one*.\n'
    const tree = parseDraft(text, new VFile({path: 'a.md', value: text}))
    const words: string[] = []
    const walk = (node: {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: unknown[]}): void => {
      if (node.type === 'WordNode') words.push(text.slice(node.position!.start.offset, node.position!.end.offset))
      else for (const child of (node.children ?? []) as Array<typeof node>) walk(child)
    }
    walk(tree as never)
    expect(words).toEqual(['First', 'Middle', 'Last', 'one'])
  })

  it('grow linearly on nesting and mark patterns remark takes the square of', async () => {
    await loadMarkdownSupport()
    const parse = (text: string) => void parseDraft(text, new VFile({path: 'a.md', value: text}))
    const drafts = [
      (size: number) => '>'.repeat(size) + ' x\n',
      (size: number) => '- '.repeat(size / 2) + 'x\n',
      (size: number) => Array.from({length: Math.sqrt(size)}, (_, level) => '  '.repeat(level) + '- x').join('\n'),
      (size: number) => '[a]('.repeat(size / 4) + '\n',
      (size: number) => '!['.repeat(size / 6) + 'a' + '](x)'.repeat(size / 6) + '\n',
      (size: number) => 'a~'.repeat(size / 2) + '\n'
    ]
    for (const make of drafts) expect(growth(make, parse, 8_000)).toBeLessThan(24)
  })

  it('give the same findings alone and in a folder checked by worker threads', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nesting-'))
    try {
      const deep = '>'.repeat(5_000) + ' The goverment spoke.\n'
      fs.writeFileSync(path.join(folder, 'deep.md'), deep)
      for (let index = 0; index < 12; index++) fs.writeFileSync(path.join(folder, `other-${index}.txt`), 'The minister spoke.\n')
      const alone = runCli(['--format', 'json', 'deep.md'], {cwd: folder})
      const pooled = runCli(['--format', 'json', '--jobs', '2', '.'], {cwd: folder})
      const findings = (stdout: string) =>
        (JSON.parse(stdout) as Array<{path: string; messages: Array<{reason: string}>}>)
          .filter((entry) => entry.path.endsWith('deep.md'))
          .map((entry) => entry.messages.map((message) => message.reason))
      expect(findings(alone.stdout)).toEqual(findings(pooled.stdout))
      expect(findings(alone.stdout)[0]).toHaveLength(2)
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })
})
