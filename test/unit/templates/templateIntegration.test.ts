/**
 * VTL inside mapping templates, through the whole service: diagnostics land at the exact file position for
 * every string style, fixes are re-encoded for the host string, completion and hover answer inside templates.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyFix, expectCode, expectNoCode, load } from '../../helpers/fixtures';

function openapi(templates: string, extra = ''): string {
  return `openapi: 3.0.1
paths:
  /pets/{petId}:
    post:
      parameters: [{name: petId, in: path, required: true}]
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                name: {type: string}
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        credentials: arn:aws:iam::123456789012:role/r
        uri: arn:aws:apigateway:us-east-1:sqs:path/123456789012/q
${extra}        requestTemplates:
${templates}`;
}

function caret(marked: string, languageId: 'yaml' | 'json' = 'yaml') {
  const offset = marked.indexOf('^');
  const { service, document, parsed } = load(marked.replace('^', ''), languageId);
  return { service, document, parsed, position: document.positionAt(offset) };
}

describe('VTL diagnostics in templates', () => {
  it('points at the exact characters in a block scalar', () => {
    expectCode(openapi('          application/json: |\n            #set($x = $util.«escapeJS»($input.body))\n            $x\n'), 'vtl-unknown-util-method');
  });

  it('points at the exact characters in a JSON string with escapes', () => {
    const text = `{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"type": "mock", "requestTemplates": {"application/json": "{\\"statusCode\\": 200, \\"id\\": \\"$context.«requestIdd»\\"}"}}}}}}`;
    expectCode(text, 'vtl-unknown-context-variable', 'json');
  });

  it('reports an unclosed #if at its opener in a double-quoted scalar', () => {
    expectCode(openapi('          application/json: "«#if»($input.params(\'petId\') == \\"1\\")\\n{}"\n'), 'vtl-syntax');
  });

  it('is silent on well-formed templates', () => {
    expectNoCode(openapi(`          application/json: |\n            #set($root = $input.path('$'))\n            {"name": "$util.escapeJavaScript($root.name)", "id": "$input.params('petId')", "at": "$context.requestTime"}\n`), 'vtl-syntax');
  });

  it('tells a CloudFormation reference from a VTL ${...} inside Fn::Sub, with an escape fix', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Queue: {Type: AWS::SQS::Queue}
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        paths:
          /q:
            post:
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates:
                  application/json: !Sub |
                    {"queue": "\${Queue.Arn}", "id": "«\${context.requestId}»", "statusCode": 200}
`;
    expectCode(text, 'vtl-cfn-substitution');
    assert.match(applyFix(text.replace(/[«»]/g, ''), 'vtl-cfn-substitution'), /"id": "\$\{!context\.requestId\}"/);
  });
});

describe('VTL completion and hover in templates', () => {
  it('completes JSONPath from the request body schema inside $input.path', () => {
    const { service, document, parsed, position } = caret(openapi("          application/json: |\n            {\"n\": $input.path('$.^')}\n"));
    const labels = service.doComplete(document, parsed, position).items.map((i) => i.label);
    assert.ok(labels.includes('$.name'), labels.join(', '));
  });

  it('completes the route parameters inside $input.params', () => {
    const { service, document, parsed, position } = caret(openapi("          application/json: |\n            {\"id\": \"$input.params('^')\"}\n"));
    assert.ok(service.doComplete(document, parsed, position).items.some((i) => i.label === 'petId'));
  });

  it('completes $util members and writes them for a JSON string', () => {
    const text = `{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"type": "mock", "requestTemplates": {"application/json": "{\\"a\\": \\"$util.^\\"}"}}}}}}`;
    const { service, document, parsed, position } = caret(text, 'json');
    const item = service.doComplete(document, parsed, position).items.find((i) => i.label === 'escapeJavaScript');
    assert.ok(item?.textEdit && 'range' in item.textEdit);
    const edited = TextDocument.applyEdits(document, [{ range: item.textEdit.range, newText: item.textEdit.newText.replace(/\$\{1:\\\$input\.body\}/, '$input.body') }]);
    assert.match(edited, /"\{\\"a\\": \\"\$util\.escapeJavaScript\(\$input\.body\)\\"\}"/);
  });

  it('explains a $util member with its quirk on hover', () => {
    const { service, document, parsed, position } = caret(openapi('          application/json: |\n            $util.escapeJava^Script($input.body)\n'));
    const hover = service.doHover(document, parsed, position);
    assert.ok(hover && typeof hover.contents === 'object' && 'value' in hover.contents);
    assert.match(hover.contents.value, /\\'/);
  });

  it('leaves integration completion alone outside templates', () => {
    const { service, document, parsed, position } = caret(openapi('          application/json: "{}"\n', '        passthroughBehavior: ^\n'));
    assert.ok(service.doComplete(document, parsed, position).items.some((i) => /when_no_match/i.test(i.label)));
  });
});
