// What the extension costs at start-up, measured in real VS Code (code-server 1.100, the installed .vsix):
// printed, never asserted against a threshold. Run it on its own, so that the first API Gateway file of the
// session is the one measured (a fresh profile, no server running yet):
//
//   npx tsc -p . && node test/e2e/runner.mjs --tests "$PWD/out/test/clients/vscode/startup.js"
//
// It reports, as `# startup ...` lines:
//   - whether VS Code had already activated the extension (it does so early, on the settings model's jsonc) and,
//     if not, how long `activate()` took; the bundle's size and the time to evaluate it in the extension host;
//   - from opening the first API Gateway YAML file to its first diagnostics (the server starts lazily: this
//     includes spawning `node dist/server.js`, initialize, parse and validate), then the same for a second
//     file with the server warm;
//   - the language server's resident memory after the first file, and after the second;
//   - as the baseline, how long opening an editor on a plain YAML file takes (no server involved).
// The checks it does assert are facts, not timings: no server before API Gateway content, one after.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { report, runRegistered, test } from '../../e2e/suite/harness';
import { EXTENSION_ID, openFile, waitForDiagnostics, writeWorkspaceFile } from '../../e2e/suite/helpers';

const API_YAML = (title: string) => `openapi: 3.0.1
info:
  title: ${title}
  version: '1.0'
paths:
  /orders:
    post:
      responses:
        '200':
          description: ok
      x-amazon-apigateway-integration:
        type: aws_proxy
        httpMethod: GET
        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:Orders/invocations
`;
const PLAIN_YAML = 'name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n';

const results: Record<string, number | string | boolean> = {};
const extensionActiveAtStart = vscode.extensions.getExtension(EXTENSION_ID)?.isActive ?? false;

function ms(since: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - since) / 1e4) / 100;
}

/** The language server processes of this extension host (children running the extension's dist/server.js). */
function serverProcesses(extensionPath: string): number[] {
  const serverModule = path.join(extensionPath, 'dist', 'server.js');
  return fs.readdirSync('/proc').filter((e) => /^\d+$/.test(e)).flatMap((entry) => {
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) return [];
      return fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').includes(serverModule) ? [Number(entry)] : [];
    } catch {
      return [];
    }
  });
}

/** Resident and peak resident memory of a process, in MiB (Linux /proc). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: Math.round(kib('VmRSS') / 102.4) / 10, peak: Math.round(kib('VmHWM') / 102.4) / 10 };
}

test('activation: when it happened, what it took, the bundle', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not installed`);
  results.activeAtStart = extensionActiveAtStart;
  if (!ext.isActive) {
    const t0 = process.hrtime.bigint();
    await ext.activate();
    results.activateMs = ms(t0);
  }
  const bundle = path.join(ext.extensionPath, 'dist', 'extension.js');
  results.extensionBundleKiB = Math.round(fs.statSync(bundle).size / 102.4) / 10;
  results.serverBundleKiB = Math.round(fs.statSync(path.join(ext.extensionPath, 'dist', 'server.js')).size / 102.4) / 10;
  // Evaluate a second copy of the bundle (the running one stays in the module cache): the code-loading part of
  // activation, in this very extension host.
  const cached = require.cache[bundle];
  delete require.cache[bundle];
  const t0 = process.hrtime.bigint();
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads the bundle afresh to time it
  const fresh = require(bundle) as { activate?: unknown };
  results.extensionBundleEvalMs = ms(t0);
  if (cached) require.cache[bundle] = cached;
  assert.equal(typeof fresh.activate, 'function');
  assert.deepEqual(serverProcesses(ext.extensionPath), [], 'a language server runs before any API Gateway file opened');
});

test('first API Gateway file: open → first diagnostics, including the lazy server start; server memory', async () => {
  const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
  await writeWorkspaceFile('startup/plain.yaml', PLAIN_YAML);
  await writeWorkspaceFile('startup/first.yaml', API_YAML('First'));
  await writeWorkspaceFile('startup/second.yaml', API_YAML('Second'));
  // Opening an editor in the browser workbench has its own cost: a plain YAML file is the baseline.
  const t00 = process.hrtime.bigint();
  await openFile('startup/plain.yaml');
  results.plainFileOpenMs = ms(t00);
  assert.deepEqual(serverProcesses(ext.extensionPath), [], 'an unrelated YAML file started the language server');

  const t0 = process.hrtime.bigint();
  const { document } = await openFile('startup/first.yaml');
  await waitForDiagnostics(document.uri);
  results.firstFileToDiagnosticsMs = ms(t0);
  const servers = serverProcesses(ext.extensionPath);
  assert.equal(servers.length, 1, 'expected one language server process');
  const first = memoryOf(servers[0]);
  results.serverRssAfterFirstFileMiB = first.rss;

  const t1 = process.hrtime.bigint();
  const second = await openFile('startup/second.yaml');
  await waitForDiagnostics(second.document.uri);
  results.secondFileToDiagnosticsMs = ms(t1);
  const after = memoryOf(servers[0]);
  results.serverRssAfterSecondFileMiB = after.rss;
  results.serverPeakRssMiB = after.peak;
  results.extensionHostRssMiB = Math.round(process.memoryUsage().rss / 104857.6) / 10;
});

export async function run(): Promise<void> {
  report('# start-up cost of the installed extension (numbers, not thresholds)');
  const summary = await runRegistered();
  for (const [key, value] of Object.entries(results)) report(`# startup ${key}: ${value}`);
  report(`# startup json: ${JSON.stringify(results)}`);
  if (summary.failed > 0) throw new Error(`${summary.failed} of ${summary.total} start-up checks failed`);
}
