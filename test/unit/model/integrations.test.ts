import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { load } from '../../helpers/fixtures';

function model(text: string, languageId: 'yaml' | 'json' = 'yaml') {
  const { parsed } = load(text, languageId);
  return { text, model: parsed.model };
}

function keyText(text: string, node: { offset: number; length: number }): string {
  return text.slice(node.offset, node.offset + node.length);
}

describe('finding integrations', () => {
  it('OpenAPI 3 YAML operations, any-method, and component $refs', () => {
    const { text, model: m } = model(`openapi: 3.0.1
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: mock
    x-amazon-apigateway-any-method:
      x-amazon-apigateway-integration:
        $ref: '#/components/x-amazon-apigateway-integrations/shared'
components:
  x-amazon-apigateway-integrations:
    shared:
      type: http_proxy
`);
    assert.equal(m.kind, 'openapi');
    const ids = m.integrations.map((i) => `${i.location}:${i.method ?? ''} ${i.path ?? ''}`);
    assert.deepEqual(ids.sort(), ['openapi-component: ', 'openapi-operation:ANY /pets', 'openapi-operation:GET /pets']);
    const ref = m.integrations.find((i) => i.method === 'ANY')!;
    assert.equal(ref.ref?.target?.keyNode.value, 'shared');
    assert.equal(keyText(text, m.integrations.find((i) => i.method === 'GET')!.keyNode), 'x-amazon-apigateway-integration');
  });

  it('Swagger 2.0 JSON', () => {
    const { text, model: m } = model('{"swagger": "2.0", "paths": {"/a/{id}": {"post": {"parameters": [{"in": "query", "name": "q"}], "x-amazon-apigateway-integration": {"type": "aws"}}}}}', 'json');
    assert.equal(m.apis[0].version, '2.0');
    const [integration] = m.integrations;
    assert.equal(integration.method, 'POST');
    assert.deepEqual(integration.operation?.parameters.path, ['id']);
    assert.deepEqual(integration.operation?.parameters.querystring, ['q']);
    assert.equal(keyText(text, integration.node!), '{"type": "aws"}');
  });

  it('SAM DefinitionBody (REST and HTTP), RestApi Body, V2 Api Body', () => {
    const { model: m } = model(`Transform: AWS::Serverless-2016-10-31
Resources:
  Rest:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths: {/a: {get: {x-amazon-apigateway-integration: {type: mock}}}}
  Http:
    Type: AWS::Serverless::HttpApi
    Properties:
      DefinitionBody:
        openapi: 3.0.1
        paths: {/b: {get: {x-amazon-apigateway-integration: {type: aws_proxy}}}}
  Classic:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        swagger: "2.0"
        paths: {/c: {get: {x-amazon-apigateway-integration: {type: http}}}}
  V2:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Body:
        openapi: 3.0.1
        paths: {/d: {get: {x-amazon-apigateway-integration: {type: http_proxy}}}}
`);
    const byPath = Object.fromEntries(m.integrations.map((i) => [i.path, `${i.resource?.logicalId}:${i.protocol}`]));
    assert.deepEqual(byPath, { '/a': 'Rest:rest', '/b': 'Http:http', '/c': 'Classic:rest', '/d': 'V2:http' });
  });

  it('AWS::ApiGateway::Method with its resource path, declared codes and parameters', () => {
    const { model: m } = model(`Resources:
  Api: {Type: AWS::ApiGateway::RestApi}
  Items:
    Type: AWS::ApiGateway::Resource
    Properties: {ParentId: !GetAtt Api.RootResourceId, PathPart: items}
  Item:
    Type: AWS::ApiGateway::Resource
    Properties: {ParentId: !Ref Items, PathPart: "{id}"}
  GetItem:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: get
      ResourceId: !Ref Item
      RequestParameters: {method.request.querystring.q: false}
      MethodResponses: [{StatusCode: 200}]
      Integration: {Type: MOCK}
`);
    const [integration] = m.integrations;
    assert.equal(integration.location, 'cfn-method');
    assert.equal(integration.dialect, 'cfn-method');
    assert.equal(`${integration.method} ${integration.path}`, 'GET /items/{id}');
    assert.deepEqual(integration.operation?.responseCodes, ['200']);
    assert.deepEqual(integration.operation?.parameters.path, ['id']);
    assert.deepEqual(integration.operation?.parameters.querystring, ['q']);
  });

  it('AWS::ApiGatewayV2::Integration with its route and protocol', () => {
    const { model: m } = model(`Resources:
  Ws: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: WEBSOCKET}}
  Int:
    Type: AWS::ApiGatewayV2::Integration
    Properties: {ApiId: !Ref Ws, IntegrationType: AWS}
  Route:
    Type: AWS::ApiGatewayV2::Route
    Properties: {ApiId: !Ref Ws, RouteKey: sendmessage, Target: !Join [/, [integrations, !Ref Int]]}
`);
    const [integration] = m.integrations;
    assert.equal(integration.location, 'cfn-v2');
    assert.equal(integration.protocol, 'websocket');
    assert.equal(integration.path, 'sendmessage');
  });

  it('SAM function Api/HttpApi events as read-only AWS_PROXY integrations', () => {
    const { model: m } = model(`Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: {Type: Api, Properties: {Path: /x, Method: get}}
        Any: {Type: HttpApi}
        Queue: {Type: SQS}
`);
    assert.deepEqual(
      m.integrations.map((i) => [i.location, i.method, i.path, i.protocol, i.readOnly, i.implicit?.type]),
      [
        ['sam-event', 'GET', '/x', 'rest', true, 'AWS_PROXY'],
        ['sam-event', undefined, '$default', 'http', true, 'AWS_PROXY'],
      ],
    );
  });

  it('AWS::Include definitions and the API-level neighbours', () => {
    const { model: m } = model(`Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      DefinitionBody:
        Fn::Transform:
          Name: AWS::Include
          Parameters: {Location: ./api.yaml}
  Other:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: 3.0.1
        x-amazon-apigateway-binary-media-types: [image/png]
        x-amazon-apigateway-request-validators: {all: {validateRequestBody: true}}
        x-amazon-apigateway-gateway-responses: {DEFAULT_4XX: {}}
        components:
          securitySchemes:
            auth: {type: apiKey, x-amazon-apigateway-authorizer: {type: token}}
        paths: {}
`);
    assert.equal(m.includes[0].location, './api.yaml');
    const api = m.apis[0];
    assert.deepEqual(api.binaryMediaTypes, ['image/png']);
    assert.deepEqual([...api.requestValidators.keys()], ['all']);
    assert.ok(api.gatewayResponses);
    assert.deepEqual([...api.authorizers.keys()], ['auth']);
  });

  it('serves nothing for files without API Gateway content', () => {
    const { parsed } = load('services:\n  web:\n    image: nginx\n');
    assert.equal(parsed.isApiGateway, false);
    assert.equal(parsed.model.integrations.length, 0);
  });
});
