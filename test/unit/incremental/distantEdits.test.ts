/**
 * Edits far from a template or an integration that change what its checks read: the request body schema in
 * `components` (an edit outside `paths`, so the path items are reused as they are), stage variables defined by
 * another resource (the API's Stage). The findings
 * kept from the previous version (rules/findingsCache.ts) must not survive such an edit: the diagnostics of the
 * incrementally parsed version equal those of a fresh parse, and the expected finding comes or goes.
 */
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService, ParsedDocument } from '../../../server/src/service';

const SAM = `Transform: AWS::Serverless-2016-10-31
Parameters:
  TableName:
    Type: String
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /a:
            post:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                uri: arn:aws:apigateway:us-east-1:dynamodb:action/PutItem
                credentials: arn:aws:iam::123456789012:role/api
                requestTemplates:
                  application/json: '{"alias": "$stageVariables.alias"}'
                responses:
                  default:
                    statusCode: "200"
          /b:
            post:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                uri: arn:aws:apigateway:us-east-1:dynamodb:action/PutItem
                credentials: arn:aws:iam::123456789012:role/api
                requestTemplates:
                  application/json:
                    Fn::Sub: '{"TableName": "\${TableName}", "id": "$context.requestId"}'
                responses:
                  default:
                    statusCode: "200"
  Stage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      StageName: live
      Variables:
        alias: live
`;

const comparable = (diagnostics: Diagnostic[]) => diagnostics.map((d) => JSON.stringify([d.range, d.code, d.message])).sort();
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => String(d.code));

const OPENAPI = `openapi: 3.0.1
paths:
  /pets:
    post:
      requestBody:
        content:
          application/json:
            schema:
              $ref: '#/components/schemas/Pet'
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:dynamodb:action/PutItem
        credentials: arn:aws:iam::123456789012:role/api
        requestTemplates:
          application/json: '{"age": "$input.json(''$.age'')"}'
        responses:
          default:
            statusCode: "200"
      responses:
        "200":
          description: ok
components:
  schemas:
    Pet:
      type: object
      properties:
        age:
          type: integer
`;

function session(source = SAM) {
  const service = getLanguageService();
  let document = TextDocument.create('file:///sam.yaml', 'yaml', 1, source);
  let parsed: ParsedDocument = service.parseDocument(document);
  const first = service.doValidation(document, parsed);
  return {
    first,
    /** Replaces the first `from` with `to`, validates incrementally and compares with a fresh parse. */
    edit(from: string, to: string): Diagnostic[] {
      const text = document.getText();
      const at = text.indexOf(from);
      assert.ok(at >= 0, from);
      document = TextDocument.update(document, [{ range: { start: document.positionAt(at), end: document.positionAt(at + from.length) }, text: to }], document.version + 1);
      parsed = service.parseDocument(document, parsed);
      const incremental = service.doValidation(document, parsed);
      const fresh = TextDocument.create('file:///fresh.yaml', 'yaml', 1, document.getText());
      assert.deepEqual(comparable(incremental), comparable(service.doValidation(fresh, service.parseDocument(fresh))), `after ${from} → ${to}`);
      return incremental;
    },
  };
}

test('changing a body field\'s type in components decides whether a quoted $input.json(...) is invalid JSON', () => {
  const s = session(OPENAPI);
  assert.ok(!codes(s.first).includes('vtl-invalid-json'), codes(s.first).join(', '));
  assert.ok(codes(s.edit('type: integer', 'type: string')).includes('vtl-invalid-json'));
  assert.ok(!codes(s.edit('type: string', 'type: integer')).includes('vtl-invalid-json'));
});

test('renaming a stage variable of the API\'s Stage resource flags the template that uses it, and renaming it back clears it', () => {
  const s = session();
  assert.ok(!codes(s.first).includes('vtl-unknown-stage-variable'), codes(s.first).join(', '));
  assert.ok(codes(s.edit('alias: live', 'version: live')).includes('vtl-unknown-stage-variable'));
  assert.ok(!codes(s.edit('version: live', 'alias: live')).includes('vtl-unknown-stage-variable'));
});
