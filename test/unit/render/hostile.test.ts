// Templates come from any repository a user opens: each attack below must be contained with a clear error,
// within its budget, and without touching the host process.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { renderTemplate, RenderResult, SampleRequest } from '../../../server/src/service/render';

const REQ: SampleRequest = { body: '{"a":1,"list":[1,2,3]}', headers: { 'Content-Type': 'application/json' } };

function render(t: string, options = {}): RenderResult {
  return renderTemplate(t, 'request', REQ, undefined, { timeBudgetMs: 5000, ...options });
}

function kinds(r: RenderResult): string[] {
  return r.errors.map((e) => e.kind);
}

after(() => {
  // nothing a template did may leak into the host's prototypes or globals
  const probe = {} as Record<string, unknown>;
  assert.equal(probe.polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  assert.equal((globalThis as Record<string, unknown>).pwned, undefined);
});

test('getClass()/class reach no reflection: security error, empty output', () => {
  for (const t of ['$input.getClass().forName("java.lang.Runtime").getRuntime().exec("id")', '$input.class.forName("x")', '$util.getClass()', '#set($c = "")$c.class.forName("java.lang.Runtime")']) {
    const r = render(t);
    assert.equal(r.output, '', t);
    assert.deepEqual(kinds(r), ['security'], t);
    assert.match(r.errors[0].message, /not accessible from a template/);
  }
});

test('JavaScript constructors and prototypes are unreachable', () => {
  const r = render('$util.constructor.constructor("globalThis.pwned = 1")()');
  assert.deepEqual(kinds(r), ['security']);
  assert.equal(r.output, '()', 'only the literal text after the refused reference is printed');
  for (const t of ['$input.__proto__', '$input.path("$").__proto__.polluted', '$util.prototype', '$context.constructor']) {
    const x = render(t);
    assert.equal(x.output, '', t);
    assert.deepEqual(kinds(x), ['security'], t);
  }
  // index notation is a map lookup, never a property of a host object
  assert.equal(render('$input["constructor"]$util["__proto__"]$context["toString"]').output, '');
});

test('prototype pollution through $util.parseJson and #set stays inside the template', () => {
  const r = render(`#set($x = $util.parseJson('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}'))$x.get("__proto__").polluted`);
  assert.equal(r.output, 'yes', 'a "__proto__" JSON key is ordinary data');
  const s = render('#set($m = {})#set($m.__proto__ = {"polluted": 1})#set($context.__proto__ = 1)$m');
  assert.equal(s.output, '{}');
  assert.ok(kinds(s).every((k) => k === 'security'));
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('no process, require or globals: unknown names are empty', () => {
  const r = render('[$process][$require][$global][$globalThis][$this][$module]');
  assert.equal(r.output, '[][][][][][]');
  assert.deepEqual(r.errors, []);
});

test('#parse and #include cannot read files', () => {
  for (const t of ['#parse("/etc/passwd")', '#include("/etc/hostname")']) {
    const r = render(t);
    assert.equal(r.output, '');
    assert.equal(r.errors[0].kind, 'runtime');
    assert.match(r.errors[0].message, /not available in API Gateway/);
  }
});

test('huge and nested loops stop on the step budget with a clear error', () => {
  const r = render('#foreach($i in [1..100000000])#foreach($j in [1..1000])x#end#end', { maxSteps: 200_000 });
  assert.deepEqual(kinds(r).slice(-1), ['limit']);
  assert.match(r.errors[r.errors.length - 1].message, /stopped after 200,000 steps/);
  assert.ok(r.output.length < 200_000);
});

test('the deadline stops work the step budget allows', () => {
  const r = render('#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#end#end#end', { maxSteps: 1e12, timeBudgetMs: 50 });
  assert.equal(r.errors[r.errors.length - 1].kind, 'limit');
  assert.match(r.errors[r.errors.length - 1].message, /time budget/);
});

test('macro recursion, #define recursion and #evaluate recursion stop at depth 20', () => {
  for (const t of ['#macro(f)#f()#end#f()', '#define($d)$d$d#end$d', '#macro(g $n)#evaluate("#g(1)")#end#g(1)']) {
    const r = render(t);
    assert.equal(r.errors.length, 1, t);
    assert.equal(r.errors[0].kind, 'limit', t);
    assert.match(r.errors[0].message, /deeper than 20 levels/, t);
  }
});

test('output bombs stop at the output cap', () => {
  const r = render('#foreach($i in [1..1000])#foreach($j in [1..1000])xxxxxxxxxx#end#end', { maxOutputBytes: 10_000 });
  assert.match(r.errors[r.errors.length - 1].message, /output exceeded 10,000 bytes/);
  assert.ok(Buffer.byteLength(r.output) <= 10_000);
});

test('string doubling is refused before it eats memory', () => {
  const r = render('#set($s = "aaaaaaaaaa")#foreach($i in [1..60])#set($s = "$s$s")#end$s.length()');
  assert.deepEqual(kinds(r), ['limit']);
  assert.match(r.errors[0].message, /a string grew past/);
});

test('list doubling is charged per element and stops on the step budget', () => {
  const r = render('#set($l = [1])#foreach($i in [1..60])#set($x = $l.addAll($l))#end$l.size()', { maxSteps: 100_000 });
  assert.deepEqual(kinds(r), ['limit']);
});

test('regular expressions that backtrack exponentially are refused, not run', () => {
  const evil = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!';
  for (const re of ['(a+)+b', '(a|aa)*b', '(a*)*b', '([a-z]+)*$']) {
    const r = render(`#set($x = "${evil}")$x.matches("${re}")$x.replaceAll("${re}", "")`);
    assert.equal(r.errors[0].kind, 'security', re);
    assert.match(r.errors[0].message, /backtrack exponentially/);
  }
  // ordinary patterns still work
  assert.equal(render('#set($x = "a,b")$x.replaceAll("[,]+", ";")').output, 'a;b');
});

test('deeply nested input and templates fail cleanly', () => {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const r = renderTemplate('$input.path("$")', 'request', { body: deep });
  assert.equal(r.errors[0].kind, 'runtime');
  // json-smart's LIMIT_JSON_DEPTH: 400 levels; a method request body the template cannot read answers 400
  assert.match(r.errors[0].message, /nested deeper than 400 levels/);
  assert.equal(r.failure?.status, 400);
  // Velocity 1.7 renders 3,000 nested #if (velocity17Renders); 500 render here, and far deeper stops on a limit
  assert.equal(render('#if(true)'.repeat(500) + 'x' + '#end'.repeat(500)).output, 'x');
  const s = render('#if(true)'.repeat(20_000) + 'x' + '#end'.repeat(20_000));
  assert.deepEqual(kinds(s), ['limit']);
  assert.equal(s.output, '');
  const parens = render(`#set($a = ${'('.repeat(30_000)}1${')'.repeat(30_000)})$a`);
  assert.deepEqual(kinds(parens), ['limit']);
  assert.match(parens.errors[0].message, /nested too deeply/);
});

test('templates over 300 KB are refused without rendering', () => {
  const r = render('x'.repeat(300 * 1024 + 1));
  assert.equal(r.output, '');
  assert.equal(r.errors[0].kind, 'limit');
  assert.match(r.errors[0].message, /300 KB/);
});
