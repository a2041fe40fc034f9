import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectCode, expectNoCode, openapi } from '../../helpers/fixtures';

const LAMBDA = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

function httpApi(integration: string): string {
  return `Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /x:
            post:
              x-amazon-apigateway-integration:
${integration}
`;
}

describe('missing-credentials / invalid-credentials', () => {
  it('warns on an AWS service integration without credentials, with a placeholder fix', () => {
    const text = `openapi: 3.0.1\npaths:\n  /q:\n    post:\n      «x-amazon-apigateway-integration»:\n        type: aws\n        httpMethod: POST\n        uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/q\n        requestTemplates:\n          application/json: Action=SendMessage`;
    expectCode(text, 'missing-credentials');
    assert.match(applyFix(text.replace(/[«»]/g, ''), 'missing-credentials'), /credentials: "arn:aws:iam::123456789012:role\/ROLE_NAME"/);
  });
  it('does not ask Lambda integrations for credentials', () => {
    expectNoCode(openapi(`        type: aws\n        httpMethod: POST\n        uri: ${LAMBDA}\n        requestTemplates:\n          application/json: "{}"`), 'missing-credentials');
  });
  it('checks the ARN form, with intrinsic holes', () => {
    expectCode(openapi(`        type: aws_proxy\n        httpMethod: POST\n        uri: ${LAMBDA}\n        credentials: «rn:aws:iam::123:role/x»`), 'invalid-credentials');
    expectNoCode(openapi(`        type: aws_proxy\n        httpMethod: POST\n        uri: ${LAMBDA}\n        credentials: arn:aws:iam::*:user/*`), 'invalid-credentials');
    expectNoCode(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: ${LAMBDA}
        Credentials: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/\${RoleName}
`, 'invalid-credentials');
  });
});

describe('HTTP API: payloadFormatVersion and integrationSubtype', () => {
  it('rejects 2.0 on a service integration and a malformed version', () => {
    expectCode(httpApi(`                type: aws_proxy\n                integrationSubtype: SQS-SendMessage\n                payloadFormatVersion: «"2.0"»\n                credentials: arn:aws:iam::123456789012:role/r\n                requestParameters:\n                  QueueUrl: q\n                  MessageBody: $request.body`), 'payload-format-version');
    expectCode(httpApi(`                type: aws_proxy\n                httpMethod: POST\n                uri: ${LAMBDA}\n                payloadFormatVersion: «"3"»`), 'payload-format-version');
  });
  it('accepts 2.0 written as a YAML number', () => {
    expectNoCode(httpApi(`                type: aws_proxy\n                httpMethod: POST\n                uri: ${LAMBDA}\n                payloadFormatVersion: 2.0`), 'payload-format-version');
  });
  it('notes a Lambda integration without a payload format version', () => {
    expectCode(httpApi(`                type: aws_proxy\n                httpMethod: POST\n                uri: ${LAMBDA}`).replace('              x-amazon-apigateway-integration:', '              «x-amazon-apigateway-integration»:'), 'missing-payload-format-version');
  });
  it('checks the subtype name, its required and unknown parameters', () => {
    const [d] = expectCode(httpApi(`                type: aws_proxy\n                integrationSubtype: «SQS-SendMesage»\n                payloadFormatVersion: "1.0"\n                credentials: arn:aws:iam::123456789012:role/r`), 'integration-subtype');
    assert.match(d.message, /Did you mean `SQS-SendMessage`/);
    expectCode(httpApi(`                type: aws_proxy\n                integrationSubtype: SQS-SendMessage\n                payloadFormatVersion: "1.0"\n                credentials: arn:aws:iam::123456789012:role/r\n                «requestParameters»:\n                  QueueUrl: q\n                  «Body»: x`), 'integration-subtype');
  });
  it('rejects a subtype on a REST API', () => {
    expectCode(`Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /x:
            post:
              x-amazon-apigateway-integration:
                type: aws_proxy
                «integrationSubtype»: SQS-SendMessage
`, 'integration-subtype');
  });
});

describe('integration responses', () => {
  const mock = (responses: string, declared = '"200":\n          description: ok') => `openapi: 3.0.1
paths:
  /x:
    get:
      responses:
        ${declared}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
${responses}`;

  it('reports invalid Java regular expressions as selection patterns', () => {
    expectCode(mock('          «"*error"»:\n            statusCode: "200"'), 'invalid-selection-pattern');
    expectNoCode(mock('          "2\\\\d{2}":\n            statusCode: "200"\n          ".*[Ee]rror.*":\n            statusCode: "200"\n          default:\n            statusCode: "200"'), 'invalid-selection-pattern');
  });
  it('reports a status with header mappings that the method does not declare', () => {
    expectCode(mock(`          default:\n            statusCode: «"500"»\n            responseParameters:\n              method.response.header.X: "'y'"`), 'undeclared-status-code');
    expectCode(mock(`          default:\n            statusCode: «"500"»`), 'status-code-without-method-response');
    expectNoCode(mock(`          default:\n            statusCode: "200"\n            responseParameters:\n              method.response.header.X: "'y'"`), 'undeclared-status-code');
  });
  it('reports a missing or malformed statusCode', () => {
    expectCode(mock(`          «default»:\n            responseTemplates: {}`), 'invalid-integration-response');
    expectCode(mock(`          default:\n            statusCode: «"2xx"»`), 'invalid-integration-response');
  });
  it('reads CloudFormation IntegrationResponses with SelectionPattern', () => {
    expectCode(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      MethodResponses:
        - StatusCode: "200"
      Integration:
        Type: MOCK
        RequestTemplates:
          application/json: '{"statusCode": 200}'
        IntegrationResponses:
          - StatusCode: "200"
          - StatusCode: "400"
            SelectionPattern: «"4\\\\d{2"»
`, 'invalid-selection-pattern');
  });
});

describe('parameter mappings', () => {
  it('reports malformed REST request mappings', () => {
    expectCode(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://e.com\n        requestParameters:\n          «integration.request.body.x»: method.request.path.petId\n          integration.request.header.a: «method.request.cookie.x»`), 'invalid-parameter-mapping');
  });
  it('offers quoting for a static response header value', () => {
    const text = openapi(`        type: mock\n        requestTemplates:\n          application/json: '{"statusCode": 200}'\n        responses:\n          default:\n            statusCode: "200"\n            responseParameters:\n              method.response.header.Access-Control-Allow-Origin: «"*"»`);
    expectCode(text, 'invalid-parameter-mapping');
    assert.match(applyFix(text.replace(/[«»]/g, ''), 'invalid-parameter-mapping'), /Access-Control-Allow-Origin: "'\*'"/);
  });
  it('reports a path parameter the route does not have, with a fix', () => {
    const text = openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://e.com/{id}\n        requestParameters:\n          integration.request.path.id: «method.request.path.id»`);
    expectCode(text, 'unknown-path-parameter');
    assert.match(applyFix(text.replace(/[«»]/g, ''), 'unknown-path-parameter'), /integration\.request\.path\.id: method\.request\.path\.petId/);
  });
  it('checks HTTP API mapping keys', () => {
    expectCode(httpApi(`                type: http_proxy\n                httpMethod: GET\n                uri: https://e.com\n                payloadFormatVersion: "1.0"\n                requestParameters:\n                  «integration.request.header.x»: $request.header.y\n                  append:header.z: «$requst.header.y»`), 'invalid-parameter-mapping');
    expectNoCode(httpApi(`                type: http_proxy\n                httpMethod: GET\n                uri: https://e.com\n                payloadFormatVersion: "1.0"\n                requestParameters:\n                  overwrite:path: $request.path.proxy\n                  append:header.x: $context.requestId`), 'invalid-parameter-mapping');
  });
  it('checks cache keys against request parameters', () => {
    expectCode(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://e.com/{petId}\n        requestParameters:\n          integration.request.path.petId: method.request.path.petId\n        cacheKeyParameters:\n          - method.request.path.petId\n          - «method.request.querystring.page»`), 'cache-key-not-mapped');
  });
});

describe('hints', () => {
  it('suggests Lambda proxy for a Lambda custom integration without templates', () => {
    expectCode(openapi(`        type: «aws»\n        httpMethod: POST\n        uri: ${LAMBDA}`), 'lambda-custom-without-templates');
    expectNoCode(openapi(`        type: aws\n        httpMethod: POST\n        uri: ${LAMBDA}\n        requestTemplates:\n          application/json: '{"id": "$input.params(''petId'')"}'`), 'lambda-custom-without-templates');
  });
  it('warns that a MOCK without a request template answers 500', () => {
    expectCode(openapi(`        type: «mock»`), 'mock-without-request-template');
  });
});

describe('unresolved-integration-ref', () => {
  it('reports a $ref to an undefined component integration and accepts a defined one', () => {
    const text = (name: string) => `openapi: 3.0.1
paths:
  /x:
    get:
      x-amazon-apigateway-integration:
        $ref: ${name}
components:
  x-amazon-apigateway-integrations:
    backend:
      type: http_proxy
      httpMethod: GET
      uri: https://e.com
`;
    expectCode(text('«"#/components/x-amazon-apigateway-integrations/backnd"»'), 'unresolved-integration-ref');
    expectNoCode(text('"#/components/x-amazon-apigateway-integrations/backend"'), 'unresolved-integration-ref');
  });
});

describe('syntax-error', () => {
  it('reports broken JSON at the offending token', () => {
    expectCode('{"openapi": "3.0.1", "x-amazon-apigateway-cors": {} }«}»', 'syntax-error', 'json');
  });
  it('points an unclosed YAML flow sequence at a visible character', () => {
    expectCode('openapi: 3.0.1\nx-amazon-apigateway-cors: {}\npaths:\n  /x:\n    get: [1, 2\n    «x»\n', 'syntax-error');
  });
  it('keeps the tree after CloudFormation-style under-indented flow collections', () => {
    expectNoCode('Resources:\n  M:\n    Type: AWS::ApiGateway::Method\n    Properties:\n      Schema: {"a": 1,\n      "b": 2}\n      Integration:\n        Type: MOCK\n        RequestTemplates: {application/json: \'{"statusCode": 200}\'}\n', 'syntax-error');
  });
});
