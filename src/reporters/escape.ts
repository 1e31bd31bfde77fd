/**
 * Text from a draft (quoted in reasons) and file names reach a terminal or
 * a CI log through the reports, so characters that control a terminal
 * never go out raw: C0 controls other than tab and line feed (ESC starts
 * colour, title and hyperlink sequences; CR and backspace overwrite what
 * was printed), DEL, C1 controls (U+009B is a one-character CSI), and the
 * bidirectional overrides and isolates that reorder how a line reads.
 *
 * `escapeControl` shows them as `\u001B` in text reports (stylish,
 * github). JSON and SARIF keep every value as it is and write those
 * characters as JSON `\u` escapes (`escapeJson`), which a JSON reader turns
 * back into the same text.
 */

// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
// The same but CR, for output that encodes CR itself (GitHub workflow commands: `%0D`).
// eslint-disable-next-line no-control-regex
const controlsButReturn = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g

// What `JSON.stringify` leaves raw of the above (it escapes C0 itself), plus the JavaScript line separators.
const rawInJson = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g

function unicodeEscape(character: string): string {
  return '\\u' + character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')
}

/** `text` with terminal control characters shown as `\uXXXX`; tab and line feed stay, and CR with `keepReturn`. */
export function escapeControl(text: string, keepReturn = false): string {
  return text.replace(keepReturn ? controlsButReturn : controls, unicodeEscape)
}

/** Whether `text` holds a character `escapeControl` would change. */
export function hasControl(text: string): boolean {
  controls.lastIndex = 0
  const found = controls.test(text)
  controls.lastIndex = 0
  return found
}

/** JSON text with the control characters `JSON.stringify` leaves raw written as `\u` escapes; the value is unchanged. */
export function escapeJson(json: string): string {
  return json.replace(rawInJson, unicodeEscape)
}
