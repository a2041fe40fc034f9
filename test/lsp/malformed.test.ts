/**
 * Whatever a client sends, the server answers with an error or an empty result and keeps serving: broken
 * JSON-RPC, unknown methods, wrong parameters, requests about documents it never saw, positions outside the
 * document, edits that make no sense. After each group a real hover must still be answered.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ResponseError } from 'vscode-jsonrpc/node';
import type { LspClient } from '../helpers/lspClient';
import { ANSWER_MS, assertServing, PETS_YAML, startServer } from './server';

const URI = 'file:///work/pets.yaml';
const UNOPENED = 'file:///work/never-opened.yaml';

/** Every request the server announces or defines, with parameters for a document. */
function requests(uri: string, position: unknown): [string, unknown][] {
  const doc = { textDocument: { uri } };
  const range = { start: position, end: position };
  return [
    ['textDocument/completion', { ...doc, position }],
    ['textDocument/hover', { ...doc, position }],
    ['textDocument/definition', { ...doc, position }],
    ['textDocument/documentSymbol', doc],
    ['textDocument/codeAction', { ...doc, range, context: { diagnostics: [] } }],
    ['textDocument/codeLens', doc],
    ['textDocument/diagnostic', doc],
    ['apigw/listTemplates', { uri }],
    ['apigw/renderTemplate', { uri, mode: 'render', position }],
    ['apigw/renderTemplate', { uri, mode: 'simulate', position }],
    ['apigw/createSampleRequest', { uri, position }],
  ];
}

/** The answer, or the error's code: never a timeout. */
async function ask(client: LspClient, method: string, params: unknown): Promise<{ result?: unknown; code?: number }> {
  try {
    return { result: await client.request(method, params, ANSWER_MS) };
  } catch (error) {
    if (error instanceof ResponseError) return { code: error.code };
    throw error;
  }
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.items)) return v.items.length === 0; // completion list, diagnostic report
    if (Array.isArray(v.templates)) return (v.templates as unknown[]).length === 0 && ((v.integrations as unknown[]) ?? []).length === 0;
    if ('message' in v && !('result' in v) && !('content' in v)) return true; // render/sample: "nothing here" with a reason
  }
  return false;
}

describe('malformed and unexpected messages', () => {
  let client: LspClient;
  before(async () => {
    client = await startServer();
    await client.open(URI, 'yaml', PETS_YAML);
    await client.nextPush(URI, 1, ANSWER_MS);
  });
  after(async () => {
    await client.stop();
  });

  it('broken JSON-RPC: unparsable bodies, bad headers, messages that are neither request nor notification', async () => {
    const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    for (const raw of [
      frame('{not json}'),
      frame('{"jsonrpc":"2.0","id":'),
      'Content-Length: abc\r\n\r\n',
      'garbage without a header\r\n\r\n',
      frame('{"foo": 1}'),
      frame('{"jsonrpc":"2.0","id":77}'),
      frame('[]'),
      frame('null'),
      frame('{"jsonrpc":"2.0","id":78,"method":42}'),
      frame('{"jsonrpc":"1.0","id":79,"method":"textDocument/hover","params":{}}'),
      frame('\u00ff\u00fe binary \u0000'),
    ]) {
      client.writeRaw(raw);
    }
    await assertServing(client, URI, PETS_YAML);
  });

  it('an unknown request is answered MethodNotFound; an unknown notification is ignored', async () => {
    assert.deepEqual(await ask(client, 'apigw/noSuchThing', {}), { code: -32601 });
    assert.deepEqual(await ask(client, 'textDocument/noSuchThing', { textDocument: { uri: URI } }), { code: -32601 });
    await client.notify('apigw/noSuchNotification', { x: 1 });
    await client.notify('$/noSuchNotification', null);
    await assertServing(client, URI, PETS_YAML);
  });

  it('wrong parameters get an error or an empty answer', async () => {
    const wrong: unknown[] = [null, {}, [], 42, 'text', { textDocument: 5 }, { textDocument: { uri: 7 } }, { uri: null, mode: 'explode' }];
    for (const [method] of requests(URI, { line: 0, character: 0 })) {
      for (const params of wrong) {
        const answer = await ask(client, method, params);
        assert.ok(answer.code !== undefined || isEmpty(answer.result), `${method}(${JSON.stringify(params)}) → ${JSON.stringify(answer).slice(0, 300)}`);
      }
    }
    // A position that is not one, for the requests that take a position.
    for (const position of ['here', { line: 'a', character: {} }, null, { line: 3 }]) {
      for (const [method, params] of requests(URI, position).filter(([, p]) => 'position' in (p as object))) {
        const answer = await ask(client, method, params);
        assert.ok(answer.code !== undefined || isEmpty(answer.result), `${method}(${JSON.stringify(params)}) → ${JSON.stringify(answer).slice(0, 300)}`);
      }
    }
    await assertServing(client, URI, PETS_YAML);
  });

  it('requests about a document that was never opened answer empty', async () => {
    for (const [method, params] of requests(UNOPENED, { line: 3, character: 4 })) {
      const answer = await ask(client, method, params);
      assert.ok(answer.code === undefined && isEmpty(answer.result), `${method} → ${JSON.stringify(answer).slice(0, 300)}`);
    }
    await assertServing(client, URI, PETS_YAML);
  });

  it('positions outside the document answer empty or with an error, never with a crash', async () => {
    const positions = [
      { line: 1e9, character: 0 },
      { line: 0, character: 1e9 },
      { line: -1, character: -1 },
      { line: 2 ** 31, character: 2 ** 31 },
      { line: 5.5, character: 0.25 },
      { line: 24, character: 10_000 },
    ];
    for (const position of positions) {
      for (const [method, params] of requests(URI, position)) {
        const answer = await ask(client, method, params);
        assert.ok(answer.code !== undefined || answer.result !== undefined, `${method} at ${JSON.stringify(position)}: no answer`);
      }
    }
    await assertServing(client, URI, PETS_YAML);
  });

  it('document notifications that make no sense are survived', async () => {
    const other = 'file:///work/other.yaml';
    await client.notify('textDocument/didChange', { textDocument: { uri: UNOPENED, version: 2 }, contentChanges: [{ text: 'x' }] });
    await client.notify('textDocument/didClose', { textDocument: { uri: UNOPENED } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: other } });
    await client.notify('textDocument/didOpen', { textDocument: { uri: other, languageId: 'yaml', version: 1, text: 12345 } });
    await client.notify('textDocument/didChange', { textDocument: { uri: other, version: 0 }, contentChanges: [{ range: { start: { line: -4, character: -2 }, end: { line: 1e9, character: 1e9 } }, text: 'type: aws' }] });
    await client.notify('textDocument/didChange', { textDocument: { uri: other, version: 5 }, contentChanges: null });
    await client.notify('textDocument/didSave', { textDocument: { uri: other } });
    await client.notify('workspace/didChangeConfiguration', { settings: { apigw: { enable: 'yes', diagnostics: { rules: 7 } } } });
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 'file:///nowhere/x.yaml', type: 1 }, { uri: 42, type: 99 }] });
    await client.notify('$/cancelRequest', { id: 123_456 });
    await client.notify('$/setTrace', { value: 'verbose' });
    for (const [method, params] of requests(other, { line: 0, character: 3 })) {
      const answer = await ask(client, method, params);
      assert.ok(answer.code !== undefined || answer.result !== undefined, `${method} on the broken document: no answer`);
    }
    await assertServing(client, URI, PETS_YAML);
  });

  it('the process never exited and logged no crash', () => {
    assert.ok(client.alive);
    assert.doesNotMatch(client.stderr, /Uncaught|FATAL|heap out of memory/i);
  });
});
