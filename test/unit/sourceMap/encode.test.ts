import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeTemplate, encodeForHost } from '../../../server/src/service/sourceMap';
import { jsonString, yamlString } from './stringNodes';

const SAMPLES = ['#set($x = "a\\b")', "$input.path('$.x')", '{"a": 1}\n#if($x)\n  "b": 2\n#end', 'tab\there', "it's"];

test('encoded text decodes back to the same template text in every style', () => {
  for (const text of SAMPLES) {
    const json = `{"t": "${encodeForHost(text, 'json')}"}`;
    assert.equal(decodeTemplate(json, jsonString(json, text.slice(0, 3))).text, text);
    const dq = `t: "${encodeForHost(text, 'double')}"\n`;
    assert.equal(decodeTemplate(dq, yamlString(dq)).text, text);
    const lit = `t: |-\n  ${encodeForHost(text, 'literal', { indent: '  ' })}\n`;
    assert.equal(decodeTemplate(lit, yamlString(lit)).text, text);
    // Single-quoted and folded scalars cannot hold white space next to a line break: undefined says so.
    for (const [style, head] of [['single', "t: '"], ['folded', 't: >-\n  ']] as const) {
      const encoded = encodeForHost(text, style, { indent: '  ' });
      if (/\n[ \t]/.test(text)) {
        assert.equal(encoded, undefined, `${style} ${JSON.stringify(text)}`);
        continue;
      }
      const src = `${head}${encoded}${style === 'single' ? "'" : ''}\n`;
      assert.equal(decodeTemplate(src, yamlString(src)).text, text, src);
    }
  }
  assert.equal(encodeForHost('a\nb', 'plain'), undefined);
  assert.equal(encodeForHost('key: value', 'plain'), undefined);
});

test('snippets: the syntax stays, literal characters are encoded and escaped again for the snippet', () => {
  assert.equal(encodeForHost("path('\\$${1}')", 'json', { snippet: true }), "path('\\$${1}')");
  assert.equal(encodeForHost('set(\\$${1:name} = "${2:value}")', 'json', { snippet: true }), 'set(\\$${1:name} = \\\\"${2:value}\\\\")');
  assert.equal(encodeForHost('if(${1:condition})\n$0\n#end', 'literal', { snippet: true, indent: '    ' }), 'if(${1:condition})\n    $0\n    #end');
  assert.equal(encodeForHost('if(${1:condition})\n$0\n#end', 'double', { snippet: true }), 'if(${1:condition})\\\\n$0\\\\n#end');
});
