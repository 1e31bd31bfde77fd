/**
 * `copydesk names <folder> [...]`: write a names file from the stories a
 * desk has published (Markdown and text), for the `namesFile` setting.
 */
import fs from 'node:fs'
import path from 'node:path'
import {loadMarkdownSupport} from '../core/parse.js'
import {findDrafts} from '../node/find-drafts.js'
import {countNames, formatNamesFile, NameTally, namesToWrite} from '../node/names-archive.js'
import {readDraft} from '../node/read-draft.js'
import {loadResources} from '../node/resources.js'
import type {Io} from './index.js'
import {subcommandArgs, subcommandFailure} from './subcommand.js'

export const namesHelp = `Usage: copydesk names [options] <folder|story ...>

Write a names file from published stories (.txt, .md, .markdown): each name
the archive prints, with how often. Point \`namesFile\` in the copydesk
settings at it: its names are known, and a near miss of a name seen often
is reported as a slip.

Options:
  -o, --output <file>      write the names file here instead of stdout
      --min-count <n>      leave out names published fewer than n times (default: 2)
  -h, --help               show this help
`

/** Stories larger than this are not read: an archive holds stories, not dumps. */
const maxStoryBytes = 20 * 1024 * 1024

export async function namesCommand(io: Io, argv: ReadonlyArray<string>, extensions: ReadonlyArray<string>): Promise<number> {
  const fail = subcommandFailure(io, 'names')
  const parsed = subcommandArgs(
    argv,
    {
      output: {type: 'string', short: 'o'},
      'min-count': {type: 'string'},
      help: {type: 'boolean', short: 'h'}
    },
    fail,
    '\nRun `copydesk names --help` for usage.'
  )
  if (typeof parsed === 'number') return parsed
  const {values, positionals} = parsed
  if (values.help) {
    io.stdout.write(namesHelp)
    return 0
  }
  const minCount = values['min-count'] === undefined ? 2 : Number(values['min-count'])
  if (!Number.isInteger(minCount) || minCount < 1) {
    return fail(`Unexpected \`--min-count ${values['min-count']}\`, expected a whole number of 1 or more`)
  }
  if (positionals.length === 0) return fail('Unexpected no folder, expected a folder of published stories\nRun `copydesk names --help` for usage.')

  const found = await findDrafts(positionals, {cwd: io.cwd, extensions, detectIgnore: false, ignoreName: '.retextignore'})
  const missing = found.drafts.find((draft) => draft.problem !== undefined)
  if (missing) return fail(`${path.relative(io.cwd, missing.path) || missing.path}: ${missing.problem}`)
  const stories = found.drafts
  if (stories.length === 0) {
    return fail(`Unexpected no stories in ${positionals.map((name) => '`' + name + '`').join(', ')}, expected ${extensions.map((e) => '.' + e).join(', ')} files`)
  }

  await loadMarkdownSupport()
  const resources = await loadResources('en-US')
  const tally = new NameTally()
  let read = 0
  for (const story of stories) {
    const decoded = readDraft(story.path, maxStoryBytes)
    const shown = path.relative(io.cwd, story.path) || story.path
    // A story that cannot be read is named and left out; the rest still count.
    if (!decoded.ok) {
      io.stderr.write(`copydesk names: ${shown}: ${decoded.reason}, left out\n`)
      continue
    }
    countNames(decoded.text, story.path, resources, tally)
    read++
  }
  const text = formatNamesFile(namesToWrite(tally.counts(), minCount), read, positionals.join(', '))
  if (values.output === undefined) {
    io.stdout.write(text)
    return 0
  }
  const output = path.resolve(io.cwd, values.output)
  try {
    fs.writeFileSync(output, text)
  } catch (error) {
    return fail(`Cannot write \`${values.output}\` (${(error as NodeJS.ErrnoException).code ?? 'unwritable'}), expected a writable file`)
  }
  return 0
}
