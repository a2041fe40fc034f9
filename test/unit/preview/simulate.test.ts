// Simulate request from the editor: the model's integration → IntegrationSpec → the engine's simulate(), with the
// errors of whichever template ran mapped back to the file, and the values the templates read.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RenderParams } from '../../../server/src/service';
import { load } from '../../helpers/fixtures';

const ENV = { now: new Date(Date.UTC(2025, 5, 18, 17, 28, 59)), requestId: 'req-1' };

function simulateIn(text: string, params: Omit<RenderParams, 'mode'>, languageId: 'yaml' | 'json' = 'yaml') {
  const { service, document, parsed } = load(text, languageId);
  const response = service.renderTemplate(document, parsed, { mode: 'simulate', ...params }, ENV);
  return { document, text, response, result: response.result! };
}

const PETS = `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /pets/{petId}:
    get:
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/pets/{id}
        requestParameters:
          integration.request.path.id: method.request.path.petId
          integration.request.header.X-Version: stageVariables.version
        requestTemplates:
          application/json: '{"wanted": "$input.params(''petId'')"}'
        responses:
          "404":
            statusCode: "404"
            responseTemplates:
              application/json: |
                {"message": "no pet $input.params('petId')",
                 "detail": "$util.urlDecode('%zz')"}
          "2\\\\d{2}":
            statusCode: "200"
            responseTemplates:
              application/json: '{"pet": $input.json(''$'')}'
            responseParameters:
              method.response.header.X-Backend: integration.response.header.Server
    options:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: |
            #if($input.params('origin') == 'bad')
            {"statusCode": 403}
            #else
            {"statusCode": 200}
            #end
        responses:
          "403": {statusCode: "403", responseTemplates: {application/json: '{"denied": true}'}}
          default: {statusCode: "204"}
`;

describe('simulate from the editor', () => {
  it('HTTP: request template, parameter mappings, the backend response, selectionPattern, response template', () => {
    const request = {
      httpMethod: 'GET',
      path: '/pets/7',
      pathParameters: { petId: '7' },
      headers: { Accept: 'application/json' },
      stageVariables: { version: 'v2' },
      backend: { statusCode: 200, headers: { Server: 'nginx' }, body: { name: 'Rex' } },
    };
    const { result } = simulateIn(PETS, { integrationId: 'GET /pets/{petId}', requestText: JSON.stringify(request) });
    assert.equal(result.statusCode, 200);
    assert.equal(result.output, '{"pet": {"name":"Rex"}}');
    assert.deepEqual(result.headers, { 'Content-Type': 'application/json', 'X-Backend': 'nginx' });
    assert.deepEqual(result.integrationRequest, {
      body: '{"wanted": "7"}',
      // API Gateway's own headers come first (recorded: golden localstack/header-remapping/http/no-mapping-default-headers)
      headers: { Accept: 'application/json', 'User-Agent': 'AmazonAPIGateway_a1b2c3d4e5', 'X-Amzn-Apigateway-Api-Id': 'a1b2c3d4e5', 'X-Version': 'v2' },
      uri: 'https://example.com/pets/7',
    });
    assert.equal(result.template?.contentType, 'application/json');
    assert.equal(result.template?.stage, 'request');
    assert.ok(result.steps.some((s) => s.message === "selectionPattern '2\\d{2}' matches '200' → status 200"), JSON.stringify(result.steps));
    assert.deepEqual(result.selectedResponse, { selectionPattern: '2\\d{2}', statusCode: '200' });
    // what both templates read, once each (as the engine reports it: nothing is rendered twice)
    assert.deepEqual(result.contextUsed.map((c) => c.name), ["input.params('petId')", "input.json('$')"]);
    assert.deepEqual(result.errors, []);
  });

  it("a failing response template: the error maps into that template's text, not the request template's", () => {
    const text = PETS;
    const { document, result } = simulateIn(text, {
      position: load(text).document.positionAt(text.indexOf('"404":') + 2),
      requestText: JSON.stringify({ pathParameters: { petId: '9' }, backend: { statusCode: 404, body: '{}' } }),
    });
    assert.equal(result.integration?.label, 'GET /pets/{petId}');
    assert.equal(result.statusCode, 500);
    assert.equal(result.output, '{"message": "Internal server error"}');
    assert.equal(result.errors.length, 1);
    const [error] = result.errors;
    assert.equal(error.stage, 'response');
    assert.match(error.templateId!, /::response::404::application\/json$/);
    assert.equal(text.slice(document.offsetAt(error.range!.start), document.offsetAt(error.range!.end)), ".urlDecode('%zz')");
    assert.equal(error.range!.start.line, text.split('\n').findIndex((l) => l.includes('"detail"')));
  });

  it('MOCK: the status comes from the request template; the integration response it selects renders', () => {
    const run = (origin: string) => simulateIn(PETS, { integrationId: 'OPTIONS /pets/{petId}', requestText: JSON.stringify({ queryStringParameters: { origin } }) }).result;
    const denied = run('bad');
    assert.equal(denied.statusCode, 403);
    assert.equal(denied.output, '{"denied": true}');
    const ok = run('good');
    assert.equal(ok.statusCode, 204);
    assert.equal(ok.output, '');
    assert.deepEqual(ok.contextUsed.map((c) => [c.name, c.value]), [["input.params('origin')", 'good']]);
  });

  it('Lambda proxy (a SAM event): the exact event for the sample request, and the checked function response', () => {
    const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: {Type: Api, Properties: {Path: /items/{id}, Method: get}}
`;
    const request = {
      httpMethod: 'GET',
      path: '/items/3',
      resourcePath: '/items/{id}',
      pathParameters: { id: '3' },
      headers: { 'X-Forwarded-For': '198.51.100.1' },
      backend: { body: { statusCode: 201, body: { not: 'a string' } } },
    };
    const { result } = simulateIn(sam, { integrationId: 'Fn.Events.Get', requestText: JSON.stringify(request) });
    const event = result.lambdaEvent as { resource: string; pathParameters: Record<string, string>; requestContext: { identity: { sourceIp: string } } };
    assert.equal(event.resource, '/items/{id}');
    assert.deepEqual(event.pathParameters, { id: '3' });
    assert.equal(event.requestContext.identity.sourceIp, '198.51.100.1');
    assert.equal(result.statusCode, 502);
    assert.ok(result.steps.some((s) => /502/.test(s.message)));
    assert.match(result.steps[0].message, /SAM creates a Lambda proxy integration for the Get event of Fn/);
  });

  it('CloudFormation Method: the whole pipeline of an AWS::ApiGateway::Method', () => {
    const { result } = simulateIn(
      `Resources:
  Api: {Type: AWS::ApiGateway::RestApi}
  Greeting:
    Type: AWS::ApiGateway::Resource
    Properties: {ParentId: !GetAtt Api.RootResourceId, PathPart: greeting, RestApiId: !Ref Api}
  Post:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      ResourceId: !Ref Greeting
      RestApiId: !Ref Api
      Integration:
        Type: MOCK
        RequestTemplates:
          application/json: '{"statusCode": $input.path(''$.code'')}'
        IntegrationResponses:
          - StatusCode: "200"
            ResponseTemplates:
              application/json: '{"hello": "$context.stage"}'
          - StatusCode: "418"
            SelectionPattern: "418"
            ResponseTemplates:
              application/json: '{"teapot": true}'
`,
      { integrationId: 'Post.Integration', requestText: JSON.stringify({ body: { code: 418 }, context: { stage: 'beta' } }) },
    );
    assert.equal(result.integration?.label, 'POST /greeting');
    assert.equal(result.statusCode, 418);
    assert.equal(result.output, '{"teapot": true}');
  });

  it("the sample's context.requestId is the one every stage sees: templates and parameter mappings", () => {
    const api = `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /r:
    post:
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: https://example.com/r
        requestParameters:
          integration.request.header.X-Request-Id: context.requestId
        requestTemplates:
          application/json: '{"id": "$context.requestId"}'
        responses:
          default:
            statusCode: "200"
            responseTemplates:
              application/json: '{"echo": "$context.requestId"}'
`;
    const sample = { context: { requestId: 'sample-id' }, backend: { statusCode: 200, body: '{}' } };
    const { result } = simulateIn(api, { integrationId: 'POST /r', requestText: JSON.stringify(sample) });
    assert.equal(result.integrationRequest?.body, '{"id": "sample-id"}');
    assert.equal(result.integrationRequest?.headers['X-Request-Id'], 'sample-id');
    assert.equal(result.output, '{"echo": "sample-id"}');
    // without one in the sample, the editor's id (fixed here by the environment) is used throughout
    const plain = simulateIn(api, { integrationId: 'POST /r', requestText: JSON.stringify({ backend: sample.backend }) }).result;
    assert.deepEqual([plain.integrationRequest?.headers['X-Request-Id'], plain.output], ['req-1', '{"echo": "req-1"}']);
  });

  it('a type that cannot run, and a cursor outside any integration, say why', () => {
    const bad = simulateIn(`openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        type: lambda\n`, { integrationId: 'GET /a' }).result;
    assert.deepEqual(bad.errors.map((e) => [e.kind, e.message]), [['unavailable', "This integration cannot be simulated: 'lambda' is not an integration type (AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK)."]]);
    const nowhere = simulateIn(`openapi: 3.0.1\ninfo: {title: t}\npaths: {}\n`, { position: { line: 1, character: 3 } });
    assert.match(nowhere.response.message!, /Put the cursor in an integration/);
  });
});
