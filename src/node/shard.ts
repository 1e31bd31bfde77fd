/**
 * `--shard i/n`: one of `n` shares of a run's drafts, the same on every
 * machine. Drafts are ordered by their path relative to the working folder
 * (with `/` separators, compared code unit by code unit, so neither the
 * platform nor the locale changes the order), and share `i` takes every
 * `n`-th draft from the `i`-th: shares differ by at most one draft.
 */
import path from 'node:path'

export interface Shard {
  /** 1-based. */
  readonly index: number
  readonly count: number
}

/** `2/4` → `{index: 2, count: 4}`; undefined when the text is not `i/n` with 1 ≤ i ≤ n. */
export function parseShard(text: string): Shard | undefined {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim())
  if (!match) return undefined
  const index = Number(match[1])
  const count = Number(match[2])
  return index >= 1 && count >= 1 && index <= count && count <= 10_000 ? {index, count} : undefined
}

/** A path as shards order it: relative to `cwd`, with `/` separators. */
export function shardKey(filePath: string, cwd: string): string {
  return path.relative(cwd, path.resolve(cwd, filePath)).split(path.sep).join('/')
}

/** The items of `shard`, in their given order. */
export function inShard<T>(items: ReadonlyArray<T>, keyOf: (item: T) => string, shard: Shard): T[] {
  const keys = items.map(keyOf)
  const order = keys.map((_, index) => index).sort((left, right) => (keys[left]! < keys[right]! ? -1 : keys[left]! > keys[right]! ? 1 : 0))
  const chosen = new Set<number>()
  for (let position = shard.index - 1; position < order.length; position += shard.count) chosen.add(order[position]!)
  return items.filter((_, index) => chosen.has(index))
}
