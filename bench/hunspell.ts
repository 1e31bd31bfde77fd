/**
 * The `hunspell` binary as a second reference for first-suggestion accuracy,
 * used only when the machine already has it and an en_US dictionary (the
 * bench installs no system packages).
 */
import {spawnSync} from 'node:child_process'

export type HunspellStatus = {readonly available: true} | {readonly available: false; readonly reason: string}

export function findHunspell(): HunspellStatus {
  const probe = spawnSync('hunspell', ['-D'], {input: '', encoding: 'utf8'})
  if (probe.error) return {available: false, reason: '`hunspell` is not installed'}
  // `-D` lists the dictionaries it can load (on stderr).
  if (!/en_US/.test(probe.stdout + probe.stderr)) return {available: false, reason: 'no en_US dictionary for `hunspell`'}
  return {available: true}
}

/**
 * First suggestion of `hunspell -a -d en_US` for each word (`undefined` when
 * it has none or accepts the word). Pipe mode answers each input line with
 * result lines and a blank line; `&` lines read `& word count offset: s1, s2`.
 */
export function hunspellFirstSuggestions(words: ReadonlyArray<string>): Array<string | undefined> {
  // `^` makes hunspell read the line as text, never as a pipe-mode command.
  const input = words.map((word) => '^' + word).join('\n') + '\n'
  const run = spawnSync('hunspell', ['-a', '-d', 'en_US'], {input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})
  if (run.error || run.status !== 0) throw new Error(`hunspell failed: ${run.error?.message ?? run.stderr}`)
  const answers = run.stdout.split('\n').slice(1).join('\n').split(/\n\n/)
  return words.map((_word, index) => {
    const line = (answers[index] ?? '').split('\n').find((result) => result.startsWith('&'))
    return line ? line.slice(line.indexOf(':') + 1).split(',')[0]?.trim() : undefined
  })
}
