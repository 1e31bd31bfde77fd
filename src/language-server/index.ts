/**
 * copydesk's language server: LSP ⇄ engine. It lints plain text and
 * Markdown buffers on open, change (debounced) and save with the same config
 * discovery as the CLI, publishes findings as diagnostics, and offers quick
 * fixes (`expected`), "Add `word` to the project's word list" for spelling
 * findings, and "Disable `<rule>` in this file", which writes a control
 * comment at the top of the file (src/core/control.ts). No rule logic lives
 * here.
 *
 * Config loads no code unless the client sets the `trustConfig`
 * initialization option (src/node/trust.ts); without it a refused plugin is
 * named once in a message window and the buffer is checked with copydesk
 * alone (see `lint`).
 *
 * Checks run on a worker thread (lint-service.ts), so requests are answered
 * while a long document is checked; a newer check of a document stops an
 * older one; a document past the CLI's default `--max-file-size` (20 MB)
 * gets one diagnostic instead of a check.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {
  CodeActionKind,
  DiagnosticSeverity,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type Position,
  type Range,
  type WorkDoneProgressServerReporter
} from 'vscode-languageserver/node'
import {TextDocument} from 'vscode-languageserver-textdocument'
import type {VFileMessage} from 'vfile-message'
import {rules} from '../../rules/index.js'
import {splitBom} from '../core/bom.js'
import {isSafeFix} from '../core/define-rule.js'
import {chunkLength} from '../core/limits.js'
import {defaultMaxFileSize, formatSize, tooLargeDocument} from '../node/file-size.js'
import {findDrafts} from '../node/find-drafts.js'
import {firstLine} from '../node/problems.js'
import {cwdFor, editorSettingsOf, extensions, type EditorSettings, type LintResult} from './lint.js'
import {disableInFile} from './disable-comment.js'
import {LintService} from './lint-service.js'
import {addWord, WordListError} from './word-list.js'

export const commands = {
  addWord: 'copydesk.addWord',
  disableRule: 'copydesk.disableRule',
  checkWorkspace: 'copydesk.checkWorkspace'
} as const

/** "Check the workspace" checks at most this many drafts, and says so when there are more. */
export const maxWorkspaceDrafts = 2000

const debounceMs = 200
const wordListRules = new Set(['spelling', 'name-spelling'])
/** The extension an unsaved buffer is checked under, by its language: it decides how the text is read. */
const untitledExtensions: Readonly<Record<string, string>> = {markdown: 'md', mdx: 'mdx', html: 'html'}

/** What a diagnostic carries back to the server in `data`. */
interface FindingData {
  readonly ruleId: string | undefined
  readonly actual: string | undefined
  readonly expected: ReadonlyArray<string>
  /** The first `expected` is safe to apply unseen, as `--fix` would: the preferred quick fix. */
  readonly safe: boolean
}

/**
 * The LSP range of a message's `place` in `text` (the document as the
 * editor has it). The engine was given `text` without a leading BOM, so its
 * offsets are shifted by `shift`; offsets are UTF-16 like LSP's characters,
 * so CRLF, emoji and accents need no other care.
 */
export function rangeOf(message: Pick<VFileMessage, 'place'>, document: TextDocument, checked: TextDocument, shift: number): Range {
  const place = message.place
  if (!place) return {start: {line: 0, character: 0}, end: {line: 0, character: 0}}
  const offsetOf = (point: {line: number; column: number; offset?: number | undefined}): number =>
    point.offset ?? checked.offsetAt({line: point.line - 1, character: point.column - 1})
  const [start, end] = 'start' in place ? [offsetOf(place.start), offsetOf(place.end)] : [offsetOf(place), offsetOf(place)]
  return {start: document.positionAt(start + shift), end: document.positionAt(end + shift)}
}

export function severityOf(fatal: boolean | null | undefined): DiagnosticSeverity {
  return fatal === true ? DiagnosticSeverity.Error : fatal === false ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information
}

/** One finding as a diagnostic: code = rule id, the note on a second line, a link to the rule's docs. */
export function toDiagnostic(message: VFileMessage, document: TextDocument, checked: TextDocument, shift: number): Diagnostic {
  const data: FindingData = {
    ruleId: message.ruleId,
    actual: message.actual,
    expected: message.expected ?? [],
    safe: isSafeFix(message, rules)
  }
  return {
    range: rangeOf(message, document, checked, shift),
    severity: severityOf(message.fatal),
    source: 'copydesk',
    message: message.note ? `${message.reason}\n${message.note}` : message.reason,
    ...(message.ruleId ? {code: message.ruleId} : {}),
    ...(message.url ? {codeDescription: {href: message.url}} : {}),
    data
  }
}

function sameRange(left: Range, right: Range): boolean {
  const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character
  return same(left.start, right.start) && same(left.end, right.end)
}

interface DocumentState {
  timer?: NodeJS.Timeout | undefined
  /** Lints started for the document: only the latest may publish. */
  lints: number
  /** The version the latest lint started on. */
  version?: number | undefined
  diagnostics: Diagnostic[]
  result?: LintResult | undefined
  /** The folder a new `.retextrc` goes in when there is no config. */
  folder: string
}

/** A document larger than the size limit: one diagnostic says so, and it is not checked. */
class DocumentTooLarge extends Error {}

/** Wire copydesk into an LSP connection and start listening. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument)
  // Checks run on a worker thread, so requests are answered while a long document is checked.
  const linter = new LintService()
  /** The CLI's `--max-file-size` default: a larger document gets one diagnostic. */
  const maxFileSize = defaultMaxFileSize
  /** The client shows work done progress (`window.workDoneProgress`). */
  let showsProgress = false
  const states = new Map<string, DocumentState>()
  /** Config problems already shown in a message window, so typing does not repeat them. */
  const shown = new Set<string>()
  let workspaceFolders: string[] = []
  /** The `trustConfig` initialization option: configs may load plugins and script configs. */
  let trustConfig = false
  /** The editor's settings (`settings` initialization option, then `workspace/didChangeConfiguration`). */
  let editor: EditorSettings = {}

  const report = (text: string, type: 'error' | 'warning' | 'info' = 'error') => {
    // A notification, not a request: nothing waits for the person to close it.
    const kind = type === 'error' ? MessageType.Error : type === 'warning' ? MessageType.Warning : MessageType.Info
    void connection.sendNotification(ShowMessageNotification.type, {type: kind, message: `copydesk: ${text}`})
  }

  const filePathOf = (document: TextDocument): string => {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri)
    // An unsaved buffer: check it as a file in the first workspace folder.
    const name = `untitled.${untitledExtensions[document.languageId] ?? 'txt'}`
    return path.join(workspaceFolders[0] ?? process.cwd(), name)
  }

  const stateOf = (uri: string): DocumentState => {
    let state = states.get(uri)
    if (!state) {
      state = {lints: 0, diagnostics: [], folder: workspaceFolders[0] ?? process.cwd()}
      states.set(uri, state)
    }
    return state
  }

  async function validate(document: TextDocument): Promise<void> {
    const state = stateOf(document.uri)
    clearTimeout(state.timer)
    state.timer = undefined
    const started = ++state.lints
    const version = document.version
    state.version = version
    const text = document.getText()
    // The BOM is not text: checked without it, as the CLI does, and ranges shifted back past it.
    const {text: body, prefix} = splitBom(text)
    const shift = prefix.length
    const filePath = filePathOf(document)
    state.folder = document.uri.startsWith('file:')
      ? cwdFor(filePath, workspaceFolders)
      : (workspaceFolders[0] ?? process.cwd())
    let diagnostics: Diagnostic[] = []
    let result: LintResult | undefined
    if (body.trim() !== '') {
      try {
        const size = Buffer.byteLength(body)
        const large = tooLargeDocument(size, maxFileSize)
        if (large) throw new DocumentTooLarge(large)
        // A long document shows progress while it is checked, where the editor can show it.
        let progress: Promise<WorkDoneProgressServerReporter> | undefined
        const started =
          showsProgress && body.length > chunkLength
            ? () => {
                progress = connection.window.createWorkDoneProgress().then((reporter) => {
                  reporter.begin('copydesk', undefined, `Checking ${path.basename(filePath)} (${formatSize(size)})`)
                  return reporter
                })
              }
            : undefined
        const outcome = await linter
          .lint(document.uri, {text: body, filePath, cwd: cwdFor(filePath, workspaceFolders), trustConfig, editor, open: true}, started)
          .finally(() => void progress?.then((reporter) => reporter.done(), () => {}))
        if ('cancelled' in outcome) {
          connection.console.log(`copydesk: stopped checking version ${version} of ${document.uri}: a newer check of it started`)
          return
        }
        if ('error' in outcome) throw new Error(outcome.error)
        result = outcome.result
        const checked = TextDocument.create(document.uri, document.languageId, version, body)
        diagnostics = result.messages.map((message) => toDiagnostic(message, document, checked, shift))
        for (const refusal of result.refused) {
          if (shown.has(refusal)) continue
          shown.add(refusal)
          report(`${refusal}; checked with copydesk alone`, 'warning')
        }
        for (const problem of result.problems) {
          diagnostics.unshift(problemDiagnostic(problem, 'config'))
          if (!shown.has(problem)) {
            shown.add(problem)
            report(problem)
          }
        }
      } catch (error) {
        const problem = error instanceof DocumentTooLarge ? error.message : `Cannot check \`${path.basename(filePath)}\`: ${firstLine(error)}`
        diagnostics = [problemDiagnostic(problem, 'input')]
        connection.console.error(problem)
      }
    }
    // A newer edit, or a newer lint of the same text (after "Add word" or a
    // config change, which read the config afresh), has come in meanwhile:
    // its own run publishes, and an older one never overwrites it.
    const current = documents.get(document.uri)
    if (!current || current.version !== version || state.lints !== started) return
    state.diagnostics = diagnostics
    state.result = result
    await connection.sendDiagnostics({uri: document.uri, version, diagnostics})
  }

  const validateSafely = (document: TextDocument) => {
    validate(document).catch((error: unknown) => connection.console.error(`copydesk: ${firstLine(error)}`))
  }

  const relintAll = () => {
    for (const document of documents.all()) validateSafely(document)
  }

  connection.onInitialize((params) => {
    showsProgress = params.capabilities.window?.workDoneProgress === true
    const folders = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : [])
    workspaceFolders = folders.filter((uri) => uri.startsWith('file:')).map((uri) => fileURLToPath(uri))
    const initializationOptions: unknown = params.initializationOptions
    const given = typeof initializationOptions === 'object' && initializationOptions !== null ? (initializationOptions as Record<string, unknown>) : {}
    trustConfig = given['trustConfig'] === true
    editor = editorSettingsOf(given['settings'])
    return {
      capabilities: {
        textDocumentSync: {openClose: true, change: TextDocumentSyncKind.Incremental, save: {includeText: false}},
        codeActionProvider: {codeActionKinds: [CodeActionKind.QuickFix]},
        executeCommandProvider: {commands: [commands.addWord, commands.disableRule, commands.checkWorkspace]}
      },
      serverInfo: {name: 'copydesk-language-server'}
    }
  })

  documents.onDidOpen((event) => validateSafely(event.document))
  documents.onDidSave((event) => validateSafely(event.document))
  documents.onDidChangeContent((event) => {
    const state = stateOf(event.document.uri)
    clearTimeout(state.timer)
    state.timer = setTimeout(() => {
      const document = documents.get(event.document.uri)
      // Opening a document also reports it changed: its lint has started already.
      if (document && document.version !== state.version) validateSafely(document)
    }, debounceMs)
  })
  documents.onDidClose((event) => {
    const state = states.get(event.document.uri)
    clearTimeout(state?.timer)
    states.delete(event.document.uri)
    linter.forget(filePathOf(event.document))
    void connection.sendDiagnostics({uri: event.document.uri, diagnostics: []})
  })
  // A changed config or words file changes every open document's findings.
  connection.onDidChangeWatchedFiles(() => relintAll())
  // New editor settings (VS Code sends the \`copydesk\` section) change them too.
  connection.onDidChangeConfiguration((params) => {
    const settings: unknown = params.settings
    editor = editorSettingsOf(typeof settings === 'object' && settings !== null && 'copydesk' in settings ? settings.copydesk : settings)
    relintAll()
  })

  /**
   * Check every draft in the workspace folders (ignore files honoured) that
   * is not open in the editor, and publish its findings; open documents are
   * checked as they change already. Drafts are read from disk here, one at a
   * time on the lint worker; a draft past the size limit is skipped.
   */
  async function checkWorkspace(): Promise<void> {
    const drafts: string[] = []
    for (const folder of workspaceFolders) {
      const found = await findDrafts([folder], {cwd: folder, extensions, detectIgnore: true, ignoreName: '.retextignore'})
      for (const draft of found.drafts) if (draft.problem === undefined) drafts.push(draft.path)
    }
    const open = new Set(documents.all().map((document) => document.uri))
    const closed = drafts.map((draft) => pathToFileURL(draft).href).filter((uri) => !open.has(uri))
    const checking = closed.slice(0, maxWorkspaceDrafts)
    const progress = showsProgress ? await connection.window.createWorkDoneProgress() : undefined
    progress?.begin('copydesk', 0, `Checking ${checking.length} drafts`, true)
    let findings = 0
    let withFindings = 0
    for (const [index, uri] of checking.entries()) {
      if (progress?.token.isCancellationRequested) break
      progress?.report(Math.round((index / checking.length) * 100), `${index + 1} of ${checking.length}`)
      const filePath = fileURLToPath(uri)
      let text: string
      try {
        if (tooLargeDocument(fs.statSync(filePath).size, maxFileSize)) continue
        text = fs.readFileSync(filePath, 'utf8')
      } catch {
        continue
      }
      const {text: body, prefix} = splitBom(text)
      if (body.trim() === '') continue
      const outcome = await linter.lint(uri, {text: body, filePath, cwd: cwdFor(filePath, workspaceFolders), trustConfig, editor})
      if (!('result' in outcome)) continue
      const document = TextDocument.create(uri, 'plaintext', 0, text)
      const checked = TextDocument.create(uri, 'plaintext', 0, body)
      const diagnostics = outcome.result.messages.map((message) => toDiagnostic(message, document, checked, prefix.length))
      findings += diagnostics.length
      if (diagnostics.length > 0) withFindings++
      await connection.sendDiagnostics({uri, diagnostics})
    }
    progress?.done()
    const more = closed.length > checking.length ? ` (the first ${checking.length} of ${closed.length}; open a draft to check it)` : ''
    report(`Checked ${checking.length} drafts${more}: ${findings} findings in ${withFindings} drafts`, 'info')
  }

  connection.onCodeAction((params) => {
    const document = documents.get(params.textDocument.uri)
    const state = states.get(params.textDocument.uri)
    if (!document || !state) return []
    const actions: CodeAction[] = []
    for (const given of params.context.diagnostics) {
      if (given.source !== 'copydesk') continue
      // Match our own diagnostic, so a client that drops `data` still gets fixes.
      const diagnostic =
        state.diagnostics.find((own) => sameRange(own.range, given.range) && own.code === given.code && own.message === given.message) ??
        given
      const data = diagnostic.data as FindingData | undefined
      if (!data?.ruleId) continue
      const actual = data.actual ?? document.getText(diagnostic.range)
      for (const [index, value] of data.expected.entries()) {
        actions.push({
          title: value === '' ? `Delete \`${actual}\`` : `Replace \`${actual}\` with \`${value}\``,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: index === 0 && data.safe === true,
          edit: {changes: {[document.uri]: [{range: diagnostic.range, newText: value}]}}
        })
      }
      if (wordListRules.has(data.ruleId) && actual.trim() !== '') {
        const title = `Add \`${actual}\` to the project’s word list`
        actions.push({
          title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: {title, command: commands.addWord, arguments: [document.uri, actual]}
        })
      }
      actions.push({
        title: `Disable \`${data.ruleId}\` in this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: {changes: {[document.uri]: [disableInFile(document.getText(), filePathOf(document), data.ruleId)]}}
      })
    }
    return actions
  })

  connection.onExecuteCommand(async (params) => {
    if (params.command === commands.checkWorkspace) {
      await checkWorkspace().catch((error: unknown) => report(`Cannot check the workspace: ${firstLine(error)}`))
      return null
    }
    const [uri, value] = params.arguments ?? []
    if (typeof uri !== 'string' || typeof value !== 'string') {
      report(`Unexpected arguments for \`${params.command}\`, expected a document URI and a word or rule id`)
      return null
    }
    if (params.command === commands.disableRule) {
      // Older clients call the command: it makes the same edit as the code action.
      const document = documents.get(uri)
      if (document) await connection.workspace.applyEdit({changes: {[uri]: [disableInFile(document.getText(), filePathOf(document), value)]}})
      return null
    }
    if (params.command === commands.addWord) {
      const state = states.get(uri)
      const document = documents.get(uri)
      try {
        const added = addWord(value, state?.result?.configPath, state?.result?.ownOptions, state?.folder ?? workspaceFolders[0] ?? process.cwd())
        report(
          added.present
            ? `\`${value}\` is already in \`${added.wordsPath}\``
            : `Added \`${value}\` to \`${added.wordsPath}\`` + (added.configPath ? `, named in \`${added.configPath}\`` : ''),
          'info'
        )
      } catch (error) {
        report(error instanceof WordListError ? error.message : `Cannot add \`${value}\` to the word list: ${firstLine(error)}`)
        return null
      }
      // Every open document may use the same word list.
      await Promise.all(documents.all().map((each) => (each === document ? validate(each) : validate(each).catch(() => {}))))
      return null
    }
    report(`Unexpected command \`${params.command}\`, expected one of ${Object.values(commands).map((command) => '`' + command + '`').join(', ')}`)
    return null
  })

  documents.listen(connection)
  connection.listen()
}

function problemDiagnostic(message: string, code: string): Diagnostic {
  return {
    range: {start: {line: 0, character: 0}, end: {line: 0, character: 0}},
    severity: DiagnosticSeverity.Error,
    source: 'copydesk',
    code,
    message
  }
}
