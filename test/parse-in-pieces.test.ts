/** Plain text parsed a paragraph at a time: the same tree as a whole parse, in linear time. */
import fs from 'node:fs'
import path from 'node:path'
import {ParseEnglish} from 'parse-english'
import {describe, expect, it} from 'vitest'
import {breakSentencesAtLineEnds, parsePlain, usesLineParagraphs} from '../src/core/parse.js'
import {growth} from './growth.js'

/** The tree parse-english gives for the whole text at once. */
function wholeParse(text: string) {
  const parser = new ParseEnglish()
  if (usesLineParagraphs(text)) parser.tokenizeParagraphPlugins.unshift(breakSentencesAtLineEnds)
  return parser.parse(text)
}

const corpus = path.join(import.meta.dirname, '..', 'corpus')
/** The corpus's plain-text drafts. */
const drafts = fs
  .readdirSync(corpus, {recursive: true, encoding: 'utf8'})
  .filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
  .map((name) => fs.readFileSync(path.join(corpus, name), 'utf8'))

const edgeCases = [
  '',
  ' ',
  '\n\n',
  'One line',
  'First sentence.\nSecond sentence.\n\nThird one here',
  '\n\n  Indented start.\n\n\n\tTabbed.  \n \n',
  'CRLF paragraphs.\r\n\r\nNext one.\r\nSoft wrap.\r\n',
  'Lone CR.\r\rNext.\rLine.',
  'A break with a no-break space.\n\u00A0\nStill the same paragraph.',
  'Mr.\n\nSmith arrived.\n\n---\n\n“Quoted,” he said.\n\n— an aside',
  'headline without stop\nfirst line of body\nsecond line',
  'a\n\n'.repeat(20),
  'a\n'.repeat(20),
  // Line breaks beside other white space (a run is read whole), and a paragraph longer than the text before it.
  'Hi.\n\nA second paragraph far longer than the first.\u2028Same one.\n\u3000\nStill.\u00A0\n\n\u2003Next.\r\n \r\nLast.'
]

describe('parsePlain', () => {
  it('gives the tree a whole parse gives, on the corpus and on edge cases', () => {
    for (const text of [...drafts, ...edgeCases]) expect(parsePlain(text)).toEqual(wholeParse(text))
    expect(drafts.length).toBeGreaterThan(5)
  })

  it('gives a paragraph the same tree whatever paragraph follows it', () => {
    // A whole parse merged the full stop into `ended` when the next paragraph starts in lower case.
    const first = (text: string) => parsePlain(text).children[0]
    expect(first('It ended.\n\nnext one')).toEqual(first('It ended.\n\nNext one'))
    expect(first('It ended.\n\nnext one')).toEqual(first('It ended.'))
  })

  it('keeps marks after a paragraph’s last full stop in its last sentence', () => {
    // A whole parse made `***` a sentence of its own; parse-latin merges a
    // sentence with no words into the one before when it parses the paragraph alone.
    const tree = parsePlain('It ended. ***\n\nNext.')
    const sentences = tree.children[0]!.type === 'ParagraphNode' ? tree.children[0].children.filter((node) => node.type === 'SentenceNode') : []
    expect(sentences).toHaveLength(1)
  })

  it('cuts a paragraph longer than 4,096 characters after sentence ends and gives the same tree', () => {
    // Every paragraph of the plain-text corpus run together.
    const paragraph = drafts.map((text) => text.trim().split(/\s*\n\s*\n\s*/).join(' ')).join(' ')
    expect(paragraph.length).toBeGreaterThan(4 * 4096)
    expect(parsePlain(paragraph)).toEqual(wholeParse(paragraph))
  })

  it('grows linearly on drafts parse-latin alone takes the square of', () => {
    const drafts = [
      (size: number) => 'a\n\n'.repeat(size / 3),
      (size: number) => 'x. '.repeat(size / 3),
      (size: number) => 'Mr. '.repeat(size / 4)
    ]
    for (const make of drafts) expect(growth(make, (text) => parsePlain(text), 16_000)).toBeLessThan(24)
  })
})
