/**
 * `namesFile`: the names a newsroom has published, with how often, as
 * `copydesk names` writes them (one name a line, its count after a tab or
 * spaces, `#` for comments; a name with no count counts once). It is held
 * to the project as `wordsFile` is (see words-file.ts).
 */
import {ConfigError} from '../core/settings.js'
import {readListFile} from './words-file.js'
import {strongNameCount} from '../analysis/slips.js'

/** Name → count. Throws `ConfigError` on a line that is not a name and a count. */
export function parseNamesFile(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const [index, raw] of text.split(/\r?\n|\r/).entries()) {
    const line = raw.replace(/#.*$/, '').trim()
    if (line === '') continue
    const match = /^(\S+)(?:\s+(\d+))?$/u.exec(line)
    if (!match) {
      throw new ConfigError('namesFile', `line ${index + 1} is \`${line.slice(0, 60)}\`, expected a name and a count, such as \`Lehtinen 12\``)
    }
    const name = match[1]!
    counts.set(name, (counts.get(name) ?? 0) + Number(match[2] ?? 1))
  }
  return counts
}

/** What a names file adds to the settings: strong names, rarer names as accepted words, and every count. */
export interface NamesFileSettings {
  readonly names: string[]
  readonly words: string[]
  readonly nameCounts: Record<string, number>
}

export function readNamesFile(namesFile: string, projectFolder: string): NamesFileSettings {
  const counts = parseNamesFile(readListFile(namesFile, projectFolder, 'namesFile'))
  const names: string[] = []
  const words: string[] = []
  const nameCounts: Record<string, number> = {}
  for (const [name, count] of counts) {
    // A strong name is known and a target a slip is measured against (`names`);
    // a rarer one is only known: one published use may itself have been a slip.
    ;(count >= strongNameCount ? names : words).push(name)
    nameCounts[name] = count
  }
  return {names, words, nameCounts}
}
