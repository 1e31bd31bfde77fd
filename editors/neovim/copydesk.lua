-- copydesk in Neovim (0.10+): paste into your init.lua.
-- Needs `copydesk-language-server` on PATH (`npm install --global copydesk`,
-- or point `cmd` at node_modules/.bin/copydesk-language-server).
vim.api.nvim_create_autocmd('FileType', {
  pattern = {'text', 'markdown'},
  callback = function(args)
    vim.lsp.start({
      name = 'copydesk',
      cmd = {'copydesk-language-server', '--stdio'},
      -- The folder holding the nearest .retextrc (or .git) is the workspace.
      root_dir = vim.fs.root(args.buf, {'.retextrc', '.retextrc.json', '.retextrc.yml', '.git'}),
    })
  end,
})
-- Quick fixes ("Replace …", "Add `word` to the project's word list"):
-- put the cursor on a finding and run `:lua vim.lsp.buf.code_action()`.
