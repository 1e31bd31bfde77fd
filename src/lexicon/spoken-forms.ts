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
