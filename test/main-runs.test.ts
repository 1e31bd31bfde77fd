/**
 * `main(io)` called many times in one process, one run after another and
 * several at once, as the in-process tests call it: no run sees another's
 * progress counts, worker threads or findings.
 */
import fs from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {repositoryRoot, runMain} from './run-cli.js'
import {tempFolder} from './temp-folder.js'

const folder = tempFolder('runs')

/** A folder of `count` drafts, each holding `text`. */
function drafts(name: string, count: number, text: string): string {
  for (let index = 0; index < count; index++) folder.write(`${name}/d${String(index).padStart(2, '0')}.txt`, text)
  return path.join(folder.path, name)
}

/** The progress lines a terminal would show, in order. */
function progressLines(stderr: string): string[] {
  return stderr
    .split('\r')
    .map((part) => part.trim())
    .filter((part) => part.startsWith('copydesk: checked'))
}

/** `path actual` for each finding in a JSON report. */
function findings(stdout: string): string[] {
  const files = JSON.parse(stdout) as Array<{path: string; messages: Array<{actual: string}>}>
  return files.flatMap((file) => file.messages.map((message) => `${file.path} ${message.actual}`))
}

describe('main() run more than once in one process', () => {
  it('counts progress from zero in every run', async () => {
    const cwd = drafts('progress', 20, 'The minister spoke on Monday.\n')
    for (const run of [1, 2, 3]) {
      const result = await runMain(['--jobs', '1', '--quiet', '.'], {cwd, tty: true})
      expect(result.code, `run ${run}`).toBe(0)
      expect(progressLines(result.stderr), `run ${run}`).toEqual(['copydesk: checked 10 of 20 drafts', 'copydesk: checked 20 of 20 drafts'])
    }
  })

  it('counts cached drafts from zero in every run too', async () => {
    const cwd = drafts('progress-cache', 20, 'The minister spoke on Monday.\n')
    for (const run of [1, 2]) {
      const result = await runMain(['--jobs', '1', '--quiet', '--cache', '.'], {cwd, tty: true})
      expect(progressLines(result.stderr), `run ${run}`).toEqual(['copydesk: checked 10 of 20 drafts', 'copydesk: checked 20 of 20 drafts'])
    }
  })

  it('keeps findings and exit codes apart in runs at once with different settings', async () => {
    const typo = drafts('settings', 3, 'The goverment said so.\n')
    folder.write('strict/.retextrc', JSON.stringify({plugins: [['copydesk', {rules: {spelling: 'error'}}]]}))
    const strict = drafts('strict', 3, 'The goverment said so.\n')
    const [plain, errors, quiet] = await Promise.all([
      runMain(['--jobs', '1', '--format', 'json', '.'], {cwd: typo}),
      runMain(['--jobs', '1', '--format', 'json', '.'], {cwd: strict}),
      runMain(['--jobs', '1', '--format', 'json', '--disable', 'spelling', '.'], {cwd: typo})
    ])
    expect(plain.code).toBe(0)
    expect(errors.code).toBe(1)
    expect(quiet.code).toBe(0)
    expect(findings(plain.stdout)).toEqual(['d00.txt goverment', 'd01.txt goverment', 'd02.txt goverment'])
    expect(findings(errors.stdout)).toEqual(['d00.txt goverment', 'd01.txt goverment', 'd02.txt goverment'])
    expect(JSON.parse(errors.stdout)[0].messages[0].fatal).toBe(true)
    expect(findings(quiet.stdout)).toEqual([])
  })
})

describe('CheckRun', () => {
  it('closes only its own worker threads: a run that ends first leaves the other’s checking', async () => {
    // The built module: its workers load the compiled worker.js beside it.
    const {CheckRun} = (await import(pathToFileURL(path.join(repositoryRoot, 'dist/src/node/plugin.js')).href)) as typeof import('../src/node/plugin.js')
    const ended = new CheckRun(2)
    const running = new CheckRun(2)
    expect(ended.pool.get()).not.toBe(running.pool.get())
    await ended.pool.close()
    try {
      const messages = await running.pool.get().check('story.txt', 'The goverment met.\n', {})
      expect(messages.map((message) => message.actual)).toEqual(['goverment'])
    } finally {
      await running.pool.close()
    }
  })
})
