/**
 * What `RULE_ID` looks for: each phrase (lower case, words separated by one
 * space) and what to write instead. Data, not code: add a row and a docs
 * example for it. Source: written here.
 */
export const phrases: Readonly<Record<string, string>> = {
  'at this point in time': 'now',
  'in order to': 'to'
}
