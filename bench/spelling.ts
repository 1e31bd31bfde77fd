/**
 * The spelling-and-names section of the bench alone (`npm run bench:spelling`):
 * the held-out benchmark by default, the development sets with `--dev`
 * (`npm run bench:spelling:dev`, what the model is tuned on). With `--dev
 * --half A` or `--half B`, one development half only (`devHalf`): tune on
 * one half, check that a change carries to the other. `--misses` (development
 * only) lists every miss, false alarm and edited-text finding after the report.
 */
import {buildEvalData, evalReport, missesListing, runEval, selectDevHalf, type DevHalf, type Split} from './spelling-eval.js'
import {exitOnUnknownOptions} from './options.js'

const usage = 'Usage: spelling.js [--dev [--half A|B] [--misses]] (no option: the held-out lists and press)'
const args = process.argv.slice(2)
exitOnUnknownOptions(args, {flags: ['--dev', '--misses'], withValue: ['--half'], usage})

const split: Split = args.includes('--dev') ? 'dev' : 'test'
const halfArg = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined
// A half is a development measure: the held-out run takes no half.
if (halfArg !== undefined && (split !== 'dev' || (halfArg !== 'A' && halfArg !== 'B'))) {
  process.stderr.write(`Unexpected \`--half ${halfArg}\`${split === 'dev' ? ', expected `A` or `B`' : ' without `--dev`'}. ${usage}\n`)
  process.exit(1)
}
// The listing reads every held-out finding: development only.
const misses = args.includes('--misses')
if (misses && split !== 'dev') {
  process.stderr.write(`Unexpected \`--misses\` without \`--dev\`. ${usage}\n`)
  process.exit(1)
}
const started = performance.now()
const whole = buildEvalData(split)
const data = halfArg === undefined ? whole : selectDevHalf(whole, halfArg as DevHalf)
const label = halfArg === undefined ? split : `${split} half ${halfArg}`
process.stderr.write(`[spelling ${label}] ${data.slips.length} slips in ${data.texts.length} texts, built in ${Math.round(performance.now() - started)} ms\n`)
const result = await runEval(data)
process.stdout.write(evalReport(result))
if (misses) process.stdout.write('\n' + missesListing(result))
process.stderr.write(`[spelling ${label}] done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`)
