// API Gateway's template runtime: $input, $util, $context and $stageVariables, built from a sample request.
// Variables: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html
import { JHost, JList, JMap, JObject, JValue, fromPlain, javaString, jsonSmart } from './values';
import { parseJson, JsonSyntaxError } from './json';
import { evaluateJsonPath } from './jsonpath';
import { HostError, PayloadError } from './interpreter';
import { BackendResponse, RenderOptions, SampleRequest } from './types';
import { base64Decode, base64Encode, randomUuid, utf8Decode, utf8Encode } from '../util/bytes';

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
  return typeof fromSample === 'string' ? fromSample : (options.requestId ?? randomUuid());
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

/**
 * $context as API Gateway builds it for a REST request: a java.util.HashMap holding only the variables this request
 * has (recorded: localstack sqs-amz-json/context-keyset-and-groups — a plain request without an authorizer or API key
 * has exactly these 18 keys and these 12 identity keys, in HashMap order), every group a HashMap that prints as an
 * empty string. The sample request's `context` adds or overrides any of them (authorizer, error, isCanaryRequest...);
 * variables a request does not have read as null.
 */
export function buildContext(req: SampleRequest, info: RequestInfo): JMap {
  const defaults: Record<string, unknown> = {
    resourceId: 'r4s5t6',
    resourcePath: info.resourcePath,
    httpMethod: info.httpMethod,
    extendedRequestId: `${info.requestId.replace(/-/g, '').slice(0, 14).toUpperCase()}=`,
    requestTime: clfTime(info.now),
    path: `/${info.stage}${info.path === '/' ? '/' : info.path}`,
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
    },
    domainName: info.domainName,
    deploymentId: 'd1e2f3',
    apiId: info.apiId,
  };
  const merged = deepMerge(defaults, req.context ?? {});
  merged.httpMethod = info.httpMethod;
  merged.requestId = info.requestId;
  const ctx = contextMap(merged, 0);
  // "Calling $context.authorizer.claims returns null": claims are readable one by one, not as a map
  const auth = ctx.get('authorizer');
  if (auth instanceof JMap) {
    const claims = auth.get('claims');
    if (claims !== undefined) auth.set('claims', new JObject(new ClaimsHost(claims instanceof JMap ? claims : new JMap())));
  }
  ctx.set('requestOverride', JMap.from([['path', contextMap({}, 1)], ['header', contextMap({}, 1)], ['querystring', contextMap({}, 1)]], 'hash', true));
  ctx.set('responseOverride', JMap.from([['header', contextMap({}, 1)]], 'hash', true));
  return ctx;
}

/** A $context group: a HashMap that prints as an empty string; its own groups likewise. */
function contextMap(plain: Record<string, unknown>, depth: number): JMap {
  const map = new JMap('hash', true);
  for (const k of Object.keys(plain)) {
    const v = plain[k];
    map.set(k, v && typeof v === 'object' && !Array.isArray(v) && depth < 16 ? contextMap(v as Record<string, unknown>, depth + 1) : fromPlain(v, false));
  }
  return map;
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
  /** A budget hook, charged per JSON value parsed (set by the renderer). */
  charge: (units: number) => void = () => {};

  constructor(
    private readonly raw: string,
    private readonly req: SampleRequest,
  ) {
    // $input.body of an empty payload is "{}" (recorded: input-body-formatting/*/empty-body, and the SQS message of
    // sqs-aws-integration/without-payload has md5("{}")); $input.path/$input.json read the payload itself
    this.body = raw === '' ? '{}' : raw;
  }

  /**
   * The payload as Jayway JsonPath reads it: json-smart in permissive mode, parsed once and shared by every
   * $input.path/$input.json call (a #set on what $input.path returned shows in $input.json). A body that is not
   * JSON at all (`a=b`) is a string, an empty one the empty string; one that starts as JSON and breaks off (`{a`)
   * cannot be read. (LocalStack checked against the AWS console that an empty body is not `{}` to $input.path and
   * $input.json: localstack/localstack c9e027948, "APIGW: fix VTL $input.path and $input.json".)
   */
  private root(): JValue {
    if (!this.parsed) {
      try {
        this.parsed = { value: parseJson(this.raw, { charge: (n) => this.charge(n) }) };
      } catch (e) {
        if (!(e instanceof JsonSyntaxError)) throw e;
        this.parsed = { error: e.message };
      }
    }
    if ('error' in this.parsed) throw new PayloadError(`the payload cannot be read as JSON (${this.parsed.error}), so $input.path and $input.json fail`);
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
        // nothing at the path: `""` (LocalStack's unit tests from the AWS console, localstack/localstack c9e027948)
        if (!r.found) return '""';
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

  /**
   * $input.params(): path, querystring, header in that order (a LinkedHashMap); the header map is sorted without
   * regard to case and looked up the same way, as a TreeMap with String.CASE_INSENSITIVE_ORDER (users who printed
   * it saw that order: user-report/stackoverflow-32057053/params-printed).
   */
  allParams(): JMap {
    const header = new JMap('treeCI');
    for (const [k, v] of Object.entries(singleValues(this.req.headers, this.req.multiValueHeaders))) header.set(k, v);
    return JMap.from([
      ['path', fromPlain(this.req.pathParameters ?? {}, false)],
      ['querystring', fromPlain(singleValues(this.req.queryStringParameters, this.req.multiValueQueryStringParameters), false)],
      ['header', header],
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
        // json-smart as for $input (the object it returns prints and navigates as json-smart's do)
        try {
          return parseJson(s);
        } catch (e) {
          if (!(e instanceof JsonSyntaxError)) throw e;
          throw new HostError(`$util.parseJson: not valid JSON (${e.message})`);
        }
      case 'urlEncode':
        return urlEncode(s);
      case 'urlDecode':
        return urlDecode(s);
      case 'base64Encode':
        return base64Encode(utf8Encode(s));
      case 'base64Decode': {
        const clean = s.replace(/[\r\n]/g, '');
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 === 1) throw new HostError(`$util.base64Decode: '${s.slice(0, 40)}' is not valid base64`);
        return utf8Decode(base64Decode(clean));
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
  for (const b of utf8Encode(s)) {
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
    if (bytes.length) out += utf8Decode(bytes);
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
