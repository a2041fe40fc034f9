/**
 * The built language server (`node dist/server.js --stdio`, as Neovim, Helix or Emacs start it) for the LSP
 * tests, through the shared client in test/helpers/lspClient.ts. Build first: `node scripts/build.mjs`.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/corpus';
import { LspClient } from '../helpers/lspClient';

export const SERVER = path.join(REPO_ROOT, 'dist', 'server.js');

/** Generous: these bound a hang, they are not performance thresholds. */
export const ANSWER_MS = 30_000;

export async function startServer(options: { pull?: boolean; root?: string } = {}): Promise<LspClient> {
  assert.ok(fs.existsSync(SERVER), `${SERVER} is missing: run node scripts/build.mjs`);
  const client = LspClient.start({ name: 'apigw', command: process.execPath, args: [SERVER, '--stdio'], settings: { apigw: { enable: true } } });
  await client.initialize(options.root, { pullDiagnostics: options.pull ?? false });
  return client;
}

/** An OpenAPI file with one integration of each common shape and a mapping template. */
export const PETS_YAML = `openapi: 3.0.1
info:
  title: pets
  version: '1'
paths:
  /pets/{id}:
    get:
      parameters:
        - name: id
          in: path
          required: true
      responses:
        '200':
          description: ok
      x-amazon-apigateway-integration:
        type: aws
        httpMethod: POST
        uri: arn:aws:apigateway:us-east-1:dynamodb:action/GetItem
        credentials: arn:aws:iam::123456789012:role/ApiRole
        timeoutInMillis: 29000
        requestTemplates:
          application/json: |
            {"TableName": "pets", "Key": {"id": {"S": "$input.params('id')"}}}
        responses:
          default:
            statusCode: '200'
`;

/** Position of the first occurrence of `needle` (plus `delta` characters) in `text`. */
export function positionOf(text: string, needle: string, delta = 0): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `${needle} not in the text`);
  const before = text.slice(0, offset + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** The server answers a real request correctly: it is alive and still serving. */
export async function assertServing(client: LspClient, uri: string, text: string): Promise<void> {
  assert.ok(client.alive, `the server exited; stderr: ${client.stderr}`);
  const hover = (await client.hover(uri, positionOf(text, 'type: aws', 7), ANSWER_MS)) as { contents?: { value?: string } } | null;
  assert.ok(hover?.contents?.value?.length, `no hover after the abuse: ${JSON.stringify(hover)}`);
}
