/**
 * HTML, MDX and Word drafts: only their text is prose, and every finding is
 * placed exactly in the file (Word: line = paragraph, column within it).
 * Offsets in these tests were counted by hand; each test also checks that
 * the file holds the finding's text at its place.
 */
import {describe, expect, it} from 'vitest'
import {lint} from '../src/index.js'
import {limitHtmlNesting} from '../src/core/html-guard.js'
import {decodeWordDraft, paragraphLines, zipBombProblem} from '../src/node/word-draft.js'
import {runMain} from './run-cli.js'
import {tempFolder} from './temp-folder.js'
import {wordDocument} from './word-document.js'

const folder = tempFolder('formats')

/** `[ruleId, start offset, end offset, text at the place]` of each finding. */
async function placed(text: string, path: string) {
  const file = await lint(text, {path})
  return file.messages.map((message) => {
    const start = message.place && 'start' in message.place ? message.place.start.offset! : -1
    const end = message.place && 'end' in message.place ? message.place.end.offset! : -1
    return [message.ruleId, start, end, text.slice(start, end)]
  })
}

describe('HTML drafts', () => {
  it('checks only text: no tags, attributes, comments, scripts, styles or head', async () => {
    const html =
      '<!doctype html>\n<html><head><title>Teh page</title><style>.artcle-body{}</style></head>\n' +
      '<body class="artcle-body"><!-- a goverment comment --><script>var teh = 1</script>\n' +
      '<img alt="A fotograph" src="x.jpg"><pre>teh code</pre><p data-x="teh">Clean text.</p></body></html>\n'
    expect(await placed(html, 'page.html')).toEqual([])
  })

  it('places words exactly after tags, collapsed white space and character references', async () => {
    // Counted: `<p>The  <b>` is 11 characters, so `goverment` is 11-20; `&ldquo;` is 43-49 and `the` 50-52,
    // so the repeat with its space is 53-57; `</p><p>Second para` ends at 89, the `.` of `para.The`.
    const html = '<p>The  <b>goverment</b> said AT&amp;T and &ldquo;the the&rdquo; talks.</p><p>Second para.The end.</p>\n'
    expect(await placed(html, 'story.html')).toEqual([
      ['spelling', 11, 20, 'goverment'],
      ['repeated-word', 53, 57, ' the'],
      ['missing-space', 89, 90, '.']
    ])
  })

  it('reads blocks on one line as separate paragraphs', async () => {
    const html = '<p>The mayor spoke.</p><p>“We will build it,” he said.</p>\n'
    const file = await lint(html, {path: 'one-line.htm', rules: {'pronoun-attribution': 'warn'}})
    // `he said` follows a paragraph naming the mayor: attributed, as in two lines of text.
    expect(file.messages.map(String)).toEqual([])
  })

  it('reads elements nested past 64 levels as if the deeper tags were absent, with a notice', async () => {
    const html = '<div>'.repeat(5000) + 'The goverment said so.' + '</div>'.repeat(5000) + '\n'
    const file = await lint(html, {path: 'deep.html'})
    const offset = html.indexOf('goverment')
    expect(file.messages.map((message) => [message.ruleId, message.reason.split(':')[0]])).toEqual([
      ['input', 'Unexpected HTML nested 5000 levels deep, expected at most 64'],
      ['spelling', 'Unexpected unknown word `goverment`, expected `government`']
    ])
    expect(file.messages[1]!.place).toMatchObject({start: {offset}, end: {offset: offset + 9}})
  })

  it('counts nesting in one pass that skips comments, raw text and quoted attributes', () => {
    const html = '<div title="a > b"><!-- <div><div> --><script>"<div><div>"</script><b><i>x</i></b></div>'
    expect(limitHtmlNesting(html, 2)).toEqual({text: html.replace('<i>', '   ').replace('</i>', '    '), depth: 3, offset: html.indexOf('<i>')})
    expect(limitHtmlNesting(html, 3).depth).toBe(0)
  })
})

describe('MDX drafts', () => {
  it('skips ESM, expressions and JSX tags, and checks the text inside JSX', async () => {
    const mdx =
      '---\ntitle: Teh\n---\nimport Note from "./note.js"\n\n# Talks\n\n' +
      '<Note kind="artcle">The goverment said {props.teh} it.</Note>\n\n{/* teh comment */}\n\nSecond para.The end.\n'
    // Counted: front matter 0-18, the import 19-47, `# Talks` 49-56, `<Note kind="artcle">` 58-77, `The ` 78-81,
    // so `goverment` is 82-91; the comment expression is 121-139 and `Second` starts at 142, so `.` is 153.
    expect(await placed(mdx, 'story.mdx')).toEqual([
      ['spelling', 82, 91, 'goverment'],
      ['missing-space', 153, 154, '.']
    ])
  })

  it('reports MDX that does not parse with one fatal finding and its place', async () => {
    const file = await lint('Broken <b {\n', {path: 'broken.mdx'})
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line, message.reason])).toEqual([
      ['input', true, 1, 'Cannot check MDX that does not parse: Unexpected end of file in expression, expected a corresponding closing brace for `{`']
    ])
  })
})

describe('Word drafts', () => {
  it('puts each paragraph on its own line, so a line number is a paragraph number', () => {
    expect(paragraphLines('Headline\n\n\n\nBody text.\n\n')).toBe('Headline\n\nBody text.\n')
  })

  it('locates findings by paragraph and column', async () => {
    folder.write('story.docx', await wordDocument(['Talks fail', '', 'The goverment said the the talks failed.Russian officials left.']))
    const {code, stdout} = await runMain(['--no-config', '--format', 'json', 'story.docx'], {cwd: folder.path})
    expect(code).toBe(0)
    const [report] = JSON.parse(stdout) as Array<{messages: Array<{ruleId: string; line: number; column: number; actual: string}>}>
    expect(report!.messages.map((message) => [message.ruleId, message.line, message.column, message.actual])).toEqual([
      ['spelling', 3, 5, 'goverment'],
      ['repeated-word', 3, 23, ' the'],
      ['missing-space', 3, 40, '.']
    ])
  })

  it('names a broken Word file and its problem in one line', async () => {
    folder.write('broken/not-zip.docx', 'plain text saved as .docx\n')
    folder.write('broken/cut.docx', (await wordDocument(['Text.'])).subarray(0, 100))
    const {code, stdout, stderr} = await runMain(['--no-config', '--format', 'json', 'broken'], {cwd: folder.path})
    expect(code).toBe(2)
    const reasons = (JSON.parse(stdout) as Array<{messages: Array<{reason: string}>}>).flatMap((file) => file.messages.map((message) => message.reason))
    expect(reasons.join('\n')).toContain('Cannot read Word draft: Corrupted zip')
    expect(reasons).toContain('Cannot read Word draft: not a .docx file (a zip archive), expected a document saved as .docx from Word or Google Docs')
    expect(stdout + stderr).not.toMatch(/\n\s+at /)
  })

  it('refuses a Word draft that unpacks past the limit before unpacking it, also when its directory states a small size', async () => {
    const JSZip = (await import('jszip')).default
    const zip = new JSZip()
    zip.file('word/document.xml', Buffer.alloc(3 * 1024 * 1024, 0x20))
    const bomb = await zip.generateAsync({type: 'nodebuffer', compression: 'DEFLATE'})
    expect(bomb.length).toBeLessThan(64 * 1024)
    expect(zipBombProblem(bomb, 1024 * 1024)).toBe('it unpacks to more than 1 MB')
    // The same archive with its central directory claiming 10 bytes: inflating stops at the limit all the same.
    const lying = Buffer.from(bomb)
    const directory = lying.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    lying.writeUInt32LE(10, directory + 24)
    expect(zipBombProblem(lying, 1024 * 1024)).toBe('it unpacks to more than 1 MB')
    expect(zipBombProblem(bomb, 4 * 1024 * 1024)).toBeUndefined()
    // A real draft is far inside the default limit, and is read.
    const story = await wordDocument(['The minister spoke.'])
    expect(zipBombProblem(story)).toBeUndefined()
    expect(await decodeWordDraft(story)).toMatchObject({ok: true, text: 'The minister spoke.\n'})
  })

  it('refuses --fix on a Word draft with one line and leaves the file as it was', async () => {
    const bytes = await wordDocument(['The mayor said the the budget passed.'])
    const file = folder.write('fix/story.docx', bytes)
    const {code, stdout} = await runMain(['--no-config', '--fix', '--format', 'json', 'fix/story.docx'], {cwd: folder.path})
    expect(code).toBe(2)
    const reasons = (JSON.parse(stdout) as Array<{messages: Array<{reason: string}>}>).flatMap((file) => file.messages.map((message) => message.reason))
    expect(reasons).toContain('Cannot write fixes to a Word draft, expected a text, Markdown, MDX or HTML draft: make the changes in Word; nothing was written')
    const {readFileSync} = await import('node:fs')
    expect(readFileSync(file).equals(bytes)).toBe(true)
  })
})

describe('drafts in folders', () => {
  it('finds .html, .htm, .mdx and .docx drafts by extension', async () => {
    folder.write('desk/a.html', '<p>The goverment said so.</p>\n')
    folder.write('desk/b.htm', '<p>The goverment said so.</p>\n')
    folder.write('desk/c.mdx', 'The goverment said so.\n')
    folder.write('desk/d.docx', await wordDocument(['The goverment said so.']))
    folder.write('desk/e.css', 'teh goverment\n')
    const {stdout} = await runMain(['--no-config', '--format', 'json', 'desk'], {cwd: folder.path})
    const reports = JSON.parse(stdout) as Array<{path: string; messages: Array<{ruleId: string; line: number; column: number}>}>
    expect(reports.map((report) => [report.path, report.messages.map((message) => `${message.ruleId} ${message.line}:${message.column}`)])).toEqual([
      ['desk/a.html', ['spelling 1:8']],
      ['desk/b.htm', ['spelling 1:8']],
      ['desk/c.mdx', ['spelling 1:5']],
      ['desk/d.docx', ['spelling 1:5']]
    ])
  })
})
