/**
 * The days of the week and the months, as English writes them (with their
 * capital). Facts of the language; licence: MIT, like the rest of copydesk.
 */
export const weekdays: ReadonlyArray<string> = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

export const months: ReadonlyArray<string> = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
]
