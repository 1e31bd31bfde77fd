/** The corpus: drafts in `corpus/` with the findings each must produce beside them. */
import fs from 'node:fs'
import path from 'node:path'
import {root} from '../src/node/resources.js'
import {checkText} from './helpers.js'

export interface Draft {
  readonly slug: string
  readonly path: string
  readonly text: string
  /** Expected finding lines: `line:column rule-id actual -> expected`. */
  readonly expected: string[]
}

export const corpusFolder = path.join(root, 'corpus')

export function loadCorpus(): Draft[] {
  return fs
    .readdirSync(corpusFolder)
    .filter((name) => /\.(txt|md)$/.test(name) && !name.endsWith('.expected.txt') && name !== 'README.md')
    .sort()
    .map((name) => {
      const slug = name.replace(/\.(txt|md)$/, '')
      const expectedPath = path.join(corpusFolder, slug + '.expected.txt')
      return {
        slug,
        path: path.join(corpusFolder, name),
        text: fs.readFileSync(path.join(corpusFolder, name), 'utf8'),
        expected: fs.existsSync(expectedPath)
          ? fs.readFileSync(expectedPath, 'utf8').split('\n').filter((line) => line.trim() !== '')
          : []
      }
    })
}

/** What copydesk reports for a draft under the default config, in the expected-file format. */
export async function findings(draft: Draft): Promise<string[]> {
  const file = await checkText(draft.text, {}, draft.path)
  return file.messages.map(
    (message) => `${message.line}:${message.column} ${message.ruleId} ${message.actual} -> ${message.expected?.[0] ?? '-'}`
  )
}
