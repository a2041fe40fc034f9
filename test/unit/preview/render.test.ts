// Rendering one template for the preview: the template at the caret, the engine's errors mapped from template
// coordinates to the file (through YAML block scalars, quoted scalars, JSON escapes and Fn::Sub), which template
// API Gateway would select and why, the $context values read, and the sample request's problems.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService, RenderParams, RenderResultPayload } from '../../../server/src/service';
import { fixture, load } from '../../helpers/fixtures';

const ENV = { now: new Date(Date.UTC(2025, 5, 18, 17, 28, 59)), requestId: 'req-1' };

function render(text: string, params: RenderParams, languageId: 'yaml' | 'json' = 'yaml') {
  const { service, document, parsed } = load(text, languageId);
  return { document, response: service.renderTemplate(document, parsed, params, ENV) };
}

/**
 * Renders the template at the caret `§` and asserts its errors sit exactly on the «marked» file ranges. (Not the
 * shared fixture's `|`, which is YAML's block scalar indicator.)
 */
function marks(marked: string): { text: string; carets: number[]; ranges: { start: number; end: number }[] } {
  const f = fixture(marked.replace(/\|/g, '\u0002').replace(/§/g, '|'));
  return { ...f, text: f.text.replace(/\u0002/g, '|') };
}

function expectErrorsAt(marked: string, languageId: 'yaml' | 'json' = 'yaml', request?: object): RenderResultPayload {
  const { text, carets, ranges } = marks(marked);
  const { document, response } = render(text, { mode: 'render', position: positionAt(text, carets[0]), requestText: request ? JSON.stringify(request) : undefined }, languageId);
  const result = response.result;
  assert.ok(result, response.message);
  const got = result.errors.map((e) => (e.range ? text.slice(document.offsetAt(e.range.start), document.offsetAt(e.range.end)) : `(no range) ${e.message}`));
  assert.deepEqual(got, ranges.map((r) => text.slice(r.start, r.end)), result.errors.map((e) => e.message).join('; '));
  return result;
}

function positionAt(text: string, offset: number) {
  return TextDocument.create('file:///x', 'yaml', 1, text).positionAt(offset);
}

const api = (templates: string, extra = '') => `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /pets/{petId}:
    post:
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: https://example.com/pets
${templates}${extra}`;

describe('errors land on the template text in the file', () => {
  it('a YAML block scalar: the failing call, several lines into the block', () => {
    const result = expectErrorsAt(api(`        requestTemplates:
          application/json: |
            {
              "a": "$input.params('petId')",§
              "b": $util«.parseJson("{")»
            }
`));
    assert.equal(result.errors[0].kind, 'runtime');
    assert.equal(result.errors[0].templateLine, 3);
  });

  it('a JSON string with escapes: the range covers the escaped file text', () => {
    expectErrorsAt(
      `{"swagger": "2.0", "paths": {"/a": {"post": {"x-amazon-apigateway-integration": {"type": "http", "httpMethod": "POST", "uri": "https://e.com",
  "requestTemplates": {"application/json": "{\\n  \\"x\\": §$util«.parseJson(\\"{\\")»\\n}"}}}}}}`,
      'json',
    );
  });

  it('a double-quoted YAML scalar, and a syntax error at the parenthesis that is never closed (where the editor shows it)', () => {
    expectErrorsAt(api(`        requestTemplates:
          application/json: "{\\"id\\": \\"$util«.urlDecode(\\"%zz\\")»\\"}§"
`));
    expectErrorsAt(api(`        requestTemplates:
          text/plain: |-
            §#if«(»$input.params('petId') == "1"
            one
            #end
`));
  });

  it('inside Fn::Sub: CloudFormation substitutes first, a name it alone knows becomes a placeholder, and errors still map', () => {
    const { text, carets, ranges } = marks(`Resources:
  Api: {Type: AWS::ApiGateway::RestApi}
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      ResourceId: !GetAtt Api.RootResourceId
      RestApiId: !Ref Api
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:sqs:path/\${AWS::AccountId}/q
        RequestTemplates:
          application/json: !Sub |
            Action=SendMessage&QueueUrl=\${Queue}&Literal=\${!NotSub}§&Body=$util«.base64Decode(1, 2)»
`);
    const { document, response } = render(text, { mode: 'render', position: positionAt(text, carets[0]) });
    const result = response.result!;
    // ${Queue} is CloudFormation's (and not defined here): a placeholder. ${!NotSub} reaches API Gateway as ${NotSub}, a VTL reference.
    assert.equal(result.output, 'Action=SendMessage&QueueUrl=<Queue>&Literal=&Body=\n');
    assert.deepEqual(result.errors.map((e) => text.slice(document.offsetAt(e.range!.start), document.offsetAt(e.range!.end))), [text.slice(ranges[0].start, ranges[0].end)]);
    assert.match(result.steps[0].message, /Fn::Sub: CloudFormation replaces \$\{Queue\} with <Queue> \(not a parameter, resource or pseudo parameter of this template: a placeholder\) before API Gateway sees the template/);
    assert.deepEqual(result.substitutions?.map((v) => v.name), ['Queue']);
  });

  it('inside Fn::Sub: a placeholder used as a value is a string there, so the template stays as valid as the editor reads it', () => {
    const { text, carets } = marks(`Resources:
  Api: {Type: AWS::ApiGateway::RestApi}
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      ResourceId: !GetAtt Api.RootResourceId
      RestApiId: !Ref Api
      Integration:
        Type: MOCK
        RequestTemplates:
          application/json: !Sub |
            §#set($limit = \${PageSize})#set($table = '\${Table}')## \${InComment}
            {"limit": "$limit", "table": "$table", "env": "\${Env}", "statusCode": 200}
`);
    const { document, parsed, service } = load(text, 'yaml');
    const diagnostics = service.doValidation(document, parsed).filter((d) => d.code === 'vtl-syntax');
    assert.deepEqual(diagnostics, []);
    const result = render(text, { mode: 'render', position: positionAt(text, carets[0]) }).response.result!;
    assert.deepEqual(result.errors, []);
    assert.equal(result.output, '{"limit": "<PageSize>", "table": "<Table>", "env": "<Env>", "statusCode": 200}\n');
  });
});

describe('what the preview shows', () => {
  const TEMPLATES = `        passthroughBehavior: when_no_templates
        requestTemplates:
          application/json: |
            #set($pet = $input.path('$'))
            {"name": "$pet.name", "id": "$input.params('petId')", "stage": "$context.stage", "env": "$stageVariables.env"}
          application/xml: '<pet/>'
        responses:
          "4\\\\d{2}":
            statusCode: "400"
            responseTemplates:
              application/json: |
                #set($context.responseOverride.header.X-Reason = "bad")
                {"error": "$input.path('$.message')"}
          default:
            statusCode: "201"
            responseTemplates:
              application/json: '{"created": $input.json(''$.id'')}'
              text/plain: created
`;
  const REQUEST = {
    httpMethod: 'POST',
    path: '/pets/7',
    pathParameters: { petId: '7' },
    headers: { 'Content-Type': 'application/json; charset=utf-8', Accept: 'text/plain' },
    stageVariables: { env: 'test' },
    body: { name: 'Rex' },
    context: { stage: 'prod' },
    backend: { statusCode: 404, body: { message: 'no such pet' } },
  };

  it('a request template: output checked as JSON, the selection and why, the values it read', () => {
    const { service, document, parsed } = load(api(TEMPLATES));
    const list = service.listTemplates(document, parsed);
    const id = list.templates.find((t) => t.stage === 'request' && t.contentType === 'application/json')!.id;
    const result = service.renderTemplate(document, parsed, { mode: 'render', templateId: id, requestText: JSON.stringify(REQUEST), requestName: 'r.json' }, ENV).result!;
    assert.equal(result.output, '{"name": "Rex", "id": "7", "stage": "prod", "env": "test"}\n');
    assert.deepEqual(result.outputCheck, { kind: 'json', valid: true, pretty: '{\n  "name": "Rex",\n  "id": "7",\n  "stage": "prod",\n  "env": "test"\n}' });
    assert.deepEqual(result.steps, [{ stage: 'integration request', message: "Content-Type 'application/json; charset=utf-8' selects the 'application/json' request template" }]);
    assert.deepEqual(
      JSON.parse(JSON.stringify(result.contextUsed.map((c) => [c.name, c.value]))),
      [["input.path('$')", { name: 'Rex' }], ["input.params('petId')", '7'], ['context.stage', 'prod'], ['stageVariables.env', 'test']],
    );
    assert.equal(result.requestName, 'r.json');
    assert.equal(result.statusCode, undefined);
  });

  it('a request template this request would not select says so, and what API Gateway does instead', () => {
    const { service, document, parsed } = load(api(TEMPLATES));
    const id = service.listTemplates(document, parsed).templates.find((t) => t.contentType === 'application/xml')!.id;
    const request = { ...REQUEST, headers: { 'Content-Type': 'text/csv' } };
    const result = service.renderTemplate(document, parsed, { mode: 'render', templateId: id, requestText: JSON.stringify(request) }, ENV).result!;
    assert.equal(result.output, '<pet/>');
    assert.deepEqual(result.steps.map((s) => s.message), [
      "rendered as asked, but this sample request would not use it: Content-Type 'text/csv' matches none of the 2 request template(s) and passthroughBehavior is WHEN_NO_TEMPLATES: 415 Unsupported Media Type",
    ]);
  });

  it('a response template: the backend response, its status and overrides, and whether selectionPattern picks it', () => {
    const { service, document, parsed } = load(api(TEMPLATES));
    const templates = service.listTemplates(document, parsed).templates;
    const error = templates.find((t) => t.selectionPattern === '4\\d{2}')!;
    const r = service.renderTemplate(document, parsed, { mode: 'render', templateId: error.id, requestText: JSON.stringify(REQUEST) }, ENV).result!;
    assert.equal(r.output, '{"error": "no such pet"}\n');
    assert.equal(r.statusCode, 400);
    assert.deepEqual(r.headers, { 'Content-Type': 'application/json', 'X-Reason': 'bad' });
    assert.deepEqual(r.overrides, { response: { header: { 'X-Reason': 'bad' } } });
    assert.deepEqual(r.steps.map((s) => s.message), [
      "selectionPattern '4\\d{2}' matches '404' → status 400",
      "Accept 'text/plain' matches no response template; using 'application/json'",
    ]);
    // The default response's JSON template: this backend answer (404) selects the other response.
    const created = templates.find((t) => t.selectionPattern === 'default' && t.contentType === 'application/json')!;
    const d = service.renderTemplate(document, parsed, { mode: 'render', templateId: created.id, requestText: JSON.stringify({ ...REQUEST, backend: { statusCode: 201, body: '{"id": 12}' } }) }, ENV).result!;
    assert.equal(d.output, '{"created": 12}');
    assert.equal(d.statusCode, 201);
    assert.deepEqual(d.steps.map((s) => s.message), [
      "no selectionPattern matches '201'; the default response → status 201",
      "rendered as asked, but Accept 'text/plain' selects the 'text/plain' response template",
    ]);
  });

  it('invalid JSON output is reported with its position', () => {
    const { text, carets } = fixture(api(`        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: '{"a": |$input.body}'
`));
    const { response } = render(text, { mode: 'render', position: positionAt(text, carets[0]), requestText: JSON.stringify({ backend: { body: 'not json' } }) });
    const r = response.result!;
    assert.equal(r.output, '{"a": not json}');
    assert.deepEqual(r.outputCheck, { kind: 'json', valid: false, error: { message: 'unexpected character', offset: 6, line: 1, column: 7 } });
  });

  it('sample request problems are listed and the render still runs; an unusable request is an error', () => {
    const text = api(`        requestTemplates:
          application/json: '$input.params(''petId'')'
`);
    const { service, document, parsed } = load(text);
    const id = service.listTemplates(document, parsed).templates[0].id;
    const run = (requestText: string) => service.renderTemplate(document, parsed, { mode: 'render', templateId: id, requestText }, ENV).result!;
    const r = run(JSON.stringify({ pathParameters: { petId: 5, bad: {} }, header: {}, body: 12 }));
    assert.equal(r.output, '5');
    assert.deepEqual(r.requestProblems, ["unknown field 'header' ignored", "'pathParameters.bad' must be a string", "'body' is a number; sent as its JSON text"]);
    const broken = run('{"httpMethod": ');
    assert.equal(broken.output, '');
    assert.equal(broken.errors[0].kind, 'request');
    assert.match(broken.errors[0].message, /^the sample request is not valid JSON/);
    const huge = run(JSON.stringify({ body: 'x'.repeat(1024 * 1024) }));
    assert.match(huge.errors[0].message, /^the sample request is 1025 KB; requests up to 1024 KB are rendered/);
  });

  it('without a sample request file, one is generated from the operation', () => {
    const { service, document, parsed } = load(api(`        requestTemplates:
          application/json: '$input.params(''petId'') $context.httpMethod $context.resourcePath'
`));
    const id = service.listTemplates(document, parsed).templates[0].id;
    const r = service.renderTemplate(document, parsed, { mode: 'render', templateId: id }, ENV).result!;
    assert.equal(r.output, '123 POST /pets/{petId}');
    assert.equal(r.requestName, 'generated for POST /pets/{petId}');
  });

  it('a hostile template is stopped by the engine; the preview reports it as a limit error at its line', () => {
    const result = expectErrorsAt(api(`        requestTemplates:
          application/json: |
            §«#foreach($i in [1..100000])»x#end
`));
    assert.equal(result.errors[0].kind, 'limit');
    assert.equal(result.output.length, 1000);
  });

  it('says what to do when there is nothing to render at the cursor, or the template is gone', () => {
    const { text, carets } = fixture(api(`        requ|estParameters: {}
`));
    assert.match(render(text, { mode: 'render', position: positionAt(text, carets[0]) }).response.message!, /Put the cursor in a request or response mapping template/);
    assert.match(render(text, { mode: 'render', templateId: 'gone' }).response.message!, /no longer in the file/);
  });

  it('a .vtl file is one template: request stage by default, response with its backend', () => {
    const service = getLanguageService();
    const document = TextDocument.create('file:///t/pet-response.vtl', 'vtl', 1, "#set($b = $input.path('$'))\n$b.name ${context.stage}\n#if(");
    const parsed = service.parseDocument(document);
    const r = service.renderTemplate(document, parsed, { mode: 'render', stage: 'response', requestText: JSON.stringify({ context: { stage: 'v1' }, backend: { body: { name: 'Rex' } } }) }, ENV).result!;
    assert.equal(r.template?.label, 'pet-response.vtl · response template');
    assert.equal(r.output, '');
    assert.equal(r.errors[0].kind, 'syntax');
    assert.deepEqual(r.errors[0].range?.start, { line: 2, character: 3 });
    assert.match(r.errors[0].message, /`#if` needs a condition: found the end of the template/);
    const ok = TextDocument.create('file:///t/a.vtl', 'vtl', 1, '$input.json("$.a")');
    const out = service.renderTemplate(ok, service.parseDocument(ok), { mode: 'render', requestText: '{"body": {"a": [1]}}' }, ENV).result!;
    assert.equal(out.output, '[1]');
  });
});
