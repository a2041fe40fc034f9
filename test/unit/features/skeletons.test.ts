/**
 * Every integration skeleton, in every place and dialect it is offered, inserted as the editor would and then
 * validated: it must produce no diagnostic at all (and valid YAML/JSON with the file's indentation).
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CompletionItemKind } from 'vscode-languageserver-types';
import { diagnose } from '../../helpers/fixtures';
import { accept, complete } from './helpers';

interface Place {
  readonly name: string;
  readonly text: string;
  readonly languageId?: 'yaml' | 'json';
  /** Labels that must be offered there. */
  readonly expect: readonly string[];
}

const REST = ['Lambda proxy integration', 'Lambda custom integration', 'HTTP integration', 'HTTP proxy integration', 'Mock integration', 'Private integration (VPC link)', 'SQS SendMessage integration', 'DynamoDB PutItem integration', 'Step Functions StartExecution integration', 'EventBridge PutEvents integration'];
const HTTP = ['Lambda proxy integration', 'HTTP proxy integration', 'Private integration (VPC link)', 'SQS SendMessage integration', 'Step Functions StartExecution integration', 'EventBridge PutEvents integration'];

const OPENAPI_YAML = `openapi: 3.0.1
info:
    title: pets
    version: "1"
x-amazon-apigateway-api-key-source: HEADER
paths:
    /pets/{petId}:
        get:
            parameters:
                - name: petId
                  in: path
                  required: true
                  schema:
                      type: string
            responses:
                "201":
                    description: created
            |
`;

const SWAGGER_JSON = `{
  "swagger": "2.0",
  "info": { "title": "pets", "version": "1" },
  "x-amazon-apigateway-api-key-source": "HEADER",
  "paths": {
    "/pets": {
      "post": {
        "responses": { "200": { "description": "ok" } },
        |
      }
    }
  }
}`;

const SAM_RESOURCES = `  ListPetsFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      InlineCode: "exports.handler = async () => ({statusCode: 200, body: '[]'})"
  ListPetsPermission:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref ListPetsFunction
      Principal: apigateway.amazonaws.com
  OrdersQueue:
    Type: AWS::SQS::Queue
`;

const SAM_REST = `AWSTemplateFormatVersion: "2010-09-09"
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
              x-am|
${SAM_RESOURCES}`;

const SAM_HTTP = SAM_REST.replace('AWS::Serverless::Api', 'AWS::Serverless::HttpApi').replace('      StageName: prod\n', '');

const SAM_EMPTY_INTEGRATION = SAM_REST.replace('              x-am|', '              x-amazon-apigateway-integration:\n                |');

const METHOD_YAML = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: {Name: pets}
  PetsResource:
    Type: AWS::ApiGateway::Resource
    Properties:
      RestApiId: !Ref Api
      ParentId: !GetAtt Api.RootResourceId
      PathPart: pets
  GetPets:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref PetsResource
      HttpMethod: GET
      AuthorizationType: NONE
      Int|
`;

const METHOD_JSON = JSON.stringify(
  {
    AWSTemplateFormatVersion: '2010-09-09',
    Resources: {
      Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Name: 'pets' } },
      GetPets: {
        Type: 'AWS::ApiGateway::Method',
        Properties: { RestApiId: { Ref: 'Api' }, ResourceId: { 'Fn::GetAtt': ['Api', 'RootResourceId'] }, HttpMethod: 'GET', AuthorizationType: 'NONE', MethodResponses: [{ StatusCode: '200' }], CARET: 1 },
      },
    },
  },
  null,
  2,
).replace('"CARET": 1', '|');

const V2_YAML = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      Name: pets
      ProtocolType: HTTP
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref HttpApi
      |
  Route:
    Type: AWS::ApiGatewayV2::Route
    Properties:
      ApiId: !Ref HttpApi
      RouteKey: GET /pets
      Target: !Sub integrations/\${Integration}
`;

const CORS_PATH_ITEM = `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /pets:
    get:
      responses:
        "200": {description: ok}
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: '{"statusCode": 200}'
        responses:
          default:
            statusCode: "200"
    opt|
`;

const PLACES: readonly Place[] = [
  { name: 'OpenAPI 3 YAML operation (4-space indentation)', text: OPENAPI_YAML, expect: REST },
  { name: 'Swagger 2 JSON operation', text: SWAGGER_JSON, languageId: 'json', expect: REST },
  { name: 'SAM REST API DefinitionBody', text: SAM_REST, expect: REST },
  { name: 'SAM HTTP API DefinitionBody', text: SAM_HTTP, expect: HTTP },
  { name: 'an empty x-amazon-apigateway-integration', text: SAM_EMPTY_INTEGRATION, expect: REST },
  { name: 'AWS::ApiGateway::Method Properties (YAML)', text: METHOD_YAML, expect: [...REST, 'CORS preflight (OPTIONS mock)'] },
  { name: 'AWS::ApiGateway::Method Properties (JSON)', text: METHOD_JSON, languageId: 'json', expect: [...REST, 'CORS preflight (OPTIONS mock)'] },
  { name: 'AWS::ApiGatewayV2::Integration Properties', text: V2_YAML, expect: HTTP },
  { name: 'an OpenAPI path item (CORS)', text: CORS_PATH_ITEM, expect: ['options: CORS preflight (mock)'] },
];

describe('integration skeletons produce no diagnostics once inserted', () => {
  for (const place of PLACES) {
    it(place.name, () => {
      const languageId = place.languageId ?? 'yaml';
      const result = complete(place.text, languageId);
      const snippets = result.list.items.filter((i) => i.kind === CompletionItemKind.Snippet).map((i) => i.label);
      for (const label of place.expect) assert.ok(snippets.includes(label), `${label} is not offered; offered: ${snippets.join(', ')}`);
      for (const label of snippets) {
        const text = accept(result, label);
        const { diagnostics } = diagnose(text, languageId);
        assert.deepEqual(
          diagnostics.map((d) => `${d.code}: ${d.message}`),
          [],
          `${label} in ${place.name}:\n${text}`,
        );
      }
    });
  }
});

describe('skeleton contents', () => {
  it('uses the template\'s function, queue and role', () => {
    const withRole = SAM_REST.replace('  OrdersQueue:', `  ApiRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - {Effect: Allow, Principal: {Service: apigateway.amazonaws.com}, Action: sts:AssumeRole}
  OrdersQueue:`);
    const result = complete(withRole);
    assert.match(accept(result, 'Lambda proxy integration'), /uri: !Sub arn:aws:apigateway:\$\{AWS::Region\}:lambda:path\/2015-03-31\/functions\/\$\{ListPetsFunction\.Arn\}\/invocations/);
    const sqs = accept(result, 'SQS SendMessage integration');
    assert.match(sqs, /credentials: !GetAtt ApiRole\.Arn/);
    assert.match(sqs, /uri: !Sub arn:aws:apigateway:\$\{AWS::Region\}:sqs:path\/\$\{AWS::AccountId\}\/\$\{OrdersQueue\.QueueName\}/);
    assert.match(sqs, /integration\.request\.header\.Content-Type: "'application\/x-www-form-urlencoded'"/);
    assert.match(sqs, /application\/json: \|-\n {20}Action=SendMessage&MessageBody=\$util\.urlEncode\(\$input\.body\)/);
  });

  it('maps integration responses to the status the operation declares, and declares it where missing', () => {
    const result = complete(OPENAPI_YAML);
    assert.match(accept(result, 'Mock integration'), /statusCode: "201"/);
    const method = complete(METHOD_YAML);
    const text = accept(method, 'Mock integration');
    assert.match(text, /\n {6}MethodResponses:\n {8}- StatusCode: "200"\n/);
  });

  it('writes the CORS preflight with the path\'s methods and declared headers (Swagger 2 style when needed)', () => {
    const text = accept(complete(CORS_PATH_ITEM), 'options: CORS preflight (mock)');
    assert.match(text, /method\.response\.header\.Access-Control-Allow-Methods: "'GET,OPTIONS'"/);
    assert.match(text, /Access-Control-Allow-Origin:\n {14}schema:\n {16}type: string/);
  });
});
