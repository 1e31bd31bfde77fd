/** Every rule copydesk ships, sorted by id. */
import type {Registry, Rule} from '../src/core/types.js'
import {presets} from './presets.js'
import anonymousAttribution from './anonymous-attribution/index.js'
import homophone from './homophone/index.js'
import indefiniteArticle from './indefinite-article/index.js'
import missingSpace from './missing-space/index.js'
import nameConsistency from './name-consistency/index.js'
import nameSpelling from './name-spelling/index.js'
import pronounAttribution from './pronoun-attribution/index.js'
import quoteAttribution from './quote-attribution/index.js'
import quoteBalance from './quote-balance/index.js'
import repeatedWord from './repeated-word/index.js'
import spelling from './spelling/index.js'
import vagueAttribution from './vague-attribution/index.js'
import webBoilerplate from './web-boilerplate/index.js'

export const rules: ReadonlyArray<Rule<any>> = [
  anonymousAttribution,
  homophone,
  indefiniteArticle,
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

/** copydesk's rules and presets, as the core takes them. */
export const registry: Registry = {rules, presets}
