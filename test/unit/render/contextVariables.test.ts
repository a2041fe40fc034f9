// The renderer's $context and the documented $context variables (knowledge/vtl/context.ts, which hover,
// completion and diagnostics use) are the same set: a variable the editor documents has a value in the preview,
// and the preview has no variable the editor would call unknown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CONTEXT_VARIABLES } from '../../../server/src/service/knowledge/vtl/context';
import { buildContext } from '../../../server/src/service/render/runtime';
import { JMap } from '../../../server/src/service/render/values';

/**
 * Documented for mapping templates but not in a plain REST request's $context, each for a reason. A request
 * without an authorizer, API key, mutual TLS, canary or VPC endpoint has exactly 18 variables and 12 identity
 * keys (recorded on AWS: test/golden/cases, localstack/sqs-amz-json/context-keyset-and-groups); the others read as
 * null unless the sample request's `context` sets them.
 */
const NOT_IN_A_REST_REQUEST: Record<string, string> = {
  authorizer: 'only with an authorizer',
  'authorizer.claims': 'only with a Cognito authorizer',
  'authorizer.principalId': 'only with a Lambda authorizer',
  awsEndpointRequestId: 'only once an AWS integration answered',
  error: 'only in gateway responses',
  'error.messageString': 'only in gateway responses',
  'error.validationErrorString': 'only in gateway responses',
  'identity.apiKey': 'only for methods that require an API key',
  'identity.apiKeyId': 'only for methods that require an API key',
  'identity.clientCert': 'only with mutual TLS',
  'identity.vpcId': 'only for private APIs',
  'identity.vpceId': 'only for private APIs',
  isCanaryRequest: 'only on a stage with canary settings',
  wafResponseCode: 'only with AWS WAF',
  webaclArn: 'only with AWS WAF',
  xrayTraceId: 'only with X-Ray tracing',
  'identity.clientCert.clientCertPem': 'under clientCert, which is null without mutual TLS',
  'identity.clientCert.subjectDN': 'under clientCert, which is null without mutual TLS',
  'identity.clientCert.issuerDN': 'under clientCert, which is null without mutual TLS',
  'identity.clientCert.serialNumber': 'under clientCert, which is null without mutual TLS',
  'identity.clientCert.validity': 'under clientCert, which is null without mutual TLS',
  'identity.clientCert.validity.notBefore': 'under clientCert, which is null without mutual TLS',
  'identity.clientCert.validity.notAfter': 'under clientCert, which is null without mutual TLS',
  'responseOverride.status': 'set by the template with #set; unset it reads as empty',
  connectionId: 'WebSocket APIs only',
  connectedAt: 'WebSocket APIs only',
  eventType: 'WebSocket APIs only',
  messageId: 'WebSocket APIs only',
  routeKey: 'WebSocket APIs only',
};

function runtimePaths(): Set<string> {
  const context = buildContext({}, { requestId: 'r-1', now: new Date(0), stage: 'dev', apiId: 'a1', accountId: '123456789012', sourceIp: '203.0.113.1', userAgent: null, domainName: 'a1.execute-api.us-east-1.amazonaws.com', resourcePath: '/', path: '/', httpMethod: 'GET' });
  const paths = new Set<string>();
  const walk = (map: JMap, prefix: string) => {
    for (const [key, value] of map.entries()) {
      const path = prefix ? `${prefix}.${key}` : String(key);
      paths.add(path);
      if (value instanceof JMap) walk(value, path);
    }
  };
  walk(context, '');
  return paths;
}

test('every $context variable the renderer sets is documented', () => {
  const documented = new Set(CONTEXT_VARIABLES.map((v) => v.path));
  assert.deepEqual([...runtimePaths()].filter((path) => !documented.has(path)), []);
});

test('every $context variable documented for mapping templates has a value in the renderer, or a reason it has none', () => {
  const paths = runtimePaths();
  const missing = CONTEXT_VARIABLES.filter((v) => v.availability === 'template' && !paths.has(v.path)).map((v) => v.path);
  assert.deepEqual(missing.sort(), Object.keys(NOT_IN_A_REST_REQUEST).sort());
});
