// Bundles the extension: client (vscode external), language server and CLI, each one CommonJS file.
// `node scripts/build.mjs [--watch] [--production]`
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  // The render preview's webview runs in a browser: its script and stylesheet go to dist/webview/.
  { entryPoints: ['client/webview/preview.ts', 'client/webview/preview.css'], outdir: 'dist/webview', platform: 'browser', format: 'iife', target: 'es2022' },
].filter((e) => existsSync(e.entryPoints[0]));

// Files the manifest points at as they are (contributes.jsonValidation).
const copies = [['client/src/preview/sampleRequest.schema.json', 'dist/schemas/sample-request.schema.json']].filter(([from]) => existsSync(from));
for (const [from, to] of copies) {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
const outputs = [...entries.map((e) => e.outfile ?? e.outdir), ...copies.map(([, to]) => to)];

if (watch) {
  for (const entry of entries) {
    const ctx = await esbuild.context({ ...common, ...entry });
    await ctx.watch();
  }
  console.log('watching', outputs.join(', '));
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
  console.log('built', outputs.join(', '));
}
