import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {officialSarifSchema, sarifValidator} from './sarif-schema.js'
import {runMain} from './run-cli.js'
import type {Position} from 'unist'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {ruleUrl, source} from '../src/core/define-rule.js'
import {formatReport, formats} from '../src/reporters/index.js'

const cwd = '/newsroom'
const draftPath = 'desk/notícias/café, été.md'
const draftUri = 'desk/not%C3%ADcias/caf%C3%A9%2C%20%C3%A9t%C3%A9.md'

interface Fields {
  readonly place?: Position | {line: number; column: number; offset?: number}
  readonly ruleId?: string
  readonly source?: string
  readonly fatal?: boolean | undefined
  readonly actual?: string
  readonly expected?: string[]
  readonly note?: string
  readonly cause?: unknown
}

/** Add a message the way the engine does: `file.message`, then set fields. */
function add(file: VFile, reason: string, fields: Fields): VFileMessage {
  const message = file.message(reason, {
    place: fields.place,
    ruleId: fields.ruleId,
    source: fields.source ?? (fields.ruleId ? source : undefined)
  })
  message.fatal = 'fatal' in fields ? fields.fatal : false
  if (fields.ruleId && (fields.source ?? source) === source) message.url = ruleUrl(fields.ruleId)
  if (fields.actual !== undefined) message.actual = fields.actual
  if (fields.expected !== undefined) message.expected = fields.expected
  if (fields.note !== undefined) message.note = fields.note
  if (fields.cause !== undefined) message.cause = fields.cause
  return message
}

function range(start: [number, number, number], end: [number, number, number]): Position {
  return {
    start: {line: start[0], column: start[1], offset: start[2]},
    end: {line: end[0], column: end[1], offset: end[2]}
  }
}

const [nameConsistency, nameSpelling, spelling] = ['name-consistency', 'name-spelling', 'spelling'].map((id) => {
  const index = rules.findIndex((rule) => rule.meta.id === id)
  if (index === -1) throw new Error('Missing rule `' + id + '`')
  return {id, index}
}) as [{id: string; index: number}, {id: string; index: number}, {id: string; index: number}]

/** Fresh files for each test: a draft with findings, a clean one, two file-level problems. */
function fixtures() {
  const text = 'Teh minister Zelensky said really 50% of\nZelenski’s plan.\n'
  const draft = new VFile({path: draftPath, cwd, value: text})
  const typo = add(draft, 'Unexpected misspelling `Teh`, expected `The`', {
    place: range([1, 1, 0], [1, 4, 3]),
    ruleId: spelling.id,
    actual: 'Teh',
    expected: ['The', 'Tech'],
    note: 'Spelling errors cost a paper its readers’ trust.'
  })
  const filler = add(draft, 'Unexpected filler `really`, expected nothing', {
    place: range([1, 28, 27], [1, 34, 33]),
    ruleId: nameSpelling.id,
    actual: 'really',
    expected: [''],
    note: 'Filler words add length, not meaning.'
  })
  const name = add(draft, 'Unexpected spelling `of\nZelenski`, expected `of Zelensky`', {
    place: range([1, 39, 38], [2, 9, 49]),
    ruleId: nameConsistency.id,
    fatal: true,
    actual: 'of\nZelenski',
    expected: ['of Zelensky'],
    note: 'The draft spells this name two ways.',
    cause: 'First spelled `Zelensky` at 1:14'
  })
  const info = add(draft, 'Stopped suggesting after 30 words: 50%, a,b', {
    place: range([2, 11, 51], [2, 17, 57]),
    ruleId: spelling.id,
    fatal: undefined,
    actual: ' plan.'
  })
  const passive = add(draft, 'Don’t use the passive', {
    place: range([1, 23, 22], [1, 27, 26]),
    ruleId: 'retext-passive',
    source: 'retext-passive'
  })

  const clean = new VFile({path: 'desk/clean.md', cwd, value: 'The minister spoke.\n'})

  const binary = new VFile({path: 'desk/photo.md', cwd, value: 'x\u0000'})
  const refused = add(binary, 'Cannot check binary file, expected a text draft', {
    place: {line: 1, column: 2, offset: 1},
    ruleId: 'input',
    fatal: true
  })

  const missing = new VFile({path: 'desk/gone.md', cwd})
  const cause = Object.assign(new Error('ENOENT: no such file or directory'), {code: 'ENOENT'})
  const notFound = add(missing, 'No such file or folder', {fatal: true, cause})

  return {
    files: [draft, clean, binary, missing],
    draft,
    clean,
    messages: {typo, filler, name, info, passive, refused, notFound}
  }
}

describe('formats', () => {
  it('lists every format, stylish first', () => {
    expect(formats).toEqual(['stylish', 'json', 'sarif', 'github', 'markdown'])
  })

  it('ends machine-readable reports with a newline (stylish is for a terminal)', () => {
    const {files} = fixtures()
    for (const format of formats) {
      expect(formatReport(files, format, {cwd}).endsWith('\n'), format).toBe(format !== 'stylish')
    }
  })
})

describe('stylish', () => {
  it('is empty when quiet and nothing is found', () => {
    const {clean} = fixtures()
    expect(formatReport([clean], 'stylish', {quiet: true})).toBe('')
  })

  it('says so for a clean file when not quiet', () => {
    const {clean} = fixtures()
    expect(formatReport([clean], 'stylish', {})).toBe('desk/clean.md: no issues found')
  })

  it('leaves clean files out when quiet', () => {
    const {files} = fixtures()
    const report = formatReport(files, 'stylish', {quiet: true, width: 200})
    expect(report).not.toContain('clean.md')
    expect(report).toContain(draftPath)
    expect(report).toContain('1:1-1:4')
    expect(report).toContain('Unexpected misspelling `Teh`, expected `The`')
    expect(report).toContain('No such file or folder')
  })

  it('fits rows in the width, wrapping the reason in its column and keeping the rule id on the first line', () => {
    const file = new VFile({path: 'desk/story.md', cwd})
    const reason = 'Unexpected quotation with no speaker `"The others will sign through their lawyers"`, expected a speaker named in its sentence or paragraph'
    add(file, reason, {ruleId: 'quote-attribution', place: range([12, 1, 400], [12, 113, 512])})
    add(file, 'Unexpected repeated word `the the`, expected `the`', {ruleId: 'repeated-word', place: range([3, 5, 40], [3, 12, 47])})
    for (const width of [72, 80, 100]) {
      const lines = formatReport([file], 'stylish', {width}).split('\n')
      expect(lines.filter((line) => line.length > width), String(width)).toEqual([])
      const first = lines.findIndex((line) => line.startsWith('12:1-12:113'))
      expect(lines[first]).toMatch(/^12:1-12:113 +warning +Unexpected quotation .* quote-attribution$/)
      // The rest of the reason follows in its own column, word for word.
      const column = lines[first]!.indexOf('Unexpected')
      const rest = lines.slice(first + 1).filter((line) => line.startsWith(' '.repeat(column)) && line.trim() !== '')
      const words = [lines[first]!.slice(column).replace(/ +quote-attribution$/, ''), ...rest.map((line) => line.trim())].join(' ')
      expect(words).toBe(reason)
      // Rows come in the draft's order.
      expect(lines.findIndex((line) => line.startsWith('3:5-3:12'))).toBeLessThan(first)
    }
    // A row that fits is one line.
    expect(formatReport([file], 'stylish', {width: 400}).split('\n').filter((line) => line.startsWith(' '))).toEqual([])
  })

  it('adds the why, every suggestion and the rule’s page when verbose', () => {
    const file = new VFile({path: 'desk/story.md', cwd})
    const message = add(file, 'Unexpected unknown word `goverment`, expected `government`', {ruleId: 'spelling', place: range([1, 5, 4], [1, 14, 13])})
    message.note = 'It is not in the en-US dictionary and is one slip from a common word.'
    message.expected = ['government', 'governments']
    message.url = 'https://example.org/rules/spelling'
    const plainReport = formatReport([file], 'stylish', {width: 200})
    expect(plainReport).not.toMatch(/Why:|Suggestions:|See:/)
    const verbose = formatReport([file], 'stylish', {width: 200, verbose: true})
    expect(verbose).toMatch(/\n +Why: It is not in the en-US dictionary and is one slip from a common word\.\n/)
    expect(verbose).toMatch(/\n +Suggestions: `government`, `governments`\n/)
    expect(verbose).toMatch(/\n +See: https:\/\/example\.org\/rules\/spelling\n/)
  })

  it('uses colour only when asked', () => {
    const {files} = fixtures()
    expect(formatReport(files, 'stylish', {})).not.toContain('\u001B[')
    expect(formatReport(files, 'stylish', {color: true})).toContain('\u001B[')
  })
})

describe('json', () => {
  it('writes one object per file with every field of every message', () => {
    const {files} = fixtures()
    const report = formatReport(files, 'json', {})
    expect(report.endsWith(']\n')).toBe(true)
    const data: unknown = JSON.parse(report)

    const common = {source, note: null, actual: null, expected: null}
    expect(data).toEqual([
      {
        path: draftPath,
        messages: [
          {
            reason: 'Unexpected misspelling `Teh`, expected `The`',
            line: 1,
            column: 1,
            place: range([1, 1, 0], [1, 4, 3]),
            ruleId: 'spelling',
            source,
            url: ruleUrl('spelling'),
            actual: 'Teh',
            expected: ['The', 'Tech'],
            note: 'Spelling errors cost a paper its readers’ trust.',
            fatal: false
          },
          {
            reason: 'Unexpected filler `really`, expected nothing',
            line: 1,
            column: 28,
            place: range([1, 28, 27], [1, 34, 33]),
            ruleId: 'name-spelling',
            source,
            url: ruleUrl('name-spelling'),
            actual: 'really',
            expected: [''],
            note: 'Filler words add length, not meaning.',
            fatal: false
          },
          {
            reason: 'Unexpected spelling `of\nZelenski`, expected `of Zelensky`',
            line: 1,
            column: 39,
            place: range([1, 39, 38], [2, 9, 49]),
            ruleId: 'name-consistency',
            source,
            url: ruleUrl('name-consistency'),
            actual: 'of\nZelenski',
            expected: ['of Zelensky'],
            note: 'The draft spells this name two ways.',
            fatal: true,
            cause: 'First spelled `Zelensky` at 1:14'
          },
          {
            ...common,
            reason: 'Stopped suggesting after 30 words: 50%, a,b',
            line: 2,
            column: 11,
            place: range([2, 11, 51], [2, 17, 57]),
            ruleId: 'spelling',
            url: ruleUrl('spelling'),
            actual: ' plan.',
            fatal: null
          },
          {
            ...common,
            reason: 'Don’t use the passive',
            line: 1,
            column: 23,
            place: range([1, 23, 22], [1, 27, 26]),
            ruleId: 'retext-passive',
            source: 'retext-passive',
            url: null,
            fatal: false
          }
        ]
      },
      {path: 'desk/clean.md', messages: []},
      {
        path: 'desk/photo.md',
        messages: [
          {
            ...common,
            reason: 'Cannot check binary file, expected a text draft',
            line: 1,
            column: 2,
            place: {line: 1, column: 2, offset: 1},
            ruleId: 'input',
            url: ruleUrl('input'),
            fatal: true
          }
        ]
      },
      {
        path: 'desk/gone.md',
        messages: [
          {
            ...common,
            reason: 'No such file or folder',
            line: null,
            column: null,
            place: null,
            ruleId: null,
            source: null,
            url: null,
            fatal: true,
            cause: 'Error: ENOENT: no such file or directory'
          }
        ]
      }
    ])
  })

  it('leaves clean files out when quiet', () => {
    const {files, clean} = fixtures()
    expect(formatReport([clean], 'json', {quiet: true})).toBe('[]\n')
    const paths = (JSON.parse(formatReport(files, 'json', {quiet: true})) as Array<{path: string}>).map(
      (file) => file.path
    )
    expect(paths).toEqual([draftPath, 'desk/photo.md', 'desk/gone.md'])
  })
})

describe('sarif', () => {
  const official = officialSarifSchema
  const validator = sarifValidator

  function sarif(files: ReadonlyArray<VFile>, options = {cwd, version: '1.2.3'}) {
    const report = formatReport(files, 'sarif', options)
    const log = JSON.parse(report) as SarifShape
    return {report, log, run: log.runs[0]!}
  }

  interface SarifShape {
    $schema: string
    version: string
    runs: Array<{
      tool: {driver: {name: string; version?: string; informationUri: string; rules: Array<Record<string, unknown>>}}
      invocations: Array<{
        executionSuccessful: boolean
        toolExecutionNotifications: Array<Record<string, unknown>>
      }>
      originalUriBaseIds?: Record<string, {uri: string}>
      columnKind: string
      results: Array<{
        ruleId?: string
        ruleIndex?: number
        level: string
        message: {text: string}
        locations?: Array<{physicalLocation: {artifactLocation: {uri: string; uriBaseId: string}; region?: unknown}}>
        fixes?: Array<Record<string, unknown>>
      }>
    }>
  }

  it('checks the schema is the draft-04 one this test adapts', () => {
    expect(official.$schema).toBe('http://json-schema.org/draft-04/schema#')
    expect(JSON.stringify(official)).not.toMatch(/"exclusive(?:Minimum|Maximum)"/)
  })

  it('validates against the official SARIF 2.1.0 schema', () => {
    const validate = validator()
    const {log} = sarif(fixtures().files)
    expect(validate(log), JSON.stringify(validate.errors, undefined, 2)).toBe(true)
  })

  it('validates with nothing found, without a cwd or version', () => {
    const validate = validator()
    const {log, run} = sarif([fixtures().clean], {} as {cwd: string; version: string})
    expect(validate(log), JSON.stringify(validate.errors, undefined, 2)).toBe(true)
    expect(run.results).toEqual([])
    expect(run.invocations).toEqual([{executionSuccessful: true, toolExecutionNotifications: []}])
    expect(run.tool.driver.version).toBeUndefined()
    expect(run.originalUriBaseIds).toBeUndefined()
  })

  it('rejects a log the schema forbids (the validator is live)', () => {
    const validate = validator()
    const {log, run} = sarif(fixtures().files)
    run.results[0]!.level = 'fatal'
    expect(validate(log)).toBe(false)
    run.results[0]!.level = 'error'
    run.results[0]!.locations![0]!.physicalLocation.artifactLocation.uri = 'café été.md'
    expect(validate(log)).toBe(false)
  })

  it('describes the tool and every rule', () => {
    const {log, run} = sarif(fixtures().files)
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
    expect(run.columnKind).toBe('utf16CodeUnits')
    expect(run.tool.driver).toMatchObject({name: 'copydesk', version: '1.2.3'})
    expect(run.tool.driver.informationUri).toMatch(/^https:\/\//)
    expect(run.tool.driver.rules).toEqual(
      rules.map(({meta}) => ({
        id: meta.id,
        name: meta.id,
        shortDescription: {text: meta.summary},
        helpUri: ruleUrl(meta.id),
        properties: {category: meta.category, fix: meta.fix}
      }))
    )
    expect(run.originalUriBaseIds).toEqual({'%SRCROOT%': {uri: 'file:///newsroom/'}})
  })

  it('maps findings to results with levels, rule indices and relative URIs', () => {
    const {run} = sarif(fixtures().files)
    expect(run.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['spelling', spelling.index, 'warning'],
      ['name-spelling', nameSpelling.index, 'warning'],
      ['name-consistency', nameConsistency.index, 'error'],
      ['spelling', spelling.index, 'note'],
      ['retext-passive/retext-passive', undefined, 'warning']
    ])
    for (const result of run.results) {
      expect(result.locations![0]!.physicalLocation.artifactLocation).toEqual({uri: draftUri, uriBaseId: '%SRCROOT%'})
    }
  })

  it('writes the region in UTF-16 columns with offsets, and the note in the text', () => {
    const {run} = sarif(fixtures().files)
    const [typo, , name] = run.results
    expect(typo!.locations![0]!.physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 4,
      charOffset: 0,
      charLength: 3
    })
    expect(typo!.message.text).toBe(
      'Unexpected misspelling `Teh`, expected `The`\n\nSpelling errors cost a paper its readers’ trust.'
    )
    expect(name!.locations![0]!.physicalLocation.region).toEqual({
      startLine: 1,
      startColumn: 39,
      endLine: 2,
      endColumn: 9,
      charOffset: 38,
      charLength: 11
    })
    expect(name!.message.text).toBe(
      'Unexpected spelling `of\nZelenski`, expected `of Zelensky`\nFirst spelled `Zelensky` at 1:14\n\nThe draft spells this name two ways.'
    )
  })

  it('offers one fix per expected value, a deletion for an empty one', () => {
    const {run} = sarif(fixtures().files)
    const [typo, filler, , info, passive] = run.results
    const artifactLocation = {uri: draftUri, uriBaseId: '%SRCROOT%'}
    const region = {startLine: 1, startColumn: 1, endLine: 1, endColumn: 4, charOffset: 0, charLength: 3}
    expect(typo!.fixes).toEqual([
      {
        description: {text: 'Replace `Teh` with `The`'},
        artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: 'The'}}]}]
      },
      {
        description: {text: 'Replace `Teh` with `Tech`'},
        artifactChanges: [{artifactLocation, replacements: [{deletedRegion: region, insertedContent: {text: 'Tech'}}]}]
      }
    ])
    expect(filler!.fixes).toEqual([
      {
        description: {text: 'Delete `really`'},
        artifactChanges: [
          {
            artifactLocation,
            replacements: [
              {
                deletedRegion: {startLine: 1, startColumn: 28, endLine: 1, endColumn: 34, charOffset: 27, charLength: 6},
                insertedContent: {text: ''}
              }
            ]
          }
        ]
      }
    ])
    expect(info!.fixes).toBeUndefined()
    expect(passive!.fixes).toBeUndefined()
  })

  it('reports file-level problems as failed-execution notifications', () => {
    const {run} = sarif(fixtures().files)
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: {text: 'Cannot check binary file, expected a text draft'},
            descriptor: {id: 'input'},
            locations: [
              {
                physicalLocation: {
                  artifactLocation: {uri: 'desk/photo.md', uriBaseId: '%SRCROOT%'},
                  region: {startLine: 1, startColumn: 2}
                }
              }
            ]
          },
          {
            level: 'error',
            message: {text: 'No such file or folder\nError: ENOENT: no such file or directory'},
            locations: [{physicalLocation: {artifactLocation: {uri: 'desk/gone.md', uriBaseId: '%SRCROOT%'}}}]
          }
        ]
      }
    ])
  })

  it('leaves locations out for a file without a path (stdin)', () => {
    const validate = validator()
    const file = new VFile({value: 'Teh'})
    add(file, 'Unexpected misspelling `Teh`, expected `The`', {
      place: range([1, 1, 0], [1, 4, 3]),
      ruleId: 'spelling',
      expected: ['The']
    })
    const {log, run} = sarif([file])
    expect(validate(log), JSON.stringify(validate.errors, undefined, 2)).toBe(true)
    expect(run.results[0]!.locations).toBeUndefined()
    expect(run.results[0]!.fixes).toBeUndefined()
    expect(formatReport([file], 'github', {cwd})).toBe(
      '::warning line=1,col=1,endLine=1,endColumn=4,title=copydesk(spelling)::Unexpected misspelling `Teh`, expected `The`\n'
    )
  })

  it('makes URIs relative to the given cwd, not the file’s', () => {
    const file = new VFile({path: 'a b.md', cwd: '/newsroom/desk'})
    add(file, 'Unexpected misspelling `teh`, expected `the`', {place: range([1, 1, 0], [1, 4, 3]), ruleId: 'spelling'})
    const {run} = sarif([file])
    expect(run.results[0]!.locations![0]!.physicalLocation.artifactLocation.uri).toBe('desk/a%20b.md')
  })
})

describe('github', () => {
  it('writes one command per message, with levels, positions and escaping', () => {
    const {files} = fixtures()
    const lines = formatReport(files, 'github', {cwd}).split('\n')
    const file = 'file=desk/notícias/café%2C été.md'
    expect(lines).toEqual([
      `::warning ${file},line=1,col=1,endLine=1,endColumn=4,title=copydesk(spelling)::Unexpected misspelling \`Teh\`, expected \`The\``,
      `::warning ${file},line=1,col=28,endLine=1,endColumn=34,title=copydesk(name-spelling)::Unexpected filler \`really\`, expected nothing`,
      // Across lines GitHub takes lines only.
      `::error ${file},line=1,endLine=2,title=copydesk(name-consistency)::Unexpected spelling \`of%0AZelenski\`, expected \`of Zelensky\``,
      `::notice ${file},line=2,col=11,endLine=2,endColumn=17,title=copydesk(spelling)::Stopped suggesting after 30 words: 50%25, a,b`,
      `::warning ${file},line=1,col=23,endLine=1,endColumn=27,title=copydesk(retext-passive)::Don’t use the passive`,
      '::error file=desk/photo.md,line=1,col=2,title=copydesk(input)::Cannot check binary file, expected a text draft',
      '::error file=desk/gone.md,title=copydesk::No such file or folder',
      ''
    ])
  })

  it('escapes %, CR, LF, colons and commas in properties', () => {
    const file = new VFile({path: 'a:b,c%\r\nd.md', cwd})
    add(file, 'Line one\r\nline two: 100%', {ruleId: 'spelling', place: {line: 3, column: 4}})
    expect(formatReport([file], 'github', {cwd})).toBe(
      '::warning file=a%3Ab%2Cc%25%0D%0Ad.md,line=3,col=4,title=copydesk(spelling)::Line one%0D%0Aline two: 100%25\n'
    )
  })

  it('is empty when nothing is found', () => {
    const {clean} = fixtures()
    expect(formatReport([clean], 'github', {cwd})).toBe('')
  })
})

describe('control characters from drafts', () => {
  // ESC ] 0 ; … BEL sets a terminal's title; U+009B is CSI; U+202E reverses the line; CR and DEL overwrite.
  const hostile = 'Unexpected quotation `\u001B]0;pwned\u0007 \u009B2J\u202Eevil\rback\u007F`, expected a speaker'
  const files = () => {
    const file = new VFile({path: 'desk/\u001B[31mred.md', cwd})
    add(file, hostile, {ruleId: 'quote-attribution', place: range([1, 1, 0], [1, 9, 8]), cause: 'First at \u001B[1m1:1'})
    return [file]
  }
  const raw = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/

  it('shows them escaped in the stylish report, file names and causes too', () => {
    const report = formatReport(files(), 'stylish', {width: 200})
    expect(report).not.toMatch(raw)
    expect(report).toContain('desk/\\u001B[31mred.md')
    expect(report).toContain('`\\u001B]0;pwned\\u0007 \\u009B2J\\u202Eevil\\u000Dback\\u007F`')
    expect(report).toContain('First at \\u001B[1m1:1')
  })

  it('keeps the stylish report’s own colours', () => {
    const report = formatReport(files(), 'stylish', {color: true})
    expect(report).toContain('\u001B[')
    expect(report.replace(/\u001B\[\d+(?:;\d+)*m/g, '')).not.toMatch(raw)
  })

  it('shows them escaped in GitHub annotations, CR as the workflow escape', () => {
    const report = formatReport(files(), 'github', {cwd})
    expect(report).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E]/)
    expect(report).toContain('file=desk/\\u001B[31mred.md')
    expect(report).toContain('`\\u001B]0;pwned\\u0007 \\u009B2J\\u202Eevil%0Dback\\u007F`')
  })

  it('keeps them as JSON escapes in JSON and SARIF: the values read back unchanged', () => {
    for (const format of ['json', 'sarif'] as const) {
      const report = formatReport(files(), format, {cwd})
      expect(report, format).not.toMatch(raw)
      expect(report, format).toContain('\\u001b]0;pwned\\u0007 \\u009B2J\\u202Eevil\\rback\\u007F')
    }
    const parsed = JSON.parse(formatReport(files(), 'json')) as Array<{path: string; messages: Array<{reason: string}>}>
    expect(parsed[0]!.messages[0]!.reason).toBe(hostile)
    expect(parsed[0]!.path).toBe('desk/\u001B[31mred.md')
  })

  it('lets no control character of a real draft through, in any format (the audit’s title change)', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-controls-'))
    try {
      fs.writeFileSync(path.join(folder, 'title.txt'), '"Nobody \u001B]0;pwned-title\u0007 saw \u009B2J it coming."\n')
      for (const format of formats) {
        const result = await runMain(['--format', format, 'title.txt'], {cwd: folder})
        const report = result.stdout + result.stderr
        expect(report, format).toMatch(/pwned-title/)
        expect(report, format).not.toMatch(raw)
      }
    } finally {
      fs.rmSync(folder, {recursive: true, force: true})
    }
  })
})

describe('markdown', () => {
  it('counts every finding by level and rule, and tables them with the first suggestion', () => {
    const {files} = fixtures()
    const report = formatReport(files, 'markdown', {cwd})
    const lines = report.split('\n')
    expect(lines[0]).toBe('## copydesk')
    const total = files.reduce((sum, file) => sum + file.messages.length, 0)
    expect(report).toContain(`${total} findings in ${files.filter((file) => file.messages.length > 0).length} drafts of ${files.length}:`)
    const findingRows = lines.filter((line) => /^\| [^|]+ \| (error|warning|info) \|/.test(line))
    expect(findingRows).toHaveLength(total)
    const countRows = lines.filter((line) => /^\| \S+ \| \d+ \| \d+ \| \d+ \|$/.test(line))
    expect(countRows.reduce((sum, row) => sum + row.split('|').slice(2, 5).reduce((each, cell) => each + Number(cell), 0), 0)).toBe(total)
  })

  it('escapes draft text so a cell cannot end early or become markup', () => {
    const file = new VFile({path: 'a.md', cwd})
    file.message('Unexpected `a|b` <script>alert(1)</script> *x*', {place: {line: 2, column: 3}, ruleId: 'spelling'})
    const row = formatReport([file], 'markdown', {cwd}).split('\n').find((line) => line.startsWith('| a.md:2:3'))!
    expect(row.split(/(?<!\\)\|/)).toHaveLength(7)
    expect(row).toContain('\\`a\\|b\\` &lt;script&gt;alert(1)&lt;/script&gt; \\*x\\*')
  })

  it('stops the table at maxRows and says how many more were counted', () => {
    const file = new VFile({path: 'a.md', cwd})
    for (let index = 1; index <= 12; index++) file.message('Unexpected word', {place: {line: index, column: 1}, ruleId: 'spelling'})
    const report = formatReport([file], 'markdown', {cwd, maxRows: 5} as never)
    expect(report.split('\n').filter((line) => line.startsWith('| a.md:'))).toHaveLength(5)
    expect(report).toContain('| spelling | 0 | 12 | 0 |')
    expect(report).toContain('The table shows the first 5; 7 more are counted above.')
  })

  it('says so when there is nothing to report', () => {
    expect(formatReport([new VFile({path: 'a.md', cwd})], 'markdown', {cwd})).toBe('## copydesk\n\nNo findings in 1 draft.\n')
  })
})
