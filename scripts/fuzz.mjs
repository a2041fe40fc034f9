#!/usr/bin/env node
// `npm run fuzz [-- --minutes N] [--seed S] [--save] [--replay N [--vtl]] [--hang-seconds N] [--no-compile]`:
// the long fuzzing run over the language service and the VTL renderer (test/fuzz/longRun.ts), on mutated copies
// of ../shared/corpus/templates. Prints how many documents it tried; exits 1 on a failure, a hang or a change
// of the host's globals. `npm test` runs a short fixed-seed version (test/fuzz/*.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
if (!args.includes('--no-compile')) {
  // tsc emits even when files outside test/fuzz have type errors; the run needs only the emitted JavaScript.
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  const fuzzErrors = (tsc.stdout ?? '').split('\n').filter((line) => line.startsWith('test/fuzz/'));
  if (fuzzErrors.length) {
    console.error(fuzzErrors.join('\n'));
    process.exit(2);
  }
}
const entry = join(root, 'out/test/fuzz/longRun.js');
if (!existsSync(entry)) {
  console.error(`${entry} is missing: compile with npx tsc -p .`);
  process.exit(2);
}
const { main } = createRequire(import.meta.url)(entry);
process.exitCode = await main(args);
