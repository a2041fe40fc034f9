// The rule records stay complete and honest as rules are added: a help link (or null) per record, the right
// family for what a check's file is about, every code a check reports declared by a record.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { ALL_RULES, RULE_RECORDS, ruleGroup } from '../../server/src/service';
import { REPO_ROOT } from '../helpers/corpus';

const RULES_DIR = path.join(REPO_ROOT, 'server', 'src', 'service', 'rules');

function sources(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : e.name.endsWith('.ts') ? [{ file: p, text: fs.readFileSync(p, 'utf8') }] : [];
  });
}

describe('rule records', () => {
  it('each has a help link on the AWS or Velocity docs, or null only for what the service itself reports', () => {
    for (const record of RULE_RECORDS) {
      if (record.docs === null) assert.equal(record.check, null, `${record.code} has a check but no docs link`);
      else assert.match(record.docs, /^https:\/\/(docs\.aws\.amazon\.com|velocity\.apache\.org)\/\S+$/, record.code);
    }
    assert.deepEqual(RULE_RECORDS.filter((r) => r.docs === null).map((r) => r.code), ['internal-error', 'syntax-error', 'analysis-limit']);
  });

  it('codes are unique, kebab-case, with a sentence of description', () => {
    const codes = RULE_RECORDS.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual(Object.keys(ALL_RULES), codes);
    for (const r of RULE_RECORDS) {
      assert.match(r.code, /^[a-z]+(-[a-z0-9]+)*$/);
      assert.ok(r.description.length > 20 && /[.)]$/.test(r.description), r.code);
    }
  });

  it('every code a rule file reports is declared by a record', () => {
    const declared = new Set<string>(RULE_RECORDS.map((r) => r.code));
    for (const { file, text } of sources(RULES_DIR)) {
      for (const m of text.matchAll(/report\(\s*'([a-z0-9-]+)'/g)) assert.ok(declared.has(m[1]), `${path.relative(REPO_ROOT, file)} reports ${m[1]}, which no record declares`);
      for (const m of text.matchAll(/code: '([a-z0-9-]+)'/g)) assert.ok(declared.has(m[1]), `${path.relative(REPO_ROOT, file)}: ${m[1]}`);
    }
  });

  it('the codes of rules/crossResource/ are the cross-resource family, or template rules', () => {
    const dir = path.join(RULES_DIR, 'crossResource');
    const reported = new Set<string>();
    for (const { text } of sources(dir)) for (const code of Object.keys(ALL_RULES)) if (text.includes(`'${code}'`)) reported.add(code);
    assert.deepEqual([...reported].filter((c) => !['cross-resource', 'template'].includes(ruleGroup(c))).sort(), []);
    assert.deepEqual(RULE_RECORDS.filter((r) => r.family === 'cross-resource' && !reported.has(r.code)).map((r) => r.code), []);
    assert.equal(ruleGroup('vtl-syntax'), 'template');
    assert.equal(ruleGroup('role-trust-policy'), 'cross-resource');
    assert.equal(ruleGroup('invalid-type'), 'integration');
  });
});
