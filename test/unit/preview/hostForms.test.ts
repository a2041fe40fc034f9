// One set of request templates written in every host form the extension reads — an OpenAPI YAML block scalar, a
// double- and a single-quoted YAML scalar, an OpenAPI JSON string, CloudFormation's `!Sub |`, the long form
// `Fn::Sub: [template, {Name: value}]`, CloudFormation JSON `{"Fn::Sub": ...}` and a standalone .vtl file —
// gives the same output in Render as in Simulate (what an HTTP backend receives), and the same in every form.
// CloudFormation substitutes before API Gateway reads a template
// (https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-sub.html), so the
// Sub forms write the region as ${AWS::Region}, their variable as ${Name}, and VTL's own ${x} as ${!x}.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../../server/src/service';

const ENV = { now: new Date(Date.UTC(2025, 5, 18, 17, 28, 59)), requestId: 'req-1' };
const REQUEST = JSON.stringify({
  httpMethod: 'POST',
  path: '/pets',
  headers: { 'Content-Type': 'application/json', Connection: 'keep-alive' },
  queryStringParameters: { q: 'a b' },
  body: '{"name": "Rex", "tags": ["x", "y"]}',
  context: { domainName: 'abc123.execute-api.eu-west-1.amazonaws.com', accountId: '111122223333' },
});

interface Case {
  name: string;
  /** The template as API Gateway runs it. */
  plain: string;
  /** The same template as written under Fn::Sub (before CloudFormation's substitution), and its variable map. */
  sub: string;
  variables: Record<string, string>;
}

const CASES: Case[] = [
  {
    name: 'payload, parameters and the region',
    plain: `#set($b = $input.path('$')){"name": "$b.name", "first": "$b.tags[0]", "q": "$input.params('q')", "region": "eu-west-1", "conn": "$input.params('Connection')"}`,
    sub: `#set($b = $input.path('$')){"name": "$b.name", "first": "$b.tags[0]", "q": "$input.params('q')", "region": "\${AWS::Region}", "conn": "$input.params('Connection')"}`,
    variables: {},
  },
  {
    name: "VTL's own formal references and an account id",
    plain: `#set($n = $input.path('$.name'))\${n}-\${context.stage} arn:aws:sqs:eu-west-1:111122223333:q`,
    sub: `#set($n = $input.path('$.name'))\${!n}-\${!context.stage} arn:aws:sqs:\${AWS::Region}:\${AWS::AccountId}:q`,
    variables: {},
  },
  {
    name: 'a variable map value, $context written and read back',
    plain: `#set($context.requestOverride.header.X-Env = "staging")$context.requestOverride.header.get('X-Env') $context.keySet().size()`,
    sub: `#set($context.requestOverride.header.X-Env = "\${Env}")$context.requestOverride.header.get('X-Env') $context.keySet().size()`,
    variables: { Env: 'staging' },
  },
];

const yamlDouble = (s: string) => JSON.stringify(s);
const yamlSingle = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** The same integration in each host form, with the template at a marker the test looks for. */
function hostForms(c: Case): { form: string; languageId: 'yaml' | 'json'; text: string; template: string }[] {
  const openapiYaml = (value: string) => `openapi: 3.0.1
info: {title: t, version: '1'}
paths:
  /pets:
    post:
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: https://backend.example/pets
        requestTemplates:
          application/json: ${value}
        responses:
          default: {statusCode: "200"}
`;
  const cfn = (value: string) => `Resources:
  Api: {Type: AWS::ApiGateway::RestApi}
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      ResourceId: !GetAtt Api.RootResourceId
      RestApiId: !Ref Api
      AuthorizationType: NONE
      Integration:
        Type: HTTP
        IntegrationHttpMethod: POST
        Uri: https://backend.example/pets
        IntegrationResponses: [{StatusCode: "200"}]
        RequestTemplates:
          application/json: ${value}
`;
  const vars = Object.entries(c.variables);
  const mapForm = `\n            Fn::Sub:\n              - ${yamlDouble(c.sub)}\n              - {${vars.map(([k, v]) => `${k}: ${yamlDouble(v)}`).join(', ')}}`;
  return [
    { form: 'OpenAPI YAML block scalar |-', languageId: 'yaml', text: openapiYaml(`|-\n            ${c.plain}`), template: c.plain },
    { form: 'OpenAPI YAML double-quoted', languageId: 'yaml', text: openapiYaml(yamlDouble(c.plain)), template: c.plain },
    { form: 'OpenAPI YAML single-quoted', languageId: 'yaml', text: openapiYaml(yamlSingle(c.plain)), template: c.plain },
    {
      form: 'OpenAPI JSON string',
      languageId: 'json',
      text: JSON.stringify({
        openapi: '3.0.1',
        info: { title: 't', version: '1' },
        paths: { '/pets': { post: { 'x-amazon-apigateway-integration': { type: 'http', httpMethod: 'POST', uri: 'https://backend.example/pets', requestTemplates: { 'application/json': c.plain }, responses: { default: { statusCode: '200' } } } } } },
      }, null, 2),
      template: c.plain,
    },
    ...(vars.length ? [] : [{ form: 'CloudFormation YAML !Sub |-', languageId: 'yaml' as const, text: cfn(`!Sub |-\n            ${c.sub}`), template: c.sub }]),
    ...(vars.length ? [] : [{ form: 'CloudFormation YAML !Sub "..."', languageId: 'yaml' as const, text: cfn(`!Sub ${yamlDouble(c.sub)}`), template: c.sub }]),
    { form: 'CloudFormation YAML Fn::Sub with a map', languageId: 'yaml', text: cfn(mapForm), template: c.sub },
    {
      form: 'CloudFormation JSON Fn::Sub',
      languageId: 'json',
      text: JSON.stringify({
        Resources: {
          Api: { Type: 'AWS::ApiGateway::RestApi' },
          M: {
            Type: 'AWS::ApiGateway::Method',
            Properties: {
              HttpMethod: 'POST',
              ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] },
              RestApiId: { Ref: 'Api' },
              AuthorizationType: 'NONE',
              Integration: { Type: 'HTTP', IntegrationHttpMethod: 'POST', Uri: 'https://backend.example/pets', IntegrationResponses: [{ StatusCode: '200' }], RequestTemplates: { 'application/json': { 'Fn::Sub': vars.length ? [c.sub, c.variables] : c.sub } } },
            },
          },
        },
      }, null, 2),
      template: c.sub,
    },
  ];
}

/** The template's first characters in the file, where the caret goes (past any quote). */
function caretIn(text: string, template: string): number {
  const probe = template.slice(0, 12);
  const at = text.indexOf(probe);
  assert.ok(at >= 0, `template not found in the host text: ${probe}`);
  return at + 2;
}

describe('Render and Simulate agree in every host form', () => {
  const service = getLanguageService();
  for (const c of CASES) {
    it(c.name, () => {
      // the standalone .vtl file holds the template as API Gateway runs it
      const vtl = TextDocument.create('file:///t/template.vtl', 'vtl', 1, c.plain);
      const expected = service.renderTemplate(vtl, service.parseDocument(vtl), { mode: 'render', requestText: REQUEST }, ENV).result!;
      assert.deepEqual(expected.errors, [], `.vtl: ${expected.errors.map((e) => e.message).join('; ')}`);
      assert.ok(expected.output.length > 0);
      for (const host of hostForms(c)) {
        const document = TextDocument.create(`file:///t/host.${host.languageId}`, host.languageId, 1, host.text);
        const parsed = service.parseDocument(document);
        const position = document.positionAt(caretIn(host.text, host.template));
        const rendered = service.renderTemplate(document, parsed, { mode: 'render', position, requestText: REQUEST }, ENV);
        assert.ok(rendered.result, `${host.form}: ${rendered.message}`);
        assert.deepEqual(rendered.result.errors, [], `${host.form} render: ${rendered.result.errors.map((e) => e.message).join('; ')}`);
        assert.equal(rendered.result.output, expected.output, `${host.form}: Render`);
        const simulated = service.renderTemplate(document, parsed, { mode: 'simulate', position, requestText: REQUEST }, ENV);
        assert.ok(simulated.result, `${host.form}: ${simulated.message}`);
        assert.deepEqual(simulated.result.errors, [], `${host.form} simulate: ${simulated.result.errors.map((e) => e.message).join('; ')}`);
        assert.equal(simulated.result.statusCode, 200, `${host.form}: Simulate status`);
        assert.equal(simulated.result.integrationRequest?.body, expected.output, `${host.form}: Simulate`);
        // the header API Gateway drops is named in both
        assert.deepEqual(rendered.result.droppedHeaders?.map((d) => d.name), ['Connection'], host.form);
        assert.deepEqual(simulated.result.droppedHeaders?.map((d) => d.name), ['Connection'], host.form);
      }
    });
  }

  it('the preview names each substitution and where its value comes from', () => {
    const host = hostForms(CASES[1]).find((h) => h.form === 'CloudFormation YAML !Sub |-')!;
    const document = TextDocument.create('file:///t/host.yaml', 'yaml', 1, host.text);
    const parsed = service.parseDocument(document);
    const position = document.positionAt(caretIn(host.text, host.template));
    for (const mode of ['render', 'simulate'] as const) {
      const r = service.renderTemplate(document, parsed, { mode, position, requestText: REQUEST }, ENV).result!;
      assert.deepEqual(r.substitutions, [
        { name: 'AWS::Region', value: 'eu-west-1', source: "the region of the sample request's context.domainName" },
        { name: 'AWS::AccountId', value: '111122223333', source: "the sample request's context.accountId" },
      ], mode);
      assert.ok(r.steps.some((s) => /Fn::Sub: CloudFormation replaces \$\{AWS::Region\} with eu-west-1/.test(s.message)), mode);
    }
    // without them in the sample request, the defaults are named as defaults
    const bare = service.renderTemplate(document, parsed, { mode: 'render', position, requestText: '{"body": "{}"}' }, ENV).result!;
    assert.deepEqual(bare.substitutions?.map((s) => [s.name, s.value]), [['AWS::Region', 'us-east-1'], ['AWS::AccountId', '123456789012']]);
    assert.match(bare.substitutions![0].source, /^default/);
  });
});
