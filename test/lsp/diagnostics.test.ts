/**
 * Diagnostics over a real server under editing pressure: 1,000 rapid edits end in the diagnostics of the final
 * version (never an older version published after a newer one), pushed or pulled; a document closed right
 * after it opened or changed publishes nothing after its empty publish.
 */
import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { generate } from '../../bench/generate';
import { getLanguageService } from '../../server/src/service';
import type { LspClient, Publish } from '../helpers/lspClient';
import { ANSWER_MS, PETS_YAML, positionOf, startServer } from './server';

const EDITS = 1000;

/** Edit k: the timeout value becomes another five-digit number (some above the 29,000 ms quota, some not). */
function valueOf(k: number): string {
  return String(10_000 + ((k * 7919) % 90_000));
}

function expectedDiagnostics(text: string): string[] {
  const service = getLanguageService();
  const document = TextDocument.create('file:///expected.yaml', 'yaml', 1, text);
  return show(service.doValidation(document, service.parseDocument(document)));
}

function show(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message}`).sort();
}

/** Sends the 1,000 edits back to back; returns the final text (version EDITS + 1). */
async function typeFast(client: LspClient, uri: string, onEdit?: (version: number) => void): Promise<string> {
  const at = positionOf(PETS_YAML, 'timeoutInMillis: ', 'timeoutInMillis: '.length);
  const range = { start: at, end: { line: at.line, character: at.character + 5 } };
  let text = PETS_YAML;
  for (let k = 1; k <= EDITS; k++) {
    await client.change(uri, k + 1, range, valueOf(k));
    onEdit?.(k + 1);
  }
  text = text.replace('timeoutInMillis: 29000', `timeoutInMillis: ${valueOf(EDITS)}`);
  return text;
}

/** Versions of the publishes for `uri`, in arrival order. */
function versions(publishes: Publish[], uri: string): (number | undefined)[] {
  return publishes.filter((p) => p.uri === uri).map((p) => p.version);
}

describe(`${EDITS} rapid edits, pushed diagnostics`, () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({ pull: false });
  });
  after(async () => {
    await client.stop();
  });

  it('end in the final version\'s diagnostics; no older version is published after a newer one', async (t) => {
    const uri = 'file:///work/rapid-push.yaml';
    await client.open(uri, 'yaml', PETS_YAML);
    await client.nextPush(uri, 1, ANSWER_MS);
    const finalVersion = EDITS + 1;
    const final = client.nextPush(uri, finalVersion, ANSWER_MS);
    const text = await typeFast(client, uri);
    const diagnostics = await final;
    assert.deepEqual(show(diagnostics), expectedDiagnostics(text));
    assert.ok(diagnostics.some((d) => d.code === 'timeout-above-default-quota') === Number(valueOf(EDITS)) > 29_000, 'the final value decides the quota warning');

    // One more edit flushes anything still scheduled for an older version: it would arrive before this one.
    const flush = client.nextPush(uri, finalVersion + 1, ANSWER_MS);
    const at = positionOf(text, 'timeoutInMillis: ', 'timeoutInMillis: '.length);
    await client.change(uri, finalVersion + 1, { start: at, end: { line: at.line, character: at.character + 5 } }, '29000');
    await flush;
    const seen = versions(client.publishes, uri);
    for (let i = 1; i < seen.length; i++) assert.ok((seen[i] ?? 0) > (seen[i - 1] ?? 0), `publish versions must increase: ${seen.join(', ')}`);
    assert.equal(seen.filter((v) => v === finalVersion).length, 1);
    t.diagnostic(`${seen.length} publishes for ${EDITS + 2} versions: ${seen.join(', ')}`);
  });
});

describe(`${EDITS} rapid edits, pulled diagnostics`, () => {
  let client: LspClient;
  before(async () => {
    client = await startServer({ pull: true });
  });
  after(async () => {
    await client.stop();
  });

  it('pulls made during the edits all answer; the pull after them is the final version\'s', async () => {
    assert.ok(client.pulls, 'the server announced pull diagnostics to a client that supports them');
    const uri = 'file:///work/rapid-pull.yaml';
    await client.open(uri, 'yaml', PETS_YAML);
    const during: Promise<Diagnostic[]>[] = [];
    const text = await typeFast(client, uri, (version) => {
      if (version % 100 === 0) during.push(client.pull(uri, ANSWER_MS));
    });
    const answers = await Promise.all(during);
    assert.equal(answers.length, EDITS / 100);
    assert.deepEqual(show(await client.pull(uri, ANSWER_MS)), expectedDiagnostics(text));
    assert.deepEqual(versions(client.publishes, uri), [], 'a pull client gets no pushed diagnostics');
  });
});

describe('a document closed mid-validation', () => {
  let client: LspClient;
  // Large enough that validating it takes a while (about 5 MB).
  const big = generate(1500, 'yaml');
  before(async () => {
    client = await startServer({ pull: false });
  });
  after(async () => {
    await client.stop();
  });

  /** After a later document's publish, the closed document's last publish is its empty one, and only one exists. */
  async function assertNothingStaleAfterClose(uri: string): Promise<void> {
    const later = `file:///work/later-${uri.split('/').pop()}`;
    await client.open(later, 'yaml', PETS_YAML);
    await client.nextPush(later, 1, ANSWER_MS);
    await client.request('textDocument/hover', { textDocument: { uri: later }, position: { line: 0, character: 0 } }, ANSWER_MS);
    const mine = client.publishes.filter((p) => p.uri === uri);
    assert.ok(mine.length > 0, 'the close publishes empty diagnostics');
    const lastEmpty = mine.map((p) => p.diagnostics.length === 0).lastIndexOf(true);
    assert.equal(lastEmpty, mine.length - 1, `nothing after the empty publish: ${mine.map((p) => `v${p.version}:${p.diagnostics.length}`).join(', ')}`);
    assert.equal(mine[mine.length - 1].version, undefined, 'the empty publish of a closed document carries no version');
  }

  it('closed right after it opened', async () => {
    const uri = 'file:///work/closed-after-open.yaml';
    await client.open(uri, 'yaml', big);
    await client.close(uri);
    await assertNothingStaleAfterClose(uri);
  });

  it('closed right after an edit', async () => {
    const uri = 'file:///work/closed-after-edit.yaml';
    await client.open(uri, 'yaml', big);
    await client.nextPush(uri, 1, ANSWER_MS);
    await client.change(uri, 2, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '# edited\n');
    await client.close(uri);
    await assertNothingStaleAfterClose(uri);
  });

  it('closed and opened again with other text: only the new text\'s diagnostics follow', async () => {
    const uri = 'file:///work/reopened.yaml';
    await client.open(uri, 'yaml', big);
    await client.close(uri);
    // The close's empty publish (no version); the big text's own, if its validation ran first, came before it.
    while (!client.publishes.some((p) => p.uri === uri && p.version === undefined)) await client.nextPush(uri, undefined, ANSWER_MS);
    const reopened = PETS_YAML.replace('type: aws', 'type: awz');
    const next = client.nextPush(uri, 1, ANSWER_MS);
    await client.open(uri, 'yaml', reopened);
    // A late publish of the big text (also version 1) would arrive here first and differ.
    const diagnostics = await next;
    assert.deepEqual(show(diagnostics), expectedDiagnostics(reopened));
  });
});
