// Every case of ../shared/corpus/vtl-golden/cases.json through the renderer (pipeline cases through simulate).
// Cases recorded against real API Gateway must pass. Documentation/emulator cases that disagree with recorded
// AWS behaviour are listed in EXPECTED_TO_DIFFER with the reason, and asserted to still differ.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderTemplate, simulate, IntegrationSpec, SampleRequest, BackendResponse } from '../../server/src/service/render';

interface GoldenCase {
  id: string;
  recorded_against_aws: boolean;
  evidence: string;
  stage: 'integration_request' | 'integration_response' | 'pipeline';
  integration_type?: string;
  content_type?: string;
  template: string;
  response_template?: string;
  request: SampleRequest;
  integration_response?: BackendResponse;
  expected: { compare: string; body?: string; body_json?: unknown; statusCode?: number; requestOverride?: { header?: Record<string, unknown> } };
}

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const corpusDir = process.env.APIGW_CORPUS ?? path.resolve(repoRoot, '../shared/corpus');
const casesFile = path.join(corpusDir, 'vtl-golden', 'cases.json');

/** Documented outputs that real API Gateway does not produce. */
const EXPECTED_TO_DIFFER: Record<string, string> = {
  'awsdocs/mapping-template-reference/input-things':
    "$util.escapeJavaScript escapes the double quotes of $input.json's output (Commons Lang escapeJavaScript, as the case's own notes say), so the documented idealised JSON is not what AWS renders",
};

const OPTIONS = { requestId: 'c0ffee00-0000-4000-8000-000000000000', now: new Date(Date.UTC(2025, 5, 18, 17, 28, 59)) };

function run(c: GoldenCase): { body: string; statusCode?: number; header?: Record<string, string> } {
  if (c.stage === 'pipeline') {
    const type = (c.integration_type ?? 'HTTP') as IntegrationSpec['type'];
    const ct = c.content_type ?? 'application/json';
    const rt = { [ct]: c.response_template ?? '' };
    let spec: IntegrationSpec;
    let backend: BackendResponse | undefined;
    if (type === 'MOCK') {
      // the documented MOCK setup: a default 200 response and a 5\d{2} response
      spec = {
        type,
        requestTemplates: { [ct]: c.template },
        responses: [
          { selectionPattern: 'default', statusCode: '200', responseTemplates: rt },
          { selectionPattern: '5\\d{2}', statusCode: '500', responseTemplates: rt },
        ],
      };
    } else {
      // echo backend: it answers with exactly the body the request template produced
      spec = { type, requestTemplates: { [ct]: c.template }, responses: [{ selectionPattern: 'default', statusCode: '200', responseTemplates: rt }] };
      backend = { statusCode: 200, body: renderTemplate(c.template, 'request', c.request, undefined, OPTIONS).output };
    }
    const r = simulate(spec, c.request, backend, OPTIONS);
    return { body: r.body, statusCode: r.statusCode };
  }
  const stage = c.stage === 'integration_request' ? 'request' : 'response';
  const r = renderTemplate(c.template, stage, c.request, c.integration_response, OPTIONS);
  return { body: r.output, statusCode: r.responseOverride.status, header: r.requestOverride.header };
}

function matches(c: GoldenCase, got: ReturnType<typeof run>): { ok: boolean; why: string } {
  const e = c.expected;
  if (e.statusCode !== undefined && got.statusCode !== e.statusCode) return { ok: false, why: `status ${got.statusCode} ≠ ${e.statusCode}` };
  switch (e.compare) {
    case 'exact':
      return { ok: got.body === e.body, why: `body ${JSON.stringify(got.body)} ≠ ${JSON.stringify(e.body)}` };
    case 'json': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(got.body);
      } catch (err) {
        return { ok: false, why: `output is not JSON (${(err as Error).message}): ${got.body.slice(0, 200)}` };
      }
      try {
        assert.deepStrictEqual(parsed, e.body_json);
        return { ok: true, why: '' };
      } catch {
        return { ok: false, why: `JSON ${JSON.stringify(parsed)} ≠ ${JSON.stringify(e.body_json)}` };
      }
    }
    case 'overrides': {
      // the endpoint receives a list override as comma-separated values (the case's own log shows it so)
      const want: Record<string, string> = {};
      for (const [k, v] of Object.entries(e.requestOverride?.header ?? {})) want[k] = Array.isArray(v) ? v.join(',') : String(v);
      try {
        assert.deepStrictEqual(got.header, want);
        return { ok: true, why: '' };
      } catch {
        return { ok: false, why: `overrides ${JSON.stringify(got.header)} ≠ ${JSON.stringify(want)}` };
      }
    }
    default:
      return { ok: false, why: `unknown compare '${e.compare}'` };
  }
}

const cases: GoldenCase[] = fs.existsSync(casesFile) ? (JSON.parse(fs.readFileSync(casesFile, 'utf8')) as GoldenCase[]) : [];

test('the golden corpus is present', () => {
  assert.ok(cases.length > 0, `no cases at ${casesFile} (set APIGW_CORPUS)`);
});

const tally = new Map<string, { pass: number; total: number }>();
for (const c of cases) {
  test(`golden ${c.id} (${c.evidence}${c.recorded_against_aws ? ', recorded against AWS' : ''})`, () => {
    const got = run(c);
    const m = matches(c, got);
    const t = tally.get(c.evidence) ?? { pass: 0, total: 0 };
    t.total++;
    if (m.ok) t.pass++;
    tally.set(c.evidence, t);
    if (c.id in EXPECTED_TO_DIFFER) {
      assert.ok(!c.recorded_against_aws, 'a case recorded against AWS can never be expected to differ');
      assert.ok(!m.ok, `${c.id} is listed as expected to differ but now matches: remove it from EXPECTED_TO_DIFFER`);
      return;
    }
    assert.ok(m.ok, m.why);
  });
}

test('every expected-to-differ entry names a real case', () => {
  for (const id of Object.keys(EXPECTED_TO_DIFFER)) assert.ok(cases.some((c) => c.id === id), `no case ${id}`);
});

test.after(() => {
  const parts = [...tally].map(([k, v]) => `${k} ${v.pass}/${v.total}`);
  console.log(`golden: ${parts.join(', ')} (expected to differ: ${Object.keys(EXPECTED_TO_DIFFER).length})`);
});
