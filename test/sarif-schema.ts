/** The official SARIF 2.1.0 JSON schema as a validator, shared by the tests. */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {Ajv} from 'ajv'

const require = createRequire(import.meta.url)

export const officialSarifSchema = JSON.parse(
  readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')
) as {$schema: string; id: string} & Record<string, unknown>

/**
 * The official schema is draft-04, which Ajv 8 no longer reads. It uses no
 * keyword whose meaning changed after draft-04 (boolean
 * `exclusiveMinimum`/`exclusiveMaximum`), so only its root `id` is renamed
 * and the draft-07 core of Ajv 8 validates it exactly.
 */
export function sarifValidator() {
  const {$schema: _draft, id, ...rest} = officialSarifSchema
  const ajv = new Ajv({
    allErrors: true,
    // The schema's `language` pattern has a stray `]`, a syntax error under the `u` flag.
    unicodeRegExp: false,
    formats: {
      uri: (value: string) => URL.canParse(value),
      // RFC 3986 characters only, and every `%` starts an escape.
      'uri-reference': /^(?:[\w\-.~:/?#[\]@!$&'()*+,;=]|%[\dA-F]{2})*$/i,
      'date-time': true
    }
  })
  return ajv.compile({...rest, $id: id})
}
