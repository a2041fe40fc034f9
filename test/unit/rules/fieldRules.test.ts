import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, diagnose, expectCode, expectNoCode, openapi } from '../../helpers/fixtures';

const LAMBDA = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

describe('unknown-field', () => {
  it('reports a misspelled key with "did you mean" and a rename fix', () => {
    const text = openapi(`        type: aws_proxy\n        httpMethod: POST\n        uri: ${LAMBDA}\n        «passthroughBehaviour»: when_no_match`);
    const [d] = expectCode(text, 'unknown-field');
    assert.match(d.message, /Did you mean `passthroughBehavior`/);
    assert.match(applyFix(text.replace(/[«»]/g, ''), 'unknown-field'), /\n {8}passthroughBehavior: when_no_match/);
  });
  it('maps OpenAPI spellings to CloudFormation ones', () => {
    const [d] = expectCode(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      Integration:
        Type: HTTP_PROXY
        IntegrationHttpMethod: GET
        Uri: https://example.com
        «timeout»: 1000
        «requestTemplates»: {}
`, 'unknown-field');
    assert.ok(d);
  });
  it('ignores x- extensions', () => {
    expectNoCode(openapi(`        type: aws_proxy\n        httpMethod: POST\n        uri: ${LAMBDA}\n        x-note: fine`), 'unknown-field');
  });
});

describe('ineffective-field', () => {
  it('marks requestTemplates and responses on a proxy as unnecessary, with a remove fix', () => {
    const text = openapi(`        type: aws_proxy\n        httpMethod: POST\n        uri: ${LAMBDA}\n        «requestTemplates»:\n          application/json: "{}"\n        «responses»:\n          default:\n            statusCode: "200"`);
    const found = expectCode(text, 'ineffective-field');
    assert.deepEqual(found[0].tags, [1]);
    const fixed = applyFix(text.replace(/[«»]/g, ''), 'ineffective-field');
    assert.doesNotMatch(fixed, /requestTemplates/);
    assert.match(fixed, /responses:/);
  });
  it('is silent for templates on AWS/HTTP/MOCK', () => {
    expectNoCode(openapi(`        type: mock\n        requestTemplates:\n          application/json: '{"statusCode": 200}'`), 'ineffective-field');
  });
});

describe('wrong-value-type', () => {
  it('reports a list where a map is expected and text where a number is', () => {
    expectCode(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://e.com\n        requestParameters: «[a, b]»\n        timeoutInMillis: «soon»`), 'wrong-value-type');
  });
  it('accepts intrinsics anywhere', () => {
    expectNoCode(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      Integration:
        Type: HTTP_PROXY
        IntegrationHttpMethod: GET
        Uri: !Ref Backend
        TimeoutInMillis: !Ref Timeout
        RequestParameters: !If [C, {}, !Ref AWS::NoValue]
`, 'wrong-value-type');
  });
});

describe('invalid-enum-value', () => {
  it('reports values outside the enum with a suggestion', () => {
    const [d] = expectCode(openapi(`        type: mock\n        passthroughBehavior: «when_no_matchs»\n        contentHandling: «CONVERT_TO_BINARYY»\n        requestTemplates:\n          application/json: '{"statusCode": 200}'`), 'invalid-enum-value');
    assert.match(d.message, /Did you mean/);
  });
  it('ignores case in OpenAPI but not in CloudFormation', () => {
    expectNoCode(openapi(`        type: mock\n        passthroughBehavior: when_no_templates\n        requestTemplates:\n          application/json: '{"statusCode": 200}'`), 'invalid-enum-value');
    expectCode(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      Integration:
        Type: MOCK
        PassthroughBehavior: «when_no_match»
        RequestTemplates:
          application/json: '{"statusCode": 200}'
`, 'invalid-enum-value');
  });
});

describe('timeouts', () => {
  it('reports below 50 ms and above 30,000 on HTTP APIs as errors', () => {
    expectCode(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://e.com\n        timeoutInMillis: «10»`), 'timeout-range');
  });
  it('warns above 29,000 on REST with the quota explanation', () => {
    const [d] = expectCode(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://e.com\n        timeoutInMillis: «60000»`), 'timeout-above-default-quota');
    assert.match(d.message, /Regional and private APIs can raise/);
    assert.equal(d.severity, 2);
  });
  it('accepts the edges', () => {
    const { diagnostics } = diagnose(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://e.com\n        timeoutInMillis: 29000`));
    assert.deepEqual(diagnostics.filter((d) => String(d.code).startsWith('timeout')), []);
  });
});
