/**
 * The baseline copydesk must beat: retext-spell as its readme shows it, with
 * the en-US Hunspell dictionary and default options (suggestions on, at most
 * 30 suggested words per processor), one processor reused for every file.
 * Also nspell itself, for dictionary look-ups and its own suggestions.
 */
import {createRequire} from 'node:module'
import dictionaryEn from 'dictionary-en'
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import retextSpell from 'retext-spell'
import {unified} from 'unified'
import type {VFile} from 'vfile'

/** The part of nspell the bench uses (the package ships no types). */
export interface Spellchecker {
  correct(word: string): boolean
  suggest(word: string): string[]
}

type NspellFactory = (dictionary: {aff: Uint8Array; dic: Uint8Array}) => Spellchecker

export function createNspell(): Spellchecker {
  const require = createRequire(import.meta.url)
  const nspell = require('nspell') as NspellFactory
  return nspell({aff: dictionaryEn.aff, dic: dictionaryEn.dic})
}

export function createNaiveProcessor() {
  return unified().use(retextEnglish).use(retextSpell, {dictionary: dictionaryEn})
}

/** Check one file with the naive pipeline (it has no compiler, so parse + run). */
export async function checkNaive(processor: ReturnType<typeof createNaiveProcessor>, file: VFile): Promise<VFile> {
  const tree: Root = processor.parse(file)
  await processor.run(tree, file)
  return file
}

/** retext-spell's findings, without its one “no longer suggesting” notice. */
export function naiveFindings(file: VFile): VFile['messages'] {
  return file.messages.filter((message) => message.ruleId !== 'overflow')
}

/**
 * Source of a stand-alone naive checker: `node script.mjs <file|folder>`
 * checks each `.txt`/`.md` file in one process, one after another, and
 * prints the messages as JSON, as `copydesk --format json` does. Modules
 * are imported by absolute URL so the script runs from a temp folder.
 */
export function naiveScriptSource(): string {
  const url = (specifier: string) => JSON.stringify(import.meta.resolve(specifier))
  return `// Written by copydesk's bench: the naive retext-spell pipeline as a CLI.
import fs from 'node:fs'
import path from 'node:path'
import {unified} from ${url('unified')}
import retextEnglish from ${url('retext-english')}
import retextSpell from ${url('retext-spell')}
import dictionaryEn from ${url('dictionary-en')}
import {VFile} from ${url('vfile')}

const processor = unified().use(retextEnglish).use(retextSpell, {dictionary: dictionaryEn})

function drafts(target) {
  if (!fs.statSync(target).isDirectory()) return [target]
  return fs
    .readdirSync(target, {recursive: true})
    .map((name) => path.join(target, String(name)))
    .filter((name) => /\\.(txt|md)$/.test(name))
    .sort()
}

const report = []
for (const target of process.argv.slice(2)) {
  for (const draft of drafts(target)) {
    const file = new VFile({path: draft, value: fs.readFileSync(draft, 'utf8')})
    await processor.run(processor.parse(file), file)
    // Plain fields only: a VFileMessage's \`ancestors\` would serialise whole trees.
    report.push({
      path: file.path,
      messages: file.messages.map(({reason, line, column, ruleId, source, actual, expected}) => ({reason, line, column, ruleId, source, actual, expected}))
    })
  }
}
process.stdout.write(JSON.stringify(report) + '\\n')
`
}
