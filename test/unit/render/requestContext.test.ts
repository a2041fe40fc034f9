// One request's $context as API Gateway keeps it: a java.util.HashMap of the variables the request has, shared by
// the request and the response template, written in every form Velocity 1.7 allows, printed as API Gateway
// prints it; and the headers API Gateway drops before any template runs. Evidence: the AWS recordings in
// test/golden/cases (ids below) and Velocity 1.7's recorded behaviour (velocity17Renders.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTemplate, simulate, IntegrationSpec } from '../../../server/src/service/render';
import { JMap, javaHashCode, caseInsensitiveCompare } from '../../../server/src/service/render/values';

const out = (template: string, request = {}) => renderTemplate(template, 'request', request).output;
const mock = (request: string, response?: string, extra: Partial<IntegrationSpec> = {}): IntegrationSpec => ({
  type: 'MOCK',
  requestTemplates: { 'application/json': request },
  responses: [{ selectionPattern: 'default', statusCode: '200', ...(response !== undefined ? { responseTemplates: { 'application/json': response } } : {}) }],
  ...extra,
});

test('java.util.HashMap iteration: bucket by (h ^ h>>>16) & (capacity-1), capacity doubling past 3/4, insertion order within a bucket', () => {
  assert.equal(javaHashCode('a'), 97);
  assert.equal(javaHashCode('resourceId'), -1345650231, 'String.hashCode, as Java computes it');
  assert.equal(javaHashCode(null), 0);
  assert.equal(javaHashCode(true), 1231);
  const m = new JMap('hash');
  for (const k of ['c', 'b', 'a']) m.set(k, 1);
  assert.deepEqual(m.keys(), ['a', 'b', 'c']);
  // 13 keys grow the table to 32: "q" (113, bucket 17 of 32) now comes after "a" (97, bucket 1)
  const big = new JMap('hash');
  for (const k of 'qwertyuiopasd') big.set(k, 1);
  assert.deepEqual(big.keys(), ['a', 'd', 'e', 'i', 'o', 'p', 'q', 'r', 's', 't', 'u', 'w', 'y']);
  assert.ok(caseInsensitiveCompare('cache-control', 'CloudFront-Is') < 0);
});

test('$context.keySet() of a plain request: its 18 variables in HashMap order (golden localstack/sqs-amz-json/context-keyset-and-groups)', () => {
  assert.equal(
    out('$context.keySet()'),
    '[resourceId, resourcePath, httpMethod, extendedRequestId, requestTime, path, accountId, protocol, requestOverride, stage, domainPrefix, requestTimeEpoch, requestId, identity, domainName, deploymentId, responseOverride, apiId]',
  );
  assert.equal(out('$context.identity.keySet()'), '[cognitoIdentityPoolId, accountId, cognitoIdentityId, caller, sourceIp, principalOrgId, accessKey, cognitoAuthenticationType, cognitoAuthenticationProvider, userArn, userAgent, user]');
  assert.equal(out('$context.requestOverride.keySet() $context.responseOverride.keySet()'), '[path, header, querystring] [header]');
  // a variable the request does not have is null, and prints as nothing
  assert.equal(out('[$context.authorizer.principalId][$context.isCanaryRequest][$context.error.message]'), '[][][]');
  // the sample request adds what its request has, in HashMap order
  assert.equal(out('$context.keySet().size() $context.isCanaryRequest $context.authorizer.keySet()', { context: { isCanaryRequest: true, authorizer: { principalId: 'u', role: 'r' } } }), '20 true [role, principalId]');
});

test('$context and its groups print as empty strings; keySet, get and size still read them', () => {
  assert.equal(out('[$context][$context.identity][$context.get("requestOverride")][$context.requestOverride.header]'), '[][][][]');
  assert.equal(out('#set($x = "$context.identity.sourceIp")$x', { context: { identity: { sourceIp: '198.51.100.1' } } }), '198.51.100.1');
  assert.equal(out('$context.identity.size() $context.get("stage")', { context: { stage: 'v2' } }), '12 v2');
  // what is not a $context group prints as Java prints it
  assert.equal(out('$input.params()', { headers: { b: '1', A: '2' } }), '{path={}, querystring={}, header={A=2, b=1}}');
});

test('map writes in every form: #set($m.k), #set($m[$k]), #set($m["k"].n["j"]), put() printing the previous value', () => {
  assert.equal(out('#set($m = {})#set($m.a = 1)#set($k = "b")#set($m[$k] = 2)$m'), '{a=1, b=2}');
  assert.equal(out('#set($m = {})$m.put("a", 1)|$m.put("a", 2)|#set($old = $m.put("a", 3))$old|$m'), '|1|2|{a=3}');
  assert.equal(out('#set($context["requestOverride"].querystring["q"] = "v")$context.requestOverride.querystring.q'), 'v');
  assert.equal(out('#set($context.requestOverride.header.X-Amz-Target = "T")$context.requestOverride.header.get("X-Amz-Target")'), 'T', 'a hyphen is part of a Velocity 1.7 name');
  // Velocity 1.7 creates no map on the way: $m.a is null, so nothing is set
  const r = renderTemplate('#set($m = {})#set($m.a.b = 1)$m', 'request', {});
  assert.equal(r.output, '{}');
  assert.match(r.errors[0].message, /is null, so nothing was set/);
});

test('one $context per request: what the request template writes, the response template reads (golden localstack/mock-request-override-read-in-response)', () => {
  const r = simulate(mock('#set($context.requestOverride.path.body = "hello")#set($context.responseOverride.custom = 7){"statusCode": 200}', '$context.requestOverride.path.body $context.responseOverride.custom'), {});
  assert.equal(r.body, 'hello 7');
  // each render on its own still starts from a fresh $context
  assert.equal(out('[$context.requestOverride.path.body]'), '[]');
});

test("a MOCK request template's responseOverride sets the method response's status and headers (golden localstack/mock-response-override-in-request-template)", () => {
  const tpl = '#set($context.responseOverride.status = 444)#set($context.responseOverride.header.foo = "bar"){"statusCode": 200}';
  for (const r of [simulate(mock(tpl), {}), simulate(mock(tpl, '$context.responseOverride.status'), {})]) {
    assert.equal(r.statusCode, 444);
    assert.equal(r.headers.foo, 'bar');
  }
  assert.equal(simulate(mock(tpl, '$context.responseOverride.status'), {}).body, '444');
  // the response template's own override wins: it runs later on the same map
  assert.equal(simulate(mock(tpl, '#set($context.responseOverride.status = 201)'), {}).statusCode, 201);
});

test('headers API Gateway drops on arrival are gone for templates, mappings and Lambda events, and each is named (golden localstack/header-remapping/*)', () => {
  const headers = { Connection: 'close', 'Content-Length': '12', Expect: '100-continue', TE: 'gzip', 'Transfer-Encoding': 'chunked', 'X-Kept': 'yes', Upgrade: 'h2' };
  const r = renderTemplate(`$input.params('Connection')|$input.params('X-Kept')|$input.params().header.size()`, 'request', { headers });
  assert.equal(r.output, '|yes|1');
  assert.deepEqual(r.droppedHeaders.map((d) => d.name), ['Connection', 'Content-Length', 'Expect', 'TE', 'Transfer-Encoding', 'Upgrade']);
  assert.match(r.droppedHeaders[0].reason, /drops Connection from every method request/);
  const proxy = simulate({ type: 'AWS_PROXY', isLambda: true }, { headers }, { statusCode: 200, body: '{"statusCode": 200}' });
  assert.deepEqual(Object.keys((proxy.lambdaEvent as { headers: Record<string, string> }).headers), ['X-Kept']);
  assert.match(proxy.steps[0].message, /drops Connection, Content-Length/);
});

test('mappings API Gateway refuses answer 500; headers it drops after mapping never reach the backend; the way back renames (golden localstack/header-remapping/*)', () => {
  const http = (requestParameters: Record<string, string>, responseParameters?: Record<string, string>) =>
    simulate({ type: 'HTTP', uri: 'https://x.example', requestParameters, responses: [{ selectionPattern: 'default', statusCode: '200', responseParameters }] }, { httpMethod: 'GET' }, { statusCode: 200, body: '{}' });
  assert.equal(http({ 'integration.request.header.Content-Length': "'0'" }).statusCode, 500);
  assert.equal(http({ 'integration.request.header.Authorization': "'x'" }).statusCode, 200, 'HTTP integrations may map Authorization');
  assert.equal(simulate({ type: 'AWS', uri: 'arn:aws:apigateway:us-east-1:sqs:path/1/q', requestParameters: { 'integration.request.header.Authorization': "'x'" }, responses: [{ selectionPattern: 'default', statusCode: '200' }] }, {}, { statusCode: 200 }).statusCode, 500);
  const sent = http({ 'integration.request.header.Expect': "'100'", 'integration.request.header.Via': "'v'", 'integration.request.header.X-A': "'a'" });
  assert.deepEqual(Object.keys(sent.integrationRequest!.headers).sort(), ['Accept', 'User-Agent', 'X-A', 'X-Amzn-Apigateway-Api-Id']);
  const back = http({}, { 'method.response.header.Date': "'d'", 'method.response.header.Warn': "'w'", 'method.response.header.Transfer-Encoding': "'chunked'" });
  assert.deepEqual(back.headers, { 'Content-Type': 'application/json', 'x-amzn-Remapped-Date': 'd', Warn: 'w' });
});
