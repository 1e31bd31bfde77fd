/**
 * Two words run together (`thecouncil`, `inthe`, `Lehtinenyesterday`): the
 * split, when both halves are known and common enough that the pair is a
 * likelier reading than a rare word or a slip.
 */
import {isGluedPair} from '../../src/lexicon/function-words.js'
import {typingDistance, type Suggester} from '../../src/analysis/suggest.js'

/** Log10 SUBTLEX count a half of four letters or more needs (about 300 uses in 51 million words). */
const commonHalf = 2.5
/** A half of two or three letters needs more: a word as common as `in`, `the`, `not` (10,000 uses). */
const commonShortHalf = 4
/**
 * One half must be a very common word (about 30,000 uses: `the`, `in`,
 * `lot`) or a closed-class word (`each`, `next`): two content words
 * together (`manhours`, `oilseeds`) are far more often a closed compound
 * than a missing space.
 */
const veryCommon = 4.5
/** The word after a name needs to be common (about 1,000 uses). */
const commonAfterName = 3
/** A single word this close (in weighted edits) with the same first letter is a likelier reading than two words. */
const singleWordBeatsSplit = 1

/**
 * Adverb particles English closes up with a verb or noun to make a new
 * word (`upgrade`, `offload`, `outsource`, `downsize`, `overpay`,
 * `backfill`), and goes on making them faster than dictionaries list them
 * (`upsell`, `upskill`, `offboard`, `upvote`): before a content word such
 * a particle is read as a compound's first part, not a missing space. A
 * glued error of this shape (`outloud`, `offguard`) goes unflagged; before
 * a closed-class word (`upto`, `outof`) the split stands.
 */
const particles = new Set(['up', 'out', 'off', 'down', 'over', 'back'])

/** The best split of a lower-case token into two common words, as `left right`. */
export function wordSplit(lower: string, suggester: Suggester): string | undefined {
  // `goin`, `sayin`: a dropped g (going), not a missing space.
  if (suggester.has(lower + 'g')) return undefined
  const isHalf = (half: string, left: boolean) => {
    // `a` starts a pair (`alot`); after a word it is more often a stray key (`thinga`).
    if (half.length < 2) return half === 'a' && left
    return suggester.has(half) && suggester.frequency(half) >= (half.length <= 3 ? commonShortHalf : commonHalf)
  }
  let best: string | undefined
  let bestScore = -Infinity
  for (let at = 1; at < lower.length; at++) {
    const left = lower.slice(0, at)
    const right = lower.slice(at)
    if (!isHalf(left, true) || !isHalf(right, false)) continue
    if (particles.has(left) && !isGluedPair(left, right)) continue
    const frequencies = [suggester.frequency(left), suggester.frequency(right)]
    // Or a closed-class word (`eachother`, `nextweek`): English closes up content words, seldom these.
    if (Math.max(...frequencies) < veryCommon && !isGluedPair(left, right)) continue
    // The rarer half decides how likely the pair is.
    const score = Math.min(...frequencies)
    if (score > bestScore) {
      best = left + ' ' + right
      bestScore = score
    }
  }
  return best
}

/**
 * Whether a split is a likelier reading than the closest single word: it is
 * not when that word is one cheap slip away and starts with the same letter
 * (`allmost` is almost; `alot` is a lot, not slot).
 */
export function splitBeats(lower: string, closest: string | undefined): boolean {
  return (
    closest === undefined ||
    closest[0] !== lower[0] ||
    typingDistance(lower, closest, singleWordBeatsSplit) >= singleWordBeatsSplit
  )
}

/**
 * A capitalised token that is a name the draft spells on its own elsewhere
 * (or that config names) run into a common lower-case word:
 * `Lehtinenyesterday` → `Lehtinen yesterday`.
 */
export function nameSplit(
  token: string,
  isName: (name: string) => boolean,
  isKnownName: (name: string) => boolean,
  suggester: Suggester
): string | undefined {
  let best: string | undefined
  let bestScore = -Infinity
  for (let at = 2; at <= token.length - 2; at++) {
    const name = token.slice(0, at)
    const word = token.slice(at)
    // Four letters or more, and no name itself: `Erikson`, `Hamrick` end in names and name endings (son, rick).
    if (word.length < 4 || !/^\p{Ll}+$/u.test(word) || !suggester.has(word) || !isName(name) || isKnownName(word.charAt(0).toUpperCase() + word.slice(1))) continue
    const score = suggester.frequency(word)
    if (score >= commonAfterName && score > bestScore) {
      best = name + ' ' + word
      bestScore = score
    }
  }
  return best
}
