/** Small formatting helpers for the Markdown report. */

export function table(header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>): string {
  const line = (cells: ReadonlyArray<string>) => '| ' + cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ') + ' |'
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function integer(value: number): string {
  return Math.round(value).toLocaleString('en-US')
}

export function fixed(value: number, digits = 2): string {
  return value.toFixed(digits)
}

export function percent(part: number, whole: number): string {
  return whole === 0 ? 'n/a' : ((100 * part) / whole).toFixed(1) + ' %'
}

export function seconds(milliseconds: number): string {
  return (milliseconds / 1000).toFixed(milliseconds < 10_000 ? 2 : 1) + ' s'
}

export function mebibytes(value: number | undefined): string {
  return value === undefined ? 'n/a' : Math.round(value) + ' MiB'
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  return text.includes('`') ? '`` ' + text + ' ``' : '`' + text + '`'
}
