/**
 * The package as a library, imported by name as a project that installed it
 * imports it (`node_modules/copydesk` is this repository, through the
 * `"copydesk": "file:"` dev dependency, so `exports` and `dist/` are what a
 * user gets): the unified plugin, `lint`, the read-only rule list and
 * presets, and the published types.
 */
import {createRequire} from 'node:module'
import path from 'node:path'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import remarkStringify from 'remark-stringify'
import retextEnglish from 'retext-english'
import retextStringify from 'retext-stringify'
import ts from 'typescript'
import {unified} from 'unified'
import {engine} from 'unified-engine'
import {VFile} from 'vfile'
import {beforeAll, describe, expect, it} from 'vitest'
import {ensureBuilt} from './built.js'
import {repositoryRoot} from './run-cli.js'
import {tempFolder} from './temp-folder.js'

type Api = typeof import('../src/index.js')
let api: Api
const temp = tempFolder('api')

beforeAll(async () => {
  await ensureBuilt()
  api = (await import('copydesk')) as Api
}, 240_000)

/** A draft with two known findings: a near miss of a known name, and a doubled word. */
const draft = 'Russian President Vladmir Putin said the the talks had failed.\n'
const docs = 'https://github.com/copydesk/copydesk/blob/main/rules/'

/** The fields a user reads of the name-spelling finding in `draft`, placed at `line`/`offset`. */
function nameFinding(line: number, column: number, offset: number, fatal: boolean) {
  return {
    ruleId: 'name-spelling',
    source: 'copydesk',
    url: docs + 'name-spelling/readme.md',
    actual: 'Vladmir',
    expected: ['Vladimir'],
    note: expect.stringMatching(/\S/),
    fatal,
    reason: 'Unexpected name `Vladmir`, expected `Vladimir`',
    place: {start: {line, column, offset}, end: {line, column: column + 7, offset: offset + 7}}
  }
}

function byRule(file: VFile, ruleId: string) {
  return file.messages.filter((message) => message.ruleId === ruleId)
}

describe('the package by name', () => {
  it('resolves `copydesk` to the built entry through `exports`', () => {
    const resolved = createRequire(path.join(repositoryRoot, 'package.json')).resolve('copydesk')
    expect(path.relative(repositoryRoot, resolved)).toBe(path.join('dist', 'src', 'index.js'))
  })

  it('exports the plugin as default, `lint`, the rules and the presets', () => {
    expect(typeof api.default).toBe('function')
    expect(typeof api.lint).toBe('function')
    expect(api.rules.map((rule) => rule.meta.id)).toContain('spelling')
    expect(Object.keys(api.presets)).toEqual(['recommended', 'strict', 'experimental'])
  })

  it('keeps the rule list and presets read-only', () => {
    expect(Object.isFrozen(api.rules)).toBe(true)
    expect(() => (api.rules as unknown[]).push({})).toThrow(TypeError)
    expect(() => {
      ;(api.rules[0]!.meta as {summary: string}).summary = 'changed'
    }).toThrow(TypeError)
    expect(() => {
      ;(api.presets['recommended'] as Record<string, string>)['spelling'] = 'off'
    }).toThrow(TypeError)
  })
})

describe('the unified plugin', () => {
  it('checks plain text after retext-english, with every message field in place', async () => {
    const file = await unified().use(retextEnglish).use(api.default).use(retextStringify).process(draft)
    expect(String(file)).toBe(draft)
    expect(byRule(file, 'name-spelling')).toEqual([expect.objectContaining(nameFinding(1, 19, 18, false))])
    expect(byRule(file, 'repeated-word').map((message) => message.fatal)).toEqual([false])
  })

  it('makes error-level findings fatal once its check is done', async () => {
    const processor = unified().use(retextEnglish).use(api.default, {rules: {'repeated-word': 'error'}})
    const file = new VFile(draft)
    await processor.run(processor.parse(file), file)
    expect(byRule(file, 'repeated-word').map((message) => [message.fatal, message.expected])).toEqual([[true, ['']]])
    expect(byRule(file, 'name-spelling').map((message) => message.fatal)).toEqual([false])
  })

  it('applies settings: preset, names and rules', async () => {
    const processor = unified()
      .use(retextEnglish)
      .use(api.default, {preset: 'strict', names: ['Vladmir'], rules: {'repeated-word': 'off'}})
      .use(retextStringify)
    const file = await processor.process('Vladmir left the the room.\n\nCritics say the scheme is too expensive.\n')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['vague-attribution'])
  })

  it('throws a settings problem naming the key path when attached', () => {
    const processor = unified().use(retextEnglish).use(api.default, {rules: {speling: 'warn'}})
    expect(() => processor.freeze()).toThrow('copydesk: Unexpected value for `rules.speling`: unknown rule, expected `spelling`')
    expect(() => unified().use(api.default, {dialect: 'fr' as 'en-GB'}).freeze()).toThrow(
      expect.objectContaining({name: 'SettingsError', keyPath: 'dialect'})
    )
  })

  it('says what it needs when given a tree that is not nlcst', async () => {
    const processor = unified().use(remarkParse).use(api.default).use(remarkStringify)
    await expect(processor.process('# Hello\n')).rejects.toThrow(
      'copydesk: Unexpected `root` tree, expected an nlcst `RootNode`: use retext-english before copydesk (or remark-retext in a remark pipeline)'
    )
  })

  it('checks Markdown in remark through remark-retext, places in the Markdown', async () => {
    const markdown = '# Talks\n\nRussian President Vladmir Putin said `teh` is code.\n\n```\nthe the\n```\n'
    const file = await unified()
      .use(remarkParse)
      .use(remarkRetext, unified().use(retextEnglish).use(api.default))
      .use(remarkStringify)
      .process(markdown)
    expect(String(file)).toBe(markdown)
    expect(file.messages).toEqual([expect.objectContaining(nameFinding(3, 19, 27, false))])
  })

  it('settles error levels when every draft of a unified-engine run is checked', async () => {
    {
      const folder = temp.path
      for (const name of ['a.txt', 'b.txt']) temp.write(name, draft)
      const {code, files} = await new Promise<{code: number | undefined; files: VFile[]}>((resolve, reject) => {
        engine(
          {
            processor: unified().use(retextEnglish).use(retextStringify),
            plugins: [[api.default, {rules: {'repeated-word': 'error'}}]],
            cwd: folder,
            files: ['a.txt', 'b.txt'],
            extensions: ['txt'],
            output: false,
            out: false,
            reporter: () => '',
            streamError: {write: () => true} as never
          },
          (error, exitCode, context) => (error ? reject(error) : resolve({code: exitCode, files: [...(context?.files ?? [])]}))
        )
      })
      expect(code).toBe(1)
      expect(files.map((file) => [file.basename, byRule(file, 'repeated-word').map((message) => message.fatal)])).toEqual([
        ['a.txt', [true]],
        ['b.txt', [true]]
      ])
    }
  })
})

describe('lint(text, options)', () => {
  it('checks plain text and keeps the path', async () => {
    const file = await api.lint(draft, {path: 'story.txt'})
    expect(file.path).toBe('story.txt')
    expect(file.messages.map((message) => message.ruleId)).toEqual(['name-spelling', 'repeated-word'])
    expect(byRule(file, 'name-spelling')).toEqual([expect.objectContaining(nameFinding(1, 19, 18, false))])
  })

  it('reads Markdown as the command line does: code, front matter and HTML are not prose', async () => {
    const markdown = '---\ntitle: teh\n---\n\nRussian President Vladmir Putin said `the the` here.\n\n<p>teh</p>\n'
    const file = await api.lint(markdown, {format: 'markdown'})
    expect(file.messages).toEqual([expect.objectContaining(nameFinding(5, 19, 38, false))])
    const asText = await api.lint(markdown, {format: 'text'})
    expect(asText.messages.map((message) => message.ruleId)).toContain('repeated-word')
  })

  it('takes the format from the path unless `format` says otherwise', async () => {
    const markdown = 'Code: `the the`.\n'
    expect((await api.lint(markdown, {path: 'story.md'})).messages).toEqual([])
    expect((await api.lint(markdown, {path: 'story.md', format: 'text'})).messages.map((message) => message.ruleId)).toEqual(['repeated-word'])
    expect((await api.lint(markdown, {path: 'story.txt', format: 'markdown'})).messages).toEqual([])
  })

  it('applies settings and makes errors fatal', async () => {
    const file = await api.lint('The colour of the the flag.\n', {dialect: 'en-GB', rules: {'repeated-word': 'error'}})
    expect(file.messages.map((message) => [message.ruleId, message.fatal])).toEqual([['repeated-word', true]])
    const american = await api.lint('The colour of the flag.\n', {dialect: 'en-US'})
    expect(american.messages.map((message) => message.expected[0])).toEqual(['color'])
  })

  it('rejects a settings problem with the key path', async () => {
    await expect(api.lint(draft, {rules: {'repeated-word': ['warn', {allow: 'the'}]}} as never)).rejects.toThrow(
      'copydesk: Unexpected value for `rules.repeated-word[1].allow`: got `the`, expected `Array<string>`'
    )
    await expect(api.lint(draft, {format: 'docx' as 'text'})).rejects.toThrow(
      'copydesk: Unexpected value for `format`: got `docx`, expected `"markdown"`, `"mdx"`, `"html"` or `"text"`'
    )
    await expect(api.lint(draft, {wordsFile: '../outside.txt'})).rejects.toThrow(/^copydesk: Unexpected value for `wordsFile`: got `\.\.\/outside\.txt`, outside the project/)
  })

  it('reports a draft it cannot check as one fatal `input` message', async () => {
    const file = await api.lint('PK\u0000\u0003')
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['input', true, 'Cannot check binary file, expected a text draft']
    ])
  })

  it('gives an empty draft one info notice, not a failure', async () => {
    const file = await api.lint('   \n')
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.reason])).toEqual([
      ['input', undefined, 'Unexpected empty draft, expected text: nothing was checked']
    ])
  })
})

describe('the published types', () => {
  /** Type-check `code` as a file of this repository that imports `copydesk` by name. */
  function typeErrors(code: string): string[] {
    const fileName = path.join(repositoryRoot, 'test', 'api-user.ts')
    const options: ts.CompilerOptions = {
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: true,
      types: ['node']
    }
    const host = ts.createCompilerHost(options)
    const {getSourceFile, fileExists, readFile} = host
    host.getSourceFile = (name, language, ...rest) =>
      name === fileName ? ts.createSourceFile(name, code, language) : getSourceFile.call(host, name, language, ...rest)
    host.fileExists = (name) => name === fileName || fileExists.call(host, name)
    host.readFile = (name) => (name === fileName ? code : readFile.call(host, name))
    const program = ts.createProgram([fileName], options, host)
    return ts
      .getPreEmitDiagnostics(program)
      .map((diagnostic) => {
        const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0
        return `${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`
      })
  }

  it('type-check a user’s code, and catch a wrong setting', () => {
    const code = [
      "import copydesk, {lint, presets, rules, type CopydeskMessage, type CopydeskOptions, type Finding, type Level, type LintOptions, type Rule, type RuleMeta, type Settings} from 'copydesk'",
      "import remarkParse from 'remark-parse'",
      "import remarkRetext from 'remark-retext'",
      "import remarkStringify from 'remark-stringify'",
      "import retextEnglish from 'retext-english'",
      "import retextStringify from 'retext-stringify'",
      "import {unified} from 'unified'",
      "const settings: Settings = {dialect: 'en-GB', preset: 'strict', words: ['gorp'], rules: {spelling: 'error', 'quote-attribution': ['warn', {minWords: 6}]}}",
      'const engineOptions: CopydeskOptions = settings as CopydeskOptions',
      "const processor = unified().use(retextEnglish).use(copydesk, settings).use(retextStringify)",
      "const inRemark = unified().use(remarkParse).use(remarkRetext, unified().use(retextEnglish).use(copydesk)).use(remarkStringify)",
      "const checked: string = String(await processor.process('text')) + String(await inRemark.process('# text'))",
      "const options: LintOptions = {format: 'markdown', path: 'story.md', ...settings}",
      'const file = await lint("text", options)',
      'const message: CopydeskMessage | undefined = file.messages[0]',
      'const fields: [string, string, string, string, string[], string] | undefined = message && [message.ruleId, message.source, message.url, message.actual, message.expected, message.note]',
      'const meta: RuleMeta | undefined = rules[0]?.meta',
      'const rule: Rule | undefined = rules[0]',
      "const level: Level | undefined = presets['recommended']?.['spelling']",
      "const finding: Finding = {reason: 'Unexpected x, expected y', note: 'Why.', actual: 'x'}",
      'export {engineOptions, checked, fields, meta, rule, level, finding}',
      "const wrong: Settings = {dialect: 'fr'}",
      'export {wrong}'
    ].join('\n')
    const errors = typeErrors(code)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/^22: Type '"fr"' is not assignable to type/)
  }, 60_000)
})
