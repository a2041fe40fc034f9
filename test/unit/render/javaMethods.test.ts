// The Java methods templates call on strings, lists and maps, as java.lang.String, java.util.ArrayList and
// java.util.LinkedHashMap define them (Velocity 1.7 calls the Java objects' own methods; see the Velocity user guide,
// https://velocity.apache.org/engine/1.7/user-guide.html#methods, and the String/List/Map javadoc of Java 8).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTemplate } from '../../../server/src/service/render';

function render(template: string, body = '{}'): string {
  const result = renderTemplate(template, 'request', { body, headers: { 'Content-Type': 'application/json' } }, undefined, { requestId: 'r-1' });
  assert.deepEqual(result.errors, [], template);
  return result.output;
}

test('String: case, trim (only characters ≤ U+0020, not other white space), isEmpty', () => {
  assert.equal(render('#set($s = " Mixed Case\t")[$s.toUpperCase()][$s.toLowerCase()][$s.trim()]'), '[ MIXED CASE\t][ mixed case\t][Mixed Case]');
  // Java's trim keeps a no-break space (U+00A0): it is above U+0020.
  assert.equal(render('#set($s = "\u00a0x ")[$s.trim()]'), '[\u00a0x]');
  assert.equal(render('#set($e = "")#set($s = " ")$e.isEmpty() $s.isEmpty() $s.trim().isEmpty()'), 'true false true');
});

test('String: startsWith (also from an index), endsWith, indexOf, lastIndexOf', () => {
  assert.equal(render('#set($s = "arn:aws:lambda")$s.startsWith("arn:") $s.startsWith("aws", 4) $s.startsWith("aws") $s.endsWith("lambda") $s.endsWith("aws")'), 'true true false true false');
  assert.equal(render('#set($s = "a.b.c")$s.indexOf(".") $s.indexOf(".", 2) $s.indexOf("x") $s.lastIndexOf(".") $s.lastIndexOf(".", 2)'), '1 3 -1 3 1');
});

test('String: the wrong number of arguments is not a method templates can call, and the render says which', () => {
  const result = renderTemplate('#set($s = "x")$s.trim(1)|$s.endsWith()', 'request', {}, undefined, { requestId: 'r-1' });
  assert.equal(result.output, '|');
  assert.deepEqual(result.errors.map((e) => e.message), ['String has no method trim(Integer) available to templates', 'String has no method endsWith() available to templates']);
});

test('Map: containsKey, isEmpty, entrySet in insertion order, on a parsed body and on a template map', () => {
  const body = '{"b": 1, "a": {"n": null}}';
  assert.equal(render('#set($m = $input.path("$"))$m.containsKey("a") $m.containsKey("z") $m.isEmpty() $m.a.containsKey("n")', body), 'true false false true');
  assert.equal(render('#set($m = $input.path("$"))#foreach($e in $m.entrySet())$e.key=$e.value;#end', body), 'b=1;a={n=null};');
  assert.equal(render('#set($m = {})$m.isEmpty()#set($ignored = $m.put("k", "v")) $m.isEmpty() $m.containsKey("k") $m'), 'true false true {k=v}');
});

test('List: isEmpty, indexOf by Java equality, contains', () => {
  assert.equal(render('#set($l = ["a", 2, "c"])$l.isEmpty() $l.indexOf("c") $l.indexOf(2) $l.indexOf("2") $l.contains("a")'), 'false 2 1 -1 true');
  assert.equal(render('#set($l = [])$l.isEmpty() $l.size()'), 'true 0');
});
