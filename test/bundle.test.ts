/** The build's bundle of the command line (`scripts/bundle-cli.mjs`): the same run as the compiled modules give. */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ensureBuilt} from './built.js'
import {repositoryRoot, runCli} from './run-cli.js'
import {tempFolder} from './temp-folder.js'

const folder = tempFolder('bundle')

describe('the bundled command line', () => {
  it('reports drafts exactly as the compiled modules do, in this thread and in workers', async () => {
    await ensureBuilt()
    // Bundle again when the compiled modules are newer (a `tsc` run since the last build): the command would pass the bundle over.
    const bundle = path.join(repositoryRoot, 'dist/bundle/cli.js')
    const compiled = path.join(repositoryRoot, 'dist/src/cli/index.js')
    if (!fs.existsSync(bundle) || fs.statSync(bundle).mtimeMs < fs.statSync(compiled).mtimeMs) {
      const result = spawnSync(process.execPath, ['scripts/bundle-cli.mjs'], {cwd: repositoryRoot, encoding: 'utf8'})
      expect(result.status, result.stderr).toBe(0)
    }
    // One draft checked in the main thread (Markdown, confusables, so the tagger), and twelve short ones, so `--jobs 2` uses a worker.
    const sample = fs.readFileSync(path.join(repositoryRoot, 'corpus/sample/sample.txt'), 'utf8')
    for (let index = 0; index < 12; index++) folder.write(`drafts/draft-${index}.txt`, sample.split('\n\n')[index % 3] + '\n')
    const draft = path.join(repositoryRoot, 'corpus/editorial/homophone-northern-offensive.md')
    for (const args of [[draft], ['--jobs', '2', path.join(folder.path, 'drafts')]]) {
      args.unshift('--no-config', '--format', 'json')
      const bundled = runCli(args, {cwd: folder.path})
      const modules = runCli(args, {cwd: folder.path, env: {COPYDESK_BUNDLE: '0'}})
      expect(JSON.parse(modules.stdout).flatMap((file: {messages: unknown[]}) => file.messages).length).toBeGreaterThan(0)
      expect(bundled).toEqual(modules)
    }
  }, 120_000)

  it('loads a YAML config and a trusted plugin by name, whose modules the bundle loads only then, as the compiled modules do', async () => {
    await ensureBuilt()
    const project = path.join(folder.path, 'project')
    folder.write('project/node_modules/retext-marker/package.json', JSON.stringify({name: 'retext-marker', type: 'module', exports: './index.js'}))
    folder.write(
      'project/node_modules/retext-marker/index.js',
      "export default function marker() { return (tree, file) => { file.message('Marker plugin ran') } }\n"
    )
    folder.write('project/yaml/.retextrc.yml', 'plugins:\n  - - copydesk\n    - words: [Peskov]\n      rules: {repeated-word: error}\n')
    folder.write('project/yaml/story.txt', 'Peskov said the the plan would hold.\n')
    folder.write('project/plugin/.retextrc', JSON.stringify({plugins: ['copydesk', 'marker']}))
    folder.write('project/plugin/story.txt', 'The plan would hold, officials said.\n')
    for (const args of [['yaml'], ['--trust-config', 'plugin']]) {
      args.unshift('--format', 'json')
      const bundled = runCli(args, {cwd: project})
      const modules = runCli(args, {cwd: project, env: {COPYDESK_BUNDLE: '0'}})
      expect(bundled).toEqual(modules)
      expect(bundled.stderr).toBe('')
    }
    const yaml = JSON.parse(runCli(['--format', 'json', 'yaml'], {cwd: project}).stdout) as Array<{messages: Array<{ruleId: string; fatal: boolean}>}>
    expect(yaml[0]!.messages).toMatchObject([{ruleId: 'repeated-word', fatal: true}])
    const plugin = JSON.parse(runCli(['--format', 'json', '--trust-config', 'plugin'], {cwd: project}).stdout) as Array<{messages: Array<{reason: string}>}>
    expect(plugin[0]!.messages.map((message) => message.reason)).toContain('Marker plugin ran')
  }, 120_000)
})
