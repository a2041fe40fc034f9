// simulate(): one request through an integration as API Gateway (REST) runs it: request template chosen by
// Content-Type and passthroughBehavior, parameter mappings and overrides, the backend (MOCK, a sample response,
// or a Lambda proxy), integration response selection, the response template chosen by Accept.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/integration-passthrough-behaviors.html
import { renderWithStatus } from './render';
import { buildLambdaProxyEvent, checkLambdaProxyResponse } from './lambdaProxy';
import { bodyText, buildContext, headerLookup, requestInfo, resolveRequestId, singleValues } from './runtime';
import { compileJavaRegex, RegexError } from '../util/javaRegex';
import { encodeComponent } from '../util/uri';
import { evaluateJsonPath } from './jsonpath';
import { parseJson } from './json';
import { JMap, JObject, JValue, javaString, jsonSmart } from './values';
import {
  BackendResponse,
  IntegrationResponseSpec,
  IntegrationSpec,
  RenderError,
  RenderOptions,
  SampleRequest,
  SimulationResult,
} from './types';

const INTERNAL_ERROR = '{"message": "Internal server error"}';

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

/** The response template for the client's Accept header: an exact match, else application/json, else the first. */
export function chooseResponseTemplate(templates: Record<string, string>, accept: string | undefined): { contentType?: string; template?: string; why: string } {
  const keys = Object.keys(templates);
  if (!keys.length) return { why: 'no response templates: the integration response body passes through' };
  for (const a of (accept ?? '').split(',')) {
    const t = mediaType(a);
    if (!t) continue;
    const k = findKey(templates, t);
    if (k !== undefined) return { contentType: k, template: templates[k], why: `Accept '${accept}' selects the '${k}' response template` };
  }
  const json = findKey(templates, 'application/json');
  const k = json ?? keys[0];
  return { contentType: k, template: templates[k], why: `${accept ? `Accept '${accept}' matches no response template` : 'no Accept header'}; using '${k}'` };
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
  if (e === bodyPrefix) return ctx.body;
  if (e.startsWith(`${bodyPrefix}.`)) {
    try {
      const r = evaluateJsonPath(parseJson(ctx.body || '{}'), `$.${e.slice(bodyPrefix.length + 1)}`);
      return r.found ? (typeof r.value === 'string' ? r.value : jsonSmart(r.value, undefined, false)) : undefined;
    } catch {
      return undefined;
    }
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
function integrationUri(uri: string | undefined, path: Record<string, string>, query: Record<string, string>): string | undefined {
  if (!uri) return uri;
  let out = uri.replace(/\{([^{}+]+)\+?\}/g, (m0, name: string) => (path[name] !== undefined ? encodeComponent(path[name]) : m0));
  const qs = Object.entries(query).map(([k, v]) => `${encodeComponent(k)}=${encodeComponent(v)}`).join('&');
  if (qs) out += (out.includes('?') ? '&' : '?') + qs;
  return out;
}

export function simulate(integration: IntegrationSpec, request: SampleRequest, backend?: BackendResponse, options: RenderOptions = {}): SimulationResult {
  const result: SimulationResult = { statusCode: 200, headers: {}, body: '', steps: [], templates: [], errors: [] };
  // One request id and one clock for every stage: both templates, the parameter mappings, the Lambda event.
  const shared: RenderOptions = { ...options, requestId: resolveRequestId(request, options), now: options.now ?? new Date() };
  const context = buildContext(request, requestInfo(request, shared));
  const step = (stage: string, message: string) => result.steps.push({ stage, message });
  const fail = (status: number, body: string, stage: string, message: string) => {
    result.statusCode = status;
    result.body = body;
    result.headers = { 'Content-Type': 'application/json' };
    step(stage, message);
    return result;
  };
  const type = integration.type;

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
    result.headers = client.headers;
    result.body = client.body;
    step('method response', check.ok ? `the function's response passes through: status ${client.statusCode}` : 'malformed Lambda proxy response: the client gets 502 {"message": "Internal server error"}');
    return result;
  }

  if (type === 'HTTP_PROXY') {
    // The request passes through; requestParameters still fill the uri's `{name}`s (`{proxy}` of a `{proxy+}` route).
    const mapped = mapRequestParameters(integration, request, context, step);
    const headers = { ...singleValues(request.headers, request.multiValueHeaders), ...mapped.header };
    result.integrationRequest = { body: bodyText(request.body ?? null), headers, uri: integrationUri(integration.uri, mapped.path, mapped.querystring) };
    step('integration request', 'HTTP proxy integration: the request passes through unchanged');
    const b = backend ?? { statusCode: 200, body: '' };
    result.statusCode = b.statusCode ?? 200;
    result.headers = { ...(b.headers ?? {}) };
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
    const r = renderWithStatus(choice.template, 'request', request, undefined, shared);
    result.templates.push({ stage: 'request', contentType: choice.contentType, contextUsed: r.contextUsed });
    for (const e of r.errors) result.errors.push({ ...e, template: 'request', contentType: choice.contentType });
    if (r.aborted) {
      return fail(500, INTERNAL_ERROR, 'integration request', 'the request template failed (see errors); API Gateway answers 500 Internal server error');
    }
    integrationBody = r.output;
    Object.assign(overrides.header, r.requestOverride.header);
    Object.assign(overrides.querystring, r.requestOverride.querystring);
    Object.assign(overrides.path, r.requestOverride.path);
  }

  // request parameters, then the template's overrides on top
  const mapped = mapRequestParameters(integration, request, context, step);
  const headers = { ...mapped.header, ...overrides.header };
  const query = { ...mapped.querystring, ...overrides.querystring };
  const pathParams = { ...mapped.path, ...overrides.path };
  result.integrationRequest = { body: integrationBody, headers, uri: integrationUri(integration.uri, pathParams, query) };
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
    let status: number | undefined;
    try {
      const parsed = JSON.parse(integrationBody || '{}') as Record<string, unknown>;
      if (parsed && typeof parsed === 'object') status = typeof parsed.statusCode === 'number' ? parsed.statusCode : typeof parsed.statusCode === 'string' && /^\d+$/.test(parsed.statusCode) ? Number(parsed.statusCode) : undefined;
    } catch {
      status = undefined;
    }
    if (status === undefined) {
      if (choice.kind === 'template') {
        return fail(500, INTERNAL_ERROR, 'backend', 'MOCK: the request template must render JSON with an integer "statusCode" (e.g. {"statusCode": 200}); API Gateway answers 500');
      }
      status = 200;
    }
    backendStatus = status;
    backendBody = '';
    subject = String(status);
    step('backend', `MOCK integration: status ${status} from the request template's "statusCode"`);
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
  let statusOverride: number | undefined;
  let headerOverride: Record<string, string> = {};
  if (rt.template !== undefined) {
    const r = renderWithStatus(rt.template, 'response', request, { statusCode: backendStatus, headers: backendHeaders, body: backendBody }, shared);
    if (rt.contentType !== undefined) result.templates.push({ stage: 'response', contentType: rt.contentType, contextUsed: r.contextUsed });
    for (const e of r.errors) result.errors.push({ ...e, template: 'response', contentType: rt.contentType });
    if (r.aborted) return fail(500, INTERNAL_ERROR, 'integration response', 'the response template failed (see errors); API Gateway answers 500 Internal server error');
    body = r.output;
    statusOverride = r.responseOverride.status;
    headerOverride = r.responseOverride.header;
  }
  const out: Record<string, string> = {};
  if (rt.contentType) out['Content-Type'] = rt.contentType;
  else if (backendHeaders['Content-Type'] ?? backendHeaders['content-type']) out['Content-Type'] = backendHeaders['Content-Type'] ?? backendHeaders['content-type'];
  else out['Content-Type'] = 'application/json';
  for (const [target, source] of Object.entries(chosen.responseParameters ?? {})) {
    const m = /^method\.response\.header\.(.+)$/.exec(target);
    if (!m) continue;
    const v = paramSource(source, request, { body: backendBody, headers: backendHeaders, context }, 'response');
    if (v !== undefined) out[m[1]] = v;
    else step('method response', `responseParameters: ${source} has no value; header ${m[1]} not set`);
  }
  Object.assign(out, headerOverride);
  const status = statusOverride ?? Number(chosen.statusCode);
  if (statusOverride !== undefined) step('method response', `$context.responseOverride.status sets the status to ${statusOverride}`);
  if (chosen.contentHandling ?? integration.contentHandling) {
    step('method response', `contentHandling ${chosen.contentHandling ?? integration.contentHandling} is not simulated (bodies are shown as text)`);
  }
  result.statusCode = Number.isInteger(status) ? status : 200;
  result.headers = out;
  result.body = body;
  step('method response', `status ${result.statusCode}`);
  return result;
}

export type { RenderError };
export { javaString };
