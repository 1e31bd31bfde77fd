/**
 * The language server's editor settings and workspace check, driven over
 * stdio as VS Code drives it: `copydesk.dialect`/`preset` apply where no
 * project config does, `copydesk.words` everywhere; new settings re-lint
 * open documents; "Check the workspace" publishes findings for drafts that
 * are not open, honouring ignore files.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {Waiters, type Published} from './lsp-session.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'dist/src/language-server/bin.js')

let folder: string
let server: ChildProcessWithoutNullStreams
let client: MessageConnection
const published: Published[] = []
const shown: string[] = []
const waiters = new Waiters(60_000)

function write(name: string, content: string): void {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
}

const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href

const waitFor = <T>(find: () => T | undefined, what: string): Promise<T> => waiters.waitFor(find, what)

/** The `count`-th diagnostics published for `uri` (1 = the first). */
function nthDiagnostics(uri: string, count: number): Promise<string[]> {
  return waitFor(() => {
    const all = published.filter((each) => each.uri === uri)
    return all.length >= count ? all[count - 1]!.diagnostics.map((diagnostic) => `${diagnostic.code}: ${diagnostic.message.split('\n')[0]}`) : undefined
  }, `diagnostics #${count} for ${uri}`)
}

function open(name: string, text: string): string {
  const uri = uriOf(name)
  void client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
  return uri
}

const british = 'The council said the colour of the theatre was its favourite.\n'
// `hangry` is a slip for `hungry` to the dictionary, and a house word to this desk.
const house = 'The columnist called the queue of diners hangry on Monday.\n'

beforeAll(async () => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-editor-')))
  // `desk/` has a project config; the rest of the workspace has none.
  write('desk/.retextrc', JSON.stringify({plugins: [['copydesk', {dialect: 'en-US'}]]}))
  write('drafts/typo.txt', 'The goverment met on Monday.\n')
  write('drafts/clean.txt', 'The minister met reporters on Monday.\n')
  write('drafts/old/.retextignore', 'skipped.txt\n')
  write('drafts/old/skipped.txt', 'The goverment met again.\n')
  server = spawn(process.execPath, [bin, '--stdio'], {cwd: folder, stdio: 'pipe'})
  client = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
  client.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params)
    waiters.notified()
  })
  client.onNotification('window/showMessage', (params: {message: string}) => {
    shown.push(params.message)
    waiters.notified()
  })
  client.onNotification('window/logMessage', () => {})
  client.listen()
  const result: {capabilities: {executeCommandProvider?: {commands: string[]}}} = await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'newsroom'}],
    capabilities: {},
    initializationOptions: {trustConfig: false, settings: {dialect: 'en-GB', preset: 'recommended', words: ['hangry']}}
  })
  expect(result.capabilities.executeCommandProvider?.commands).toContain('copydesk.checkWorkspace')
  void client.sendNotification('initialized', {})
}, 60_000)

afterAll(() => {
  client?.dispose()
  if (server && server.exitCode === null) server.kill()
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('editor settings', {timeout: 120_000}, () => {
  it('applies the editor dialect where no project config does, and the project config where one does', async () => {
    expect(await nthDiagnostics(open('loose.txt', british), 1)).toEqual([])
    // `auto` would check this American draft as American; the editor says en-GB.
    const american = await nthDiagnostics(open('loose-us.txt', 'The color of the theater was his favorite.\n'), 1)
    expect(american.filter((line) => line.startsWith('spelling:')).length).toBeGreaterThan(0)
    const inDesk = await nthDiagnostics(open('desk/story.txt', british), 1)
    expect(inDesk.filter((line) => line.startsWith('spelling:')).length).toBeGreaterThan(0)
  })

  it('accepts the editor words everywhere, and re-lints open documents when the settings change', async () => {
    const uri = open('desk/house.txt', house)
    expect((await nthDiagnostics(uri, 1)).filter((line) => line.includes('hangry'))).toEqual([])
    const loose = uriOf('loose.txt')
    const before = published.filter((each) => each.uri === loose).length
    void client.sendNotification('workspace/didChangeConfiguration', {settings: {copydesk: {dialect: 'en-US', words: []}}})
    const after = await nthDiagnostics(loose, before + 1)
    expect(after.filter((line) => line.startsWith('spelling:')).length).toBeGreaterThan(0)
    const houseAfter = await nthDiagnostics(uri, 2)
    expect(houseAfter.some((line) => line.includes('hangry'))).toBe(true)
  })
})

describe('check the workspace', {timeout: 120_000}, () => {
  it('publishes findings for drafts that are not open, skips ignored ones, and says what it checked', async () => {
    await client.sendRequest('workspace/executeCommand', {command: 'copydesk.checkWorkspace', arguments: []})
    expect(await nthDiagnostics(uriOf('drafts/typo.txt'), 1)).toEqual(['spelling: Unexpected unknown word `goverment`, expected `government`'])
    expect(await nthDiagnostics(uriOf('drafts/clean.txt'), 1)).toEqual([])
    expect(published.some((each) => each.uri === uriOf('drafts/old/skipped.txt'))).toBe(false)
    const summary = await waitFor(() => shown.find((message) => message.startsWith('copydesk: Checked ')), 'the workspace summary')
    // Open documents are checked as they change; the closed ones here: typo, clean and desk/.retextrc is no draft.
    expect(summary).toMatch(/^copydesk: Checked 2 drafts: 1 findings in 1 drafts$/)
  })
})
