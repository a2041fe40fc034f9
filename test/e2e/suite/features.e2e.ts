// The editing features as the editor runs them (vscode.execute*Provider): completion, hover, outline,
// go to definition and code lenses, on the examples and on documents being typed.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, test } from './harness';
import { TYPING_KEY_YAML, TYPING_TYPE_YAML } from './fixtures';
import * as fs from 'node:fs';
import {
  closeAllEditors, completionLabels, executeCompletion, executeDefinition, executeDocumentSymbols, executeHover,
  flattenSymbols, hoverText, openAndWaitForDiagnostics, openFile, positionOf, waitUntil, writeWorkspaceFile,
} from './helpers';

afterEach(closeAllEditors);

const INTEGRATION_TYPES = ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'];

test('completion after `type: ` offers the five integration types', async () => {
  await writeWorkspaceFile('e2e/typing-type.yaml', TYPING_TYPE_YAML);
  // Waiting for diagnostics makes sure the server has the document (it starts on API Gateway content).
  const { document } = await openAndWaitForDiagnostics('e2e/typing-type.yaml', { until: () => true });
  const line = positionOf(document, 'type: \n').line;
  const list = await executeCompletion(document.uri, new vscode.Position(line, document.lineAt(line).text.length));
  const labels = completionLabels(list);
  for (const type of INTEGRATION_TYPES) assert.ok(labels.includes(type), `${type} missing from ${labels.join(', ')}`);
  const proxy = list.items.find((i) => i.label === 'AWS_PROXY');
  assert.equal(proxy?.kind, vscode.CompletionItemKind.EnumMember);
});

test('completion on a new line of an integration offers the keys it does not have yet', async () => {
  await writeWorkspaceFile('e2e/typing-key.yaml', TYPING_KEY_YAML);
  const { document } = await openAndWaitForDiagnostics('e2e/typing-key.yaml', { until: () => true });
  const list = await executeCompletion(document.uri, new vscode.Position(19, 8));
  const labels = completionLabels(list);
  for (const key of ['uri', 'credentials', 'timeoutInMillis', 'requestParameters']) {
    assert.ok(labels.includes(key), `${key} missing from ${labels.join(', ')}`);
  }
  for (const present of ['type', 'httpMethod']) {
    assert.ok(!labels.includes(present), `${present} is already in the integration but was offered again`);
  }
});

test('hover on an integration type explains it, with a link to the AWS documentation', async () => {
  const { document } = await openFile('openapi3-pets.yaml');
  const position = positionOf(document, 'aws_proxy', { offset: 3 });
  const text = hoverText(await executeHover(document.uri, position));
  assert.match(text, /AWS_PROXY/);
  assert.match(text, /Lambda \*\*proxy\*\* integration/);
  assert.match(text, /\(https:\/\/docs\.aws\.amazon\.com\/apigateway\//);
});

test('the outline of examples/openapi3-pets.yaml lists its four integrations by method, route and target', async () => {
  const { document } = await openFile('openapi3-pets.yaml');
  const symbols = await executeDocumentSymbols(document.uri);
  assert.deepEqual(flattenSymbols(symbols).map(([, name]) => name), [
    'GET /pets → lambda_proxy ListPets',
    'POST /pets → AWS_PROXY CreatePet',
    'GET /pets/{petId} → HTTP petstore.example.com/pets/{id}',
    'OPTIONS /pets/{petId} → MOCK',
  ]);
});

test('go to definition on `!GetAtt ListPetsFunction.Arn` lands on the ListPetsFunction resource', async () => {
  const { document } = await openFile('sam-pets-api.yaml');
  const locations = await executeDefinition(document.uri, positionOf(document, 'ListPetsFunction.Arn', { offset: 3 }));
  assert.equal(locations.length, 1);
  const target = locations[0];
  const uri = target instanceof vscode.Location ? target.uri : target.targetUri;
  const range = target instanceof vscode.Location ? target.range : target.targetSelectionRange ?? target.targetRange;
  assert.equal(uri.toString(), document.uri.toString());
  assert.equal(document.getText(range), 'ListPetsFunction');
  assert.equal(document.lineAt(range.start.line).text.trim(), 'ListPetsFunction:');
});

test('code lenses offer Render and Simulate request above each mapping template', async () => {
  const { document } = await openFile('openapi3-pets.yaml');
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10)) ?? [];
  const ours = lenses
    .filter((l) => l.command?.command.startsWith('apigw.'))
    .map((l) => [l.range.start.line + 1, l.command!.title] as [number, string]);
  assert.deepEqual(ours, [
    [51, 'Render'], [51, 'Simulate request'], // requestTemplates application/json of GET /pets/{petId}
    [57, 'Render'], [57, 'Simulate request'], // its application/xml template (a double-quoted scalar)
    [64, 'Render'], [64, 'Simulate request'], // its 404 responseTemplates
    [76, 'Render'], [76, 'Simulate request'], // the MOCK's request template
  ]);
  const registered = await vscode.commands.getCommands(true);
  assert.ok(registered.includes('apigw.renderTemplate') && registered.includes('apigw.simulateRequest'),
    'the code lens commands are registered by the client');
});

test('workspace symbols follow an unsaved edit and then File: Revert File', async (t) => {
  const { document } = await openAndWaitForDiagnostics('openapi3-pets.yaml');
  const editor = vscode.window.activeTextEditor;
  assert.equal(editor?.document, document);
  const onDisk = fs.readFileSync(document.uri.fsPath, 'utf8');
  const symbolNames = async () =>
    ((await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'CreatePet')) ?? [])
      .map((s) => s.name);
  const until = (name: string) => waitUntil(
    async () => ((await symbolNames()).includes(name) ? true : undefined),
    () => `no workspace symbol "${name}"`,
    { signal: t.signal },
  );
  await until('POST /pets → AWS_PROXY CreatePet');
  const line = positionOf(document, 'aws_proxy').line; // the POST /pets integration's type
  assert.ok(await editor.edit((b: vscode.TextEditorEdit) => b.replace(document.lineAt(line).range, '        type: ')));
  await until('POST /pets → ? CreatePet');
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await until('POST /pets → AWS_PROXY CreatePet');
  assert.equal(document.isDirty, false);
  assert.equal(fs.readFileSync(document.uri.fsPath, 'utf8'), onDisk, 'the edit reached the disk (auto save?)');
});
