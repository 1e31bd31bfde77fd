/**
 * `--max-file-size`: the largest draft a run reads. A larger one gets one
 * finding, decided from its size on disk before a byte is read, and every
 * other draft is still checked. copydesk's memory and time grow with a
 * draft's length (a 20 MB draft takes a minute and some 400 MB), so a
 * draft of hundreds of megabytes, or a device that never ends, should stop
 * at the door rather than after minutes.
 */

/** The default limit: 20 MB, far past any news draft. */
export const defaultMaxFileSize = 20 * 1024 * 1024

const units: Readonly<Record<string, number>> = {'': 1024 * 1024, b: 1, k: 1024, kb: 1024, m: 1024 * 1024, mb: 1024 * 1024, g: 1024 ** 3, gb: 1024 ** 3}

/**
 * Bytes for a size as given on the command line: a number of megabytes
 * (`20`), or with a unit (`500KB`, `20MB`, `1GB`, `4096B`); `0` for no
 * limit. Undefined when it is not a size.
 */
export function parseFileSize(value: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?b?)$/i.exec(value.trim())
  if (!match) return undefined
  const unit = units[match[2]!.toLowerCase()]
  if (unit === undefined) return undefined
  return Math.round(Number(match[1]) * unit)
}

/** A size as a person reads it: `52 MB`, `1.5 MB`, `640 KB`, `12 bytes`. */
export function formatSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024)
  if (megabytes >= 10) return `${Math.round(megabytes)} MB`
  if (megabytes >= 1) return `${Number(megabytes.toFixed(1))} MB`
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`
  return `${bytes} bytes`
}

/** Why a draft of `size` bytes is not checked, or undefined when it is within `limit` (0: no limit). */
export function tooLarge(size: number, limit: number): string | undefined {
  if (limit <= 0 || size <= limit) return undefined
  return `Cannot check ${formatSize(size)} file, expected at most ${formatSize(limit)}: split the draft or raise \`--max-file-size\``
}

/** The same for stdin, which is read only up to the limit: its full size is not known. */
export function tooLargeInput(limit: number): string {
  return `Cannot check more than ${formatSize(limit)} from stdin, expected at most ${formatSize(limit)}: split the draft or raise \`--max-file-size\``
}

/** The same for an editor's document: no command-line flag to raise there. */
export function tooLargeDocument(size: number, limit: number): string | undefined {
  if (limit <= 0 || size <= limit) return undefined
  return `Cannot check ${formatSize(size)} document, expected at most ${formatSize(limit)}: split the draft`
}
