import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFix, expectCode, expectNoCode, openapi } from '../../helpers/fixtures';

const LAMBDA_URI = 'arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f/invocations';

describe('invalid-type', () => {
  it('reports an unknown type with "did you mean" for the usual mistakes', () => {
    const [d] = expectCode(openapi(`        type: «lambda_proxy»\n        httpMethod: POST\n        uri: ${LAMBDA_URI}`), 'invalid-type');
    assert.match(d.message, /Did you mean `aws_proxy`/);
  });

  it('suggests both proxies for "proxy"', () => {
    const [d] = expectCode(openapi(`        type: «proxy»\n        httpMethod: POST\n        uri: ${LAMBDA_URI}`), 'invalid-type');
    assert.match(d.message, /`aws_proxy` or `http_proxy`/);
  });

  it('accepts any case in OpenAPI', () => {
    expectNoCode(openapi(`        type: Aws_Proxy\n        httpMethod: POST\n        uri: ${LAMBDA_URI}`), 'invalid-type');
  });

  it('needs upper case in CloudFormation, with a fix', () => {
    const text = `Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
        Type: «aws_proxy»
        IntegrationHttpMethod: POST
        Uri: ${LAMBDA_URI}
`;
    expectCode(text, 'invalid-type');
    assert.match(applyFix(text.replace(/[«»]/g, ''), 'invalid-type'), /Type: AWS_PROXY/);
  });

  it('rejects AWS, HTTP and MOCK on HTTP APIs', () => {
    expectCode(
      `Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /x:
            get:
              x-amazon-apigateway-integration:
                type: «mock»
`,
      'invalid-type',
    );
  });

  it('stays silent on a type computed at deploy time', () => {
    expectNoCode(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      Integration:
        Type: !If [IsProd, AWS_PROXY, MOCK]
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${F.Arn}/invocations
`, 'invalid-type');
  });

  it('fixes the spelling in place', () => {
    const fixed = applyFix(openapi(`        type: lambda_proxy\n        httpMethod: POST\n        uri: ${LAMBDA_URI}`), 'invalid-type');
    assert.match(fixed, /type: aws_proxy\n/);
  });
});

describe('missing-type', () => {
  it('reports an integration without a type at its key', () => {
    expectCode(
      `openapi: 3.0.1
paths:
  /x:
    get:
      «x-amazon-apigateway-integration»:
        httpMethod: POST
        uri: ${LAMBDA_URI}
`,
      'missing-type',
    );
  });
  it('is silent when the type is there', () => {
    expectNoCode(openapi(`        type: mock\n        requestTemplates:\n          application/json: '{"statusCode": 200}'`), 'missing-type');
  });
});

describe('missing-uri / missing-http-method', () => {
  it('reports both on an AWS_PROXY with neither, with fixes that insert them', () => {
    const text = `openapi: 3.0.1
paths:
  /x:
    get:
      «x-amazon-apigateway-integration»:
        type: aws_proxy
`;
    expectCode(text, 'missing-uri');
    expectCode(text, 'missing-http-method');
    const withMethod = applyFix(text.replace(/[«»]/g, ''), 'missing-http-method');
    assert.match(withMethod, /type: aws_proxy\n {8}httpMethod: POST/);
  });

  it('does not need uri or httpMethod for MOCK', () => {
    const text = openapi(`        type: mock\n        requestTemplates:\n          application/json: '{"statusCode": 200}'`);
    expectNoCode(text, 'missing-uri');
    expectNoCode(text, 'missing-http-method');
  });

  it('does not need uri with an integrationSubtype (HTTP API)', () => {
    expectNoCode(`Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /x:
            post:
              x-amazon-apigateway-integration:
                type: aws_proxy
                integrationSubtype: SQS-SendMessage
                payloadFormatVersion: "1.0"
                credentials: arn:aws:iam::123456789012:role/r
                requestParameters:
                  QueueUrl: q
                  MessageBody: $request.body
`, 'missing-uri');
  });

  it('uses the CloudFormation spelling', () => {
    const [d] = expectCode(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      «Integration»:
        Type: HTTP_PROXY
        Uri: https://example.com
`, 'missing-http-method');
    assert.match(d.message, /IntegrationHttpMethod/);
  });
});

describe('lambda-http-method', () => {
  it('reports GET for a Lambda proxy with a POST fix', () => {
    const text = openapi(`        type: aws_proxy\n        httpMethod: «GET»\n        uri: ${LAMBDA_URI}`);
    expectCode(text, 'lambda-http-method');
    assert.match(applyFix(text.replace(/[«»]/g, ''), 'lambda-http-method'), /httpMethod: POST/);
  });
  it('is silent for POST and for HTTP backends', () => {
    expectNoCode(openapi(`        type: aws_proxy\n        httpMethod: post\n        uri: ${LAMBDA_URI}`), 'lambda-http-method');
    expectNoCode(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://example.com/`), 'lambda-http-method');
  });
});

describe('missing-connection-id', () => {
  it('reports VPC_LINK without connectionId', () => {
    expectCode(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: http://nlb.example.com/\n        «connectionType»: VPC_LINK`), 'missing-connection-id');
  });
  it('is silent with a connectionId', () => {
    expectNoCode(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: http://nlb.example.com/\n        connectionType: VPC_LINK\n        connectionId: \${stageVariables.vpcLinkId}`), 'missing-connection-id');
  });
});
