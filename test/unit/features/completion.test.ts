import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { accept, complete, item, replaced } from './helpers';

/** An OpenAPI 3 REST document with GET /pets/{petId} (path param, query `limit`, header `X-Trace`, 200 and 404). */
function petsApi(integration: string, options: { swagger?: boolean } = {}): string {
  return `${options.swagger ? 'swagger: "2.0"' : 'openapi: 3.0.1'}
info: {title: t, version: "1"}
x-amazon-apigateway-binary-media-types: [image/png]
paths:
  /pets/{petId}:
    get:
      parameters:
        - {name: petId, in: path, required: true, schema: {type: string}}
        - {name: limit, in: query, schema: {type: integer}}
        - {name: X-Trace, in: header, schema: {type: string}}
      responses:
        "200":
          description: ok
        "404":
          description: missing
${integration}`;
}

const SAM = (integration: string) => `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        info: {title: t, version: "1"}
        paths:
          /pets:
            get:
              responses:
                "200":
                  description: ok
${integration}
  ListPetsFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      InlineCode: "exports.handler = async () => ({statusCode: 200, body: '[]'})"
  OrdersQueue:
    Type: AWS::SQS::Queue
`;

/** An OpenAPI 3 JSON file with GET /p whose integration holds `body` (indented 10). */
function jsonIntegration(body: string): string {
  return `{
  "openapi": "3.0.1",
  "paths": {
    "/p": {
      "get": {
        "x-amazon-apigateway-integration": {
          ${body}
        }
      }
    }
  }
}`;
}

describe('completion: integration keys', () => {
  it('offers the keys the object does not have yet, in the OpenAPI dialect, on a half-typed line', () => {
    const result = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n        ur|`));
    assert.ok(result.labels.includes('uri'));
    assert.ok(!result.labels.includes('type'), 'type is present already');
    assert.ok(!result.labels.includes('Uri'), 'no CloudFormation spelling in OpenAPI');
    assert.ok(!result.labels.includes('requestTemplates'), 'ignored by AWS_PROXY: not offered');
    assert.equal(replaced(result, 'uri'), 'ur');
    const doc = item(result, 'uri').documentation as { value: string };
    assert.match(doc.value, /invocation ARN/);
    assert.match(doc.value, /docs\.aws\.amazon\.com/);
  });

  it('reads the right object when the half-typed key sits above another key', () => {
    const result = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: http\n        ur|\n        httpMethod: GET`));
    assert.ok(result.labels.includes('uri'));
    assert.ok(result.labels.includes('requestTemplates'));
    assert.ok(!result.labels.includes('httpMethod'), 'httpMethod is on the next line');
  });

  it('works on an empty line inside the block', () => {
    const result = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: mock\n        |\n        passthroughBehavior: when_no_match`));
    assert.ok(result.labels.includes('requestTemplates'));
    assert.ok(!result.labels.includes('passthroughBehavior'));
    assert.ok(!result.labels.includes('uri') || true);
  });

  it('writes a choice of enum values with the key', () => {
    const result = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: http\n        uri: https://e.com\n        httpMethod: GET\n        pass|`));
    assert.match(accept(result, 'passthroughBehavior'), /\n {8}passthroughBehavior: when_no_match$/);
  });

  it('uses PascalCase in an AWS::ApiGateway::Method Integration', () => {
    const result = complete(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
        Type: AWS_PROXY
        |`);
    assert.ok(result.labels.includes('Uri'));
    assert.ok(result.labels.includes('IntegrationHttpMethod'));
    assert.ok(!result.labels.includes('uri'));
    assert.ok(!result.labels.includes('payloadFormatVersion'));
  });

  it('uses AWS::ApiGatewayV2::Integration property names', () => {
    const result = complete(`Resources:
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties: {Name: a, ProtocolType: HTTP}
  I:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref HttpApi
      IntegrationType: AWS_PROXY
      |`);
    assert.ok(result.labels.includes('IntegrationUri'));
    assert.ok(result.labels.includes('PayloadFormatVersion'));
    assert.ok(!result.labels.includes('RequestTemplates'), 'HTTP APIs have no mapping templates');
  });

  it('works in JSON inside a key string and between properties, with commas', () => {
    const json = jsonIntegration('"type": "HTTP_PROXY",\n          "ur|"');
    const result = complete(json, 'json');
    assert.ok(result.labels.includes('uri'));
    assert.equal(replaced(result, 'uri'), '"ur"');
    assert.match(accept(result, 'uri'), /"type": "HTTP_PROXY",\n {10}"uri": \n/);
    const between = complete(json.replace('"ur|"', '|\n          "httpMethod": "GET"'), 'json');
    assert.match(accept(between, 'connectionType'), /"connectionType": "INTERNET",\n/);
    const noComma = complete(json.replace('"HTTP_PROXY",\n          "ur|"', '"HTTP_PROXY"\n          |'), 'json');
    assert.match(accept(noComma, 'httpMethod'), /"type": "HTTP_PROXY",\n {10}"httpMethod": "GET"\n/);
  });

  it('keeps the range of a YAML double-quoted value on its line when it ends with an escaped line break (fuzz seed 71 document 14342)', () => {
    const result = complete(petsApi('      x-amazon-apigateway-integration:\n        type: aws_proxy\n        uri: "arn:aws:|\\\n          lambda"'));
    assert.ok(result.list.items.length > 0, 'uri values are offered');
    for (const entry of result.list.items) {
      const range = entry.textEdit && 'range' in entry.textEdit ? entry.textEdit.range : undefined;
      assert.ok(!range || range.start.line === range.end.line, `${entry.label}: ${JSON.stringify(range)}`);
    }
  });

  it('offers nothing inside a damaged JSON string that runs over a line break (its range would span lines; fuzz seed 61 document 1744)', () => {
    const json = jsonIntegration('"type": "HTTP_PROXY",\\"\\"|\\"\\\n          "uri": "https://example.com"');
    const result = complete(json, 'json');
    for (const entry of result.list.items) {
      const range = entry.textEdit && 'range' in entry.textEdit ? entry.textEdit.range : undefined;
      assert.ok(!range || range.start.line === range.end.line, `${entry.label}: ${JSON.stringify(range)}`);
    }
  });
});

describe('completion: values', () => {
  it('completes a half-typed type value (OpenAPI lower case kept)', () => {
    const result = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: aws_pr|`));
    assert.ok(result.labels.includes('aws_proxy'));
    assert.equal(replaced(result, 'aws_proxy'), 'aws_pr');
    assert.match((item(result, 'aws_proxy').documentation as { value: string }).value, /502/);
  });

  it('offers only HTTP API types on an HTTP API', () => {
    const result = complete(`Resources:
  Api:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /p:
            get:
              x-amazon-apigateway-integration:
                type: |`);
    assert.deepEqual(result.labels.sort(), ['AWS_PROXY', 'HTTP_PROXY']);
  });

  it('offers the template\'s Lambda functions as invocation ARNs (!Sub in SAM YAML)', () => {
    const result = complete(SAM(`              x-amazon-apigateway-integration:\n                type: aws_proxy\n                httpMethod: POST\n                uri: |`));
    const text = accept(result, 'ListPetsFunction');
    assert.match(text, /uri: !Sub arn:aws:apigateway:\$\{AWS::Region\}:lambda:path\/2015-03-31\/functions\/\$\{ListPetsFunction\.Arn\}\/invocations\n/);
  });

  it('offers a placeholder invocation ARN in plain OpenAPI', () => {
    const result = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n        uri: |`));
    const text = accept(result, 'Lambda invocation ARN');
    assert.match(text, /uri: arn:aws:apigateway:us-east-1:lambda:path\/2015-03-31\/functions\/arn:aws:lambda:us-east-1:123456789012:function:FUNCTION_NAME\/invocations/);
  });

  it('writes Fn::Sub objects in a JSON template', () => {
    const json = JSON.stringify({
      AWSTemplateFormatVersion: '2010-09-09',
      Resources: {
        Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
        M: { Type: 'AWS::ApiGateway::Method', Properties: { HttpMethod: 'GET', Integration: { Type: 'AWS_PROXY', IntegrationHttpMethod: 'POST', Uri: 'CARET' } } },
      },
    }, null, 2).replace('"CARET"', '|');
    const result = complete(json, 'json');
    assert.match(accept(result, 'Fn'), /"Uri": \{ "Fn::Sub": "arn:aws:apigateway:\$\{AWS::Region\}:lambda:path\/2015-03-31\/functions\/\$\{Fn\.Arn\}\/invocations" \}/);
  });

  it('offers AWS service actions for an AWS integration', () => {
    const result = complete(SAM(`              x-amazon-apigateway-integration:\n                type: aws\n                httpMethod: POST\n                uri: |`));
    for (const label of ['DynamoDB PutItem', 'DynamoDB Query', 'SQS SendMessage', 'SNS Publish', 'Kinesis PutRecord', 'Step Functions StartSyncExecution', 'EventBridge PutEvents', 'S3 GetObject (object path)']) {
      assert.ok(result.labels.includes(label), label);
    }
    assert.match(accept(result, 'SQS SendMessage'), /uri: !Sub arn:aws:apigateway:\$\{AWS::Region\}:sqs:path\/\$\{AWS::AccountId\}\/\$\{OrdersQueue\.QueueName\}\n/);
  });

  it('keeps quotes when completing inside a quoted value', () => {
    const result = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: "aws_|"`));
    assert.match(accept(result, 'aws_proxy'), /type: "aws_proxy"/);
  });

  it('completes requestParameters keys and values from the route', () => {
    const keys = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: http\n        httpMethod: GET\n        uri: https://e.com/items/{id}\n        requestParameters:\n          |`));
    assert.ok(keys.labels.includes('integration.request.path.id'));
    assert.ok(keys.labels.includes('integration.request.path.petId'));
    assert.ok(keys.labels.includes('integration.request.querystring.limit'));
    assert.ok(keys.labels.includes('integration.request.header.X-Trace'));
    assert.match(accept(keys, 'integration.request.querystring.limit'), /\n {10}integration\.request\.querystring\.limit: method\.request\.querystring\.limit/);
    const values = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: http\n        httpMethod: GET\n        uri: https://e.com/items/{petId}\n        requestParameters:\n          integration.request.path.petId: |`));
    assert.equal(values.labels[0], 'method.request.path.petId');
    assert.ok(values.labels.includes("'static value'"));
  });

  it('completes template content types, and nothing inside a template', () => {
    const keys = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n          |`));
    assert.match(accept(keys, 'application/json'), /application\/json: '\{"statusCode": 200\}'/);
    const inside = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: mock\n        requestTemplates:\n          application/json: '{"statusCode": |200}'`));
    assert.deepEqual(inside.labels, []);
  });

  it('completes responses entries with the declared status codes', () => {
    const result = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: http\n        httpMethod: GET\n        uri: https://e.com\n        responses:\n          |`));
    assert.ok(result.labels.includes('default'));
    assert.ok(result.labels.includes('404'));
    assert.ok(!result.labels.includes('200'), 'default already maps success');
    assert.match(accept(result, '404'), /\n {10}"404":\n {12}statusCode: "404"/);
    const status = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: http\n        httpMethod: GET\n        uri: https://e.com\n        responses:\n          default:\n            statusCode: |`));
    assert.deepEqual(status.labels, ['200', '404']);
  });

  it('offers the shared integrations of components for $ref', () => {
    const shared = petsApi(`      x-amazon-apigateway-integration:\n        |\n`) + `components:\n  x-amazon-apigateway-integrations:\n    backend:\n      type: http_proxy\n      httpMethod: GET\n      uri: https://e.com\n`;
    const keys = complete(shared);
    assert.match(accept(keys, '$ref'), /\n {8}\$ref: "#\/components\/x-amazon-apigateway-integrations\/backend"\n/);
    const values = complete(shared.replace('        |', "        $ref: '#/comp|'"));
    assert.deepEqual(values.labels, ['#/components/x-amazon-apigateway-integrations/backend']);
    assert.match(accept(values, '#/components/x-amazon-apigateway-integrations/backend'), /\$ref: '#\/components\/x-amazon-apigateway-integrations\/backend'\n/);
  });

  it('does not complete in unrelated YAML', () => {
    assert.deepEqual(complete(`name: ci\non: [push]\njobs:\n  build:\n    ty|`).labels, []);
  });
});

describe('completion: skeletons', () => {
  it('offers integration skeletons under an operation, not elsewhere', () => {
    const result = complete(petsApi(`      x-am|`));
    for (const label of ['Lambda proxy integration', 'Lambda custom integration', 'HTTP integration', 'HTTP proxy integration', 'Mock integration', 'Private integration (VPC link)', 'SQS SendMessage integration', 'DynamoDB PutItem integration', 'Step Functions StartExecution integration', 'EventBridge PutEvents integration']) {
      assert.ok(result.labels.includes(label), label);
    }
    const root = complete(petsApi(`      x-amazon-apigateway-integration:\n        type: mock\n`).replace('info:', '|info:'));
    assert.deepEqual(root.labels, []);
  });

  it('inserts a skeleton with the file\'s indentation', () => {
    const result = complete(petsApi(`      x-am|`));
    const text = accept(result, 'HTTP proxy integration');
    assert.match(text, /\n {6}x-amazon-apigateway-integration:\n {8}type: HTTP_PROXY\n {8}httpMethod: GET\n {8}uri: https:\/\/example\.com\/pets\/\{petId\}\n {8}requestParameters:\n {10}integration\.request\.path\.petId: method\.request\.path\.petId/);
  });
});
