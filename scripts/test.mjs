#!/usr/bin/env node
// `npm test`: everything CI runs, in order, with a summary of counts at the end.
//   1. type check + compile the tests (tsc -p .)        2. lint (ESLint: mistakes and the house style)
//   3. bundle the extension (esbuild)
//   4. node:test suites: unit, corpus, golden, grammar, lsp, fuzz, cli, clients, e2e/unit (the e2e harness itself)
//   5. end-to-end in a real VS Code (code-server)
// Options: --no-e2e (skip 5), --only <phase> (lint, one of the suites, or e2e), --e2e-dev (test the
// repository folder instead of the packaged .vsix).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './bootstrap.mjs';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const skipE2E = args.includes('--no-e2e');
const started = Date.now();
const summary = [];

function run(title, command, commandArgs, options = {}) {
  console.log(`\n=== ${title} ===`);
  const t0 = Date.now();
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: options.capture ? ['inherit', 'pipe', 'inherit'] : 'inherit', encoding: 'utf8', env: { ...process.env, ...options.env } });
  if (options.capture) process.stdout.write(result.stdout ?? '');
  return { status: result.status ?? 1, stdout: result.stdout ?? '', seconds: (Date.now() - t0) / 1000 };
}

function findTests(dir) {
  if (!existsSync(dir)) return [];
  const out = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...findTests(path));
    else if (entry.endsWith('.test.js')) out.push(path);
  }
  return out.sort();
}

function counts(stdout) {
  const number = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(stdout)?.[1] ?? 0);
  // A cancelled test (e.g. its suite's `before` hook threw) did not pass: count it as failed.
  return { tests: number('tests'), pass: number('pass'), fail: number('fail') + number('cancelled'), skipped: number('skipped') };
}

// A fresh clone: install the toolchain first, so `npm test` is the whole story.
const installed = ensureDependencies();
if (installed !== 0) process.exit(installed);

const compile = run('type check and compile (tsc -p .)', process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.']);
summary.push({ phase: 'typecheck', ok: compile.status === 0, detail: compile.status === 0 ? 'no errors' : 'type errors', seconds: compile.seconds });
if (!only || only === 'lint') {
  const lint = run('lint (eslint)', process.execPath, [join(root, 'node_modules/eslint/bin/eslint.js'), '--cache', '--cache-location', join(root, 'node_modules/.cache/eslint/'), '.']);
  summary.push({ phase: 'lint', ok: lint.status === 0, detail: lint.status === 0 ? 'no problems' : 'problems (npm run lint -- --fix fixes the layout ones)', seconds: lint.seconds });
}
const build = run('bundle (esbuild)', process.execPath, [join(root, 'scripts/build.mjs')]);
summary.push({ phase: 'build', ok: build.status === 0, detail: build.status === 0 ? 'dist/ bundled' : 'failed', seconds: build.seconds });

// The second-client suite drives Neovim: on a fresh machine, install the Debian packages before it runs.
function ensureNeovim() {
  if (spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0) return;
  run('system packages for the clients suite (scripts/setup-e2e.mjs --packages-only)', process.execPath, [join(root, 'scripts/setup-e2e.mjs'), '--packages-only']);
}

// Folders under out/test with *.test.js files, in order. (out/test/e2e/suite runs only inside VS Code.)
const suites = ['unit', 'corpus', 'golden', 'grammar', 'lsp', 'fuzz', 'cli', 'clients', 'e2e/unit'];
if (compile.status === 0 && build.status === 0) {
  for (const suite of suites) {
    if (only && only !== suite) continue;
    const files = findTests(join(root, 'out/test', suite));
    if (!files.length) continue;
    if (suite === 'clients') ensureNeovim();
    const result = run(`${suite} tests (${files.length} files)`, process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...files.map((f) => relative(root, f))], { capture: true });
    const c = counts(result.stdout);
    // the golden suite's pass rates per kind of evidence and per stage (printed by test/golden/golden.test.ts)
    const notes = suite === 'golden' ? result.stdout.split('\n').filter((l) => /^\s*(# )?golden by /.test(l)).map((l) => l.replace(/^\s*(# )?/, '')) : [];
    summary.push({ phase: suite, ok: result.status === 0, detail: `${c.tests} tests, ${c.pass} passed, ${c.fail} failed${c.skipped ? `, ${c.skipped} skipped` : ''}`, seconds: result.seconds, notes, ...c });
  }
  if (!skipE2E && (!only || only === 'e2e')) {
    const { runE2E } = await import(join(root, 'test/e2e/runner.mjs'));
    const t0 = Date.now();
    let e2e;
    try {
      e2e = await runE2E({ mode: args.includes('--e2e-dev') ? 'dev' : 'vsix' });
    } catch (error) {
      console.error(error);
      e2e = { code: 1, passed: 0, failed: 0, total: 0 };
    }
    summary.push({ phase: 'e2e (VS Code)', ok: e2e.code === 0, detail: `${e2e.total} tests, ${e2e.passed} passed, ${e2e.failed} failed`, seconds: (Date.now() - t0) / 1000, tests: e2e.total, pass: e2e.passed, fail: e2e.failed });
  }
}

console.log('\n=== summary ===');
for (const s of summary) {
  console.log(`${s.ok ? 'PASS' : 'FAIL'}  ${s.phase.padEnd(14)} ${s.detail.padEnd(44)} ${s.seconds.toFixed(1)}s`);
  for (const note of s.notes ?? []) console.log(`      ${note}`);
}
const total = summary.reduce((acc, s) => ({ tests: acc.tests + (s.tests ?? 0), pass: acc.pass + (s.pass ?? 0), fail: acc.fail + (s.fail ?? 0) }), { tests: 0, pass: 0, fail: 0 });
console.log(`total: ${total.tests} tests, ${total.pass} passed, ${total.fail} failed in ${((Date.now() - started) / 1000).toFixed(0)}s`);
process.exit(summary.every((s) => s.ok) ? 0 : 1);
