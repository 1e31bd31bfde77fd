/**
 * What the HTML parser must not be given as it is: elements nested past
 * `maxHtmlDepth`. One pass over the draft, in time proportional to its
 * length, counts how deep each tag opens; a tag past the limit, and the
 * closing tag that goes with it, become spaces of the same length, so
 * their text is read in the element around them and every position stays
 * where it was.
 *
 * The count follows HTML's syntax closely enough to measure depth (comments,
 * raw text such as scripts, quoted attribute values, void elements); it
 * never needs to be exact, since only a draft far past any real page is
 * changed at all.
 */
import {maxHtmlDepth} from './limits.js'

/** Elements that never have content. */
const voidElements = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** Elements the next of their kind (or their parent's end) closes: they do not deepen a page. */
const selfClosing = new Set(['body', 'caption', 'colgroup', 'dd', 'dt', 'head', 'html', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'rtc', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'])
/** Elements whose content is text up to their closing tag. */
const rawText = new Set(['iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'style', 'textarea', 'title', 'xmp'])

/** The draft as the HTML parser gets it, and how deep it went. */
export interface LimitedHtml {
  /** The same length as the draft; the same text when nothing was past the limit. */
  readonly text: string
  /** Deepest nesting counted, or 0 when nothing was past the limit. */
  readonly depth: number
  /** Offset of the first tag read as if absent. */
  readonly offset: number
}

const tagName = /[A-Za-z][^\s/>]*/y

/** End of the tag that starts at `at` (after its `>`), skipping quoted attribute values. */
function tagEnd(text: string, at: number): number {
  let quote = 0
  for (let index = at + 1; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (quote !== 0) {
      if (code === quote) quote = 0
    } else if (code === 34 || code === 39) {
      // A quote opens a value only after `=` (and spaces).
      let before = index - 1
      while (before > at && /\s/.test(text.charAt(before))) before--
      if (text.charCodeAt(before) === 61) quote = code
    } else if (code === 62) {
      return index + 1
    }
  }
  return text.length
}

export function limitHtmlNesting(text: string, limit = maxHtmlDepth): LimitedHtml {
  const blanked: Array<[number, number]> = []
  let depth = 0
  let deepest = 0
  let at = text.indexOf('<')
  while (at !== -1 && at < text.length) {
    if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4)
      at = close === -1 ? -1 : text.indexOf('<', close + 3)
      continue
    }
    const closing = text.charCodeAt(at + 1) === 47
    tagName.lastIndex = at + (closing ? 2 : 1)
    const match = tagName.exec(text)
    if (!match) {
      at = text.indexOf('<', at + 1)
      continue
    }
    const name = match[0].toLowerCase()
    const end = tagEnd(text, at)
    const counted = !voidElements.has(name) && !selfClosing.has(name) && !rawText.has(name)
    if (closing) {
      if (counted && depth > 0) {
        if (depth > limit) blanked.push([at, end])
        depth--
      }
    } else if (rawText.has(name)) {
      const closeTag = new RegExp('</' + name, 'gi')
      closeTag.lastIndex = end
      const close = closeTag.exec(text)
      at = close ? text.indexOf('<', close.index + 2) : -1
      continue
    } else if (counted) {
      depth++
      if (depth > limit) {
        blanked.push([at, end])
        if (depth > deepest) deepest = depth
      }
    }
    at = text.indexOf('<', end)
  }
  if (blanked.length === 0) return {text, depth: 0, offset: 0}
  let result = ''
  let from = 0
  for (const [start, end] of blanked) {
    result += text.slice(from, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ')
    from = end
  }
  result += text.slice(from)
  return {text: result, depth: deepest, offset: blanked[0]![0]}
}
