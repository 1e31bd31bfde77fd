/** The corpus: drafts in `corpus/` with the findings each must produce beside them. */
import fs from 'node:fs'
import path from 'node:path'
import {root} from '../src/node/resources.js'
import type {CopydeskOptions} from '../src/core/copydesk.js'
import {checkText} from './helpers.js'

export interface Draft {
  /** Path from `corpus/` without the extension, e.g. `en-GB/york-flood-defences`. */
  readonly slug: string
  readonly path: string
  readonly text: string
  /** Expected finding lines: `line:column rule-id actual -> expected`. */
  readonly expected: string[]
  /**
   * Planted errors copydesk does not catch yet, marked `(known miss)` in the
   * expected file: counted against recall, and the test fails once one is
   * caught, so the file gets updated.
   */
  readonly knownMisses: string[]
  /** copydesk's options from the `.retextrc` in the draft's folder, if any. */
  readonly settings: CopydeskOptions
}

export const corpusFolder = path.join(root, 'corpus')

/** Drafts in `corpus/` and its subfolders; a subfolder's `.retextrc` sets its drafts' options. */
export function loadCorpus(folder = corpusFolder): Draft[] {
  const drafts: Draft[] = []
  const config = path.join(folder, '.retextrc')
  const settings = fs.existsSync(config) ? copydeskOptions(fs.readFileSync(config, 'utf8')) : {}
  for (const entry of fs.readdirSync(folder, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
    const name = entry.name
    if (entry.isDirectory()) {
      drafts.push(...loadCorpus(path.join(folder, name)))
      continue
    }
    if (!/\.(txt|md)$/.test(name) || name.endsWith('.expected.txt') || name === 'README.md') continue
    const base = path.join(folder, name.replace(/\.(txt|md)$/, ''))
    const expectedPath = base + '.expected.txt'
    drafts.push({
      slug: path.relative(corpusFolder, base),
      path: path.join(folder, name),
      text: fs.readFileSync(path.join(folder, name), 'utf8'),
      ...readExpected(expectedPath),
      settings
    })
  }
  return drafts
}

const knownMissMarker = ' (known miss)'

function readExpected(file: string): {expected: string[]; knownMisses: string[]} {
  const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '') : []
  return {
    expected: lines.filter((line) => !line.endsWith(knownMissMarker)),
    knownMisses: lines.filter((line) => line.endsWith(knownMissMarker)).map((line) => line.slice(0, -knownMissMarker.length))
  }
}

/** The options given to `copydesk` in a `.retextrc`. */
function copydeskOptions(json: string): CopydeskOptions {
  const config = JSON.parse(json) as {plugins?: Array<[string, CopydeskOptions] | string>}
  for (const entry of config.plugins ?? []) {
    if (Array.isArray(entry) && entry[0] === 'copydesk') return entry[1]
  }
  return {}
}

/**
 * Text as written in expected files: in double quotes (JSON) when it is
 * empty, has white space at an end or a line break (`""` deletes, `". "` adds
 * a space), so one finding stays one line and trimming cannot change it.
 */
function showText(text: string): string {
  return text === '' || /^\s|\s$|\n/.test(text) ? JSON.stringify(text) : text
}

/** What copydesk reports for a draft under the default config, in the expected-file format. */
export async function findings(draft: Draft): Promise<string[]> {
  const file = await checkText(draft.text, draft.settings, draft.path)
  return file.messages.map(
    (message) =>
      `${message.line}:${message.column} ${message.ruleId} ${showText(message.actual ?? '')} -> ${
        message.expected?.[0] === undefined ? '-' : showText(message.expected[0])
      }`
  )
}
