/**
 * The language server's check worker: lints buffers on its own thread, one
 * at a time, so the server's thread keeps answering requests (hover, code
 * actions, the next edit) while a long document is checked. A check the
 * server no longer wants (a newer version came in) stops at the next chunk:
 * the server sets a shared flag the engine reads between chunks.
 *
 * Each open document's parsed paragraphs are kept between its lints, so a
 * lint after an edit parses only the paragraphs the edit changed; the
 * server says when a document closes and they go.
 */
import {parentPort} from 'node:worker_threads'
import {KeptParagraphs} from './kept-paragraphs.js'
import {toPlain, type PlainMessage} from '../node/messages.js'
import {setCancelCheck} from '../node/platform.js'
import {firstLine} from '../node/problems.js'
import {lint, type EditorSettings, type LintResult} from './lint.js'

/** What one lint needs: the buffer, where it is, and whether its config is trusted. */
export interface LintInput {
  readonly text: string
  readonly filePath: string
  readonly cwd: string
  readonly trustConfig: boolean
  readonly editor: EditorSettings
  /** The draft is open in the editor: keep its parsed paragraphs for its next lint. */
  readonly open?: boolean | undefined
}

/** A lint as the server hands it to the worker. */
export interface LintRequest extends LintInput {
  readonly id: number
  /** One 32-bit integer; not 0 once the server no longer wants the result. */
  readonly cancel: SharedArrayBuffer
}

/** A `LintResult` as it crosses to the server's thread: messages as plain objects. */
export type PlainLintResult = Omit<LintResult, 'messages'> & {readonly messages: ReadonlyArray<PlainMessage>}

export type LintReply =
  | {readonly id: number; readonly result: PlainLintResult}
  | {readonly id: number; readonly cancelled: true}
  | {readonly id: number; readonly error: string}

/** A document closed in the editor: its kept paragraphs go. */
export interface ForgetRequest {
  readonly forget: string
}

const kept = new KeptParagraphs()

parentPort?.on('message', async (request: LintRequest | ForgetRequest) => {
  if ('forget' in request) {
    kept.forget(request.forget)
    return
  }
  const flag = new Int32Array(request.cancel)
  const cancelled = () => Atomics.load(flag, 0) !== 0
  setCancelCheck(cancelled)
  let reply: LintReply
  try {
    const result = await lint(request.text, request.filePath, request.cwd, {
      trustConfig: request.trustConfig,
      editor: request.editor,
      paragraphs: request.open === true ? kept.of(request.filePath) : undefined
    })
    reply = cancelled() ? {id: request.id, cancelled: true} : {id: request.id, result: {...result, messages: result.messages.map(toPlain)}}
  } catch (error) {
    reply = cancelled() ? {id: request.id, cancelled: true} : {id: request.id, error: firstLine(error)}
  } finally {
    setCancelCheck(undefined)
  }
  parentPort?.postMessage(reply)
})
