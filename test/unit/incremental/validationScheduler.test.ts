/**
 * Diagnostics scheduling: pulled when the client can (one validation per version, "unchanged" for a repeated
 * pull, "stale" when an edit lands mid-validation), pushed otherwise (a newer edit cancels a pending run, only
 * the current version is published); and the document cache parses each version from the previous one.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { generate } from '../../../bench/generate';
import { DocumentCache } from '../../../server/src/lsp/documentCache';
import { ValidationHost, ValidationScheduler } from '../../../server/src/lsp/validationScheduler';
import { getLanguageService } from '../../../server/src/service';
import { isReusable } from '../../../server/src/service/parse/incremental';

const URI = 'file:///api.yaml';

function diagnostic(message: string): Diagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message };
}

/** A host whose document and validation a test controls, recording what it is asked to do. */
function fakeHost() {
  const state = {
    document: TextDocument.create(URI, 'yaml', 1, 'a: 1\n') as TextDocument | undefined,
    validated: [] as number[],
    published: [] as { version: number; diagnostics: Diagnostic[] }[],
    refreshed: 0,
    duringValidation: undefined as (() => void) | undefined,
  };
  const host: ValidationHost = {
    getDocument: () => state.document,
    validate(document) {
      state.validated.push(document.version);
      state.duringValidation?.();
      return [diagnostic(`v${document.version}`)];
    },
    publish: (_uri, version, diagnostics) => void state.published.push({ version, diagnostics }),
    refresh: () => void state.refreshed++,
    log: () => undefined,
  };
  const edit = () => {
    state.document = TextDocument.update(state.document!, [{ text: `a: ${state.document!.version + 1}\n` }], state.document!.version + 1);
  };
  return { state, host, edit };
}

/** Resolves once `check` holds, polling the event loop (no time limits: the test runner's timeout applies). */
async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 1));
}

describe('pull diagnostics', () => {
  it('are announced only to clients that pull', () => {
    const { host } = fakeHost();
    assert.deepEqual(new ValidationScheduler(host).useClient({ textDocument: {} }), {});
    const pulling = new ValidationScheduler(host);
    assert.deepEqual(pulling.useClient({ textDocument: { diagnostic: { dynamicRegistration: false } } }), {
      diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false },
    });
    assert.equal(pulling.mode, 'pull');
  });

  it('validate each version once; a repeated pull of the same version is "unchanged"', () => {
    const { state, host, edit } = fakeHost();
    const scheduler = new ValidationScheduler(host);
    scheduler.useClient({ textDocument: { diagnostic: {} } });
    const first = scheduler.pull(URI, undefined, () => false);
    assert.equal(first.kind, 'full');
    assert.deepEqual(first.kind === 'full' && first.items.map((d) => d.message), ['v1']);
    const again = scheduler.pull(URI, first.kind === 'full' ? first.resultId : undefined, () => false);
    assert.equal(again.kind, 'unchanged');
    // A client that lost the result gets it again without a second validation.
    assert.equal(scheduler.pull(URI, undefined, () => false).kind, 'full');
    assert.deepEqual(state.validated, [1]);

    edit();
    const second = scheduler.pull(URI, first.kind === 'full' ? first.resultId : undefined, () => false);
    assert.deepEqual(second.kind === 'full' && second.items.map((d) => d.message), ['v2']);
    assert.notEqual(second.kind === 'full' && second.resultId, first.kind === 'full' && first.resultId);
    assert.deepEqual(state.validated, [1, 2]);
    // In pull mode a change schedules nothing: the client asks.
    scheduler.schedule(URI);
    assert.deepEqual(state.published, []);
  });

  it('answer "stale" when the document changes during validation, and the next pull validates the new version', () => {
    const { state, host, edit } = fakeHost();
    const scheduler = new ValidationScheduler(host);
    scheduler.useClient({ textDocument: { diagnostic: {} } });
    state.duringValidation = () => {
      state.duringValidation = undefined;
      edit();
    };
    assert.equal(scheduler.pull(URI, undefined, () => false).kind, 'stale');
    const next = scheduler.pull(URI, undefined, () => false);
    assert.deepEqual(next.kind === 'full' && next.items.map((d) => d.message), ['v2']);
    // A cancelled request is stale too.
    edit();
    assert.equal(scheduler.pull(URI, undefined, () => true).kind, 'stale');
  });

  it('settings changes ask the client to pull again, and forget drops what was computed', () => {
    const { state, host } = fakeHost();
    const scheduler = new ValidationScheduler(host);
    scheduler.useClient({ textDocument: { diagnostic: {} }, workspace: { diagnostics: { refreshSupport: true } } });
    scheduler.pull(URI, undefined, () => false);
    scheduler.revalidateAll([URI]);
    assert.equal(state.refreshed, 1);
    scheduler.pull(URI, undefined, () => false);
    scheduler.forget(URI);
    scheduler.pull(URI, undefined, () => false);
    assert.deepEqual(state.validated, [1, 1, 1]);
  });
});

describe('push diagnostics', () => {
  it('a newer edit cancels the pending run; only the current version is validated and published', async () => {
    const { state, host, edit } = fakeHost();
    const scheduler = new ValidationScheduler(host, 5);
    scheduler.useClient({ textDocument: {} });
    scheduler.schedule(URI);
    edit();
    scheduler.schedule(URI);
    edit();
    scheduler.schedule(URI);
    await until(() => state.published.length > 0);
    assert.deepEqual(state.validated, [3]);
    assert.deepEqual(state.published.map((p) => p.version), [3]);
    scheduler.dispose();
  });

  it('a run that finds a newer version when it ends publishes nothing', async () => {
    const { state, host, edit } = fakeHost();
    const scheduler = new ValidationScheduler(host, 5);
    scheduler.useClient({ textDocument: {} });
    state.duringValidation = () => {
      state.duringValidation = undefined;
      edit();
      scheduler.schedule(URI);
    };
    scheduler.schedule(URI, true);
    await until(() => state.published.length > 0);
    assert.deepEqual(state.validated, [1, 2]);
    assert.deepEqual(state.published.map((p) => p.version), [2]);
    scheduler.dispose();
  });
});

describe('document cache', () => {
  it('parses each version from the previous one, reusing the unchanged path items, and evicts on close', () => {
    const service = getLanguageService();
    const cache = new DocumentCache(service);
    const pathsOf = (parsed: { tree: { roots: (import('../../../server/src/service/parse/ast').AstNode | undefined)[] } }) => {
      const root = parsed.tree.roots[0];
      const paths = root?.type === 'object' ? root.properties.find((p) => p.key.value === 'paths')?.value : undefined;
      return paths?.type === 'object' ? paths.properties : [];
    };
    let document = TextDocument.create('file:///big.yaml', 'yaml', 1, generate(30, 'yaml'));
    const first = cache.get(document);
    assert.equal(cache.get(document), first, 'same version: same parse');
    const before = pathsOf(first);
    const middle = document.getText().indexOf('timeoutInMillis: 29000', document.getText().length / 2) + 'timeoutInMillis: '.length;
    const edited = before.findIndex((p) => p.offset <= middle && middle < p.offset + p.length);
    const [firstItem, editedItem, lastItem] = [before[0], before[edited], before[before.length - 1]];
    const lastOffset = lastItem.offset;

    // One character longer: everything after the edit moves by one.
    document = TextDocument.update(document, [{ range: { start: document.positionAt(middle), end: document.positionAt(middle + 5) }, text: '350000' }], 2);
    const second = cache.get(document);
    assert.equal(second.version, 2);
    assert.ok(!isReusable(first.tree), 'the previous tree was consumed by the new parse');
    const after = pathsOf(second);
    assert.equal(after.length, before.length);
    assert.equal(after[0], firstItem, 'before the edit: the same node');
    assert.notEqual(after[edited], editedItem, 'the edited path item was parsed again');
    assert.equal(after[after.length - 1], lastItem, 'after the edit: the same node...');
    assert.equal(lastItem.offset, lastOffset + 1, '...moved by the edit');
    assert.ok(second.text.startsWith(lastItem.key.value, lastItem.key.offset));

    cache.delete(document.uri);
    assert.equal(cache.peek(document.uri), undefined);
  });
});
