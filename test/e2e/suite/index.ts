// Entry point the workbench loads as `extensionTestsPath`: registers every `*.e2e.js` test module in this
// folder, runs them and rejects when any failed, so the workbench exits with code 1.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { report, runRegistered } from './harness';

export async function run(): Promise<void> {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort();
  report(`# e2e suite: ${files.length} test files, mode ${process.env.APIGW_E2E_MODE ?? 'dev'}`);
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- each suite file registers its tests when loaded
    require(path.join(__dirname, file));
  }
  const summary = await runRegistered();
  if (summary.total === 0) throw new Error('no e2e tests ran (check APIGW_E2E_GREP)');
  if (summary.failed > 0) throw new Error(`${summary.failed} of ${summary.total} e2e tests failed`);
}
