-- Neovim (0.7+, built-in LSP client) as a translator uses it with concord's language server,
-- headless: open a post with a known defect, wait for the diagnostic, apply the preferred code
-- action, save, and wait for the re-check to clear it. NeovimLspIT starts this with
--   nvim --headless -n -i NONE -u test-init.lua
-- and asserts the file on disk afterwards. Progress goes to $CONCORD_LOG (headless Neovim has no
-- screen to read); any failure quits with a non-zero code.
local log = io.open(vim.env.CONCORD_LOG, 'w')
local function say(s)
  log:write(s .. '\n')
  log:flush()
end
local function fail(s)
  say('FAIL ' .. s)
  vim.cmd('cquit 3')
end

local root = vim.env.CONCORD_ROOT
local id = vim.lsp.start_client({
  name = 'concord',
  cmd = { vim.env.CONCORD_BIN, 'lsp' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'sample' } },
  on_exit = function(code) say('server exited ' .. code) end,
})
if not id then fail('server did not start') end

vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.CONCORD_FILE))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, id)

if not vim.wait(60000, function() return #vim.diagnostic.get(buf) > 0 end, 50) then fail('no diagnostics') end
local d = vim.diagnostic.get(buf)[1]
say(string.format('diagnostic %d:%d %s', d.lnum + 1, d.col, d.message))

-- What :lua vim.lsp.buf.code_action() asks for, on the diagnostic's range.
local params = {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, d.lnum) },
}
local results = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 30000)
local chosen
for _, r in pairs(results or {}) do
  for _, a in ipairs(r.result or {}) do
    say('action ' .. a.title)
    if a.isPreferred and not chosen then chosen = a end
  end
end
if not chosen then fail('no preferred code action') end
vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
vim.cmd('write')

if not vim.wait(60000, function() return #vim.diagnostic.get(buf) == 0 end, 50) then fail('the diagnostic stayed') end
say('cleared')
vim.lsp.stop_client(id)
vim.wait(10000, function() return vim.lsp.get_client_by_id(id) == nil end, 50)
vim.cmd('qa!')
