/** Every rule copydesk ships, sorted by id. */
import type {Rule} from '../src/engine/types.js'
import anonymousAttribution from './anonymous-attribution.js'
import homophone from './homophone.js'
import missingSpace from './missing-space.js'
import nameConsistency from './name-consistency.js'
import nameSpelling from './name-spelling.js'
import pronounAttribution from './pronoun-attribution.js'
import quoteAttribution from './quote-attribution.js'
import quoteBalance from './quote-balance.js'
import repeatedWord from './repeated-word.js'
import spelling from './spelling.js'
import vagueAttribution from './vague-attribution.js'
import webBoilerplate from './web-boilerplate.js'

export const rules: ReadonlyArray<Rule<any>> = [
  anonymousAttribution,
  homophone,
  missingSpace,
  nameConsistency,
  nameSpelling,
  pronounAttribution,
  quoteAttribution,
  quoteBalance,
  repeatedWord,
  spelling,
  vagueAttribution,
  webBoilerplate
]
