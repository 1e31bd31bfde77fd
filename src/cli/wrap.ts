/** Text laid out for a terminal of a given width. */

/** Greedy word wrap to `width` columns; a word longer than a line stands alone; hard breaks are kept. */
export function wrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((paragraph) => {
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
      return lines.join('\n')
    })
    .join('\n')
}
