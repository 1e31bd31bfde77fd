/**
 * The language server under a long document, through its connection in
 * memory: requests are answered while the document is checked (on the
 * check worker), an older version's check stops when a newer one comes in,
 * and a document past the size limit gets one diagnostic.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {PassThrough} from 'node:stream'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'
import {createConnection} from 'vscode-languageserver/node'
import {startServer} from '../src/language-server/index.js'

interface Published {
  uri: string
  version?: number
  diagnostics: Array<{code?: string; message: string}>
}

let folder: string
let client: MessageConnection
/** What reached the client, in order: `publish <version>`, `response`, `log <message>`. */
const events: string[] = []
const published: Published[] = []
const waiters = new Set<() => void>()

/** Corpus drafts run together to about `size` characters: a long, ordinary document. */
function longText(size: number): string {
  const corpus = path.join(import.meta.dirname, '..', 'corpus')
  const drafts = fs.readdirSync(corpus).filter((name) => name.endsWith('.txt') && !name.endsWith('.expected.txt'))
  let text = ''
  for (let index = 0; text.length < size; index++) text += fs.readFileSync(path.join(corpus, drafts[index % drafts.length]!), 'utf8') + '\n'
  return text
}

function until(done: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (!done()) return
      waiters.delete(check)
      resolve()
    }
    waiters.add(check)
    check()
  })
}

beforeAll(async () => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-load-')))
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)))
  client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
  client.onNotification('textDocument/publishDiagnostics', (params: Published) => {
    published.push(params)
    events.push(`publish ${params.uri.split('/').at(-1)} ${params.version}`)
    for (const waiter of [...waiters]) waiter()
  })
  client.onNotification('window/logMessage', (params: {message: string}) => {
    events.push(`log ${params.message}`)
    for (const waiter of [...waiters]) waiter()
  })
  client.onNotification('window/showMessage', () => {})
  client.onRequest('window/workDoneProgress/create', () => null)
  client.onNotification('$/progress', (params: {value: {kind: string; message?: string}}) => {
    events.push(`progress ${params.value.kind}${params.value.message ? ' ' + params.value.message : ''}`)
    for (const waiter of [...waiters]) waiter()
  })
  client.listen()
  await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    capabilities: {window: {workDoneProgress: true}}
  })
  void client.sendNotification('initialized', {})
  // The first check loads the word data: done here, so the tests below see only their own work.
  const warm = pathToFileURL(path.join(folder, 'warm.txt')).href
  void client.sendNotification('textDocument/didOpen', {textDocument: {uri: warm, languageId: 'plaintext', version: 1, text: 'The minister spoke.\n'}})
  await until(() => published.some((entry) => entry.uri === warm))
})

afterAll(() => {
  client.dispose()
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('language server with a long document', () => {
  it('answers a request sent while the document is checked before the check ends', async () => {
    events.length = 0
    const uri = pathToFileURL(path.join(folder, 'long.txt')).href
    void client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: longText(600_000)}})
    // The check worker has taken the document up: the server says so with progress.
    await until(() => events.some((event) => event.startsWith('progress begin Checking long.txt')))
    await client.sendRequest('textDocument/codeAction', {
      textDocument: {uri: pathToFileURL(path.join(folder, 'other.txt')).href},
      range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
      context: {diagnostics: []}
    })
    events.push('response')
    await until(() => events.includes('publish long.txt 1'))
    expect(events.filter((event) => event === 'response' || event.startsWith('publish'))).toEqual(['response', 'publish long.txt 1'])
    expect(events).toContain('progress begin Checking long.txt (592 KB)')
  })

  it('stops checking an older version when a newer one comes in, and publishes only the newer', async () => {
    events.length = 0
    const uri = pathToFileURL(path.join(folder, 'edited.txt')).href
    void client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: longText(1_500_000)}})
    void client.sendNotification('textDocument/didChange', {
      textDocument: {uri, version: 2},
      contentChanges: [{text: 'The goverment spoke.\n'}]
    })
    await until(() => events.includes('publish edited.txt 2'))
    expect(events.filter((event) => event.includes('edited.txt') && !event.startsWith('progress'))).toEqual([
      `log copydesk: stopped checking version 1 of ${uri}: a newer check of it started`,
      'publish edited.txt 2'
    ])
    expect(published.find((entry) => entry.uri === uri)?.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['spelling'])
  })

  it('gives a document over 20 MB one diagnostic and does not check it', async () => {
    const uri = pathToFileURL(path.join(folder, 'huge.txt')).href
    void client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: 'The goverment spoke. '.repeat(1_050_000)}})
    await until(() => published.some((entry) => entry.uri === uri))
    expect(published.find((entry) => entry.uri === uri)?.diagnostics).toEqual([
      expect.objectContaining({code: 'input', message: 'Cannot check 21 MB document, expected at most 20 MB: split the draft'})
    ])
  })
})
