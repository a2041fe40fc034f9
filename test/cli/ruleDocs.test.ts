// The data behind SARIF rules and docs/rules.md stays complete as rules are added: a help link (or a reason
// for none) and the right family for every code of the catalogue.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES } from '../../server/src/service';
import { CROSS_RESOURCE_CODES, ruleGroup, TEMPLATE_CODES } from '../../server/src/service/rules/ruleFamilies';
import { RULE_HELP, RULES_WITHOUT_HELP } from '../../server/src/service/rules/ruleDocs';
import { REPO_ROOT } from '../helpers/corpus';

describe('rule help links and families', () => {
  it('every code has a help link or is listed as having none; no link for an unknown code', () => {
    const codes = Object.keys(ALL_RULES);
    assert.deepEqual(codes.filter((c) => !(c in RULE_HELP) && !RULES_WITHOUT_HELP.has(c)), [], 'codes without a help link: add them to server/src/service/rules/ruleDocs.ts');
    assert.deepEqual(Object.keys(RULE_HELP).filter((c) => !codes.includes(c)), []);
    assert.deepEqual([...RULES_WITHOUT_HELP].filter((c) => c in RULE_HELP || !codes.includes(c)), []);
    for (const url of Object.values(RULE_HELP)) assert.match(url, /^https:\/\/(docs\.aws\.amazon\.com|velocity\.apache\.org)\/\S+$/);
  });

  it('the codes reported under rules/crossResource/ are the cross-resource family (or template rules)', () => {
    const dir = path.join(REPO_ROOT, 'server', 'src', 'service', 'rules', 'crossResource');
    const reported = new Set<string>();
    for (const file of fs.readdirSync(dir)) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const code of Object.keys(ALL_RULES)) if (text.includes(`'${code}'`)) reported.add(code);
    }
    assert.deepEqual([...reported].filter((c) => !CROSS_RESOURCE_CODES.has(c) && !TEMPLATE_CODES.has(c)).sort(), [], 'add new cross-resource codes to server/src/service/rules/ruleFamilies.ts');
    assert.deepEqual([...CROSS_RESOURCE_CODES].filter((c) => !reported.has(c)), []);
    assert.equal(ruleGroup('vtl-syntax'), 'template');
    assert.equal(ruleGroup('role-trust-policy'), 'cross-resource');
    assert.equal(ruleGroup('invalid-type'), 'integration');
  });
});
