// The language server in a second real client: Neovim 0.7's built-in LSP client (Debian's `neovim`, installed
// by scripts/setup-e2e.mjs) starts `node dist/server.js --stdio`, opens an example file and asks for a
// completion list. What it shows must be what the service computes for the same file.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/service';
import { REPO_ROOT } from '../helpers/corpus';

const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'openapi3-pets.yaml');

/** Where the client asks for completion: the value of `type: lambda_proxy` (line 15 of the example). */
const COMPLETION_AT = { line: 14, character: 14 };

// Runs inside nvim. Waits (bounded, so a broken server fails the test instead of hanging it) for the
// diagnostics the server pushes, then requests completion, and writes both as JSON.
const LUA = String.raw`
local out = os.getenv('APIGW_OUT')
local function finish(result)
  local f = assert(io.open(out, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end
local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('APIGW_FILE')))
  local buf = vim.api.nvim_get_current_buf()
  local log = {}
  local client_id = vim.lsp.start_client({
    name = 'apigw',
    cmd = { os.getenv('APIGW_NODE'), os.getenv('APIGW_SERVER'), '--stdio' },
    root_dir = os.getenv('APIGW_ROOT'),
    on_exit = function(code) table.insert(log, 'server exited with ' .. tostring(code)) end,
  })
  assert(client_id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(buf, client_id)
  local published = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  local client = vim.lsp.get_client_by_id(client_id)
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    local lsp = (d.user_data or {}).lsp or {}
    table.insert(diagnostics, {
      line = d.lnum, character = d.col, severity = d.severity, message = d.message, source = d.source,
      code = lsp.code or d.code,
    })
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = tonumber(os.getenv('APIGW_LINE')), character = tonumber(os.getenv('APIGW_CHARACTER')) } }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/completion', params, 30000) or {}
  local items = {}
  for _, response in pairs(responses) do
    local result = response.result or {}
    for _, item in ipairs(result.items or result) do table.insert(items, item.label) end
  end
  finish({
    published = published,
    completionProvider = client and client.server_capabilities.completionProvider ~= nil,
    diagnostics = diagnostics,
    completion = items,
    log = log,
  })
end)
if not ok then finish({ error = tostring(err) }) end
`;

interface NvimResult {
  error?: string;
  published?: boolean;
  completionProvider?: boolean;
  diagnostics?: { line: number; character: number; severity: number; message: string; source: string; code: string }[];
  completion?: string[];
  log?: string[];
}

function findNvim(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, 'nvim');
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

describe('Neovim 0.7 as an LSP client of node dist/server.js --stdio', () => {
  let result: NvimResult;
  let expectedDiagnostics: Diagnostic[];
  let expectedCompletion: CompletionItem[];

  before(() => {
    const nvim = findNvim();
    assert.ok(nvim, 'nvim is not installed: run `npm run setup:e2e` (it installs the Debian package neovim) or `apt-get install -y neovim`');
    assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run node scripts/build.mjs`);
    const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
    console.log(`# ${version}`);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-nvim-'));
    const script = path.join(dir, 'client.lua');
    const out = path.join(dir, 'result.json');
    fs.writeFileSync(script, LUA);
    const run = spawnSync(nvim, ['--headless', '--clean', '-n', '-c', `luafile ${script}`], {
      cwd: dir,
      encoding: 'utf8',
      // A guard against a hung client (never a measurement): the Lua script's own waits end well before.
      timeout: 120_000,
      env: {
        ...process.env,
        APIGW_OUT: out, APIGW_FILE: EXAMPLE, APIGW_NODE: process.execPath, APIGW_SERVER: SERVER, APIGW_ROOT: path.dirname(EXAMPLE),
        APIGW_LINE: String(COMPLETION_AT.line), APIGW_CHARACTER: String(COMPLETION_AT.character),
        XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CACHE_HOME: dir, XDG_CONFIG_HOME: dir,
      },
    });
    assert.ok(fs.existsSync(out), `nvim wrote no result (exit ${run.status}, signal ${run.signal}):\n${run.stdout}\n${run.stderr}`);
    result = JSON.parse(fs.readFileSync(out, 'utf8')) as NvimResult;
    assert.equal(result.error, undefined, `the Lua client failed: ${result.error}`);

    const service = getLanguageService();
    const document = TextDocument.create('file:///openapi3-pets.yaml', 'yaml', 1, fs.readFileSync(EXAMPLE, 'utf8'));
    const parsed = service.parseDocument(document);
    expectedDiagnostics = service.doValidation(document, parsed);
    expectedCompletion = service.doComplete(document, parsed, COMPLETION_AT).items;
  });

  it('shows the diagnostics the service reports for the file, at the same places, with codes and source', () => {
    assert.equal(result.published, true, `no diagnostics arrived; client log: ${result.log?.join('; ')}`);
    const shown = result.diagnostics!.map((d) => `${d.line}:${d.character} ${d.severity} ${d.code} [${d.source}] ${d.message}`).sort();
    const expected = expectedDiagnostics.map((d) => `${d.range.start.line}:${d.range.start.character} ${d.severity} ${d.code} [apigw] ${d.message}`).sort();
    assert.deepEqual(shown, expected);
    assert.ok(shown.some((s) => s.startsWith('14:14 1 invalid-type [apigw] `lambda_proxy` is not an integration type')), shown.join('\n'));
  });

  it('gets the completion list for the integration type value', () => {
    assert.equal(result.completionProvider, true);
    const labels = [...result.completion!].sort();
    assert.deepEqual(labels, expectedCompletion.map((i) => i.label).sort());
    assert.ok(labels.includes('aws_proxy'), labels.join(', '));
  });
});
