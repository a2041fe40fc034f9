// "Render" and "Simulate request" above each mapping template, with the arguments the client's commands take.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { load } from '../../helpers/fixtures';

describe('code lenses', () => {
  it('two per template on the content type line; a computed template says why it cannot render', () => {
    const { service, document, parsed } = load(`Resources:
  Api: {Type: AWS::ApiGateway::RestApi}
  M:
    Type: AWS::ApiGateway::Method
    Properties:
      HttpMethod: GET
      ResourceId: !GetAtt Api.RootResourceId
      RestApiId: !Ref Api
      Integration:
        Type: MOCK
        RequestTemplates:
          application/json: '{"statusCode": 200}'
        IntegrationResponses:
          - StatusCode: "200"
            ResponseTemplates:
              application/json: !Join ["", ["{", "}"]]
`);
    const lenses = service.getCodeLenses(document, parsed);
    assert.deepEqual(
      lenses.map((l) => [l.range.start.line, l.command?.title, l.command?.command]),
      [
        [11, 'Render', 'apigw.renderTemplate'],
        [11, 'Simulate request', 'apigw.simulateRequest'],
        [15, 'Render: the template is computed at deploy time by Fn::Join', ''],
        [15, 'Simulate request', 'apigw.simulateRequest'],
      ],
    );
    assert.deepEqual(lenses[0].command?.arguments, [document.uri, { templateId: 'M.Integration::request::application/json', position: { line: 11, character: 10 } }]);
    assert.deepEqual(lenses[1].command?.arguments?.[1], { integrationId: 'M.Integration', templateId: 'M.Integration::request::application/json', position: { line: 11, character: 10 } });
  });

  it('nothing for files without templates', () => {
    const { service, document, parsed } = load('openapi: 3.0.1\npaths:\n  /a:\n    get:\n      x-amazon-apigateway-integration: {type: http_proxy, uri: "https://e.com"}\n');
    assert.deepEqual(service.getCodeLenses(document, parsed), []);
  });
});
