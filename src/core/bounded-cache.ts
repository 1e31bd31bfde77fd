/**
 * A cache that never holds more than `limit` entries: when full, it starts
 * again empty. The engine's look-up caches (suggestions, near-miss names)
 * live as long as the process; a draft of millions of distinct made-up
 * words, or a long editor session, would otherwise grow them without end.
 * Starting again costs only the look-ups made again.
 */
export class BoundedCache<Key, Value> {
  private readonly entries = new Map<Key, Value>()

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.entries.size
  }

  has(key: Key): boolean {
    return this.entries.has(key)
  }

  get(key: Key): Value | undefined {
    return this.entries.get(key)
  }

  set(key: Key, value: Value): this {
    if (this.entries.size >= this.limit && !this.entries.has(key)) this.entries.clear()
    this.entries.set(key, value)
    return this
  }
}
