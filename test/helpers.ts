/** Helpers shared by rule tests, docs tests and the corpus test. */
import {VFile} from 'vfile'
import {registry, rules} from '../rules/index.js'
import {check, createProcessor} from '../src/core/processor.js'
import type {CopydeskOptions} from '../src/core/copydesk.js'
import {loadResources} from '../src/node/resources.js'

/** Settings that switch every rule off but `id`, at `level` with `options`. */
export function only(id: string, options?: Record<string, unknown>, settings: CopydeskOptions = {}): CopydeskOptions {
  const ruleSettings: Record<string, unknown> = {}
  for (const rule of rules) ruleSettings[rule.meta.id] = 'off'
  ruleSettings[id] = options ? ['warn', options] : 'warn'
  return {...settings, rules: {...ruleSettings, ...(settings.rules as Record<string, unknown> | undefined)}}
}

/** Check `text` with copydesk's engine under `settings`; `path` sets the type. */
export async function checkText(text: string, settings: CopydeskOptions = {}, path = 'draft.txt'): Promise<VFile> {
  const processor = createProcessor(settings, registry, loadResources)
  return check(processor, new VFile({path, value: text}))
}

/** Findings of one rule as `line:col-line:col: reason` strings. */
export async function lint(
  text: string,
  id: string,
  options?: Record<string, unknown>,
  settings: CopydeskOptions = {},
  path = 'draft.txt'
): Promise<string[]> {
  const file = await checkText(text, only(id, options, settings), path)
  return file.messages.map((message) => format(message))
}

/** `line:col-line:col: reason`, as the docs pages show findings. */
export function format(message: VFile['messages'][number]): string {
  const place = message.place
  const range =
    place && 'start' in place
      ? `${place.start.line}:${place.start.column}-${place.end.line}:${place.end.column}`
      : `${message.line ?? 1}:${message.column ?? 1}`
  return `${range}: ${message.reason}`
}

/** The text with the first `expected` of each finding of `id` applied. */
export async function fix(text: string, id: string, options?: Record<string, unknown>): Promise<string> {
  const file = await checkText(text, only(id, options))
  let result = text
  const edits = file.messages
    .filter((message) => message.expected && message.expected.length > 0 && message.place && 'start' in message.place)
    .map((message) => {
      const place = message.place as {start: {offset?: number}; end: {offset?: number}}
      return {start: place.start.offset ?? 0, end: place.end.offset ?? 0, text: message.expected![0]!}
    })
    .sort((a, b) => b.start - a.start)
  for (const edit of edits) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}

/** The fields of a message a rule test pins: id, source, docs link, text, fix, severity and place. */
export function pinned(message: VFile['messages'][number]) {
  return {
    ruleId: message.ruleId,
    source: message.source,
    url: message.url,
    actual: message.actual,
    expected: message.expected,
    fatal: message.fatal,
    place: message.place
  }
}
