import fs from 'node:fs'
import {describe, expect, it} from 'vitest'
import {withRuleTable} from '../scripts/readme.js'
import {repositoryRoot, runMain} from './run-cli.js'

const readme = fs.readFileSync(new URL('../README.md', import.meta.url), 'utf8')
const ci = fs.readFileSync(new URL('../.ci/run', import.meta.url), 'utf8')

describe('README', () => {
  it('has the rule table generated from the rules (run `npm run readme`)', () => {
    expect(readme).toBe(withRuleTable(readme))
  })

  it('shows the two set-up commands that CI runs', () => {
    const commands = [...readme.matchAll(/^```sh\n([\s\S]*?)```/gm)][0]![1]!.trim().split('\n')
    for (const command of commands) expect(ci).toContain(command.replace(/\s+#.*$/, ''))
  })

  it('shows the report on the sample draft exactly as copydesk prints it', async () => {
    const shown = /^```\n(corpus\/sample\/sample\.txt\n[\s\S]*?)```/m.exec(readme)?.[1]
    const {stdout} = await runMain(['corpus/sample/sample.txt'], {cwd: repositoryRoot})
    expect(shown).toBe(stdout)
  })
})
