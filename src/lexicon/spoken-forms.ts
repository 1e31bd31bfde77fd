/**
 * Speech spelled as spoken: a modal, verb or noun run together with a
 * reduced `have`, `to` or `of` (`coulda`, `oughta`, `buncha`) and a few
 * run-together questions (`whaddya`, `didja`). The dictionaries already
 * spell the commonest of the kind (`gonna`, `wanna`, `gotta`, `kinda`,
 * `outta`, `dunno`); these complete the set, so a quoted speaker's
 * `We coulda won` is not taken for a slip. Accepted, never suggested.
 * They are skipped before the slip decision rather than built into the
 * rare accepted words, which are still weighed as slips of a common word
 * one cheap edit away, as each of these is (`coulda`: could).
 *
 * Where they came from: written here from the informal spellings that
 * English dictionaries and usage guides list. Facts, not copied text.
 * Licence: MIT, like the rest of copydesk.
 */
export const spokenForms: ReadonlySet<string> = new Set([
  // A modal or verb with a reduced `have` or `to`.
  'coulda',
  'hafta',
  'hasta',
  'mighta',
  'musta',
  'oughta',
  'shoulda',
  'sposta',
  'useta',
  'woulda',
  // A noun with a reduced `of`.
  'buncha',
  'coupla',
  'lotta',
  // Run-together questions.
  'couldja',
  'didja',
  'doncha',
  'dontcha',
  'whaddya',
  'willya',
  'wouldja'
])

/**
 * Pronunciation spellings of common words that dialogue writes for a
 * regional or rural voice (`agin`: again, against; `yuh`: you; `purty`:
 * pretty), each listed so, as dialectal or nonstandard, by English
 * dictionaries; the word each spells is noted beside it. Only forms the
 * word lists lack: `ketch`, `ter` and `yer` are words already. Each is one
 * cheap edit or a sound-alike from its word, so the spelling rule accepts
 * one only inside the quotations of a draft whose speakers spell speech as
 * spoken (`spelling`'s voiced quotations); anywhere else it is weighed as a
 * slip. Written here from those dictionaries' entries: facts, not copied
 * text. Licence: MIT, like the rest of copydesk.
 */
export const pronunciationSpellings: ReadonlySet<string> = new Set([
  'agin', // again, against
  'allus', // always
  'fust', // first
  'heerd', // heard
  'hyar', // here
  'jist', // just
  'mebbe', // maybe
  'naw', // no
  'purty', // pretty
  'sech', // such
  'sumpin', // something
  'theirselves', // themselves
  'thar', // there
  'tuk', // took
  'whar', // where
  'wuz', // was
  'yit', // yet
  'yuh' // you
])

/**
 * Interjections: sounds a speaker makes rather than words (`hmm`, `ooh`,
 * `shh`), which writers stretch to show them drawn out (`Mmm`, `Hmmmm`,
 * `Ahhh`, `Shhhh`; `isStretchedInterjection`). Written here from the
 * interjections English dictionaries list; facts, not copied text.
 * Licence: MIT, like the rest of copydesk.
 */
export const interjections: ReadonlySet<string> = new Set([
  'aah',
  'ah',
  'aha',
  'argh',
  'aw',
  'brr',
  'eek',
  'er',
  'grr',
  'ha',
  'hm',
  'hmm',
  'huh',
  'mm',
  'oh',
  'ooh',
  'oops',
  'ouch',
  'phew',
  'sh',
  'shh',
  'ugh',
  'uh',
  'um',
  'whoa',
  'wow',
  'yay',
  'zzz'
])

/**
 * Whether a lower-case word is an interjection drawn out by a letter
 * written three times or more (`mmm`, `hmmmm`, `ahhh`, `ooooh`, `zzzz`):
 * each such run cut to one, two or three letters (`zzz` is written with
 * three) gives one of `interjections`. No English word has a letter three
 * times in a row, and a slip that makes one of an ordinary word
 * (`coffeee`) is no interjection, so it is still checked.
 */
export function isStretchedInterjection(lower: string): boolean {
  const runs = lower.match(/(.)\1*/g) ?? []
  const stretched = runs.filter((run) => run.length >= 3).length
  // A word of many stretched runs is no interjection: keep the forms few.
  if (stretched === 0 || stretched > maxStretchedRuns) return false
  let forms = ['']
  for (const run of runs) {
    const cuts = run.length >= 3 ? [run[0]!, run.slice(0, 2), run.slice(0, 3)] : [run]
    forms = forms.flatMap((form) => cuts.map((cut) => form + cut))
  }
  return forms.some((form) => interjections.has(form))
}

/** Most runs of a letter written three times or more that one interjection has. */
const maxStretchedRuns = 4
