// The render preview in a real VS Code: the commands, the CodeLenses, the webview's content (read back through
// `apigw.preview.lastRendered`, which waits until the webview reports what it drew), live updates on edits of
// the template and of the sample request file, and sample request creation.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, test } from './harness';
import { activateExtension, closeAllEditors, openFile, positionOf, workspaceUri, writeWorkspaceFile } from './helpers';

interface Snapshot {
  version: number;
  target: { uri: string; mode: string; templateId?: string; integrationId?: string };
  request: { uri?: string; label: string };
  response?: { result?: { output: string; statusCode?: number; errors: { message: string; range?: vscode.Range }[] }; message?: string };
  displayed?: { version: number; title: string; status: string; output: string; errors: string[] };
}

const lastRendered = (afterVersion = 0) => vscode.commands.executeCommand<Snapshot | undefined>('apigw.preview.lastRendered', { afterVersion, timeoutMs: 20_000 });

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('apigw.renderPreview'));
}

async function revertAndClose(document: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

afterEach(closeAllEditors);

test('Render Mapping Template: the template at the cursor, with the matching sample request, in a preview beside the editor', async () => {
  await activateExtension();
  const { document, editor } = await openFile('openapi3-pets.yaml');
  const at = positionOf(document, '"petId": "$input', { offset: 3 });
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('apigw.renderTemplate');
  const shown = await lastRendered();
  assert.ok(shown?.displayed, 'the preview did not report what it shows');
  assert.equal(previewTabs().length, 1, 'one preview tab');
  assert.equal(vscode.window.tabGroups.all.length, 2, 'the preview opens beside the editor');
  assert.equal(shown.target.templateId, 'GET /pets/{petId}::request::application/json');
  assert.match(shown.request.uri ?? '', /\.apigw\/requests\/get-pets-petId\.json$/, 'the sample request whose route matches is chosen');
  assert.match(shown.displayed.title, /Render: GET \/pets\/\{petId\} · request · application\/json/);
  const output = JSON.parse(shown.displayed.output) as { petId: string; requestId: string };
  assert.equal(output.petId, '42');
  assert.match(output.requestId, /^[0-9a-f-]{36}$/);
});

test('the preview follows edits of the template, throttled, and drops nothing but stale renders', async () => {
  await activateExtension();
  const { document, editor } = await openFile('openapi3-pets.yaml');
  const at = positionOf(document, '"requestId": "$context', { offset: 2 });
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('apigw.renderTemplate');
  const before = (await lastRendered())!;
  // two quick edits: the preview ends up showing the second
  for (const [from, to] of [['"requestId"', '"tmpKey"'], ['"tmpKey"', '"traceId"']]) {
    const start = positionOf(document, from);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(start, start.translate(0, from.length)), to);
    assert.ok(await vscode.workspace.applyEdit(edit));
  }
  const after = (await lastRendered(before.displayed!.version))!;
  assert.match(after.displayed!.output, /"traceId": "[0-9a-f-]{36}"/);
  assert.doesNotMatch(after.displayed!.output, /requestId/);
  await revertAndClose(document);
});

test('the preview follows the sample request file when it changes on disk', async () => {
  await activateExtension();
  const { document, editor } = await openFile('openapi3-pets.yaml');
  const at = positionOf(document, '"petId": "$input', { offset: 3 });
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('apigw.renderTemplate');
  const before = (await lastRendered())!;
  const original = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('.apigw/requests/get-pets-petId.json')));
  try {
    await writeWorkspaceFile('.apigw/requests/get-pets-petId.json', original.replace(/"42"/g, '"77"').replace('/pets/42', '/pets/77'));
    const after = (await lastRendered(before.displayed!.version))!;
    assert.equal((JSON.parse(after.displayed!.output) as { petId: string }).petId, '77');
  } finally {
    await writeWorkspaceFile('.apigw/requests/get-pets-petId.json', original);
  }
});

test('Simulate Request from a CodeLens: the whole pipeline, with the 404 integration response and its template', async () => {
  await activateExtension();
  const { document } = await openFile('openapi3-pets.yaml');
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ?? [];
  const titles = lenses.map((l) => `${l.range.start.line + 1}:${l.command?.title}`);
  const templateLine = positionOf(document, 'application/json: |').line + 1;
  assert.ok(titles.includes(`${templateLine}:Render`) && titles.includes(`${templateLine}:Simulate request`), titles.join(', '));
  const simulateLens = lenses.find((l) => l.command?.title === 'Simulate request' && l.range.start.line + 1 === templateLine)!;
  await vscode.commands.executeCommand(simulateLens.command!.command, ...(simulateLens.command!.arguments ?? []));
  const shown = (await lastRendered())!;
  assert.equal(shown.target.mode, 'simulate');
  assert.equal(shown.displayed!.status, '404');
  assert.equal(shown.displayed!.output, '{\n  "message": "No such pet: 42"\n}');
  assert.equal(shown.displayed!.title, 'Simulate: GET /pets/{petId}');
});

test('errors are listed with their line in the source file', async () => {
  await activateExtension();
  await writeWorkspaceFile('e2e/broken.yaml', `openapi: 3.0.1
info: {title: broken, version: "1"}
paths:
  /x:
    post:
      x-amazon-apigateway-integration:
        type: mock
        requestTemplates:
          application/json: |
            {"statusCode": 200,
             "echo": "$util.urlDecode('%zz')"}
`);
  const { document, editor } = await openFile('e2e/broken.yaml');
  const at = positionOf(document, 'statusCode');
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('apigw.renderTemplate');
  const shown = (await lastRendered())!;
  const [error] = shown.response!.result!.errors;
  assert.equal(error.range?.start.line, 10);
  assert.equal(shown.displayed!.errors.length, 1);
  assert.match(shown.displayed!.errors[0], /^line 11 \(template line 2:\d+\) — runtime error: \$util\.urlDecode/);
});

test('Create Sample Request writes .apigw/requests/<method>-<path>.json for the operation and the preview uses it', async () => {
  await activateExtension();
  const { document, editor } = await openFile('swagger2-orders.json');
  const at = positionOf(document, '"TableName', { offset: 4 });
  editor.selection = new vscode.Selection(at, at);
  await vscode.commands.executeCommand('apigw.renderTemplate');
  await lastRendered();
  await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  editor.selection = new vscode.Selection(at, at);
  const created = await vscode.commands.executeCommand<vscode.Uri>('apigw.createSampleRequest');
  assert.ok(created, 'no file was created');
  assert.match(created.path, /\/\.apigw\/requests\/get-orders-orderId\.json$/);
  const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(created))) as { pathParameters: Record<string, string>; path: string };
  assert.deepEqual(json.pathParameters, { orderId: '123' });
  assert.equal(json.path, '/orders/123');
  const shown = (await lastRendered())!;
  assert.equal(shown.request.uri, created.toString());
  assert.match(shown.displayed!.output, /"orderId": \{\s*"S": "123"\s*\}/);
});

test('apigw.render.requests adds sample request files outside .apigw/requests', async () => {
  await activateExtension();
  await writeWorkspaceFile(
    'e2e/requests/options-pet.json',
    JSON.stringify({ httpMethod: 'OPTIONS', path: '/pets/9', resourcePath: '/pets/{petId}', headers: { Origin: 'https://example.com' }, body: null }, null, 2),
  );
  const { document, editor } = await openFile('openapi3-pets.yaml');
  // The CORS preflight mock of /pets/{petId}: no file in .apigw/requests is for OPTIONS.
  const at = positionOf(document, `'{"statusCode": 200}'`, { offset: 3 });
  editor.selection = new vscode.Selection(at, at);
  const render = async () => {
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(at, at);
    const before = (await lastRendered())?.version ?? 0;
    await vscode.commands.executeCommand('apigw.renderTemplate');
    return lastRendered(before);
  };
  const generated = await render();
  assert.equal(generated?.request.uri, undefined, `without the setting the request is generated (${generated?.request.label})`);
  const config = vscode.workspace.getConfiguration('apigw.render');
  try {
    await config.update('requests', ['e2e/requests/*.json'], vscode.ConfigurationTarget.Workspace);
    const chosen = await render();
    assert.match(chosen?.request.uri ?? '', /\/e2e\/requests\/options-pet\.json$/, `the file the setting names is chosen (${chosen?.request.label})`);
    assert.equal(chosen?.target.templateId, 'OPTIONS /pets/{petId}::request::application/json');
  } finally {
    await config.update('requests', undefined, vscode.ConfigurationTarget.Workspace);
  }
});
