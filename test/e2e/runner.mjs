#!/usr/bin/env node
// Runs the e2e suite (test/e2e/suite, compiled to out/test/e2e/suite) inside a real VS Code: code-server's
// Node extension host, driven by headless Debian chromium. The workbench loads the tests through the URL
// payload (extensionDevelopmentPath + extensionTestsPath) and calls window.codeAutomationExit(code) when
// they finish; we forward the tests' lines and exit with that code.
//
//   node test/e2e/runner.mjs [--vsix | --dev] [options]
//     --vsix              (default) package the extension, install the .vsix into a fresh profile and test the
//                         INSTALLED copy; the development path is test/e2e/harness, an extension with no code
//     --dev               build and test the repository folder itself as the development extension
//     --vsix-file PATH    install this .vsix instead of packaging one
//     --grep REGEX        run only tests whose name matches
//     --timeout MS        give up on the whole run after MS (default 240000)
//     --verbose           also print the workbench console and code-server's log
//     --keep              keep the workspace copy and profile for inspection
//     --extension PATH    (dev mode) test another extension folder, e.g. a hello-world one
//     --tests PATH        another extensionTestsPath module
//     --workspace DIR     open a copy of DIR instead of examples/
//
// Programmatic use (scripts/test.mjs): `import { runE2E } from './test/e2e/runner.mjs'`;
// `await runE2E({ mode: 'vsix' })` resolves to { code, passed, failed, skipped, total }.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser } from './lib/browser.mjs';
import { ensureCodeServerInstalled } from './lib/codeServer.mjs';
import { repoRoot, suiteEntry, vscodeTest } from './lib/paths.mjs';
import { startSession } from './lib/session.mjs';

const MARKER = '[apigw-e2e] ';
const log = (message) => console.log(`[e2e] ${message}`);

function parseArgs(argv) {
  const options = { mode: 'vsix', timeoutMs: 240_000, verbose: false, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    switch (arg) {
      case '--dev': options.mode = 'dev'; break;
      case '--vsix': options.mode = 'vsix'; break;
      case '--vsix-file': options.mode = 'vsix'; options.vsixFile = value(); break;
      case '--grep': options.grep = value(); break;
      case '--timeout': options.timeoutMs = Number(value()); break;
      case '--verbose': options.verbose = true; break;
      case '--keep': options.keep = true; break;
      case '--extension': options.extensionPath = value(); break;
      case '--tests': options.testsPath = value(); break;
      case '--workspace': options.workspaceSource = value(); break;
      default: throw new Error(`unknown argument ${arg} (see the header of test/e2e/runner.mjs)`);
    }
  }
  return options;
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status ?? r.error?.message})`);
}

function newestMtime(dir, suffix) {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p, suffix));
    else if (entry.name.endsWith(suffix)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** Compiles the tests with the repo's tsc unless out/ is already newer than every suite source. */
function ensureSuiteCompiled() {
  const sources = newestMtime(join(repoRoot, 'test', 'e2e', 'suite'), '.ts');
  if (existsSync(suiteEntry) && newestMtime(join(repoRoot, 'out', 'test', 'e2e', 'suite'), '.js') >= sources) return;
  log('compiling tests (tsc -p .)');
  // tsc emits even when other files have type errors; only a missing entry is fatal here.
  spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.'], {
    cwd: repoRoot, stdio: 'inherit',
  });
  if (!existsSync(suiteEntry)) throw new Error(`${relative(repoRoot, suiteEntry)} was not produced by tsc`);
}

function build() {
  log('building the extension (node scripts/build.mjs)');
  run(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], 'node scripts/build.mjs');
}

/** Picks the test harness's lines out of a browser console message (workbench noise has no marker). */
function harnessLines(text) {
  const lines = [];
  for (const line of text.split('\n')) {
    const at = line.indexOf(MARKER);
    if (at >= 0) lines.push(line.slice(at + MARKER.length));
  }
  return lines;
}

export async function runE2E(opts = {}) {
  const options = { mode: 'vsix', timeoutMs: 240_000, verbose: false, keep: false, ...opts };
  const started = Date.now();
  ensureCodeServerInstalled();
  if (!options.testsPath) ensureSuiteCompiled();
  const testsPath = options.testsPath ?? suiteEntry;

  const logDir = join(vscodeTest, 'logs');
  mkdirSync(logDir, { recursive: true });
  if (options.mode === 'dev' && !options.extensionPath) build();

  const serverLog = [];
  const browserLog = [];
  const hostErrors = [];
  let session;
  let browser;
  let timer;
  const counts = { total: 0, passed: 0, failed: 0, skipped: 0 };
  let code = 1;
  try {
    session = await startSession({
      mode: options.mode,
      profileName: `e2e-${options.mode}`,
      vsixFile: options.vsixFile,
      extensionPath: options.extensionPath,
      workspaceSource: options.workspaceSource,
      env: options.grep ? { APIGW_E2E_GREP: options.grep } : {},
      onLog: (line) => {
        serverLog.push(line);
        if (options.verbose) console.log(`[code-server] ${line}`);
      },
    });
    log(`code-server ${session.server.origin} (mode ${options.mode}, workspace ${relative(repoRoot, session.workspace)})`);
    browser = await launchBrowser();
    const { page } = browser;
    page.on('console', (message) => {
      const text = message.text();
      const lines = harnessLines(text);
      for (const line of lines) {
        console.log(line);
        const m = /^# tests (\d+) pass (\d+) fail (\d+)(?: skip (\d+))?/.exec(line);
        if (m) Object.assign(counts, { total: +m[1], passed: +m[2], failed: +m[3], skipped: +(m[4] ?? 0) });
      }
      if (lines.length === 0) {
        browserLog.push(`[${message.type()}] ${text}`);
        // Errors the workbench relays from the extension host (e.g. a tests module that throws on load).
        if (message.type() === 'error' && text.includes(' ERR ') && !/ENOTFOUND|gallery/.test(text)) {
          hostErrors.push(text.replace(/^%c\s+ERR\s+color:\s*#\w+\s*/, ''));
        }
        if (options.verbose) console.log(`[browser ${message.type()}] ${text.slice(0, 500)}`);
      }
    });
    page.on('pageerror', (err) => browserLog.push(`[pageerror] ${err.message}`));
    let resolveExit;
    const exited = new Promise((resolve) => {
      resolveExit = resolve;
    });
    // The workbench calls window.codeAutomationExit(code) when the tests' run() settles.
    await page.exposeFunction('codeAutomationExit', (exitCode) => resolveExit(exitCode));
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    await page.goto(session.url({ extensionTestsPath: testsPath }));
    const result = await Promise.race([exited, timedOut]);
    if (result === 'timeout') {
      console.error(`[e2e] FAILED: the tests did not finish within ${options.timeoutMs} ms`);
      code = 1;
    } else {
      code = result === 0 ? 0 : 1;
      if (code === 0 && counts.total === 0 && !options.testsPath) {
        console.error('[e2e] FAILED: the workbench exited 0 but the harness reported no tests');
        code = 1;
      }
    }
  } catch (err) {
    console.error(`[e2e] FAILED: ${err.message}`);
    code = 1;
  } finally {
    clearTimeout(timer);
    await browser?.close();
    await session?.stop({ keep: options.keep });
    const stamp = options.mode;
    writeFileSync(join(logDir, `code-server-${stamp}.log`), serverLog.join('\n') + '\n');
    writeFileSync(join(logDir, `browser-${stamp}.log`), browserLog.join('\n') + '\n');
    if (code !== 0 && hostErrors.length) {
      console.error('[e2e] errors reported by the workbench / extension host:');
      for (const e of hostErrors.slice(-5)) console.error(e.split('\n').slice(0, 8).map((l) => `  ${l}`).join('\n'));
    }
    if (code !== 0) {
      log(`logs: ${relative(repoRoot, join(logDir, `code-server-${stamp}.log`))}, ` +
        `${relative(repoRoot, join(logDir, `browser-${stamp}.log`))}`);
    }
    if (options.keep && session) log(`kept workspace ${session.workspace} and profile ${session.profile.root}`);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`${options.mode} mode finished with code ${code} in ${seconds} s`);
  if (counts.total > 0) {
    // The plain closing line CI reads: 'N passed, N failed' alone on a line.
    console.log(`e2e: ${counts.passed} passed, ${counts.failed} failed` + (counts.skipped ? `, ${counts.skipped} skipped` : ''));
  }
  return { code, ...counts };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`[e2e] ${err.message}`);
    process.exit(2);
  }
  const stop = () => process.exit(130); // the 'exit' hooks kill code-server's process group
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const { code } = await runE2E(options);
  process.exit(code);
}
