/** The workspace index: which files it keeps, what it stores, and how edits, closes and deletions update it. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileUri, WorkspaceIndex } from '../../../server/src/lsp/workspaceIndex';
import { findWorkspaceSymbols, getLanguageService } from '../../../server/src/service';

const API = `openapi: 3.0.1
info: {title: pets, version: "1"}
paths:
  /pets:
    get:
      x-amazon-apigateway-integration:
        type: http_proxy
        httpMethod: GET
        uri: https://example.com/pets
`;

const TEMPLATE_JSON = JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    M: { Type: 'AWS::ApiGateway::Method', Properties: { HttpMethod: 'POST', Integration: { Type: 'MOCK', RequestTemplates: { 'application/json': '{"statusCode": 200}' } } } },
  },
});

describe('workspace index', () => {
  let root: string;
  const service = getLanguageService();
  const write = (relative: string, text: string) => {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return fileUri(file);
  };
  const labels = (index: WorkspaceIndex) =>
    index
      .snapshot()
      .files.flatMap((f) => f.integrations.map((i) => `${path.relative(root, decodeURIComponent(f.uri.slice('file://'.length)))}: ${i.label}`))
      .sort();

  let base: string;
  before(() => {
    // The workspace itself sits in a folder named like a skipped one (as the e2e workspace copies do).
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-index-'));
    root = path.join(base, 'out', 'workspace');
    write('api.yaml', API);
    write('nested/deeper/template.json', TEMPLATE_JSON);
    write('compose.yaml', 'services:\n  web:\n    image: nginx\n');
    write('node_modules/pkg/api.yaml', API);
    write('.aws-sam/build/template.yaml', API);
    write('cdk.out/stack.template', TEMPLATE_JSON);
    write('notes.txt', API);
    write('with space/My API (v2).yml', API);
  });
  after(() => fs.rmSync(base, { recursive: true, force: true }));

  it('keeps the API Gateway files outside dependency and build folders, with their integrations', async () => {
    const index = new WorkspaceIndex(service);
    const found = await index.addFolder(fileUri(root));
    assert.equal(found, 3);
    assert.deepEqual(labels(index), [
      'api.yaml: GET /pets → HTTP_PROXY example.com/pets',
      'nested/deeper/template.json: POST M → MOCK',
      'with space/My API (v2).yml: GET /pets → HTTP_PROXY example.com/pets',
    ]);
    const summary = index.snapshot().files.find((f) => f.uri.endsWith('api.yaml'))!.integrations[0];
    assert.deepEqual(summary.selectionRange, { start: { line: 5, character: 6 }, end: { line: 5, character: 37 } });
    assert.equal(index.scanning, false);
  });

  it('stores summaries, not documents', async () => {
    const index = new WorkspaceIndex(service);
    await index.addFolder(fileUri(root));
    const json = JSON.stringify(index.snapshot());
    assert.ok(!json.includes('x-amazon-apigateway-integration:'), 'file text leaked into the index');
    assert.ok(json.length < 3000, `snapshot is ${json.length} characters for 3 integrations`);
  });

  it('lets open documents win over the disk, and reads the disk again on close', async () => {
    const index = new WorkspaceIndex(service);
    await index.addFolder(fileUri(root));
    const uri = fileUri(path.join(root, 'api.yaml'));
    const edited = TextDocument.create(uri, 'yaml', 2, API.replace('get:', 'post:').replace('/pets:', '/orders:'));
    index.updateFromDocument(edited, service.parseDocument(edited));
    await index.refreshFile(uri); // a watcher event while the document is open: ignored
    assert.ok(labels(index).includes('api.yaml: POST /orders → HTTP_PROXY example.com/pets'));
    assert.ok(!labels(index).includes('api.yaml: GET /pets → HTTP_PROXY example.com/pets'));
    await index.closeDocument(uri);
    assert.ok(labels(index).includes('api.yaml: GET /pets → HTTP_PROXY example.com/pets'));
    assert.ok(!labels(index).includes('api.yaml: POST /orders → HTTP_PROXY example.com/pets'));
  });

  it('keeps a file from outside the workspace only while it is open', async () => {
    const index = new WorkspaceIndex(service);
    await index.addFolder(fileUri(root));
    const outside = fileUri(path.join(base, 'elsewhere.yaml'));
    fs.writeFileSync(path.join(base, 'elsewhere.yaml'), API);
    const document = TextDocument.create(outside, 'yaml', 1, API);
    index.updateFromDocument(document, service.parseDocument(document));
    assert.ok(index.snapshot().files.some((f) => f.uri === outside));
    await index.closeDocument(outside);
    assert.ok(!index.snapshot().files.some((f) => f.uri === outside));
  });

  it('follows files created, changed and deleted on disk, and tells listeners', async () => {
    const index = new WorkspaceIndex(service);
    await index.addFolder(fileUri(root));
    const changed = new Promise<void>((resolve) => index.onDidChange(resolve));
    const uri = write('later/new.yaml', API.replace('/pets', '/new'));
    await index.refreshFile(uri);
    await changed;
    assert.ok(labels(index).includes('later/new.yaml: GET /new → HTTP_PROXY example.com/pets'));
    fs.writeFileSync(path.join(root, 'later/new.yaml'), 'not: an api\n');
    await index.refreshFile(uri);
    assert.ok(!labels(index).some((l) => l.startsWith('later/')));
    index.remove(fileUri(path.join(root, 'nested')));
    assert.ok(!labels(index).some((l) => l.startsWith('nested/')), 'deleting a folder removes its files');
    fs.rmSync(path.join(root, 'later'), { recursive: true });
  });

  it('answers workspace symbols from the summaries', async () => {
    const index = new WorkspaceIndex(service);
    await index.addFolder(fileUri(root));
    const symbols = findWorkspaceSymbols(index.files(), 'mock');
    assert.deepEqual(symbols.map((s) => s.name), ['POST M → MOCK']);
    assert.match(symbols[0].location.uri, /nested\/deeper\/template\.json$/);
  });
});

describe('fileUri', () => {
  it('encodes like VS Code', () => {
    assert.equal(fileUri('/a b/{x}@y (1).yaml'), 'file:///a%20b/%7Bx%7D%40y%20%281%29.yaml');
    assert.equal(fileUri('C:\\work\\api.yaml'), 'file:///c%3A/work/api.yaml');
  });
});
