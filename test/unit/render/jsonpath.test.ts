// JSONPath with Jayway's semantics (https://github.com/json-path/JsonPath): definite paths give a value or
// nothing, indefinite ones (wildcard, deep scan, slice, union, filter) give a JSON array of matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateJsonPath } from '../../../server/src/service/render';
import { parseJson } from '../../../server/src/service/render/json';
import { javaString, toPlain } from '../../../server/src/service/render/values';
import { JsonPathError } from '../../../server/src/service/render/jsonpath';

const STORE = parseJson(`{"store": {"book": [
  {"category": "reference", "author": "Nigel Rees", "title": "Sayings", "price": 8.95},
  {"category": "fiction", "author": "Evelyn Waugh", "title": "Sword", "price": 12.99},
  {"category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553", "price": 8.99},
  {"category": "fiction", "author": "J. R. R. Tolkien", "title": "LOTR", "isbn": "0-395", "price": 22.99}
], "bicycle": {"color": "red", "price": 19.95}}, "expensive": 10, "n": null}`);

function q(path: string): unknown {
  return toPlain(evaluateJsonPath(STORE, path).value);
}

test('definite paths', () => {
  assert.equal(q('$.store.bicycle.color'), 'red');
  assert.equal(q("$['store']['bicycle']['price']"), 19.95);
  assert.equal(q('$.store.book[0].author'), 'Nigel Rees');
  assert.equal(q('$.store.book[-1].title'), 'LOTR');
  assert.equal(q('store.bicycle.color'), 'red', 'Jayway accepts a path without $');
});

test('a missing definite path is not found (null); an explicit null is found', () => {
  assert.deepEqual(evaluateJsonPath(STORE, '$.nope.deeper'), { found: false, value: null });
  assert.deepEqual(evaluateJsonPath(STORE, '$.store.book[99]'), { found: false, value: null });
  assert.deepEqual(evaluateJsonPath(STORE, '$.n'), { found: true, value: null });
});

test('wildcards, deep scan, unions and slices give arrays', () => {
  assert.deepEqual(q('$.store.book[*].author'), ['Nigel Rees', 'Evelyn Waugh', 'Herman Melville', 'J. R. R. Tolkien']);
  assert.deepEqual(q('$..isbn'), ['0-553', '0-395']);
  assert.deepEqual(q('$.store.book[0,2].title'), ['Sayings', 'Moby Dick']);
  assert.deepEqual(q('$.store.book[1:3].title'), ['Sword', 'Moby Dick']);
  assert.deepEqual(q('$.store.book[-2:].title'), ['Moby Dick', 'LOTR']);
  assert.deepEqual(q('$.store.book[:1].title'), ['Sayings']);
  assert.deepEqual(q('$.store.*.color'), ['red']);
  assert.deepEqual(q('$.nope[*]'), [], 'an indefinite path that matches nothing is an empty array');
  assert.deepEqual({ ...(q("$.store.bicycle['color','price']") as object) }, { color: 'red', price: 19.95 }, 'a trailing union on one object is a map');
});

test('deep scan order is document order', () => {
  assert.deepEqual(q('$..price'), [8.95, 12.99, 8.99, 22.99, 19.95]);
});

test('filters', () => {
  assert.deepEqual(q('$.store.book[?(@.price < 10)].title'), ['Sayings', 'Moby Dick']);
  assert.deepEqual(q('$.store.book[?(@.isbn)].title'), ['Moby Dick', 'LOTR']);
  assert.deepEqual(q("$.store.book[?(@.category == 'reference')].author"), ['Nigel Rees']);
  assert.deepEqual(q('$.store.book[?(@.price > $.expensive)].title'), ['Sword', 'LOTR']);
  assert.deepEqual(q('$.store.book[?(@.author =~ /.*Tolkien/)].price'), [22.99]);
  assert.deepEqual(q("$.store.book[?(@.category in ['reference'] || @.price > 20)].title"), ['Sayings', 'LOTR']);
  assert.deepEqual(q('$.store.book[?(!(@.price < 10) && @.category == "fiction")].title'), ['Sword', 'LOTR']);
  assert.deepEqual(q("$.store.book[?(@.price == '8.95')].title"), [], 'a string never equals a number');
});

test('functions', () => {
  assert.equal(q('$.store.book.length()'), 4);
  assert.equal(q('$..price.max()'), 22.99);
});

test('results print the way API Gateway prints them', () => {
  assert.equal(javaString(evaluateJsonPath(STORE, '$.store.bicycle').value), '{color=red, price=19.95}');
  assert.equal(javaString(evaluateJsonPath(STORE, '$..isbn').value), '["0-553","0-395"]');
});

test('malformed paths and bodies fail with a clear message', () => {
  assert.throws(() => evaluateJsonPath(STORE, '$.store[?(@.x'), JsonPathError);
  assert.throws(() => evaluateJsonPath(STORE, '$.store.book['), /Invalid JSONPath/);
  assert.throws(() => parseJson('{"a": }'), /unexpected '}' at position 6/);
  assert.throws(() => parseJson('{"a": 1'), /unexpected end of input in an object/);
});

test('numbers keep their Java types', () => {
  const v = parseJson('{"i": 1, "d": 1.0, "big": 12345678901234567890, "dec": 0.1234567890123456789}');
  assert.equal(javaString(v), '{i=1, d=1.0, big=12345678901234567890, dec=0.1234567890123456789}');
});
