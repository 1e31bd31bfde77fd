/**
 * "Add `word` to the project's word list": the words file named by
 * `wordsFile` in the nearest config, or `copydesk-words.txt` beside that
 * config (which then names it), or, with no config at all, a new
 * `.retextrc` naming a new `copydesk-words.txt`.
 *
 * The words file is held to the rules the CLI reads it by (a regular file
 * in the folder holding the config or below, bounded, UTF-8; see
 * src/node/words-file.ts), and the word is appended: the person's lines,
 * comments, blank lines and order stay as they were.
 */
import fs from 'node:fs'
import path from 'node:path'
import {ConfigError} from '../core/settings.js'
import {appendWord, isWritableWord} from '../node/words-file.js'

export const defaultWordsFile = 'copydesk-words.txt'

/** What was written, for the editor's message. */
export interface AddedWord {
  readonly wordsPath: string
  /** A config file that was created or changed to name the words file. */
  readonly configPath: string | undefined
  /** The word was on the list already: nothing was written. */
  readonly present: boolean
}

/** A problem a person can act on, in one line. */
export class WordListError extends Error {}

/** Append `word` to `wordsFile` of the project in `projectFolder`; problems become one-line `WordListError`s naming `configPath`. */
function append(word: string, wordsFile: string, projectFolder: string, configPath: string): {wordsPath: string; present: boolean} {
  try {
    const result = appendWord(wordsFile, projectFolder, word)
    return {wordsPath: result.filePath, present: result.present}
  } catch (error) {
    if (error instanceof ConfigError) throw new WordListError(`Cannot add \`${word}\` to the word list: ${configPath}: ${error.message}`)
    throw error
  }
}

/**
 * Add `word` for the config at `configPath` (copydesk's options in it are
 * `ownOptions`); with no config, one is made in `folder`.
 */
export function addWord(
  word: string,
  configPath: string | undefined,
  ownOptions: Readonly<Record<string, unknown>> | undefined,
  folder: string
): AddedWord {
  if (!isWritableWord(word)) {
    throw new WordListError(`Cannot add ${JSON.stringify(word)} to the word list, expected one word on one line`)
  }
  const named = ownOptions?.['wordsFile']
  if (configPath && typeof named === 'string') {
    return {...append(word, named, path.dirname(configPath), configPath), configPath: undefined}
  }
  if (!configPath) {
    const rcPath = path.join(folder, '.retextrc')
    const added = append(word, defaultWordsFile, folder, rcPath)
    try {
      fs.writeFileSync(rcPath, JSON.stringify({plugins: [['copydesk', {wordsFile: defaultWordsFile}]]}, null, 2) + '\n', {flag: 'wx'})
    } catch (error) {
      throw new WordListError(`Cannot write config \`${rcPath}\` (${(error as NodeJS.ErrnoException).code ?? 'unwritable'})`)
    }
    return {...added, configPath: rcPath}
  }
  // A config without a words file: name one in it, if it is JSON we can edit.
  let text: string
  let json: unknown
  try {
    // Rewritten in place below: a regular file, not a link to somewhere else.
    if (!fs.lstatSync(configPath).isFile()) throw new Error('not a regular file')
    text = fs.readFileSync(configPath, 'utf8')
    json = JSON.parse(text)
  } catch {
    throw new WordListError(
      `Cannot add \`${word}\` to \`${configPath}\`, expected a JSON config: name a \`wordsFile\` in its copydesk options`
    )
  }
  const isPackage = path.basename(configPath) === 'package.json'
  const config = (isPackage ? (json as Record<string, unknown>)['copydesk'] : json) as Record<string, unknown> | undefined
  if (!config || typeof config !== 'object' || Array.isArray(config)) {
    throw new WordListError(`Cannot add \`${word}\` to \`${configPath}\`, expected an object with \`plugins\``)
  }
  nameWordsFile(config, configPath)
  const added = append(word, defaultWordsFile, path.dirname(configPath), configPath)
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  '
  try {
    fs.writeFileSync(configPath, JSON.stringify(json, null, indent) + '\n')
  } catch (error) {
    throw new WordListError(`Cannot write config \`${configPath}\` (${(error as NodeJS.ErrnoException).code ?? 'unwritable'})`)
  }
  return {...added, configPath}
}

/** Set `wordsFile` in copydesk's entry of `plugins`, adding the entry if there is none. */
function nameWordsFile(config: Record<string, unknown>, configPath: string): void {
  const plugins = config['plugins'] ?? []
  if (Array.isArray(plugins)) {
    const index = plugins.findIndex((entry) => {
      const name: unknown = Array.isArray(entry) ? entry[0] : entry
      return name === 'copydesk' || name === 'retext-copydesk'
    })
    const entry: unknown = plugins[index]
    if (index === -1) plugins.unshift(['copydesk', {wordsFile: defaultWordsFile}])
    else if (!Array.isArray(entry)) plugins[index] = [entry, {wordsFile: defaultWordsFile}]
    else if (entry[1] === undefined || entry[1] === null) entry[1] = {wordsFile: defaultWordsFile}
    else if (typeof entry[1] === 'object' && !Array.isArray(entry[1])) (entry[1] as Record<string, unknown>)['wordsFile'] = defaultWordsFile
    else throw new WordListError(`Cannot add a word list to \`${configPath}\`, expected copydesk's options to be an object`)
    config['plugins'] = plugins
    return
  }
  if (typeof plugins === 'object' && plugins !== null) {
    const map = plugins as Record<string, unknown>
    const key = 'retext-copydesk' in map ? 'retext-copydesk' : 'copydesk'
    const options = map[key]
    if (options === undefined || options === null) map[key] = {wordsFile: defaultWordsFile}
    else if (typeof options === 'object' && !Array.isArray(options)) (options as Record<string, unknown>)['wordsFile'] = defaultWordsFile
    else throw new WordListError(`Cannot add a word list to \`${configPath}\`, expected copydesk's options to be an object`)
    return
  }
  throw new WordListError(`Cannot add a word list to \`${configPath}\`, expected \`plugins\` to be a list or an object`)
}
