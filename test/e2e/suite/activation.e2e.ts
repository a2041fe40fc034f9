// The extension under test is the right copy; its language server starts only for API Gateway content.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { afterEach, test } from './harness';
import { ORDERS_OPENAPI_YAML, UNRELATED_YAML } from './fixtures';
import {
  closeAllEditors, e2eMode, EXTENSION_ID, openAndWaitForDiagnostics, openFile, writeWorkspaceFile,
} from './helpers';

afterEach(closeAllEditors);

test('the extension under test is the installed .vsix (vsix mode) or the repository (dev mode)', () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  const repo = process.env.APIGW_E2E_REPO;
  assert.ok(repo, 'the runner sets APIGW_E2E_REPO');
  const repoManifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')) as { version: string };
  assert.equal((ext.packageJSON as { version: string }).version, repoManifest.version);
  if (e2eMode() === 'vsix') {
    const extensionsDir = process.env.APIGW_E2E_EXTENSIONS_DIR;
    assert.ok(extensionsDir, 'the runner sets APIGW_E2E_EXTENSIONS_DIR');
    assert.equal(path.dirname(ext.extensionPath), extensionsDir, 'the running copy is the one installed from the .vsix');
    // A packaged extension carries only what .vscodeignore lets through.
    assert.ok(!fs.existsSync(path.join(ext.extensionPath, 'client')), 'sources were packaged');
    assert.ok(fs.existsSync(path.join(ext.extensionPath, 'dist', 'server.js')), 'dist/server.js is missing from the package');
    // Every file the manifest points at (grammars, language configuration, snippets) was installed.
    const contributes = (ext.packageJSON as { contributes?: Record<string, Array<Record<string, unknown>>> }).contributes ?? {};
    const referenced = [
      ...(contributes.grammars ?? []).map((g) => g.path),
      ...(contributes.languages ?? []).map((l) => l.configuration),
      ...(contributes.snippets ?? []).map((s) => s.path),
    ].filter((p): p is string => typeof p === 'string');
    assert.ok(referenced.length > 0, 'the manifest contributes grammars and snippets');
    const missing = referenced.filter((p) => !fs.existsSync(path.join(ext.extensionPath, p)));
    assert.deepEqual(missing, [], 'files the manifest refers to are missing from the installed extension');
  } else {
    assert.equal(ext.extensionPath, repo);
  }
});

test('the language server starts only once API Gateway content opens, then publishes apigw diagnostics', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  // VS Code activates the extension early (onLanguage:jsonc fires for the settings model at startup), so
  // "dormant" means: no language server process until a document with API Gateway content is open.
  await ext.activate();
  assert.deepEqual(languageServerProcesses(ext.extensionPath), [], 'a language server runs before any API Gateway file opened');
  await writeWorkspaceFile('e2e/plain.yaml', UNRELATED_YAML);
  await openFile('e2e/plain.yaml');
  assert.deepEqual(languageServerProcesses(ext.extensionPath), [], 'an unrelated YAML file started the language server');

  await writeWorkspaceFile('e2e/activation.yaml', ORDERS_OPENAPI_YAML);
  const { diagnostics } = await openAndWaitForDiagnostics('e2e/activation.yaml');
  assert.ok(diagnostics.length > 0);
  assert.ok(diagnostics.every((d) => d.source === 'apigw'));
  assert.equal(languageServerProcesses(ext.extensionPath).length, 1, 'expected exactly one language server process');
});

/** Child processes of this extension host running the extension's dist/server.js (Linux /proc). */
function languageServerProcesses(extensionPath: string): number[] {
  const serverModule = path.join(extensionPath, 'dist', 'server.js');
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // /proc/<pid>/stat: "pid (comm) state ppid ..."; comm may contain spaces, so split after the last ')'.
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      const cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      if (cmdline.includes(serverModule)) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}
