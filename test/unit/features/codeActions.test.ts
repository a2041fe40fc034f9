/** Quick fixes added by the editing features: each changes the document as expected and the problem goes away. */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, diagnose } from '../../helpers/fixtures';

function codes(text: string, languageId: 'yaml' | 'json' = 'yaml'): string[] {
  return diagnose(text, languageId).diagnostics.map((d) => String(d.code));
}

const OPENAPI = (integration: string) => `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      responses:
        "200":
          description: ok
      x-amazon-apigateway-integration:
${integration}`;

describe('declare a missing method response', () => {
  it('adds the status to the operation\'s responses (OpenAPI)', () => {
    const text = OPENAPI(`        type: http\n        httpMethod: GET\n        uri: https://e.com\n        responses:\n          default:\n            statusCode: "200"\n          "404":\n            statusCode: "404"`);
    assert.ok(codes(text).includes('status-code-without-method-response'));
    const fixed = applyFix(text, 'status-code-without-method-response', "Declare the 404 Not Found response in the method's responses");
    assert.match(fixed, /\n {8}"200":\n {10}description: ok\n {8}"404":\n {10}description: Not Found\n {6}x-amazon/);
    assert.ok(!codes(fixed).includes('status-code-without-method-response'));
  });

  it('declares the headers the integration response maps too', () => {
    const text = OPENAPI(`        type: mock\n        requestTemplates:\n          application/json: '{"statusCode": 201}'\n        responses:\n          default:\n            statusCode: "201"\n            responseParameters:\n              method.response.header.Location: "'/pets/1'"`);
    assert.ok(codes(text).includes('undeclared-status-code'));
    const fixed = applyFix(text, 'undeclared-status-code');
    assert.match(fixed, /\n {8}"201":\n {10}description: Created\n {10}headers:\n {12}Location:\n {14}schema:\n {16}type: string\n/);
    assert.deepEqual(codes(fixed), []);
  });

  it('adds MethodResponses to a CloudFormation Method, or appends to it', () => {
    const method = (responses: string) => `Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      ResourceId: r
      RestApiId: a
${responses}      Integration:
        Type: MOCK
        RequestTemplates:
          application/json: '{"statusCode": 200}'
        IntegrationResponses:
          - StatusCode: "200"
`;
    const none = method('');
    const added = applyFix(none, 'status-code-without-method-response');
    assert.match(added, /\n {6}MethodResponses:\n {8}- StatusCode: "200"\n/);
    assert.deepEqual(codes(added), []);
    const other = method('      MethodResponses:\n        - StatusCode: "404"\n');
    const appended = applyFix(other, 'status-code-without-method-response');
    assert.match(appended, /\n {6}MethodResponses:\n {8}- StatusCode: "404"\n {8}- StatusCode: "200"\n/);
    assert.deepEqual(codes(appended), []);
  });

  it('works in JSON', () => {
    const text = JSON.stringify({
      swagger: '2.0',
      paths: { '/p': { get: { responses: { '200': { description: 'ok' } }, 'x-amazon-apigateway-integration': { type: 'MOCK', requestTemplates: { 'application/json': '{"statusCode": 200}' }, responses: { default: { statusCode: '200' }, '5\\d{2}': { statusCode: '500' } } } } } },
    }, null, 2);
    const fixed = applyFix(text, 'status-code-without-method-response', undefined, 'json');
    assert.equal(JSON.parse(fixed).paths['/p'].get.responses['500'].description, 'Internal Server Error');
    assert.deepEqual(codes(fixed, 'json'), []);
  });
});

describe('other fixes', () => {
  it('adds the missing type, inferred from the uri', () => {
    const text = OPENAPI(`        httpMethod: POST\n        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations`);
    const fixed = applyFix(text, 'missing-type');
    assert.match(fixed, /uri: arn\S+\n {8}type: AWS_PROXY$/);
    assert.deepEqual(codes(fixed), []);
    const mock = applyFix(OPENAPI(`        requestTemplates:\n          application/json: '{"statusCode": 200}'`), 'missing-type');
    assert.match(mock, /type: MOCK/);
  });

  it('adds a request template to a MOCK without one', () => {
    const fixed = applyFix(OPENAPI(`        type: mock\n        passthroughBehavior: when_no_match`), 'mock-without-request-template');
    assert.match(fixed, /\n {8}requestTemplates:\n {10}application\/json: '\{"statusCode": 200\}'$/);
    assert.deepEqual(codes(fixed), []);
  });

  it('wraps a Lambda function ARN into its invocation ARN on a REST API', () => {
    const text = OPENAPI(`        type: aws_proxy\n        httpMethod: POST\n        uri: arn:aws:lambda:eu-west-1:123456789012:function:orders`);
    const fixed = applyFix(text, 'invalid-uri');
    assert.match(fixed, /uri: "arn:aws:apigateway:eu-west-1:lambda:path\/2015-03-31\/functions\/arn:aws:lambda:eu-west-1:123456789012:function:orders\/invocations"/);
    assert.deepEqual(codes(fixed), []);
  });
});
