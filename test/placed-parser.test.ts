/** The placed parser: parse-english's nodes, the same values at the same places, made in one pass. */
import {ParseEnglish} from 'parse-english'
import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {PlacedEnglish} from '../src/core/placed-parser.js'
import {rebase} from '../src/core/parse-in-pieces.js'
import {loadFormatSupport, parseDraft} from '../src/core/parse.js'
import {VFile} from 'vfile'

const texts = [
  '',
  'One line',
  'He said: “It’s over.” Then he left!\n\nNext paragraph -- with dashes — and U.S. and e.g. too.',
  'CRLF lines.\r\nNext.\r\n\r\nLast\r',
  'No stop here\n\nnext line \r\rthird\r\n\nfourth \r\n fifth\n \n\n',
  '\n\r\r\n\t\u000b\f\u0085\u00a0\u2028\u3000 spaces of every kind',
  'Emoji 😀😀 and a lone \ud800 surrogate, a lone \udc00 one, and ‰‰ marks $$$ &&& ...',
  'Café naïve ß e\u0301 1,000.50 #tag @name a/b x_y',
  'Letters beyond the first plane: 𝐀𝐁𝐂 𐌰𐌱 𠀀𠀁 and scripts: Δελφοί, Москва, नमस्ते, القاهرة, ירושלים, 東京, 서울.'
]

/** Random strings over characters of every kind parse-latin tells apart. */
function randomTexts(count: number): string[] {
  const alphabet = ['a', 'B', ' ', '\n', '\r', '\r\n', '\t', '.', '!', '?', '"', '“', '’', "'", '-', '—', '…', 'é', '😀', '\ud800', '1', '$', '&', '/', '\u00a0', '\u0300', 'Mr.', 'U.S.', ',', '(']
  let seed = 11
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const result: string[] = []
  for (let index = 0; index < count; index++) {
    let text = ''
    const length = 1 + Math.floor(next() * 120)
    for (let at = 0; at < length; at++) text += alphabet[Math.floor(next() * alphabet.length)]
    result.push(text)
  }
  return result
}

describe('PlacedEnglish', () => {
  it('gives the tree parse-english gives', () => {
    for (const text of [...texts, ...randomTexts(500)]) {
      expect(new PlacedEnglish().parse(text)).toEqual(new ParseEnglish().parse(text))
    }
  })

  it('places the nodes at an origin as moving them there afterwards does', () => {
    const origin = {line: 3, column: 7, offset: 40}
    for (const text of [...texts, ...randomTexts(300)]) {
      const moved: Root = new ParseEnglish().parse(text)
      rebase(moved.children, origin, text.length)
      expect(new PlacedEnglish().parseAt(text, origin).children).toEqual(moved.children)
    }
  })

  it('parses at 1:1 again after a parse at an origin', () => {
    const parser = new PlacedEnglish()
    parser.parseAt('Moved text.', {line: 2, column: 1, offset: 10})
    expect(parser.parse('Moved text.')).toEqual(new ParseEnglish().parse('Moved text.'))
  })

  it('shares a node’s end point with the next node’s start, and a word’s points with its text', () => {
    const [sentence] = (new PlacedEnglish().parse('One two.').children[0] as Root['children'][number] & {children: any[]}).children
    const [one, space, two] = sentence.children
    expect(one.position.end).toBe(space.position.start)
    expect(space.position.end).toBe(two.position.start)
    expect(one.children[0].position.start).toBe(one.position.start)
    expect(one.children[0].position.end).toBe(one.position.end)
  })

  it('ends no sentence at a plural title’s stop before a name, as parse-english ends none at `Mrs.`', () => {
    // parse-english's list has `Mrs.` and `Messrs.` but not `Drs.`, `Sens.` or `Reps.`: the same tree but for the letters.
    for (const [plural, singular] of [['Drs', 'Mrs'], ['Sens', 'Mmes'], ['Reps', 'Mmes']]) {
      const text = `It was described by ${plural}. Howry and Klein.\n\n${plural}. Howry and Klein agreed.`
      const expected = JSON.stringify(new ParseEnglish().parse(text.replaceAll(plural, singular))).replaceAll(`"${singular}"`, `"${plural}"`)
      expect(JSON.stringify(new PlacedEnglish().parse(text))).toEqual(expected)
    }
    // Before a sentence's opener, or lower case, the stop ends the sentence.
    const sentences = (text: string) => (new PlacedEnglish().parse(text).children[0] as any).children.filter((node: any) => node.type === 'SentenceNode').length
    expect(sentences('He did ten reps. Then he rested.')).toBe(2)
    expect(sentences('The panel heard the Reps. The vote came later.')).toBe(2)
    expect(sentences('The panel heard Reps. Ruiz and Lee.')).toBe(1)
    expect(sentences('Govs. Smith and Jones met. Then Drs. Howry and Klein spoke.')).toBe(2)
    // After `the`, a team or a house ends the sentence (`the Sens.`), and so does a mark between the stop and the name.
    expect(sentences('Ottawa lost to the Sens. Brady Tkachuk scored twice.')).toBe(2)
    expect(sentences('The bill passed the Reps. Senators voted next.')).toBe(2)
    expect(sentences('“We thank Drs.” Klein left.')).toBe(2)
    expect(sentences('It was the Sens. lost.')).toBe(1)
  })

  it('splits a plural title’s paragraph alike in plain text, Markdown and HTML (tree-formats.ts)', async () => {
    const prose = 'It was described by Drs. Howry and Klein. Then Govs. Smith and Jones met the Reps. Ruiz left.'
    const split = async (path: string, text: string) => {
      const file = new VFile({path, value: text})
      await loadFormatSupport(path.endsWith('.html') ? 'html' : path.endsWith('.md') ? 'markdown' : 'text')
      const sentences: string[] = []
      const visit = (node: any) => {
        if (node.type === 'SentenceNode') sentences.push(text.slice(node.position.start.offset, node.position.end.offset))
        else for (const child of node.children ?? []) visit(child)
      }
      visit(parseDraft(text, file))
      return sentences
    }
    const expected = ['It was described by Drs. Howry and Klein.', 'Then Govs. Smith and Jones met the Reps.', 'Ruiz left.']
    expect(await split('draft.txt', prose + '\n')).toEqual(expected)
    expect(await split('draft.md', prose + '\n')).toEqual(expected)
    expect(await split('draft.html', `<html><body><p>${prose}</p></body></html>\n`)).toEqual(expected)
  })
})
