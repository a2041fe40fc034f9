// The request/response pipeline of a non-proxy integration, and Lambda proxy events and responses.
// Sources: https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html,
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  simulate,
  chooseRequestTemplate,
  chooseResponseTemplate,
  selectIntegrationResponse,
  buildLambdaProxyEvent,
  checkLambdaProxyResponse,
  IntegrationSpec,
} from '../../../server/src/service/render';

const TEMPLATES = { 'application/json': 'J', 'application/xml': 'X' };

/** What API Gateway itself sends a non-proxy HTTP backend (the default api id). */
const DEFAULT_HTTP_HEADERS = { Accept: 'application/json', 'User-Agent': 'AmazonAPIGateway_a1b2c3d4e5', 'X-Amzn-Apigateway-Api-Id': 'a1b2c3d4e5' };

test('request template by Content-Type, parameters stripped, absent header means application/json', () => {
  const pick = (headers: Record<string, string> | undefined, passthroughBehavior?: string) => chooseRequestTemplate({ requestTemplates: TEMPLATES, passthroughBehavior }, { headers });
  assert.deepEqual(pick({ 'Content-Type': 'application/xml; charset=utf-8' }).kind, 'template');
  assert.equal((pick({ 'content-type': 'Application/XML' }) as { template: string }).template, 'X');
  assert.equal((pick(undefined) as { template: string }).template, 'J');
  assert.equal(pick({ 'Content-Type': 'text/plain' }).kind, 'passthrough', 'WHEN_NO_MATCH is the default');
  assert.equal(pick({ 'Content-Type': 'text/plain' }, 'WHEN_NO_TEMPLATES').kind, 'reject');
  assert.equal(pick({ 'Content-Type': 'text/plain' }, 'NEVER').kind, 'reject');
  assert.equal(chooseRequestTemplate({ requestTemplates: {}, passthroughBehavior: 'WHEN_NO_TEMPLATES' }, {}).kind, 'passthrough');
  assert.equal(chooseRequestTemplate({ requestTemplates: {}, passthroughBehavior: 'NEVER' }, {}).kind, 'reject');
});

test('415 Unsupported Media Type when passthrough is refused', () => {
  const r = simulate({ type: 'HTTP', requestTemplates: TEMPLATES, passthroughBehavior: 'NEVER' }, { headers: { 'Content-Type': 'text/csv' }, body: 'a,b' });
  assert.equal(r.statusCode, 415);
  assert.equal(r.body, '{"message": "Unsupported Media Type"}');
  assert.match(r.steps[0].message, /NEVER/);
});

test('selectionPattern matches the whole status code; default otherwise; none is a 500', () => {
  const rs = [
    { selectionPattern: '4\\d{2}', statusCode: '400' },
    { selectionPattern: '5\\d{2}', statusCode: '500' },
    { selectionPattern: 'default', statusCode: '200' },
  ];
  assert.equal(selectIntegrationResponse(rs, '404').response?.statusCode, '400');
  assert.equal(selectIntegrationResponse(rs, '4044').response?.statusCode, '200', 'Java matches() needs the whole input');
  assert.equal(selectIntegrationResponse(rs, '201').response?.statusCode, '200');
  const none = selectIntegrationResponse([{ selectionPattern: '5\\d{2}', statusCode: '500' }], '200');
  assert.equal(none.response, undefined);
  assert.match(none.error ?? '', /no default output mapping/);
});

test('a selectionPattern too large for the regex engine is reported, not thrown (fuzz seed 67 document 12875)', () => {
  // V8 accepts the pattern and throws "Regular expression too large" only on its first match.
  const huge = 'x:' + 'ab '.repeat(40_000);
  const result = selectIntegrationResponse([{ selectionPattern: huge, statusCode: '400' }, { selectionPattern: 'default', statusCode: '200' }], '404');
  assert.equal(result.response, undefined);
  assert.match(result.error ?? '', /^invalid regular expression 'x:ab ab .{0,200}…': Regular expression too large$/);
});

test('Lambda custom integration: selectionPattern is matched against errorMessage', () => {
  const spec: IntegrationSpec = {
    type: 'AWS',
    isLambda: true,
    requestTemplates: { 'application/json': '{"x": 1}' },
    responses: [
      { selectionPattern: '.*Not Found.*', statusCode: '404', responseTemplates: { 'application/json': '{"error": "$input.path(\'$.errorMessage\')"}' } },
      { selectionPattern: 'default', statusCode: '200' },
    ],
  };
  const r = simulate(spec, {}, { errorMessage: 'Item Not Found' });
  assert.equal(r.statusCode, 404);
  assert.equal(r.body, '{"error": "Item Not Found"}');
  const ok = simulate(spec, {}, { statusCode: 200, body: '{"fine": true}' });
  assert.equal(ok.statusCode, 200);
  assert.equal(ok.body, '{"fine": true}', 'no response template: the body passes through');
});

test('MOCK takes its status from the rendered statusCode; a template without one is a 500', () => {
  const spec = (tpl: string): IntegrationSpec => ({
    type: 'MOCK',
    requestTemplates: { 'application/json': tpl },
    responses: [
      { selectionPattern: 'default', statusCode: '200', responseTemplates: { 'application/json': '{"ok": true}' } },
      { selectionPattern: '4\\d{2}', statusCode: '418' },
    ],
  });
  assert.equal(simulate(spec('{"statusCode": 200}'), {}).statusCode, 200);
  assert.equal(simulate(spec('{"statusCode": 404}'), {}).statusCode, 418);
  const bad = simulate(spec('{"nope": 1}'), {});
  assert.equal(bad.statusCode, 500);
  assert.match(bad.steps[bad.steps.length - 1].message, /statusCode/);
});

test('response template by Accept, else application/json, else the first', () => {
  const t = { 'text/html': 'H', 'application/json': 'J' };
  assert.equal(chooseResponseTemplate(t, 'text/html;q=0.9, */*').template, 'H');
  assert.equal(chooseResponseTemplate(t, 'image/png').template, 'J');
  assert.equal(chooseResponseTemplate({ 'text/html': 'H', 'text/xml': 'X' }, undefined).template, 'H');
});

test('request parameters, overrides and the integration URI', () => {
  const spec: IntegrationSpec = {
    type: 'HTTP',
    uri: 'https://example.com/pets/{id}',
    requestParameters: { 'integration.request.path.id': 'method.request.path.petId', 'integration.request.header.X-Src': "'console'", 'integration.request.querystring.q': 'method.request.querystring.q' },
    requestTemplates: { 'application/json': '#set($context.requestOverride.header.X-Src = "template")#set($context.requestOverride.querystring.page = "2"){}' },
    responses: [{ selectionPattern: 'default', statusCode: '200', responseParameters: { 'method.response.header.X-Up': 'integration.response.header.X-Up', 'method.response.header.X-Lit': "'yes'" } }],
  };
  const r = simulate(spec, { pathParameters: { petId: '7' }, queryStringParameters: { q: 'a b' } }, { statusCode: 200, headers: { 'X-Up': 'v' }, body: '{}' });
  // with API Gateway's own headers of a non-proxy HTTP integration (recorded: golden localstack/header-remapping/http/no-mapping-default-headers)
  assert.deepEqual(r.integrationRequest?.headers, { ...DEFAULT_HTTP_HEADERS, 'X-Src': 'template' });
  assert.equal(r.integrationRequest?.uri, 'https://example.com/pets/7?q=a%20b&page=2');
  assert.equal(r.headers['X-Up'], 'v');
  assert.equal(r.headers['X-Lit'], 'yes');
});

test('a failing template is a 500 with the error located in the template', () => {
  const r = simulate({ type: 'HTTP', requestTemplates: { 'application/json': 'ok\n$util.urlDecode("%zz")' } }, {});
  assert.equal(r.statusCode, 500);
  assert.equal(r.errors[0].template, 'request');
  assert.equal(r.errors[0].line, 2);
  assert.equal(r.errors[0].column, 6);
});

test('Lambda proxy event, payload format 1.0', () => {
  const e = buildLambdaProxyEvent(
    {
      httpMethod: 'post',
      path: '/pets/7',
      resourcePath: '/pets/{id}',
      headers: { Accept: 'a' },
      multiValueHeaders: { Accept: ['a'], 'X-M': ['1', '2'] },
      queryStringParameters: { q: 'x' },
      pathParameters: { id: '7' },
      body: { a: 1 },
    },
    '1.0',
    { requestId: 'rid', now: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) },
  ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reads nested event fields
  assert.equal(e.resource, '/pets/{id}');
  assert.equal(e.httpMethod, 'POST');
  assert.deepEqual(e.headers, { Accept: 'a', 'X-M': '2' });
  assert.deepEqual(e.multiValueHeaders, { Accept: ['a'], 'X-M': ['1', '2'] });
  assert.deepEqual(e.multiValueQueryStringParameters, { q: ['x'] });
  assert.equal(e.stageVariables, null, 'absent maps are null in 1.0');
  assert.equal(e.body, '{"a":1}');
  assert.equal(e.isBase64Encoded, false);
  assert.equal(e.requestContext.requestId, 'rid');
  assert.equal(e.requestContext.requestTime, '02/Jan/2024:03:04:05 +0000');
  assert.equal(e.requestContext.requestTimeEpoch, 1704164645000);
  assert.equal(e.requestContext.path, '/dev/pets/7');
});

test('Lambda proxy event, payload format 2.0', () => {
  const e = buildLambdaProxyEvent(
    { httpMethod: 'GET', path: '/p', headers: { 'User-Agent': 'ua', Cookie: 'a=1; b=2' }, multiValueQueryStringParameters: { q: ['1', '2'] } },
    '2.0',
    { requestId: 'rid' },
  ) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reads nested event fields
  assert.equal(e.version, '2.0');
  assert.equal(e.routeKey, 'GET /p');
  assert.equal(e.rawPath, '/p');
  assert.equal(e.rawQueryString, 'q=1&q=2');
  assert.deepEqual(e.cookies, ['a=1', 'b=2']);
  assert.deepEqual(e.headers, { 'user-agent': 'ua' });
  assert.deepEqual(e.queryStringParameters, { q: '1,2' });
  assert.equal(e.requestContext.http.method, 'GET');
  assert.equal(e.requestContext.http.userAgent, 'ua');
  assert.equal('body' in e, false, 'absent fields are left out in 2.0');
  assert.equal('pathParameters' in e, false);
});

test('Lambda proxy response 1.0: what is malformed (502) and why', () => {
  assert.deepEqual(checkLambdaProxyResponse({ statusCode: 201, headers: { A: 'b' }, body: 'hi' }, '1.0').clientResponse, { statusCode: 201, headers: { A: 'b' }, body: 'hi' });
  const objBody = checkLambdaProxyResponse({ statusCode: 200, body: { hey: 'dude' } }, '1.0');
  assert.equal(objBody.ok, false);
  assert.equal(objBody.clientResponse?.statusCode, 502);
  assert.equal(objBody.clientResponse?.body, '{"message": "Internal server error"}');
  assert.match(objBody.problems[0], /body must be a string/);
  assert.match(checkLambdaProxyResponse({ statusCode: 200, body: '', extra: 1 }, '1.0').problems[0], /unexpected field 'extra'/);
  assert.match(checkLambdaProxyResponse({ body: 'x' }, '1.0').problems.join(), /statusCode is missing/);
  assert.match(checkLambdaProxyResponse('hello', '1.0').problems[0], /not JSON/);
  assert.equal(checkLambdaProxyResponse({ statusCode: 200, headers: { n: 1 } }, '1.0').ok, true, 'scalar header values are accepted');
  assert.equal(checkLambdaProxyResponse({ statusCode: 200, headers: { n: { o: 1 } } }, '1.0').ok, false);
  assert.equal(checkLambdaProxyResponse({ statusCode: 200, body: 'aGk=', isBase64Encoded: true }, '1.0').clientResponse?.body, 'hi');
});

test('Lambda proxy response 2.0: no statusCode means a 200 JSON body', () => {
  assert.deepEqual(checkLambdaProxyResponse({ message: 'hi' }, '2.0').clientResponse, { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"message":"hi"}' });
  assert.equal(checkLambdaProxyResponse('plain', '2.0').clientResponse?.body, 'plain');
  const full = checkLambdaProxyResponse({ statusCode: 302, headers: { Location: '/x' }, cookies: ['a=1'] }, '2.0');
  assert.deepEqual(full.clientResponse, { statusCode: 302, headers: { Location: '/x', 'set-cookie': 'a=1' }, body: '' });
  assert.equal(checkLambdaProxyResponse({ statusCode: 'abc' }, '2.0').clientResponse?.statusCode, 502);
});

test('AWS_PROXY simulation: event out, checked response back', () => {
  const r = simulate({ type: 'AWS_PROXY' }, { httpMethod: 'GET', path: '/' }, { body: { statusCode: 200, body: { not: 'a string' } } });
  assert.equal(r.statusCode, 502);
  assert.ok(r.lambdaEvent);
  assert.ok(r.steps.some((s) => /body must be a string/.test(s.message)));
});

// One $context for the whole simulation: the templates, the parameter mappings and the Lambda event read the same
// request id (the sample's, else the caller's, else one generated for the run) and the same values.
const ECHO_CONTEXT: IntegrationSpec = {
  type: 'HTTP',
  uri: 'https://example.com/x',
  requestParameters: {
    'integration.request.header.X-Request-Id': 'context.requestId',
    'integration.request.header.X-Source-Ip': 'context.identity.sourceIp',
    'integration.request.header.X-Stage': 'context.stage',
    'integration.request.header.X-Epoch': 'context.requestTimeEpoch',
  },
  requestTemplates: { 'application/json': '$context.requestId' },
  responses: [{ selectionPattern: 'default', statusCode: '200', responseTemplates: { 'application/json': '$context.requestId' } }],
};

test('a context.* parameter mapping reads the $context the templates see, defaults included', () => {
  const r = simulate(ECHO_CONTEXT, { headers: { 'X-Forwarded-For': '198.51.100.7, 10.0.0.1' } }, undefined, { requestId: 'rid-9', now: new Date(Date.UTC(2024, 0, 1)) });
  assert.equal(r.integrationRequest?.body, 'rid-9');
  assert.deepEqual(r.integrationRequest?.headers, { ...DEFAULT_HTTP_HEADERS, 'X-Request-Id': 'rid-9', 'X-Source-Ip': '198.51.100.7', 'X-Stage': 'dev', 'X-Epoch': '1704067200000' });
  // the sample's own values win over the defaults, for the mapping as for the template
  const s = simulate(ECHO_CONTEXT, { context: { stage: 'prod', identity: { sourceIp: '203.0.113.5' } } }, undefined, { requestId: 'rid-9' });
  assert.equal(s.integrationRequest?.headers['X-Stage'], 'prod');
  assert.equal(s.integrationRequest?.headers['X-Source-Ip'], '203.0.113.5');
});

test("simulate honours the sample's context.requestId, else options.requestId, in every stage", () => {
  const fromSample = simulate(ECHO_CONTEXT, { context: { requestId: 'from-sample' } }, { statusCode: 200, body: '{}' }, { requestId: 'from-options' });
  assert.deepEqual([fromSample.integrationRequest?.body, fromSample.integrationRequest?.headers['X-Request-Id'], fromSample.body], ['from-sample', 'from-sample', 'from-sample']);
  const fromOptions = simulate(ECHO_CONTEXT, {}, { statusCode: 200, body: '{}' }, { requestId: 'from-options' });
  assert.deepEqual([fromOptions.integrationRequest?.body, fromOptions.integrationRequest?.headers['X-Request-Id'], fromOptions.body], ['from-options', 'from-options', 'from-options']);
  // none given: one id, shaped like API Gateway's, shared by both templates and the mapping
  const generated = simulate(ECHO_CONTEXT, {}, { statusCode: 200, body: '{}' });
  assert.match(generated.body, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  assert.equal(generated.integrationRequest?.body, generated.body);
  assert.equal(generated.integrationRequest?.headers['X-Request-Id'], generated.body);
  const proxy = simulate({ type: 'AWS_PROXY' }, { context: { requestId: 'from-sample' } }, undefined, { requestId: 'from-options' }).lambdaEvent as { requestContext: { requestId: string } };
  assert.equal(proxy.requestContext.requestId, 'from-sample');
});

test('simulate says which integration response it chose and what each template read', () => {
  const spec: IntegrationSpec = {
    type: 'HTTP',
    requestTemplates: { 'application/json': '{"id": "$input.params(\'id\')"}' },
    responses: [
      { selectionPattern: '4\\d{2}', statusCode: '404', responseTemplates: { 'application/json': '{"missing": "$input.path(\'$.what\')", "stage": "$context.stage"}' } },
      { selectionPattern: 'default', statusCode: '200' },
    ],
  };
  const r = simulate(spec, { pathParameters: { id: '7' } }, { statusCode: 404, body: '{"what": "pet"}' });
  assert.equal(r.body, '{"missing": "pet", "stage": "dev"}');
  assert.deepEqual(r.selectedResponse, { index: 0, selectionPattern: '4\\d{2}', statusCode: '404' });
  assert.deepEqual(r.templates, [
    { stage: 'request', contentType: 'application/json', contextUsed: [{ name: "input.params('id')", value: '7' }] },
    {
      stage: 'response',
      contentType: 'application/json',
      contextUsed: [
        { name: "input.path('$.what')", value: 'pet' },
        { name: 'context.stage', value: 'dev' },
      ],
    },
  ]);
  const ok = simulate(spec, {}, { statusCode: 200, body: '' });
  assert.deepEqual(ok.selectedResponse, { index: 1, selectionPattern: 'default', statusCode: '200' });
  assert.deepEqual(ok.templates.map((t) => t.stage), ['request'], 'the default response has no template: the body passes through');
  assert.equal(simulate({ type: 'HTTP_PROXY' }, {}).templates.length, 0);
});

test('HTTP_PROXY: the request passes through, and requestParameters fill the uri ({proxy} of a {proxy+} route, {id})', () => {
  const integration: IntegrationSpec = {
    type: 'HTTP_PROXY',
    uri: 'https://backend.example.com/pets/{id}/{proxy}',
    requestParameters: { 'integration.request.path.id': 'method.request.path.petId', 'integration.request.path.proxy': 'method.request.path.proxy', 'integration.request.header.x-stage': "'prod'" },
  };
  const result = simulate(integration, { httpMethod: 'GET', path: '/pets/7/toys', pathParameters: { petId: '7', proxy: 'toys' }, headers: { Accept: 'application/json' }, body: 'raw' }, { statusCode: 201, body: 'ok' });
  assert.equal(result.integrationRequest?.uri, 'https://backend.example.com/pets/7/toys');
  assert.equal(result.integrationRequest?.headers['x-stage'], 'prod');
  assert.equal(result.integrationRequest?.headers.Accept, 'application/json');
  assert.equal(result.integrationRequest?.body, 'raw');
  assert.equal(result.statusCode, 201);
});
