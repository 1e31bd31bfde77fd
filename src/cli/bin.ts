#!/usr/bin/env node
import {main} from './index.js'

let settled = false

// If the engine ever stops without calling back, Node would drain its event
// loop and exit 0 with no report: a silent pass. Say so and fail instead.
process.on('beforeExit', () => {
  if (settled) return
  settled = true
  process.stderr.write('copydesk: internal problem: the check stopped before every draft was reported, so there is no result\n')
  process.exitCode = 2
})

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
}).then(
  (code) => {
    settled = true
    process.exitCode = code
  },
  (error: unknown) => {
    settled = true
    // A bug, not a user error: say so in one line and point at the details.
    process.stderr.write(`copydesk: internal problem: ${(error as Error)?.message ?? String(error)}\n`)
    if (process.env['DEBUG']) process.stderr.write(String((error as Error)?.stack) + '\n')
    process.exitCode = 2
  }
)
