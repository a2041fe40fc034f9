#!/usr/bin/env node
// `npm run bench` (not part of `npm test`): builds the server, bundles the benchmark, installs the peer renderer
// (serverless-offline) into .bench/peers on first use, and runs bench/main.ts. Arguments pass through, e.g.
// `npm run bench -- --sizes 10,100 --no-peer`. The JSON report goes to stdout and .bench/results.json.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const work = join(root, '.bench');
mkdirSync(work, { recursive: true });

// stdout carries only the JSON report: the build's messages go to stderr.
const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 2, 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

await esbuild.build({
  entryPoints: [join(root, 'bench/main.ts')],
  outfile: join(work, 'bench.js'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  mainFields: ['module', 'main'],
});

const peers = join(work, 'peers');
if (!process.argv.includes('--no-render') && !existsSync(join(peers, 'node_modules/serverless-offline/package.json'))) {
  console.error('[bench] installing serverless-offline@14 into .bench/peers (the peer renderer)');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const install = spawnSync(npm, ['i', '--prefix', peers, 'serverless-offline@14', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (install.status !== 0) console.error('[bench] could not install serverless-offline: the render comparison will show only this renderer');
}

const run = spawnSync(process.execPath, ['--expose-gc', join(work, 'bench.js'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
process.exit(run.status ?? 1);
