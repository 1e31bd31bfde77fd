/**
 * The VS Code extension (editors/vscode): `npm run vsix` builds the `.vsix`
 * from copydesk's build with no marketplace call, and the package is
 * self-contained: its manifest, the client bundle and a bundled language
 * server that, unpacked anywhere, answers an editor over stdio and finds its
 * dictionaries and data.
 *
 * The build installs the extension's own devDependencies (esbuild, vsce) into
 * editors/vscode/node_modules from the npm registry the first time.
 */
import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import zlib from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {dialects} from '../src/analysis/resources.js'
import {presets} from '../rules/presets.js'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection} from 'vscode-jsonrpc/node'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const extensionFolder = path.join(root, 'editors/vscode')
const manifest = JSON.parse(fs.readFileSync(path.join(extensionFolder, 'package.json'), 'utf8')) as {version: string}
const vsix = path.join(extensionFolder, `copydesk-${manifest.version}.vsix`)
const serverPath = 'extension/dist/server/src/language-server/bin.js'

/** The entries of a zip file, name → contents (stored or deflated, as vsce writes them). */
function unzip(buffer: Buffer): Map<string, Buffer> {
  let end = buffer.length - 22
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end--
  if (end < 0) throw new Error('Cannot read the .vsix, expected a zip file')
  const count = buffer.readUInt16LE(end + 10)
  let at = buffer.readUInt32LE(end + 16)
  const entries = new Map<string, Buffer>()
  for (let index = 0; index < count; index++) {
    const method = buffer.readUInt16LE(at + 10)
    const size = buffer.readUInt32LE(at + 20)
    const nameLength = buffer.readUInt16LE(at + 28)
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32)
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength)
    const local = buffer.readUInt32LE(at + 42)
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28)
    const data = buffer.subarray(start, start + size)
    entries.set(name, method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data))
    at += 46 + skip
  }
  return entries
}

function run(command: string, args: string[]): Promise<{code: number | null; output: string}> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: root,
      env: {...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_prefer_offline: 'true'},
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('close', (code) => resolve({code, output}))
  })
}

let entries: Map<string, Buffer>
let unpacked: string

beforeAll(async () => {
  fs.rmSync(vsix, {force: true})
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
  const build = await run(npm, ['run', 'vsix'])
  expect(build.code, build.output).toBe(0)
  entries = unzip(fs.readFileSync(vsix))
  // Unpacked away from the repository, so nothing resolves from copydesk's own node_modules.
  unpacked = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-vsix-')))
  for (const [name, contents] of entries) {
    if (name.endsWith('/')) continue
    const file = path.join(unpacked, name)
    fs.mkdirSync(path.dirname(file), {recursive: true})
    fs.writeFileSync(file, contents)
  }
}, 240_000)

afterAll(() => {
  if (unpacked) fs.rmSync(unpacked, {recursive: true, force: true})
})

describe('VS Code extension', () => {
  it('packs a manifest that activates on plain text, Markdown, MDX and HTML and on its commands, and runs the client bundle', () => {
    expect(entries.has('extension.vsixmanifest')).toBe(true)
    const packed = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as Record<string, unknown>
    expect(packed).toMatchObject({
      name: 'copydesk-vscode',
      publisher: 'copydesk',
      version: manifest.version,
      main: './dist/extension.js',
      activationEvents: ['onLanguage:plaintext', 'onLanguage:markdown', 'onLanguage:mdx', 'onLanguage:html', 'onCommand:copydesk.checkWorkspace', 'onCommand:copydesk.addWordAtCursor'],
      contributes: {configuration: {properties: {'copydesk.serverPath': {type: 'string', default: ''}}}}
    })
    expect((packed['engines'] as Record<string, string>)['vscode']).toMatch(/^\^1\./)
  })

  it('offers settings for the dialect, preset and words, commands to check the workspace and add a word, and checks .retextrc with the JSON Schema', () => {
    const packed = JSON.parse(entries.get('extension/package.json')!.toString('utf8')) as {
      contributes: {
        configuration: {properties: Record<string, {enum?: string[]; type: string}>}
        commands: Array<{command: string; title: string}>
        jsonValidation: Array<{fileMatch: string[]; url: string}>
      }
    }
    const properties = packed.contributes.configuration.properties
    expect(properties['copydesk.dialect']?.enum).toEqual(['', 'auto', ...dialects])
    expect(properties['copydesk.preset']?.enum).toEqual(['', ...Object.keys(presets)])
    expect(properties['copydesk.words']?.type).toBe('array')
    expect(packed.contributes.commands.map((command) => command.command)).toEqual(['copydesk.checkWorkspace', 'copydesk.addWordAtCursor'])
    const [validation] = packed.contributes.jsonValidation
    expect(validation!.fileMatch).toEqual(['.retextrc', '.retextrc.json'])
    const schema = entries.get('extension/' + validation!.url.replace(/^\.\//, ''))?.toString('utf8')
    expect(schema).toBe(fs.readFileSync(path.join(root, 'rules/settings.schema.json'), 'utf8'))
    const client = entries.get('extension/dist/extension.js')!.toString('utf8')
    expect(client).toContain('copydesk.addWordAtCursor')
    expect(client).toContain('configurationSection')
  })

  it('packs the client bundle and the server with its data, and no sources or dependencies', () => {
    const client = entries.get('extension/dist/extension.js')?.toString('utf8')
    expect(client).toBeDefined()
    // The language client is bundled; only `vscode` is left to the editor.
    expect(client).toContain('require("vscode")')
    expect(client).not.toContain('require("vscode-languageclient')
    expect(client).toContain('language-server')
    const names = [...entries.keys()]
    for (const needed of [
      serverPath,
      'extension/dist/server/src/language-server/worker.js',
      'extension/dist/server/generated/words.bin',
      'extension/dist/server/generated/words-en-US.txt',
      'extension/dist/server/generated/words-en-GB.txt',
      'extension/dist/server/generated/frequencies.txt',
      'extension/dist/server/data/news-words.txt',
      'extension/dist/server/data/dialect-spellings.tsv',
      'extension/dist/server/node_modules/dictionary-en/index.dic',
      'extension/dist/server/node_modules/dictionary-en-gb/index.aff',
      'extension/dist/server/node_modules/dictionary-en-ca/index.dic',
      'extension/dist/server/node_modules/dictionary-en-au/index.dic'
    ]) {
      expect(names).toContain(needed)
    }
    expect(names.filter((name) => name.endsWith('.ts') || name.startsWith('extension/node_modules/'))).toEqual([])
  })

  describe('the bundled server, unpacked', () => {
    let folder: string
    let server: ChildProcessWithoutNullStreams
    let client: MessageConnection
    const published: Array<{uri: string; diagnostics: Array<{code?: string; message: string}>}> = []

    beforeAll(() => {
      folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-vsix-drafts-')))
      fs.mkdirSync(path.join(folder, 'uk'))
      fs.writeFileSync(path.join(folder, 'uk/.retextrc'), JSON.stringify({plugins: [['copydesk', {dialect: 'en-GB'}]]}))
      fs.mkdirSync(path.join(folder, 'nz'))
      fs.writeFileSync(path.join(folder, 'nz/.retextrc'), JSON.stringify({plugins: [['copydesk', {dialect: 'en-NZ'}]]}))
      // As the extension starts it: the bundle on a bare Node.js, `--stdio` added by the client.
      server = spawn(process.execPath, [path.join(unpacked, serverPath), '--stdio'], {cwd: folder, stdio: 'pipe'})
      client = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
      client.onNotification('textDocument/publishDiagnostics', (params: (typeof published)[number]) => void published.push(params))
      client.onNotification('window/logMessage', () => {})
      client.onNotification('window/showMessage', () => {})
      client.listen()
    })

    afterAll(() => {
      client?.dispose()
      if (server && server.exitCode === null) server.kill()
      if (folder) fs.rmSync(folder, {recursive: true, force: true})
    })

    function diagnosticsFor(uri: string): Promise<Array<{code?: string; message: string}>> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`No diagnostics for ${uri}`)), 30_000)
        const poll = setInterval(() => {
          const found = published.find((each) => each.uri === uri)
          if (!found) return
          clearInterval(poll)
          clearTimeout(timer)
          resolve(found.diagnostics)
        }, 20)
      })
    }

    function open(name: string, text: string, languageId: string): string {
      const uri = pathToFileURL(path.join(folder, name)).href
      void client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId, version: 1, text}})
      return uri
    }

    it('answers initialize over stdio', async () => {
      const result: {capabilities: Record<string, unknown>} = await client.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(folder).href,
        workspaceFolders: [{uri: pathToFileURL(folder).href, name: 'newsroom'}],
        capabilities: {}
      })
      expect(result.capabilities).toMatchObject({codeActionProvider: {codeActionKinds: ['quickfix']}})
      void client.sendNotification('initialized', {})
    })

    it('lints Markdown with the bundled dictionary and data', async () => {
      const uri = open('draft.md', '# Budget\n\nThe goverment said so.\n', 'markdown')
      const diagnostics = await diagnosticsFor(uri)
      const spelling = diagnostics.find((diagnostic) => diagnostic.code === 'spelling')
      expect(spelling?.message.split('\n')[0]).toBe('Unexpected unknown word `goverment`, expected `government`')
    })

    it('loads the en-GB dictionary too', async () => {
      const uri = open('uk/draft.txt', 'The goverment said so.\n', 'plaintext')
      const diagnostics = await diagnosticsFor(uri)
      const spelling = diagnostics.find((diagnostic) => diagnostic.code === 'spelling')
      expect(spelling?.message).toMatch(/en-GB/)
    })

    it('loads the en-AU dictionary a New Zealand desk builds on', async () => {
      const uri = open('nz/draft.txt', 'The goverment met the iwi on Monday.\n', 'plaintext')
      const diagnostics = await diagnosticsFor(uri)
      const spelling = diagnostics.filter((diagnostic) => diagnostic.code === 'spelling')
      expect(spelling.map((diagnostic) => diagnostic.message.split('\n')[0])).toEqual(['Unexpected unknown word `goverment`, expected `government`'])
      expect(spelling[0]?.message).toMatch(/en-NZ/)
    })
  })
})
