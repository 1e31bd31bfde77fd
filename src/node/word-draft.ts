/**
 * Reading a Word draft (`.docx`): mammoth extracts its text, and copydesk
 * checks that text with one paragraph per line, so a finding's line is the
 * paragraph's number in the document (empty paragraphs count) and its
 * column the character within the paragraph. mammoth loads the first time
 * a Word draft is read.
 */
import type {Decoded} from './read-draft.js'

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
