/**
 * Every request the server offers can be cancelled with `$/cancelRequest`: it answers RequestCancelled or its
 * result, never nothing and never another error, whether the cancellation arrives with the request or while the
 * work runs. Which of the two depends on when the cancellation is read: one read before the handler runs
 * cancels it; the handlers are synchronous, so one that arrives during the work is read after it (the work is
 * bounded instead: the renderer's budget, the validation's size limits).
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { LspClient } from '../helpers/lspClient';
import { ANSWER_MS, assertServing, PETS_YAML, positionOf, startServer } from './server';

const REQUEST_CANCELLED = -32800;
const URI = 'file:///work/cancel.yaml';

/** A template that runs until the renderer's budget stops it: the cancellation arrives while it works. */
const SLOW_YAML = PETS_YAML.replace(
  `{"TableName": "pets", "Key": {"id": {"S": "$input.params('id')"}}}`,
  '#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#end#end#end',
);

/** Each capability the server can announce, and the request it stands for. */
const CAPABILITY_REQUESTS: Record<string, string[]> = {
  completionProvider: ['textDocument/completion'],
  hoverProvider: ['textDocument/hover'],
  definitionProvider: ['textDocument/definition'],
  documentSymbolProvider: ['textDocument/documentSymbol'],
  codeActionProvider: ['textDocument/codeAction'],
  codeLensProvider: ['textDocument/codeLens'],
  workspaceSymbolProvider: ['workspace/symbol'],
  diagnosticProvider: ['textDocument/diagnostic'],
  textDocumentSync: [],
};
/** The custom requests of shared/protocol.ts. */
const CUSTOM_REQUESTS = ['apigw/listTemplates', 'apigw/renderTemplate', 'apigw/createSampleRequest', 'apigw/workspaceIntegrations'];

function paramsFor(method: string, uri: string, text: string): unknown {
  const position = positionOf(text, 'requestTemplates', 4);
  const doc = { textDocument: { uri } };
  switch (method) {
    case 'textDocument/completion':
    case 'textDocument/hover':
    case 'textDocument/definition':
      return { ...doc, position };
    case 'textDocument/codeAction':
      return { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } }, context: { diagnostics: [] } };
    case 'workspace/symbol':
      return { query: 'pets' };
    case 'apigw/listTemplates':
      return { uri };
    case 'apigw/renderTemplate':
      return { uri, mode: 'render', position: positionOf(text, '#foreach', 2) };
    case 'apigw/createSampleRequest':
      return { uri, position };
    case 'apigw/workspaceIntegrations':
      return {};
    default:
      return doc;
  }
}

/** RequestCancelled, or the result: anything but a hang or another error. */
async function cancelled(client: LspClient, method: string, params: unknown, when: 'at once' | 'after a tick'): Promise<'cancelled' | 'answered'> {
  const source = new CancellationTokenSource();
  const answer = client.request(method, params, ANSWER_MS, source.token);
  if (when === 'at once') source.cancel();
  else setImmediate(() => source.cancel());
  try {
    await answer;
    return 'answered';
  } catch (error) {
    if (error instanceof ResponseError && error.code === REQUEST_CANCELLED) return 'cancelled';
    throw error;
  }
}

for (const pull of [false, true]) {
  describe(`cancellation of every request (${pull ? 'pull' : 'push'} diagnostics)`, () => {
    let client: LspClient;
    let methods: string[];
    before(async () => {
      client = await startServer({ pull });
      await client.open(URI, 'yaml', SLOW_YAML);
      if (!pull) await client.nextPush(URI, 1, ANSWER_MS);
      methods = [...Object.keys(client.capabilities).flatMap((c) => CAPABILITY_REQUESTS[c] ?? [`unknown capability ${c}`]), ...CUSTOM_REQUESTS];
    });
    after(async () => {
      await client.stop();
    });

    it('the test knows every capability the server announces', () => {
      assert.deepEqual(methods.filter((m) => m.startsWith('unknown')), []);
      assert.equal(methods.includes('textDocument/diagnostic'), pull);
    });

    for (const when of ['at once', 'after a tick'] as const) {
      it(`cancelled ${when}: RequestCancelled or a result, for each`, async (t) => {
        const outcomes: string[] = [];
        for (const method of methods) outcomes.push(`${method}: ${await cancelled(client, method, paramsFor(method, URI, SLOW_YAML), when)}`);
        t.diagnostic(outcomes.join('; '));
        assert.equal(outcomes.length, methods.length);
        await assertServing(client, URI, SLOW_YAML);
      });
    }

    it('a request cancelled while the server is busy is not run: RequestCancelled, for each', async () => {
      // A render keeps the server busy; three requests and their cancellations queue behind it. They reach the
      // server in one write, so it has read each cancellation before it would run the request.
      const { busy, queued } = await client.inOneWrite(() => ({
        busy: client.request('apigw/renderTemplate', paramsFor('apigw/renderTemplate', URI, SLOW_YAML), ANSWER_MS),
        queued: ['textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol'].map((method) => {
          const source = new CancellationTokenSource();
          const answer = client.request(method, paramsFor(method, URI, SLOW_YAML), ANSWER_MS, source.token);
          source.cancel();
          return answer.then(
            () => `${method}: answered`,
            (error: unknown) => (error instanceof ResponseError && error.code === REQUEST_CANCELLED ? `${method}: cancelled` : `${method}: ${String(error)}`),
          );
        }),
      }));
      assert.deepEqual(await Promise.all(queued), ['textDocument/hover: cancelled', 'textDocument/completion: cancelled', 'textDocument/documentSymbol: cancelled']);
      await busy;
      await assertServing(client, URI, SLOW_YAML);
    });

    it('a render cancelled while it runs answers, and the next render is answered in full', async () => {
      const params = paramsFor('apigw/renderTemplate', URI, SLOW_YAML);
      const source = new CancellationTokenSource();
      const answer = client.request('apigw/renderTemplate', params, ANSWER_MS, source.token);
      // Sent while the server renders (until its step limit, about 0.1 s here): read once the render ends.
      setTimeout(() => source.cancel(), 50);
      await answer.catch((error: unknown) => assert.ok(error instanceof ResponseError && error.code === REQUEST_CANCELLED, String(error)));
      const full = (await client.request('apigw/renderTemplate', params, ANSWER_MS)) as { result?: { errors: { kind: string; message: string }[] } };
      assert.equal(full.result?.errors.at(-1)?.kind, 'limit');
      assert.match(full.result?.errors.at(-1)?.message ?? '', /time budget|steps/);
    });
  });
}
