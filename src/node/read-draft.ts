/**
 * Reading one draft from disk (or stdin) as text, deciding from its bytes
 * whether it can be checked: only regular files are opened, and only valid
 * UTF-8 is decoded. A draft that cannot be checked gets one reason a person
 * can act on; nothing is guessed from the decoded text (a literal U+FFFD in
 * valid UTF-8 is just a character).
 */
import fs from 'node:fs'
import path from 'node:path'
import {VFile} from 'vfile'
import {splitBom} from '../core/bom.js'
import {source} from '../core/define-rule.js'
import {tooLarge} from './file-size.js'

/** A draft's text, or why it cannot be checked. */
export type Decoded =
  | {readonly ok: true; readonly text: string; readonly bom: string}
  | {readonly ok: false; readonly reason: string; readonly point?: Point | undefined}

/** Where in the decoded text a problem starts (1-based line and column, 0-based offset). */
export interface Point {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/** The point at the end of `prefix`, the text before the problem. */
function pointAfter(decoded: string): Point {
  const prefix = splitBom(decoded).text
  const lines = prefix.split(/\r\n|\r|\n/)
  return {line: lines.length, column: lines.at(-1)!.length + 1, offset: prefix.length}
}

export const reasons = {
  binary: 'Cannot check binary file, expected a text draft',
  utf16: 'Cannot check UTF-16 file, expected UTF-8 text: re-save the draft as UTF-8',
  invalid: 'Cannot check file that is not valid UTF-8, expected UTF-8 text: re-save the draft as UTF-8',
  missing: 'Cannot read file: no such file or folder'
} as const

const strictUtf8 = new TextDecoder('utf-8', {fatal: true, ignoreBOM: true})
const utf8 = new TextDecoder('utf-8', {ignoreBOM: true})

/** The kind of a file that is not a regular file, in words; `undefined` for a regular file or folder. */
export function specialKind(stats: fs.Stats): string | undefined {
  if (stats.isFIFO()) return 'FIFO'
  if (stats.isSocket()) return 'socket'
  if (stats.isCharacterDevice()) return 'character device'
  if (stats.isBlockDevice()) return 'block device'
  return undefined
}

export function notRegularReason(kind: string): string {
  return `Cannot check ${kind} (not a regular file), expected a text draft`
}

/** Whether the bytes look like UTF-16 text without a BOM: one byte of each pair zero, the other printable ASCII. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const pairs = Math.min(bytes.length, 1024) >> 1
  if (pairs < 2) return false
  let little = 0
  let big = 0
  const text = (byte: number) => byte === 9 || byte === 10 || byte === 13 || (byte >= 0x20 && byte < 0x7f)
  for (let index = 0; index < pairs; index++) {
    const first = bytes[2 * index]!
    const second = bytes[2 * index + 1]!
    if (second === 0 && text(first)) little++
    if (first === 0 && text(second)) big++
  }
  return little >= pairs * 0.9 || big >= pairs * 0.9
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence; -1 when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const lead = bytes[index]!
    if (lead < 0x80) {
      index++
      continue
    }
    // Sequence length and the allowed range of the second byte (no overlongs, surrogates or values past U+10FFFF).
    let length: number
    let low = 0x80
    let high = 0xbf
    if (lead >= 0xc2 && lead <= 0xdf) length = 2
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3
      if (lead === 0xe0) low = 0xa0
      if (lead === 0xed) high = 0x9f
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4
      if (lead === 0xf0) low = 0x90
      if (lead === 0xf4) high = 0x8f
    } else return index
    if (index + length > bytes.length) return index
    const second = bytes[index + 1]!
    if (second < low || second > high) return index
    for (let next = 2; next < length; next++) {
      const byte = bytes[index + next]!
      if (byte < 0x80 || byte > 0xbf) return index
    }
    index += length
  }
  return -1
}

/**
 * Decode a draft's bytes: UTF-8 (a leading BOM is split off), or a reason
 * to refuse it (UTF-16, NUL bytes, invalid UTF-8), with the point in the
 * decoded text where the trouble starts when there is one.
 */
export function decodeDraft(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return {ok: false, reason: reasons.utf16}
  }
  const nul = bytes.indexOf(0)
  if (nul !== -1) {
    if (looksLikeUtf16(bytes)) return {ok: false, reason: reasons.utf16}
    return {ok: false, reason: reasons.binary, point: pointAfter(utf8.decode(bytes.subarray(0, nul)))}
  }
  let decoded: string
  try {
    decoded = strictUtf8.decode(bytes)
  } catch {
    const invalid = firstInvalidUtf8(bytes)
    return {ok: false, reason: reasons.invalid, point: pointAfter(utf8.decode(bytes.subarray(0, Math.max(invalid, 0))))}
  }
  const {text, prefix} = splitBom(decoded)
  return {ok: true, text, bom: prefix}
}

/**
 * Read the regular file at `filePath` and decode it. The file is opened
 * without blocking (a FIFO swapped in after it was found must not hang the
 * run) and checked again through its descriptor before a byte is read: a
 * file larger than `maxSize` bytes (0: no limit) is not read at all.
 */
export function readDraft(filePath: string, maxSize = 0): Decoded {
  const read = readBytes(filePath, maxSize)
  return 'bytes' in read ? decodeDraft(read.bytes) : read
}

/** The bytes of the regular file at `filePath`, opened and checked as `readDraft` does, or why they cannot be read. */
export function readBytes(filePath: string, maxSize = 0): {readonly bytes: Uint8Array} | {readonly ok: false; readonly reason: string} {
  let handle: number
  try {
    handle = fs.openSync(filePath, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK | fs.constants.O_NOCTTY)
  } catch (error) {
    return {ok: false, reason: readProblem(error)}
  }
  try {
    const stats = fs.fstatSync(handle)
    const kind = specialKind(stats)
    if (kind) return {ok: false, reason: notRegularReason(kind)}
    if (stats.isDirectory()) return {ok: false, reason: 'Cannot check folder as a draft, expected a text draft'}
    const large = tooLarge(stats.size, maxSize)
    if (large) return {ok: false, reason: large}
    return {bytes: fs.readFileSync(handle)}
  } catch (error) {
    return {ok: false, reason: readProblem(error)}
  } finally {
    fs.closeSync(handle)
  }
}

/** A system error while reading, in one line. */
export function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return reasons.missing
  return `Cannot read file: ${code ?? (error as Error).message}, expected a readable draft`
}

/** The BOM a draft was read with (`''` for none), so `--fix` can write it back. */
export function bomOf(file: VFile): string {
  return (file.data as {bom?: string}).bom ?? ''
}

/**
 * The file for a decoded draft: its text (without a BOM) for the engine to
 * check, or, when it cannot be checked, a file with one fatal `input`
 * finding and no text, named relative to `cwd` as the engine names files.
 */
export function draftFile(filePath: string, cwd: string, decoded: Decoded): VFile {
  if (decoded.ok) {
    const file = new VFile({path: filePath, cwd, value: decoded.text})
    if (decoded.bom) (file.data as {bom?: string}).bom = decoded.bom
    return file
  }
  return problemFile(filePath, cwd, decoded.reason, decoded.point)
}

/** A file reported without checking: one fatal `input` finding. */
export function problemFile(filePath: string | undefined, cwd: string, reason: string, point?: Point): VFile {
  const file = new VFile({cwd, ...(filePath === undefined ? {} : {path: path.relative(cwd, filePath) || filePath})})
  const message = file.message(reason, {ruleId: 'input', source, ...(point ? {place: point} : {})})
  message.fatal = true
  return file
}
