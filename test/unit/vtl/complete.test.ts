import { test } from 'node:test';
import assert from 'node:assert/strict';
import { completeTemplate, type TemplateCompletion, type MappingContext } from '../../../server/src/service/vtl';
import { caret } from './caret';

function complete(fixture: string, ctx: MappingContext = {}): TemplateCompletion[] {
  const { text, offset } = caret(fixture);
  return completeTemplate(text, offset, ctx);
}

const labels = (items: TemplateCompletion[]) => items.map((i) => i.label).sort();

test('every completion item is documented and replaces the word at the caret', () => {
  const ctx: MappingContext = { stageVariableNames: ['alias'], parameterNames: { path: ['id'], querystring: [], header: [] }, bodyPaths: [{ path: '$.name', type: 'string' }] };
  for (const fixture of ['$|', '$input.|', '$util.|', '$context.|', '$context.identity.|', '#|', "$input.path('|')", "$input.params('|')", '$stageVariables.|']) {
    const { text, offset } = caret(fixture);
    const items = completeTemplate(text, offset, ctx);
    assert.ok(items.length > 0, fixture);
    for (const item of items) {
      assert.ok(item.documentation || item.detail, `${fixture}: ${item.label} has no documentation`);
      assert.ok(item.replaceStart <= offset && item.replaceEnd >= offset, `${fixture}: ${item.label} range`);
    }
  }
});

test('$ roots, the template\'s own variables and loop helpers inside #foreach', () => {
  assert.deepEqual(labels(complete('#set($body = 1)\n$|')), ['body', 'context', 'input', 'stageVariables', 'util']);
  assert.deepEqual(labels(complete('#foreach($item in $list)$|#end')), ['context', 'foreach', 'input', 'item', 'stageVariables', 'util', 'velocityCount']);
  const [first] = complete('${in|}');
  assert.equal(first.replaceStart, 2);
  assert.equal(first.replaceEnd, 4);
});

test('$input. and $util. members, with snippets for methods', () => {
  assert.deepEqual(labels(complete('$input.|')), ['body', 'json', 'params', 'path']);
  const path = complete('$input.pa|th').find((i) => i.label === 'path')!;
  assert.equal(path.kind, 'method');
  assert.equal(path.isSnippet, true);
  assert.equal(path.insertText, "path('\\$${1}')");
  assert.equal(path.replaceStart, 7);
  assert.equal(path.replaceEnd, 11);
  assert.match(path.documentation!, /\{foo=bar\}/); // the Java-map printing quirk
  assert.deepEqual(labels(complete('$util.|')), ['base64Decode', 'base64Encode', 'escapeJavaScript', 'parseJson', 'urlDecode', 'urlEncode']);
  assert.deepEqual(labels(complete('$input.params().|')), ['header', 'path', 'querystring']);
});

test('$context. with nested groups, without access-log-only variables, filtered by stage', () => {
  const top = labels(complete('$context.|'));
  for (const name of ['requestId', 'identity', 'authorizer', 'requestOverride', 'responseOverride', 'httpMethod', 'error']) assert.ok(top.includes(name), name);
  for (const name of ['integrationLatency', 'status', 'responseLatency', 'integration', 'waf']) assert.ok(!top.includes(name), name);
  assert.ok(!labels(complete('$context.|', { stage: 'request' })).includes('responseOverride'));
  assert.ok(!labels(complete('$context.|', { stage: 'response' })).includes('requestOverride'));
  assert.ok(labels(complete('$context.identity.|')).includes('sourceIp'));
  assert.deepEqual(labels(complete('$context.identity.clientCert.validity.|')), ['notAfter', 'notBefore']);
  assert.deepEqual(labels(complete('$context.requestOverride.|')), ['header', 'path', 'querystring']);
  assert.deepEqual(labels(complete('$context.responseOverride.|')), ['header', 'status']);
  assert.ok(labels(complete('$context.authorizer.claims.|')).includes('email'));
  assert.ok(labels(complete('$context.authorizer.|')).includes('principalId'));
  assert.deepEqual(complete('$context.requestId.|'), []); // a leaf has no members
  assert.ok(!labels(complete('$context.|', { apiKind: 'rest' })).includes('connectionId'));
  assert.ok(labels(complete('$context.|', { apiKind: 'websocket' })).includes('connectionId'));
});

test('$stageVariables. with the file\'s stage variable names', () => {
  assert.deepEqual(labels(complete('$stageVariables.|', { stageVariableNames: ['alias', 'table'] })), ['alias', 'table']);
  assert.deepEqual(complete('$stageVariables.|'), []);
  assert.deepEqual(labels(complete("$stageVariables.get('|')", { stageVariableNames: ['alias'] })), ['alias']);
});

test('directives after #, with snippets, and the template\'s macros', () => {
  const items = complete('#macro(greet $n)hi $n#end\n#|');
  for (const name of ['set', 'if', 'elseif', 'else', 'end', 'foreach', 'break', 'stop', 'define', 'macro', 'evaluate', 'parse', 'include', 'greet']) {
    assert.ok(items.some((i) => i.label === name), name);
  }
  const foreach = items.find((i) => i.label === 'foreach')!;
  assert.equal(foreach.insertText, 'foreach(\\$${1:item} in ${2:\\$list})\n$0\n#end');
  assert.equal(complete('#{e|}').find((i) => i.label === 'end')!.insertText, 'end}');
  assert.deepEqual(complete('## comment #|'), []); // nothing inside comments
  assert.deepEqual(complete('\\#|'), []);
});

test('JSONPath suggestions inside $input.path(\' and $input.json(\' from the body schema', () => {
  const ctx: MappingContext = { bodyPaths: [{ path: '$.name', type: 'string', description: 'The pet name' }, { path: '$.tags[*]', type: 'array' }] };
  const { text, offset } = caret("$input.path('$.na|me')");
  const items = completeTemplate(text, offset, ctx);
  assert.deepEqual(labels(items), ['$', '$.name', '$.tags[*]']);
  const name = items.find((i) => i.label === '$.name')!;
  assert.equal(text.slice(name.replaceStart, name.replaceEnd), '$.name'); // replaces the whole string content
  assert.equal(name.documentation, 'The pet name');
  assert.deepEqual(labels(complete('$input.json("|', ctx)), ['$', '$.name', '$.tags[*]']);
});

test("the route's parameter names inside $input.params(' and params().header.get('", () => {
  const ctx: MappingContext = { parameterNames: { path: ['petId'], querystring: ['limit'], header: ['x-api-key'] } };
  const items = complete("$input.params('|')", ctx);
  assert.deepEqual(labels(items), ['limit', 'petId', 'x-api-key']);
  assert.equal(items.find((i) => i.label === 'petId')!.detail, 'path parameter');
  assert.deepEqual(labels(complete("$input.params().header.get('|')", ctx)), ['x-api-key']);
  assert.deepEqual(labels(complete("$input.params().querystring.get('|')", ctx)), ['limit']);
});

test('no completion in plain text or escaped references', () => {
  assert.deepEqual(complete('{"a": |}'), []);
  assert.deepEqual(complete('\\$inp|'), []);
});
