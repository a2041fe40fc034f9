#!/usr/bin/env node
// The same e2e suite through @vscode/test-electron, for machines that can download a VS Code desktop build
// (this project's machines cannot: use test/e2e/runner.mjs there). Tests the repository folder as the
// development extension on a copy of examples/.   node test/e2e/runWithElectron.mjs [--version 1.100.3]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { copyWorkspace, removeWorkspace } from './lib/workspace.mjs';
import { repoRoot, suiteEntry, vscodeTest } from './lib/paths.mjs';

const versionArg = process.argv.indexOf('--version');
const version = versionArg > 0 ? process.argv[versionArg + 1] : '1.100.3';

let runTests;
try {
  ({ runTests } = await import('@vscode/test-electron'));
} catch (err) {
  console.error(`[e2e-electron] @vscode/test-electron is not installed (${err.message})`);
  process.exit(1);
}

for (const [what, cmd] of [['build', ['scripts/build.mjs']], ['compile tests', ['node_modules/typescript/bin/tsc', '-p', '.']]]) {
  const r = spawnSync(process.execPath, cmd, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0 && what === 'build') process.exit(r.status ?? 1);
}
if (!existsSync(suiteEntry)) {
  console.error(`[e2e-electron] ${suiteEntry} is missing: tsc did not compile the suite`);
  process.exit(1);
}

const workspace = copyWorkspace();
let code;
try {
  code = await runTests({
    version,
    cachePath: join(vscodeTest, 'electron'),
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: suiteEntry,
    extensionTestsEnv: { APIGW_E2E: '1', APIGW_E2E_MODE: 'dev', APIGW_E2E_REPO: repoRoot },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  });
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`[e2e-electron] could not run VS Code ${version}: ${message}`);
  if (/download|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|getaddrinfo|fetch|socket|network/i.test(message)) {
    console.error('[e2e-electron] @vscode/test-electron downloads VS Code from Microsoft at run time and this machine ' +
      'cannot reach it. Run the same suite in code-server instead: node test/e2e/runner.mjs --dev (or npm run test:e2e).');
  }
  code = 1;
} finally {
  removeWorkspace(workspace);
}
process.exit(code);
