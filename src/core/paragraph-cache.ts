/**
 * The parsed paragraphs of one draft kept from one check to the next, for a
 * caller that checks the same draft again and again as it changes (an
 * editor re-linting after each edit): a paragraph whose text did not change
 * is not parsed again, its tree is copied from the last parse.
 *
 * parse-latin parses each paragraph on its own (parse-in-pieces.ts), so the
 * tree of a paragraph depends only on its text and on how the draft is read
 * (a paragraph per line or not); both make the key. A copy is handed out,
 * so what a check does to its tree never reaches the cache; except that
 * when the caller says nothing changes the trees (`lend`: copydesk's own
 * rules only read them), each paragraph's last copy is handed out again,
 * its positions moved in place when the paragraph moved, so the nodes of
 * an unchanged paragraph are the same objects from one check to the next.
 *
 * Bounded by the draft: a parse keeps only the paragraphs it used, plus
 * those of the parse before it (an undo brings them back), so a cache holds
 * at most two versions of the draft's paragraphs. The caller holds one per
 * open document and drops it when the document closes.
 *
 * The same object keeps, for the same document, answers the rules' costly
 * analyses gave for one piece of the draft (a sentence, a word), under a
 * key that holds the piece and every piece of draft-wide context the
 * answer reads (`answers`). They are bounded the same way: a check keeps
 * the answers it asked for, plus those of the check before it.
 */
import type {RootContent} from 'nlcst'
import type {Point, Position} from 'unist'

export class ParagraphCache {
  private readonly kept = new Map<string, KeptAnswers<unknown>>()
  /** Parsed paragraphs by key, kept as parsed (from 1:1, offset 0), two versions of the draft at most. */
  private readonly paragraphs = new KeptAnswers<KeptParagraph>()
  /** Parses started, to tell whether a lent copy is already in this parse's tree. */
  private parses = 0
  /**
   * Whether the next parse may hand out a paragraph's last copy again
   * instead of a new one (see the module comment). The caller sets it
   * before each parse: only while the trees of its checks are read and
   * never changed (copydesk's rules, and no other plugin).
   */
  lend = false

  /** Paragraphs parsed, and paragraphs copied from the cache, since the cache was made. */
  get counts(): {parsed: number; reused: number} {
    return {parsed: this.paragraphs.counts.computed, reused: this.paragraphs.counts.reused}
  }

  /** Start a parse of a new version of the draft: what the last parse used becomes the fallback. */
  startParse(): void {
    this.paragraphs.turn()
    this.parses++
  }

  /**
   * The nodes cached for `key`, moved to start at `origin` (their positions
   * were kept as parsed: from 1:1, offset 0), or undefined: a fresh copy,
   * or with `lend` on, the copy handed out last time, moved in place.
   */
  take(key: string, origin: Origin): ReadonlyArray<RootContent> | undefined {
    const kept = this.paragraphs.find(key)
    if (!kept) return undefined
    if (!kept.plain) return kept.nodes.map(copier(origin))
    // The same paragraph twice in one draft: the second gets a copy of its own.
    if (!this.lend || kept.lent?.parse === this.parses) return kept.nodes.map(plainCopier(origin))
    if (kept.lent) {
      moveInPlace(kept.lent.nodes, kept.lent.origin, origin)
    } else {
      kept.lent = {nodes: kept.nodes.map(plainCopier(origin)), origin, parse: this.parses}
    }
    kept.lent.origin = origin
    kept.lent.parse = this.parses
    return kept.lent.nodes
  }

  /**
   * Start a check of a new version of the draft: the answers each analysis
   * gave in the last check become the fallback (see `KeptAnswers`).
   */
  startCheck(): void {
    for (const [name, answers] of this.kept) {
      // Answers no check asked for in two turns (a config changed since) go with their store.
      if (answers.isEmpty()) this.kept.delete(name)
      else answers.turn()
    }
  }

  /** The answers kept for the analysis `name` (one name per analysis, e.g. `homophone:sentence`). */
  answers<Value>(name: string): KeptAnswers<Value> {
    let answers = this.kept.get(name)
    if (!answers) {
      answers = new KeptAnswers()
      this.kept.set(name, answers)
    }
    return answers as KeptAnswers<Value>
  }

  /** Answers worked out and reused by the analysis `name`, whatever their scope (see `keptAnswers`), in stores still kept. */
  answerCounts(name: string): {computed: number; reused: number} {
    const total = {computed: 0, reused: 0}
    for (const [key, answers] of this.kept) {
      if (key !== name && !key.startsWith(name + '\u0000')) continue
      total.computed += answers.counts.computed
      total.reused += answers.counts.reused
    }
    return total
  }

  /** Keep a copy of `nodes`, just parsed for `key`, before anything moves or changes them. */
  keep(key: string, nodes: ReadonlyArray<RootContent>): void {
    const copies = nodes.map(copier(start))
    this.paragraphs.keep(key, {nodes: copies, plain: copies.every(isPlain), lent: undefined})
  }
}

/**
 * One analysis's answers by key, from this check and the one before it. A
 * key must hold everything the answer depends on, so that a kept answer is
 * the one the analysis would give again; where that cannot be made exact,
 * the analysis keeps nothing.
 */
export class KeptAnswers<Value> {
  private previous = new Map<string, Value>()
  private current = new Map<string, Value>()
  /** Answers worked out, and answers taken from what was kept, since the cache was made. */
  readonly counts = {computed: 0, reused: 0}

  /** Nothing kept from this check or the last. */
  isEmpty(): boolean {
    return this.current.size === 0 && this.previous.size === 0
  }

  /** A new check starts: what the last one asked for becomes the fallback. */
  turn(): void {
    this.previous = this.current
    this.current = new Map()
  }

  /** The answer kept for `key` from this check or the last, or undefined; a found answer is kept for the next check too. */
  find(key: string): Value | undefined {
    let value = this.current.get(key)
    if (value === undefined) {
      value = this.previous.get(key)
      if (value === undefined) return undefined
      this.current.set(key, value)
    }
    this.counts.reused++
    return value
  }

  /** Keep `value`, just worked out for `key`; `find` cannot tell an undefined value from none, so wrap one that may be. */
  keep(key: string, value: Value): void {
    this.counts.computed++
    this.current.set(key, value)
  }

  /** The answer for `key`: kept from this check or the last, else `compute()`d and kept. */
  get(key: string, compute: () => Value): Value {
    const found = this.find(key)
    if (found !== undefined) return found
    const value = compute()
    this.keep(key, value)
    return value
  }
}

/**
 * The answers kept for the analysis `name` of this file's draft, when the
 * caller keeps its paragraphs; else undefined (and `scope` is not called).
 * `scope` gives what every answer of the check depends on alike (the
 * dialect, the config): answers made under another scope are not used.
 */
export function keptAnswers<Value>(
  file: {readonly data: {copydeskParagraphs?: ParagraphCache | undefined}},
  name: string,
  scope?: () => string
): KeptAnswers<Value> | undefined {
  const cache = file.data.copydeskParagraphs
  if (!cache) return undefined
  return cache.answers<Value>(scope ? `${name}\u0000${scope()}` : name)
}

/** Where a paragraph starts in the draft (line and column as parse-latin counts them). */
export interface Origin {
  readonly line: number
  readonly column: number
  readonly offset: number
}

const start: Origin = {line: 1, column: 1, offset: 0}

/** A paragraph's parsed nodes, and whether every one of them has one of the shapes parse-latin gives (`isPlain`). */
interface KeptParagraph {
  readonly nodes: ReadonlyArray<RootContent>
  readonly plain: boolean
  /** The copy last handed out with `lend` on: where it starts now, and in which parse. */
  lent: {readonly nodes: ReadonlyArray<RootContent>; origin: Origin; parse: number} | undefined
}

/**
 * Move the positions of `nodes`, made by `plainCopier` (each node has its
 * own points, shared with no other node), from `from` to `to` in place. A
 * point on the paragraph's first line (`from.line`) also moves sideways.
 */
function moveInPlace(nodes: ReadonlyArray<RootContent>, from: Origin, to: Origin): void {
  const lines = to.line - from.line
  const columns = to.column - from.column
  const offsets = to.offset - from.offset
  if (lines === 0 && columns === 0 && offsets === 0) return
  const firstLine = from.line
  const move = (point: Point) => {
    if (point.line === firstLine) point.column += columns
    point.line += lines
    point.offset = (point.offset ?? 0) + offsets
  }
  const visit = (node: RootContent): void => {
    const position = node.position!
    move(position.start)
    move(position.end)
    if ('children' in node) for (const child of node.children as RootContent[]) visit(child)
  }
  for (const node of nodes) visit(node)
}

/**
 * Whether a node and all below it have exactly the keys parse-latin gives,
 * in its order: `type`, `children`, `position` for a parent, `type`,
 * `value`, `position` for a leaf, with a position. Such a tree is copied
 * by `plainCopier`, which need not look for other keys.
 */
function isPlain(node: RootContent): boolean {
  const keys = Object.keys(node)
  if (keys.length !== 3 || keys[0] !== 'type' || keys[2] !== 'position' || !node.position) return false
  if (keys[1] === 'value') return typeof (node as {value?: unknown}).value === 'string'
  return keys[1] === 'children' && (node as {children: RootContent[]}).children.every(isPlain)
}

/** A point of a paragraph parsed alone (from 1:1, offset 0), moved to `origin`. */
function mover(origin: Origin): (point: Point) => Point {
  const lines = origin.line - 1
  const columns = origin.column - 1
  return (point) => ({
    line: point.line + lines,
    column: point.line === 1 ? point.column + columns : point.column,
    offset: (point.offset ?? 0) + origin.offset
  })
}

/** `copier` for nodes that are all `isPlain`: the same copies, made without walking each node's keys. */
function plainCopier(origin: Origin): (node: RootContent) => RootContent {
  const move = mover(origin)
  const copy = (node: RootContent): RootContent => {
    const position = node.position!
    const moved = {start: move(position.start), end: move(position.end)}
    if ('children' in node) return {type: node.type, children: (node.children as RootContent[]).map(copy), position: moved} as RootContent
    return {type: node.type, value: node.value, position: moved} as RootContent
  }
  return copy
}

/**
 * Deep copies of nlcst nodes, each with its own children and its own
 * position points, moved from a paragraph parsed alone to `origin` in one
 * pass (the move `rebase` in parse-in-pieces.ts makes).
 */
function copier(origin: Origin): (node: RootContent) => RootContent {
  const move = mover(origin)
  const copy = (node: RootContent): RootContent => {
    const result: Record<string, unknown> = {}
    for (const key in node) {
      const value = (node as unknown as Record<string, unknown>)[key]
      if (key === 'children') result[key] = (value as RootContent[]).map(copy)
      else if (key === 'position') result[key] = value && {start: move((value as Position).start), end: move((value as Position).end)}
      else if (key === 'data') result[key] = value && {...(value as object)}
      else result[key] = value
    }
    return result as unknown as RootContent
  }
  return copy
}

declare module 'vfile' {
  interface DataMap {
    /** The draft's paragraphs from its last check, when the caller keeps them (see `ParagraphCache`). */
    copydeskParagraphs: ParagraphCache
    /**
     * Nothing but copydesk's rules reads the draft's tree, and they never
     * change it: kept paragraphs may be lent rather than copied (`ParagraphCache.lend`).
     */
    copydeskTreeReadOnly: boolean
  }
}
