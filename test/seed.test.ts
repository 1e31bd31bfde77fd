/**
 * The seed draft (`../shared/seed/`, beside the repository on our machines
 * and in CI, not in a user's clone and not ours to commit): the recommended
 * preset reports every planted problem and nothing else, and its SARIF
 * validates against the official schema.
 */
import fs from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {repositoryRoot, runMain} from './run-cli.js'
import {sarifValidator} from './sarif-schema.js'

const seed = path.resolve(repositoryRoot, '..', 'shared', 'seed', 'palmyra-draft.txt')
const present = fs.existsSync(seed)

function run(args: string[]) {
  return runMain(['--no-config', ...args, seed], {cwd: path.dirname(seed)})
}

describe.skipIf(!present)('seed draft', () => {
  it('gets every planted problem and nothing else', async () => {
    const result = await run(['--format', 'json'])
    const [file] = JSON.parse(result.stdout) as Array<{messages: Array<{line: number; ruleId: string; actual: string; expected: string[]}>}>
    expect(file!.messages.map((message) => `${message.line} ${message.ruleId} ${message.actual.slice(0, 24)}`)).toEqual([
      '1 name-spelling Vladmir',
      '3 web-boilerplate Your support helps us to',
      '4 web-boilerplate From reproductive rights',
      '5 web-boilerplate At such a critical momen',
      '6 web-boilerplate The Independent is trust',
      '7 web-boilerplate Your support makes all t',
      '7 missing-space .',
      '7 name-spelling Vladmir',
      '10 homophone capitol',
      '12 quote-attribution "Palmyra was demolished ',
      '12 quote-balance "',
      '13 spelling previoulsy',
      '15 quote-balance “',
      '15 quote-balance ”',
      '16 web-boilerplate Join our commenting foru',
      '17 web-boilerplate Join thought-provoking c',
      '18 web-boilerplate Comments'
    ])
  })

  it('writes SARIF that validates against the official 2.1.0 schema', async () => {
    const result = await run(['--format', 'sarif'])
    const validate = sarifValidator()
    const log = JSON.parse(result.stdout) as {runs: Array<{results: unknown[]}>}
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    expect(log.runs[0]!.results).toHaveLength(17)
  })
})
