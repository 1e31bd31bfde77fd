/**
 * Paragraphs and sentences of a draft with their exact spans, for rules
 * that reason about where a quotation opens and closes or who said it.
 * Plain text: blank-line paragraphs, or one paragraph per line in drafts
 * without blank lines (see `usesLineParagraphs`); Markdown: remark's
 * paragraphs, headings and list items, code and HTML left out.
 */
import type {Paragraph, Root, Sentence} from 'nlcst'
import type {VFile} from 'vfile'

export interface SentenceSpan {
  readonly node: Sentence
  readonly start: number
  readonly end: number
  /** The sentence's text exactly as in the file. */
  readonly text: string
}

export interface ParagraphSpan {
  readonly node: Paragraph
  readonly start: number
  readonly end: number
  /** The paragraph's text exactly as in the file. */
  readonly text: string
  readonly sentences: ReadonlyArray<SentenceSpan>
}

const cache = new WeakMap<Root, ParagraphSpan[]>()

/** The draft's paragraphs in document order (cached per tree). */
export function paragraphsOf(tree: Root, file: VFile): ReadonlyArray<ParagraphSpan> {
  let found = cache.get(tree)
  if (found) return found
  const text = String(file)
  found = []
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'ParagraphNode') {
      const start = node.position?.start.offset ?? 0
      const end = node.position?.end.offset ?? 0
      const sentences: SentenceSpan[] = []
      for (const child of node.children) {
        if (child.type !== 'SentenceNode') continue
        const sentenceStart = child.position?.start.offset ?? 0
        const sentenceEnd = child.position?.end.offset ?? 0
        sentences.push({node: child, start: sentenceStart, end: sentenceEnd, text: text.slice(sentenceStart, sentenceEnd)})
      }
      found!.push({node, start, end, text: text.slice(start, end), sentences})
    } else if ('children' in node) {
      for (const child of node.children) walk(child as Root['children'][number])
    }
  }
  walk(tree)
  cache.set(tree, found)
  return found
}
