#!/usr/bin/env node
// Installs what the end-to-end tests need, idempotently: Debian packages (chromium, libkrb5-dev, ripgrep,
// neovim) and code-server into .vscode-test/code-server/. A second run finds everything in place and only
// checks. `node scripts/setup-e2e.mjs [--force] [--packages-only]` (--force reinstalls code-server;
// --packages-only installs the Debian packages alone, e.g. neovim for the second-client test).
//
// Each workaround below fixes a failure seen on this project's machines (see ../shared/e2e/README.md):
// code-server's kerberos module needs gssapi headers, @vscode/ripgrep's postinstall downloads from GitHub
// (we seed its cache with Debian's rg), npm as root skips install scripts unless unsafe_perm is set, and
// `yes=false` in the user npmrc stops node-pty's `npx node-gyp`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, copyFileSync, rmSync, writeFileSync, readFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import {
  CODE_SERVER_VERSION, codeServerPrefix, codeServerPackageDir, codeServerBin, codeServerMarker, profileDirs,
} from '../test/e2e/lib/paths.mjs';

const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'ripgrep', 'neovim'];
// @vscode/ripgrep 1.15.x looks for this archive in `${os.tmpdir()}/vscode-ripgrep-cache-<its version>/`.
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';
const RIPGREP_CACHE_VERSIONS = ['1.15.11', '1.15.10', '1.15.9'];

const force = process.argv.includes('--force');
const packagesOnly = process.argv.includes('--packages-only');
const started = Date.now();

function step(message) {
  console.log(`[setup-e2e] ${message}`);
}

function fail(message, hint) {
  console.error(`[setup-e2e] FAILED: ${message}`);
  if (hint) console.error(`[setup-e2e] ${hint}`);
  process.exit(1);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (result.error) return { ok: false, why: result.error.message };
  return { ok: result.status === 0, why: `exit code ${result.status}` };
}

function isInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function aptInstall() {
  if (process.platform !== 'linux' || !existsSync('/usr/bin/dpkg-query')) {
    step('not a Debian system: make sure chromium, ripgrep and neovim are installed yourself');
    return;
  }
  const missing = APT_PACKAGES.filter((p) => !isInstalled(p));
  if (missing.length === 0) {
    step(`system packages present: ${APT_PACKAGES.join(', ')}`);
    return;
  }
  const [apt, ...aptPrefix] = process.getuid?.() === 0 ? ['apt-get'] : ['sudo', 'apt-get'];
  step(`installing system packages: ${missing.join(', ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let r = run(apt, [...aptPrefix, 'update', '-q'], { env });
  if (!r.ok) fail(`apt-get update: ${r.why}`, 'Run as root (or with sudo) on Debian 12 with access to the Debian mirrors.');
  r = run(apt, [...aptPrefix, 'install', '-y', '-q', ...missing], { env });
  if (!r.ok) fail(`apt-get install ${missing.join(' ')}: ${r.why}`);
  const still = missing.filter((p) => !isInstalled(p));
  if (still.length) fail(`still missing after apt-get: ${still.join(', ')}`);
}

/** Puts a tar.gz holding Debian's `rg` where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache(tmpDir) {
  const rg = ['/usr/bin/rg', '/usr/local/bin/rg'].find((p) => existsSync(p));
  if (!rg) fail('ripgrep (rg) not found', 'apt-get install ripgrep');
  const staging = mkdtempSync(join(tmpDir, 'rg-staging-'));
  copyFileSync(rg, join(staging, 'rg'));
  chmodSync(join(staging, 'rg'), 0o755);
  for (const version of RIPGREP_CACHE_VERSIONS) {
    const cacheDir = join(tmpDir, `vscode-ripgrep-cache-${version}`);
    mkdirSync(cacheDir, { recursive: true });
    const archive = join(cacheDir, RIPGREP_ARCHIVE);
    if (existsSync(archive)) continue;
    const r = run('tar', ['-czf', archive, '-C', staging, 'rg']);
    if (!r.ok) fail(`could not create ${archive}: ${r.why}`);
  }
  rmSync(staging, { recursive: true, force: true });
  step(`seeded the @vscode/ripgrep cache in ${tmpDir} with ${rg}`);
}

function installedCodeServerVersion() {
  try {
    return JSON.parse(readFileSync(join(codeServerPackageDir, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

function smokeCheck(env) {
  const r = spawnSync(process.execPath, [codeServerBin, '--version'], { encoding: 'utf8', env });
  if (r.status !== 0) return undefined;
  // It may log a line (e.g. "Wrote default config file") before the version line.
  return r.stdout.split('\n').find((line) => /^\d+\.\d+\.\d+ /.test(line))?.trim();
}

function installCodeServer() {
  const dirs = profileDirs('setup');
  for (const d of [codeServerPrefix, dirs.tmp, dirs.xdgCache, dirs.xdgConfig, dirs.xdgData, dirs.xdgState]) {
    mkdirSync(d, { recursive: true });
  }
  const env = {
    ...process.env,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: dirs.xdgConfig,
    XDG_DATA_HOME: dirs.xdgData,
    XDG_CACHE_HOME: dirs.xdgCache,
    XDG_STATE_HOME: dirs.xdgState,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
  };

  if (!force && existsSync(codeServerMarker) && installedCodeServerVersion() === CODE_SERVER_VERSION) {
    const version = smokeCheck(env);
    if (version) {
      step(`code-server ${version} already installed in ${codeServerPrefix}`);
      return;
    }
    step('code-server is installed but does not start: reinstalling');
  }

  seedRipgrepCache(dirs.tmp);
  rmSync(codeServerMarker, { force: true });
  // A package.json of its own keeps npm from walking up into the project's package.json.
  const manifest = join(codeServerPrefix, 'package.json');
  if (!existsSync(manifest)) {
    writeFileSync(manifest, JSON.stringify({ name: 'apigw-e2e-code-server', private: true }, null, 2) + '\n');
  }
  step(`installing code-server@${CODE_SERVER_VERSION} into ${codeServerPrefix} (about a minute; native modules build)`);
  const r = run('npm', ['install', '--prefix', codeServerPrefix, '--no-save', '--foreground-scripts',
    `code-server@${CODE_SERVER_VERSION}`], { env });
  if (!r.ok) {
    fail(`npm install code-server@${CODE_SERVER_VERSION}: ${r.why}`,
      'Look above for the first error: a missing gssapi/gssapi.h means libkrb5-dev is missing; a ripgrep ' +
      'download error means the cache seeding did not match the @vscode/ripgrep version.');
  }
  const version = smokeCheck(env);
  if (!version) fail(`code-server was installed but \`${codeServerBin} --version\` fails`);
  writeFileSync(codeServerMarker, `${version}\n`);
  step(`code-server ${version} installed`);
}

function checkChromium() {
  const r = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) fail('/usr/bin/chromium does not run', 'apt-get install chromium');
  step(`browser: ${r.stdout.trim()}`);
}

if (process.platform !== 'linux') {
  fail('the e2e setup supports Linux (Debian 12) only');
}
aptInstall();
if (!packagesOnly) {
  checkChromium();
  installCodeServer();
}
step(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
