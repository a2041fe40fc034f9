// The extension survives its language server dying, and never writes to the user's files on its own.
import assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { afterEach, test } from './harness';
import {
  activateExtension, closeAllEditors, diagnosticsFor, executeCodeActions, executeCompletion, executeDefinition, executeDocumentSymbols, executeHover,
  lineOf, openAndWaitForDiagnostics, openFile, waitForDiagnostics, waitUntil, workspaceRoot,
} from './helpers';

interface Api {
  ensureServerStarted(): Promise<unknown>;
  serverNotices(): readonly string[];
}

afterEach(closeAllEditors);

/** The language server processes this extension host started (children running dist/server.js). */
function serverProcesses(extensionPath: string): number[] {
  const serverModule = path.join(extensionPath, 'dist', 'server.js');
  const found: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(serverModule)) found.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return found;
}

test('a killed language server comes back: a warning is shown and logged, diagnostics follow edits again', async (t) => {
  const ext = await activateExtension<Api>();
  await ext.exports.ensureServerStarted();
  const { document } = await openAndWaitForDiagnostics('openapi3-pets.yaml');
  const before = serverProcesses(ext.extensionPath);
  assert.equal(before.length, 1, `expected one server process, found ${before.join(', ')}`);
  const noticesBefore = ext.exports.serverNotices().length;

  process.kill(before[0], 'SIGKILL');
  const after = await waitUntil(
    () => {
      const now = serverProcesses(ext.extensionPath);
      return now.length === 1 && now[0] !== before[0] ? now[0] : undefined;
    },
    () => `no new server process after killing ${before[0]}: ${serverProcesses(ext.extensionPath).join(', ') || 'none'}`,
  );
  t.log(`server ${before[0]} killed, ${after} started`);
  const notices = ext.exports.serverNotices().slice(noticesBefore);
  assert.equal(notices.length, 1, `notices: ${JSON.stringify(notices)}`);
  assert.match(notices[0], /stopped unexpectedly and was restarted\. Its log is in the "API Gateway" output/);

  // The new server serves the open document: an edit gets its diagnostic.
  const editor = await vscode.window.showTextDocument(document);
  const line = lineOf(document, 'timeoutInMillis: 35000');
  const value = document.lineAt(line).text.indexOf('35000');
  await editor.edit((edit) => edit.replace(new vscode.Range(line, value, line, value + 5), '1'));
  const diagnostics = await waitForDiagnostics(document.uri, { until: (d) => d.some((x) => x.range.start.line === line && String(typeof x.code === 'object' ? x.code.value : x.code) === 'timeout-range') });
  assert.ok(diagnostics.length > 0);
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.equal(document.isDirty, false);
  await waitForDiagnostics(document.uri, { until: (d) => d.some((x) => x.range.start.line === line && String(typeof x.code === 'object' ? x.code.value : x.code) === 'timeout-above-default-quota') });
}, { timeoutMs: 60_000 });

/** Every file under the workspace folder, with a hash of its bytes. */
function snapshot(root: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) files.set(path.relative(root, p), crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex'));
    }
  };
  walk(root);
  return files;
}

test('opening the examples and using every feature leaves every file on disk byte-identical', async (t) => {
  const root = workspaceRoot().fsPath;
  const before = snapshot(root);
  const examples = [...before.keys()].filter((f) => /\.(ya?ml|json|vtl)$/.test(f) && !f.startsWith('.') && !f.startsWith('e2e'));
  assert.ok(examples.length >= 6, `examples: ${examples.join(', ')}`);
  let asked = 0;
  for (const file of examples) {
    const { document } = await openFile(file);
    if (/\.(ya?ml|json)$/.test(file) && file !== 'unrelated-compose.yaml') await waitForDiagnostics(document.uri);
    await executeDocumentSymbols(document.uri);
    await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri);
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    await executeCodeActions(document.uri, whole);
    for (const d of diagnosticsFor(document.uri)) await executeCodeActions(document.uri, d.range);
    // Completion, hover and definition on a spread of lines.
    for (let line = 0; line < document.lineCount; line += 3) {
      const text = document.lineAt(line).text;
      const position = new vscode.Position(line, Math.min(text.length, text.search(/\S|$/) + 2));
      await executeCompletion(document.uri, position);
      await executeHover(document.uri, position);
      await executeDefinition(document.uri, position);
      asked++;
    }
  }
  // Render the first template the preview offers, as the CodeLens would.
  const { document: pets } = await openFile('openapi3-pets.yaml');
  await vscode.commands.executeCommand('apigw.renderTemplate', pets.uri.toString(), { position: { line: lineOf(pets, 'application/xml'), character: 12 } });
  t.log(`${examples.length} files, ${asked} positions asked`);
  await closeAllEditors();

  assert.deepEqual(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()), [], 'no document was edited by a feature');
  const afterwards = snapshot(root);
  const changed = [...new Set([...before.keys(), ...afterwards.keys()])].filter((f) => before.get(f) !== afterwards.get(f));
  assert.deepEqual(changed, [], 'files created, deleted or changed on disk');
}, { timeoutMs: 120_000 });
