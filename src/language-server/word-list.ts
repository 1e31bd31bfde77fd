/**
 * "Add `word` to the project's word list": the words file named by
 * `wordsFile` in the nearest config, or `copydesk-words.txt` beside that
 * config (which then names it), or, with no config at all, a new
 * `.retextrc` naming a new `copydesk-words.txt`.
 */
import fs from 'node:fs'
import path from 'node:path'

export const defaultWordsFile = 'copydesk-words.txt'

/** What was written, for the editor's message. */
export interface AddedWord {
  readonly wordsPath: string
  /** A config file that was created or changed to name the words file. */
  readonly configPath: string | undefined
}

/** A problem a person can act on, in one line. */
export class WordListError extends Error {}

/**
 * Add `word` to a words file: one word a line, comments (`#`) and the
 * header kept on top, words sorted and deduplicated; created if missing.
 */
export function addToWordsFile(wordsPath: string, word: string): void {
  let text = ''
  try {
    text = fs.readFileSync(wordsPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new WordListError(`Cannot read words file \`${wordsPath}\` (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`)
    }
  }
  const comments: string[] = []
  const words = new Set<string>()
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const trimmed = line.trim()
    if (trimmed === '') continue
    if (trimmed.startsWith('#')) comments.push(trimmed)
    else words.add(trimmed)
  }
  words.add(word)
  const sorted = [...words].sort((left, right) => left.localeCompare(right, 'en') || (left < right ? -1 : left > right ? 1 : 0))
  try {
    fs.mkdirSync(path.dirname(wordsPath), {recursive: true})
    fs.writeFileSync(wordsPath, [...comments, ...sorted].join('\n') + '\n')
  } catch (error) {
    throw new WordListError(`Cannot write words file \`${wordsPath}\` (${(error as NodeJS.ErrnoException).code ?? 'unwritable'})`)
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
  const named = ownOptions?.['wordsFile']
  if (configPath && typeof named === 'string') {
    const wordsPath = path.resolve(path.dirname(configPath), named)
    addToWordsFile(wordsPath, word)
    return {wordsPath, configPath: undefined}
  }
  if (!configPath) {
    const rcPath = path.join(folder, '.retextrc')
    const wordsPath = path.join(folder, defaultWordsFile)
    addToWordsFile(wordsPath, word)
    try {
      fs.writeFileSync(rcPath, JSON.stringify({plugins: [['copydesk', {wordsFile: defaultWordsFile}]]}, null, 2) + '\n', {flag: 'wx'})
    } catch (error) {
      throw new WordListError(`Cannot write config \`${rcPath}\` (${(error as NodeJS.ErrnoException).code ?? 'unwritable'})`)
    }
    return {wordsPath, configPath: rcPath}
  }
  // A config without a words file: name one in it, if it is JSON we can edit.
  let text: string
  let json: unknown
  try {
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
  const wordsPath = path.join(path.dirname(configPath), defaultWordsFile)
  addToWordsFile(wordsPath, word)
  const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  '
  try {
    fs.writeFileSync(configPath, JSON.stringify(json, null, indent) + '\n')
  } catch (error) {
    throw new WordListError(`Cannot write config \`${configPath}\` (${(error as NodeJS.ErrnoException).code ?? 'unwritable'})`)
  }
  return {wordsPath, configPath}
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
