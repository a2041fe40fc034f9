import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent } from 'vscode-languageserver-types';
import { fixture, load, openapi } from '../../helpers/fixtures';

/** The hover's markdown at the caret and the text its range covers (undefined when there is no hover). */
function hover(marked: string, languageId: 'yaml' | 'json' = 'yaml'): { text: string; covers: string } | undefined {
  const { text, carets } = fixture(marked);
  const { service, document, parsed } = load(text, languageId);
  const result = service.doHover(document, parsed, document.positionAt(carets[0]));
  if (!result) return undefined;
  const range = result.range!;
  return { text: (result.contents as MarkupContent).value, covers: text.slice(document.offsetAt(range.start), document.offsetAt(range.end)) };
}

const LAMBDA = 'arn:aws:apigateway:eu-west-1:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders:live/invocations';

const SAM = `Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${ListPets|Function.Arn}/invocations
  ListPetsFunction:
    Type: AWS::Serverless::Function
    Properties: {Runtime: nodejs20.x, Handler: index.handler, InlineCode: x}
`;

describe('hover on keys', () => {
  it('explains a field, how it behaves for this type, and links the docs', () => {
    const result = hover(openapi(`        type: aws_proxy\n        httpMethod: POST\n        uri: ${LAMBDA}\n        request|Templates:\n          application/json: '{}'`))!;
    assert.equal(result.covers, 'requestTemplates');
    assert.match(result.text, /Velocity \(VTL\) mapping templates/);
    assert.match(result.text, /Ignored for this `AWS_PROXY` integration/);
    assert.match(result.text, /\(https:\/\/docs\.aws\.amazon\.com\/apigateway\/latest\/developerguide\/models-mappings\.html\)/);
    assert.match(result.text, /`RequestTemplates` \(AWS::ApiGateway::Method\)/);
  });

  it('explains CloudFormation spellings', () => {
    const result = hover(`Resources:
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      Integration:
        Type: AWS
        IntegrationHttp|Method: POST
        Uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/q
`)!;
    assert.equal(result.covers, 'IntegrationHttpMethod');
    assert.match(result.text, /method API Gateway uses to call the backend/);
    assert.match(result.text, /For this `AWS` integration: `POST`/);
  });

  it('summarises the integration on its key', () => {
    const result = hover(openapi(`        type: mock\n        requestTemplates:\n          application/json: '{"statusCode": 200}'`).replace('x-amazon-apigateway-integration:', 'x-amazon-apigateway-|integration:'))!;
    assert.match(result.text, /\*\*MOCK integration\*\* `GET \/pets\/\{petId\}`/);
  });

  it('explains selection patterns and request parameter mappings', () => {
    const patterns = hover(openapi(`        type: http\n        httpMethod: GET\n        uri: https://e.com/{id}\n        requestParameters:\n          integration.request.path.id: method.request.path.petId\n        responses:\n          "4\\\\d{|2}":\n            statusCode: "200"`))!;
    assert.match(patterns.text, /Java regular expression matched against the whole backend status code/);
    const mapping = hover(openapi(`        type: http\n        httpMethod: GET\n        uri: https://e.com/{id}\n        requestParameters:\n          integration.request.path.i|d: method.request.path.petId`))!;
    assert.match(mapping.text, /Sets the uri's `\{id\}` from `method\.request\.path\.petId`/);
  });
});

describe('hover on values', () => {
  it('explains the type value, with the Lambda proxy response contract', () => {
    const result = hover(openapi(`        type: aws_pro|xy\n        httpMethod: POST\n        uri: ${LAMBDA}`))!;
    assert.equal(result.covers, 'aws_proxy');
    assert.match(result.text, /statusCode/);
    assert.match(result.text, /502 Bad Gateway/);
  });

  it('explains enum values', () => {
    const result = hover(openapi(`        type: mock\n        passthroughBehavior: ne|ver\n        requestTemplates:\n          application/json: '{"statusCode": 200}'`))!;
    assert.match(result.text, /415 Unsupported Media Type/);
    assert.match(result.text, /integration-passthrough-behaviors\.html/);
  });

  it('explains a Lambda invocation uri: region, service, function and alias', () => {
    const result = hover(openapi(`        type: aws_proxy\n        httpMethod: POST\n        uri: arn:aws:apigateway:eu-west-1:lam|bda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:123456789012:function:orders:live/invocations`))!;
    assert.match(result.text, /\*\*Lambda invocation ARN\*\*/);
    assert.match(result.text, /\| Region \| `eu-west-1` \|/);
    assert.match(result.text, /\| Service \| `lambda` \(AWS Lambda\) \|/);
    assert.match(result.text, /\| Function \| `orders` \(alias\/version `live`\) in `eu-west-1`, account `123456789012` \|/);
  });

  it('resolves the function of a !Sub uri against the template', () => {
    const result = hover(SAM)!;
    assert.match(result.text, /\| Region \| `\$\{AWS::Region\}` \(the stack's region\) \|/);
    assert.match(result.text, /\| Function \| `ListPetsFunction` \(`AWS::Serverless::Function` in this template\) \|/);
  });

  it('explains an AWS service action uri and the permission it needs', () => {
    const result = hover(openapi(`        type: aws\n        httpMethod: POST\n        credentials: arn:aws:iam::123456789012:role/r\n        uri: arn:aws:apigateway:us-east-1:dynamodb:act|ion/PutItem`))!;
    assert.match(result.text, /AWS service action: Amazon DynamoDB `PutItem`/);
    assert.match(result.text, /must allow `dynamodb:PutItem`/);
  });

  it('explains an HTTP uri and its path parameters', () => {
    const result = hover(openapi(`        type: http_proxy\n        httpMethod: GET\n        uri: https://api.exam|ple.com/pets/{id}`))!;
    assert.match(result.text, /\| Host \| `api\.example\.com` \|/);
    assert.match(result.text, /`\{id\}` is filled by `integration\.request\.path\.\*` mappings/);
  });

  it('says whether the method declares an integration response status', () => {
    const result = hover(openapi(`        type: http\n        httpMethod: GET\n        uri: https://e.com\n        responses:\n          default:\n            statusCode: "4|04"`))!;
    assert.match(result.text, /\*\*404 Not Found\*\*/);
    assert.match(result.text, /The method does not declare it\*\* \(it declares 200\)/);
  });

  it('summarises the shared integration a $ref uses', () => {
    const text = openapi(`        $ref: '#/components/x-amazon-apigateway-integrations/back|end'`) + `components:\n  x-amazon-apigateway-integrations:\n    backend:\n      type: http_proxy\n      httpMethod: GET\n      uri: https://e.com\n`;
    const result = hover(text)!;
    assert.match(result.text, /\*\*HTTP_PROXY integration\*\*/);
    assert.match(result.text, /Shared integration `backend`/);
  });

  it('is silent inside a mapping template and outside integrations', () => {
    assert.equal(hover(openapi(`        type: mock\n        requestTemplates:\n          application/json: '{"status|Code": 200}'`)), undefined);
    assert.equal(hover(openapi(`        type: mock`).replace('description: ok', 'descr|iption: ok')), undefined);
  });
});
