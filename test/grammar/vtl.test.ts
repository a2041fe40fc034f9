// The scopes themes colour, asserted directly on source.vtl (the snapshots hold the full picture).
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTokenizer, tokenAt, Tokenizer } from './tokenize';

let tokenizer: Tokenizer;
before(async () => {
  tokenizer = await createTokenizer();
});

/** Scopes of the token at character `at` of `needle` in `source`. */
function scopes(source: string, needle: string, at = 0): string[] {
  return tokenAt(tokenizer.tokenize('source.vtl', source), source, needle, at).scopes;
}

function assertScope(source: string, needle: string, expected: string, at = 0): void {
  const actual = scopes(source, needle, at);
  assert.ok(actual.includes(expected), `${JSON.stringify(needle)} in ${JSON.stringify(source)}: ${actual.join(' ')}`);
}

test('directives, plain and braced, are keyword.control', () => {
  for (const name of ['set', 'if', 'elseif', 'foreach', 'define', 'evaluate', 'parse', 'include', 'break']) {
    assertScope(`#${name}($x)`, name, `keyword.control.directive.${name}.vtl`);
    assertScope(`#{${name}}($x)`, name, `keyword.control.directive.${name}.vtl`);
  }
  for (const name of ['else', 'end', 'break', 'stop']) {
    assertScope(`x#${name} y`, name, `keyword.control.directive.${name}.vtl`);
    assertScope(`x#{${name}}y`, name, `keyword.control.directive.${name}.vtl`);
  }
  assertScope('#macro(greet $who)Hi#end', 'macro', 'keyword.control.directive.macro.vtl');
  assertScope('#macro(greet $who)Hi#end', 'greet', 'entity.name.function.macro.vtl');
  assertScope('#greet("you")', 'greet', 'entity.name.function.macro.vtl');
});

test('text that only looks like a directive stays text', () => {
  for (const [source, needle] of [['#elsewhere', 'elsewhere'], ['color: #fff', 'fff'], ['#/definitions/Pet', 'definitions'], ['#greet (x)', 'greet']]) {
    assert.deepEqual(scopes(source, needle), [], source);
  }
});

test('comments and unparsed content', () => {
  assertScope('x ## note', 'note', 'comment.line.number-sign.vtl');
  assertScope('#* a\n b *# $x', 'b', 'comment.block.vtl');
  assertScope('#** doc *#', 'doc', 'comment.block.documentation.vtl');
  assertScope('#[[ $not #if ]]#', '$not', 'string.unquoted.unparsed.vtl');
  assert.ok(!scopes('#[[ $not ]]#', '$not').includes('variable.other.vtl'));
  assertScope('#* $x *# $after', '$after', 'variable.other.vtl');
});

test('references: quiet, formal, properties, methods, index', () => {
  assertScope('$name', 'name', 'variable.other.vtl');
  assertScope('$!name', '!', 'keyword.operator.quiet.vtl');
  assertScope('${name}', 'name', 'variable.other.vtl');
  assertScope('$!{name}', '{', 'punctuation.definition.variable.begin.vtl');
  assertScope('$a.b.c', 'c', 'variable.other.property.vtl');
  assertScope('$a.b(1).c', 'b', 'entity.name.function.vtl');
  assertScope('$a.b(1).c', 'c', 'variable.other.property.vtl');
  assertScope('$a[0]', '0', 'meta.index.vtl');
  assertScope('$a["k"]', 'k', 'string.quoted.double.vtl');
  assertScope('$a.b-c', 'b-c', 'variable.other.property.vtl');
});

test("API Gateway's variables and functions", () => {
  for (const v of ['input', 'util', 'context', 'stageVariables']) assertScope(`$${v}.x`, v, 'variable.language.vtl');
  assertScope('$util.escapeJavaScript($x)', 'escapeJavaScript', 'support.function.vtl');
  assertScope("$input.path('$.a')", 'path', 'support.function.vtl');
  assertScope('$input.body', 'body', 'support.function.vtl');
  assertScope('$context.requestId', 'requestId', 'variable.other.property.vtl');
  assertScope('$inputs', 'inputs', 'variable.other.vtl');
});

test('strings: double quotes interpolate, single quotes do not', () => {
  assertScope('#set($a = "x $b y")', '$b', 'variable.other.vtl', 1);
  assertScope('#set($a = "x $b y")', '$b', 'string.quoted.double.vtl', 1);
  assert.ok(!scopes("#set($a = 'x $b y')", '$b', 1).includes('variable.other.vtl'));
  assertScope("#set($a = 'x $b y')", '$b', 'string.quoted.single.vtl', 1);
});

test('operators, numbers, constants, ranges, lists and maps', () => {
  const ops: Record<string, string> = {
    '==': 'comparison', '!=': 'comparison', '<': 'comparison', '>': 'comparison', '<=': 'comparison', '>=': 'comparison',
    eq: 'comparison', ne: 'comparison', lt: 'comparison', gt: 'comparison', le: 'comparison', ge: 'comparison',
    '&&': 'logical', '||': 'logical', and: 'logical', or: 'logical', '+': 'arithmetic', '*': 'arithmetic', '%': 'arithmetic',
  };
  for (const [op, kind] of Object.entries(ops)) assertScope(`#if($a ${op} $b)#end`, ` ${op} `, `keyword.operator.${kind}.vtl`, 1);
  assertScope('#if(!$a)#end', '!', 'keyword.operator.logical.vtl');
  assertScope('#if(not $a)#end', 'not', 'keyword.operator.logical.vtl');
  assertScope('#set($a = 1.5)', '1.5', 'constant.numeric.vtl');
  assertScope('#set($a = true)', 'true', 'constant.language.boolean.vtl');
  assertScope('#set($a = null)', 'null', 'constant.language.null.vtl');
  assertScope('#foreach($i in [1..3])#end', '..', 'keyword.operator.range.vtl');
  assertScope('#foreach($i in [1..3])#end', 'in', 'keyword.operator.expression.in.vtl');
  assertScope('#set($l = [1, $b])', '$b', 'meta.structure.list.vtl');
  assertScope('#set($m = {"k": $v})', '$v', 'meta.structure.map.vtl');
});

test('the template text gets a light JSON structure and leaves XML alone', () => {
  const json = '{"id": "$x", "n": 42, "ok": true}';
  assertScope(json, 'id', 'support.type.property-name.json.vtl');
  assertScope(json, '$x', 'variable.other.vtl');
  assertScope(json, '$x', 'string.quoted.double.json.vtl');
  assertScope(json, '42', 'constant.numeric.json.vtl');
  assertScope(json, 'true', 'constant.language.json.vtl');
  const xml = '<a href="$url">text</a> <b>$x</b>';
  assert.deepEqual(scopes(xml, 'text</a>'), [], 'the attribute string ended');
  assert.deepEqual(scopes(xml, '<b>'), []);
  assertScope(xml, '$x', 'variable.other.vtl');
});

test('a directive argument list may span lines; the next directive is still found', () => {
  const source = '#set($a = [1,\n  2])\n#if($a)#end';
  assertScope(source, '2])', 'meta.directive.set.vtl');
  assertScope(source, 'if', 'keyword.control.directive.if.vtl');
});
