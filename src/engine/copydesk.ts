/**
 * The copydesk preset as a unified plugin: checks its settings when attached,
 * then runs every enabled rule over each tree, in one pass per rule.
 */
import type {Root} from 'nlcst'
import type {Transformer} from 'unified'
import type {VFile} from 'vfile'
import {rules} from '../../rules/index.js'
import {parseSettings} from './config.js'
import {runRule} from './define-rule.js'
import type {Dialect, Resources} from './resources.js'
import type {Level, RuleContext} from './types.js'
import {analyseWords} from './words.js'

export interface CopydeskOptions {
  readonly dialect?: string
  readonly preset?: string
  readonly words?: ReadonlyArray<string>
  readonly wordsFile?: string
  readonly names?: ReadonlyArray<string>
  readonly rules?: Readonly<Record<string, unknown>>
}

/** How rules get their lookup data: given by the adapter that owns I/O. */
export type LoadResources = (dialect: Dialect) => Promise<Resources> | Resources

/** What a caller may observe of a run without changing it. */
export interface Observers {
  /** Milliseconds spent in each rule, added up over every file checked. */
  readonly timings?: Map<string, number>
}

export function copydesk(
  options: CopydeskOptions | null | undefined,
  loadResources: LoadResources,
  observers: Observers = {}
): Transformer<Root, Root> {
  const settings = parseSettings(options, rules)
  const enabled = rules.filter((rule) => settings.rules.get(rule.meta.id)?.level !== 'off')
  const enabledIds = new Set(enabled.map((rule) => rule.meta.id))
  const acceptedWords = new Set(settings.words)
  const extraNames = new Set(settings.names)

  return async function (tree: Root, file: VFile) {
    if (enabled.length === 0) return
    const contextFor = (resources: Resources): RuleContext => ({
      file,
      resources,
      acceptedWords,
      extraNames,
      enabled: enabledIds,
      shared: new Map(),
      dialectDetected: settings.dialect === 'auto'
    })
    const context =
      settings.dialect === 'auto'
        ? await detectDialect(tree, contextFor, loadResources)
        : contextFor(await loadResources(settings.dialect))
    const timings = observers.timings
    for (const rule of enabled) {
      const setting = settings.rules.get(rule.meta.id)!
      const started = timings ? performance.now() : 0
      runRule(rule, tree, context, setting.level as Exclude<Level, 'off'>, setting.options)
      if (timings) timings.set(rule.meta.id, (timings.get(rule.meta.id) ?? 0) + performance.now() - started)
    }
    file.messages.sort(byPlace)
  }
}

/**
 * The dialect a draft is written in: American unless it uses more British
 * forms (colour, organise) than American ones (color, organize). The word
 * analysis made to count them is kept for the rules; the other dialect's
 * dictionary is loaded only when a draft has a British form.
 */
async function detectDialect(
  tree: Root,
  contextFor: (resources: Resources) => RuleContext,
  loadResources: LoadResources
): Promise<RuleContext> {
  const american = contextFor(await loadResources('en-US'))
  const britishForms = otherDialectForms(tree, american)
  if (britishForms === 0) return american
  const british = contextFor(await loadResources('en-GB'))
  return britishForms > otherDialectForms(tree, british) ? british : american
}

/** Unknown words of the draft that are the other dialect's spelling. */
function otherDialectForms(tree: Root, context: RuleContext): number {
  let count = 0
  for (const token of analyseWords(tree, context).unknown) {
    if (token.kind === 'ordinary' && /^[a-z]+$/.test(token.text) && context.resources.isOtherDialect(token.text)) count++
  }
  return count
}

function byPlace(left: {line?: number | undefined; column?: number | undefined}, right: typeof left): number {
  return (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0)
}
