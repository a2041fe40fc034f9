// Bundles the extension: client (vscode external), language server and CLI, each one CommonJS file.
// `node scripts/build.mjs [--watch] [--production]`
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';

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
].filter((e) => existsSync(e.entryPoints[0]));

if (watch) {
  for (const entry of entries) {
    const ctx = await esbuild.context({ ...common, ...entry });
    await ctx.watch();
  }
  console.log('watching', entries.map((e) => e.outfile).join(', '));
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
  console.log('built', entries.map((e) => e.outfile).join(', '));
}
