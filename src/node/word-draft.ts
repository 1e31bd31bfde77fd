/**
 * Reading a Word draft (`.docx`): mammoth extracts its text, and copydesk
 * checks that text with one paragraph per line, so a finding's line is the
 * paragraph's number in the document (empty paragraphs count) and its
 * column the character within the paragraph. mammoth loads the first time
 * a Word draft is read.
 */
import zlib from 'node:zlib'
import type {Decoded} from './read-draft.js'

/**
 * Most bytes a Word draft may unpack to, all its parts together. A long
 * report with photos unpacks to a few tens of megabytes; a zip bomb (a
 * small file that inflates to gigabytes) would take the process's memory
 * before mammoth read a word.
 */
export const maxUnpackedBytes = 200 * 1024 * 1024

/**
 * Why a zip archive may not be unpacked, or `undefined` when it may: every
 * entry is inflated here first, with zlib stopping at what is left of
 * `limit`, so a size the archive's directory states falsely cannot get past
 * (zip64 archives, which state sizes past 4 GB, are refused). An archive
 * this cannot read is left to mammoth, which says what is wrong with it.
 */
export function zipBombProblem(bytes: Uint8Array, limit = maxUnpackedBytes): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65,535.
  let end = bytes.length - 22
  const stop = Math.max(0, bytes.length - 22 - 0xffff)
  while (end >= stop && view.getUint32(end, true) !== 0x06054b50) end--
  if (end < stop) return undefined
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  if (entries === 0xffff || at === 0xffffffff) return 'a zip64 archive, larger than a Word draft can be'
  let total = 0
  for (let index = 0; index < entries; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const stated = view.getUint32(at + 24, true)
    const local = view.getUint32(at + 42, true)
    if (compressed === 0xffffffff || stated === 0xffffffff || local === 0xffffffff) return 'a zip64 archive, larger than a Word draft can be'
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return undefined
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    const data = bytes.subarray(start, start + compressed)
    const room = limit - total
    if (stated > room) return tooLarge(limit)
    if (method === 0) {
      total += data.length
    } else if (method === 8) {
      try {
        total += zlib.inflateRawSync(data, {maxOutputLength: Math.max(1, room)}).length
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return tooLarge(limit)
        return undefined
      }
    }
    if (total > limit) return tooLarge(limit)
  }
  return undefined
}

function tooLarge(limit: number): string {
  return `it unpacks to more than ${Math.round(limit / 1024 / 1024)} MB`
}

/** Zip archives (a `.docx` is one) start with `PK\3\4`. */
function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * The text of a Word document, one paragraph per line: mammoth ends every
 * paragraph with a blank line; a line break inside a paragraph becomes a
 * space, so columns still count from the paragraph's start.
 */
export function paragraphLines(raw: string): string {
  const paragraphs = raw.replace(/\r\n?/g, '\n').split('\n\n')
  // The text ends with the last paragraph's blank line.
  while (paragraphs.length > 0 && paragraphs[paragraphs.length - 1] === '') paragraphs.pop()
  return paragraphs.map((paragraph) => paragraph.replace(/\n/g, ' ')).join('\n') + '\n'
}

/** Decode a Word draft's bytes to its text, or say in one line why it cannot be read. */
export async function decodeWordDraft(bytes: Uint8Array): Promise<Decoded> {
  if (!isZip(bytes)) return {ok: false, reason: 'Cannot read Word draft: not a .docx file (a zip archive), expected a document saved as .docx from Word or Google Docs'}
  const bomb = zipBombProblem(bytes)
  if (bomb) return {ok: false, reason: `Cannot read Word draft: ${bomb}, expected a document saved as .docx from Word or Google Docs`}
  let raw: string
  try {
    const {default: mammoth} = await import('mammoth')
    raw = (await mammoth.extractRawText({buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)})).value
  } catch (error) {
    const problem = String((error as Error).message ?? error).split('\n')[0]!.trim()
    return {ok: false, reason: `Cannot read Word draft: ${problem}, expected a document saved as .docx from Word or Google Docs`}
  }
  return {ok: true, text: paragraphLines(raw), bom: ''}
}
