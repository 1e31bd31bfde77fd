/**
 * Each cue of `homophone`'s data on its own (`npm run build && node
 * dist/bench/homophone-cues.js [--set 'were/where'] [--samples 4]`): how
 * often it fires on all of non-press Brown as written (train and dev folds,
 * where nearly every use is correct, so nearly every firing is a false
 * alarm), beside how many of the dev fold's swapped words it catches and how
 * many of those no other cue catches (`--fold train`: the train fold's swaps
 * instead, to check a cue on sentences it was not written from). A cue is
 * judged as `firstCue` in `rules/homophone/index.ts` judges it (its pair's `keep` patterns, its
 * `unless` and `keepAfter`, names mid-sentence), but apart from the other
 * cues and the model's veto, so a count here is at most what the cue adds.
 *
 * A cue that fires more than about once per 100,000 words of text as written
 * is narrowed or dropped. The press sections are never read.
 */
import {VFile} from 'vfile'
import {compilePair, type CompiledPair} from '../rules/homophone/index.js'
import {confusables} from '../rules/homophone/confusables.js'
import {defineRule} from '../src/core/define-rule.js'
import {check, createProcessor} from '../src/core/processor.js'
import {loadResources} from '../src/node/resources.js'
import {matchPattern, type TagLookup} from '../src/analysis/patterns.js'
import {loadTagger, tagsNear} from '../src/analysis/pos.js'
import {sentencesOf, tokensOf, type Token} from '../src/analysis/tokens.js'
import {detokenize, isWordToken, type Sentence} from './brown.js'
import {loadFold} from './homophone-folds.js'
import {makeInstances} from './confusables.js'

const argument = (name: string) => {
  const at = process.argv.indexOf(name)
  return at === -1 ? undefined : process.argv[at + 1]
}
const onlySet = argument('--set')
const samples = Number(argument('--samples') ?? 3)

const compiled: CompiledPair[] = confusables.map(compilePair).filter((pair) => onlySet === undefined || pair.set === onlySet)
const byForm = new Map<string, CompiledPair[]>()
for (const pair of compiled) for (const form of pair.forms.keys()) byForm.set(form, [...(byForm.get(form) ?? []), pair])

interface CueCount {
  readonly label: string
  asWritten: number
  readonly examples: string[]
  caught: number
  /** Swaps it catches that no other cue catches. */
  only: number
}
const counts = new Map<string, CueCount>()
const keyOf = (pair: CompiledPair, cue: number) => `${[...pair.forms].map(([from, to]) => `${from}>${to}`).join(',')} #${cue}`
compiled.forEach((pair) =>
  pair.cues.forEach((cue, index) => {
    const key = keyOf(pair, index)
    counts.set(key, {label: `${pair.set} ${[...pair.forms.keys()].join('|')}: \`${cue.pattern.source}\``, asWritten: 0, examples: [], caught: 0, only: 0})
  })
)

/** The cues that fire on `tokens[index]`, each judged alone. */
function firing(tokens: ReadonlyArray<Token>, index: number, tags: TagLookup): string[] {
  const token = tokens[index]!
  const pairs = token.word ? byForm.get(token.lower) : undefined
  if (!pairs) return []
  const capitalised = token.text !== token.lower
  const fired: string[] = []
  for (const pair of pairs) {
    if (capitalised && pair.lowerOnly) continue
    if (pair.keepInSentence && tokens.some((each) => pair.keepInSentence!.has(each.lower))) continue
    const kept = pair.keep.some((pattern) => matchPattern(pattern, tokens, index, tags))
    pair.cues.forEach((cue, at) => {
      if (kept && !cue.overKeep) return
      if (capitalised && !token.sentenceInitial && !cue.capitals) return
      if (!matchPattern(cue.pattern, tokens, index, tags)) return
      if (cue.unless.some((pattern) => matchPattern(pattern, tokens, index, tags))) return
      if (cue.keepAfter && tokens.slice(0, index).some((each) => cue.keepAfter!.has(each.lower))) return
      if (cue.clause && !cue.clause(tokens, index)) return
      fired.push(keyOf(pair, at))
    })
  }
  return fired
}

/** Where each cue fired in the last draft checked: offset of the word → cue keys. */
let fires = new Map<number, string[]>()
const probe = defineRule(
  {id: 'homophone-cues', category: 'usage', fix: 'none', summary: 'Each homophone cue alone.'},
  function (tree, context) {
    for (const sentence of sentencesOf(tree, context)) {
      const tokens = tokensOf(sentence, context)
      let at = 0
      const tags: TagLookup = () => tagsNear(tokens, at)
      for (let index = 0; index < tokens.length; index++) {
        at = index
        const keys = firing(tokens, index, tags)
        if (keys.length > 0) fires.set(tokens[index]!.start, keys)
      }
    }
  },
  async () => loadTagger()
)

const probeProcessor = createProcessor({preset: 'only'}, {rules: [probe], presets: {only: {'homophone-cues': 'warn'}}}, loadResources)

// Text as written: all of non-press Brown.
const asWritten = [...loadFold('train'), ...loadFold('dev')]
const byFile = new Map<string, Sentence[]>()
for (const sentence of asWritten) byFile.set(sentence.file, [...(byFile.get(sentence.file) ?? []), sentence.tokens])
let words = 0
for (const [name, list] of byFile) {
  words += list.reduce((sum, tokens) => sum + tokens.filter(isWordToken).length, 0)
  const value = list.map(detokenize).join('\n\n') + '\n'
  fires = new Map()
  await check(probeProcessor, new VFile({path: name + '.txt', value}))
  for (const [start, keys] of fires) {
    for (const key of keys) {
      const count = counts.get(key)!
      count.asWritten++
      if (count.examples.length < samples) count.examples.push(`${name}: …${value.slice(Math.max(0, start - 60), start + 40).replace(/\s+/g, ' ')}…`)
    }
  }
}

// Swaps: the dev fold, or the train fold with `--fold train` (a cue written from dev misses is checked on swaps it was not written for).
const fold = argument('--fold') === 'train' ? 'train' : 'dev'
const instances = makeInstances(loadFold(fold)).filter((instance) => onlySet === undefined || instance.direction.set === onlySet)
for (let from = 0; from < instances.length; from += 250) {
  const batch = instances.slice(from, from + 250)
  let value = ''
  const starts: number[] = []
  for (const instance of batch) {
    starts.push(value.length + instance.swappedAt)
    value += instance.swapped + '\n\n'
  }
  fires = new Map()
  await check(probeProcessor, new VFile({path: 'swapped.txt', value}))
  batch.forEach((instance, index) => {
    const start = starts[index]!
    // Only a cue of a pair that maps the written word to the swapped-out one catches it.
    const catching = (fires.get(start) ?? []).filter((key) => key.includes(`${instance.direction.written}>${instance.direction.intended}`))
    for (const key of catching) {
      const count = counts.get(key)!
      count.caught++
      if (catching.length === 1) count.only++
    }
  })
}

const lines = [`${words} words of non-press Brown as written; ${instances.length} ${fold} swaps`, '']
for (const count of [...counts.values()].sort((left, right) => right.asWritten - left.asWritten || right.caught - left.caught)) {
  lines.push(`${count.asWritten} as written (${((1e5 * count.asWritten) / words).toFixed(2)} per 100,000 words), ${count.caught} ${fold} swaps caught, ${count.only} by no other cue — ${count.label}`)
  for (const example of count.examples) lines.push(`    ${example}`)
}
process.stdout.write(lines.join('\n') + '\n')
