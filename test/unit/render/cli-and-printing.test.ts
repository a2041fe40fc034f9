// The `apigw render` command and Java-style printing of values.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderCommand } from '../../../server/src/cli/commands/render';
import { javaDouble, javaString, JDouble, JList, JMap, fromPlain } from '../../../server/src/service/render/values';

function io(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      stdout: (s: string) => out.push(s),
      stderr: (s: string) => err.push(s),
      readFile: async (p: string) => {
        if (!(p in files)) throw new Error(`ENOENT: ${p}`);
        return files[p];
      },
    },
  };
}

test('apigw render prints the output and exits 0', async () => {
  const t = io({ 't.vtl': '{"id": "$input.params(\'id\')"}', 'req.json': '{"pathParameters": {"id": "7"}}' });
  assert.equal(await renderCommand(['t.vtl', '--request', 'req.json'], t.io), 0);
  assert.equal(t.out.join(''), '{"id": "7"}\n');
});

test('apigw render --json with an integration response reports status and overrides', async () => {
  const t = io({
    't.vtl': '#set($context.responseOverride.status = 404)$input.path("$.a")',
    'req.json': '{}',
    'resp.json': '{"statusCode": 200, "body": "{\\"a\\": {\\"b\\": 1}}"}',
  });
  assert.equal(await renderCommand(['t.vtl', '--request', 'req.json', '--integration-response', 'resp.json', '--json'], t.io), 0);
  const out = JSON.parse(t.out.join(''));
  assert.deepEqual(out, { output: '{b=1}', statusCode: 404, overrides: { response: { status: 404, header: {} } } });
});

test('apigw render exits non-zero with located errors', async () => {
  const t = io({ 't.vtl': 'a\n#if($x', 'req.json': '{}' });
  assert.equal(await renderCommand(['t.vtl', '--request', 'req.json'], t.io), 1);
  assert.match(t.err.join(''), /^t\.vtl:2:4: syntax error: Unbalanced parentheses: the `\(` of #if is never closed/);
  const u = io({});
  assert.equal(await renderCommand(['t.vtl'], u.io), 2);
  assert.match(u.err.join(''), /usage/);
  const m = io({ 't.vtl': 'x' });
  assert.equal(await renderCommand(['t.vtl', '--request', 'missing.json'], m.io), 2);
  assert.match(m.err.join(''), /ENOENT/);
});

test('Java Double.toString', () => {
  assert.equal(javaDouble(1), '1.0');
  assert.equal(javaDouble(0.1), '0.1');
  assert.equal(javaDouble(1e7), '1.0E7');
  assert.equal(javaDouble(1.5e-4), '1.5E-4');
  assert.equal(javaDouble(-0), '-0.0');
  assert.equal(javaDouble(NaN), 'NaN');
});

test('Java printing of maps, lists, nulls and nested JSON arrays', () => {
  const m = JMap.from([['a', 'b'], ['n', null], ['l', new JList(['x', 1])], ['d', new JDouble(2)]]);
  assert.equal(javaString(m), '{a=b, n=null, l=[x, 1], d=2.0}');
  assert.equal(javaString(fromPlain({ j: ['a/b', { k: 'v' }] })), '{j=["a\\/b",{"k":"v"}]}', 'json-smart escapes / inside JSON arrays');
  const self = new JMap();
  self.set('me', self);
  assert.equal(javaString(self), '{me=(this Map)}');
});
