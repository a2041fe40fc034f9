// A newcomer adds a rule by writing one record in one file and nothing else (docs/adding-a-rule.md): in a copy of
// the sources, one record is added to rules/hintRules.ts, and the rule is in the catalogue, in docs/rules.md and
// the README table, in the SARIF rules of `apigw lint`, and its check runs and reports through the CLI.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as esbuild from 'esbuild';
import { REPO_ROOT } from '../helpers/corpus';

const RECORD = `
  defineRule({
    code: 'example-added-rule',
    severity: 'warning',
    family: 'integration',
    description: 'A MOCK integration (a rule a test adds by writing this record alone).',
    docs: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html',
    reads: ['integration'],
    check: perIntegration((view, context) => {
      if (view.type.value === 'MOCK') context.report('example-added-rule', view.integration.keyNode, 'This integration is a MOCK.');
    }),
  }),
`;

const SPEC = `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /x:
    get:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates: {application/json: '{"statusCode": 200}'}
`;

describe('adding a rule', () => {
  it('one record in one rule file puts the rule in the catalogue, the docs and SARIF, and runs its check', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-add-rule-'));
    try {
      for (const dir of ['server', 'shared']) fs.cpSync(path.join(REPO_ROOT, dir), path.join(root, dir), { recursive: true });
      for (const file of ['package.json', 'package.nls.json', 'README.md']) fs.copyFileSync(path.join(REPO_ROOT, file), path.join(root, file));
      fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');

      const file = path.join(root, 'server/src/service/rules/hintRules.ts');
      const text = fs.readFileSync(file, 'utf8');
      assert.ok(text.trimEnd().endsWith('];'), 'hintRules.ts ends with its records');
      fs.writeFileSync(file, text.trimEnd().replace(/\];$/, `${RECORD}];\n`));

      // docs/rules.md and the README table, generated from the copy.
      const gen = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/gen-docs.mjs'), '--root', root, '--sources', root], { encoding: 'utf8' });
      assert.equal(gen.status, 0, gen.stderr);
      const row = '| `example-added-rule` | warning | A MOCK integration (a rule a test adds by writing this record alone). | [docs](https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html) |';
      assert.ok(fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8').includes(row), 'docs/rules.md lists the rule');
      assert.ok(fs.readFileSync(path.join(root, 'README.md'), 'utf8').includes(row), 'the README table lists the rule');

      // The CLI built from the copy: the rule is in the catalogue it checks settings against, in SARIF, and it runs.
      const cli = path.join(root, 'cli.js');
      await esbuild.build({ entryPoints: [path.join(root, 'server/src/cli/main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'silent' });
      fs.writeFileSync(path.join(root, 'api.yaml'), SPEC);
      const lint = spawnSync(process.execPath, [cli, 'lint', '--format', 'sarif', 'api.yaml'], { cwd: root, encoding: 'utf8' });
      const sarif = JSON.parse(lint.stdout) as { runs: { tool: { driver: { rules: { id: string; helpUri?: string; properties: { tags: string[] } }[] } }; results: { ruleId: string }[] }[] };
      const rule = sarif.runs[0].tool.driver.rules.find((r) => r.id === 'example-added-rule');
      assert.ok(rule, 'SARIF lists the rule');
      assert.equal(rule.helpUri, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-mock-integration.html');
      assert.deepEqual(rule.properties.tags, ['api-gateway', 'integration']);
      assert.deepEqual(sarif.runs[0].results.map((r) => r.ruleId), ['example-added-rule'], lint.stderr);

      fs.writeFileSync(path.join(root, '.apigwrc.json'), JSON.stringify({ diagnostics: { rules: { 'example-added-rule': 'off' } } }));
      const off = spawnSync(process.execPath, [cli, 'lint', '--format', 'json', 'api.yaml'], { cwd: root, encoding: 'utf8' });
      assert.doesNotMatch(off.stderr, /unknown rule code/, 'settings accept the new code');
      assert.doesNotMatch(off.stdout, /example-added-rule/, 'and can turn it off');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
