/**
 * `defineRule` plays unified-lint-rule's part: it pairs a rule's metadata with
 * its check, so every rule reports through one `report` that stamps id,
 * source, docs URL, severity and exact place.
 */
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import {holdAsError} from './severity.js'
import type {Finding, Level, Report, Rule, RuleContext, RuleMeta, Span} from './types.js'

export type {Finding, Report, Rule, RuleContext, RuleMeta, Span} from './types.js'

/** Name stamped as `source` on every message. */
export const source = 'copydesk'

/** Where each rule's docs page lives. */
export const docsBase = 'https://github.com/copydesk/copydesk/blob/main/rules/'

export function ruleUrl(id: string): string {
  return docsBase + id + '/readme.md'
}

export function defineRule<Options = Record<string, unknown>>(
  meta: RuleMeta,
  check: Rule<Options>['check'],
  prepare?: Rule<Options>['prepare']
): Rule<Options> {
  return prepare ? {meta, check, prepare} : {meta, check}
}

/**
 * Run one rule over a tree and turn its findings into vfile messages.
 * Messages are kept in document order by the caller.
 */
export function runRule(
  rule: Rule<any>,
  tree: Root,
  context: RuleContext,
  level: Exclude<Level, 'off'>,
  options: Readonly<Record<string, unknown>>
): void {
  const file = context.file
  const place = placeOf(file)
  const report: Report = function (span: Span, finding: Finding) {
    const message = withoutStackTrace(() =>
      file.message(finding.reason, {
        place: {start: place.toPoint(span.start), end: place.toPoint(span.end)},
        ruleId: rule.meta.id,
        source
      })
    )
    // Errors stay non-fatal until the draft is done (see severity.ts).
    if (level === 'error') holdAsError(message)
    else message.fatal = level === 'warn' ? false : undefined
    message.actual = finding.actual
    message.expected = finding.expected ? [...finding.expected] : []
    message.note = finding.note
    message.url = ruleUrl(rule.meta.id)
    if (finding.safe) (message as SafeMark).fixSafe = true
    if (finding.cause !== undefined) {
      ;(message as {cause?: unknown}).cause = finding.cause
    }
  }

  rule.check(tree, context, options, report)
}

/**
 * Make a message without the call stack an Error captures when made: a
 * message is an Error, but a finding is not a failure, its stack is
 * replaced by an empty one, and capturing it took most of the time of
 * making the message (about 8 µs of 10 in a rule's deep call stack).
 */
function withoutStackTrace<T>(make: () => T): T {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return make()
  } finally {
    Error.stackTraceLimit = limit
  }
}

/** The mark `report` leaves on a message whose finding says `safe` (see `Finding.safe`). */
interface SafeMark {
  fixSafe?: boolean
}

const safeRuleIds = new WeakMap<ReadonlyArray<Rule<any>>, ReadonlySet<string>>()

/**
 * Whether a message's first `expected` may be applied with no person
 * looking: what `--fix` applies and what an editor offers as the preferred
 * quick fix. It is a copydesk finding (never another plugin's, whatever its
 * rule id) of a rule in `rules` whose fixes are all safe (`fix: 'safe'`),
 * or one its rule marked safe by itself (`Finding.safe`: the direction of a
 * curly mark in `quote-balance`, whose other fixes are suggestions).
 */
export function isSafeFix(message: VFileMessage, rules: ReadonlyArray<Rule<any>>): boolean {
  if (message.source !== source || !message.ruleId) return false
  if ((message as SafeMark).fixSafe === true) return true
  let ids = safeRuleIds.get(rules)
  if (!ids) {
    ids = new Set(rules.filter((rule) => rule.meta.fix === 'safe').map((rule) => rule.meta.id))
    safeRuleIds.set(rules, ids)
  }
  return ids.has(message.ruleId)
}

interface Place {
  toPoint(offset: number): {line: number; column: number; offset: number}
}

const places = new WeakMap<VFile, Place>()

/** Offset → line/column for a file, built once per file. */
export function placeOf(file: VFile): Place {
  let place = places.get(file)
  if (!place) {
    const lines = location(file)
    place = {
      toPoint(offset) {
        const point = lines.toPoint(offset)
        if (point) return {line: point.line, column: point.column, offset}
        // The end of the file is not a character, so vfile-location has no point for it.
        const end = String(file).length
        const last = lines.toPoint(end - 1)
        return last
          ? {line: last.line, column: last.column + 1, offset}
          : {line: 1, column: 1, offset}
      }
    }
    places.set(file, place)
  }
  return place
}
