// Editing integrations in a real VS Code: completion lists at positions (keys, the template's functions,
// skeletons), hover text, quick fixes that change the document, outline and workspace symbols, and the
// "API Gateway Integrations" view listing the examples' integrations.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, test } from './harness';
import {
  activateExtension, closeAllEditors, codeOf, completionLabels, executeCodeActions, executeCompletion, executeHover,
  hoverText, lineOf, openAndWaitForDiagnostics, openFile, positionOf, waitForDiagnostics, waitForEvent, writeWorkspaceFile,
} from './helpers';

afterEach(closeAllEditors);

interface TreeSnapshot {
  readonly label: string;
  readonly description?: string;
  readonly children: TreeSnapshot[];
}

interface Api {
  ensureServerStarted(): Promise<unknown>;
  integrationsTree(options?: { complete?: boolean }): Promise<TreeSnapshot[]>;
}

/** A SAM template being written: the second route's integration is empty, the caret goes on its empty line. */
const SAM_TYPING = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Resources:
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: 3.0.1
        info: {title: typing, version: "1"}
        paths:
          /items:
            get:
              responses:
                "200":
                  description: ok
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: 
          /other:
            get:
              responses:
                "200":
                  description: ok
              x-amazon-apigateway-integration:
                
  ItemsFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      InlineCode: "exports.handler = async () => ({statusCode: 200, body: '[]'})"
`;

/** An integration response for a 404 the method does not declare. */
const UNDECLARED_404 = `openapi: 3.0.1
info: {title: fixes, version: "1"}
paths:
  /pets:
    get:
      responses:
        "200":
          description: OK
      x-amazon-apigateway-integration:
        type: http
        httpMethod: GET
        uri: https://example.com/pets
        responses:
          default:
            statusCode: "200"
          "404":
            statusCode: "404"
`;

test('completion at `uri: ` offers the template\'s Lambda function, inserted as its invocation ARN', async () => {
  await writeWorkspaceFile('e2e/editing-typing.yaml', SAM_TYPING);
  const { document } = await openAndWaitForDiagnostics('e2e/editing-typing.yaml', { until: () => true });
  const line = positionOf(document, 'uri: \n').line;
  const list = await executeCompletion(document.uri, new vscode.Position(line, document.lineAt(line).text.length));
  const fn = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'ItemsFunction');
  assert.ok(fn, `ItemsFunction missing from ${completionLabels(list).join(', ')}`);
  assert.equal(snippetOf(fn).value, '!Sub arn:aws:apigateway:\\${AWS::Region\\}:lambda:path/2015-03-31/functions/\\${${1:ItemsFunction}.Arn\\}/invocations');
});

test('completion in an empty integration offers skeletons; accepting one writes a valid integration', async () => {
  await writeWorkspaceFile('e2e/editing-skeleton.yaml', SAM_TYPING);
  const { document } = await openAndWaitForDiagnostics('e2e/editing-skeleton.yaml', { until: () => true });
  const editor = vscode.window.activeTextEditor!;
  const line = lineOf(document, 'x-amazon-apigateway-integration:', 1) + 1; // the empty line of the second integration
  const position = new vscode.Position(line, 16);
  const list = await executeCompletion(document.uri, position);
  const labels = completionLabels(list);
  for (const label of ['Lambda proxy integration', 'Mock integration', 'SQS SendMessage integration', 'DynamoDB PutItem integration']) {
    assert.ok(labels.includes(label), `${label} missing from ${labels.join(', ')}`);
  }
  // Accept the mock skeleton as the editor does: the item's snippet over its range, whitespace as sent (asIs).
  const mock = list.items.find((i) => (typeof i.label === 'string' ? i.label : i.label.label) === 'Mock integration')!;
  const range = mock.range instanceof vscode.Range ? mock.range : mock.range?.replacing ?? new vscode.Range(position, position);
  const published = waitForEvent(vscode.languages.onDidChangeDiagnostics, (e) => !!e?.uris.some((u) => u.toString() === document.uri.toString()), () => undefined, () => 'no diagnostics after the edit');
  assert.ok(await editor.insertSnippet(snippetOf(mock), range, { undoStopBefore: true, undoStopAfter: true, keepWhitespace: true }));
  assert.match(document.getText(), /x-amazon-apigateway-integration:\n {16}type: mock\n {16}requestTemplates:\n {18}application\/json: '\{"statusCode": 200\}'\n {16}passthroughBehavior: when_no_match\n/);
  await published;
  const inSkeleton = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'apigw' && d.range.start.line >= line - 1);
  assert.deepEqual(inSkeleton.map((d) => `${d.range.start.line + 1} ${codeOf(d)}`), []);
});

/** The snippet a completion item inserts. */
function snippetOf(item: vscode.CompletionItem): vscode.SnippetString {
  if (item.insertText instanceof vscode.SnippetString) return item.insertText;
  return new vscode.SnippetString(typeof item.insertText === 'string' ? item.insertText : (item.textEdit as vscode.TextEdit).newText);
}

test('hover on a !Sub uri explains the Lambda invocation ARN and its function', async () => {
  const { document } = await openFile('sam-pets-api.yaml');
  const text = hoverText(await executeHover(document.uri, positionOf(document, 'uri: !Sub', { offset: 12 })));
  assert.match(text, /\*\*Lambda invocation ARN\*\*/);
  assert.match(text, /\| Function \| `GetPetFunction` \(`AWS::Serverless::Function` in this template\) \|/);
  assert.match(text, /\(https:\/\/docs\.aws\.amazon\.com\/apigateway\//);
});

test('the quick fix declares a missing method response and the problem goes away', async () => {
  await writeWorkspaceFile('e2e/editing-fix.yaml', UNDECLARED_404);
  const { document, diagnostics } = await openAndWaitForDiagnostics('e2e/editing-fix.yaml', {
    until: (d) => d.some((x) => codeOf(x) === 'status-code-without-method-response'),
  });
  const problem = diagnostics.find((d) => codeOf(d) === 'status-code-without-method-response')!;
  const actions = await executeCodeActions(document.uri, problem.range, vscode.CodeActionKind.QuickFix.value);
  const title = "Declare the 404 Not Found response in the method's responses";
  const fix = actions.find((a): a is vscode.CodeAction => 'edit' in a && a.title === title);
  assert.ok(fix?.edit, `no "${title}" among: ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.match(document.getText(), /\n {8}"200":\n {10}description: OK\n {8}"404":\n {10}description: Not Found\n {6}x-amazon-apigateway-integration:/);
  await waitForDiagnostics(document.uri, { until: (d) => !d.some((x) => codeOf(x) === 'status-code-without-method-response') });
});

test('workspace symbols find integrations in files that are not open', async () => {
  const ext = await activateExtension<Api>();
  await openFile('openapi3-pets.yaml');
  await ext.exports.integrationsTree({ complete: true }); // the workspace scan has finished
  const symbols = (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'GetItem')) ?? [];
  const names = symbols.map((s) => s.name);
  assert.ok(names.includes('GET /orders/{orderId} → AWS dynamodb GetItem'), names.join(', '));
  assert.match(symbols.find((s) => s.name.includes('GetItem'))!.location.uri.path, /swagger2-orders\.json$/);
});

test('the API Gateway Integrations view lists the examples\' integrations by file, API, path and method', async () => {
  const ext = await activateExtension<Api>();
  await openFile('openapi3-pets.yaml');
  const tree = await ext.exports.integrationsTree({ complete: true });
  const files = tree.map((f) => f.label);
  for (const file of ['cloudformation-methods.yaml', 'http-api-events.yaml', 'openapi3-pets.yaml', 'sam-pets-api.yaml', 'swagger2-orders.json']) {
    assert.ok(files.includes(file), `${file} missing from the view: ${files.join(', ')}`);
  }
  assert.ok(!files.includes('unrelated-compose.yaml'));
  const sam = tree.find((f) => f.label === 'sam-pets-api.yaml')!;
  assert.equal(sam.description?.startsWith('5 integrations'), true, sam.description);
  const api = sam.children.find((a) => a.label === 'PetsApi')!;
  assert.ok(api, `PetsApi missing: ${sam.children.map((a) => a.label).join(', ')}`);
  const pets = api.children.find((p) => p.label === '/pets')!;
  assert.deepEqual(pets.children.map((m) => [m.label, m.description?.split(' · ')[0]]), [['GET', 'AWS_PROXY ListPetsFunction']]);
  const health = api.children.find((p) => p.label === '/health')!;
  assert.equal(health.children[0].label, 'GET');
  assert.match(health.children[0].description ?? '', /^MOCK/);
});

test('choosing an integration in the view reveals it in the editor', async () => {
  const ext = await activateExtension<Api>();
  await ext.exports.ensureServerStarted();
  const { document } = await openFile('swagger2-orders.json');
  const line = positionOf(document, '"x-amazon-apigateway-integration"').line;
  const range = { start: { line, character: 8 }, end: { line, character: 41 } };
  await closeAllEditors();
  await vscode.commands.executeCommand('apigw.revealIntegration', document.uri.toString(), range);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'no editor opened');
  assert.equal(editor.document.uri.toString(), document.uri.toString());
  assert.equal(editor.selection.start.line, line);
});
