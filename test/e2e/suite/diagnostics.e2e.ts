// Diagnostics travel from the language server to the editor: codes, lines, severities, updates on edit,
// quick fixes, settings, and silence on files that are not ours.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, test } from './harness';
import {
  ORDERS_OPENAPI_YAML, ORDERS_OPENAPI_YAML_DIAGNOSTICS, PETS_OPENAPI_JSON, PETS_OPENAPI_JSON_DIAGNOSTICS, UNRELATED_YAML,
} from './fixtures';
import {
  closeAllEditors, codeOf, diagnosticsFor, executeCodeActions, formatDiagnostics, lineCodePairs, openAndWaitForDiagnostics,
  openFile, waitForDiagnostics, writeWorkspaceFile,
} from './helpers';

afterEach(closeAllEditors);

const hasCodes = (codes: string[]) => (d: vscode.Diagnostic[]) => codes.every((c) => d.some((x) => codeOf(x) === c));

test('OpenAPI YAML: each problem arrives with source apigw, its code, its line and its severity', async () => {
  await writeWorkspaceFile('e2e/orders.yaml', ORDERS_OPENAPI_YAML);
  const { diagnostics } = await openAndWaitForDiagnostics('e2e/orders.yaml', {
    until: hasCodes(ORDERS_OPENAPI_YAML_DIAGNOSTICS.map(([, code]) => code)),
  });
  assert.deepEqual(lineCodePairs(diagnostics), ORDERS_OPENAPI_YAML_DIAGNOSTICS, formatDiagnostics(diagnostics));
  const severity = (code: string) => diagnostics.find((d) => codeOf(d) === code)?.severity;
  assert.equal(severity('lambda-http-method'), vscode.DiagnosticSeverity.Warning);
  assert.equal(severity('invalid-enum-value'), vscode.DiagnosticSeverity.Error);
  assert.equal(severity('mock-without-request-template'), vscode.DiagnosticSeverity.Information);
  // The range covers the offending value, not the whole line.
  const method = diagnostics.find((d) => codeOf(d) === 'lambda-http-method')!;
  const { document } = await openFile('e2e/orders.yaml');
  assert.equal(document.getText(method.range), 'GET');
});

test('OpenAPI JSON: the same rules apply to JSON documents', async () => {
  await writeWorkspaceFile('e2e/pets.json', PETS_OPENAPI_JSON);
  const { document, diagnostics } = await openAndWaitForDiagnostics('e2e/pets.json');
  assert.equal(document.languageId, 'json');
  assert.deepEqual(lineCodePairs(diagnostics), PETS_OPENAPI_JSON_DIAGNOSTICS, formatDiagnostics(diagnostics));
});

test('an unrelated YAML file gets no diagnostics from us', async () => {
  await writeWorkspaceFile('e2e/workflow.yaml', UNRELATED_YAML);
  await writeWorkspaceFile('e2e/orders-after.yaml', ORDERS_OPENAPI_YAML);
  // Open the unrelated file first: once the API file opened after it has its diagnostics, the server
  // (which handles documents in order) has long dealt with the unrelated one.
  const { document: unrelated } = await openFile('e2e/workflow.yaml');
  assert.equal(unrelated.languageId, 'yaml');
  await openAndWaitForDiagnostics('e2e/orders-after.yaml');
  assert.deepEqual(diagnosticsFor(unrelated.uri), [], formatDiagnostics(diagnosticsFor(unrelated.uri)));
});

test('editing the document updates its diagnostics', async () => {
  await writeWorkspaceFile('e2e/edit.yaml', ORDERS_OPENAPI_YAML);
  const { document, diagnostics } = await openAndWaitForDiagnostics('e2e/edit.yaml', {
    until: hasCodes(['invalid-enum-value']),
  });
  const enumProblem = diagnostics.find((d) => codeOf(d) === 'invalid-enum-value')!;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, enumProblem.range, 'WHEN_NO_MATCH');
  assert.ok(await vscode.workspace.applyEdit(edit));
  const after = await waitForDiagnostics(document.uri, {
    until: (d) => !d.some((x) => codeOf(x) === 'invalid-enum-value'),
  });
  assert.deepEqual(lineCodePairs(after), [[19, 'lambda-http-method'], [27, 'mock-without-request-template']]);
});

test('the quick fix for lambda-http-method changes GET to POST and the warning goes away', async () => {
  await writeWorkspaceFile('e2e/fix.yaml', ORDERS_OPENAPI_YAML);
  const { document, diagnostics } = await openAndWaitForDiagnostics('e2e/fix.yaml', {
    until: hasCodes(['lambda-http-method']),
  });
  const problem = diagnostics.find((d) => codeOf(d) === 'lambda-http-method')!;
  const actions = await executeCodeActions(document.uri, problem.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a): a is vscode.CodeAction => 'edit' in a && a.title === "Change to 'POST'");
  assert.ok(fix?.edit, `no "Change to 'POST'" among: ${actions.map((a) => a.title).join(', ')}`);
  assert.equal(fix.isPreferred, true);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.equal(document.lineAt(problem.range.start.line).text.trim(), 'httpMethod: POST');
  await waitForDiagnostics(document.uri, { until: (d) => !d.some((x) => codeOf(x) === 'lambda-http-method') });
});

test('apigw.diagnostics.rules turns a rule off, and back on', async () => {
  await writeWorkspaceFile('e2e/settings.yaml', ORDERS_OPENAPI_YAML);
  const { document } = await openAndWaitForDiagnostics('e2e/settings.yaml', { until: hasCodes(['lambda-http-method']) });
  const config = vscode.workspace.getConfiguration('apigw');
  try {
    await config.update('diagnostics.rules', { 'lambda-http-method': 'off' }, vscode.ConfigurationTarget.Workspace);
    const off = await waitForDiagnostics(document.uri, { until: (d) => !d.some((x) => codeOf(x) === 'lambda-http-method') });
    assert.deepEqual(lineCodePairs(off), [[27, 'mock-without-request-template'], [28, 'invalid-enum-value']]);
  } finally {
    await config.update('diagnostics.rules', undefined, vscode.ConfigurationTarget.Workspace);
  }
  await waitForDiagnostics(document.uri, { until: hasCodes(['lambda-http-method']) });
});
