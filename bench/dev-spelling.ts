/**
 * The spelling-and-names measurements on the development sets only: the
 * Brown Corpus's non-press genres and the dev half of every list. Tune on
 * this, never on the benchmark (`bench/spelling.ts` without `--dev`).
 */
import {buildEvalData, evalReport, runEval} from './spelling-eval.js'

const result = await runEval(buildEvalData('dev'))
process.stdout.write(evalReport(result))
