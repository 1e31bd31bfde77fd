/**
 * Train `homophone`'s model (`npm run train:homophone`): writes
 * `rules/homophone/model-data.ts`, which is committed, so building and
 * running copydesk never need the corpus. How, from what, and with which
 * seeds: `homophone-training.ts`.
 *
 * `npm run train:homophone:check` writes nothing: it trains, compares
 * with the committed file and exits with 1 when they differ (the data must
 * be what this script makes; regenerate after changing the sets, their
 * example sentences or the model's features).
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {modelFile, sectionsOf, train} from './homophone-training.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const target = path.resolve(here, '../../rules/homophone/model-data.ts')
const check = process.argv.includes('--check')

const trained = train()
const file = modelFile(trained.text)
const quiet = trained.sets.filter((set) => set.margin === undefined).length
const total = (key: 'swaps' | 'ranked' | 'caught') => trained.sets.reduce((sum, set) => sum + set.dev[key], 0)
const summary =
  `${trained.sets.length} sets, ${quiet} quiet; lexicon ${trained.lexicon.size} words; ${Math.round(trained.text.length / 1024)} KB; ` +
  `dev swaps (model alone) ${total('swaps')}, ranked right ${total('ranked')}, caught ${total('caught')}\n`

if (check) {
  const committed = fs.readFileSync(target, 'utf8')
  if (committed === file) {
    process.stdout.write(`rules/homophone/model-data.ts is what training makes (${summary.trim()})\n`)
  } else {
    const before = sectionsOf(JSON.parse(committed.slice(committed.indexOf('modelText = ') + 12).trim()) as string)
    const after = sectionsOf(trained.text)
    const differ = [...new Set([...before.sets.keys(), ...after.sets.keys()])].filter((name) => before.sets.get(name) !== after.sets.get(name))
    process.stdout.write(
      `rules/homophone/model-data.ts differs from what training makes` +
        `${before.lexicon === after.lexicon ? '' : ' (word classes differ)'}; sets that differ: ${differ.join(', ') || 'none (the header)'}. ` +
        'Run `npm run train:homophone`.\n'
    )
    process.exitCode = 1
  }
} else {
  fs.writeFileSync(target, file)
  process.stdout.write(trained.sets.map((set) => set.report).join('\n') + '\n' + summary)
}
