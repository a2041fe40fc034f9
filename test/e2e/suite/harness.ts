// A tiny test harness for the extension host (no mocha here): register with `test(name, fn)`, run them
// one after another with a per-test timeout, report TAP-style lines through the console, which the outer
// runner (test/e2e/runner.mjs) picks out of the browser console by their MARKER prefix.

/** Every line the harness reports starts with this, so the runner can tell it from workbench noise. */
export const MARKER = '[apigw-e2e] ';

export interface TestContext {
  /** Aborted when the test times out: long waits should give up then. */
  readonly signal: AbortSignal;
  /** Writes a diagnostic line (`# ...`) under the test's result. */
  log(message: string): void;
}

export type TestFn = (t: TestContext) => unknown | Promise<unknown>;

interface Registered {
  name: string;
  fn: TestFn;
  timeoutMs: number;
  skip: boolean;
}

export interface RunSummary {
  total: number;
  passed: number;
  failed: number;
  skipped: number;
}

const DEFAULT_TIMEOUT_MS = Number(process.env.APIGW_E2E_TEST_TIMEOUT) || 30_000;
const registered: Registered[] = [];
const afterEachHooks: Array<() => unknown | Promise<unknown>> = [];

export function test(name: string, fn: TestFn, options: { timeoutMs?: number } = {}): void {
  registered.push({ name, fn, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, skip: false });
}

/** Registers a test that is reported as skipped (keeps the count honest while something is unfinished). */
test.skip = (name: string, fn: TestFn, options: { timeoutMs?: number } = {}): void => {
  registered.push({ name, fn, timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, skip: true });
};

/** Runs after every test, passed or failed (e.g. close all editors). A failing hook fails that test. */
export function afterEach(fn: () => unknown | Promise<unknown>): void {
  afterEachHooks.push(fn);
}

export function report(line: string): void {
  for (const part of line.split('\n')) console.log(MARKER + part);
}

/** The tests registered so far, in order (for the runner and for the harness's own checks). */
export function registeredTests(): readonly { name: string; skip: boolean }[] {
  return registered.map(({ name, skip }) => ({ name, skip }));
}

/** Forgets all registrations (only the harness's own tests need this). */
export function resetRegistry(): void {
  registered.length = 0;
  afterEachHooks.length = 0;
}

function describeError(err: unknown): string {
  if (err instanceof Error) {
    const stack = err.stack ?? `${err.name}: ${err.message}`;
    // assert's message is already in the stack's first line; keep the stack short and ours.
    return stack
      .split('\n')
      .filter((l, i) => i === 0 || !/node:internal|node_modules|extensionHostProcess|\/out\/vs\/|e2e\/suite\/harness\.js/.test(l))
      .slice(0, 12)
      .join('\n');
  }
  return String(err);
}

async function runOne(entry: Registered): Promise<unknown | undefined> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new Error(`timed out after ${entry.timeoutMs} ms`);
      controller.abort(err);
      reject(err);
    }, entry.timeoutMs);
  });
  const context: TestContext = { signal: controller.signal, log: (m) => report(`# ${m}`) };
  let failure: unknown;
  try {
    await Promise.race([Promise.resolve().then(() => entry.fn(context)), timeout]);
  } catch (err) {
    failure = err ?? new Error('test threw a falsy value');
  } finally {
    clearTimeout(timer);
  }
  for (const hook of afterEachHooks) {
    try {
      await hook();
    } catch (err) {
      failure ??= err;
    }
  }
  return failure;
}

/**
 * Runs the registered tests whose name matches `grep` (a RegExp source; all when empty), sequentially.
 * Reports `ok N - name` / `not ok N - name` with the error indented below, then
 * `# tests T pass P fail F` (and `skip S` when some were skipped).
 */
export async function runRegistered(grep = process.env.APIGW_E2E_GREP ?? ''): Promise<RunSummary> {
  const filter = grep ? new RegExp(grep, 'i') : undefined;
  const selected = registered.filter((t) => !filter || filter.test(t.name));
  const summary: RunSummary = { total: selected.length, passed: 0, failed: 0, skipped: 0 };
  report(`1..${selected.length}`);
  let n = 0;
  for (const entry of selected) {
    n++;
    if (entry.skip) {
      summary.skipped++;
      report(`ok ${n} - ${entry.name} # SKIP`);
      continue;
    }
    const started = Date.now();
    const failure = await runOne(entry);
    const ms = Date.now() - started;
    if (failure === undefined) {
      summary.passed++;
      report(`ok ${n} - ${entry.name} (${ms} ms)`);
    } else {
      summary.failed++;
      report(`not ok ${n} - ${entry.name} (${ms} ms)`);
      report(describeError(failure).replace(/^/gm, '  '));
    }
  }
  report(`# tests ${summary.total} pass ${summary.passed} fail ${summary.failed}` +
    (summary.skipped ? ` skip ${summary.skipped}` : ''));
  return summary;
}
