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
import type {Level} from './types.js'
import {wordNodes} from './words.js'
import {toString} from 'nlcst-to-string'

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
    const resources =
      settings.dialect === 'auto' ? await detectDialect(tree, loadResources) : await loadResources(settings.dialect)
    const context = {
      file,
      resources,
      acceptedWords,
      extraNames,
      enabled: enabledIds,
      shared: new Map(),
      dialectDetected: settings.dialect === 'auto'
    }
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
 * forms (colour, organise) than American ones (color, organize). The other
 * dialect's dictionary is loaded only when a draft has a British form.
 */
async function detectDialect(tree: Root, loadResources: LoadResources): Promise<Resources> {
  const words = wordNodes(tree).map((word) => toString(word))
  const american = await loadResources('en-US')
  const britishForms = countOtherDialect(american, words)
  if (britishForms === 0) return american
  const british = await loadResources('en-GB')
  return britishForms > countOtherDialect(british, words) ? british : american
}

/** Words of the draft written in the other dialect's spelling (by dictionary forms and the pattern table). */
function countOtherDialect(resources: Resources, words: ReadonlyArray<string>): number {
  let count = 0
  for (const word of words) {
    if (/^[a-z]+$/.test(word) && !resources.isKnownForm(word) && resources.isOtherDialect(word)) count++
  }
  return count
}

function byPlace(left: {line?: number | undefined; column?: number | undefined}, right: typeof left): number {
  return (left.line ?? 0) - (right.line ?? 0) || (left.column ?? 0) - (right.column ?? 0)
}
