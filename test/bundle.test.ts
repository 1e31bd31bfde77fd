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
})
