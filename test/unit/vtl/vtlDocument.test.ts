// A standalone .vtl file (language `vtl`) through the public service: diagnostics with quick fixes, completion,
// hover and the Render lens, all in file coordinates (the file is the template).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '../../../server/src/service';
import { caret } from './caret';

const service = getLanguageService();

function open(text: string, uri = 'file:///work/templates/order-request.vtl') {
  const document = TextDocument.create(uri, 'vtl', 1, text);
  return { document, parsed: service.parseDocument(document) };
}

test('a .vtl file is not parsed as YAML, even when its text names API Gateway', () => {
  const { parsed } = open('{"note": "x-amazon-apigateway-integration", "a": [}');
  assert.equal(parsed.isApiGateway, false);
  assert.deepEqual(parsed.tree.roots, []);
});

test('VTL diagnostics in a .vtl file sit on the exact characters, with their quick fix', () => {
  const text = '{\n  "id": "$context.requestID",\n  "name": $util.escapeJavascript($input.path(\'$.name\'))\n}\n#if($x)\n';
  const { document, parsed } = open(text);
  const diagnostics = service.doValidation(document, parsed);
  const byCode = new Map(diagnostics.map((d) => [String(d.code), d]));
  const context = byCode.get('vtl-unknown-context-variable')!;
  assert.ok(context, JSON.stringify(diagnostics.map((d) => d.code)));
  assert.deepEqual(context.range.start, { line: 1, character: 18 });
  assert.equal(document.getText(context.range), 'requestID');
  const util = byCode.get('vtl-unknown-util-method')!;
  assert.equal(document.getText(util.range), 'escapeJavascript');
  assert.ok(byCode.has('vtl-syntax'), 'the unclosed #if');

  const actions = service.getCodeActions(document, parsed, context.range, [context]);
  const edit = actions[0]?.edit?.changes?.[document.uri]?.[0];
  assert.equal(actions[0]?.title.includes('requestId'), true, actions[0]?.title);
  assert.equal(edit?.newText, 'requestId');
});

test('a clean .vtl file has no diagnostics; settings can turn a VTL rule off', () => {
  const { document, parsed } = open('#set($body = $input.path(\'$\'))\n{"id": "$context.requestId", "n": $body.size()}\n');
  assert.deepEqual(service.doValidation(document, parsed), []);
  const broken = open('$context.requestID');
  service.configure({ rules: { 'vtl-unknown-context-variable': 'off' } });
  try {
    assert.deepEqual(service.doValidation(broken.document, broken.parsed), []);
  } finally {
    service.configure({});
  }
});

test('completion after $util. in a .vtl file replaces the word at the caret', () => {
  const { text, offset } = caret('{"a": "$util.esc|"}');
  const { document, parsed } = open(text);
  const list = service.doComplete(document, parsed, document.positionAt(offset));
  const item = list.items.find((i) => i.label === 'escapeJavaScript');
  assert.ok(item, list.items.map((i) => i.label).join(', '));
  const edit = item.textEdit as { range: { start: { character: number }; end: { character: number } } };
  assert.equal(edit.range.start.character, '{"a": "$util.'.length);
  assert.equal(edit.range.end.character, offset);
  assert.ok(item.documentation, 'documented');
});

test('$context.responseOverride is offered in a response template file, not in a request one', () => {
  const labelsIn = (uri: string) => {
    const { text, offset } = caret('$context.|');
    const { document, parsed } = open(text, uri);
    return service.doComplete(document, parsed, document.positionAt(offset)).items.map((i) => i.label);
  };
  assert.ok(labelsIn('file:///t/pet-response.vtl').includes('responseOverride'));
  assert.ok(!labelsIn('file:///t/pet-request.vtl').includes('responseOverride'));
});

test('hover on $input.json explains that it returns a JSON string', () => {
  const { text, offset } = caret('{"pet": $input.js|on(\'$.pet\')}');
  const { document, parsed } = open(text);
  const hover = service.doHover(document, parsed, document.positionAt(offset));
  const value = (hover?.contents as { value: string } | undefined)?.value ?? '';
  assert.match(value, /JSON string/i);
  assert.equal(document.getText(hover!.range!), 'json');
});

test('a .vtl file has one Render lens on its first line, for the stage its name says', () => {
  const request = open('{}', 'file:///t/order-to-dynamodb.vtl');
  const response = open('{}', 'file:///t/pet-response.vtl');
  const [lens] = service.getCodeLenses(request.document, request.parsed);
  assert.equal(lens.command?.title, 'Render as request template');
  assert.deepEqual(lens.command?.arguments, ['file:///t/order-to-dynamodb.vtl', { position: { line: 0, character: 0 }, stage: 'request' }]);
  assert.equal(service.getCodeLenses(response.document, response.parsed)[0].command?.title, 'Render as response template');
});
