/** Outline, workspace symbols and go to definition. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol } from 'vscode-languageserver-types';
import { findWorkspaceSymbols, getLanguageService } from '../../../server/src/service';
import { fixture, load } from '../../helpers/fixtures';

const EXAMPLES = path.join(__dirname, '../../../../examples');

function symbolsOf(file: string): DocumentSymbol[] {
  const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
  const { service, document, parsed } = load(text, file.endsWith('.json') ? 'json' : 'yaml', `file:///examples/${file}`);
  return service.findDocumentSymbols(document, parsed);
}

function names(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...names(s.children ?? [], depth + 1)]);
}

/** Where definition at the caret goes: the origin text and the target's name text (or undefined). */
function define(marked: string): { origin: string; target: string; targetLine: string } | undefined {
  const { text, carets } = fixture(marked);
  const { service, document, parsed } = load(text);
  const [link] = service.findDefinition(document, parsed, document.positionAt(carets[0]));
  if (!link) return undefined;
  const slice = (r: { start: { line: number; character: number }; end: { line: number; character: number } }) => text.slice(document.offsetAt(r.start), document.offsetAt(r.end));
  return { origin: slice(link.originSelectionRange!), target: slice(link.targetSelectionRange), targetLine: text.split('\n')[link.targetSelectionRange.start.line].trim() };
}

describe('document symbols', () => {
  it('lists the integrations of a SAM template with route, type and target', () => {
    const flat = names(symbolsOf('sam-pets-api.yaml')).map((n) => n.trim());
    assert.ok(flat.includes('GET /pets → AWS_PROXY ListPetsFunction'), flat.join('\n'));
    assert.ok(flat.includes('GET /pets/{petId} → AWS_PROXY GetPetFunction'), flat.join('\n'));
    assert.ok(flat.includes('GET /health → MOCK'), flat.join('\n'));
    assert.ok(flat.some((n) => n.startsWith('PUT /pets/{petId}/photo → AWS s3 ')), flat.join('\n'));
  });

  it('groups by API when a file has several, and covers each integration with its range', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get:
          Type: Api
          Properties: {Path: /items, Method: get}
        Post:
          Type: HttpApi
          Properties: {Path: /items, Method: post}
`;
    const { service, document, parsed } = load(text);
    const symbols = service.findDocumentSymbols(document, parsed);
    assert.deepEqual(names(symbols), ['ServerlessRestApi', '  GET /items → AWS_PROXY Fn', 'ServerlessHttpApi', '  POST /items → AWS_PROXY Fn']);
    const get = symbols[0].children![0];
    assert.equal(document.getText(get.selectionRange), 'Get');
  });

  it('never gives a symbol an empty name (VS Code rejects the whole outline; fuzz seed 61 document 5234)', () => {
    const text = 'Resources: :\n    : AWS::Serverless::Api\n    Type: AWS::Serverless::Function\n    Properties: Events: :\n          Type: Api\n          Properties: ApiId: !Ref\n    : Type: Api';
    const { service, document, parsed } = load(text);
    const all = names(service.findDocumentSymbols(document, parsed)).map((n) => n.trim());
    assert.ok(all.includes('(unnamed API)'), all.join('\n'));
    assert.deepEqual(all.filter((n) => !n), []);
  });

  it('labels CloudFormation Methods and V2 integrations by route', () => {
    const flat = names(symbolsOf('cloudformation-methods.yaml')).map((n) => n.trim());
    assert.ok(flat.length > 0);
    assert.ok(flat.every((n) => n.includes(' → ') || !n.includes('/')), flat.join('\n'));
  });
});

describe('workspace symbols', () => {
  it('matches labels and APIs by subsequence, best first', () => {
    const service = getLanguageService();
    const files = ['sam-pets-api.yaml', 'openapi3-pets.yaml', 'swagger2-orders.json'].map((file) => {
      const document = TextDocument.create(`file:///examples/${file}`, file.endsWith('.json') ? 'json' : 'yaml', 1, fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
      return { uri: document.uri, integrations: service.summarizeIntegrations(document, service.parseDocument(document)) };
    });
    const all = findWorkspaceSymbols(files, '');
    assert.equal(all.length, files.reduce((n, f) => n + f.integrations.length, 0));
    const found = findWorkspaceSymbols(files, 'listpets');
    assert.equal(found[0].name, 'GET /pets → AWS_PROXY ListPetsFunction');
    assert.equal(found[0].location.uri, 'file:///examples/sam-pets-api.yaml');
    assert.deepEqual(findWorkspaceSymbols(files, 'zzzz'), []);
  });
});

const TEMPLATE = `Transform: AWS::Serverless-2016-10-31
Parameters:
  Stage:
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
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${MyFunc|tion.Arn}/invocations
          /b/{id}:
            get:
              x-amazon-apigateway-integration:
                type: aws
                httpMethod: POST
                credentials: !GetAtt Ro|le.Arn
                uri: arn:aws:apigateway:us-east-1:s3:path/bucket/{ke|y}
                requestParameters:
                  integration.request.path.key: method.request.path.id
          /c:
            get:
              x-amazon-apigateway-integration:
                $ref: '#/components/x-amazon-apigateway-integrations/sha|red'
        components:
          x-amazon-apigateway-integrations:
            shared:
              type: http_proxy
              httpMethod: GET
              uri: !Ref Sta|ge
  MyFunction:
    Type: AWS::Serverless::Function
    Properties: {Runtime: nodejs20.x, Handler: i.h, InlineCode: x}
  Role:
    Type: AWS::IAM::Role
    Properties: {AssumeRolePolicyDocument: {}}
`;

function caretOnly(index: number): string {
  let n = 0;
  return TEMPLATE.replace(/\|/g, () => (n++ === index ? '|' : ''));
}

describe('go to definition', () => {
  it('goes from ${MyFunction.Arn} in a Sub string to the resource, from the exact ${...}', () => {
    assert.deepEqual(define(caretOnly(0)), { origin: '${MyFunction.Arn}', target: 'MyFunction', targetLine: 'MyFunction:' });
  });
  it('goes from !GetAtt Role.Arn to the role', () => {
    assert.deepEqual(define(caretOnly(1)), { origin: 'Role', target: 'Role', targetLine: 'Role:' });
  });
  it('goes from a {param} of the uri to its mapping', () => {
    assert.deepEqual(define(caretOnly(2)), { origin: '{key}', target: 'integration.request.path.key', targetLine: 'integration.request.path.key: method.request.path.id' });
  });
  it('goes from a $ref to the component integration', () => {
    const found = define(caretOnly(3))!;
    assert.equal(found.target, 'shared');
    assert.equal(found.origin, "'#/components/x-amazon-apigateway-integrations/shared'");
  });
  it('goes from !Ref to a parameter', () => {
    assert.deepEqual(define(caretOnly(4)), { origin: 'Stage', target: 'Stage', targetLine: 'Stage:' });
  });
  it('has nothing outside integrations or on pseudo parameters', () => {
    assert.equal(define(TEMPLATE.replace(/\|/g, '').replace('StageName: prod', 'StageName: pr|od')), undefined);
    assert.equal(define(TEMPLATE.replace(/\|/g, '').replace('${AWS::Region}', '${AWS::Reg|ion}')), undefined);
  });
});
