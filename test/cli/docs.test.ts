// The generated reference pages (scripts/gen-docs.mjs): up to date with the sources, and the check that says so
// notices a stale page; README tables are replaced between their markers only.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES } from '../../server/src/service';
import { REPO_ROOT } from '../helpers/corpus';

const GEN_DOCS = path.join(REPO_ROOT, 'scripts', 'gen-docs.mjs');

function genDocs(...args: string[]) {
  const r = spawnSync(process.execPath, [GEN_DOCS, ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('generated docs', () => {
  it('docs/rules.md, docs/settings.md, docs/commands.md (and README tables) match the sources: run node scripts/gen-docs.mjs', () => {
    const r = genDocs('--check');
    assert.equal(r.code, 0, r.stderr);
  });

  it('docs/rules.md lists every code of the catalogue once, with its default severity', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'rules.md'), 'utf8');
    for (const [code, info] of Object.entries(ALL_RULES)) {
      const rows = text.split('\n').filter((l) => l.startsWith(`| \`${code}\` |`));
      assert.equal(rows.length, 1, code);
      assert.ok(rows[0].startsWith(`| \`${code}\` | ${info.severity} |`), rows[0]);
    }
    assert.deepEqual(text.match(/^### .*/gm), ['### Integration rules', '### Mapping template (VTL) rules', '### Cross-resource rules']);
  });

  it('--check fails on a stale page; writing fixes it; README text outside the markers is kept', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-docs-'));
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    manifest.contributes.configuration.properties['apigw.example'] = { type: 'boolean', default: false, scope: 'window', description: '%example.description%' };
    manifest.contributes.commands = [{ command: 'apigw.example', title: 'Example | Command', category: 'API Gateway' }];
    fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify(manifest));
    fs.writeFileSync(path.join(root, 'package.nls.json'), JSON.stringify({ ...readNls(), 'example.description': 'An example setting.' }));
    fs.writeFileSync(path.join(root, 'README.md'), '# Title\n\nbefore\n<!-- commands:start -->\nold table\n<!-- commands:end -->\nafter\n');

    const stale = genDocs('--check', '--root', root);
    assert.equal(stale.code, 1);
    assert.match(stale.stderr, /docs\/rules\.md\n {2}docs\/settings\.md\n {2}docs\/commands\.md\n {2}README\.md/);
    assert.equal(genDocs('--root', root).code, 0);
    assert.equal(genDocs('--check', '--root', root).code, 0);

    assert.match(fs.readFileSync(path.join(root, 'docs', 'settings.md'), 'utf8'), /\| `apigw\.example` \| boolean \| `false` \| window \| An example setting\. \|/);
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, '# Title\n\nbefore\n<!-- commands:start -->\n| Command | ID | In the Command Palette |\n| --- | --- | --- |\n| API Gateway: Example \\| Command | `apigw.example` | yes |\n<!-- commands:end -->\nafter\n');
    fs.appendFileSync(path.join(root, 'docs', 'rules.md'), 'edited by hand\n');
    assert.equal(genDocs('--check', '--root', root).code, 1);
  });
});

function readNls(): Record<string, unknown> {
  const file = path.join(REPO_ROOT, 'package.nls.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}
