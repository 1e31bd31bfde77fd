/**
 * Property tests over random and hostile drafts, plain text, Markdown, MDX
 * and HTML:
 * the engine never throws, every finding lies inside the draft at the place
 * its line and column say, and safe fixes change nothing outside their spans
 * and settle (a second pass finds nothing more to fix).
 *
 * `FUZZ_RUNS` raises the number of drafts per property (default 150).
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {hostileInput, hostileKinds} from '../bench/hostile-inputs.js'
import {seededRandom} from '../bench/random.js'
import {check, createProcessor} from '../src/core/processor.js'
import {applyEdits, safeEdits} from '../src/node/fix.js'
import {loadResources} from '../src/node/resources.js'
import {registry} from '../rules/index.js'

const runs = Number(process.env['FUZZ_RUNS'] ?? 150)
const processor = createProcessor({}, registry, loadResources)

/** Pieces news copy and its accidents are made of; fast-check strings them together. */
const pieces = [
  'The', 'the', 'minister', 'said', 'goverment', 'their', 'there', 'its', 'it’s', 'capitol', 'Vladmir', 'Putin',
  'Peskov', 'Lopez', 'difference.Russian', 'Share this article', 'www.example.com', 'desk@example.org', '@desk',
  '1,000', '10:30', 'a.m.', '"', '“', '”', '‘', '’', "'", '«', '»', ',', '.', '. ', ':', ';', '?', '!', '—', '-',
  ' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '> ', '>>', '- ', '* ', '1. ', '# ', '`', '```\n', '[', '](',
  '<b>', '<!-- x -->', '---\n', '*', '_', '\\', '<p>', '</p>', '<div>', '</div>', '<script>', '&amp;', '&ldquo;', '{', '}', '<Note>',
  '</Note>', '<!-- copydesk disable -->', '<!-- copydesk ignore repeated-word -->', '{/* copydesk enable */}', '\u00A0', '\u200B', '\uFEFF', '😀', 'e\u0301', '\u001B[1m', 'ß'
]

const draftText = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 6}), fc.string({unit: 'binary', maxLength: 4})), {
  maxLength: 120
}).map((parts) => parts.join(''))

const draft = fc.record({text: draftText, path: fc.constantFrom('draft.txt', 'draft.md', 'draft.mdx', 'draft.html')})

const hostile = fc
  .record({seed: fc.integer(), kind: fc.constantFrom(...hostileKinds), size: fc.integer({min: 1, max: 600})})
  .map(({seed, kind, size}) => hostileInput(seededRandom(seed), kind, size))

async function checked(text: string, filePath: string): Promise<VFile> {
  return check(processor, new VFile({path: filePath, value: text}))
}

/** Input refusals the engine makes on purpose: every other fatal message under `input` is a crash. */
const refusals = /^Cannot check (binary|empty) file|^Cannot check file that is not valid UTF-8|^Cannot check MDX that does not parse: /
/** Notices (info level) on how a hostile draft was read: nested too deep, too many marks in a block, nothing to read. */
const notices = /^Unexpected Markdown nested \d+ levels deep|^Unexpected \d+ Markdown marks in one block|^Unexpected HTML nested \d+ levels deep|^Unexpected empty draft/

async function expectWellFormed(text: string, filePath: string): Promise<void> {
  const file = await checked(text, filePath)
  const lines = location(text)
  for (const message of file.messages) {
    const summary = `${message.ruleId}: ${message.reason}`
    expect(message.reason, summary).not.toMatch(/\n|\r/)
    if (message.ruleId === 'input' && message.fatal !== undefined) {
      expect(message.reason, summary).toMatch(refusals)
      continue
    }
    if (message.ruleId === 'input') expect(message.reason, summary).toMatch(notices)
    const place = message.place
    expect(place && 'start' in place, summary).toBe(true)
    if (!place || !('start' in place)) continue
    const start = place.start.offset!
    const end = place.end.offset!
    expect(start, summary).toBeGreaterThanOrEqual(0)
    expect(end, summary).toBeGreaterThanOrEqual(start)
    expect(end, summary).toBeLessThanOrEqual(text.length)
    // In HTML a finding's text may span a tag or a character reference (`AT&amp;T` for `AT&T`); --fix skips those.
    if (message.actual !== undefined && !filePath.endsWith('.html')) expect(text.slice(start, end), summary).toBe(message.actual)
    if (start < text.length) {
      expect(lines.toPoint(start), summary).toMatchObject({line: place.start.line, column: place.start.column})
    }
  }
}

async function expectFixesSettle(text: string, filePath: string): Promise<void> {
  const first = await checked(text, filePath)
  const edits = safeEdits(text, first.messages)
  const {text: fixed, applied, skipped} = applyEdits(text, edits)
  // Nothing outside the applied spans changed: put the originals back and get the draft.
  let restored = fixed
  for (const edit of [...applied].reverse()) {
    const at = applied.filter((other) => other.start < edit.start).reduce((shift, other) => shift + other.text.length - (other.end - other.start), 0) + edit.start
    restored = restored.slice(0, at) + text.slice(edit.start, edit.end) + restored.slice(at + edit.text.length)
  }
  expect(restored).toBe(text)
  if (applied.length === 0 || skipped.length > 0) return
  const second = await checked(fixed, filePath)
  const again = safeEdits(fixed, second.messages).map((edit) => `${edit.message?.ruleId}: ${edit.message?.reason}`)
  expect(again, JSON.stringify(fixed)).toEqual([])
}

describe('the engine on random drafts', () => {
  it('never throws, and places every finding inside the draft', async () => {
    await fc.assert(fc.asyncProperty(draft, ({text, path}) => expectWellFormed(text, path)), {numRuns: runs})
  })

  it('never throws on hostile drafts of every class', async () => {
    await fc.assert(fc.asyncProperty(hostile, ({text, path}) => expectWellFormed(text, path)), {numRuns: runs})
  })

  it('never throws on hostile drafts of every class read as HTML or MDX', async () => {
    const asTree = fc.record({input: hostile, path: fc.constantFrom('draft.html', 'draft.mdx')})
    await fc.assert(fc.asyncProperty(asTree, ({input, path}) => expectWellFormed(input.text, path)), {numRuns: runs})
  })

  it('applies safe fixes only inside their spans, and a second pass has nothing left', async () => {
    await fc.assert(fc.asyncProperty(draft, ({text, path}) => expectFixesSettle(text, path)), {numRuns: runs})
  })
})
