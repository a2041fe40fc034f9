// API Gateway's template runtime: $input, $util, $context and $stageVariables, built from a sample request.
// Variables: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
import { randomUUID } from 'node:crypto';
import { JHost, JList, JMap, JObject, JValue, fromPlain, javaString, jsonSmart } from './values';
import { parseJson, JsonSyntaxError } from './json';
import { evaluateJsonPath } from './jsonpath';
import { HostError } from './interpreter';
import { BackendResponse, RenderOptions, SampleRequest } from './types';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** CLF time as $context.requestTime prints it: dd/MMM/yyyy:HH:mm:ss +0000 (UTC). */
export function clfTime(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${MONTHS[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

export function headerLookup(req: SampleRequest, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(req.headers ?? {})) if (k.toLowerCase() === lower) return v;
  for (const [k, v] of Object.entries(req.multiValueHeaders ?? {})) if (k.toLowerCase() === lower && v.length) return v[v.length - 1];
  return undefined;
}

/** Single-value view of headers and query strings (the last value of a repeated one, as REST APIs do). */
export function singleValues(single?: Record<string, string>, multi?: Record<string, string[]>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(multi ?? {})) if (v.length) out[k] = v[v.length - 1];
  for (const [k, v] of Object.entries(single ?? {})) out[k] = v;
  return out;
}

export function bodyText(body: SampleRequest['body']): string {
  if (body === null || body === undefined) return '';
  return typeof body === 'string' ? body : JSON.stringify(body);
}

export interface RequestInfo {
  requestId: string;
  now: Date;
  stage: string;
  apiId: string;
  accountId: string;
  sourceIp: string;
  userAgent: string | null;
  domainName: string;
  resourcePath: string;
  path: string;
  httpMethod: string;
}

/** $context.requestId: the sample request's `context.requestId`, else `options.requestId`, else a new UUID. */
export function resolveRequestId(req: SampleRequest, options: RenderOptions = {}): string {
  const fromSample = req.context?.requestId;
  return typeof fromSample === 'string' ? fromSample : (options.requestId ?? randomUUID());
}

export function requestInfo(req: SampleRequest, options: RenderOptions = {}): RequestInfo {
  const ctx = req.context ?? {};
  const get = (k: string) => (typeof ctx[k] === 'string' ? (ctx[k] as string) : undefined);
  const identity = (ctx.identity ?? {}) as Record<string, unknown>;
  const apiId = get('apiId') ?? 'a1b2c3d4e5';
  const xff = headerLookup(req, 'X-Forwarded-For');
  return {
    requestId: resolveRequestId(req, options),
    now: options.now ?? new Date(),
    stage: get('stage') ?? 'dev',
    apiId,
    accountId: get('accountId') ?? '123456789012',
    sourceIp: typeof identity.sourceIp === 'string' ? identity.sourceIp : (xff?.split(',')[0].trim() ?? '203.0.113.10'),
    userAgent: typeof identity.userAgent === 'string' ? identity.userAgent : (headerLookup(req, 'User-Agent') ?? null),
    domainName: get('domainName') ?? headerLookup(req, 'Host') ?? `${apiId}.execute-api.us-east-1.amazonaws.com`,
    resourcePath: get('resourcePath') ?? req.resourcePath ?? req.path ?? '/',
    path: req.path ?? '/',
    httpMethod: (get('httpMethod') ?? req.httpMethod ?? 'GET').toUpperCase(),
  };
}

/** The documented $context variables, filled from the sample request; `request.context` overrides any of them. */
export function buildContext(req: SampleRequest, info: RequestInfo): JMap {
  const defaults: Record<string, unknown> = {
    accountId: info.accountId,
    apiId: info.apiId,
    authorizer: { principalId: null, claims: {} },
    awsEndpointRequestId: null,
    deploymentId: 'd1e2f3',
    domainName: info.domainName,
    domainPrefix: info.domainName.split('.')[0],
    error: { message: null, messageString: null, responseType: null, validationErrorString: null },
    extendedRequestId: `${info.requestId.replace(/-/g, '').slice(0, 14).toUpperCase()}=`,
    httpMethod: info.httpMethod,
    identity: {
      accountId: null,
      apiKey: null,
      apiKeyId: null,
      caller: null,
      clientCert: null,
      cognitoAuthenticationProvider: null,
      cognitoAuthenticationType: null,
      cognitoIdentityId: null,
      cognitoIdentityPoolId: null,
      principalOrgId: null,
      sourceIp: info.sourceIp,
      user: null,
      userAgent: info.userAgent,
      userArn: null,
      vpcId: null,
      vpceId: null,
    },
    isCanaryRequest: false,
    path: `/${info.stage}${info.path === '/' ? '/' : info.path}`,
    protocol: 'HTTP/1.1',
    requestId: info.requestId,
    requestTime: clfTime(info.now),
    requestTimeEpoch: info.now.getTime(),
    resourceId: 'r4s5t6',
    resourcePath: info.resourcePath,
    stage: info.stage,
    wafResponseCode: null,
    webaclArn: null,
    xrayTraceId: null,
  };
  const merged = deepMerge(defaults, req.context ?? {});
  merged.httpMethod = info.httpMethod;
  merged.requestId = info.requestId;
  const ctx = fromPlain(merged, false) as JMap;
  // "Calling $context.authorizer.claims returns null": claims are readable one by one, not as a map
  const auth = ctx.get('authorizer');
  if (auth instanceof JMap) {
    const claims = auth.get('claims');
    auth.set('claims', new JObject(new ClaimsHost(claims instanceof JMap ? claims : new JMap())));
  }
  ctx.set('requestOverride', JMap.from([['header', new JMap()], ['querystring', new JMap()], ['path', new JMap()]]));
  ctx.set('responseOverride', JMap.from([['header', new JMap()]]));
  return ctx;
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>, depth = 0): Record<string, unknown> {
  const out: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(base)) out[k] = base[k];
  if (depth > 16) return out;
  for (const k of Object.keys(over)) {
    if (k === '__proto__' || k === 'constructor' || k === 'prototype') continue;
    const b = out[k];
    const o = over[k];
    if (b && o && typeof b === 'object' && typeof o === 'object' && !Array.isArray(b) && !Array.isArray(o)) {
      out[k] = deepMerge(b as Record<string, unknown>, o as Record<string, unknown>, depth + 1);
    } else out[k] = o;
  }
  return out;
}

class ClaimsHost implements JHost {
  readonly hostName = '';
  constructor(private readonly claims: JMap) {}
  prop(name: string): JValue | undefined {
    return this.claims.get(name) ?? null;
  }
  call(name: string, args: JValue[]): JValue | undefined {
    if (name === 'get' && args.length === 1) return this.claims.get(javaString(args[0])) ?? null;
    return undefined;
  }
}

/** $input: the payload (request body, or the integration response body in a response template) and parameters. */
export class InputHost implements JHost {
  readonly hostName = '$input';
  private parsed: { value: JValue } | { error: string } | undefined;
  readonly body: string;

  constructor(
    rawBody: string,
    private readonly req: SampleRequest,
  ) {
    // An empty payload reads as "{}" (recorded: input-body-formatting/*/empty-body)
    this.body = rawBody === '' ? '{}' : rawBody;
  }

  private root(): JValue {
    if (!this.parsed) {
      try {
        this.parsed = { value: parseJson(this.body) };
      } catch (e) {
        this.parsed = { error: e instanceof JsonSyntaxError ? e.message : String(e) };
      }
    }
    if ('error' in this.parsed) throw new HostError(`the payload is not valid JSON (${this.parsed.error}); $input.path/$input.json fail, and API Gateway answers 400 or 500`);
    return this.parsed.value;
  }

  prop(name: string): JValue | undefined {
    if (name === 'body') return this.body;
    return undefined;
  }

  call(name: string, args: JValue[]): JValue | undefined {
    switch (name) {
      case 'getBody':
        return args.length === 0 ? this.body : undefined;
      case 'path': {
        if (args.length !== 1) return undefined;
        if (args[0] === null) return null;
        return evaluateJsonPath(this.root(), javaString(args[0])).value;
      }
      case 'json': {
        if (args.length !== 1) return undefined;
        if (args[0] === null) return null;
        const r = evaluateJsonPath(this.root(), javaString(args[0]));
        if (!r.found) return '';
        // Jayway's json-smart provider serialises without escaping '/'
        return jsonSmart(r.value, undefined, false);
      }
      case 'params': {
        if (args.length === 0) return this.allParams();
        if (args.length !== 1) return undefined;
        const n = javaString(args[0]);
        return this.req.pathParameters?.[n] ?? singleValues(this.req.queryStringParameters, this.req.multiValueQueryStringParameters)[n] ?? headerLookup(this.req, n) ?? '';
      }
      default:
        return undefined;
    }
  }

  allParams(): JMap {
    return JMap.from([
      ['path', fromPlain(this.req.pathParameters ?? {}, false)],
      ['querystring', fromPlain(singleValues(this.req.queryStringParameters, this.req.multiValueQueryStringParameters), false)],
      ['header', fromPlain(singleValues(this.req.headers, this.req.multiValueHeaders), false)],
    ]);
  }
}

/** $util (https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#util-template-reference) */
export class UtilHost implements JHost {
  readonly hostName = '$util';
  prop(): JValue | undefined {
    return undefined;
  }
  call(name: string, args: JValue[]): JValue | undefined {
    if (args.length !== 1) return undefined;
    const a = args[0];
    if (a === null) return null;
    const s = javaString(a);
    switch (name) {
      case 'escapeJavaScript':
        return escapeJavaScript(s);
      case 'parseJson':
        try {
          return parseJson(s);
        } catch (e) {
          throw new HostError(`$util.parseJson: not valid JSON (${(e as Error).message})`);
        }
      case 'urlEncode':
        return urlEncode(s);
      case 'urlDecode':
        return urlDecode(s);
      case 'base64Encode':
        return Buffer.from(s, 'utf8').toString('base64');
      case 'base64Decode': {
        const clean = s.replace(/[\r\n]/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) throw new HostError(`$util.base64Decode: '${s.slice(0, 40)}' is not valid base64`);
        return Buffer.from(clean, 'base64').toString('utf8');
      }
      default:
        return undefined;
    }
  }
}

/** Apache Commons Lang 2 StringEscapeUtils.escapeJavaScript: ' " \ / escaped, control and non-ASCII as \uXXXX. */
export function escapeJavaScript(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const hex = c.toString(16).toUpperCase();
    if (c > 0xfff) out += `\\u${hex}`;
    else if (c > 0xff) out += `\\u0${hex}`;
    else if (c > 0x7f) out += `\\u00${hex}`;
    else if (c < 32) {
      if (c === 8) out += '\\b';
      else if (c === 10) out += '\\n';
      else if (c === 9) out += '\\t';
      else if (c === 12) out += '\\f';
      else if (c === 13) out += '\\r';
      else out += c > 0xf ? `\\u00${hex}` : `\\u000${hex}`;
    } else if (s[i] === "'") out += "\\'";
    else if (s[i] === '"') out += '\\"';
    else if (s[i] === '\\') out += '\\\\';
    else if (s[i] === '/') out += '\\/';
    else out += s[i];
  }
  return out;
}

/** java.net.URLEncoder.encode(s, "UTF-8"): form encoding, space becomes '+'. */
export function urlEncode(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const ch = String.fromCharCode(b);
    if (/[A-Za-z0-9.\-*_]/.test(ch)) out += ch;
    else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** java.net.URLDecoder.decode(s, "UTF-8"). */
export function urlDecode(s: string): string {
  const bytes: number[] = [];
  let out = '';
  const flush = () => {
    if (bytes.length) out += Buffer.from(bytes).toString('utf8');
    bytes.length = 0;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '%') {
      const hex = s.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new HostError(`$util.urlDecode: illegal hex characters in escape (%) pattern at index ${i}`);
      bytes.push(parseInt(hex, 16));
      i += 2;
      continue;
    }
    flush();
    out += c === '+' ? ' ' : c;
  }
  flush();
  return out;
}

/** $stageVariables */
export function stageVariables(req: SampleRequest): JMap {
  return fromPlain(req.stageVariables ?? {}, false) as JMap;
}

export function backendBody(b: BackendResponse | undefined): string {
  return bodyText(b?.body ?? null);
}

export { JList };
