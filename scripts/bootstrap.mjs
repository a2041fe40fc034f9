#!/usr/bin/env node
// Installs the project's toolchain on a fresh clone (npm ci), so `npm run demo` and `npm test` are the whole story.
// Node built-ins only: it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');

/** Runs `npm ci` when node_modules is missing or older than package-lock.json. Returns the exit status. */
export function ensureDependencies() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && existsSync(join(root, 'node_modules/typescript/bin/tsc')) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return 0;
  console.log('[bootstrap] installing dependencies (npm ci)');
  const result = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  return result.status ?? 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exit(ensureDependencies());
