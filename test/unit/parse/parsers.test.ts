import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AstNode, findNodeAtOffset, getValue, IntrinsicNode, isIntrinsic, isObject, pathOf, StringNode } from '../../../server/src/service/parse/ast';
import { parseJson } from '../../../server/src/service/parse/jsonParser';
import { parseYaml } from '../../../server/src/service/parse/yamlParser';
import { evaluateString, knownString } from '../../../server/src/service/model/values';
import { fixture } from '../../helpers/fixtures';

function textOf(source: string, node: { offset: number; length: number } | undefined): string {
  assert.ok(node, 'node missing');
  return source.slice(node.offset, node.offset + node.length);
}

describe('YAML parser', () => {
  it('keeps exact offsets for keys and values of every scalar style', () => {
    const src = 'a: plain\nb: \'single\'\nc: "double"\nd: |\n  literal\ne: >-\n  folded\n  text\n200: x\n';
    const root = parseYaml(src).roots[0];
    assert.ok(isObject(root));
    assert.deepEqual(root.properties.map((p) => p.key.value), ['a', 'b', 'c', 'd', 'e', '200']);
    assert.equal(textOf(src, getValue(root, 'b')), "'single'");
    assert.equal(textOf(src, getValue(root, 'c')), '"double"');
    const d = getValue(root, 'd') as StringNode;
    assert.equal(d.style, 'literal');
    assert.equal(d.value, 'literal\n');
    assert.equal((getValue(root, 'e') as StringNode).value, 'folded text');
  });

  it('represents short-form tags as intrinsics covering the tag', () => {
    const src = 'uri: !Sub "arn:${AWS::Region}"\nrole: !GetAtt Role.Arn\nlist: !Join\n  - ""\n  - [a, !Ref B]\nodd: !Whatever 3\n';
    const root = parseYaml(src).roots[0];
    const uri = getValue(root, 'uri') as IntrinsicNode;
    assert.equal(uri.name, 'Fn::Sub');
    assert.equal(uri.form, 'short');
    assert.equal(textOf(src, uri), '!Sub "arn:${AWS::Region}"');
    assert.equal((uri.argument as StringNode).value, 'arn:${AWS::Region}');
    assert.equal((getValue(root, 'role') as IntrinsicNode).name, 'Fn::GetAtt');
    assert.equal((getValue(root, 'list') as IntrinsicNode).argument?.type, 'array');
    assert.ok(isIntrinsic(getValue(root, 'odd')), 'unknown tags are computed values too');
    assert.deepEqual(parseYaml(src).problems, []);
  });

  it('recognises every CloudFormation short form without errors', () => {
    const tags = ['Base64', 'Cidr', 'FindInMap', 'GetAtt', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform', 'Ref', 'Condition', 'And', 'Equals', 'If', 'Not', 'Or'];
    const src = tags.map((t, i) => `k${i}: !${t} x`).join('\n') + '\nseq: !If [c, a, b]\nmap: !Transform {Name: AWS::Include}\n';
    const tree = parseYaml(src);
    assert.deepEqual(tree.problems, []);
    const root = tree.roots[0];
    assert.ok(isObject(root));
    assert.ok(root.properties.every((p) => isIntrinsic(p.value)));
  });

  it('represents long-form intrinsics as intrinsics', () => {
    const root = parseYaml('a:\n  Fn::Sub: x\nb: {Ref: B}\nc: {Ref: B, Other: 1}\n').roots[0];
    assert.equal((getValue(root, 'a') as IntrinsicNode).name, 'Fn::Sub');
    assert.equal((getValue(root, 'a') as IntrinsicNode).form, 'long');
    assert.equal((getValue(root, 'b') as IntrinsicNode).name, 'Ref');
    assert.ok(isObject(getValue(root, 'c')), 'a map with more keys is a map');
  });

  it('parses every document of a multi-document file', () => {
    const tree = parseYaml('a: 1\n---\nb: 2\n');
    assert.equal(tree.roots.length, 2);
    assert.ok(getValue(tree.roots[1], 'b'));
  });

  it('expands aliases and merge keys, within a budget', () => {
    const root = parseYaml('base: &b {type: mock}\nx:\n  <<: *b\n  uri: u\ny: *b\n').roots[0];
    assert.equal(knownString(getValue(getValue(root, 'x'), 'type')), 'mock');
    assert.equal(knownString(getValue(getValue(root, 'y'), 'type')), 'mock');
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(', ')}]`);
    const started = process.hrtime.bigint();
    parseYaml(bomb.join('\n'));
    assert.ok(process.hrtime.bigint() - started < 5_000_000_000n, 'a billion-laughs document must not expand fully');
  });

  it('reports errors with a visible range and keeps parsing', () => {
    const tree = parseYaml('a: [1, 2\nb: 3\n');
    assert.ok(tree.problems.length > 0);
    for (const p of tree.problems) assert.ok(p.length > 0);
  });

  it('finds the innermost node at an offset and its path', () => {
    const { text, carets } = fixture('paths:\n  /p:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_pr|oxy\n');
    const root = parseYaml(text).roots[0];
    const node = findNodeAtOffset(root, carets[0]) as AstNode;
    assert.equal(node.type, 'string');
    assert.deepEqual(pathOf(node), ['paths', '/p', 'get', 'x-amazon-apigateway-integration', 'type']);
  });
});

describe('JSON parser', () => {
  it('keeps exact offsets and decodes escapes', () => {
    const src = '{"a": "x\\ny", "b": [1, true, null], "c": {"Fn::Sub": "s"}}';
    const tree = parseJson(src);
    assert.deepEqual(tree.problems, []);
    const root = tree.roots[0];
    assert.equal((getValue(root, 'a') as StringNode).value, 'x\ny');
    assert.equal(textOf(src, getValue(root, 'a')), '"x\\ny"');
    assert.equal(textOf(src, getValue(root, 'b')), '[1, true, null]');
    const c = getValue(root, 'c') as IntrinsicNode;
    assert.equal(c.name, 'Fn::Sub');
    assert.equal(textOf(src, c), '{"Fn::Sub": "s"}');
  });

  it('recovers from errors and still builds the tree', () => {
    const tree = parseJson('{"a": 1, "b": [1, 2, "c": 3}');
    assert.ok(tree.problems.length > 0);
    assert.ok(getValue(tree.roots[0], 'a'));
  });

  it('closes unterminated containers at the end', () => {
    const tree = parseJson('{"a": {"b": 1');
    assert.ok(tree.problems.length > 0);
    assert.equal(knownString(getValue(getValue(tree.roots[0], 'a'), 'b')), '1');
  });
});

describe('values known before deploy', () => {
  const value = (yaml: string) => evaluateString(getValue(parseYaml(`v: ${yaml}`).roots[0], 'v'));
  it('splits !Sub into literal text and holes, honouring ${!Literal}', () => {
    assert.deepEqual(value('!Sub "a-${AWS::Region}-${Fn.Arn}-${!Keep}"')?.segments, [
      { text: 'a-' },
      { hole: { kind: 'ref', name: 'AWS::Region' } },
      { text: '-' },
      { hole: { kind: 'getatt', resource: 'Fn', attribute: 'Arn' } },
      { text: '-${Keep}' },
    ]);
  });
  it('substitutes literal Sub variables and flattens !Join', () => {
    assert.deepEqual(value('!Sub ["x-${V}", {V: lit}]')?.segments, [{ text: 'x-lit' }]);
    assert.deepEqual(value('!Join ["/", [a, !Ref B, c]]')?.segments, [{ text: 'a/' }, { hole: { kind: 'ref', name: 'B' } }, { text: '/c' }]);
  });
  it('treats ${stageVariables.x} as a stage-variable hole', () => {
    assert.deepEqual(value('"http://${stageVariables.host}/x"')?.segments, [{ text: 'http://' }, { hole: { kind: 'stageVariable', name: 'host' } }, { text: '/x' }]);
  });
});
