/**
 * Development only: the common census surnames that are also words (Smith,
 * Brown, Walker), which the spelling bench's name slips leave out. Each
 * surname of `wordSurnameSlips` (the dev half of the lists, never the
 * held-out half) typed wrong four ways (a dropped letter, a swap, a doubled
 * letter, a changed vowel), each in a development sentence where a surname
 * stands (after `Mr.`, `Mrs.`, `Dr.` or an initial); a slip is caught when a
 * spelling-family rule reports exactly it, and right first when its first
 * suggestion is the surname. The same sentences with the surname as
 * written are checked too, and every finding on the surname there is a
 * false alarm; so are the correct census surnames one edit from each
 * (`Browne`, `Greene`), in the place of its first slip. Slips and correct sentences are checked apart, 50 sentences
 * to a document, as the spelling bench checks its slips. Counted by
 * development half (`devHalf` of the surname), to tune on one and check on
 * the other. Never reads the press.
 *
 * Run: `npm run build && node dist/bench/word-surnames.js [--half A|B] [--list]`
 * (`--list` prints every miss, wrong first and false alarm with its sentence).
 */
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {registry} from '../rules/index.js'
import {loadResources} from '../src/node/resources.js'
import {exitOnUnknownOptions} from './options.js'
import {devHalf, wordSurnameSlips, type DevHalf} from './spelling-eval.js'

const args = process.argv.slice(2)
const usage = 'Usage: word-surnames.js [--half A|B] [--list] (development sets only)'
exitOnUnknownOptions(args, {flags: ['--list'], withValue: ['--half'], usage})
const onlyHalf = args.includes('--half') ? args[args.indexOf('--half') + 1] : undefined
if (onlyHalf !== undefined && onlyHalf !== 'A' && onlyHalf !== 'B') {
  process.stderr.write(usage + '\n')
  process.exit(2)
}
const list = args.includes('--list')
const family = new Set(['spelling', 'name-spelling', 'name-consistency'])
const sentencesPerDocument = 50
const processor = createProcessor({}, registry, loadResources)
const slips = wordSurnameSlips().filter((slip) => onlyHalf === undefined || devHalf(slip.intended) === onlyHalf)

/** The family's finding on exactly `word` in each sentence, if any. */
async function findings(sentences: ReadonlyArray<string>, words: ReadonlyArray<string>, name: string) {
  const found: Array<{rule: string; expected: string} | undefined> = sentences.map(() => undefined)
  for (let start = 0; start < sentences.length; start += sentencesPerDocument) {
    const chunk = sentences.slice(start, start + sentencesPerDocument)
    const file = await check(processor, new VFile({path: `${name}-${start}.txt`, value: chunk.join('\n\n') + '\n'}))
    for (const message of file.messages) {
      if (!family.has(message.ruleId ?? '') || message.line === undefined) continue
      const index = start + (message.line - 1) / 2
      if (found[index] === undefined && message.actual === words[index]) found[index] = {rule: message.ruleId!, expected: message.expected?.[0] ?? ''}
    }
  }
  return found
}

const onSlips = await findings(slips.map((slip) => slip.sentence), slips.map((slip) => slip.typed), 'slips')
const onCorrect = await findings(slips.map((slip) => slip.correct), slips.map((slip) => slip.intended), 'correct')
const nearUses = slips.flatMap((slip) => slip.near.map((near) => ({...near, intended: slip.intended})))
const onNear = await findings(nearUses.map((use) => use.sentence), nearUses.map((use) => use.name), 'near')
const percentOf = (part: number, whole: number) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`)
const row = (label: string, which: (half: DevHalf) => boolean) => {
  const indices = slips.map((_, index) => index).filter((index) => which(devHalf(slips[index]!.intended)))
  const names = new Set(indices.map((index) => slips[index]!.intended)).size
  const caught = indices.filter((index) => onSlips[index] !== undefined).length
  const right = indices.filter((index) => onSlips[index]?.expected === slips[index]!.intended).length
  const alarms = indices.filter((index) => onCorrect[index] !== undefined).length
  const nearIndices = nearUses.map((_, index) => index).filter((index) => which(devHalf(nearUses[index]!.intended)))
  const nearAlarms = nearIndices.filter((index) => onNear[index] !== undefined).length
  return `| ${label} | ${names} | ${indices.length} | ${caught} (${percentOf(caught, indices.length)}) | ${right} (${percentOf(right, indices.length)}) | ${alarms} | ${nearAlarms} of ${nearIndices.length} |`
}
process.stdout.write(
  [
    '## Common surnames that are words, typed wrong where a surname stands (development only)',
    '',
    '| Half | Surnames | Slips | Caught | Right first | False alarms on the surname | On surnames one edit from it |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...(['A', 'B'] as const).filter((half) => onlyHalf === undefined || half === onlyHalf).map((half) => row(half, (of) => of === half)),
    ...(onlyHalf === undefined ? [row('all', () => true)] : []),
    ''
  ].join('\n') + '\n'
)
if (list) {
  slips.forEach((slip, index) => {
    const hit = onSlips[index]
    const alarm = onCorrect[index]
    const half = devHalf(slip.intended)
    if (!hit) process.stdout.write(`${half}\tmissed\t${slip.detail}\t${slip.typed}\t${slip.intended}\t${slip.sentence}\n`)
    else if (hit.expected !== slip.intended) process.stdout.write(`${half}\twrong first\t${slip.detail}\t${slip.typed}\t${slip.intended}\t${hit.rule} → ${hit.expected}\t${slip.sentence}\n`)
    if (alarm) process.stdout.write(`${half}\tfalse alarm\t${slip.intended}\t${alarm.rule} → ${alarm.expected}\t${slip.correct}\n`)
  })
  nearUses.forEach((use, index) => {
    const alarm = onNear[index]
    if (alarm) process.stdout.write(`${devHalf(use.intended)}\tfalse alarm near\t${use.name} (${use.intended})\t${alarm.rule} → ${alarm.expected}\t${use.sentence}\n`)
  })
}
