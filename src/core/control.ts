/**
 * Control comments: `<!-- copydesk disable RULE… -->`, `enable` and
 * `ignore` (the next block only), as remark-message-control reads them,
 * with no rule ids for every rule. Markdown and HTML take an HTML comment,
 * MDX the same words in a comment expression (a JavaScript block comment
 * in braces), and plain text and Word the HTML comment alone on its line
 * (paragraph).
 *
 * The parsers gather the comments while reading a draft, each with the
 * place of the block after it (`ControlComment`), into `file.data`; once
 * the rules have run, unified-message-control drops the findings the
 * comments switch off. A comment naming an unknown rule or word gets a
 * finding of its own.
 */
import {commentMarker} from 'mdast-comment-marker'
import type {Position} from 'unist'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {source} from './define-rule.js'
import {closest} from './settings.js'

/** The name control comments start with. */
export const controlName = 'copydesk'

/** A comment that may control findings, as a parser found it. */
export interface ControlComment {
  /** `html` for `<!-- … -->`, an MDX expression type for a comment expression. */
  readonly type: 'html' | 'mdxFlowExpression' | 'mdxTextExpression'
  /** The comment as written (for an expression: between the braces). */
  readonly value: string
  readonly position: Position
  /** The block after the comment, which `ignore` covers. */
  readonly next?: Position | undefined
}

declare module 'vfile' {
  interface DataMap {
    /** Control comments of the draft, by start offset. */
    copydeskControls: globalThis.Map<number, ControlComment>
  }
}

/** Whether a comment's text may be a control comment: cheap, before it is kept. */
export function mayControl(value: string): boolean {
  return value.includes(controlName)
}

/** Keep the control comments a parser found on `file`, once each. */
export function keepControls(file: VFile, comments: Iterable<ControlComment>): void {
  let kept = file.data.copydeskControls
  for (const comment of comments) {
    const offset = comment.position.start.offset
    if (offset === undefined) continue
    kept ??= file.data.copydeskControls = new Map()
    kept.set(offset, comment)
  }
}

const verbs = ['disable', 'enable', 'ignore']

/** A control comment on a line of its own in plain text: `<!-- copydesk … -->`. */
export const plainControlLine = /^[ \t]*(<!--[ \t]*copydesk\b[^\r\n]*?-->)[ \t]*$/gm

/**
 * Drop the findings of `file` that its control comments switch off;
 * `known` is every rule id. Run after the rules.
 */
export function applyControls(file: VFile, known: ReadonlySet<string>): void {
  const comments = file.data.copydeskControls
  if (!comments || comments.size === 0) return
  const children: Array<{type: string; position: Position; data?: {attributes: string}}> = []
  const problems: Array<[string, Position]> = []
  for (const comment of [...comments.values()].sort((left, right) => left.position.start.offset! - right.position.start.offset!)) {
    const mark = commentMarker({type: comment.type, value: comment.value} as never)
    if (!mark || mark.name !== controlName) continue
    const [verb = '', ...ids] = mark.attributes.split(/\s+/).filter(Boolean)
    if (!verbs.includes(verb)) {
      problems.push([`Unexpected \`${verb || '(nothing)'}\` in a \`${controlName}\` comment, expected \`disable\`, \`enable\` or \`ignore\``, comment.position])
      continue
    }
    const valid = ids.filter((id) => known.has(id))
    for (const id of ids) {
      if (known.has(id)) continue
      const hint = closest(id, [...known])
      problems.push([`Unexpected unknown rule \`${id}\` in a \`${controlName} ${verb}\` comment, expected ${hint ? `\`${hint}\`` : 'a rule id'}`, comment.position])
    }
    // A comment whose every rule id is unknown switches nothing, rather than every rule.
    if (ids.length > 0 && valid.length === 0) continue
    children.push({type: 'controlComment', position: comment.position, data: {attributes: [verb, ...valid].join(' ')}})
    // `ignore` covers up to the end of the block after the comment; with none, nothing.
    children.push({type: 'controlBlock', position: comment.next ?? comment.position})
  }
  // Problems with reading the file are not findings a comment can switch off.
  const kept: VFileMessage[] = []
  const controlled: VFileMessage[] = []
  for (const message of file.messages) (message.ruleId === 'input' ? kept : controlled).push(message)
  file.messages = controlled
  // Every node has a place, and the root starts at the draft's start, so no stretch of the draft counts as a gap.
  const tree = {type: 'root', position: {start: {line: 1, column: 1, offset: 0}, end: {line: 1, column: 1}}, children}
  messageControl(tree as never, {
    file,
    name: controlName,
    source,
    test: 'controlComment',
    marker: (node) => ({name: controlName, attributes: (node as unknown as {data: {attributes: string}}).data.attributes, parameters: {}, node: node as never})
  })
  file.messages.push(...kept)
  for (const [reason, position] of problems) {
    const message = file.message(reason, {place: position, ruleId: 'input', source})
    message.fatal = false
    message.note = `Control comments read \`<!-- ${controlName} disable RULE… -->\`, \`enable\` or \`ignore\`, with the ids of copydesk's rules (none: every rule). This one was left out.`
  }
}
