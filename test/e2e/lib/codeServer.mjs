// Starting and stopping code-server with a profile kept entirely under .vscode-test/.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromiumPath, codeServerBin, codeServerMarker, profileDirs, repoRoot } from './paths.mjs';

/** Settings every e2e profile starts with: no Welcome page, no prompts, no telemetry, nothing restored. */
export const baseSettings = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  // The web workbench saves after a delay by default (desktop VS Code does not): edits made by tests and
  // screenshots would reach the disk behind their back, and 'File: Revert File' would have nothing to undo.
  'files.autoSave': 'off',
  'git.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
};

/** Runs scripts/setup-e2e.mjs when code-server or chromium is missing (a fresh clone, a new machine). */
export function ensureCodeServerInstalled() {
  if (existsSync(codeServerMarker) && existsSync(codeServerBin) && existsSync(chromiumPath)) return;
  console.log('[e2e] code-server or chromium is not set up yet: running scripts/setup-e2e.mjs');
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'setup-e2e.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) {
    throw new Error('scripts/setup-e2e.mjs failed; see its output above');
  }
}

/**
 * A fresh profile (user data, extensions, XDG dirs, TMPDIR, config) under .vscode-test/profiles/<name>.
 * `fresh: false` keeps an existing profile, e.g. installed extensions.
 */
export function prepareProfile(name, { settings = {}, fresh = true } = {}) {
  const dirs = profileDirs(name);
  if (fresh) rmSync(dirs.root, { recursive: true, force: true });
  for (const d of [dirs.userData, dirs.extensions, dirs.xdgConfig, dirs.xdgData, dirs.xdgCache, dirs.xdgState, dirs.tmp]) {
    mkdirSync(d, { recursive: true });
  }
  const settingsFile = join(dirs.userData, 'User', 'settings.json');
  mkdirSync(dirname(settingsFile), { recursive: true });
  writeFileSync(settingsFile, JSON.stringify({ ...baseSettings, ...settings }, null, 2) + '\n');
  writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  return dirs;
}

/** The environment code-server (and so the extension host and the tests) runs with. */
export function codeServerEnv(dirs, extra = {}) {
  return {
    ...process.env,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    XDG_STATE_HOME: dirs.xdgState,
    TMPDIR: dirs.tmp,
    // A code-server started from a VS Code terminal would otherwise try to talk to that VS Code.
    VSCODE_IPC_HOOK_CLI: '',
    // No marketplace: nothing is fetched from outside, and the workbench does not wait on a failing query.
    EXTENSIONS_GALLERY: '{}',
    ...extra,
  };
}

function baseArgs(dirs) {
  return ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.config];
}

/** Installs a .vsix (or a gallery id, which fails offline) into the profile's extensions dir. */
export function installExtension(dirs, vsixPath) {
  const r = spawnSync(process.execPath, [codeServerBin, ...baseArgs(dirs), '--install-extension', vsixPath, '--force'], {
    encoding: 'utf8', env: codeServerEnv(dirs),
  });
  const output = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  if (r.status !== 0 || /Failed Installing|Error:/i.test(output)) {
    throw new Error(`code-server --install-extension ${vsixPath} failed (exit ${r.status}):\n${output}`);
  }
  return output.trim();
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealthy(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer on port ${port} within ${timeoutMs} ms`);
}

/**
 * Starts code-server on a free port for `dirs` (from prepareProfile) and waits until it answers.
 * Returns { port, origin, child, logs, stop() }. `stop()` kills its whole process group (the server,
 * its extension hosts and language servers) and is safe to call more than once.
 */
export async function startCodeServer(dirs, { workspace, env = {}, port, onLog } = {}) {
  port ??= await freePort();
  const args = [codeServerBin, ...baseArgs(dirs), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override'];
  if (workspace) args.push(workspace);
  const child = spawn(process.execPath, args, {
    env: codeServerEnv(dirs, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs = [];
  const collect = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (!line) continue;
      logs.push(line);
      onLog?.(line);
    }
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    killGroup(child.pid, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    killGroup(child.pid, 'SIGKILL'); // stragglers in the group (extension host children)
  };
  // Never leave a server behind when the runner itself dies.
  const onExit = () => killGroup(child.pid, 'SIGKILL');
  process.once('exit', onExit);

  try {
    await waitForHealthy(port, child, 30_000);
  } catch (err) {
    await stop();
    throw new Error(`${err.message}\n--- code-server output ---\n${logs.join('\n')}`, { cause: err });
  }
  return { port, origin: `http://127.0.0.1:${port}`, child, logs, stop };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
