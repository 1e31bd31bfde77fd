/** Markdown parsed without GFM's literal autolinks where they cannot change the tree, to the tree remark-gfm gives. */
import fs from 'node:fs'
import path from 'node:path'
import type {Root as MdastRoot} from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import {gfmWithoutAutolinks, parseWithAutolinksWhereNeeded} from '../src/core/parse.js'

const full = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm).freeze()
// The parser copydesk uses where no literal autolink can change the tree (`loadMarkdownSupport`), so the
// cases below hold for the plugin that ships.
const lite = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(await gfmWithoutAutolinks()).freeze()

/** The tree and which parser made it. */
function parse(text: string): {tree: MdastRoot; parsers: string[]} {
  const parsers: string[] = []
  const tree = parseWithAutolinksWhereNeeded(
    text,
    (value) => {
      parsers.push('autolinks')
      return full.parse(value) as MdastRoot
    },
    (value) => {
      parsers.push('none')
      return lite.parse(value) as MdastRoot
    }
  )
  return {tree, parsers}
}

const cases: ReadonlyArray<string> = [
  'The council met on Tuesday.\n\nIt voted *twice*, with ~~one~~ two abstentions.[^1]\n\n[^1]: A note.\n',
  'Write to desk@example.com today.\n',
  'See www.example.com for more.\n',
  'Read it at https://example.org/report now.\n',
  'Read [the report](https://example.org/report) now.\n',
  'Read [the report](<https://example.org/a b>) and ![a map](http://example.org/map.png "Map").\n',
  'A label that is a link itself: [www.example.com](https://example.com).\n',
  'An escaped a\\@example.com and a reference a&#64;example.com.\n',
  'A reference [report] here.\n\n[report]: https://example.org/r\n',
  'No link follows ] (https://example.org/x) here.\n',
  'Brackets [only](https://example.org/x) and then mail@example.org.\n',
  '| Name | Mail |\n| - | - |\n| Ana | ana@example.org |\n',
  '- [ ] a task with [a link](https://example.org/t)\n- [x] done\n',
  '> Quoted [text](https://example.org/q)\n> and more text.\n',
  'Case: [LINK](HTTPS://EXAMPLE.ORG) and WWW.EXAMPLE.ORG\n',
  'Code `https://example.org` and <https://example.org/angle>.\n',
  '[link](https://example.org/\\@x) and [other](https://example.org/&amp;y).\n'
]

describe('parseWithAutolinksWhereNeeded', () => {
  it('gives the tree remark-gfm gives', () => {
    for (const text of cases) expect(parse(text).tree, text).toEqual(full.parse(text))
  })

  it('gives remark-gfm’s tree for every Markdown draft of the corpus', () => {
    const folder = path.join(import.meta.dirname, '..', 'corpus')
    for (const name of fs.readdirSync(folder, {recursive: true}) as string[]) {
      if (!name.endsWith('.md')) continue
      const text = fs.readFileSync(path.join(folder, name), 'utf8')
      expect(parse(text).tree, name).toEqual(full.parse(text))
    }
  })

  it('parses without autolinks when addresses stand only in link destinations', () => {
    expect(parse('Read [the report](https://example.org/report).\n').parsers).toEqual(['none'])
    expect(parse('No address here.\n').parsers).toEqual(['none'])
  })

  it('parses with autolinks at once when an address stands in the prose', () => {
    expect(parse('Write to desk@example.com today.\n').parsers).toEqual(['autolinks'])
    expect(parse('See www.example.com, [it](https://example.org).\n').parsers).toEqual(['autolinks'])
  })

  it('parses again with autolinks when an address after `](` is no destination, or a decoded text holds one', () => {
    expect(parse('No link opens here](https://example.org/x).\n').parsers).toEqual(['none', 'autolinks'])
    expect(parse('Mail a&#64;example.com.\n').parsers).toEqual(['none', 'autolinks'])
  })
})
