/**
 * The engine's entry: a processor that parses a draft and runs copydesk's
 * rules. It takes a VFile and gives it back with messages; no I/O.
 */
import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {copydesk, type CopydeskOptions, type LoadResources, type Observers, type Platform} from './copydesk.js'
import {copydeskParse, draftFormat, loadFormatSupport} from './parse.js'
import {settleSeverity} from './severity.js'
import type {Registry} from './types.js'

export function createProcessor(
  options: CopydeskOptions | null | undefined,
  registry: Registry,
  loadResources: LoadResources,
  observers: Observers = {},
  platform: Platform = {}
): Processor<Root, Root, Root, Root, string> {
  return unified()
    .use(copydeskParse as () => void)
    .use(function () {
      return copydesk(options, registry, loadResources, observers, platform)
    })
    .freeze() as unknown as Processor<Root, Root, Root, Root, string>
}

/** Check one file; parse failures become a fatal message on the file. */
export async function check(processor: Processor<Root, Root, Root, Root, string>, file: VFile): Promise<VFile> {
  try {
    await loadFormatSupport(draftFormat(file))
    const tree = processor.parse(file)
    await processor.run(tree, file)
  } catch (error) {
    if (!file.messages.some((message) => message.fatal)) {
      const message = file.message(String((error as Error).message ?? error), {ruleId: 'input', source: 'copydesk'})
      message.fatal = true
    }
  }
  settleSeverity(file)
  return file
}
