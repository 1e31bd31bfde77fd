/**
 * The language server holds config to the CLI's trust rule, through its
 * connection in memory: without `trustConfig` a config's plugins and script
 * configs do not load (a marker file is never written), one message names
 * what was left out, and the buffer is still checked with copydesk alone;
 * with it, script configs load and JSON paths still do not.
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

interface Diagnostic {
  code?: string
  message: string
}

let folder: string

function write(name: string, content: string): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

function evilModule(marker: string, exported = 'export default function () {}'): string {
  return `import fs from 'node:fs'\nfs.writeFileSync(${JSON.stringify(marker)}, 'ran\\n')\n${exported}\n`
}

function markers(): string[] {
  return fs.readdirSync(folder).filter((name) => name.startsWith('MARKER'))
}

/** A server in this process and a client talking to it over in-memory streams. */
async function connect(initializationOptions?: unknown) {
  const toServer = new PassThrough()
  const toClient = new PassThrough()
  startServer(createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient)))
  const client: MessageConnection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer))
  const published = new Map<string, Diagnostic[]>()
  const shown: string[] = []
  const waiters = new Set<() => void>()
  client.onNotification('textDocument/publishDiagnostics', (params: {uri: string; diagnostics: Diagnostic[]}) => {
    published.set(params.uri, params.diagnostics)
    for (const waiter of waiters) waiter()
  })
  client.onNotification('window/showMessage', (params: {message: string}) => {
    shown.push(params.message)
  })
  client.onNotification('window/logMessage', () => {})
  client.listen()
  await client.sendRequest('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(folder).href,
    workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'desk'}],
    capabilities: {},
    ...(initializationOptions === undefined ? {} : {initializationOptions})
  })
  void client.sendNotification('initialized', {})

  const diagnostics = (name: string, text: string): Promise<Diagnostic[]> => {
    const uri = pathToFileURL(path.join(folder, name)).href
    void client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text}})
    return new Promise((resolve) => {
      const check = () => {
        const found = published.get(uri)
        if (!found) return
        waiters.delete(check)
        resolve(found)
      }
      waiters.add(check)
    })
  }
  return {client, shown, diagnostics}
}

beforeAll(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-lsp-trust-')))
  write('json/evil.js', evilModule(path.join(folder, 'MARKER-json')))
  write('json/.retextrc', JSON.stringify({plugins: [['copydesk', {words: ['goverment']}], './evil.js', 'retext-passive']}))
  write('script/.retextrc.mjs', evilModule(path.join(folder, 'MARKER-script'), 'export default {plugins: []}'))
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('language server without trustConfig', () => {
  let server: Awaited<ReturnType<typeof connect>>

  beforeAll(async () => {
    server = await connect()
  })

  afterAll(() => server.client.dispose())

  it('leaves a JSON config’s plugins out, says so once, and checks with copydesk and its settings', async () => {
    const first = await server.diagnostics('json/a.txt', 'The goverment said the comittee met.\n')
    // `words` in the config still apply; the planted plugin did not run.
    expect(first.map((diagnostic) => diagnostic.message.split('\n')[0])).toEqual(['Unexpected unknown word `comittee`, expected `committee`'])
    await server.diagnostics('json/b.txt', 'The comittee met.\n')
    const about = server.shown.filter((message) => message.includes('json/.retextrc'))
    expect(about).toEqual([
      expect.stringMatching(/^copydesk: .*json\/\.retextrc: Unexpected plugin `\.\/evil\.js`, expected a package name: JSON and YAML config never load a file by path; checked with copydesk alone$/),
      expect.stringMatching(
        /^copydesk: .*json\/\.retextrc: Unexpected plugin `retext-passive` in an untrusted config, expected only `copydesk`: turn on the `trustConfig` setting \(`copydesk\.trustConfig` in VS Code\) to load it; checked with copydesk alone$/
      )
    ])
    expect(markers()).toEqual([])
  })

  it('does not load a script config, says so, and checks with copydesk’s defaults', async () => {
    const found = await server.diagnostics('script/a.txt', 'The comittee met.\n')
    expect(found.map((diagnostic) => diagnostic.code)).toEqual(['spelling'])
    expect(server.shown).toContainEqual(expect.stringMatching(/script\/\.retextrc\.mjs: Unexpected JavaScript config in an untrusted run, expected JSON or YAML: loading it runs its code; turn on the `trustConfig` setting/))
    expect(markers()).toEqual([])
  })
})

describe('language server with trustConfig', () => {
  it('loads a script config, and still no JSON path', async () => {
    const server = await connect({trustConfig: true})
    await server.diagnostics('script/b.txt', 'The comittee met.\n')
    expect(markers()).toEqual(['MARKER-script'])
    await server.diagnostics('json/c.txt', 'The comittee met.\n')
    expect(server.shown).toContainEqual(expect.stringMatching(/json\/\.retextrc: Unexpected plugin `\.\/evil\.js`, expected a package name/))
    expect(markers()).toEqual(['MARKER-script'])
    server.client.dispose()
  })
})
