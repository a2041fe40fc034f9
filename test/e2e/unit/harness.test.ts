// The in-extension-host harness, checked under plain node:test: what it reports and how it counts.
import { test, beforeEach, afterEach as nodeAfterEach } from 'node:test';
import assert from 'node:assert/strict';
import { MARKER, afterEach, registeredTests, resetRegistry, runRegistered, test as e2eTest } from '../suite/harness';

let lines: string[] = [];
const realLog = console.log;

beforeEach(() => {
  resetRegistry();
  lines = [];
  console.log = (...args: unknown[]) => {
    lines.push(args.map(String).join(' '));
  };
});

nodeAfterEach(() => {
  console.log = realLog;
});

/** The reported lines without the marker, with timings removed so they compare exactly. */
function reported(): string[] {
  return lines.map((l) => {
    assert.ok(l.startsWith(MARKER), `line without marker: ${l}`);
    return l.slice(MARKER.length).replace(/ \(\d+ ms\)$/, '');
  });
}

test('reports ok / not ok per test in order and a summary line with counts', async () => {
  e2eTest('first passes', () => {});
  e2eTest('second fails', () => {
    assert.equal(1 + 1, 3);
  });
  e2eTest('third passes asynchronously', async () => {
    await new Promise((r) => setImmediate(r));
  });
  const summary = await runRegistered('');
  assert.deepEqual(summary, { total: 3, passed: 2, failed: 1, skipped: 0 });
  const out = reported();
  assert.equal(out[0], '1..3');
  assert.equal(out[1], 'ok 1 - first passes');
  assert.equal(out[2], 'not ok 2 - second fails');
  assert.match(out[3], /^ {2}AssertionError/);
  assert.ok(out.includes('ok 3 - third passes asynchronously'));
  assert.equal(out.at(-1), '# tests 3 pass 2 fail 1');
});

test('a test that never settles fails with a timeout and aborts its signal; the next test still runs', async () => {
  let aborted = false;
  e2eTest('hangs', (t) => {
    t.signal.addEventListener('abort', () => {
      aborted = true;
    });
    return new Promise(() => {});
  }, { timeoutMs: 20 });
  e2eTest('runs after', () => {});
  const summary = await runRegistered('');
  assert.deepEqual(summary, { total: 2, passed: 1, failed: 1, skipped: 0 });
  assert.ok(aborted);
  const out = reported();
  assert.equal(out[1], 'not ok 1 - hangs');
  assert.match(out[2], /timed out after 20 ms/);
  assert.equal(out.at(-2), 'ok 2 - runs after');
});

test('grep selects tests by name and skip is reported but not run', async () => {
  let ran = 0;
  e2eTest('diagnostics: openapi', () => {
    ran++;
  });
  e2eTest('hover: integration type', () => {
    ran++;
  });
  e2eTest.skip('diagnostics: not yet', () => {
    ran++;
  });
  assert.equal(registeredTests().length, 3);
  const summary = await runRegistered('^diagnostics');
  assert.equal(ran, 1);
  assert.deepEqual(summary, { total: 2, passed: 1, failed: 0, skipped: 1 });
  assert.deepEqual(reported(), ['1..2', 'ok 1 - diagnostics: openapi', 'ok 2 - diagnostics: not yet # SKIP',
    '# tests 2 pass 1 fail 0 skip 1']);
});

test('afterEach runs after passing and failing tests, and its failure fails the test', async () => {
  const calls: string[] = [];
  afterEach(() => {
    calls.push('hook');
    if (calls.length === 2) throw new Error('cleanup broke');
  });
  e2eTest('a', () => {
    calls.push('a');
  });
  e2eTest('b', () => {
    calls.push('b');
  });
  const summary = await runRegistered('');
  assert.deepEqual(calls, ['a', 'hook', 'b', 'hook']);
  assert.deepEqual(summary, { total: 2, passed: 1, failed: 1, skipped: 0 });
  assert.ok(reported().some((l) => l.includes('cleanup broke')));
});

test('multi-line reports keep the marker on every line', async () => {
  e2eTest('fails with a long message', () => {
    throw new Error('line one\nline two');
  });
  await runRegistered('');
  assert.ok(reported().includes('  line two'));
});
