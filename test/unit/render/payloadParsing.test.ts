// The payload as API Gateway reads it: Jayway JsonPath over json-smart in MODE_PERMISSIVE. Each rule is tested with
// variants and names the json-smart source it comes from (netplex/json-smart-v2 at 5d8f14e6, json-smart/src/main/
// java/net/minidev/json/parser/: JSONParserBase.readFirst/readMain/readObject/readArray/parseNumber/extractFloat,
// JSONParserMemory.readNumber/readString/readNQString, JSONParserString.extractStringTrim), or the AWS recording it
// is checked against (test/golden/cases).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseJson, MAX_DEPTH } from '../../../server/src/service/render/json';
import { JDouble, JList, JMap, javaString, jsonSmart, typeName } from '../../../server/src/service/render/values';
import { renderTemplate, simulate } from '../../../server/src/service/render';

const json = (text: string) => jsonSmart(parseJson(text), undefined, false);
const req = (template: string, body: string, contentType = 'application/json') => renderTemplate(template, 'request', { body, headers: { 'Content-Type': contentType } });

test('a text that is not JSON at all is a string, trimmed (readFirst → readNQString(stopX); extractStringTrim)', () => {
  assert.equal(parseJson('a=b&c=d'), 'a=b&c=d');
  assert.equal(parseJson('  plain text \n'), 'plain text');
  assert.equal(parseJson('hello: world'), 'hello: world');
  assert.equal(parseJson(''), '');
});

test('true/false/null/NaN only as the whole token; a longer word is a string', () => {
  assert.equal(parseJson('true'), true);
  assert.equal(parseJson('false'), false);
  assert.equal(parseJson('null'), null);
  assert.ok(Number.isNaN((parseJson('NaN') as JDouble).v));
  assert.equal(parseJson('true story'), 'true story');
  assert.equal(parseJson('nullable'), 'nullable');
  assert.equal(json('{"a": truex, "b": null , "c": NaNa}'), '{"a":"truex","b":null,"c":"NaNa"}');
});

test('unquoted keys and values: a key runs to ":", a value to "," or "}" (in arrays "," or "]"), trimmed', () => {
  assert.equal(json('{statusCode: 200}'), '{"statusCode":200}');
  assert.equal(json('{a: hello world, b : x y }'), '{"a":"hello world","b":"x y"}');
  assert.equal(json('[a b, c]'), '["a b","c"]');
  assert.equal(json('{super{ f}oo: [ba r]}'), '{"super{ f}oo":["ba r"]}');
  assert.equal(json('{a: b]c}'), '{"a":"b]c"}');
});

test('single quotes quote strings; a quote of the other kind is an ordinary character', () => {
  assert.equal(json("{'a': 'it\"s'}"), '{"a":"it\\"s"}');
  assert.equal(json(`{"a": "it's"}`), `{"a":"it's"}`);
  assert.throws(() => parseJson(`{"a': 1}`), /end of input in a string/);
});

test('escapes: \\x and \\u read hex; an unknown escape drops backslash and character; control characters kept only without a backslash', () => {
  assert.equal(parseJson('"\\x41\\u0042\\/\\\'"'), "AB/'");
  assert.equal(parseJson('"a\\qb"'), 'ab');
  assert.equal(parseJson('"a\tb"'), 'a\tb', 'fast path (no backslash): kept');
  assert.equal(parseJson('"a\tb\\n"'), 'ab\n', 'slow path (a backslash): IGNORE_CONTROL_CHAR drops it');
  assert.throws(() => parseJson('"\\u00zz"'), /unicode escape/);
});

test('numbers: Integer, Long, BigInteger; Double, BigDecimal past 18 characters; leading zeros accepted; more text makes a string', () => {
  assert.equal(typeName(parseJson('2147483647')), 'Integer');
  assert.equal(typeName(parseJson('2147483648')), 'Long');
  assert.equal(typeName(parseJson('12345678901234567890')), 'BigInteger');
  assert.equal(typeName(parseJson('1.5')), 'Double');
  assert.equal(javaString(parseJson('1e3')), '1000.0');
  assert.equal(javaString(parseJson('0.1234567890123456789')), '0.1234567890123456789');
  assert.equal(typeName(parseJson('0.1234567890123456789')), 'BigDecimal');
  assert.equal(parseJson('007'), 7);
  assert.equal(parseJson('-'), 0, 'parseNumber of "-" alone');
  assert.equal(parseJson('123abc'), '123abc');
  assert.equal(parseJson('12 34'), '12 34');
  assert.equal(parseJson('1e'), '1e');
  assert.equal(json('{"a": 1 , "b": -2.5e-1}'), '{"a":1,"b":-0.25}');
  assert.throws(() => parseJson('-.'), /is not a number/);
});

test('useless commas are skipped, anything after the first complete value is ignored', () => {
  assert.equal(json('[1,,2,]'), '[1,2]');
  assert.equal(json('{,"a":1,,}'), '{"a":1}');
  assert.equal(json('{"a":1}}} trailing'), '{"a":1}');
  assert.equal(json('{"statusCode": 200, }foo: [ba r]}'), '{"statusCode":200}');
  assert.equal(json('"a" b'), '"a"');
  assert.equal(json('["a"x]'), '["a","x"]', 'text after a string in an array is another element');
});

test('a text that starts as JSON and breaks off is an error', () => {
  for (const broken of ['{a', '[a', '{"a": 1', '{"a" 1}', '{"a": }', '[1', '"open', "{'a': 1", '{"a": [1}', '{[', '}']) {
    assert.throws(() => parseJson(broken), (e: Error) => e.name === 'Error' || /at position/.test(e.message), broken);
  }
});

test('objects are LinkedHashMaps in insertion order (a repeated key keeps its place, the last value wins), arrays JSON arrays', () => {
  const m = parseJson('{"b": 1, "a": 2, "b": 3}') as JMap;
  assert.ok(m instanceof JMap);
  assert.equal(javaString(m), '{b=3, a=2}');
  assert.ok((parseJson('[1]') as JList).json);
});

test(`nesting deeper than ${MAX_DEPTH} levels is an error (LIMIT_JSON_DEPTH), iteratively: no stack overflow on far deeper input`, () => {
  assert.equal(json('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)).length, MAX_DEPTH * 2);
  assert.throws(() => parseJson('['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1)), /deeper than 400/);
  assert.throws(() => parseJson('{"a":'.repeat(200_000)), /deeper than 400/);
  let units = 0;
  parseJson('[1, [2, 3], {"a": 4}]', { charge: (n) => (units += n) });
  assert.equal(units, 7, 'charge() once per value');
});

test('$input.path and $input.json read a body that is not JSON as a string (user-report/stackoverflow-32057053)', () => {
  assert.equal(req(`"$input.path('$')"`, 'a=b').output, '"a=b"');
  assert.equal(req(`$input.json('$')`, 'a=b').output, '"a=b"');
  assert.equal(req(`[$input.path('$.x')]`, 'a=b').output, '[]');
  assert.equal(req(`#foreach($p in $input.path('$').split('&'))$p.split('=')[0];#end`, 'a=1&b=2', 'application/x-www-form-urlencoded').output, 'a;b;');
  assert.equal(req(`$input.path('$').statusCode`, '{statusCode: 200}').output, '200');
});

test('a method request body that starts as JSON and breaks off answers 400; a backend body, 500; a template error, 500', () => {
  for (const body of ['{a', '[a', '{"name": "broken']) {
    const r = req(`$input.json('$')`, body);
    assert.equal(r.failure?.status, 400, body);
    assert.equal(r.failure?.body, '{"message": "Invalid JSON in request body"}');
    assert.match(r.errors[0].message, /cannot be read as JSON/);
  }
  // the body is read only when the template asks for it
  assert.equal(req('$input.body', '{a').output, '{a');
  assert.equal(req('$input.body', '{a').failure, undefined);
  const back = renderTemplate(`$input.path('$.a')`, 'response', {}, { statusCode: 200, body: '{a' });
  assert.equal(back.failure?.status, 500);
  assert.equal(req('$util.parseJson("{a")', '{}').failure?.status, 500);
  assert.equal(req('#set($x = $input.path("$[")) ', '{}').failure?.status, 500);
});

test('a body mapping (method.request.body.x) over a body that breaks off answers 400; a form body maps nothing', () => {
  const spec = (body: string) =>
    simulate(
      { type: 'HTTP', uri: 'https://x.example', requestParameters: { 'integration.request.header.X-Name': 'method.request.body.name' }, responses: [{ selectionPattern: 'default', statusCode: '200' }] },
      { httpMethod: 'POST', headers: { 'Content-Type': 'application/json' }, body },
      { statusCode: 200, body: '{}' },
    );
  assert.equal(spec('{"name": "Rex"}').integrationRequest?.headers['X-Name'], 'Rex');
  assert.equal(spec('{name: Rex}').integrationRequest?.headers['X-Name'], 'Rex');
  assert.equal(spec('name=Rex').integrationRequest?.headers['X-Name'], undefined);
  const broken = spec('{"name": ');
  assert.equal(broken.statusCode, 400);
  assert.equal(broken.body, '{"message": "Invalid JSON in request body"}');
});

test("MOCK reads statusCode as json-smart reads the request template's output: an integer, or 500", () => {
  const mock = (template: string) =>
    simulate({ type: 'MOCK', requestTemplates: { 'application/json': template }, responses: [{ selectionPattern: 'default', statusCode: '200' }, { selectionPattern: '4\\d{2}', statusCode: '404' }] }, {});
  assert.equal(mock('{statusCode: 200}').statusCode, 200, 'recorded: golden localstack/mock-with-path-param/unquoted-statuscode');
  assert.equal(mock(" { 'statusCode' : 404 , } ").statusCode, 404);
  assert.equal(mock('{"statusCode": 200} and more').statusCode, 200);
  for (const bad of ['{"statusCode": "200"}', '{"statusCode": 200.0}', '{"statusCode": 200', 'statusCode: 200', '{}', '', '[200]']) {
    const r = mock(bad);
    assert.equal(r.statusCode, 500, bad);
    assert.equal(r.body, '{"message": "Internal server error"}');
    assert.match(r.steps[r.steps.length - 1].message, /Unable to parse statusCode/);
  }
});
