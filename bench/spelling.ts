/**
 * The spelling-and-names section of the bench alone (`npm run bench:spelling`):
 * the held-out benchmark by default, the development sets with `--dev`
 * (`npm run bench:spelling:dev`, what the model is tuned on).
 */
import {buildEvalData, evalReport, runEval, type Split} from './spelling-eval.js'
import {exitOnUnknownOptions} from './options.js'

exitOnUnknownOptions(process.argv.slice(2), {flags: ['--dev'], usage: 'Usage: spelling.js [--dev] (no option: the held-out lists and press)'})

const split: Split = process.argv.includes('--dev') ? 'dev' : 'test'
const started = performance.now()
const data = buildEvalData(split)
process.stderr.write(`[spelling ${split}] ${data.slips.length} slips in ${data.texts.length} texts, built in ${Math.round(performance.now() - started)} ms\n`)
const result = await runEval(data)
process.stdout.write(evalReport(result))
process.stderr.write(`[spelling ${split}] done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
