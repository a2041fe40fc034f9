// The rendered output checked as JSON: pretty-printed with its tokens untouched when valid, the first error's
// line and column when not, left alone when it is neither JSON by content type nor by its first character.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkOutput } from '../../../server/src/service/features/renderRequests/output';

describe('checking the output', () => {
  it('valid JSON is pretty-printed without rewriting numbers or escapes', () => {
    const check = checkOutput('{"price":1.50,"big":12345678901234567890,"s":"a\\u00e9\\n","l":[1,{"x":null}]}', 'application/json');
    assert.equal(check.kind, 'json');
    assert.equal(check.valid, true);
    assert.equal(check.pretty, '{\n  "price": 1.50,\n  "big": 12345678901234567890,\n  "s": "a\\u00e9\\n",\n  "l": [\n    1,\n    {\n      "x": null\n    }\n  ]\n}');
  });

  it('invalid JSON: what is wrong, and where (1-based line and column)', () => {
    const cases: [string, string, number, number][] = [
      ['{\n  "a": 1,\n}', 'a property name in double quotes is expected', 3, 1],
      ['{"a": "O\\\'Reilly"}', 'invalid escape in a string', 1, 9],
      ['{"a": 1}\n{"b": 2}', 'text after the end of the JSON value', 2, 1],
      ['{"a": [1, 2}', "',' is expected", 1, 12],
      ['{"a": "tab\there"}', 'a control character inside a string must be escaped', 1, 11],
    ];
    for (const [text, message, line, column] of cases) {
      const check = checkOutput(text, 'application/json');
      assert.equal(check.valid, false, text);
      assert.deepEqual({ message: check.error?.message, line: check.error?.line, column: check.error?.column }, { message, line, column }, text);
    }
  });

  it('JSON is expected from a JSON content type (also +json) or from output that starts like JSON', () => {
    assert.equal(checkOutput('<a/>', 'application/xml').kind, 'text');
    assert.equal(checkOutput('Action=Send&x=1', undefined).kind, 'text');
    assert.equal(checkOutput('[1, 2', undefined).valid, false);
    assert.equal(checkOutput('oops', 'application/problem+json; charset=utf-8').valid, false);
    assert.deepEqual(checkOutput('  \n', 'application/json'), { kind: 'empty', valid: true });
  });
});
