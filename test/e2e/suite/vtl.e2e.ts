// VTL inside mapping templates in a real VS Code: a template diagnostic sits exactly on the misspelled
// variable, completion after `$util.` and `$context.` lists API Gateway's members, hover explains a quirk,
// and the template text carries the VTL token scopes of the injection grammar.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, test } from './harness';
import { activateExtension, closeAllEditors, codeOf, completionLabels, executeCompletion, executeHover, hoverText, openAndWaitForDiagnostics, openFile, writeWorkspaceFile } from './helpers';

afterEach(closeAllEditors);

test('a VTL diagnostic in a double-quoted template (with escapes) points at the misspelled $context variable', async () => {
  const { document, diagnostics } = await openAndWaitForDiagnostics('openapi3-pets.yaml', {
    until: (d) => d.some((x) => codeOf(x) === 'vtl-unknown-context-variable'),
  });
  const [d] = diagnostics.filter((x) => codeOf(x) === 'vtl-unknown-context-variable');
  assert.equal(document.getText(d.range), 'requestID');
  assert.equal(d.range.start.line, 56);
  assert.equal(d.range.start.character, document.lineAt(56).text.indexOf('requestID'));
  assert.match(d.message, /Did you mean `\$context\.requestId`/);
});

test('completion inside a JSON-string template lists $util members, written with JSON escapes', async () => {
  const text = '{"openapi": "3.0.1", "paths": {"/a": {"get": {"x-amazon-apigateway-integration": {"type": "mock", "requestTemplates": {"application/json": "{\\"statusCode\\": 200, \\"id\\": \\"$util.\\"}"}}}}}}\n';
  await writeWorkspaceFile('vtl-json.json', text);
  // A clean file publishes no diagnostics to wait for: start the server, then ask.
  const { document } = await openFile('vtl-json.json');
  await (await activateExtension<{ ensureServerStarted(): Promise<unknown> }>()).exports.ensureServerStarted();
  const position = document.positionAt(text.indexOf('$util.') + '$util.'.length);
  const list = await executeCompletion(document.uri, position, '.');
  const labels = completionLabels(list);
  for (const member of ['escapeJavaScript', 'parseJson', 'urlEncode', 'base64Encode']) assert.ok(labels.includes(member), `${member} in ${labels.join(', ')}`);
});

test('completion after $context. in a YAML template offers requestId and the identity group', async () => {
  const { document } = await openAndWaitForDiagnostics('openapi3-pets.yaml');
  const line = document.lineAt(54).text;
  const position = new vscode.Position(54, line.indexOf('$context.') + '$context.'.length);
  const labels = completionLabels(await executeCompletion(document.uri, position, '.'));
  assert.ok(labels.includes('requestId'), labels.join(', '));
  assert.ok(labels.some((l) => l.startsWith('identity')), labels.join(', '));
});

test('hover on $input.params explains where it looks for the parameter', async () => {
  const { document } = await openAndWaitForDiagnostics('openapi3-pets.yaml');
  const line = document.lineAt(53).text;
  const hovers = await executeHover(document.uri, new vscode.Position(53, line.indexOf('params') + 2));
  assert.match(hoverText(hovers), /path.*query.*header/is);
});

test('a standalone .vtl file: its language is vtl, a misspelled $context variable is flagged, $util. completes', async () => {
  const text = '{\n  "id": "$context.requestID",\n  "name": "$util."\n}\n';
  await writeWorkspaceFile('standalone-request.vtl', text);
  const { document, diagnostics } = await openAndWaitForDiagnostics('standalone-request.vtl', {
    until: (d) => d.some((x) => codeOf(x) === 'vtl-unknown-context-variable'),
  });
  assert.equal(document.languageId, 'vtl');
  const [d] = diagnostics.filter((x) => codeOf(x) === 'vtl-unknown-context-variable');
  assert.equal(document.getText(d.range), 'requestID');
  assert.equal(d.range.start.line, 1);
  const position = document.positionAt(text.indexOf('$util.') + '$util.'.length);
  const labels = completionLabels(await executeCompletion(document.uri, position, '.'));
  assert.ok(labels.includes('escapeJavaScript'), labels.join(', '));
});

test('examples/templates/pet-response.vtl offers "Render as response template" above its first line', async () => {
  const { document } = await openFile('templates/pet-response.vtl');
  await (await activateExtension<{ ensureServerStarted(): Promise<unknown> }>()).exports.ensureServerStarted();
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 10)) ?? [];
  const titles = lenses.filter((l) => l.command?.command === 'apigw.renderTemplate').map((l) => [l.range.start.line, l.command!.title]);
  assert.deepEqual(titles, [[0, 'Render as response template']]);
});
