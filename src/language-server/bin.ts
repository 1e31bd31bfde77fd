#!/usr/bin/env node
/** `copydesk-language-server --stdio`: the language server over standard input and output. */
import {createConnection, StreamMessageReader, StreamMessageWriter} from 'vscode-languageserver/node'
import {startServer} from './index.js'

const args = process.argv.slice(2)
const usage = 'Usage: copydesk-language-server --stdio\n'

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(usage)
} else if (args.some((arg) => arg !== '--stdio')) {
  const other = args.find((arg) => arg !== '--stdio')
  process.stderr.write(`copydesk-language-server: Unexpected \`${other}\`, expected \`--stdio\`\n${usage}`)
  process.exitCode = 2
} else {
  const connection = createConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout))
  // Whatever goes wrong in one request, the server keeps serving and says so in the editor's log.
  process.on('uncaughtException', (error) => connection.console.error(`copydesk: internal problem: ${error.message}`))
  process.on('unhandledRejection', (error) =>
    connection.console.error(`copydesk: internal problem: ${error instanceof Error ? error.message : String(error)}`)
  )
  startServer(connection)
}
