/**
 * copydesk for VS Code: a client only. It starts copydesk's language server
 * over stdio for plain text and Markdown; every finding, quick fix and config
 * lookup is the server's. The server is bundled with the extension
 * (dist/server/, see build.mjs); the `copydesk.serverPath` setting or, in a
 * trusted workspace, the workspace's own copydesk take its place.
 *
 * Config runs no code unless the person turns on `copydesk.trustConfig` in
 * their user settings (a workspace's own settings cannot, and it needs a
 * trusted workspace): it is passed to the server as the `trustConfig`
 * initialization option.
 *
 * `copydesk.dialect`, `copydesk.preset` and `copydesk.words` go to the
 * server as the `settings` initialization option and, when they change, as
 * `workspace/didChangeConfiguration`. Two commands: "Check the Workspace"
 * (the server's `copydesk.checkWorkspace`, which the client registers
 * itself) and "Add Word to the Project's Word List", which takes the
 * selection or the word at the cursor to the server's `copydesk.addWord`.
 */
import * as fs from 'node:fs'
import * as path from 'node:path'
import * as vscode from 'vscode'
import {LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions} from 'vscode-languageclient/node'

let client: LanguageClient | undefined

/** The configured server, else the workspace's own copydesk (trusted workspaces only), else none. */
function externalServer(): string | undefined {
  const configured = vscode.workspace.getConfiguration('copydesk').get<string>('serverPath')
  if (configured) return configured
  if (!vscode.workspace.isTrusted) return undefined
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, 'node_modules', '.bin', 'copydesk-language-server')
    if (fs.existsSync(local)) return local
  }
  return undefined
}

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const command = externalServer()
  if (command) {
    // The transport adds `--stdio` to the arguments.
    return {command, transport: TransportKind.stdio}
  }
  // The bundled server runs on VS Code's own Node.js (Electron as Node). It is
  // started as a command, not as a `module`: for modules the client also passes
  // `--clientProcessId=…`, which copydesk-language-server does not accept.
  const bin = context.asAbsolutePath(path.join('dist', 'server', 'src', 'language-server', 'bin.js'))
  return {
    command: process.execPath,
    args: [bin],
    transport: TransportKind.stdio,
    options: {env: {...process.env, ELECTRON_RUN_AS_NODE: '1'}}
  }
}

/** The user's own `copydesk.trustConfig` (never a workspace's), in a trusted workspace only. */
function trustConfig(): boolean {
  const setting = vscode.workspace.getConfiguration('copydesk').inspect<boolean>('trustConfig')
  return vscode.workspace.isTrusted && setting?.globalValue === true
}

/** The settings the server reads, as the `copydesk` section holds them. */
function editorSettings(): {dialect: string; preset: string; words: string[]} {
  const section = vscode.workspace.getConfiguration('copydesk')
  return {dialect: section.get<string>('dialect') ?? '', preset: section.get<string>('preset') ?? '', words: section.get<string[]>('words') ?? []}
}

/** The selected text, else the word under the cursor (letters, apostrophes and hyphens). */
function wordAtCursor(editor: vscode.TextEditor): string | undefined {
  if (!editor.selection.isEmpty) return editor.document.getText(editor.selection).trim() || undefined
  const range = editor.document.getWordRangeAtPosition(editor.selection.active, /[\p{L}\p{M}][\p{L}\p{M}'’-]*/u)
  return range ? editor.document.getText(range) : undefined
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const clientOptions: LanguageClientOptions = {
    initializationOptions: {trustConfig: trustConfig(), settings: editorSettings()},
    documentSelector: [
      {scheme: 'file', language: 'plaintext'},
      {scheme: 'file', language: 'markdown'},
      {scheme: 'file', language: 'mdx'},
      {scheme: 'file', language: 'html'},
      {scheme: 'untitled', language: 'plaintext'},
      {scheme: 'untitled', language: 'markdown'},
      {scheme: 'untitled', language: 'mdx'},
      {scheme: 'untitled', language: 'html'}
    ],
    synchronize: {
      // New `copydesk.*` settings reach the server as workspace/didChangeConfiguration.
      configurationSection: 'copydesk',
      // Re-lint open drafts when a config or word list changes.
      fileEvents: vscode.workspace.createFileSystemWatcher('**/{.retextrc*,.retextignore,package.json,*words*.txt}')
    }
  }
  client = new LanguageClient('copydesk', 'copydesk', serverOptions(context), clientOptions)
  context.subscriptions.push(client)
  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.addWordAtCursor', async () => {
      const editor = vscode.window.activeTextEditor
      const word = editor ? wordAtCursor(editor) : undefined
      if (!editor || !word) {
        void vscode.window.showInformationMessage('copydesk: Put the cursor on a word, or select it, to add it to the word list')
        return
      }
      await vscode.commands.executeCommand('copydesk.addWord', editor.document.uri.toString(), word)
    })
  )
  await client.start()
}

export async function deactivate(): Promise<void> {
  await client?.stop()
}
