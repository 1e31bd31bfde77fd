/**
 * copydesk for VS Code: a client only. It starts copydesk's language server
 * (`copydesk-language-server --stdio`) for plain text and Markdown; every
 * finding, quick fix and config lookup is the server's.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/** The configured server, else the workspace's own copydesk, else the one on PATH. */
function serverCommand(): string {
  const configured = vscode.workspace.getConfiguration('copydesk').get<string>('serverPath')
  if (configured) return configured
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', 'copydesk-language-server')
    if (fs.existsSync(local)) return local
  }
  return 'copydesk-language-server'
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const command = serverCommand()
  const serverOptions: ServerOptions = {
    run: {command, args: ['--stdio'], transport: TransportKind.stdio},
    debug: {command, args: ['--stdio'], transport: TransportKind.stdio}
  }
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      {scheme: 'file', language: 'plaintext'},
      {scheme: 'file', language: 'markdown'},
      {scheme: 'untitled', language: 'plaintext'},
      {scheme: 'untitled', language: 'markdown'}
    ],
    synchronize: {
      // Re-lint open drafts when a config or word list changes.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.retextrc*,.retextignore,package.json,*words*.txt}')
    }
  }
  client = new LanguageClient('copydesk', 'copydesk', serverOptions, clientOptions)
  context.subscriptions.push(client)
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
