// Sample requests: reading them strictly but forgivingly, matching them to routes, and creating one for an
// operation from what it declares (path parameters, query parameters, headers, a body example from its schema).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseSampleRequest } from '../../../server/src/service/features/renderRequests/sampleRequest';
import { integrationsForRoute } from '../../../server/src/service/features/renderRequests/routeIntegrations';
import { matchResourcePath, sampleMatchesRoute } from '../../../shared/routes';
import { REPO_ROOT } from '../../helpers/corpus';
import { load } from '../../helpers/fixtures';

describe('reading sample requests', () => {
  it('keeps what is right, coerces scalars in string maps, and lists every problem', () => {
    const file = parseSampleRequest(
      JSON.stringify({
        httpMethod: 'post',
        path: '/a',
        headers: { 'Content-Length': 12, Ok: 'yes', Bad: ['x'] },
        multiValueQueryStringParameters: { tag: ['a', 'b'], bad: [1] },
        body: { x: 1 },
        isBase64Encoded: 'no',
        context: 'prod',
        extra: true,
        backend: { statusCode: '404', body: 'gone', errorMessage: 3, other: 1 },
      }),
    );
    assert.deepEqual(file.request, {
      httpMethod: 'POST',
      path: '/a',
      headers: { 'Content-Length': '12', Ok: 'yes' },
      multiValueQueryStringParameters: { tag: ['a', 'b'] },
      body: { x: 1 },
    });
    assert.deepEqual(file.backend, { statusCode: 404, body: 'gone' });
    assert.deepEqual(file.problems, [
      "unknown field 'extra' ignored",
      "'headers.Bad' must be a string",
      "'multiValueQueryStringParameters.bad' must be a list of strings",
      "'isBase64Encoded' must be true or false",
      "'context' must be an object of $context values",
      "unknown field 'backend.other' ignored",
      "'backend.errorMessage' must be a string",
    ]);
  });

  it('refuses what cannot be a request: not JSON, not an object, too large', () => {
    assert.throws(() => parseSampleRequest('[1]'), /a sample request is a JSON object/);
    assert.throws(() => parseSampleRequest('{"a":'), /the sample request is not valid JSON/);
    assert.throws(() => parseSampleRequest(' '.repeat(1024 * 1024 + 1)), /requests up to 1024 KB are rendered/);
  });

  it('every example request in examples/.apigw/requests reads without problems', () => {
    const dir = path.join(REPO_ROOT, 'examples', '.apigw', 'requests');
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json'));
    assert.ok(files.length >= 3);
    for (const f of files) assert.deepEqual(parseSampleRequest(fs.readFileSync(path.join(dir, f), 'utf8')).problems, [], f);
  });
});

describe('routes', () => {
  it('resource paths match concrete paths, greedy parameters take the rest', () => {
    assert.deepEqual(matchResourcePath('/pets/{petId}', '/pets/42'), { petId: '42' });
    assert.deepEqual(matchResourcePath('/pets/{petId}', '/pets/{petId}'), {});
    assert.deepEqual(matchResourcePath('/files/{proxy+}', '/files/a/b%20c.txt'), { proxy: 'a/b c.txt' });
    assert.equal(matchResourcePath('/pets/{petId}', '/pets/42/photos'), undefined);
    assert.equal(matchResourcePath('/v1.0/x', '/v1a0/x'), undefined, 'dots are literal');
  });

  it('a sample matches an operation by method (or ANY) and resource path or path', () => {
    const route = { method: 'GET', path: '/pets/{petId}' };
    assert.ok(sampleMatchesRoute({ httpMethod: 'get', path: '/pets/1' }, route));
    assert.ok(sampleMatchesRoute({ resourcePath: '/pets/{petId}' }, route));
    assert.ok(!sampleMatchesRoute({ httpMethod: 'POST', path: '/pets/1' }, route));
    assert.ok(!sampleMatchesRoute({ resourcePath: '/pets', path: '/pets/1' }, route), 'resourcePath decides when given');
    assert.ok(sampleMatchesRoute({ httpMethod: 'DELETE', path: '/pets/1' }, { method: 'ANY', path: '/pets/{petId}' }));
  });

  it('finds the integration for METHOD PATH: exact paths first, ANY and greedy paths last', () => {
    const { parsed } = load(`openapi: 3.0.1
paths:
  /pets/mine: {get: {x-amazon-apigateway-integration: {type: mock}}}
  /pets/{petId}: {get: {x-amazon-apigateway-integration: {type: mock}}, x-amazon-apigateway-any-method: {x-amazon-apigateway-integration: {type: mock}}}
  /{proxy+}: {x-amazon-apigateway-any-method: {x-amazon-apigateway-integration: {type: http_proxy}}}
`);
    const ids = (method: string, p: string) => integrationsForRoute(parsed, method, p).map((m) => `${m.integration.id} ${JSON.stringify(m.pathParameters)}`);
    assert.deepEqual(ids('GET', '/pets/mine'), ['GET /pets/mine {}', 'GET /pets/{petId} {"petId":"mine"}', 'ANY /pets/{petId} {"petId":"mine"}', 'ANY /{proxy+} {"proxy":"pets/mine"}']);
    assert.deepEqual(ids('POST', '/pets/{petId}'), ['ANY /pets/{petId} {}', 'ANY /{proxy+} {"proxy":"pets/{petId}"}']);
    assert.deepEqual(ids('GET', '/nowhere/else'), ['ANY /{proxy+} {"proxy":"nowhere/else"}']);
  });
});

describe('creating a sample request for an operation', () => {
  it('OpenAPI 3: path and query parameters with their examples, a body from the $ref schema, a backend from the 200 response', () => {
    const { service, document, parsed } = load(`openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /stores/{storeId}/pets:
    parameters:
      - {name: storeId, in: path, required: true, schema: {type: integer, example: 7}}
    post:
      parameters:
        - {name: dryRun, in: query, schema: {type: boolean}}
        - {name: limit, in: query, schema: {type: integer, default: 20}}
        - {name: X-Tenant, in: header, schema: {type: string, enum: [acme, other]}}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/NewPet'}
      responses:
        "201":
          description: created
          content:
            application/json:
              example: {id: 1, name: Rex}
      x-amazon-apigateway-integration:
        type: http
        httpMethod: POST
        uri: https://example.com/
components:
  schemas:
    NewPet:
      type: object
      properties:
        name: {type: string}
        born: {type: string, format: date}
        tags: {type: array, items: {type: string, enum: [good, small]}}
        owner: {allOf: [{$ref: '#/components/schemas/Person'}, {properties: {vip: {type: boolean}}}]}
    Person:
      properties:
        email: {type: string, format: email}
`);
    const created = service.createSampleRequest(document, parsed, { position: document.positionAt(document.getText().indexOf('uri:')) });
    assert.equal(created.fileName, 'post-stores-storeId-pets.json');
    assert.deepEqual(JSON.parse(created.content!), {
      httpMethod: 'POST',
      path: '/stores/7/pets',
      resourcePath: '/stores/{storeId}/pets',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Tenant': 'acme' },
      queryStringParameters: { dryRun: 'true', limit: '20' },
      pathParameters: { storeId: '7' },
      stageVariables: {},
      body: { name: 'name-example', born: '2025-01-01', tags: ['good'], owner: { email: 'user@example.com', vip: true } },
      context: { stage: 'dev' },
      backend: { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: { id: 1, name: 'Rex' } },
    });
    // what it creates renders without problems
    assert.deepEqual(parseSampleRequest(created.content!).problems, []);
  });

  it('Swagger 2 body parameters; SAM stage name and variables; a Lambda proxy backend is the function return value', () => {
    const swagger = load(`{"swagger": "2.0", "paths": {"/orders": {"post": {
  "parameters": [{"in": "body", "name": "o", "schema": {"$ref": "#/definitions/Order"}}],
  "x-amazon-apigateway-integration": {"type": "aws_proxy", "httpMethod": "POST", "uri": "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations"}}}},
  "definitions": {"Order": {"type": "object", "properties": {"qty": {"type": "integer"}}}}}`, 'json');
    const json = JSON.parse(swagger.service.createSampleRequest(swagger.document, swagger.parsed, { integrationId: 'POST /orders' }).content!);
    assert.deepEqual(json.body, { qty: 1 });
    assert.deepEqual(json.backend, { body: { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: '{}' } });

    const sam = load(`Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Variables: {backend: pets.internal, size: 3}
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /health:
            get:
              x-amazon-apigateway-integration: {type: mock, requestTemplates: {application/json: '{"statusCode": 200}'}}
`);
    const health = JSON.parse(sam.service.createSampleRequest(sam.document, sam.parsed, { integrationId: 'Api:GET /health' }).content!);
    assert.deepEqual([health.context, health.stageVariables, health.backend], [{ stage: 'prod' }, { backend: 'pets.internal', size: '3' }, undefined]);
  });

  it('CloudFormation Method: the body example from its RequestModels Model schema', () => {
    const { service, document, parsed } = load(`Resources:
  Api: {Type: AWS::ApiGateway::RestApi}
  Pet:
    Type: AWS::ApiGateway::Model
    Properties:
      RestApiId: !Ref Api
      ContentType: application/json
      Schema: {type: object, properties: {name: {type: string, example: Rex}}}
  Post:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      ResourceId: !GetAtt Api.RootResourceId
      RestApiId: !Ref Api
      RequestModels: {application/json: !Ref Pet}
      Integration: {Type: MOCK}
`);
    const created = service.createSampleRequest(document, parsed, { integrationId: 'Post.Integration' });
    assert.equal(created.fileName, 'post-root.json');
    assert.deepEqual(JSON.parse(created.content!).body, { name: 'Rex' });
  });

  it('says so when the cursor is not in an operation', () => {
    const { service, document, parsed } = load('openapi: 3.0.1\ninfo: {title: t}\npaths: {}\n');
    assert.match(service.createSampleRequest(document, parsed, { position: { line: 1, character: 2 } }).message!, /Put the cursor in an operation/);
  });
});
