/**
 * A byte order mark is not part of a draft's text: it is kept out of the
 * text the engine checks, so columns on line 1 count from the first visible
 * character, and put back where the draft is written or shown (`--fix`, the
 * language server's ranges).
 */

/** U+FEFF, as a decoded UTF-8 or UTF-16 BOM reads. */
export const bom = '\uFEFF'

export interface SplitText {
  /** The text without a leading BOM. */
  readonly text: string
  /** What was taken off the front: `bom` or `''`. */
  readonly prefix: string
}

/** Take a leading BOM off `text`; `prefix + text` is the original. */
export function splitBom(value: string): SplitText {
  return value.startsWith(bom) ? {text: value.slice(bom.length), prefix: bom} : {text: value, prefix: ''}
}
