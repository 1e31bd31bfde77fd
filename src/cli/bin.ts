#!/usr/bin/env node
import {main} from './index.js'

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // A bug, not a user error: say so in one line and point at the details.
    process.stderr.write(`copydesk: internal problem: ${(error as Error)?.message ?? String(error)}\n`)
    if (process.env['DEBUG']) process.stderr.write(String((error as Error)?.stack) + '\n')
    process.exitCode = 2
  }
)
