/** The build's bundle of the command line (`scripts/bundle-cli.mjs`): the same run as the compiled modules give. */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ensureBuilt} from './built.js'
import {repositoryRoot, runCli} from './run-cli.js'

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
    // One draft checked in the main thread, and the British drafts (Markdown and plain text, over 12, so `--jobs 2` uses workers).
    for (const args of [['corpus/editorial/homophone-northern-offensive.md'], ['--jobs', '2', 'corpus/en-GB']]) {
      args.unshift('--no-config', '--format', 'json')
      const bundled = runCli(args, {cwd: repositoryRoot})
      const modules = runCli(args, {cwd: repositoryRoot, env: {COPYDESK_BUNDLE: '0'}})
      expect(modules.stdout.length).toBeGreaterThan(1000)
      expect(bundled).toEqual(modules)
    }
  }, 120_000)
})
