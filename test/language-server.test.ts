/**
 * The built language server, driven over stdio by a JSON-RPC client as an
 * editor drives it: diagnostics and their UTF-16 ranges (emoji, accents,
 * CRLF, BOM), quick fixes, the word list, and staying up on bad input.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import {Waiters, type Diagnostic, type Published, type Range} from './lsp-session.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'dist/src/language-server/bin.js')

interface CodeAction {
  title: string
  kind?: string
  isPreferred?: boolean
  edit?: {changes: Record<string, Array<{range: Range; newText: string}>>}
  command?: {title: string; command: string; arguments?: unknown[]}
}
let folder: string
let server: ChildProcessWithoutNullStreams
let client: MessageConnection
const published: Published[] = []
const shown: string[] = []
const waiters = new Waiters(20_000)

function write(name: string, content: string): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

function uriOf(name: string): string {
  return pathToFileURL(path.join(folder, name)).href
}

const waitFor = <T>(find: () => T | undefined, what: string): Promise<T> => waiters.waitFor(find, what)
const notified = () => waiters.notified()

function diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
  return waitFor(
    () => published.find((each) => each.uri === uri && each.version === version)?.diagnostics,
    `diagnostics for ${uri} version ${version}`
  )
}

function open(name: string, text: string, languageId = 'plaintext'): string {
  const uri = uriOf(name)
  void client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
  return uri
}

function byRule(diagnostics: Diagnostic[], rule: string): Diagnostic {
  const found = diagnostics.find((diagnostic) => diagnostic.code === rule)
  expect(found, `a ${rule} diagnostic in ${JSON.stringify(diagnostics)}`).toBeDefined()
  return found!
}

function range(line: number, start: number, end: number): Range {
  return {start: {line, character: start}, end: {line, character: end}}
}

function codeActions(uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  return client.sendRequest('textDocument/codeAction', {
    textDocument: {uri},
    range: diagnostic.range,
    context: {diagnostics: [diagnostic]}
  })
}

beforeAll(async () => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-')))
  write('.retextrc', JSON.stringify({plugins: [['copydesk', {wordsFile: 'house-words.txt'}]]}, null, 2))
  write('house-words.txt', '# House words\nPeskov\n')
  write('broken/.retextrc', '{"plugins": [')
  write('plain/.retextrc', JSON.stringify({plugins: ['copydesk']}))
  server = spawn(process.execPath, [bin, '--stdio'], {cwd: folder, stdio: 'pipe'})
  client = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  client.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params)
    notified()
  })
  client.onNotification('window/showMessage', (params: {message: string}) => {
    shown.push(params.message)
    notified()
  })
  client.onNotification('window/logMessage', () => {})
  client.listen()
  const result: {capabilities: Record<string, unknown>} = await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'newsroom'}],
    capabilities: {}
  })
  expect(result.capabilities).toMatchObject({codeActionProvider: {codeActionKinds: ['quickfix']}})
  void client.sendNotification('initialized', {})
})

afterAll(() => {
  client?.dispose()
  if (server && server.exitCode === null) server.kill()
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('copydesk language server', () => {
  const draft = 'Café owners 😀 said the goverment made a difference.Russian officials declined.\n'

  it('publishes findings with rule id, severity, the why and a docs link, at UTF-16 ranges', async () => {
    const uri = open('draft.txt', draft)
    const diagnostics = await diagnosticsFor(uri, 1)
    const spelling = byRule(diagnostics, 'spelling')
    // `é` is one UTF-16 unit, `😀` two: `goverment` starts at unit 24.
    expect(spelling.range).toEqual(range(0, 24, 33))
    expect(spelling).toMatchObject({severity: 2, source: 'copydesk'})
    expect(spelling.codeDescription?.href).toMatch(/rules\/spelling\/readme\.md$/)
    expect(spelling.message.split('\n')[0]).toBe('Unexpected unknown word `goverment`, expected `government`')
    expect(spelling.message.split('\n')[1]).toMatch(/not in the en-US dictionary/)
    expect(byRule(diagnostics, 'missing-space').range).toEqual(range(0, 51, 52))
  })

  it('places findings right in a CRLF document with a BOM', async () => {
    const text = '\uFEFFThe goverment said so.\r\nCafé owners 😀 made a difference.Russian officials declined.\r\n'
    const uri = open('crlf.txt', text)
    const diagnostics = await diagnosticsFor(uri, 1)
    const document = TextDocument.create(uri, 'plaintext', 1, text)
    const spelling = byRule(diagnostics, 'spelling')
    expect(document.getText(spelling.range)).toBe('goverment')
    expect(spelling.range).toEqual(range(0, 5, 14))
    const space = byRule(diagnostics, 'missing-space')
    expect(space.range.start.line).toBe(1)
    expect(document.getText({start: {line: 1, character: 0}, end: space.range.end})).toBe('Café owners 😀 made a difference.')
  })

  it('offers each suggestion as a quick fix and re-lints after the edit', async () => {
    const uri = uriOf('draft.txt')
    const first = published.find((each) => each.uri === uri && each.version === 1)!.diagnostics
    const space = byRule(first, 'missing-space')
    const actions = await codeActions(uri, space)
    const fix = actions.find((action) => action.title === 'Replace `.` with `. `')
    expect(fix).toMatchObject({kind: 'quickfix', isPreferred: true})
    const edits = fix!.edit!.changes[uri]!
    const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'plaintext', 1, draft), edits)
    expect(fixed).toBe(draft.replace('difference.Russian', 'difference. Russian'))
    void client.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: edits.map((edit) => ({range: edit.range, text: edit.newText}))
    })
    const after = await diagnosticsFor(uri, 2)
    expect(after.map((diagnostic) => diagnostic.code)).toEqual(['spelling'])
    expect(actions.map((action) => action.title)).toContain('Disable `missing-space` in this file')
  })

  it('prefers the quick fix a rule marks safe, as --fix applies it, and not its suggestions', async () => {
    const text = 'The mayor said "the budget is fine,” and left. Staff said “no comment,’ and left.\n'
    const uri = open('quotes.txt', text)
    const diagnostics = (await diagnosticsFor(uri, 1)).filter((diagnostic) => diagnostic.code === 'quote-balance')
    expect(diagnostics).toHaveLength(2)
    const [curl, mismatch] = diagnostics as [Diagnostic, Diagnostic]
    // quote-balance offers suggestions; only the curl its partner mark settles is safe.
    const curlFix = (await codeActions(uri, curl)).find((action) => action.title === 'Replace `"` with `“`')
    expect(curlFix).toMatchObject({kind: 'quickfix', isPreferred: true})
    const mismatchFix = (await codeActions(uri, mismatch)).find((action) => action.title === 'Replace `’` with `”`')
    expect(mismatchFix).toMatchObject({kind: 'quickfix', isPreferred: false})
  })

  it('adds a word to the words file named in .retextrc, appended after the lines there, and re-lints', async () => {
    const uri = uriOf('draft.txt')
    const spelling = byRule(published.filter((each) => each.uri === uri).at(-1)!.diagnostics, 'spelling')
    const actions = await codeActions(uri, spelling)
    expect(actions.map((action) => action.title)).toContain('Replace `goverment` with `government`')
    const add = actions.find((action) => action.title === 'Add `goverment` to the project’s word list')
    expect(add?.command).toBeDefined()
    const before = published.length
    await client.sendRequest('workspace/executeCommand', {command: add!.command!.command, arguments: add!.command!.arguments})
    expect(fs.readFileSync(path.join(folder, 'house-words.txt'), 'utf8')).toBe('# House words\nPeskov\ngoverment\n')
    // The server re-lints open drafts before it answers, and an older lint never publishes over a newer one.
    const relinted = published.slice(before).filter((each) => each.uri === uri).at(-1)?.diagnostics
    expect(relinted).toEqual([])
  })

  it('names a new words file in a config that has none', async () => {
    const uri = open('plain/story.md', '# Budget\n\nThe minister lost the reciept in Kyiv.\n', 'markdown')
    const diagnostics = await diagnosticsFor(uri, 1)
    const unknown = diagnostics.find((diagnostic) => diagnostic.code === 'spelling' || diagnostic.code === 'name-spelling')
    expect(unknown, JSON.stringify(diagnostics)).toBeDefined()
    const add = (await codeActions(uri, unknown!)).find((action) => action.title.startsWith('Add `'))!
    const word = add.command!.arguments![1] as string
    const before = published.length
    await client.sendRequest('workspace/executeCommand', {command: add.command!.command, arguments: add.command!.arguments})
    expect(fs.readFileSync(path.join(folder, 'plain/copydesk-words.txt'), 'utf8')).toBe(word + '\n')
    expect(JSON.parse(fs.readFileSync(path.join(folder, 'plain/.retextrc'), 'utf8'))).toEqual({
      plugins: [['copydesk', {wordsFile: 'copydesk-words.txt'}]]
    })
    const relinted = published.slice(before).filter((each) => each.uri === uri).at(-1)?.diagnostics
    expect(relinted).toBeDefined()
    expect(relinted!.map((diagnostic) => diagnostic.message)).not.toContainEqual(expect.stringContaining('`' + word + '`'))
  })

  it('reports an unreadable config and keeps serving', async () => {
    const uri = open('broken/draft.txt', draft)
    const diagnostics = await diagnosticsFor(uri, 1)
    expect(diagnostics[0]).toMatchObject({code: 'config', severity: 1, range: range(0, 0, 0)})
    expect(diagnostics[0]!.message).toMatch(/^Cannot parse config `.*\.retextrc`/)
    expect(diagnostics[0]!.message).not.toMatch(/\n\s+at /)
    await waitFor(() => shown.find((message) => message.includes('Cannot parse config')), 'a message window')
  })

  it('survives malformed requests and bytes', async () => {
    await expect(client.sendRequest('textDocument/codeAction', {})).rejects.toThrow()
    await expect(client.sendRequest('copydesk/noSuchMethod', {})).rejects.toThrow()
    await client.sendRequest('workspace/executeCommand', {command: 'copydesk.addWord', arguments: [42]})
    await waitFor(() => shown.find((message) => message.includes('Unexpected arguments')), 'a message about bad arguments')
    server.stdin.write('Content-Length: 7\r\n\r\n{oops!}')
    // Still serving: a fresh document gets its findings.
    const uri = open('after.txt', 'The comittee said so.\n')
    expect(byRule(await diagnosticsFor(uri, 1), 'spelling').range).toEqual(range(0, 4, 12))
  })

  it('disables a rule in one file with a control comment at its top, which lasts as the file does', async () => {
    const text = '---\ntitle: Talks\n---\nThe comittee said so.\n'
    const uri = open('disable.md', text, 'markdown')
    const spelling = byRule(await diagnosticsFor(uri, 1), 'spelling')
    const action = (await codeActions(uri, spelling)).find((each) => each.title === 'Disable `spelling` in this file')
    const edits = action!.edit!.changes[uri]!
    const edited = TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits)
    expect(edited).toBe('---\ntitle: Talks\n---\n<!-- copydesk disable spelling -->\n\nThe comittee said so.\n')
    void client.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: edits.map((edit) => ({range: edit.range, text: edit.newText}))
    })
    expect(await diagnosticsFor(uri, 2)).toEqual([])
  })

  it('shuts down and exits cleanly', async () => {
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)))
    await client.sendRequest('shutdown')
    void client.sendNotification('exit')
    expect(await exited).toBe(0)
  })
})
