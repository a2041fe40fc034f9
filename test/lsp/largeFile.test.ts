/**
 * A 50 MB API definition degrades gracefully: one diagnostic says the file is too large for analysis (no parse
 * of a minute, no gigabytes, no out-of-memory), features answer empty on it, edits to it are still tracked, and
 * the server keeps serving other files meanwhile.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { MAX_ANALYSED_LENGTH } from '../../server/src/service/parse/limits';
import type { LspClient } from '../helpers/lspClient';
import { ANSWER_MS, assertServing, PETS_YAML, startServer } from './server';

const BIG_URI = 'file:///work/huge-api.yaml';
const SMALL_URI = 'file:///work/pets.yaml';

/** An OpenAPI file of `megabytes` MB: Lambda proxy integrations, one path after another. */
function hugeSpec(megabytes: number): string {
  const parts = ["openapi: 3.0.1\ninfo:\n  title: huge\n  version: '1'\npaths:\n"];
  let size = parts[0].length;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const part = `  /items/${i}:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_proxy\n        httpMethod: POST\n        uri: arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:f${i}/invocations\n`;
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

describe('a 50 MB file', () => {
  let client: LspClient;
  const text = hugeSpec(50);
  before(async () => {
    client = await startServer({ pull: false });
  });
  after(async () => {
    await client.stop();
  });

  it('gets one diagnostic saying it is too large for analysis', async () => {
    assert.ok(text.length > MAX_ANALYSED_LENGTH);
    const published = client.nextPush(BIG_URI, 1, ANSWER_MS * 4);
    await client.open(BIG_URI, 'yaml', text);
    const diagnostics = await published;
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity, d.range.start.line]),
      [['analysis-limit', 2, 0]],
    );
    assert.match(diagnostics[0].message, /^This file is 50\.0 MB: API Gateway analysis \(diagnostics, completion, hover, rendering\) is off for files over 32\.0 MB/);
  });

  it('the server keeps serving other files', async () => {
    const published = client.nextPush(SMALL_URI, 1, ANSWER_MS);
    await client.open(SMALL_URI, 'yaml', PETS_YAML);
    assert.ok(Array.isArray(await published));
    await assertServing(client, SMALL_URI, PETS_YAML);
  });

  it('features answer empty on the large file; an edit to it is tracked and judged again', async () => {
    const position = { line: 8, character: 16 };
    assert.deepEqual(await client.request('textDocument/hover', { textDocument: { uri: BIG_URI }, position }, ANSWER_MS), null);
    const completion = (await client.completion(BIG_URI, position, ANSWER_MS)) as { items: unknown[] } | null;
    assert.deepEqual(completion?.items ?? [], []);
    assert.deepEqual(await client.request('textDocument/documentSymbol', { textDocument: { uri: BIG_URI } }, ANSWER_MS), []);
    const listed = (await client.request('apigw/listTemplates', { uri: BIG_URI }, ANSWER_MS)) as { templates: unknown[]; integrations: unknown[] };
    assert.deepEqual(listed, { templates: [], integrations: [] });

    const published = client.nextPush(BIG_URI, 2, ANSWER_MS * 4);
    await client.change(BIG_URI, 2, { start: { line: 2, character: 9 }, end: { line: 2, character: 13 } }, 'still huge');
    assert.deepEqual(
      (await published).map((d) => d.code),
      ['analysis-limit'],
    );
  });

  it('closing it frees the server for good: empty diagnostics, still alive', async (t) => {
    const published = client.nextPush(BIG_URI, undefined, ANSWER_MS);
    await client.close(BIG_URI);
    assert.deepEqual(await published, []);
    await assertServing(client, SMALL_URI, PETS_YAML);
    t.diagnostic(`server peak RSS ${client.peakRssMb()} MB`);
    assert.ok(client.alive);
  });
});
