// Every fixture under fixtures/ is tokenized (VS Code's YAML/JSON grammars + ours) and compared with its
// snapshot under snapshots/. `UPDATE_SNAPSHOTS=1` rewrites the snapshots; review the diff before committing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { listFiles } from '../helpers/corpus';
import { createTokenizer, formatSnapshot, GRAMMAR_TEST_DIR, rootScopeFor } from './tokenize';

const FIXTURES = join(GRAMMAR_TEST_DIR, 'fixtures');
const SNAPSHOTS = join(GRAMMAR_TEST_DIR, 'snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';

const filesUnder = (dir: string) => (existsSync(dir) ? listFiles(dir, () => true) : []);

const fixtures = filesUnder(FIXTURES).map((f) => relative(FIXTURES, f));

test('there are fixtures for .vtl, YAML and JSON', () => {
  for (const ext of ['.vtl', '.yaml', '.json']) {
    assert.ok(fixtures.some((f) => f.endsWith(ext)), `no ${ext} fixture`);
  }
});

for (const fixture of fixtures) {
  test(`snapshot: ${fixture}`, async () => {
    const tokenizer = await createTokenizer();
    const text = readFileSync(join(FIXTURES, fixture), 'utf8');
    const root = rootScopeFor(fixture);
    const actual = formatSnapshot(root, text, tokenizer.tokenize(root, text));
    const snapshotPath = join(SNAPSHOTS, `${fixture}.snap`);
    if (update) {
      mkdirSync(dirname(snapshotPath), { recursive: true });
      writeFileSync(snapshotPath, actual);
      return;
    }
    assert.ok(existsSync(snapshotPath), `no snapshot for ${fixture}: run with UPDATE_SNAPSHOTS=1`);
    assert.equal(actual, readFileSync(snapshotPath, 'utf8'), `tokens of ${fixture} changed: rerun with UPDATE_SNAPSHOTS=1 if intended`);
  });
}

test('every snapshot belongs to a fixture', () => {
  const orphans = filesUnder(SNAPSHOTS)
    .map((f) => relative(SNAPSHOTS, f).replace(/\.snap$/, ''))
    .filter((f) => !fixtures.includes(f));
  assert.deepEqual(orphans, []);
});
