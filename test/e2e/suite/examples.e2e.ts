// The examples/ workspace as a user first sees it: every deliberate mistake the files' comments describe
// shows up as an apigw diagnostic on the expected line, and nothing else does.
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEach, test } from './harness';
import {
  closeAllEditors, codeOf, diagnosticsFor, formatDiagnostics, lineCodePairs, openAndWaitForDiagnostics, openFile,
} from './helpers';

afterEach(closeAllEditors);

/**
 * [line (1-based), code] per example file, read off the files and their "Deliberate mistakes" comments;
 * entries marked (cross-resource) are findings about the template's other resources, not in those comments.
 */
const EXPECTED: Record<string, Array<[number, string]>> = {
  'openapi3-pets.yaml': [
    [15, 'invalid-type'], // type: lambda_proxy
    [29, 'lambda-http-method'], // a Lambda proxy called with GET
    [31, 'timeout-above-default-quota'], // timeoutInMillis: 35000
    [48, 'unmapped-uri-parameter'], // {id} in the uri, nothing maps it
    [49, 'unknown-field'], // passthroughBehaviour (British spelling)
    [57, 'vtl-unknown-context-variable'], // $context.requestID inside the application/xml request template
  ],
  'swagger2-orders.json': [
    [15, 'missing-credentials'], // an SQS service integration without credentials
    [29, 'undeclared-status-code'], // maps headers for a 400 the method does not declare
    [30, 'invalid-parameter-mapping'], // '*' is not a mapping expression
  ],
  'sam-pets-api.yaml': [
    [29, 'invalid-uri'], // !GetAtt Function.Arn where the invocation ARN belongs
    [29, 'missing-lambda-permission'], // (cross-resource) no AWS::Lambda::Permission lets the API invoke it
    [46, 'unknown-path-parameter'], // maps method.request.path.id on /pets/{petId}
    [75, 'mock-without-request-template'],
  ],
  'cloudformation-methods.yaml': [
    [36, 'invalid-type'], // Type: aws_proxy (CloudFormation wants upper case)
    [47, 'missing-http-method'], // no IntegrationHttpMethod on an HTTP integration
    [49, 'unknown-field'], // httpMethod, the OpenAPI spelling, in a CloudFormation Integration
  ],
  'http-api-events.yaml': [
    [23, 'payload-format-version'], // 2.0 on a service integration
    [25, 'integration-subtype'], // SQS-SendMessage without MessageBody
    [31, 'integration-subtype'], // EventBridge-PutEvent (misspelled)
    [74, 'role-missing-permission'], // (cross-resource) ApiToQueueRole does not allow states:StartExecution
  ],
};

for (const [file, expected] of Object.entries(EXPECTED)) {
  test(`examples/${file}: ${expected.length} deliberate mistakes, each on its line with its code`, async () => {
    const codes = new Set(expected.map(([, code]) => code));
    const { diagnostics } = await openAndWaitForDiagnostics(file, {
      until: (d) => [...codes].every((c) => d.some((x) => codeOf(x) === c)),
    });
    assert.deepEqual(lineCodePairs(diagnostics), expected,
      `examples/${file} (did the example change, or does a new rule fire? update EXPECTED): ${formatDiagnostics(diagnostics)}`);
    assert.ok(diagnostics.every((d) => d.source === 'apigw'));
  });
}

test('examples/unrelated-compose.yaml: a YAML file without API Gateway content gets no diagnostics', async () => {
  // Opened before an API file: when that file's diagnostics arrive, the server has dealt with this one.
  const { document } = await openFile('unrelated-compose.yaml');
  await openAndWaitForDiagnostics('openapi3-pets.yaml');
  assert.deepEqual(diagnosticsFor(document.uri, undefined).filter((d) => d.source === 'apigw'), []);
  assert.equal(document.languageId, 'yaml');
});

test('every example file with API Gateway content is covered by this suite', async () => {
  const files = await vscode.workspace.findFiles('*.{yaml,yml,json}');
  const names = files.map((u) => u.path.split('/').pop()!).filter((n) => n !== 'unrelated-compose.yaml').sort();
  assert.deepEqual(names, Object.keys(EXPECTED).sort(), 'a new example needs its expected diagnostics here');
});
