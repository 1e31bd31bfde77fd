/** Every rule copydesk ships, sorted by id. */
import type {Rule} from '../src/engine/types.js'
import homophone from './homophone.js'
import missingSpace from './missing-space.js'
import nameConsistency from './name-consistency.js'
import nameSpelling from './name-spelling.js'
import quoteBalance from './quote-balance.js'
import repeatedWord from './repeated-word.js'
import spelling from './spelling.js'
import webBoilerplate from './web-boilerplate.js'

export const rules: ReadonlyArray<Rule<any>> = [
  homophone,
  missingSpace,
  nameConsistency,
  nameSpelling,
  quoteBalance,
  repeatedWord,
  spelling,
  webBoilerplate
]
