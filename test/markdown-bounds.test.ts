/** Markdown read in time proportional to its length, however it nests or how many marks it holds. */
import type {Root as MdastRoot} from 'mdast'
import {toNlcst} from 'mdast-util-to-nlcst'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {markdownToNlcst} from '../src/engine/markdown-to-nlcst.js'
import {checkText} from './helpers.js'

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
