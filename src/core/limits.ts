/**
 * Limits that keep the cost of checking a draft bounded, whatever the draft
 * holds. Each is far beyond what real news copy reaches, so ordinary drafts
 * never meet one; a hostile or broken draft (a pasted hash, a runaway
 * Markdown quote) gets a clear result in time proportional to its size
 * instead of a hang.
 */

/**
 * Longest word copydesk spell-checks, suggests for, splits as a compound or
 * compares as a name, in UTF-16 code units. The longest forms in the word
 * lists are 24 letters (`electroencephalography's`) and the longest known
 * name 34 (`Rouffignac-Saint-Cernin-de-Reilhac`); a longer token is a URL
 * fragment, a hash or a run of pasted characters, and looking at it letter
 * by letter would cost time in proportion to the square of its length.
 */
export const maxWordLength = 64

/** Whether a token is longer than any word copydesk checks (see `maxWordLength`). */
export function isOverlong(word: string): boolean {
  return word.length > maxWordLength
}

/**
 * Deepest nesting of Markdown block quotes and list items read as such.
 * remark's parser takes time in the square of the depth and, past a few
 * thousand levels, runs out of stack; news copy nests two or three deep.
 * Container markers past this depth are read as plain text.
 */
export const maxNestingDepth = 32

/**
 * Most marks that can open or close inline Markdown (`[`, `]`, `*`, `_`,
 * `~`) in one block. remark pairs them by looking back over the open ones,
 * so a block of thousands (nested images, runs of stars) takes time in the
 * square of their number; a link-heavy paragraph of news has a few dozen.
 * A block with more is read as plain text.
 */
export const maxInlineMarks = 256

/**
 * Drafts longer than this (in UTF-16 code units) are checked in chunks of
 * about this size, so memory stays bounded whatever their length: the tree
 * of a chunk is built, checked and let go before the next (see chunks.ts).
 * Most news drafts are far shorter and are checked whole.
 */
export const chunkLength = 128 * 1024

/**
 * Most paragraphs in one chunk. A paragraph costs memory of its own (its
 * nodes, its quotation and attribution analyses) whatever its length, so a
 * draft of a million one-letter lines needs smaller chunks than news copy,
 * whose 128 KB hold a few hundred paragraphs.
 */
export const maxChunkParagraphs = 8192

/** Paragraphs of context read on each side of a chunk, so findings that look at neighbours see them. */
export const chunkContextParagraphs = 8

/** Most characters of context on each side of a chunk. */
export const chunkContextLength = 8 * 1024

/**
 * Most findings one rule reports in one draft. A news draft has a few
 * dozen; a hostile one (`the the ` a million times) would otherwise keep
 * hundreds of megabytes of findings. An info notice says when a rule stopped.
 */
export const maxFindingsPerRule = 10_000

/**
 * Most entries a look-up cache of the engine keeps (suggestions, near-miss
 * names), for the life of the process; past it the cache starts again.
 */
export const maxCacheEntries = 50_000

/**
 * Deepest nesting of HTML elements read as such, counted over elements
 * that need a closing tag (`<div>`, `<b>`, `<ul>`; not `<p>` or `<li>`,
 * which the next one closes). The HTML tree utilities walk the tree by
 * recursion and run out of stack past about a thousand levels; news pages
 * nest a dozen deep. Tags past this depth are read as if absent (their
 * text is still checked).
 */
export const maxHtmlDepth = 64
