/**
 * Worker thread for the fuzz benchmark: checks the hostile drafts it is sent,
 * one at a time, and answers with what went wrong, if anything. It runs in
 * its own thread so the benchmark can stop it when a draft takes too long.
 */
import {parentPort} from 'node:worker_threads'
import {VFile} from 'vfile'
import {check, createProcessor} from '../src/core/processor.js'
import {loadResources} from '../src/node/resources.js'
import {registry} from '../rules/index.js'

export interface FuzzRequest {
  readonly index: number
  readonly path: string
  readonly text: string
}

export interface FuzzReply {
  readonly index: number
  /** A thrown exception, or an `input` finding that is neither a deliberate refusal nor a reading notice. */
  readonly crash: string | undefined
  /** A finding whose text holds a stack trace. */
  readonly stackTrace: boolean
  readonly milliseconds: number
  readonly findings: number
}

const refusals = /^Cannot check (binary|empty|UTF-16|\d[\d.]* MB) file|^Cannot check file that is not valid UTF-8|^Cannot check MDX that does not parse: /
/** What the engine says on purpose about a draft it reads in a simpler way: not a crash. */
const notices = /^Unexpected Markdown nested \d+ levels deep|^Unexpected \d+ Markdown marks in one block|^Unexpected HTML nested \d+ levels deep|^Unexpected empty draft/
const processor = createProcessor({}, registry, loadResources)

parentPort?.on('message', async (request: FuzzRequest) => {
  const started = performance.now()
  let crash: string | undefined
  let stackTrace = false
  let findings = 0
  try {
    const file = await check(processor, new VFile({path: request.path, value: request.text}))
    findings = file.messages.length
    for (const message of file.messages) {
      if (/\n\s+at .+:\d+:\d+/.test(message.reason + (message.note ?? ''))) stackTrace = true
      if (message.ruleId !== 'input') continue
      const expected = message.fatal ? refusals : notices
      if (!expected.test(message.reason)) crash ??= message.reason
    }
  } catch (error) {
    crash = String((error as Error)?.message ?? error)
  }
  const reply: FuzzReply = {index: request.index, crash, stackTrace, milliseconds: performance.now() - started, findings}
  parentPort?.postMessage(reply)
})
