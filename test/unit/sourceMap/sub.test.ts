import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTemplate } from '../../../server/src/service/sourceMap';
import { jsonString, yamlString } from './stringNodes';

test('Fn::Sub: ${Name} stays verbatim and is listed; ${!X} becomes ${X} mapped onto ${!X}', () => {
  const src = [
    'RequestTemplates:',
    '  application/json: !Sub |',
    '    {"TableName": "${Table}", "region": "${AWS::Region}",',
    '     "id": "${!context.requestId}", "arn": "${Fn.Arn}"}',
    '',
  ].join('\n');
  const node = yamlString(src, 'TableName');
  const t = decodeTemplate(src, node, { sub: true });
  assert.equal(t.text, '{"TableName": "${Table}", "region": "${AWS::Region}",\n "id": "${context.requestId}", "arn": "${Fn.Arn}"}\n');
  assert.deepEqual(
    t.substitutions.map((s) => [s.name, t.text.slice(s.offset, s.offset + s.length)]),
    [
      ['Table', '${Table}'],
      ['AWS::Region', '${AWS::Region}'],
      ['Fn.Arn', '${Fn.Arn}'],
    ],
  );
  // ${context.requestId}: `$` and `{` map to themselves, the name maps past the dropped `!`.
  const ref = t.text.indexOf('${context');
  const fileRef = src.indexOf('${!context');
  assert.equal(t.toFileOffset(ref), fileRef);
  assert.equal(t.toFileOffset(ref + 1), fileRef + 1);
  assert.equal(t.toFileOffset(ref + 2), fileRef + 3);
  assert.equal(t.toTemplateOffset(fileRef + 2), ref + 2); // the `!` itself → the next character
  assert.deepEqual(t.toFileRange(ref, ref + '${context.requestId}'.length), { start: fileRef, end: fileRef + '${!context.requestId}'.length });
  // Substitution ranges map onto the file text.
  const table = t.substitutions[0];
  assert.deepEqual(t.toFileRange(table.offset, table.offset + table.length), { start: src.indexOf('${Table}'), end: src.indexOf('${Table}') + 8 });
});

test('Fn::Sub in JSON long form with escapes, and the [string, vars] form', () => {
  const src = '{"Fn::Sub": ["{\\"q\\": \\"${!input.params(\'q\')}\\", \\"t\\": \\"${ T }\\"}", {"T": "x"}]}';
  const node = jsonString(src, 'input');
  const t = decodeTemplate(src, node, { sub: true });
  assert.equal(t.text, '{"q": "${input.params(\'q\')}", "t": "${ T }"}');
  assert.deepEqual(t.substitutions, [{ name: 'T', offset: t.text.indexOf('${ T }'), length: 6 }]);
  const at = t.text.indexOf('input');
  assert.equal(src.slice(t.toFileOffset(at), t.toFileOffset(at) + 5), 'input');
});

test('without the sub option, ${...} is plain text; an unclosed ${ is not a substitution', () => {
  const src = 'a: "${Foo} ${!Bar} ${open"\n';
  const node = yamlString(src);
  assert.equal(decodeTemplate(src, node).text, '${Foo} ${!Bar} ${open');
  assert.deepEqual(decodeTemplate(src, node).substitutions, []);
  const sub = decodeTemplate(src, node, { sub: true });
  assert.equal(sub.text, '${Foo} ${Bar} ${open');
  assert.deepEqual(sub.substitutions.map((s) => s.name), ['Foo']);
});
