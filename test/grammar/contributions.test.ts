// What package.json contributes for VTL, and the files behind it: generated grammars up to date, every regex
// valid for Oniguruma, the language configuration's patterns doing what they say.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { createTokenizer, grammarContributions, readManifest, REPO_ROOT } from './tokenize';

interface LanguageContribution {
  id: string;
  aliases?: string[];
  extensions?: string[];
  configuration?: string;
}

const contributes = readManifest().contributes;
const languages = (contributes.languages ?? []) as LanguageContribution[];
const readJson = (path: string) => JSON.parse(readFileSync(join(REPO_ROOT, path), 'utf8'));

before(async () => {
  await createTokenizer(); // loads the Oniguruma WASM this file's regex checks use
});

test('the vtl language: .vtl and .vm files, called VTL / Velocity', () => {
  const vtl = languages.find((l) => l.id === 'vtl');
  assert.ok(vtl, 'vtl language contributed');
  assert.deepEqual(vtl.extensions, ['.vtl', '.vm']);
  assert.ok(vtl.aliases?.includes('VTL') && vtl.aliases.includes('Velocity'));
  assert.ok(vtl.configuration && existsSync(join(REPO_ROOT, vtl.configuration)));
});

test('YAML and JSON belong to VS Code: not (re)defined here', () => {
  const ids = languages.map((l) => l.id);
  for (const id of ['yaml', 'json', 'jsonc']) assert.ok(!ids.includes(id), `${id} redefined`);
  assert.ok(!grammarContributions().some((g) => ['source.yaml', 'source.json'].includes(g.scopeName)));
});

test('grammar contributions match their files', () => {
  const grammars = grammarContributions();
  assert.equal(grammars.find((g) => g.scopeName === 'source.vtl')?.language, 'vtl');
  const injections = grammars.filter((g) => g.injectTo);
  assert.deepEqual([...new Set(injections.flatMap((g) => g.injectTo))].sort(), ['source.json', 'source.yaml']);
  for (const g of grammars) {
    const file = readJson(g.path);
    assert.equal(file.scopeName, g.scopeName, g.path);
    if (g.injectTo) {
      assert.ok(!g.language, `${g.scopeName}: an injection grammar is not a language's grammar`);
      assert.match(file.injectionSelector, /^L:/, `${g.scopeName} must win ties with the host grammar`);
    }
  }
  const embedded = Object.assign({}, ...grammars.map((g) => g.embeddedLanguages ?? {}));
  assert.deepEqual(embedded, { 'meta.embedded.block.vtl': 'vtl' });
});

test('snippets are contributed for vtl only', () => {
  assert.deepEqual(contributes.snippets, [{ language: 'vtl', path: './snippets/vtl.json' }]);
});

test('the committed grammars are what syntaxes/generate.mjs produces', () => {
  const run = spawnSync(process.execPath, [join(REPO_ROOT, 'syntaxes', 'generate.mjs'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

/** Every regex in a grammar: match/begin as they are; end/while with back-references filled in, as vscode-textmate does. */
function grammarRegexes(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => grammarRegexes(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string' && ['match', 'begin'].includes(key)) out.push(value);
      else if (typeof value === 'string' && ['end', 'while'].includes(key)) out.push(value.replace(/\\\d/g, 'x'));
      else grammarRegexes(value, out);
    }
  }
  return out;
}

test('every regex of every grammar compiles in Oniguruma', () => {
  let count = 0;
  for (const g of grammarContributions()) {
    for (const source of grammarRegexes(readJson(g.path))) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]).dispose(), `${g.path}: ${source}`);
      count++;
    }
  }
  assert.ok(count > 100, `${count} regexes checked`);
});

test('language configuration: comments, folding and indentation patterns', () => {
  const vtl = languages.find((l) => l.id === 'vtl');
  const config = readJson(vtl!.configuration!);
  assert.deepEqual(config.comments, { lineComment: '##', blockComment: ['#*', '*#'] });
  const start = new RegExp(config.folding.markers.start);
  const end = new RegExp(config.folding.markers.end);
  for (const line of ['#if($a)', '  #foreach($i in $list)', '#{macro}(m)', '#define($b)']) assert.match(line, start);
  for (const line of ['#if($a)x#end', '#set($a = 1)', '## #if', '"#foreach"']) assert.doesNotMatch(line, start);
  for (const line of ['#end', '  #{end}']) assert.match(line, end);
  assert.doesNotMatch('#endless', end);
  const increase = new RegExp(config.indentationRules.increaseIndentPattern);
  const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
  for (const line of ['#if($a)', '#else', '{', '  "a": [', '#foreach($x in $y)']) assert.match(line, increase);
  for (const line of ['#if($a)x#end', '{"a": 1}', '$x']) assert.doesNotMatch(line, increase);
  for (const line of ['#end', '  #else', '#elseif($b)', '}', '  ],']) assert.match(line, decrease);
  assert.doesNotMatch('$x', decrease);
  assert.doesNotThrow(() => new RegExp(config.wordPattern));
  const word = new RegExp(config.wordPattern, 'g');
  assert.deepEqual('$input.params() $my-var'.match(word), ['$input', 'params', '$my-var']);
});
