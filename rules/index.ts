/** Every rule copydesk ships, sorted by id. */
import type {Rule} from '../src/engine/types.js'
import nameConsistency from './name-consistency.js'
import nameSpelling from './name-spelling.js'
import spelling from './spelling.js'

export const rules: ReadonlyArray<Rule<any>> = [nameConsistency, nameSpelling, spelling]
