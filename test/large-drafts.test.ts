/** Drafts longer than a chunk: checked chunk by chunk, with the findings of a whole check. */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {draftUnits, planChunks} from '../src/core/chunks.js'
import {chunkContextLength, chunkLength, maxChunkParagraphs, maxFindingsPerRule} from '../src/core/limits.js'
import {isChunked, isMarkdown, loadMarkdownSupport, parseDraft, parseRange, readingNotes, usesLineParagraphs} from '../src/core/parse.js'
import {check, createProcessor} from '../src/core/processor.js'
import {loadResources} from '../src/node/resources.js'
import {checkText} from './helpers.js'
import {registry} from '../rules/index.js'

const corpus = path.join(import.meta.dirname, '..', 'corpus')

/** Corpus drafts of one kind (`.txt` or `.md`, front matter dropped) run together until `size` characters. */
function corpusText(extension: string, size: number): string {
  const names = fs
    .readdirSync(corpus, {recursive: true, encoding: 'utf8'})
    .filter((name) => name.endsWith(extension) && !name.endsWith('.expected.txt') && !name.endsWith('README.md') && !name.startsWith('en-GB'))
    .sort()
  const parts: string[] = []
  let length = 0
  for (let index = 0; length < size; index++) {
    const text = fs.readFileSync(path.join(corpus, names[index % names.length]!), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '').trim()
    parts.push(text)
    length += text.length + 2
  }
  return parts.join('\n\n') + '\n'
}

const format = (message: VFile['messages'][number]) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`

/** The findings of a chunked check and of a check of the whole tree at once. */
async function bothWays(text: string, filePath: string): Promise<{chunked: string[]; whole: string[]}> {
  await loadMarkdownSupport()
  const processor = createProcessor({}, registry, loadResources)
  const chunkedFile = await check(processor, new VFile({path: filePath, value: text}))
  const wholeFile = new VFile({path: filePath, value: text})
  const mode = {markdown: isMarkdown(wholeFile), lineParagraphs: usesLineParagraphs(text)}
  const tree = parseRange(text, wholeFile, {start: 0, end: text.length}, mode, readingNotes())
  await processor.run(tree, wholeFile)
  return {chunked: chunkedFile.messages.map(format), whole: wholeFile.messages.map(format)}
}

describe('large drafts', () => {
  it.each([
    ['.txt', 'long.txt'],
    ['.md', 'long.md']
  ] as const)('are checked in chunks, with the findings of a whole check (%s)', async (extension, filePath) => {
    const text = corpusText(extension, 2.5 * chunkLength)
    expect(isChunked(parseDraft(text, new VFile({path: filePath, value: text})))).toBe(true)
    const {chunked, whole} = await bothWays(text, filePath)
    expect(chunked.length).toBeGreaterThan(50)
    expect(chunked).toEqual(whole)
    // Two full checks of 320 KB: about 10 s on an idle machine, over 30 s on a loaded one.
  }, 120_000)

  it('count a name’s spellings over the whole draft, across chunks', async () => {
    const filler = 'The council met on Monday and talked about the budget for the coming year.\n\n'.repeat(Math.ceil((2 * chunkLength) / 80))
    const text = 'Zbigniewski spoke first.\n\nZbigniewski left early.\n\n' + filler + 'Zbigniewsky returned.\n'
    const file = await checkText(text, {rules: {'name-spelling': 'off'}})
    expect(file.messages.filter((message) => message.ruleId === 'name-consistency').map((message) => message.reason)).toEqual([
      'Unexpected spelling `Zbigniewsky` (1×), expected `Zbigniewski` as elsewhere in the draft (2×)'
    ])
  })

  it('are cut into chunks no longer than the limits, each read with bounded context', async () => {
    await loadMarkdownSupport()
    const drafts: Array<[string, boolean, boolean]> = [
      [corpusText('.txt', 5 * chunkLength), false, false],
      [corpusText('.md', 5 * chunkLength), true, false],
      ['word '.repeat(chunkLength), false, false],
      ['a\n'.repeat(chunkLength), false, true],
      ['- item\n'.repeat(chunkLength / 4), true, false]
    ]
    for (const [text, markdown, lineParagraphs] of drafts) {
      const units = draftUnits(text, markdown, lineParagraphs)
      const chunks = planChunks(units)
      expect(chunks.length).toBeGreaterThan(1)
      let covered = 0
      for (const chunk of chunks) {
        expect(chunk.own.start).toBe(covered)
        covered = chunk.own.end
        expect(chunk.own.end - chunk.own.start).toBeLessThanOrEqual(chunkLength)
        expect(units.filter((unit) => unit.start >= chunk.own.start && unit.end <= chunk.own.end).length).toBeLessThanOrEqual(maxChunkParagraphs)
        expect(chunk.own.start - chunk.read.start).toBeLessThanOrEqual(chunkContextLength)
        expect(chunk.read.end - chunk.own.end).toBeLessThanOrEqual(chunkContextLength)
      }
      expect(covered).toBe(text.length)
    }
  })

  it('report at most 10,000 findings of one rule, with a notice', async () => {
    const text = 'It was the the plan. '.repeat(15_000) + '\n'
    const file = await checkText(text, {rules: {'repeated-word': 'warn'}})
    const repeated = file.messages.filter((message) => message.ruleId === 'repeated-word')
    expect(repeated).toHaveLength(maxFindingsPerRule + 1)
    expect(repeated.at(-1)?.reason).toBe(`Unexpected 15000 \`repeated-word\` findings in one draft, expected at most ${maxFindingsPerRule}: the first ${maxFindingsPerRule} are reported`)
    expect(repeated.at(-1)?.fatal).toBeUndefined()
  })

  it('give another plugin the whole tree when it asks', () => {
    const text = 'The minister spoke. '.repeat(chunkLength / 10)
    const tree = parseDraft(text, new VFile({path: 'long.txt', value: text}))
    expect(tree.children.map((node) => node.type)).toContain('ParagraphNode')
  })
})
