// simulate(): one request through an integration as API Gateway (REST) runs it: request template chosen by
// Content-Type and passthroughBehavior, parameter mappings and overrides, the backend (MOCK, a sample response,
// or a Lambda proxy), integration response selection, the response template chosen by Accept.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
import { INTERNAL_SERVER_ERROR, INVALID_JSON_BODY, readOverrides, renderWithStatus, requestScope } from './render';
import { buildLambdaProxyEvent, checkLambdaProxyResponse } from './lambdaProxy';
import { bodyText, headerLookup, resolveRequestId, singleValues } from './runtime';
import { clientHeaders, dropAfterMapping, refusedMapping } from './headers';
import { compileJavaRegex, RegexError } from '../util/javaRegex';
import { encodeComponent } from '../util/uri';
import { evaluateJsonPath } from './jsonpath';
import { JsonSyntaxError, parseJson } from './json';
import { JDouble, JMap, JObject, JValue, javaString, jsonSmart } from './values';
import {
  BackendResponse,
  RenderResult,
  IntegrationResponseSpec,
  IntegrationSpec,
  RenderError,
  RenderOptions,
  SampleRequest,
  SimulationResult,
} from './types';

const INTERNAL_ERROR = INTERNAL_SERVER_ERROR;

/** The media type without parameters, lower-cased: "application/json; charset=utf-8" → "application/json". */
export function mediaType(v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  return v.split(';')[0].trim().toLowerCase();
}

function findKey(templates: Record<string, string>, type: string): string | undefined {
  return Object.keys(templates).find((k) => mediaType(k) === type);
}

export type RequestTemplateChoice =
  | { kind: 'template'; contentType: string; template: string; why: string }
  | { kind: 'passthrough'; why: string }
  | { kind: 'reject'; why: string };

/** Which request template applies (or passthrough, or 415 Unsupported Media Type) and why. */
export function chooseRequestTemplate(integration: Pick<IntegrationSpec, 'requestTemplates' | 'passthroughBehavior'>, request: SampleRequest): RequestTemplateChoice {
  const templates = integration.requestTemplates ?? {};
  const header = headerLookup(request, 'Content-Type');
  const type = mediaType(header) || 'application/json';
  const source = header ? `Content-Type '${header}'` : 'no Content-Type header, so application/json';
  const key = findKey(templates, type);
  const behavior = (integration.passthroughBehavior ?? 'WHEN_NO_MATCH').toUpperCase();
  if (key !== undefined) return { kind: 'template', contentType: key, template: templates[key], why: `${source} selects the '${key}' request template` };
  const count = Object.keys(templates).length;
  if (behavior === 'NEVER') return { kind: 'reject', why: `${source} matches no request template and passthroughBehavior is NEVER: 415 Unsupported Media Type` };
  if (behavior === 'WHEN_NO_TEMPLATES' && count > 0) {
    return { kind: 'reject', why: `${source} matches none of the ${count} request template(s) and passthroughBehavior is WHEN_NO_TEMPLATES: 415 Unsupported Media Type` };
  }
  return { kind: 'passthrough', why: `${source} matches no request template; passthroughBehavior ${behavior} passes the body through unchanged` };
}

/** The integration response whose selectionPattern matches (status code, or a Lambda's errorMessage), else the default. */
export function selectIntegrationResponse(
  responses: IntegrationResponseSpec[],
  subject: string | undefined,
): { response?: IntegrationResponseSpec; why: string; error?: string } {
  const isDefault = (r: IntegrationResponseSpec) => !r.selectionPattern || r.selectionPattern === 'default';
  if (subject !== undefined) {
    for (const r of responses) {
      if (isDefault(r)) continue;
      let re: RegExp;
      try {
        re = compileJavaRegex(r.selectionPattern, '', true);
      } catch (e) {
        return { why: `selectionPattern '${r.selectionPattern}' cannot be used`, error: e instanceof RegexError ? e.message : String(e) };
      }
      if (re.test(subject)) return { response: r, why: `selectionPattern '${r.selectionPattern}' matches '${subject}' → status ${r.statusCode}` };
    }
  }
  const d = responses.find(isDefault);
  if (d) return { response: d, why: `${subject === undefined ? 'no error message' : `no selectionPattern matches '${subject}'`}; the default response → status ${d.statusCode}` };
  return { why: 'no selectionPattern matches and there is no default response', error: 'Execution failed due to configuration error: No match for output mapping and no default output mapping configured' };
}

/** A Lambda function behind a non-proxy AWS integration: its errorMessage, not a status, selects the response. */
export function isLambdaIntegration(integration: Pick<IntegrationSpec, 'type' | 'isLambda' | 'uri'>): boolean {
  return integration.type === 'AWS' && (integration.isLambda ?? /:lambda:path\//.test(integration.uri ?? ''));
}

/**
 * What selectionPattern is matched against for a backend response (not MOCK, whose request template gives the
 * status): a Lambda function's errorMessage (none when it succeeds), else the status code.
 */
export function selectionSubject(integration: Pick<IntegrationSpec, 'type' | 'isLambda' | 'uri'>, backend: BackendResponse | undefined): string | undefined {
  return isLambdaIntegration(integration) ? backend?.errorMessage : String(backend?.statusCode ?? 200);
}

/**
 * The response template for the client's Accept header: API Gateway honours only the first media type of Accept
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-known-issues.html); an exact match,
 * else application/json, else the first template.
 */
export function chooseResponseTemplate(templates: Record<string, string>, accept: string | undefined): { contentType?: string; template?: string; why: string } {
  const keys = Object.keys(templates);
  if (!keys.length) return { why: 'no response templates: the integration response body passes through' };
  const first = mediaType((accept ?? '').split(',')[0]);
  if (first) {
    const k = findKey(templates, first);
    if (k !== undefined) return { contentType: k, template: templates[k], why: `Accept '${accept}' selects the '${k}' response template` };
  }
  const json = findKey(templates, 'application/json');
  const k = json ?? keys[0];
  const rest = accept && accept.includes(',') ? ' (API Gateway reads only the first media type of Accept)' : '';
  return { contentType: k, template: templates[k], why: `${accept ? `Accept '${accept}' matches no response template${rest}` : 'no Accept header'}; using '${k}'` };
}

/** A `context.a.b` mapping source: read from the $context the templates see (sample values over the defaults). */
function contextValue(context: JMap, path: string): string | undefined {
  let cur: JValue | undefined = context;
  for (const part of path.split('.')) {
    if (cur instanceof JMap) cur = cur.get(part);
    else if (cur instanceof JObject) cur = cur.host.prop(part);
    else return undefined;
  }
  return cur === undefined || cur === null ? undefined : javaString(cur);
}

function paramSource(
  expr: string,
  request: SampleRequest,
  ctx: { body?: string; headers?: Record<string, string>; context: JMap },
  stage: 'request' | 'response',
): string | undefined {
  const e = expr.trim();
  if (/^'.*'$/s.test(e)) return e.slice(1, -1);
  let m: RegExpExecArray | null;
  if ((m = /^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(e))) {
    const [, where, name] = m;
    if (where === 'path') return request.pathParameters?.[name];
    if (where === 'querystring') return singleValues(request.queryStringParameters, request.multiValueQueryStringParameters)[name];
    if (where === 'header') return headerLookup(request, name);
    if (where === 'multivaluequerystring') return (request.multiValueQueryStringParameters?.[name] ?? (request.queryStringParameters?.[name] !== undefined ? [request.queryStringParameters[name]] : undefined))?.join(',');
    return (request.multiValueHeaders?.[name] ?? (headerLookup(request, name) !== undefined ? [headerLookup(request, name) as string] : undefined))?.join(',');
  }
  const bodyPrefix = stage === 'request' ? 'method.request.body' : 'integration.response.body';
  if (e === bodyPrefix || e.startsWith(`${bodyPrefix}.`)) {
    // the body is parsed as $input parses it: a body that starts as JSON and breaks off fails the request
    let root: JValue;
    try {
      root = parseJson(ctx.body || '{}');
    } catch (err) {
      if (err instanceof JsonSyntaxError) throw new UnreadableBody(`${e}: the body cannot be parsed as JSON (${err.message})`);
      throw err;
    }
    if (e === bodyPrefix) return ctx.body;
    const r = evaluateJsonPath(root, `$.${e.slice(bodyPrefix.length + 1)}`);
    return r.found ? (typeof r.value === 'string' ? r.value : jsonSmart(r.value, undefined, false)) : undefined;
  }
  if ((m = /^integration\.response\.(header|multivalueheader)\.(.+)$/.exec(e))) {
    const want = m[2].toLowerCase();
    for (const [k, v] of Object.entries(ctx.headers ?? {})) if (k.toLowerCase() === want) return v;
    return undefined;
  }
  if ((m = /^stageVariables\.(.+)$/.exec(e))) return request.stageVariables?.[m[1]];
  if ((m = /^context\.(.+)$/.exec(e))) return contextValue(ctx.context, m[1]);
  return undefined;
}

/** A body mapping (`method.request.body.x`) over a body that is not JSON: API Gateway answers 400. */
class UnreadableBody extends Error {}

type Mapped = { header: Record<string, string>; querystring: Record<string, string>; path: Record<string, string> };

/** `requestParameters` (`integration.request.path.id: method.request.path.id`, ...) evaluated on the request. */
function mapRequestParameters(integration: IntegrationSpec, request: SampleRequest, context: JMap, step: (stage: string, message: string) => void): Mapped {
  const mapped: Mapped = { header: {}, querystring: {}, path: {} };
  for (const [target, source] of Object.entries(integration.requestParameters ?? {})) {
    const m = /^integration\.request\.(header|querystring|path)\.(.+)$/.exec(target);
    if (!m) {
      step('integration request', `requestParameters: '${target}' is not an integration.request.header/querystring/path target; ignored`);
      continue;
    }
    const v = paramSource(source, request, { body: bodyText(request.body ?? null), context }, 'request');
    if (v !== undefined) mapped[m[1] as keyof Mapped][m[2]] = v;
  }
  return mapped;
}

/** The backend uri with its `{name}`s filled from mapped path parameters and the mapped query string appended. */
function integrationUri(uri: string | undefined, path: Record<string, string>, query: Record<string, string> | [string, string][]): string | undefined {
  if (!uri) return uri;
  let out = uri.replace(/\{([^{}+]+)\+?\}/g, (m0, name: string) => (path[name] !== undefined ? encodeComponent(path[name]) : m0));
  const qs = (Array.isArray(query) ? query : Object.entries(query)).map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(v)}`).join('&');
  if (qs) out += (out.includes('?') ? '&' : '?') + qs;
  return out;
}

/** API Gateway's own headers on a non-proxy integration request (recorded: header-remapping/http/no-mapping-default-headers). */
function defaultIntegrationHeaders(type: IntegrationSpec['type'], request: SampleRequest, apiId: string): Record<string, string> {
  const out: Record<string, string> = { Accept: 'application/json', 'User-Agent': `AmazonAPIGateway_${apiId}` };
  if (type === 'HTTP') out['X-Amzn-Apigateway-Api-Id'] = apiId;
  const ct = headerLookup(request, 'Content-Type');
  if (ct && !['GET', 'HEAD', 'OPTIONS'].includes((request.httpMethod ?? 'GET').toUpperCase())) out['Content-Type'] = ct;
  return out;
}

/** A MOCK integration's status: the request template's output read as json-smart reads it, `statusCode` an integer. */
function mockStatus(output: string): { status?: number; why: string } {
  let parsed: JValue;
  try {
    parsed = parseJson(output);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return { why: `the request template's output cannot be parsed (${e.message})` };
  }
  if (!(parsed instanceof JMap)) return { why: "the request template's output is not an object" };
  const v = parsed.get('statusCode');
  if (typeof v === 'number' && Number.isInteger(v)) return { status: v, why: `status ${v} from the request template's "statusCode"` };
  if (v === undefined) return { why: 'the request template\'s output has no "statusCode"' };
  return { why: `"statusCode" is ${v instanceof JDouble ? 'a decimal' : typeof v === 'string' ? 'a string' : javaString(v)}, not an integer` };
}

export function simulate(integration: IntegrationSpec, requestIn: SampleRequest, backend?: BackendResponse, options: RenderOptions = {}): SimulationResult {
  const result: SimulationResult = { statusCode: 200, headers: {}, body: '', steps: [], templates: [], errors: [], droppedHeaders: [] };
  // One request id, one clock and one mutable $context for every stage: both templates, the mappings, the event.
  const shared: RenderOptions = { ...options, requestId: resolveRequestId(requestIn, options), now: options.now ?? new Date() };
  const scope = requestScope(requestIn, shared);
  const request = scope.request;
  const context = scope.context;
  const apiId = javaString(context.get('apiId') ?? 'a1b2c3d4e5');
  const step = (stage: string, message: string) => result.steps.push({ stage, message });
  const fail = (status: number, body: string, stage: string, message: string) => {
    result.statusCode = status;
    result.body = body;
    result.headers = { 'Content-Type': 'application/json' };
    step(stage, message);
    return result;
  };
  result.droppedHeaders = scope.dropped;
  if (scope.dropped.length) step('method request', `API Gateway drops ${scope.dropped.map((d) => d.name).join(', ')} from the method request before anything reads it`);
  const type = integration.type;

  // requestParameters API Gateway refuses outright
  const mappedHeaderNames = Object.keys(integration.requestParameters ?? {}).flatMap((t) => /^integration\.request\.header\.(.+)$/.exec(t)?.[1] ?? []);
  const refused = refusedMapping(type, mappedHeaderNames);
  if (refused) {
    result.errors.push({ kind: 'runtime', message: `requestParameters maps integration.request.header.${refused}, which API Gateway does not let a mapping set: every request fails with 500` });
    return fail(500, INTERNAL_ERROR, 'integration request', `Execution failed due to configuration error: mapping the ${refused} header is refused; API Gateway answers 500`);
  }
  const mapRequest = (): Mapped | undefined => {
    try {
      return mapRequestParameters(integration, request, context, step);
    } catch (e) {
      if (!(e instanceof UnreadableBody)) throw e;
      result.errors.push({ kind: 'runtime', message: e.message });
      fail(400, INVALID_JSON_BODY, 'integration request', `${e.message}; API Gateway answers 400`);
      return undefined;
    }
  };
  const toClient = (headers: Record<string, string>) => {
    const c = clientHeaders(type, headers);
    if (c.remapped.length) step('method response', `API Gateway renames ${c.remapped.join(', ')} to x-amzn-Remapped-* on the way to the client`);
    if (c.dropped.length) step('method response', `API Gateway drops ${c.dropped.join(', ')} from the response`);
    return c.headers;
  };

  if (type === 'AWS_PROXY') {
    const version = integration.payloadFormatVersion ?? '1.0';
    result.lambdaEvent = buildLambdaProxyEvent(request, version, shared);
    result.integrationRequest = { body: JSON.stringify(result.lambdaEvent), headers: {}, uri: integration.uri };
    step('integration request', `Lambda proxy integration: the function receives the payload format ${version} event (templates are not applied)`);
    if (!backend) {
      step('backend', 'no sample function response was given; nothing more to simulate');
      return result;
    }
    if (backend.errorMessage !== undefined) {
      return fail(502, INTERNAL_ERROR, 'integration response', `the function failed ('${backend.errorMessage}'); a proxy integration answers 502 Internal server error`);
    }
    let returned: unknown = backend.body;
    if (typeof returned === 'string' && version === '2.0') {
      try {
        returned = JSON.parse(returned);
      } catch {
        // a plain string return value
      }
    }
    const check = checkLambdaProxyResponse(returned, version);
    for (const p of check.problems) step('integration response', p);
    const client = check.clientResponse ?? { statusCode: 502, headers: {}, body: INTERNAL_ERROR };
    result.statusCode = client.statusCode;
    result.headers = toClient(client.headers);
    result.body = client.body;
    step('method response', check.ok ? `the function's response passes through: status ${client.statusCode}` : 'malformed Lambda proxy response: the client gets 502 {"message": "Internal server error"}');
    return result;
  }

  if (type === 'HTTP_PROXY') {
    // The request passes through; requestParameters still fill the uri's `{name}`s (`{proxy}` of a `{proxy+}` route).
    const mapped = mapRequest();
    if (!mapped) return result;
    const after = dropAfterMapping(type, { ...singleValues(request.headers, request.multiValueHeaders), ...mapped.header });
    if (after.dropped.length) step('integration request', `API Gateway drops ${after.dropped.join(', ')} before calling the backend`);
    // the client's query string passes through, then the mapped parameters: a name in both gets both values
    // (recorded: golden localstack/http-proxy-request-data-mappings)
    const query: [string, string][] = [];
    const multi = request.multiValueQueryStringParameters ?? {};
    for (const [k, v] of Object.entries(request.queryStringParameters ?? {})) if (!multi[k]) query.push([k, v]);
    for (const [k, vs] of Object.entries(multi)) for (const v of vs) query.push([k, v]);
    for (const [k, v] of Object.entries(mapped.querystring)) query.push([k, v]);
    result.integrationRequest = { body: bodyText(request.body ?? null), headers: after.headers, uri: integrationUri(integration.uri, mapped.path, query) };
    step('integration request', 'HTTP proxy integration: the request passes through unchanged');
    const b = backend ?? { statusCode: 200, body: '' };
    result.statusCode = b.statusCode ?? 200;
    result.headers = toClient({ ...(b.headers ?? {}) });
    result.body = bodyText(b.body ?? null);
    step('method response', `the backend's response passes through: status ${result.statusCode}`);
    return result;
  }

  // ---- non-proxy: AWS, HTTP, MOCK
  const choice = chooseRequestTemplate(integration, request);
  step('integration request', choice.why);
  if (choice.kind === 'reject') return fail(415, '{"message": "Unsupported Media Type"}', 'method response', '415 Unsupported Media Type');
  let integrationBody = bodyText(request.body ?? null);
  const overrides = { header: {} as Record<string, string>, querystring: {} as Record<string, string>, path: {} as Record<string, string> };
  if (choice.kind === 'template') {
    const r = renderWithStatus(choice.template, 'request', request, undefined, shared, scope);
    result.templates.push({ stage: 'request', contentType: choice.contentType, contextUsed: r.contextUsed });
    for (const e of r.errors) result.errors.push({ ...e, template: 'request', contentType: choice.contentType });
    if (r.aborted) {
      const f = r.failure ?? { status: 500, body: INTERNAL_ERROR, reason: 'the template failed' };
      return fail(f.status, f.body, 'integration request', `the request template failed: ${f.reason} (see errors); API Gateway answers ${f.status}`);
    }
    integrationBody = r.output;
    Object.assign(overrides.header, r.requestOverride.header);
    Object.assign(overrides.querystring, r.requestOverride.querystring);
    Object.assign(overrides.path, r.requestOverride.path);
  }

  // request parameters, then the template's overrides on top
  const mapped = mapRequest();
  if (!mapped) return result;
  if (type !== 'MOCK') {
    const after = dropAfterMapping(type, { ...defaultIntegrationHeaders(type, request, apiId), ...mapped.header, ...overrides.header });
    if (after.dropped.length) step('integration request', `API Gateway drops ${after.dropped.join(', ')} before calling the backend`);
    const query = { ...mapped.querystring, ...overrides.querystring };
    const pathParams = { ...mapped.path, ...overrides.path };
    result.integrationRequest = { body: integrationBody, headers: after.headers, uri: integrationUri(integration.uri, pathParams, query) };
  }
  if (Object.keys(overrides.header).length + Object.keys(overrides.querystring).length + Object.keys(overrides.path).length) {
    step('integration request', `$context.requestOverride set ${[...Object.keys(overrides.header).map((h) => `header ${h}`), ...Object.keys(overrides.querystring).map((q) => `query ${q}`), ...Object.keys(overrides.path).map((p) => `path ${p}`)].join(', ')}`);
  }

  // ---- the backend
  let backendStatus: number;
  let backendBody: string;
  let backendHeaders: Record<string, string> = {};
  let subject: string | undefined;
  const lambda = isLambdaIntegration(integration);
  if (type === 'MOCK') {
    let status = 200;
    if (choice.kind === 'template') {
      const m = mockStatus(integrationBody);
      if (m.status === undefined) {
        result.errors.push({ kind: 'runtime', message: `MOCK: ${m.why}; the request template must render an object with an integer "statusCode", e.g. {"statusCode": 200}` });
        return fail(500, INTERNAL_ERROR, 'backend', `Execution failed due to configuration error: Unable to parse statusCode (${m.why}); API Gateway answers 500`);
      }
      status = m.status;
      step('backend', `MOCK integration: ${m.why}`);
    } else step('backend', 'MOCK integration without a request template: status 200');
    backendStatus = status;
    backendBody = '';
    subject = String(status);
  } else {
    const b = backend ?? { statusCode: 200, body: '' };
    if (!backend) step('backend', 'no sample backend response was given; assuming 200 with an empty body');
    backendStatus = b.statusCode ?? 200;
    backendHeaders = { ...(b.headers ?? {}) };
    backendBody = bodyText(b.body ?? null);
    subject = selectionSubject(integration, b);
    if (lambda) {
      if (b.errorMessage !== undefined) {
        if (!backendBody) backendBody = JSON.stringify({ errorMessage: b.errorMessage, errorType: 'Error' });
        step('backend', `the Lambda function failed with errorMessage '${b.errorMessage}'; selectionPattern is matched against it`);
      } else step('backend', 'the Lambda function succeeded; the default integration response applies');
    } else {
      step('backend', `the backend answered ${backendStatus}`);
    }
  }

  // ---- integration response
  const responses = integration.responses ?? [];
  const sel = selectIntegrationResponse(responses, subject);
  step('integration response', sel.why);
  if (!sel.response) {
    if (sel.error) result.errors.push({ kind: 'runtime', message: sel.error });
    return fail(500, INTERNAL_ERROR, 'method response', sel.error ?? 'no integration response');
  }
  const chosen = sel.response;
  result.selectedResponse = { index: responses.indexOf(chosen), selectionPattern: chosen.selectionPattern, statusCode: chosen.statusCode };
  const accept = headerLookup(request, 'Accept');
  const rt = chooseResponseTemplate(chosen.responseTemplates ?? {}, accept);
  step('integration response', rt.why);
  let body = backendBody;
  if (rt.template !== undefined) {
    const r = renderWithStatus(rt.template, 'response', request, { statusCode: backendStatus, headers: backendHeaders, body: backendBody }, shared, scope);
    if (rt.contentType !== undefined) result.templates.push({ stage: 'response', contentType: rt.contentType, contextUsed: r.contextUsed });
    for (const e of r.errors) result.errors.push({ ...e, template: 'response', contentType: rt.contentType });
    if (r.aborted) {
      const f = r.failure ?? { status: 500, body: INTERNAL_ERROR, reason: 'the template failed' };
      return fail(500, INTERNAL_ERROR, 'integration response', `the response template failed: ${f.reason} (see errors); API Gateway answers 500 Internal server error`);
    }
    body = r.output;
  }
  // what the request's templates left in $context.responseOverride (a MOCK request template's count too)
  const finalOverrides: Pick<RenderResult, 'requestOverride' | 'responseOverride' | 'errors'> = { requestOverride: { header: {}, querystring: {}, path: {} }, responseOverride: { header: {} }, errors: [] };
  const ctxNow = context;
  readOverrides(ctxNow, finalOverrides);
  for (const e of finalOverrides.errors) result.errors.push(e);
  const statusOverride = finalOverrides.responseOverride.status;
  const out: Record<string, string> = {};
  if (rt.contentType) out['Content-Type'] = rt.contentType;
  else if (backendHeaders['Content-Type'] ?? backendHeaders['content-type']) out['Content-Type'] = backendHeaders['Content-Type'] ?? backendHeaders['content-type'];
  else out['Content-Type'] = 'application/json';
  for (const [target, source] of Object.entries(chosen.responseParameters ?? {})) {
    const m = /^method\.response\.header\.(.+)$/.exec(target);
    if (!m) continue;
    let v: string | undefined;
    try {
      v = paramSource(source, request, { body: backendBody, headers: backendHeaders, context }, 'response');
    } catch (e) {
      if (!(e instanceof UnreadableBody)) throw e;
      result.errors.push({ kind: 'runtime', message: e.message });
      return fail(500, INTERNAL_ERROR, 'method response', `${e.message}; API Gateway answers 500`);
    }
    if (v !== undefined) setHeader(out, m[1], v);
    else step('method response', `responseParameters: ${source} has no value; header ${m[1]} not set`);
  }
  for (const [k, v] of Object.entries(finalOverrides.responseOverride.header)) setHeader(out, k, v);
  const status = statusOverride ?? Number(chosen.statusCode);
  if (statusOverride !== undefined) step('method response', `$context.responseOverride.status sets the status to ${statusOverride}`);
  if (chosen.contentHandling ?? integration.contentHandling) {
    step('method response', `contentHandling ${chosen.contentHandling ?? integration.contentHandling} is not simulated (bodies are shown as text)`);
  }
  result.statusCode = Number.isInteger(status) ? status : 200;
  result.headers = toClient(out);
  result.body = body;
  step('method response', `status ${result.statusCode}`);
  return result;
}

/** Sets a header, replacing one of the same name in another case. */
function setHeader(headers: Record<string, string>, name: string, value: string): void {
  for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase() && k !== name) delete headers[k];
  headers[name] = value;
}

export type { RenderError };
export { javaString };
