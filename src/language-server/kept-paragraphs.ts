/**
 * The parsed paragraphs the lint worker keeps for each open document
 * (src/core/paragraph-cache.ts), by file path: at most `limit` documents,
 * the one linted longest ago going first, and a document's paragraphs
 * going when it closes.
 */
import {ParagraphCache} from '../core/paragraph-cache.js'

/** Most documents whose paragraphs are kept at once. */
export const maxKeptDocuments = 16

export class KeptParagraphs {
  /** Most recently linted last. */
  private readonly documents = new Map<string, ParagraphCache>()

  constructor(private readonly limit = maxKeptDocuments) {}

  get size(): number {
    return this.documents.size
  }

  /** The cache of the document at `filePath`, made if it has none; it becomes the most recently linted. */
  of(filePath: string): ParagraphCache {
    const cache = this.documents.get(filePath) ?? new ParagraphCache()
    this.documents.delete(filePath)
    this.documents.set(filePath, cache)
    if (this.documents.size > this.limit) this.documents.delete(this.documents.keys().next().value as string)
    return cache
  }

  /** The document closed: drop its paragraphs. */
  forget(filePath: string): void {
    this.documents.delete(filePath)
  }
}
