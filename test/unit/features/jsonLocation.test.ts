// Completion far into a large JSON file reads the caret's location from an enclosing object instead of the start
// of the file (features/common/caret.ts jsonLocation). At every offset of a generated spec, valid and after edits that
// are valid JSON, it must say what jsonc-parser's getLocation over the whole text says.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { getLocation } from 'jsonc-parser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generate } from '../../../bench/generate';
import { getLanguageService } from '../../../server/src/service';
import { jsonLocation } from '../../../server/src/service/features/common/caret';

const service = getLanguageService();

function compareEverywhere(text: string, step: number): number {
  const document = TextDocument.create('file:///spec.json', 'json', 1, text);
  const parsed = service.parseDocument(document);
  let windowed = 0;
  for (let offset = 0; offset <= text.length; offset += step) {
    const expected = getLocation(text, offset);
    const actual = jsonLocation(parsed, offset, 0);
    const at = `offset ${offset}: …${JSON.stringify(text.slice(Math.max(0, offset - 30), offset))}|`;
    assert.deepEqual(actual.path, expected.path, at);
    assert.equal(actual.isAtPropertyKey, expected.isAtPropertyKey, at);
    assert.deepEqual(
      actual.previousNode && [actual.previousNode.type, actual.previousNode.offset, actual.previousNode.length, actual.previousNode.value],
      expected.previousNode && [expected.previousNode.type, expected.previousNode.offset, expected.previousNode.length, expected.previousNode.value],
      at,
    );
    if (actual.path.length > 3) windowed++;
  }
  return windowed;
}

test('at every offset of a generated JSON spec, the windowed location equals a scan of the whole text', () => {
  const text = generate(3, 'json');
  assert.ok(compareEverywhere(text, 1) > 1000, 'most carets sit deep enough to use a window');
});

test('with a half-typed key or value inside an integration, the windowed location equals a whole scan', () => {
  const text = generate(3, 'json');
  const at = text.indexOf('"timeoutInMillis"');
  for (const typed of ['"', '"ty', '"type": ', '"type": "aws_', ',', '"a": {', '"b": [1, ']) {
    compareEverywhere(text.slice(0, at) + typed + text.slice(at), 7);
  }
});
