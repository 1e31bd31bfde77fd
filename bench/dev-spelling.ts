/**
 * The spelling-and-names measurements on the development sets only: the
 * Brown Corpus's non-press genres and the dev half of every list. Tune on
 * this, never on the benchmark (`bench/spelling.ts` without `--dev`).
 * With `--misses`, also lists every miss and every finding on the edited
 * dev text, by set and kind.
 */
import {buildEvalData, evalReport, missesListing, runEval} from './spelling-eval.js'

const result = await runEval(buildEvalData('dev'))
process.stdout.write(evalReport(result))
if (process.argv.includes('--misses')) process.stdout.write('\n' + missesListing(result))
