/**
 * SARIF 2.1.0 report, for GitHub code scanning and other SARIF viewers.
 *
 * One run. Rule findings become `results` (with a `fix` per `expected`
 * value); file-level problems (`ruleId` `input`, or none, as unified-engine
 * sets for "No such file or folder") become tool execution notifications,
 * because they are about the run, not about the copy.
 *
 * Columns and offsets are counted in UTF-16 code units, as JavaScript
 * strings and so vfile places are (`columnKind: 'utf16CodeUnits'`).
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {ruleUrl, source} from '../core/define-rule.js'
import {escapeJson} from './escape.js'
import {causeText} from './json.js'

export interface SarifOptions {
  /** Folder that artifact URIs are relative to (default: each file's `cwd`). */
  readonly cwd?: string | null | undefined
  /** copydesk's version, for `tool.driver.version` (default: left out). */
  readonly version?: string | null | undefined
}

/** The parts of SARIF 2.1.0 this reporter writes. */
export interface SarifLog {
  readonly $schema: string
  readonly version: '2.1.0'
  readonly runs: ReadonlyArray<SarifRun>
}

export interface SarifRun {
  readonly tool: {readonly driver: SarifDriver}
  readonly invocations: ReadonlyArray<SarifInvocation>
  readonly originalUriBaseIds?: Readonly<Record<string, {readonly uri: string}>>
  readonly columnKind: 'utf16CodeUnits'
  readonly results: ReadonlyArray<SarifResult>
}

export interface SarifDriver {
  readonly name: string
  readonly version?: string
  readonly informationUri: string
  readonly rules: ReadonlyArray<SarifRule>
}

export interface SarifRule {
  readonly id: string
  readonly name: string
  readonly shortDescription: {readonly text: string}
  readonly helpUri: string
  readonly properties: {readonly category: string; readonly fix: string}
}

export interface SarifInvocation {
  readonly executionSuccessful: boolean
  readonly toolExecutionNotifications: ReadonlyArray<SarifNotification>
}

export type SarifLevel = 'error' | 'warning' | 'note'

export interface SarifNotification {
  readonly level: SarifLevel
  readonly message: {readonly text: string}
  readonly descriptor?: {readonly id: string}
  readonly locations?: ReadonlyArray<SarifLocation>
}

export interface SarifResult {
  readonly ruleId?: string
  readonly ruleIndex?: number
  readonly level: SarifLevel
  readonly message: {readonly text: string}
  readonly locations?: ReadonlyArray<SarifLocation>
  readonly fixes?: ReadonlyArray<SarifFix>
}

export interface SarifLocation {
  readonly physicalLocation: {
    readonly artifactLocation: SarifArtifactLocation
    readonly region?: SarifRegion
  }
}

export interface SarifArtifactLocation {
  readonly uri: string
  readonly uriBaseId: string
}

export interface SarifRegion {
  readonly startLine: number
  readonly startColumn: number
  readonly endLine?: number
  /** Exclusive, like vfile's `end`. */
  readonly endColumn?: number
  readonly charOffset?: number
  readonly charLength?: number
}

export interface SarifFix {
  readonly description: {readonly text: string}
  readonly artifactChanges: ReadonlyArray<{
    readonly artifactLocation: SarifArtifactLocation
    readonly replacements: ReadonlyArray<{
      readonly deletedRegion: SarifRegion
      readonly insertedContent: {readonly text: string}
    }>
  }>
}

/** The root that artifact URIs are relative to. */
export const uriBaseId = '%SRCROOT%'

const schema = 'https://json.schemastore.org/sarif-2.1.0.json'
const informationUri = 'https://github.com/copydesk/copydesk'

export function reportSarif(files: ReadonlyArray<VFile>, options: Readonly<SarifOptions> = {}): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]))
  const results: SarifResult[] = []
  const notifications: SarifNotification[] = []

  for (const file of files) {
    const artifact = artifactLocation(file, options.cwd)
    for (const message of file.messages) {
      if (isFileProblem(message)) {
        notifications.push(toNotification(message, artifact))
      } else {
        results.push(toResult(message, artifact, ruleIndex))
      }
    }
  }

  const cwd = options.cwd
  const log: SarifLog = {
    $schema: schema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: source,
            ...(options.version ? {version: options.version} : {}),
            informationUri,
            rules: rules.map(({meta}) => ({
              id: meta.id,
              name: meta.id,
              shortDescription: {text: meta.summary},
              helpUri: ruleUrl(meta.id),
              properties: {category: meta.category, fix: meta.fix}
            }))
          }
        },
        invocations: [
          {
            executionSuccessful: !notifications.some((notification) => notification.level === 'error'),
            toolExecutionNotifications: notifications
          }
        ],
        ...(cwd && path.isAbsolute(cwd) ? {originalUriBaseIds: {[uriBaseId]: {uri: directoryUrl(cwd)}}} : {}),
        columnKind: 'utf16CodeUnits',
        results
      }
    ]
  }

  return escapeJson(JSON.stringify(log, undefined, 2)) + '\n'
}

/** A problem with the file itself rather than a finding in its text. */
export function isFileProblem(message: VFileMessage): boolean {
  return message.ruleId === undefined || message.ruleId === 'input'
}

/**
 * Path of `file` relative to `cwd` (default: the file's own `cwd`), with
 * forward slashes; `undefined` for a file without a path (stdin).
 */
export function relativePath(file: VFile, cwd?: string | null | undefined): string | undefined {
  if (!file.path) return undefined
  const absolute = path.resolve(file.cwd, file.path)
  return path.relative(cwd || file.cwd, absolute).split(path.sep).join('/')
}

function artifactLocation(file: VFile, cwd: string | null | undefined): SarifArtifactLocation | undefined {
  const relative = relativePath(file, cwd)
  if (relative === undefined) return undefined
  // A URI reference: percent-encode each segment (spaces, `:`, non-ASCII).
  const uri = relative.split('/').map(encodeURIComponent).join('/')
  return {uri, uriBaseId}
}

function directoryUrl(cwd: string): string {
  const url = pathToFileURL(cwd).href
  return url.endsWith('/') ? url : url + '/'
}

function level(message: VFileMessage): SarifLevel {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'note'
}

function toNotification(message: VFileMessage, artifact: SarifArtifactLocation | undefined): SarifNotification {
  const cause = causeText(message.cause)
  return {
    level: level(message),
    message: {text: cause ? message.reason + '\n' + cause : message.reason},
    ...(message.ruleId ? {descriptor: {id: message.ruleId}} : {}),
    ...(artifact ? {locations: [location(artifact, region(message.place))]} : {})
  }
}

function toResult(
  message: VFileMessage,
  artifact: SarifArtifactLocation | undefined,
  ruleIndex: ReadonlyMap<string, number>
): SarifResult {
  const ours = message.source === undefined || message.source === source
  const index = ours && message.ruleId !== undefined ? ruleIndex.get(message.ruleId) : undefined
  // Messages of other retext plugins get their source as a prefix, so their
  // ids cannot collide with ours.
  const ruleId = message.ruleId && !ours ? message.source + '/' + message.ruleId : message.ruleId
  const where = region(message.place)
  const fixes = artifact && where && where.endLine !== undefined ? toFixes(message, artifact, where) : []

  return {
    ...(ruleId ? {ruleId} : {}),
    ...(index === undefined ? {} : {ruleIndex: index}),
    level: level(message),
    message: {text: messageText(message)},
    ...(artifact ? {locations: [location(artifact, where)]} : {}),
    ...(fixes.length > 0 ? {fixes} : {})
  }
}

/** The reason, the related place if any, then the why. */
function messageText(message: VFileMessage): string {
  let text = message.reason
  const cause = causeText(message.cause)
  if (cause) text += '\n' + cause
  if (message.note) text += '\n\n' + message.note
  return text
}

function toFixes(message: VFileMessage, artifact: SarifArtifactLocation, where: SarifRegion): SarifFix[] {
  return (message.expected ?? []).map((value) => ({
    description: {text: fixDescription(message.actual, value)},
    artifactChanges: [
      {artifactLocation: artifact, replacements: [{deletedRegion: where, insertedContent: {text: value}}]}
    ]
  }))
}

function fixDescription(actual: string | undefined, value: string): string {
  if (value === '') return actual ? 'Delete `' + actual + '`' : 'Delete'
  return actual ? 'Replace `' + actual + '` with `' + value + '`' : 'Replace with `' + value + '`'
}

function location(artifact: SarifArtifactLocation, where: SarifRegion | undefined): SarifLocation {
  return {physicalLocation: {artifactLocation: artifact, ...(where ? {region: where} : {})}}
}

/**
 * A range gives a full region (and `charOffset`/`charLength` when both
 * offsets are known); a point gives only its start, because SARIF reads a
 * missing end as "to the end of the line" and a missing length as `0`, which
 * would disagree.
 */
function region(place: Point | Position | undefined): SarifRegion | undefined {
  if (!place) return undefined
  if ('start' in place) {
    const {start, end} = place
    if (!isPoint(start)) return undefined
    if (!isPoint(end)) return {startLine: start.line, startColumn: start.column}
    return {
      startLine: start.line,
      startColumn: start.column,
      endLine: end.line,
      endColumn: end.column,
      ...(typeof start.offset === 'number' && typeof end.offset === 'number'
        ? {charOffset: start.offset, charLength: end.offset - start.offset}
        : {})
    }
  }
  return isPoint(place) ? {startLine: place.line, startColumn: place.column} : undefined
}

/** SARIF lines and columns start at 1; unist allows unknown (`0`) ones. */
function isPoint(point: Point | undefined): point is Point {
  return point !== undefined && point.line >= 1 && point.column >= 1
}
