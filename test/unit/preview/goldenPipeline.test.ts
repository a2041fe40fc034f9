// The editor's path equals the engine's: every pipeline case of ../shared/corpus/vtl-golden/cases.json is written
// into a generated OpenAPI file (JSON, and YAML with block scalars) and simulated through the model →
// IntegrationSpec → simulate() path the preview and `apigw simulate` use. The result must be what test/golden
// gets from calling simulate() with a hand-built spec, and, for cases recorded against AWS, what AWS answered.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { BackendResponse, IntegrationSpec, renderTemplate, SampleRequest, simulate } from '../../../server/src/service/render';
import { corpusDir } from '../../helpers/corpus';
import { load } from '../../helpers/fixtures';

interface PipelineCase {
  id: string;
  stage: string;
  recorded_against_aws: boolean;
  integration_type?: string;
  content_type?: string;
  template: string;
  response_template?: string;
  request: SampleRequest;
  expected: { compare: string; body?: string; statusCode?: number };
}

const OPTIONS = { requestId: 'c0ffee00-0000-4000-8000-000000000000', now: new Date(Date.UTC(2025, 5, 18, 17, 28, 59)) };
const cases = (JSON.parse(fs.readFileSync(path.join(corpusDir(), 'vtl-golden', 'cases.json'), 'utf8')) as PipelineCase[]).filter((c) => c.stage === 'pipeline');

/** The setup test/golden uses: MOCK with a default 200 and a 5\d{2} response; otherwise an echo backend. */
function engineSetup(c: PipelineCase): { spec: IntegrationSpec; backend?: BackendResponse } {
  const type = (c.integration_type ?? 'HTTP') as IntegrationSpec['type'];
  const ct = c.content_type ?? 'application/json';
  const rt = { [ct]: c.response_template ?? '' };
  if (type === 'MOCK') {
    return {
      spec: {
        type,
        requestTemplates: { [ct]: c.template },
        responses: [
          { selectionPattern: 'default', statusCode: '200', responseTemplates: rt },
          { selectionPattern: '5\\d{2}', statusCode: '500', responseTemplates: rt },
        ],
      },
    };
  }
  return {
    spec: { type, uri: 'https://echo.example.com/', httpMethod: 'POST', requestTemplates: { [ct]: c.template }, responses: [{ selectionPattern: 'default', statusCode: '200', responseTemplates: rt }] },
    backend: { statusCode: 200, body: renderTemplate(c.template, 'request', c.request, undefined, OPTIONS).output },
  };
}

/** The same integration as an OpenAPI document a user would write. */
function openApiFor(c: PipelineCase, spec: IntegrationSpec): object {
  const responses: Record<string, object> = {};
  for (const r of spec.responses ?? []) responses[r.selectionPattern] = { statusCode: r.statusCode, responseTemplates: r.responseTemplates };
  return {
    openapi: '3.0.1',
    info: { title: c.id, version: '1' },
    paths: {
      [c.request.path ?? '/']: {
        [(c.request.httpMethod ?? 'GET').toLowerCase()]: {
          'x-amazon-apigateway-integration': { type: spec.type.toLowerCase(), uri: spec.uri, httpMethod: spec.httpMethod, requestTemplates: spec.requestTemplates, responses },
        },
      },
    },
  };
}

describe('golden pipeline cases through the editor path', () => {
  it('the corpus has pipeline cases', () => assert.ok(cases.length >= 10, `${cases.length} pipeline cases`));

  for (const c of cases) {
    it(`${c.id}${c.recorded_against_aws ? ' (recorded against AWS)' : ''}`, () => {
      const { spec, backend } = engineSetup(c);
      const direct = simulate(spec, c.request, backend, OPTIONS);
      const definition = openApiFor(c, spec);
      const requestText = JSON.stringify({ ...c.request, ...(backend ? { backend } : {}) });
      for (const [languageId, text] of [
        ['json', JSON.stringify(definition, null, 2)],
        ['yaml', stringify(definition, { blockQuote: 'literal', lineWidth: 0 })],
      ] as const) {
        const { service, document, parsed } = load(text, languageId);
        const [integration] = parsed.model.integrations;
        const result = service.renderTemplate(document, parsed, { mode: 'simulate', integrationId: integration.id, requestText }, OPTIONS).result!;
        assert.deepEqual(result.requestProblems, [], languageId);
        assert.deepEqual([result.statusCode, result.output, result.headers], [direct.statusCode, direct.body, direct.headers], `${languageId}: the editor path differs from simulate()`);
        assert.deepEqual(result.errors.map((e) => e.message), direct.errors.map((e) => e.message), languageId);
        if (c.recorded_against_aws && c.expected.compare === 'exact') assert.equal(result.output, c.expected.body, `${languageId}: not what AWS answered`);
      }
    });
  }
});
