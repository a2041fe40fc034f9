/**
 * Every file of the Terraform corpus (test/terraform/corpus: real modules, see its README) through the HCL
 * parser: no throw, no budget reached, a well-formed tree, and syntax problems only where the file really is
 * invalid HCL. Template files loaded by templatefile() are parsed as templates. The holdout is not read here.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { decodeTemplate, forEachNode, parseHcl, parseHclTemplate } from '../../server/src/service/parse/hcl';

const CORPUS = path.join(__dirname, '..', '..', '..', 'test', 'terraform', 'corpus');

/** Files that are not valid HCL in their repository, each with the reason. */
const INVALID: Record<string, string> = {
  'bridgecrewio__checkov/tests/terraform/runner/resources/example/invalid.tf': 'checkov\'s fixture for a file that does not parse ("Some invalid hcl")',
};

function files(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else out.push(p);
  }
  return out;
}

describe('the Terraform corpus through the HCL parser', () => {
  const all = files(CORPUS).filter((f) => !f.includes(`${path.sep}licenses${path.sep}`));
  const tf = all.filter((f) => f.endsWith('.tf'));

  it('has the modules the manifest lists', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as { modules: { repo: string; path: string; files: string[] }[] };
    assert.ok(manifest.modules.length >= 60);
    for (const m of manifest.modules) for (const f of m.files) assert.ok(fs.existsSync(path.join(CORPUS, m.repo.replace('/', '__'), m.path, f)), `${m.repo}/${m.path}/${f}`);
    assert.ok(tf.length > 250);
  });

  it('parses every .tf file without a throw, within its budget, into a well-formed tree', () => {
    const unexpected: string[] = [];
    for (const f of tf) {
      const rel = path.relative(CORPUS, f).split(path.sep).join('/');
      const text = fs.readFileSync(f, 'utf8');
      const file = parseHcl(text);
      assert.ok(!file.problems.some((p) => p.code === 'analysis-limit'), `${rel} reached the parser's budget`);
      if (file.problems.length && !INVALID[rel]) unexpected.push(`${rel}: ${file.problems[0].message} (at ${text.slice(0, file.problems[0].offset).split('\n').length})`);
      if (INVALID[rel]) assert.ok(file.problems.length > 0, `${rel} should not parse: ${INVALID[rel]}`);
      forEachNode(file.body, (n) => {
        assert.ok(n.offset >= 0 && n.offset + n.length <= text.length, `${rel}: a node outside the text`);
        if (n.type === 'template') {
          const d = decodeTemplate(text, n);
          for (const s of d.segments) assert.equal(text.slice(s.fileOffset, s.fileOffset + s.fileLength).length, s.fileLength);
        }
      });
    }
    assert.deepEqual(unexpected, []);
  });

  it('parses every template file a module loads with templatefile() as a Terraform template', () => {
    const templates = all.filter((f) => /\.(tftpl|tpl|vtl|yaml|json)$/.test(f) && !f.endsWith('manifest.json'));
    assert.ok(templates.length > 10);
    for (const f of templates) {
      const text = fs.readFileSync(f, 'utf8');
      const { template, problems } = parseHclTemplate(text);
      assert.ok(!problems.some((p) => p.code === 'analysis-limit'), f);
      const d = decodeTemplate(text, template);
      assert.ok(d.text.length <= text.length, f);
    }
  });
});
