// The shared corpus (real OpenAPI, SAM and CloudFormation files): in every YAML/JSON file with a templates key,
// each such key opens a template region, and no token outside the templates differs from VS Code's own.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { corpusDir, listFiles } from '../helpers/corpus';
import { changesOutsideTemplates, createTokenizer, rootScopeFor, Tokenizer } from './tokenize';

const TEMPLATES_KEY = /["']?\b(?:requestTemplates|responseTemplates|RequestTemplates|ResponseTemplates)["']?\s*:/;
const templates = join(corpusDir(), 'templates');
const files = listFiles(templates, (name) => /\.(ya?ml|json)$/.test(name) && !['manifest.json', 'stats.json'].includes(name))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }))
  .filter((f) => TEMPLATES_KEY.test(f.text));

let withUs: Tokenizer;
let vscodeOnly: Tokenizer;
before(async () => {
  withUs = await createTokenizer(true);
  vscodeOnly = await createTokenizer(false);
});

test(`corpus: ${files.length} files with mapping templates keep VS Code's tokens outside the templates`, () => {
  assert.ok(files.length > 200, `${files.length} corpus files with a templates key`);
  const problems: string[] = [];
  for (const { path, text } of files) {
    const root = rootScopeFor(path);
    const ours = withUs.tokenize(root, text);
    const name = relative(templates, path);
    for (const change of changesOutsideTemplates(ours, vscodeOnly.tokenize(root, text)).slice(0, 3)) problems.push(`${name} ${change}`);
    text.split(/\r?\n/).forEach((line, i) => {
      if (!TEMPLATES_KEY.test(line)) return;
      const region = ours.slice(i, i + 4).flat();
      if (!region.some((t) => t.scopes.some((s) => s.startsWith('meta.apigw.mapping-templates.')))) {
        problems.push(`${name} line ${i + 1}: the templates key opens no template region`);
      }
    });
  }
  assert.deepEqual(problems, []);
});
