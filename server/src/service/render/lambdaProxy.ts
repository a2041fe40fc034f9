// Lambda proxy integrations: the event API Gateway sends (payload format 1.0 for REST APIs, 2.0 for HTTP APIs)
// and the checks it applies to what the function returns.
// https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-lambda-proxy-integrations.html
// https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-lambda.html
import { RenderOptions, SampleRequest } from './types';
import { bodyText, clfTime, headerLookup, requestInfo } from './runtime';
import { encodeComponent } from '../util/uri';
import { base64Decode, utf8Decode } from '../util/bytes';

function multi(single?: Record<string, string>, many?: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(single ?? {})) out[k] = [v];
  for (const [k, v] of Object.entries(many ?? {})) out[k] = v.slice();
  return out;
}

function lastValues(m: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(m)) if (v.length) out[k] = v[v.length - 1];
  return out;
}

function emptyToNull<T extends object>(o: T): T | null {
  return Object.keys(o).length ? o : null;
}

function encodedBody(req: SampleRequest): { body: string | null; isBase64Encoded: boolean } {
  if (req.body === null || req.body === undefined) return { body: null, isBase64Encoded: !!req.isBase64Encoded };
  return { body: bodyText(req.body), isBase64Encoded: !!req.isBase64Encoded };
}

export function buildLambdaProxyEvent(request: SampleRequest, version: '1.0' | '2.0', options: RenderOptions = {}): object {
  const info = requestInfo(request, options);
  const headers = multi(request.headers, request.multiValueHeaders);
  const query = multi(request.queryStringParameters, request.multiValueQueryStringParameters);
  const { body, isBase64Encoded } = encodedBody(request);
  const ctxOver = request.context ?? {};
  const identity = (ctxOver.identity ?? {}) as Record<string, unknown>;
  const authorizer = ctxOver.authorizer as Record<string, unknown> | undefined;
  if (version === '1.0') {
    return {
      resource: info.resourcePath,
      path: info.path,
      httpMethod: info.httpMethod,
      headers: emptyToNull(lastValues(headers)),
      multiValueHeaders: emptyToNull(headers),
      queryStringParameters: emptyToNull(lastValues(query)),
      multiValueQueryStringParameters: emptyToNull(query),
      pathParameters: emptyToNull({ ...(request.pathParameters ?? {}) }),
      stageVariables: emptyToNull({ ...(request.stageVariables ?? {}) }),
      requestContext: {
        resourceId: 'r4s5t6',
        resourcePath: info.resourcePath,
        httpMethod: info.httpMethod,
        extendedRequestId: `${info.requestId.replace(/-/g, '').slice(0, 14).toUpperCase()}=`,
        requestTime: clfTime(info.now),
        path: `/${info.stage}${info.path}`,
        accountId: info.accountId,
        protocol: 'HTTP/1.1',
        stage: info.stage,
        domainPrefix: info.domainName.split('.')[0],
        requestTimeEpoch: info.now.getTime(),
        requestId: info.requestId,
        identity: {
          cognitoIdentityPoolId: null,
          accountId: null,
          cognitoIdentityId: null,
          caller: null,
          sourceIp: info.sourceIp,
          principalOrgId: null,
          accessKey: null,
          cognitoAuthenticationType: null,
          cognitoAuthenticationProvider: null,
          userArn: null,
          userAgent: info.userAgent,
          user: null,
          ...identity,
        },
        ...(authorizer ? { authorizer } : {}),
        domainName: info.domainName,
        apiId: info.apiId,
      },
      body,
      isBase64Encoded,
    };
  }
  // 2.0: lower-case header names, repeated values joined with commas, cookies taken out of the headers
  const h2: Record<string, string> = {};
  let cookies: string[] = [];
  for (const [k, v] of Object.entries(headers)) {
    const lk = k.toLowerCase();
    if (lk === 'cookie') {
      cookies = cookies.concat(v.flatMap((c) => c.split(';').map((x) => x.trim()).filter(Boolean)));
      continue;
    }
    h2[lk] = h2[lk] ? `${h2[lk]},${v.join(',')}` : v.join(',');
  }
  const q2: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) q2[k] = v.join(',');
  const rawQueryString = Object.entries(query)
    .flatMap(([k, vs]) => vs.map((v) => `${encodeComponent(k)}=${encodeComponent(v)}`))
    .join('&');
  const routeKey = typeof ctxOver.routeKey === 'string' ? ctxOver.routeKey : `${info.httpMethod} ${info.resourcePath}`;
  const stage = typeof ctxOver.stage === 'string' ? ctxOver.stage : '$default';
  const event: Record<string, unknown> = {
    version: '2.0',
    routeKey,
    rawPath: info.path,
    rawQueryString,
  };
  if (cookies.length) event.cookies = cookies;
  event.headers = h2;
  if (Object.keys(q2).length) event.queryStringParameters = q2;
  event.requestContext = {
    accountId: info.accountId,
    apiId: info.apiId,
    ...(authorizer ? { authorizer } : {}),
    domainName: info.domainName,
    domainPrefix: info.domainName.split('.')[0],
    http: {
      method: info.httpMethod,
      path: info.path,
      protocol: 'HTTP/1.1',
      sourceIp: info.sourceIp,
      userAgent: info.userAgent ?? headerLookup(request, 'user-agent') ?? '',
    },
    requestId: info.requestId,
    routeKey,
    stage,
    time: clfTime(info.now),
    timeEpoch: info.now.getTime(),
  };
  if (body !== null) event.body = body;
  if (request.pathParameters && Object.keys(request.pathParameters).length) event.pathParameters = { ...request.pathParameters };
  event.isBase64Encoded = isBase64Encoded;
  if (request.stageVariables && Object.keys(request.stageVariables).length) event.stageVariables = { ...request.stageVariables };
  return event;
}

const V1_KEYS = new Set(['statusCode', 'headers', 'multiValueHeaders', 'body', 'isBase64Encoded']);

export interface ProxyCheck {
  ok: boolean;
  problems: string[];
  clientResponse?: { statusCode: number; headers: Record<string, string>; body: string };
}

const MALFORMED = { statusCode: 502, headers: { 'Content-Type': 'application/json' }, body: '{"message": "Internal server error"}' };

/** What API Gateway makes of a Lambda proxy response; anything malformed becomes 502 "Internal server error". */
export function checkLambdaProxyResponse(response: unknown, version: '1.0' | '2.0'): ProxyCheck {
  let value = response;
  if (typeof value === 'string' && version === '1.0') {
    try {
      value = JSON.parse(value);
    } catch {
      return malformed([`the function returned text that is not JSON; a REST API needs {"statusCode": ..., "body": "..."} ("Malformed Lambda proxy response")`]);
    }
  }
  if (version === '2.0') return check2(value);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return malformed([`the function must return a JSON object with statusCode and body, not ${describe(value)} ("Malformed Lambda proxy response")`]);
  }
  const o = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const k of Object.keys(o)) if (!V1_KEYS.has(k)) problems.push(`unexpected field '${k}': a REST API's proxy response may only have statusCode, headers, multiValueHeaders, body and isBase64Encoded`);
  const status = statusOf(o.statusCode, problems);
  if (o.statusCode === undefined) problems.push('statusCode is missing');
  if (o.body !== undefined && o.body !== null && typeof o.body !== 'string') problems.push(`body must be a string (JSON.stringify it), not ${describe(o.body)}`);
  if (o.isBase64Encoded !== undefined && typeof o.isBase64Encoded !== 'boolean') problems.push('isBase64Encoded must be true or false');
  const headers = headerMap(o.headers, 'headers', problems);
  if (o.multiValueHeaders !== undefined && o.multiValueHeaders !== null) {
    if (typeof o.multiValueHeaders !== 'object' || Array.isArray(o.multiValueHeaders)) problems.push('multiValueHeaders must be an object of string arrays');
    else
      for (const [k, v] of Object.entries(o.multiValueHeaders as Record<string, unknown>)) {
        if (!Array.isArray(v) || v.some((x) => typeof x === 'object' && x !== null)) problems.push(`multiValueHeaders.${k} must be an array of strings`);
        else headers[k] = headers[k] !== undefined ? `${headers[k]},${v.join(',')}` : v.join(',');
      }
  }
  if (problems.length) return malformed(problems.map((p) => `${p} ("Malformed Lambda proxy response")`));
  const body = typeof o.body === 'string' ? o.body : '';
  return { ok: true, problems: [], clientResponse: { statusCode: status ?? 200, headers, body: o.isBase64Encoded ? utf8Decode(base64Decode(body)) : body } };
}

function check2(value: unknown): ProxyCheck {
  // HTTP APIs infer the format when there is no statusCode: the whole value is a 200 JSON body
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !('statusCode' in value)) {
    const body = typeof value === 'string' ? value : JSON.stringify(value === undefined ? null : value);
    return {
      ok: true,
      problems: [],
      clientResponse: { statusCode: 200, headers: { 'content-type': 'application/json' }, body },
    };
  }
  const o = value as Record<string, unknown>;
  const problems: string[] = [];
  const status = statusOf(o.statusCode, problems);
  if (o.body !== undefined && o.body !== null && typeof o.body !== 'string') problems.push(`body must be a string, not ${describe(o.body)}`);
  if (o.isBase64Encoded !== undefined && typeof o.isBase64Encoded !== 'boolean') problems.push('isBase64Encoded must be true or false');
  const headers = headerMap(o.headers, 'headers', problems);
  if (o.cookies !== undefined) {
    if (!Array.isArray(o.cookies) || o.cookies.some((c) => typeof c !== 'string')) problems.push('cookies must be an array of strings');
    else if (o.cookies.length) headers['set-cookie'] = (o.cookies as string[]).join(', ');
  }
  if (problems.length) return malformed(problems);
  const body = typeof o.body === 'string' ? o.body : '';
  return { ok: true, problems: [], clientResponse: { statusCode: status ?? 200, headers, body: o.isBase64Encoded ? utf8Decode(base64Decode(body)) : body } };
}

function statusOf(v: unknown, problems: string[]): number | undefined {
  if (v === undefined) return undefined;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 100 || n > 599) {
    problems.push(`statusCode must be an integer HTTP status (100-599), not ${describe(v)}`);
    return undefined;
  }
  return n;
}

function headerMap(v: unknown, what: string, problems: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  if (v === undefined || v === null) return out;
  if (typeof v !== 'object' || Array.isArray(v)) {
    problems.push(`${what} must be an object of name → value`);
    return out;
  }
  for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
    if (x !== null && typeof x === 'object') problems.push(`${what}.${k} must be a string, not ${describe(x)}`);
    else if (x !== null && x !== undefined) out[k] = String(x);
  }
  return out;
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `${typeof v} ${String(v)}`;
}

function malformed(problems: string[]): ProxyCheck {
  return { ok: false, problems, clientResponse: { ...MALFORMED, headers: { ...MALFORMED.headers } } };
}
