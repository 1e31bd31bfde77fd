/**
 * Word endings that sound alike and are written for one another: a writer
 * who spells by ear picks the wrong one (`noticable` for noticeable,
 * `contributer` for contributor, `publically` for publicly). Each pair is
 * the ending as written, then the ending meant; most go both ways.
 *
 * Where they came from: written here from the suffix confusions that
 * English spelling guides and usage manuals list under commonly misspelled
 * words (-able/-ible, -ance/-ence, -ant/-ent, -ary/-ery, -er/-or, -ally/-ly,
 * -cede/-ceed, -ious/-eous, -tion/-sion), and a silent `e` kept before
 * -able after `c` or `g`. Facts, not copied text. Licence: MIT, like the
 * rest of copydesk.
 */

const bothWays: ReadonlyArray<readonly [string, string]> = [
  ['able', 'ible'],
  ['ance', 'ence'],
  ['ancy', 'ency'],
  ['ant', 'ent'],
  ['ary', 'ery'],
  ['ary', 'ory'],
  ['ery', 'ory'],
  ['er', 'or'],
  ['ly', 'ally'],
  ['cede', 'ceed'],
  ['ious', 'eous'],
  ['tion', 'sion']
]

/** A silent `e` left out, or a vowel for it, before -able (`noticable`, `noticible`: noticeable). */
const oneWay: ReadonlyArray<readonly [string, string]> = [
  ['cable', 'ceable'],
  ['cible', 'ceable'],
  ['gable', 'geable'],
  ['gible', 'geable']
]

/** Inflected endings that carry the pair along (`contributers`, `survivers`). */
const inflections = ['', 's']

/** Written ending → the endings meant by it, longest written ending first. */
const suffixSoundAlikes: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = (() => {
  const table = new Map<string, Set<string>>()
  const add = (written: string, meant: string) => {
    for (const inflection of inflections) {
      let set = table.get(written + inflection)
      if (!set) {
        set = new Set()
        table.set(written + inflection, set)
      }
      set.add(meant + inflection)
    }
  }
  for (const [one, other] of bothWays) {
    add(one, other)
    add(other, one)
  }
  for (const [written, meant] of oneWay) add(written, meant)
  return [...table]
    .map(([written, meant]) => [written, [...meant].sort()] as const)
    .sort((left, right) => right[0].length - left[0].length || (left[0] < right[0] ? -1 : 1))
})()

/**
 * The words `word` may be a sound-alike ending of: the same stem with each
 * ending meant by the one it is written with. The stem keeps three letters
 * at least, so a short word (`rely`) is not read as a suffix.
 */
export function suffixSwaps(word: string): string[] {
  const swaps: string[] = []
  // Asked of most unknown words: indexed loops and reads make no iterator steps.
  for (let index = 0; index < suffixSoundAlikes.length; index++) {
    const written = suffixSoundAlikes[index]![0]
    const meant = suffixSoundAlikes[index]![1]
    if (!word.endsWith(written) || word.length - written.length < 3) continue
    const stem = word.slice(0, -written.length)
    for (let at = 0; at < meant.length; at++) swaps.push(stem + meant[at]!)
  }
  return swaps
}
