// Finding a document's mapping templates (every dialect) and building the engine's IntegrationSpec from them.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findMappingTemplates, mappingTemplateAt, decodeLocation } from '../../../server/src/service/model/mappingTemplates';
import { buildIntegrationSpec } from '../../../server/src/service/features/renderRequests/integrationSpec';
import { fixture, load } from '../../helpers/fixtures';

const OPENAPI = `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /pets/{petId}:
    get:
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/pets/{id}
        passthroughBehavior: when_no_templates
        requestParameters:
          integration.request.path.id: method.request.path.petId
        requestTemplates:
          application/json: |
            {"id": "$input.params('petId')"}
          application/xml: '<id>$input.params(''petId'')</id>'
        responses:
          "4\\\\d{2}":
            statusCode: "400"
            responseTemplates:
              application/json: '{"error": "$input.path(''$.message'')"}'
          default:
            statusCode: "200"
            responseParameters:
              method.response.header.X-Id: integration.response.header.X-Id
`;

describe('finding mapping templates', () => {
  it('OpenAPI: request templates and response templates per selection pattern, with stable ids and labels', () => {
    const { parsed, document } = load(OPENAPI);
    const templates = findMappingTemplates(parsed);
    assert.deepEqual(
      templates.map((t) => [t.id, t.stage, t.contentType, t.selectionPattern, t.statusCode]),
      [
        ['GET /pets/{petId}::request::application/json', 'request', 'application/json', undefined, undefined],
        ['GET /pets/{petId}::request::application/xml', 'request', 'application/xml', undefined, undefined],
        ['GET /pets/{petId}::response::4\\d{2}::application/json', 'response', 'application/json', '4\\d{2}', '400'],
      ],
    );
    // the content type key is where the CodeLens goes
    for (const t of templates) assert.equal(document.getText().slice(t.keyNode.offset, t.keyNode.offset + t.keyNode.length), t.contentType);
    // decoded through the source map: YAML block and single-quoted styles
    assert.equal(decodeLocation(parsed.text, templates[0])!.text, `{"id": "$input.params('petId')"}\n`);
    assert.equal(decodeLocation(parsed.text, templates[1])!.text, "<id>$input.params('petId')</id>");
  });

  it('the template at a caret: on its key or anywhere in its value, not elsewhere', () => {
    const { text, carets } = fixture(`openapi: 3.0.1
paths:
  /a:
    post:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          appli|cation/json: >-
            {"statusCode": |200}
        resp|onses: {}
`);
    const { parsed } = load(text);
    assert.equal(mappingTemplateAt(parsed, carets[0])?.contentType, 'application/json');
    assert.equal(mappingTemplateAt(parsed, carets[1])?.contentType, 'application/json');
    assert.equal(mappingTemplateAt(parsed, carets[2]), undefined);
  });

  it('CloudFormation Method: RequestTemplates behind !Sub (substitutions stay as written) and IntegrationResponses', () => {
    const { parsed } = load(`Resources:
  Api: {Type: AWS::ApiGateway::RestApi}
  Things:
    Type: AWS::ApiGateway::Resource
    Properties: {ParentId: !GetAtt Api.RootResourceId, PathPart: things, RestApiId: !Ref Api}
  PostThing:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: POST
      ResourceId: !Ref Things
      RestApiId: !Ref Api
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:states:action/StartExecution
        RequestTemplates:
          application/json: !Sub |
            {"stateMachineArn": "\${Machine}", "input": "$util.escapeJavaScript($input.json('$'))", "literal": "\${!Literal}"}
        IntegrationResponses:
          - StatusCode: "200"
            ResponseTemplates:
              application/json: '{"started": true}'
          - StatusCode: "500"
            SelectionPattern: "5\\\\d{2}"
            ResponseTemplates:
              text/plain: failed
          - StatusCode: "502"
            ResponseTemplates:
              application/json: !Join ["", ["{", "}"]]
`);
    const templates = findMappingTemplates(parsed);
    assert.deepEqual(
      templates.map((t) => [t.owner, t.stage, t.selectionPattern ?? '', t.statusCode ?? '', t.contentType, t.sub, t.unrenderable ?? '']),
      [
        ['POST /things', 'request', '', '', 'application/json', true, ''],
        ['POST /things', 'response', 'default', '200', 'application/json', false, ''],
        ['POST /things', 'response', '5\\d{2}', '500', 'text/plain', false, ''],
        ['POST /things', 'response', 'default', '502', 'application/json', false, 'the template is computed at deploy time by Fn::Join'],
      ],
    );
    const decoded = decodeLocation(parsed.text, templates[0])!;
    assert.match(decoded.text, /"stateMachineArn": "\$\{Machine\}"/);
    assert.match(decoded.text, /"literal": "\$\{Literal\}"/);
    assert.deepEqual(decoded.substitutions.map((s) => s.name), ['Machine']);
  });

  it('V2: an Integration\'s RequestTemplates and an IntegrationResponse resource\'s ResponseTemplates', () => {
    const { parsed } = load(`Resources:
  Ws: {Type: AWS::ApiGatewayV2::Api, Properties: {ProtocolType: WEBSOCKET, RouteSelectionExpression: $request.body.action}}
  Send:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Ws
      IntegrationType: AWS
      RequestTemplates:
        $default: '{"connection": "$context.connectionId"}'
  SendResponse:
    Type: AWS::ApiGatewayV2::IntegrationResponse
    Properties:
      ApiId: !Ref Ws
      IntegrationId: !Ref Send
      IntegrationResponseKey: $default
      ResponseTemplates:
        $default: '{"ok": true}'
`);
    const templates = findMappingTemplates(parsed);
    assert.deepEqual(templates.map((t) => [t.owner, t.stage, t.contentType, t.integration?.id]), [
      ['Send', 'request', '$default', 'Send'],
      ['SendResponse', 'response', '$default', 'Send'],
    ]);
  });

  it('JSON files: templates with escapes decode exactly', () => {
    const { parsed } = load(
      '{"swagger": "2.0", "paths": {"/a": {"post": {"x-amazon-apigateway-integration": {"type": "aws", "requestTemplates": {"application/json": "{\\"a\\": \\"$input.path(\'$.a\')\\"}\\n#if($x)\\ty#end"}}}}}}',
      'json',
    );
    const [template] = findMappingTemplates(parsed);
    assert.equal(decodeLocation(parsed.text, template)!.text, '{"a": "$input.path(\'$.a\')"}\n#if($x)\ty#end');
  });
});

describe('the IntegrationSpec from the model', () => {
  it('OpenAPI: type, uri, passthroughBehavior, parameters, responses in order with their templates', () => {
    const { parsed } = load(OPENAPI);
    const outcome = buildIntegrationSpec(parsed, parsed.model.integrations[0]);
    assert.ok(outcome.ok);
    const { spec, requestTemplates, responseTemplates } = outcome.built;
    assert.deepEqual(
      { ...spec, requestTemplates: Object.keys(spec.requestTemplates ?? {}) },
      {
        type: 'HTTP',
        uri: 'https://example.com/pets/{id}',
        httpMethod: 'GET',
        passthroughBehavior: 'when_no_templates',
        requestTemplates: ['application/json', 'application/xml'],
        requestParameters: { 'integration.request.path.id': 'method.request.path.petId' },
        responses: [
          { selectionPattern: '4\\d{2}', statusCode: '400', responseTemplates: { 'application/json': `{"error": "$input.path('$.message')"}` } },
          { selectionPattern: 'default', statusCode: '200', responseParameters: { 'method.response.header.X-Id': 'integration.response.header.X-Id' } },
        ],
        isLambda: false,
        payloadFormatVersion: '1.0',
      },
    );
    assert.equal(requestTemplates.get('application/xml')?.location.contentType, 'application/xml');
    assert.deepEqual(responseTemplates.map((m) => [...m.keys()]), [['application/json'], []]);
  });

  it('a $ref integration reads the component; a Lambda uri with Fn::Sub keeps its placeholders', () => {
    const { parsed } = load(`openapi: 3.0.1
paths:
  /a:
    post:
      x-amazon-apigateway-integration:
        $ref: '#/components/x-amazon-apigateway-integrations/fn'
components:
  x-amazon-apigateway-integrations:
    fn:
      type: aws
      httpMethod: POST
      uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:1:function:f/invocations
      responses:
        "Not found.*": {statusCode: "404"}
`);
    const operation = parsed.model.integrations.find((i) => i.location === 'openapi-operation')!;
    const outcome = buildIntegrationSpec(parsed, operation);
    assert.ok(outcome.ok);
    assert.equal(outcome.built.source.location, 'openapi-component');
    assert.equal(outcome.built.spec.isLambda, true);
    assert.deepEqual(outcome.built.spec.responses, [{ selectionPattern: 'Not found.*', statusCode: '404' }]);

    const sam = load(`Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: {Type: HttpApi, Properties: {Path: /x, Method: get}}
`).parsed;
    const event = buildIntegrationSpec(sam, sam.model.integrations[0]);
    assert.ok(event.ok);
    assert.deepEqual(event.built.spec, { type: 'AWS_PROXY', isLambda: true, payloadFormatVersion: '2.0' });
  });

  it('says why it cannot build a spec: no type, a type that is not one, a computed type, a dangling $ref', () => {
    const reasons = [
      'type: {Ref: T}',
      'type: lambda',
      'httpMethod: GET',
    ].map((line) => {
      const { parsed } = load(`openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        ${line}\n`);
      const outcome = buildIntegrationSpec(parsed, parsed.model.integrations[0]);
      return outcome.ok ? 'ok' : outcome.reason;
    });
    assert.deepEqual(reasons, [
      'the integration type is computed at deploy time',
      "'lambda' is not an integration type (AWS, AWS_PROXY, HTTP, HTTP_PROXY, MOCK)",
      'the integration has no type',
    ]);
    const { parsed } = load(`openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration:\n        $ref: '#/components/x-amazon-apigateway-integrations/missing'\n`);
    const outcome = buildIntegrationSpec(parsed, parsed.model.integrations[0]);
    assert.equal(outcome.ok ? 'ok' : outcome.reason, "the integration $ref '#/components/x-amazon-apigateway-integrations/missing' does not resolve");
  });
});
