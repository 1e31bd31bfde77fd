/**
 * The words and marks of each sentence, read once per file for every rule
 * that reads sentences token by token: the attribution family
 * (`attribution.ts`), `homophone` (through `patterns.ts`) and the spelling
 * family (`words.ts`). What one of them derives from a token (where a
 * quotation stands, whether a word is in a URL, whether a name follows) it
 * keeps beside the token, not in a token type of its own.
 */
import type {Root, Sentence, Word} from 'nlcst'
import type {RuleContext} from '../core/types.js'

/** One word or mark of a sentence. White space is not a token. */
export interface Token {
  /** A word (letters, digits, inner apostrophes and hyphens) rather than a mark. */
  readonly word: boolean
  /** Inline code (Markdown's `` `x` ``): not a word, and `text` is one backtick. */
  readonly code: boolean
  /** As written, with curly apostrophes (`’`) made straight; inline code is `` ` ``. */
  readonly text: string
  /** `text` in lower case (`u.s.`, `it's`). */
  readonly lower: string
  /**
   * The form word lists are written in: lower case, both curly apostrophes
   * straight, a final full stop dropped (`Mr.` → `mr`, `U.S.` → `u.s`).
   */
  readonly form: string
  readonly start: number
  readonly end: number
  /** The first word of its sentence (marks and inline code before it do not count). */
  readonly sentenceInitial: boolean
}

/** The text of a word node: its children are text, punctuation and symbols. */
export function wordText(word: Word): string {
  if (word.children.length === 1) return word.children[0]!.value
  let value = ''
  for (const child of word.children) value += child.value
  return value
}

/** The form word lists are written in (see `Token.form`), from a token's lower case. */
function formOf(lower: string): string {
  const straight = lower.includes('‘') ? lower.replace(/‘/g, "'") : lower
  return straight.endsWith('.') ? straight.slice(0, -1) : straight
}

/** A sentence's tokens, built from its nodes. */
export function readTokens(sentence: Sentence): Token[] {
  const tokens: Token[] = []
  let first = true
  // Every node of the draft passes through here: an indexed loop makes no iterator steps.
  const children = sentence.children
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'WhiteSpaceNode') continue
    const start = child.position?.start.offset ?? 0
    const end = child.position?.end.offset ?? 0
    if (child.type === 'WordNode') {
      let text = wordText(child)
      if (text.includes('’')) text = text.replace(/’/g, "'")
      const lower = text.toLowerCase()
      tokens.push({word: true, code: false, text, lower, form: formOf(lower), start, end, sentenceInitial: first})
      first = false
    } else {
      const code = child.type === 'SourceNode'
      const text = code ? '`' : child.value
      const lower = text.toLowerCase()
      tokens.push({word: false, code, text, lower, form: formOf(lower), start, end, sentenceInitial: false})
    }
  }
  return tokens
}

const sentencesKey = 'copydesk:sentences'
const tokensKey = 'copydesk:tokens'

/** Every sentence of the tree, in document order (found once per file). */
export function sentencesOf(tree: Root, context: RuleContext): ReadonlyArray<Sentence> {
  const cached = context.shared.get(sentencesKey) as {tree: Root; sentences: Sentence[]} | undefined
  if (cached && cached.tree === tree) return cached.sentences
  const sentences: Sentence[] = []
  // A plain walk down to the sentences: unist-util-visit's generality costs more.
  const walk = (node: Root | Root['children'][number]): void => {
    if (node.type === 'SentenceNode') sentences.push(node)
    else if ('children' in node) for (const child of node.children) walk(child as Root['children'][number])
  }
  walk(tree)
  context.shared.set(sentencesKey, {tree, sentences})
  return sentences
}

/** The tokens of a sentence, read once per file and shared by the rules that ask. */
export function tokensOf(sentence: Sentence, context: RuleContext): ReadonlyArray<Token> {
  let bySentence = context.shared.get(tokensKey) as Map<Sentence, ReadonlyArray<Token>> | undefined
  if (!bySentence) {
    bySentence = new Map()
    context.shared.set(tokensKey, bySentence)
  }
  let tokens = bySentence.get(sentence)
  if (!tokens) {
    tokens = context.file.data.copydeskTreeReadOnly === true ? tokensAgain(sentence) : readTokens(sentence)
    bySentence.set(sentence, tokens)
  }
  return tokens
}

/**
 * Each sentence node's tokens from the last check that read it, and where
 * the sentence started then, for a tree whose paragraphs an open document's
 * cache lends from check to check (paragraph-cache.ts).
 */
const lentTokens = new WeakMap<Sentence, {readonly start: number; readonly tokens: ReadonlyArray<Token>}>()

/**
 * `readTokens` for a sentence node that may be lent again: a lent node has
 * the same nodes as when its tokens were read (tokens read the nodes alone),
 * so they are the same tokens, moved as far as the sentence moved.
 */
function tokensAgain(sentence: Sentence): ReadonlyArray<Token> {
  const start = sentence.position?.start.offset
  if (start === undefined) return readTokens(sentence)
  const kept = lentTokens.get(sentence)
  let tokens: ReadonlyArray<Token>
  if (!kept) tokens = readTokens(sentence)
  else if (kept.start === start) return kept.tokens
  else {
    const shift = start - kept.start
    // Written out, not spread: a literal of the one shape `readTokens` makes is several times faster.
    tokens = kept.tokens.map(({word, code, text, lower, form, start, end, sentenceInitial}) => ({word, code, text, lower, form, start: start + shift, end: end + shift, sentenceInitial}))
  }
  lentTokens.set(sentence, {start, tokens})
  return tokens
}
