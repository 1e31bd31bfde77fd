/** One rule run alone on a prepared draft, to measure how its own work grows (see growth.ts). */
import {VFile} from 'vfile'
import {rules} from '../rules/index.js'
import {loadMarkdownSupport, parseDraft} from '../src/core/parse.js'
import type {RuleContext} from '../src/core/types.js'
import {analyseWords} from '../src/analysis/words.js'
import {loadResources} from '../src/node/resources.js'

/**
 * A function that runs one rule alone on a draft, for `growth`: the draft
 * is parsed and its word analysis made once, untimed, on the first call,
 * so only the rule's own work (and what it caches) is measured.
 */
export async function ruleOnly(id: string, path = 'draft.txt'): Promise<(text: string) => void> {
  const rule = rules.find((candidate) => candidate.meta.id === id)
  if (!rule) throw new Error(`No rule \`${id}\``)
  const resources = await loadResources('en-US')
  await loadMarkdownSupport()
  const prepared = new Map<string, {tree: ReturnType<typeof parseDraft>; context: RuleContext}>()
  return (text) => {
    let entry = prepared.get(text)
    if (!entry) {
      const file = new VFile({path, value: text})
      const tree = parseDraft(text, file)
      const context: RuleContext = {
        file,
        resources,
        acceptedWords: new Set(),
        extraNames: new Set(),
        nameCounts: new Map(),
        enabled: new Set(rules.map((each) => each.meta.id)),
        shared: new Map(),
        dialectDetected: false
      }
      analyseWords(tree, context)
      entry = {tree, context}
      prepared.set(text, entry)
    }
    // A fresh cache holding only the word analysis: anything the rule caches is made again each call.
    rule.check(entry.tree, {...entry.context, shared: new Map(entry.context.shared)}, {}, () => {})
  }
}

/** `count` different made-up names, each starting a sentence: `Zorzorzorzor spoke. Blatzorzorzor spoke. …` */
export function distinctNames(count: number): string {
  const syllables = ['zor', 'blat', 'quen', 'thor', 'vex', 'mira', 'dun', 'kal', 'pres', 'tov', 'lun', 'gar', 'fie', 'wen', 'sol', 'bri', 'ant', 'ux', 'yel', 'pom']
  const sentences: string[] = []
  for (let index = 0; index < count; index++) {
    let name = ''
    // Four syllables, the digits of `index` in base 20: every name differs.
    for (let rest = index, digit = 0; digit < 4; digit++, rest = Math.floor(rest / syllables.length)) name += syllables[rest % syllables.length]
    sentences.push(`${name.charAt(0).toUpperCase()}${name.slice(1)} spoke.`)
  }
  return sentences.join(' ') + '\n'
}
