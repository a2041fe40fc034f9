#!/usr/bin/env node
// `npm run package`: production build + `vsce package` without prompts into dist-vsix/, then checks that
// the package holds only dist/, syntaxes/, snippets/, the icon, the README's screenshots, README, CHANGELOG, LICENSE and the manifest
// files, and prints its size and contents.
import { relative } from 'node:path';
import { formatBytes, packageExtension } from '../test/e2e/lib/vsix.mjs';
import { repoRoot } from '../test/e2e/lib/paths.mjs';

try {
  const { vsix, bytes, entries } = packageExtension({ quiet: true });
  const files = entries.filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length)).sort();
  console.log(`packaged ${relative(repoRoot, vsix)}: ${formatBytes(bytes)}, ${files.length} files`);
  for (const f of files) console.log(`  ${f}`);
} catch (err) {
  console.error(`[package] FAILED: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
