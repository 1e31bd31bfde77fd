/**
 * A stack of open quotations that finds the innermost one of a kind (double
 * or single) in constant time. Searching the stack from the top for every
 * mark cost the square of the number of marks in a paragraph that opens
 * thousands of quotations and never closes them (`“a “a “a … a’ a’`).
 */
export class KindStack<Entry extends {readonly kind: string}> {
  private readonly entries: Entry[] = []
  /** Indices in `entries` of the entries of each kind, innermost last. */
  private readonly byKind = new Map<string, number[]>()

  get length(): number {
    return this.entries.length
  }

  at(index: number): Entry | undefined {
    return this.entries[index]
  }

  top(): Entry | undefined {
    return this.entries[this.entries.length - 1]
  }

  push(entry: Entry): void {
    let indices = this.byKind.get(entry.kind)
    if (!indices) {
      indices = []
      this.byKind.set(entry.kind, indices)
    }
    indices.push(this.entries.length)
    this.entries.push(entry)
  }

  pop(): Entry | undefined {
    const entry = this.entries.pop()
    if (entry) this.byKind.get(entry.kind)!.pop()
    return entry
  }

  /** Drop every entry from `length` on. */
  truncate(length: number): void {
    while (this.entries.length > length) this.pop()
  }

  /** Index of the innermost entry of `kind`, or -1. */
  lastIndexOf(kind: string): number {
    const indices = this.byKind.get(kind)
    return indices && indices.length > 0 ? indices[indices.length - 1]! : -1
  }

  has(kind: string): boolean {
    return this.lastIndexOf(kind) !== -1
  }

  [Symbol.iterator](): Iterator<Entry> {
    return this.entries[Symbol.iterator]()
  }
}
