#!/usr/bin/env node
// Writes the TextMate grammars in syntaxes/ from syntaxes/src/. The JSON files are committed (VS Code reads them
// as they are); this script is the only thing that should change them.
//   node syntaxes/generate.mjs          write the grammars
//   node syntaxes/generate.mjs --check  exit 1 if a committed grammar differs from what the sources produce
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allGrammars } from './src/grammars.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const check = process.argv.includes('--check');
const stale = [];

for (const [file, grammar] of Object.entries(allGrammars())) {
  const path = join(here, file);
  const text = JSON.stringify(grammar, null, '\t') + '\n';
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // missing counts as stale
    }
    if (current !== text) stale.push(file);
  } else {
    writeFileSync(path, text);
  }
}

if (stale.length) {
  console.error(`out of date (run node syntaxes/generate.mjs): ${stale.join(', ')}`);
  process.exit(1);
}
console.log(check ? 'grammars up to date' : `wrote ${Object.keys(allGrammars()).length} grammars`);
