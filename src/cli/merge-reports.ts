/**
 * `copydesk merge-reports a.json b.json …`: one report from the JSON
 * reports of several runs (the shards of a CI matrix, `--shard i/n`), in
 * any format. Files are sorted by path as a single run sorts them; the exit
 * code is a run's: 1 when any finding is an error.
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {formatReport, formats, type Format} from '../reporters/index.js'
import type {Io} from './index.js'
import {subcommandArgs, subcommandFailure} from './subcommand.js'

export const mergeReportsHelp = `Usage: copydesk merge-reports [options] <report.json ...>

Merge JSON reports (\`--format json\`, one per shard) into one report.

Options:
  -f, --format <name>      report format: stylish (default), json, sarif, github
  -o, --output <file>      write the report to a file instead of the terminal
  -q, --quiet              show only files with findings
  -h, --help               show this help
`

class ReportError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const isPoint = (value: unknown): boolean => isRecord(value) && Number.isInteger(value['line']) && Number.isInteger(value['column'])
const optionalString = (value: unknown) => value === null || value === undefined || typeof value === 'string'

/** The files of one JSON report, rebuilt; throws `ReportError` naming what is wrong. */
function readReport(text: string, cwd: string): VFile[] {
  let report: unknown
  try {
    report = JSON.parse(text)
  } catch {
    throw new ReportError('not JSON')
  }
  if (!Array.isArray(report)) throw new ReportError('expected an array of files, as `--format json` writes')
  return report.map((entry, index) => {
    if (!isRecord(entry) || !optionalString(entry['path']) || !Array.isArray(entry['messages'])) {
      throw new ReportError(`file ${index + 1} is not \`{path, messages}\``)
    }
    const file = new VFile({cwd, path: typeof entry['path'] === 'string' ? entry['path'] : undefined})
    for (const [at, message] of (entry['messages'] as unknown[]).entries()) {
      const place = isRecord(message) ? message['place'] : undefined
      const placeOk = place === null || isPoint(place) || (isRecord(place) && isPoint(place['start']) && isPoint(place['end']))
      const expected = isRecord(message) ? message['expected'] : undefined
      if (
        !isRecord(message) ||
        typeof message['reason'] !== 'string' ||
        !placeOk ||
        !['ruleId', 'source', 'url', 'actual', 'note', 'cause'].every((key) => optionalString(message[key])) ||
        !(message['fatal'] === null || typeof message['fatal'] === 'boolean') ||
        !(expected === null || (Array.isArray(expected) && expected.every((item) => typeof item === 'string')))
      ) {
        throw new ReportError(`message ${at + 1} of file ${index + 1} is not a copydesk finding`)
      }
      const rebuilt = file.message(message['reason'], {
        place: (place ?? undefined) as never,
        ruleId: (message['ruleId'] as string | null) ?? undefined,
        source: (message['source'] as string | null) ?? undefined
      })
      rebuilt.fatal = message['fatal'] as boolean | null
      if (typeof message['url'] === 'string') rebuilt.url = message['url']
      if (typeof message['actual'] === 'string') rebuilt.actual = message['actual']
      if (Array.isArray(expected)) rebuilt.expected = expected as string[]
      if (typeof message['note'] === 'string') rebuilt.note = message['note']
      if (typeof message['cause'] === 'string') (rebuilt as {cause?: unknown}).cause = message['cause']
    }
    return file
  })
}

export async function mergeReportsCommand(io: Io, argv: ReadonlyArray<string>, version: string): Promise<number> {
  const fail = subcommandFailure(io, 'merge-reports')
  const parsed = subcommandArgs(
    argv,
    {
      format: {type: 'string', short: 'f'},
      output: {type: 'string', short: 'o'},
      quiet: {type: 'boolean', short: 'q'},
      help: {type: 'boolean', short: 'h'}
    },
    fail
  )
  if (typeof parsed === 'number') return parsed
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(mergeReportsHelp)
    return 0
  }
  const format = (values.format ?? 'stylish') as Format
  if (!formats.includes(format)) return fail(`Unexpected format \`${values.format}\`, expected one of ${formats.map((f) => '`' + f + '`').join(', ')}`)
  if (positionals.length === 0) return fail('No reports: give the JSON reports to merge')

  const files: VFile[] = []
  const seen = new Map<string, string>()
  for (const name of positionals) {
    let text: string
    try {
      text = fs.readFileSync(path.resolve(io.cwd, name), 'utf8')
    } catch (error) {
      return fail(`Cannot read report \`${name}\`: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`)
    }
    let read: VFile[]
    try {
      read = readReport(text, io.cwd)
    } catch (error) {
      if (error instanceof ReportError) return fail(`Cannot merge report \`${name}\`: ${error.message}`)
      throw error
    }
    for (const file of read) {
      const key = file.path ?? '<stdin>'
      const earlier = seen.get(key)
      if (earlier !== undefined) return fail(`Cannot merge report \`${name}\`: \`${key}\` is in \`${earlier}\` too, expected each draft in one report`)
      seen.set(key, name)
      files.push(file)
    }
  }
  files.sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0))
  const report = formatReport(files, format, {
    color: !values.output && format === 'stylish' && io.stdout.isTTY === true && !io.env['NO_COLOR'],
    quiet: values.quiet === true,
    width: 80,
    cwd: io.cwd,
    version
  })
  if (values.output) {
    try {
      fs.writeFileSync(path.resolve(io.cwd, values.output), report)
    } catch (error) {
      return fail(`Cannot write \`${values.output}\`: ${(error as Error).message}`)
    }
  } else {
    io.stdout.write(report.endsWith('\n') ? report : report + '\n')
  }
  return files.some((file) => file.messages.some((message) => message.fatal === true)) ? 1 : 0
}
