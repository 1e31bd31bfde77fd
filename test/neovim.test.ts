/**
 * copydesk's language server in a real editor: headless Neovim (Debian's
 * `neovim`, 0.7+) loads the user snippet `editors/neovim/copydesk.lua`,
 * opens a draft, waits for copydesk's diagnostics, asks for the quick fixes
 * of the missing-space finding, applies "Replace …" and writes the buffer.
 * Every wait is bounded (in Lua and here); on failure nvim's output is shown.
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'dist/src/language-server/bin.js')
const snippet = path.join(root, 'editors/neovim/copydesk.lua')
const draft = 'Officials said the goverment had made the difference.Russian troops left the city on Friday.\n'

interface Range {
  start: {line: number; character: number}
  end: {line: number; character: number}
}
interface Result {
  nvim: string
  filetype: string
  client: string
  rootDir: string
  diagnostics: Array<{code?: string; source?: string; severity?: number; message: string; range: Range}>
  shown: Array<{code?: string; lnum: number; col: number; end_lnum: number; end_col: number}>
  actions: string[]
  applied: string
}

/**
 * Neovim is an optional tool: without it the test is skipped with the reason
 * printed, except under CI (`CI` set), where `.ci/run` installs it and the
 * test is required.
 */
const hasNeovim = spawnSync('nvim', ['--version'], {stdio: 'ignore'}).error === undefined
const required = Boolean(process.env['CI'])
const skipReason = 'skipped: `nvim` is not installed (install Debian’s `neovim` to run it; required when `CI` is set)'
if (!hasNeovim && !required) process.stderr.write(`test/neovim.test.ts ${skipReason}\n`)
const suite = hasNeovim || required ? describe : describe.skip

let folder: string
let run: {status: number | null; signal: string | null; output: string; error?: Error | undefined}
let result: Result | undefined

/** A Lua string literal for any text (JSON strings are valid Lua strings for these paths). */
const lua = (value: string): string => JSON.stringify(value)

function initLua(out: string): string {
  return `-- Written by test/neovim.test.ts. Loads the user snippet as users do.
local out = ${lua(out)}
local function finish(ok, value)
  if ok then
    local file = assert(io.open(out, 'w'))
    file:write(vim.fn.json_encode(value))
    file:close()
    vim.cmd('qall!')
  else
    io.stderr:write('copydesk-neovim-test: ' .. tostring(value) .. '\\n')
    vim.cmd('cquit 3')
  end
end

-- Keep the raw LSP diagnostics too (with their UTF-16 ranges), then let
-- Neovim's own handler show them.
local published = {}
local default = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  if params then published[params.uri] = params.diagnostics end
  return default(err, params, ctx, config)
end

vim.g.copydesk_cmd = {${lua(process.execPath)}, ${lua(bin)}, '--stdio'}
dofile(${lua(snippet)})

local function scenario()
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  local client
  local attached = vim.wait(20000, function()
    for _, each in pairs(vim.lsp.buf_get_clients(buf)) do
      if each.name == 'copydesk' and each.initialized ~= false then client = each end
    end
    return client ~= nil
  end, 50)
  if not attached then error('Cannot attach copydesk to the buffer within 20 s, expected a client (filetype "' .. vim.bo[buf].filetype .. '")') end
  local got = vim.wait(20000, function()
    return published[uri] ~= nil and #published[uri] > 0 and #vim.diagnostic.get(buf) > 0
  end, 50)
  if not got then error('Cannot get diagnostics within 20 s, expected copydesk findings for ' .. uri) end
  local diagnostics, space = {}, nil
  for _, each in ipairs(published[uri]) do
    table.insert(diagnostics, {code = each.code, source = each.source, severity = each.severity, message = each.message, range = each.range})
    if each.code == 'missing-space' then space = each end
  end
  local shown = {}
  for _, each in ipairs(vim.diagnostic.get(buf)) do
    table.insert(shown, {code = each.code, lnum = each.lnum, col = each.col, end_lnum = each.end_lnum, end_col = each.end_col})
  end
  local value = {
    nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor),
    filetype = vim.bo[buf].filetype,
    client = client.name,
    rootDir = client.config.root_dir,
    diagnostics = diagnostics,
    shown = shown,
    actions = {},
    applied = '',
  }
  if not space then return value end
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = {uri = uri},
    range = space.range,
    context = {diagnostics = {space}},
  }, 10000, buf)
  if not response then error('Cannot get code actions within 10 s, expected a response') end
  if response.err then error('Cannot get code actions: ' .. vim.inspect(response.err)) end
  local replace
  for _, action in ipairs(response.result or {}) do
    table.insert(value.actions, action.title)
    if not replace and action.edit and action.title:match('^Replace ') then replace = action end
  end
  if replace then
    vim.lsp.util.apply_workspace_edit(replace.edit, 'utf-16')
    value.applied = replace.title
    vim.cmd('silent write')
  end
  return value
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    finish(pcall(scenario))
  end,
})
`
}

beforeAll(() => {
  if (!hasNeovim && !required) return
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-nvim-')))
  // The snippet takes the folder with the nearest .retextrc as the workspace.
  fs.writeFileSync(path.join(folder, '.retextrc'), JSON.stringify({plugins: ['copydesk']}))
  fs.writeFileSync(path.join(folder, 'draft.txt'), draft)
  const out = path.join(folder, 'result.json')
  fs.writeFileSync(path.join(folder, 'init.lua'), initLua(out))
  const state = path.join(folder, 'state')
  const spawned = spawnSync('nvim', ['--headless', '--clean', '-n', '-i', 'NONE', '-u', path.join(folder, 'init.lua'), 'draft.txt'], {
    cwd: folder,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    // Bounded even if nvim itself hangs: the Lua waits add up to well under this.
    timeout: 90_000,
    killSignal: 'SIGKILL',
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(state, 'config'),
      XDG_DATA_HOME: path.join(state, 'data'),
      XDG_STATE_HOME: path.join(state, 'state'),
      XDG_CACHE_HOME: path.join(state, 'cache')
    }
  })
  run = {status: spawned.status, signal: spawned.signal, output: `${spawned.stdout ?? ''}${spawned.stderr ?? ''}`, error: spawned.error}
  if (fs.existsSync(out)) result = JSON.parse(fs.readFileSync(out, 'utf8')) as Result
}, 120_000)

afterAll(() => {
  if (folder) fs.rmSync(folder, {recursive: true, force: true})
})

const notInstalled = 'Cannot run `nvim`, expected Neovim 0.7+ on PATH: install it with `apt-get install neovim` (`.ci/run` does)'

/** What went wrong in nvim, for every failing assertion. */
function context(): string {
  if ((run.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return notInstalled
  const lsp = path.join(folder, 'state/cache/nvim/lsp.log')
  const log = fs.existsSync(lsp) ? fs.readFileSync(lsp, 'utf8').slice(-4000) : '(no lsp.log)'
  return `nvim exited with ${run.status ?? run.signal}\n--- nvim output ---\n${run.output}\n--- lsp.log (end) ---\n${log}`
}

function range(line: number, start: number, end: number): Range {
  return {start: {line, character: start}, end: {line, character: end}}
}

suite(`copydesk in headless Neovim${hasNeovim ? '' : ` (${required ? 'required under CI' : skipReason})`}`, () => {
  it('runs Neovim to the end', () => {
    expect(run.error, context()).toBeUndefined()
    expect(run.status, context()).toBe(0)
    expect(result, context()).toBeDefined()
  })

  it('starts the server from the user snippet with the draft folder as root', () => {
    expect(result, context()).toBeDefined()
    expect(result!).toMatchObject({client: 'copydesk', filetype: 'text', rootDir: folder})
  })

  it('shows copydesk diagnostics with rule ids and 0-based UTF-16 ranges', () => {
    expect(result, context()).toBeDefined()
    const diagnostics = [...result!.diagnostics].sort((a, b) => a.range.start.character - b.range.start.character)
    expect(diagnostics.map((each) => each.code)).toEqual(['spelling', 'missing-space'])
    const misspelt = draft.indexOf('goverment')
    const stop = draft.indexOf('.Russian')
    expect(diagnostics[0]).toMatchObject({source: 'copydesk', severity: 2, range: range(0, misspelt, misspelt + 9)})
    expect(diagnostics[0]!.message.split('\n')[0]).toBe('Unexpected unknown word `goverment`, expected `government`')
    expect(diagnostics[1]).toMatchObject({source: 'copydesk', severity: 2, range: range(0, stop, stop + 1)})
    // What Neovim shows (byte columns; the draft is ASCII, so the same).
    expect([...result!.shown].sort((a, b) => a.col - b.col)).toEqual([
      {code: 'spelling', lnum: 0, col: misspelt, end_lnum: 0, end_col: misspelt + 9},
      {code: 'missing-space', lnum: 0, col: stop, end_lnum: 0, end_col: stop + 1}
    ])
  })

  it('applies the "Replace" quick fix to the buffer and writes it', () => {
    expect(result, context()).toBeDefined()
    expect(result!.actions, context()).toContain('Replace `.` with `. `')
    expect(result!.actions).toContain('Disable `missing-space` in this file')
    expect(result!.applied).toBe('Replace `.` with `. `')
    const text = fs.readFileSync(path.join(folder, 'draft.txt'), 'utf8')
    expect(text).toContain('the difference. Russian troops')
    expect(text).toBe(draft.replace('difference.Russian', 'difference. Russian'))
  })
})
