-- copydesk in Neovim 0.7 or later (tested on 0.7.2, Debian's `neovim`):
-- paste into your init.lua, or `dofile()` this file from it.
-- Needs `copydesk-language-server` on PATH (`npm install --global copydesk`);
-- to run another one, set `vim.g.copydesk_cmd` first, for example
--   vim.g.copydesk_cmd = {'node', '/path/to/node_modules/copydesk/dist/src/language-server/bin.js', '--stdio'}
-- Config runs no code unless you set `vim.g.copydesk_trust_config = true`
-- (plugins other than copydesk and .retextrc.js files); only do that for
-- projects whose config you trust.
-- Quick fixes ("Replace …", "Add `word` to the project's word list",
-- "Disable `<rule>` for this file"): put the cursor on a finding and run
-- `:lua vim.lsp.buf.code_action()`.
do
  local markers = {'.retextrc', '.retextrc.json', '.retextrc.yml', '.retextrc.yaml', '.git'}
  local clients = {} -- root folder -> client id (Neovim 0.7 has no `vim.lsp.start`)

  -- The folder holding the nearest .retextrc (or .git) is the workspace;
  -- with neither, the draft's own folder.
  local function root_of(file)
    local start = vim.fn.fnamemodify(file, ':p:h')
    local dir = start
    while true do
      for _, marker in ipairs(markers) do
        if vim.loop.fs_stat(dir .. '/' .. marker) then return dir end
      end
      local parent = vim.fn.fnamemodify(dir, ':h')
      if parent == dir then return start end
      dir = parent
    end
  end

  vim.api.nvim_create_autocmd('FileType', {
    pattern = {'text', 'markdown', 'mdx', 'html'},
    callback = function(args)
      local file = vim.api.nvim_buf_get_name(args.buf)
      if file == '' or vim.bo[args.buf].buftype ~= '' then return end
      local root = root_of(file)
      local config = {
        name = 'copydesk',
        cmd = vim.g.copydesk_cmd or {'copydesk-language-server', '--stdio'},
        root_dir = root,
        workspace_folders = {{uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t')}},
        init_options = {trustConfig = vim.g.copydesk_trust_config == true},
      }
      if vim.lsp.start then -- Neovim 0.8+: reuses the client for the same root
        vim.lsp.start(config, {bufnr = args.buf})
        return
      end
      local id = clients[root]
      if not id or not vim.lsp.get_client_by_id(id) or vim.lsp.client_is_stopped(id) then
        id = vim.lsp.start_client(config)
        clients[root] = id
      end
      if id then vim.lsp.buf_attach_client(args.buf, id) end
    end,
  })
end
