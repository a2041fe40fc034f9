import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTemplate, type EmbeddedTemplate } from '../../../server/src/service/sourceMap';
import type { StringNode } from '../../../server/src/service/parse/ast';
import { jsonString, jsonStrings, yamlString, yamlStrings } from './stringNodes';

/**
 * The invariants every decoded template must satisfy: the text equals the parser's value, every template unit
 * maps to the file character that produced it (an escape's backslash, a folded line break's break), the
 * mapping is monotonic, and mapping back lands on the same unit (or the first unit of a multi-unit escape).
 */
function checkInvariants(src: string, node: StringNode, t: EmbeddedTemplate = decodeTemplate(src, node)): void {
  const where = `${node.style} ${JSON.stringify(src)}`;
  assert.equal(t.text, node.value, `text differs from the value for ${where}`);
  assert.equal(t.exact, true, where);
  let previous = -1;
  for (let i = 0; i < t.text.length; i++) {
    const f = t.toFileOffset(i);
    assert.ok(f >= previous, `not monotonic at ${i} for ${where}`);
    previous = f;
    const c = t.text[i];
    const s = src[f];
    const produced =
      s === c ||
      (s === '\\' && (node.style === 'double' || node.style === 'json')) ||
      ((c === ' ' || c === '\n') && (s === '\n' || s === '\r')) ||
      (c === '\n' && f === src.length) ||
      (c === "'" && s === "'") ||
      (/[\uD800-\uDFFF]/.test(c) && s === '\\');
    assert.ok(produced, `template[${i}]=${JSON.stringify(c)} maps to file[${f}]=${JSON.stringify(s)} for ${where}`);
    const back = t.toTemplateOffset(f);
    assert.ok(back !== undefined && back <= i && t.toFileOffset(back) === f, `round trip of ${i} gave ${back} for ${where}`);
    const range = t.toFileRange(i, i + 1);
    assert.equal(range.start, f);
    assert.ok(range.end > range.start || f === src.length, `empty file range for ${i} in ${where}`);
  }
  const end = t.toFileOffset(t.text.length);
  const endBack = t.toTemplateOffset(end);
  assert.ok(endBack !== undefined && t.toFileOffset(endBack) === end, `end round trip for ${where}`);
}

test('literal block scalar: text equals the value, each line maps past the indentation', () => {
  const src = 'a: |\n  #set($x = 1)\n  {"v": "$x"}\nb: 1\n';
  const node = yamlString(src, '#set');
  const t = decodeTemplate(src, node);
  assert.equal(t.text, '#set($x = 1)\n{"v": "$x"}\n');
  assert.equal(t.toFileOffset(0), src.indexOf('#set'));
  assert.equal(t.toFileOffset(t.text.indexOf('{')), src.indexOf('{'));
  assert.equal(t.toFileOffset(t.text.indexOf('\n')), src.indexOf('\n', src.indexOf('#set')));
  // Indentation maps to the next content character; the header line is outside the template.
  assert.equal(t.toTemplateOffset(src.indexOf('{') - 2), t.text.indexOf('{'));
  assert.equal(t.toTemplateOffset(src.indexOf('|')), undefined);
  assert.equal(t.toTemplateOffset(src.indexOf('b: 1')), t.text.length); // the end of the final line break
  assert.equal(t.toTemplateOffset(src.indexOf('b: 1') + 1), undefined);
  checkInvariants(src, node, t);
});

test('block scalars: chomping, explicit indentation, blank and more-indented lines', () => {
  const cases = [
    'a: |-\n  line1\n\n  line2\n\n\nb: 1\n',
    'a: |+\n  x\n\n  \n',
    'a: >+\n  x\n   more\n  y\n\n',
    'a: |2\n    indented\n  x\n',
    '- |2\n    x\n   y\n',
    'k:\n  - |1\n    x\n',
    'a:\n  b: >2-\n     x\n    y\n',
    'a: | # comment\n  x\n',
    'a: |\n\n  x\n\n',
    'a: >\n  a\n  b\n\n  c\n    d\n  e\n',
    'a: >-\n  a\n   \n  b\n',
    'a: |\n  a\n    \n  b\n',
    'a: |\n  x\n     \nb: 1',
    'a: |\n  x',
    'a: >\n\n  x\n  y\n',
    'a: >\n  x\n\n\n  y\n',
    'a: |-\n',
    'a: |+\n\n\n',
    'a: |\r\n  x\r\n  y\r\n',
    'a: >\n  x\r\n\r\n  y\r\n',
    'a: |\n  x\n...\n',
    'a: >\n  one two\n  three\n\n  \tfour\n  five\n',
    'a: !Sub |\n  ${AWS::Region}\n',
  ];
  for (const src of cases) {
    const node = yamlStrings(src).find((n) => n.style === 'literal' || n.style === 'folded');
    assert.ok(node, src);
    checkInvariants(src, node);
  }
});

test('folded block scalar: a folded line break maps to the break, empty lines to their own breaks', () => {
  const src = 'a: >\n  one\n  two\n\n  three\n';
  const node = yamlString(src, 'one');
  const t = decodeTemplate(src, node);
  assert.equal(t.text, 'one two\nthree\n');
  assert.equal(t.toFileOffset(3), src.indexOf('\n', src.indexOf('one'))); // the space comes from the break
  assert.equal(t.toFileOffset(4), src.indexOf('two'));
  assert.equal(t.toFileOffset(7), src.indexOf('\n\n') + 1); // the kept line feed is the empty line's break
  assert.equal(t.toFileOffset(8), src.indexOf('three'));
  checkInvariants(src, node, t);
});

test('plain multi-line scalar: line folding', () => {
  const src = 'a: plain\n  multi\n\n  line\nb: 1';
  const node = yamlString(src, 'plain');
  const t = decodeTemplate(src, node);
  assert.equal(t.text, 'plain multi\nline');
  assert.equal(t.toFileOffset(t.text.indexOf('multi')), src.indexOf('multi'));
  assert.equal(t.toFileOffset(t.text.indexOf('line')), src.indexOf('line'));
  assert.equal(t.toTemplateOffset(src.indexOf('multi') - 1), t.text.indexOf('multi'));
  checkInvariants(src, node, t);
});

test("single-quoted scalar: '' escape and folding", () => {
  const src = "a: '$input.path(''$.x'')\n  folded'\n";
  const node = yamlString(src, 'input');
  const t = decodeTemplate(src, node);
  assert.equal(t.text, "$input.path('$.x') folded");
  const q = t.text.indexOf("'");
  assert.equal(t.toFileOffset(q), src.indexOf("''"));
  assert.equal(t.toFileOffset(q + 1), src.indexOf("''") + 2);
  // The second quote of the escape maps to the escape's template offset.
  assert.equal(t.toTemplateOffset(src.indexOf("''") + 1), q);
  assert.equal(t.toTemplateOffset(node.offset), undefined); // the opening quote
  assert.equal(t.toTemplateOffset(node.offset + node.length - 1), t.text.length); // the closing quote
  assert.equal(t.toTemplateOffset(node.offset + node.length), undefined);
  checkInvariants(src, node, t);
  checkInvariants("a: '  a  \n\n  b '", yamlString("a: '  a  \n\n  b '", 'a'));
});

test('double-quoted scalar: every YAML escape, escaped line breaks, folding', () => {
  const src = 'a: "\\x41\\u00e9\\U0001F600\\/\\N\\_\\L\\P\\0\\a\\b\\e\\f\\r\\v\\ \\\t.\\"\\\\\\n\\t"\n';
  const node = yamlString(src);
  const t = decodeTemplate(src, node);
  assert.equal(t.text, 'Aé\u{1F600}/\x85\xa0\u2028\u2029\0\x07\b\x1b\f\r\v \t."\\\n\t');
  // Both UTF-16 units of \U0001F600 map to the escape's backslash; range covers the whole escape.
  const emoji = t.text.indexOf('\u{1F600}');
  const escapeStart = src.indexOf('\\U');
  assert.equal(t.toFileOffset(emoji), escapeStart);
  assert.equal(t.toFileOffset(emoji + 1), escapeStart);
  assert.deepEqual(t.toFileRange(emoji, emoji + 2), { start: escapeStart, end: escapeStart + 10 });
  assert.equal(t.toTemplateOffset(escapeStart + 5), emoji); // inside the escape
  checkInvariants(src, node, t);
  for (const s of ['a: "x\\\n  y \\\n  z"', 'a: "a  \n   b\\t\n  c"', 'a: "x\r\n  y"', 'a: "x\\\n\n  y"', 'a: "p\n\n\n  q"']) {
    checkInvariants(s, yamlString(s));
  }
});

test('JSON strings: escapes and surrogate pairs', () => {
  const src = '{"requestTemplates": {"application/json": "{\\"id\\": \\"$input.params(\'id\')\\",\\n\\"e\\": \\"\\ud83d\\ude00\\u0041\\/\\\\\\t\\"}"}}';
  const node = jsonString(src, 'input');
  const t = decodeTemplate(src, node);
  assert.equal(t.text, '{"id": "$input.params(\'id\')",\n"e": "\u{1F600}A/\\\t"}');
  const firstQuote = t.text.indexOf('"');
  assert.equal(t.toFileOffset(firstQuote), src.indexOf('\\"'));
  assert.equal(t.toFileOffset(t.text.indexOf('$')), src.indexOf('$'));
  const emoji = t.text.indexOf('\u{1F600}');
  assert.equal(t.toFileOffset(emoji), src.indexOf('\\ud83d'));
  assert.equal(t.toFileOffset(emoji + 1), src.indexOf('\\ude00'));
  assert.equal(t.toTemplateOffset(src.indexOf('\\ude00') + 3), emoji + 1);
  assert.equal(t.toTemplateOffset(node.offset), undefined);
  assert.equal(t.toTemplateOffset(node.offset + 1), 0);
  assert.equal(t.toTemplateOffset(node.offset + node.length - 1), t.text.length);
  checkInvariants(src, node, t);
  for (const n of jsonStrings(src)) checkInvariants(src, n);
});

test('a decoder disagreement falls back to the value with a coarse mapping', () => {
  const node: StringNode = { type: 'string', offset: 3, length: 5, value: 'other', style: 'double' };
  const t = decodeTemplate('a: "xyz"', node);
  assert.equal(t.text, 'other');
  assert.equal(t.exact, false);
  assert.deepEqual(t.toFileRange(0, 2), { start: 3, end: 8 });
});
