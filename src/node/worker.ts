/** A worker thread that checks drafts for the pool: parse and rules run here. */
import {parentPort} from 'node:worker_threads'
import {VFile} from 'vfile'
import type {CopydeskOptions} from '../core/copydesk.js'
import {check, createProcessor} from '../core/processor.js'
import {nodePlatform} from './platform.js'
import {toPlain} from './messages.js'
import {loadResources} from './resources.js'
import {registry} from '../../rules/index.js'

export interface CheckRequest {
  readonly id: number
  readonly path: string
  readonly text: string
  readonly options: CopydeskOptions
}

const processors = new Map<string, ReturnType<typeof createProcessor>>()

parentPort?.on('message', async (request: CheckRequest) => {
  const key = JSON.stringify(request.options)
  let processor = processors.get(key)
  if (!processor) {
    processor = createProcessor(request.options, registry, loadResources, {}, nodePlatform)
    processors.set(key, processor)
  }
  const file = await check(processor, new VFile({path: request.path, value: request.text}))
  parentPort?.postMessage({id: request.id, messages: file.messages.map(toPlain)})
})
