/** Text laid out for a terminal of a given width. */

/** Greedy word wrap of one paragraph to `width` columns; a word longer than a line stands alone. */
export function wrapLines(paragraph: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
    if (line === '') line = word
    else if (line.length + 1 + word.length <= width) line += ' ' + word
    else {
      lines.push(line)
      line = word
    }
  }
  lines.push(line)
  return lines
}

/** Greedy word wrap to `width` columns; hard breaks are kept. */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((paragraph) => wrapLines(paragraph, width).join('\n'))
    .join('\n')
}
