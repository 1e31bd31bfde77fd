/**
 * The parsed paragraphs of one draft kept from one check to the next, for a
 * caller that checks the same draft again and again as it changes (an
 * editor re-linting after each edit): a paragraph whose text did not change
 * is not parsed again, its tree is copied from the last parse.
 *
 * parse-latin parses each paragraph on its own (parse-in-pieces.ts), so the
 * tree of a paragraph depends only on its text and on how the draft is read
 * (a paragraph per line or not); both make the key. A copy is handed out
 * each time, so what a check does to its tree never reaches the cache.
 *
 * Bounded by the draft: a parse keeps only the paragraphs it used, plus
 * those of the parse before it (an undo brings them back), so a cache holds
 * at most two versions of the draft's paragraphs. The caller holds one per
 * open document and drops it when the document closes.
 */
import type {RootContent} from 'nlcst'

export class ParagraphCache {
  private previous = new Map<string, ReadonlyArray<RootContent>>()
  private current = new Map<string, ReadonlyArray<RootContent>>()
  /** Paragraphs parsed, and paragraphs copied from the cache, since the cache was made. */
  readonly counts = {parsed: 0, reused: 0}

  /** Start a parse of a new version of the draft: what the last parse used becomes the fallback. */
  startParse(): void {
    this.previous = this.current
    this.current = new Map()
  }

  /** A fresh copy of the nodes cached for `key`, positions as parsed (from 1:1, offset 0), or undefined. */
  take(key: string): RootContent[] | undefined {
    let nodes = this.current.get(key)
    if (!nodes) {
      nodes = this.previous.get(key)
      if (!nodes) return undefined
      this.current.set(key, nodes)
    }
    this.counts.reused++
    return nodes.map(copyNode)
  }

  /** Keep `nodes`, just parsed for `key`, before anything moves or changes them; gives them back for use. */
  keep(key: string, nodes: RootContent[]): RootContent[] {
    this.counts.parsed++
    this.current.set(key, nodes.map(copyNode))
    return nodes
  }
}

/** A deep copy of an nlcst node: its own children and its own position points. */
function copyNode<Node extends RootContent>(node: Node): Node {
  const copy = {...node}
  const position = node.position
  if (position) copy.position = {start: {...position.start}, end: {...position.end}}
  if ('children' in node) (copy as {children: RootContent[]}).children = (node.children as RootContent[]).map(copyNode)
  if (node.data) copy.data = {...node.data}
  return copy
}

declare module 'vfile' {
  interface DataMap {
    /** The draft's paragraphs from its last check, when the caller keeps them (see `ParagraphCache`). */
    copydeskParagraphs: ParagraphCache
  }
}
