#!/usr/bin/env node
// `npm run demo`: the quick start. Builds and packages the extension, sets up code-server if needed
// (first time: a couple of minutes), installs the .vsix into a demo profile, opens the examples/ workspace
// and prints the URL to open in a browser. Runs until Ctrl+C.
//
//   node scripts/demo.mjs [--port N] [--dev] [--in-place]
//     --port N     listen on 127.0.0.1:N (default: a free port)
//     --dev        run the repository as a development extension instead of the packaged one
//     --in-place   open examples/ itself rather than a throwaway copy (your edits stay)
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { startSession } from '../test/e2e/lib/session.mjs';
import { examplesDir, repoRoot, vsixDir } from '../test/e2e/lib/paths.mjs';

const argv = process.argv.slice(2);
const portIndex = argv.indexOf('--port');
const port = portIndex >= 0 ? Number(argv[portIndex + 1]) : process.env.PORT ? Number(process.env.PORT) : undefined;
const dev = argv.includes('--dev');
const inPlace = argv.includes('--in-place');
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error('[demo] --port needs a port number');
  process.exit(2);
}

if (dev) {
  const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

let session;
try {
  session = await startSession({
    mode: dev ? 'dev' : 'vsix',
    profileName: 'demo',
    harness: false,
    port,
    workspaceSource: examplesDir,
    vsixOutDir: vsixDir,
    inPlace,
  });
} catch (err) {
  console.error(`[demo] FAILED: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}

const url = session.url();
console.log('');
console.log('  API Gateway Integrations is running in VS Code (code-server).');
console.log(`  Open:       ${url}`);
console.log(`  Workspace:  ${inPlace ? relative(repoRoot, session.workspace) : `${session.workspace} (a copy of examples/)`}`);
console.log(`  Extension:  ${dev ? 'the repository (development mode)' : relative(repoRoot, session.vsix)}`);
console.log('  Stop with Ctrl+C.');
console.log('');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  console.log('\n[demo] stopping code-server');
  await session.stop({ keep: inPlace });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
session.server.child.on('exit', (code) => {
  if (stopping) return;
  console.error(`[demo] code-server exited unexpectedly (code ${code}); its log:\n${session.server.logs.join('\n')}`);
  process.exit(1);
});
