/**
 * Config runs no code unless trusted: every way a config could name code
 * (the audit's list) is refused with one line and exit 2 before any draft
 * is read, and the code never runs: each planted plugin would write a
 * marker file, and no marker is ever written. Script configs and installed
 * plugins load with `--trust-config`; paths never do. The GitHub Action's
 * `trust-config` input is tested in cli-process.test.ts.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runMain} from './run-cli.js'

let folder: string

function write(name: string, content: string): string {
  const file = path.join(folder, name)
  fs.mkdirSync(path.dirname(file), {recursive: true})
  fs.writeFileSync(file, content)
  return file
}

/** A plugin module that writes `marker` when it is imported and when it runs. */
function evilModule(marker: string): string {
  return [
    "import fs from 'node:fs'",
    `fs.writeFileSync(${JSON.stringify(marker)}, 'imported\\n')`,
    'export default function () {',
    `  fs.appendFileSync(${JSON.stringify(marker)}, 'attached\\n')`,
    '  return function (tree, file) {',
    "    file.message('Planted plugin ran', undefined, 'marker:ran')",
    '  }',
    '}',
    ''
  ].join('\n')
}

function markers(): string[] {
  return fs.readdirSync(folder).filter((name) => name.startsWith('MARKER'))
}

const draft = 'The minister spoke to reporters on Monday.\n'

function run(args: string[], options: {input?: string; cwd?: string} = {}) {
  return runMain(args, {cwd: options.cwd ?? folder, ...(options.input === undefined ? {} : {input: options.input})})
}

beforeAll(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-trust-')))
})

afterAll(() => {
  fs.rmSync(folder, {recursive: true, force: true})
})

describe('config from an untrusted folder', () => {
  const variants: Array<[string, () => string[], RegExp]> = [
    [
      'a relative path in .retextrc',
      () => {
        write('relative/evil.js', evilModule(path.join(folder, 'MARKER-relative')))
        write('relative/.retextrc', JSON.stringify({plugins: ['./evil.js']}))
        return [write('relative/draft.txt', draft)]
      },
      /relative\/\.retextrc: Unexpected plugin `\.\/evil\.js`, expected a package name: JSON and YAML config never load a file by path$/
    ],
    [
      'a path in .retextrc.yml',
      () => {
        write('yaml/evil.js', evilModule(path.join(folder, 'MARKER-yaml')))
        write('yaml/.retextrc.yml', 'plugins:\n  - ./evil.js\n')
        return [write('yaml/draft.txt', draft)]
      },
      /yaml\/\.retextrc\.yml: Unexpected plugin `\.\/evil\.js`, expected a package name/
    ],
    [
      'a path in the package.json field',
      () => {
        write('package/evil.js', evilModule(path.join(folder, 'MARKER-package')))
        write('package/package.json', JSON.stringify({name: 'desk', copydesk: {plugins: ['./evil.js']}}))
        return [write('package/draft.txt', draft)]
      },
      /package\/package\.json: Unexpected plugin `\.\/evil\.js`/
    ],
    [
      'an absolute path',
      () => {
        const evil = write('absolute-target/evil-abs.mjs', evilModule(path.join(folder, 'MARKER-absolute')))
        write('absolute/.retextrc', JSON.stringify({plugins: [evil]}))
        return [write('absolute/draft.txt', draft)]
      },
      /absolute\/\.retextrc: Unexpected plugin `\/.*evil-abs\.mjs`, expected a package name/
    ],
    [
      'a package from a node_modules inside the folder',
      () => {
        write('nested/node_modules/retext-evil/package.json', JSON.stringify({name: 'retext-evil', type: 'module', exports: './index.js'}))
        write('nested/node_modules/retext-evil/index.js', evilModule(path.join(folder, 'MARKER-nested')))
        write('nested/.retextrc', JSON.stringify({plugins: ['evil']}))
        return [write('nested/draft.txt', draft)]
      },
      /nested\/\.retextrc: Unexpected plugin `evil` in an untrusted config, expected only `copydesk`: pass `--trust-config` to load it$/
    ],
    [
      'the object form of plugins',
      () => {
        write('object/evil.js', evilModule(path.join(folder, 'MARKER-object')))
        write('object/.retextrc', JSON.stringify({plugins: {copydesk: {}, './evil.js': {}}}))
        return [write('object/draft.txt', draft)]
      },
      /object\/\.retextrc: Unexpected plugin `\.\/evil\.js`/
    ],
    [
      'a preset object holding a path',
      () => {
        write('preset/evil.js', evilModule(path.join(folder, 'MARKER-preset')))
        write('preset/.retextrc', JSON.stringify({plugins: [{plugins: ['./evil.js']}]}))
        return [write('preset/draft.txt', draft)]
      },
      /preset\/\.retextrc: Unexpected plugin `\{"plugins":\["\.\/evil\.js"\]\}`, expected a package name/
    ],
    [
      'a file: URL',
      () => {
        const evil = write('url/evil.mjs', evilModule(path.join(folder, 'MARKER-url')))
        write('url/.retextrc', JSON.stringify({plugins: ['file://' + evil]}))
        return [write('url/draft.txt', draft)]
      },
      /url\/\.retextrc: Unexpected plugin `file:\/\/.*`, expected a package name/
    ],
    [
      'a script config',
      () => {
        write('script/.retextrc.mjs', evilModule(path.join(folder, 'MARKER-script')).replace('export default function () {', 'export const unused = function () {') + 'export default {plugins: []}\n')
        return [write('script/draft.txt', draft)]
      },
      /script\/\.retextrc\.mjs: Unexpected JavaScript config in an untrusted run, expected JSON or YAML: loading it runs its code; pass `--trust-config` to load it$/
    ]
  ]

  for (const [name, setup, pattern] of variants) {
    it(`refuses ${name} with one line and exit 2, and runs nothing`, async () => {
      const result = await run(setup())
      expect(result.code).toBe(2)
      const lines = result.stderr.trimEnd().split('\n')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(/^copydesk: /)
      expect(lines[0]).toMatch(pattern)
      expect(markers()).toEqual([])
    })
  }

  it('refuses the config of a draft read from stdin with --stdin-filename', async () => {
    const result = await run(['--stdin-filename', 'relative/piped.txt'], {input: draft})
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/relative\/\.retextrc: Unexpected plugin `\.\/evil\.js`/)
    expect(markers()).toEqual([])
  })

  it('refuses a config named with --config as well', async () => {
    const result = await run(['--config', 'nested/.retextrc', write('elsewhere/draft.txt', draft)])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/Unexpected plugin `evil` in an untrusted config/)
    expect(markers()).toEqual([])
  })

  it('checks the drafts with --no-config', async () => {
    const result = await run(['--no-config', '--quiet', 'relative/draft.txt', 'script/draft.txt'])
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(markers()).toEqual([])
  })

  it('refuses a third-party plugin by name, as retext-passive, without trust', async () => {
    write('passive/.retextrc', JSON.stringify({plugins: ['copydesk', 'retext-passive']}))
    write('passive/a.txt', draft)
    write('passive/b.txt', draft)
    const result = await run(['passive'])
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `copydesk: ${path.join(folder, 'passive/.retextrc')}: Unexpected plugin \`retext-passive\` in an untrusted config, expected only \`copydesk\`: pass \`--trust-config\` to load it\n`
    )
  })
})

describe('--trust-config', () => {
  it('loads a script config', async () => {
    const result = await run(['--trust-config', '--quiet', 'script/draft.txt'])
    expect(result).toMatchObject({code: 0, stderr: ''})
    expect(markers()).toEqual(['MARKER-script'])
    fs.rmSync(path.join(folder, 'MARKER-script'))
  })

  it('still never loads a file by path from JSON or YAML config', async () => {
    for (const name of ['relative', 'yaml', 'package', 'absolute', 'object', 'url']) {
      const result = await run(['--trust-config', `${name}/draft.txt`])
      expect(result.code).toBe(2)
      expect(result.stderr).toMatch(/Unexpected plugin `.*`, expected a package name: JSON and YAML config never load a file by path/)
    }
    expect(markers()).toEqual([])
  })

  it('never resolves a plugin from a node_modules beside the config', async () => {
    const result = await run(['--trust-config', 'nested/draft.txt'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/nested\/\.retextrc: Cannot load plugin `evil` \(.*\), expected it installed in `.*\/node_modules` or beside copydesk/)
    expect(markers()).toEqual([])
  })

  it('loads a plugin by name from the project’s own node_modules, and only when trusted', async () => {
    const project = path.join(folder, 'project')
    write('project/node_modules/retext-marker/package.json', JSON.stringify({name: 'retext-marker', type: 'module', exports: './index.js'}))
    write('project/node_modules/retext-marker/index.js', evilModule(path.join(folder, 'MARKER-installed')))
    write('project/drafts/.retextrc', JSON.stringify({plugins: [['copydesk', {words: ['Kyiv']}], 'marker']}))
    write('project/drafts/story.txt', draft)

    const refused = await run(['drafts'], {cwd: project})
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/drafts\/\.retextrc: Unexpected plugin `marker` in an untrusted config, expected only `copydesk`: pass `--trust-config` to load it/)
    expect(markers()).toEqual([])

    const trusted = await run(['--trust-config', '--format', 'json', 'drafts'], {cwd: project})
    expect(trusted.code).toBe(0)
    const report = JSON.parse(trusted.stdout) as Array<{messages: Array<{reason: string; source: string}>}>
    expect(report[0]!.messages).toMatchObject([{reason: 'Planted plugin ran', source: 'marker'}])
    expect(fs.readFileSync(path.join(folder, 'MARKER-installed'), 'utf8')).toBe('imported\nattached\n')
    fs.rmSync(path.join(folder, 'MARKER-installed'))
  })
})
