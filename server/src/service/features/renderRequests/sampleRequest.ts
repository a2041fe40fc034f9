/**
 * Sample requests: the JSON files in `.apigw/requests/` that the preview and the CLI render templates with.
 *
 *   {httpMethod, path, resourcePath, headers, multiValueHeaders, queryStringParameters,
 *    multiValueQueryStringParameters, pathParameters, stageVariables, body, isBase64Encoded, context,
 *    backend: {statusCode, headers, body, errorMessage}}
 *
 * `backend` is what the integration answers, for response templates and simulation (for a Lambda proxy, `body`
 * is the function's return value). Reading is strict about types and lenient about everything else: a
 * problem is reported and the rest still renders. Creating one fills what the operation declares.
 */
import type { BackendResponse, SampleRequest } from '../../render';
import { AstNode, getValue, isArray, isIntrinsic, isObject, isString, ObjectNode, scalarText, stringValue } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import type { Integration } from '../../model/types';
import { knownString } from '../../model/values';
import { matchResourcePath } from '../../../../../shared/routes';
import { decodeComponent, encodeComponent } from '../../util/uri';

export { matchResourcePath, sampleMatchesRoute } from '../../../../../shared/routes';

/** Sample request files larger than this are refused (the server renders them; a template may multiply them). */
export const MAX_SAMPLE_REQUEST_CHARS = 1024 * 1024;

export interface SampleRequestFile {
  readonly request: SampleRequest;
  readonly backend?: BackendResponse;
  /** Fields ignored or coerced, each a sentence. */
  readonly problems: string[];
}

const STRING_MAPS = ['headers', 'queryStringParameters', 'pathParameters', 'stageVariables'] as const;
const LIST_MAPS = ['multiValueHeaders', 'multiValueQueryStringParameters'] as const;
const KNOWN = new Set<string>(['$schema', 'httpMethod', 'path', 'resourcePath', 'resource', 'body', 'isBase64Encoded', 'context', 'backend', ...STRING_MAPS, ...LIST_MAPS]);

/** Reads a sample request file's text. Throws an Error with a readable message when it cannot be used at all. */
export function parseSampleRequest(text: string): SampleRequestFile {
  if (text.length > MAX_SAMPLE_REQUEST_CHARS) {
    throw new Error(`the sample request is ${Math.ceil(text.length / 1024)} KB; requests up to ${MAX_SAMPLE_REQUEST_CHARS / 1024} KB are rendered`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`the sample request is not valid JSON: ${(error as Error).message}`);
  }
  return readSampleRequest(json);
}

/** Validates an already parsed sample request object. */
export function readSampleRequest(json: unknown): SampleRequestFile {
  if (!isRecord(json)) throw new Error('a sample request is a JSON object ({"httpMethod": "GET", "path": "/", ...})');
  const problems: string[] = [];
  const request: SampleRequest = {};
  for (const key of Object.keys(json)) if (!KNOWN.has(key)) problems.push(`unknown field '${key}' ignored`);
  const str = (key: string): string | undefined => {
    const v = json[key];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'string') return v;
    problems.push(`'${key}' must be a string`);
    return undefined;
  };
  const method = str('httpMethod');
  if (method !== undefined) request.httpMethod = method.toUpperCase();
  const path = str('path');
  if (path !== undefined) request.path = path;
  const resourcePath = str('resourcePath') ?? str('resource');
  if (resourcePath !== undefined) request.resourcePath = resourcePath;
  for (const key of STRING_MAPS) {
    const map = stringMap(json[key], key, problems);
    if (map) request[key] = map;
  }
  for (const key of LIST_MAPS) {
    const map = listMap(json[key], key, problems);
    if (map) request[key] = map;
  }
  const body = readBody(json.body, 'body', problems);
  if (body !== undefined) request.body = body;
  if (json.isBase64Encoded !== undefined) {
    if (typeof json.isBase64Encoded === 'boolean') request.isBase64Encoded = json.isBase64Encoded;
    else problems.push(`'isBase64Encoded' must be true or false`);
  }
  if (json.context !== undefined && json.context !== null) {
    if (isRecord(json.context)) request.context = json.context;
    else problems.push(`'context' must be an object of $context values`);
  }
  let backend: BackendResponse | undefined;
  if (json.backend !== undefined && json.backend !== null) {
    if (isRecord(json.backend)) backend = readBackend(json.backend, problems);
    else problems.push(`'backend' must be an object {statusCode, headers, body}`);
  }
  return { request, backend, problems };
}

/** A backend response file on its own (the CLI's `--backend` / `--integration-response`). */
export function readBackend(json: Record<string, unknown>, problems: string[]): BackendResponse {
  const backend: BackendResponse = {};
  for (const key of Object.keys(json)) if (!['statusCode', 'headers', 'body', 'errorMessage'].includes(key)) problems.push(`unknown field 'backend.${key}' ignored`);
  const status = json.statusCode;
  if (typeof status === 'number' && Number.isInteger(status)) backend.statusCode = status;
  else if (typeof status === 'string' && /^\d{3}$/.test(status)) backend.statusCode = Number(status);
  else if (status !== undefined) problems.push(`'backend.statusCode' must be an integer status code`);
  const headers = stringMap(json.headers, 'backend.headers', problems);
  if (headers) backend.headers = headers;
  const body = readBody(json.body, 'backend.body', problems);
  if (body !== undefined) backend.body = body;
  if (typeof json.errorMessage === 'string') backend.errorMessage = json.errorMessage;
  else if (json.errorMessage !== undefined) problems.push(`'backend.errorMessage' must be a string`);
  return backend;
}

function readBody(v: unknown, key: string, problems: string[]): string | object | null | undefined {
  if (v === undefined) return undefined;
  if (v === null || typeof v === 'string' || typeof v === 'object') return v as string | object | null;
  // A number or boolean body is its JSON text.
  problems.push(`'${key}' is a ${typeof v}; sent as its JSON text`);
  return JSON.stringify(v);
}

function stringMap(v: unknown, key: string, problems: string[]): Record<string, string> | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) {
    problems.push(`'${key}' must be an object of strings`);
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    if (typeof x === 'string') out[k] = x;
    else if (typeof x === 'number' || typeof x === 'boolean') out[k] = String(x);
    else problems.push(`'${key}.${k}' must be a string`);
  }
  return out;
}

function listMap(v: unknown, key: string, problems: string[]): Record<string, string[]> | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) {
    problems.push(`'${key}' must be an object of string lists`);
    return undefined;
  }
  const out: Record<string, string[]> = {};
  for (const [k, x] of Object.entries(v)) {
    if (Array.isArray(x) && x.every((i) => typeof i === 'string')) out[k] = x as string[];
    else problems.push(`'${key}.${k}' must be a list of strings`);
  }
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------------------------
// Routes

/** The operation integrations of the document that serve `method path` (the most specific path first). */
export function integrationsForRoute(parsed: ParsedDocument, method: string, path: string): { integration: Integration; pathParameters: Record<string, string> }[] {
  const upper = method.toUpperCase();
  const found: { integration: Integration; pathParameters: Record<string, string>; score: number }[] = [];
  for (const integration of parsed.model.integrations) {
    if (!integration.path || integration.location === 'openapi-component') continue;
    if (integration.method && integration.method !== 'ANY' && integration.method !== upper) continue;
    const params = matchResourcePath(integration.path, path);
    if (!params) continue;
    // exact resource paths before templated ones, templated before greedy, explicit methods before ANY
    const score = (integration.path === path ? 0 : integration.path.includes('+}') ? 20 : 10) + (integration.method === 'ANY' ? 1 : 0);
    found.push({ integration, pathParameters: integration.path === path ? {} : params, score });
  }
  return found.sort((a, b) => a.score - b.score).map(({ integration, pathParameters }) => ({ integration, pathParameters }));
}

// ---------------------------------------------------------------------------------------------------------------
// Creating a sample request for an operation

export interface SampleRequestDraft {
  readonly fileName: string;
  readonly json: Record<string, unknown>;
}

export function sampleRequestFileName(integration: Integration): string {
  const method = (integration.method ?? 'any').toLowerCase();
  const slug = (integration.path ?? integration.id)
    .replace(/[{}+$]/g, '')
    .split(/[^A-Za-z0-9_-]+/)
    .filter(Boolean)
    .join('-');
  return `${method}-${slug || 'root'}.json`;
}

/** A sample request for the operation: its path parameters, declared query parameters and headers, a body example. */
export function draftSampleRequest(parsed: ParsedDocument, integration: Integration, type?: string): SampleRequestDraft {
  const operation = integration.operation;
  const api = integration.api;
  const root = api?.node;
  const method = integration.method && integration.method !== 'ANY' ? integration.method : 'GET';
  const resourcePath = integration.path && integration.path !== '?' && integration.path.startsWith('/') ? integration.path : '/';
  const declared = operationParameters(operation?.node, operation?.pathItem, root);
  const pathParameters: Record<string, string> = {};
  for (const name of operation?.parameters.path ?? []) pathParameters[name] = declared.get(`path:${name}`) ?? exampleParameter(name);
  const path = resourcePath.replace(/\{([^{}+]+)\+?\}/g, (_, name: string) => encodeComponent(pathParameters[name] ?? name));
  const queryStringParameters: Record<string, string> = {};
  for (const name of operation?.parameters.querystring ?? []) queryStringParameters[name] = declared.get(`querystring:${name}`) ?? exampleParameter(name);
  const body = requestBodyExample(parsed, integration, root);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  for (const name of operation?.parameters.header ?? []) headers[name] = declared.get(`header:${name}`) ?? exampleParameter(name);
  const stage = stageOf(parsed, integration);
  const json: Record<string, unknown> = {
    httpMethod: method,
    path,
    resourcePath,
    headers,
    queryStringParameters,
    pathParameters,
    stageVariables: stage.variables,
    body: body ?? null,
    context: { stage: stage.name ?? 'dev' },
  };
  const backend = backendExample(integration, type, root);
  if (backend) json.backend = backend;
  return { fileName: sampleRequestFileName(integration), json };
}

function exampleParameter(name: string): string {
  return /id$/i.test(name) ? '123' : `${name}-example`;
}

/** Declared parameter examples, `path:petId` → '42'. */
function operationParameters(operation: ObjectNode | undefined, pathItem: ObjectNode | undefined, root: ObjectNode | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const where: Record<string, string> = { path: 'path', query: 'querystring', header: 'header' };
  for (const list of [getValue(pathItem, 'parameters'), getValue(operation, 'parameters')]) {
    if (!isArray(list)) continue;
    for (const item of list.items) {
      const parameter = resolveRef(item, root);
      const name = stringValue(getValue(parameter, 'name'));
      const location = where[stringValue(getValue(parameter, 'in')) ?? ''];
      if (!name || !location) continue;
      const schema = resolveRef(getValue(parameter, 'schema'), root);
      const value = firstDefined(
        getValue(parameter, 'example'),
        getValue(parameter, 'x-example'),
        getValue(schema, 'example'),
        getValue(schema, 'default'),
        getValue(parameter, 'default'),
        firstItem(getValue(schema, 'enum')),
        firstItem(getValue(parameter, 'enum')),
      );
      const text = scalarText(value);
      if (text !== undefined) out.set(`${location}:${name}`, text);
      else {
        const type = stringValue(getValue(schema, 'type')) ?? stringValue(getValue(parameter, 'type'));
        if (type === 'integer' || type === 'number') out.set(`${location}:${name}`, '1');
        else if (type === 'boolean') out.set(`${location}:${name}`, 'true');
      }
    }
  }
  return out;
}

function firstDefined(...nodes: (AstNode | undefined)[]): AstNode | undefined {
  return nodes.find((n) => n !== undefined && n.type !== 'null');
}

function firstItem(node: AstNode | undefined): AstNode | undefined {
  return isArray(node) ? node.items[0] : undefined;
}

/** The JSON body example: OpenAPI 3 `requestBody`, Swagger 2 `in: body`, or a CloudFormation Method's RequestModels. */
function requestBodyExample(parsed: ParsedDocument, integration: Integration, root: ObjectNode | undefined): unknown {
  const operation = integration.operation?.node;
  if (!operation) return undefined;
  if (integration.location === 'cfn-method') {
    const models = getValue(operation, 'RequestModels');
    if (!isObject(models)) return undefined;
    const model = models.properties.find((p) => /json/i.test(p.key.value)) ?? models.properties[0];
    const ref = model?.value;
    const name = isIntrinsic(ref) && ref.name === 'Ref' ? scalarText(ref.argument) : undefined;
    const resource = name ? parsed.model.template?.resources.get(name) : undefined;
    const schema = getValue(resource?.properties, 'Schema');
    if (isObject(schema)) return exampleFromSchema(schema, schema, 0);
    if (isString(schema)) {
      try {
        return exampleFromJsonSchema(JSON.parse(schema.value) as unknown, 0);
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
  const requestBody = resolveRef(getValue(operation, 'requestBody'), root);
  if (requestBody) return mediaExample(getValue(requestBody, 'content'), root);
  const parameters = getValue(operation, 'parameters');
  if (isArray(parameters)) {
    for (const item of parameters.items) {
      const parameter = resolveRef(item, root);
      if (stringValue(getValue(parameter, 'in')) === 'body') return exampleFromSchema(getValue(parameter, 'schema'), root, 0);
    }
  }
  return undefined;
}

function mediaExample(content: AstNode | undefined, root: ObjectNode | undefined): unknown {
  if (!isObject(content)) return undefined;
  const media = content.properties.find((p) => /json/i.test(p.key.value)) ?? content.properties[0];
  if (!media) return undefined;
  const example = getValue(media.value, 'example');
  if (example !== undefined) return toJson(example, 0);
  const examples = getValue(media.value, 'examples');
  if (isObject(examples) && examples.properties[0]) {
    const first = resolveRef(examples.properties[0].value, root);
    const value = getValue(first, 'value');
    if (value !== undefined) return toJson(value, 0);
  }
  return exampleFromSchema(getValue(media.value, 'schema'), root, 0);
}

/** What the backend answers in the sample: a Lambda proxy return value, or a status, headers and a body example. */
function backendExample(integration: Integration, type: string | undefined, root: ObjectNode | undefined): Record<string, unknown> | undefined {
  const t = (type ?? integration.implicit?.type ?? '').toUpperCase();
  if (t === 'MOCK') return undefined;
  const body = responseBodyExample(integration, root) ?? {};
  if (t === 'AWS_PROXY') {
    return { body: { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) } };
  }
  return { statusCode: 200, headers: { 'Content-Type': 'application/json' }, body };
}

function responseBodyExample(integration: Integration, root: ObjectNode | undefined): unknown {
  const responses = getValue(integration.operation?.node, 'responses');
  if (!isObject(responses)) return undefined;
  const ok = responses.properties.find((p) => /^2\d\d$/.test(p.key.value));
  const response = resolveRef(ok?.value, root);
  if (!response) return undefined;
  const content = getValue(response, 'content');
  if (content) return mediaExample(content, root);
  const examples = getValue(response, 'examples');
  const json = isObject(examples) ? examples.properties.find((p) => /json/i.test(p.key.value)) : undefined;
  if (json?.value) return toJson(json.value, 0);
  return exampleFromSchema(getValue(response, 'schema'), root, 0);
}

/** A local `$ref` (`#/components/...`, `#/definitions/...`) followed within the definition. */
function resolveRef(node: AstNode | undefined, root: ObjectNode | undefined, depth = 0): AstNode | undefined {
  const ref = stringValue(getValue(node, '$ref'));
  if (!ref || !root || depth > 8) return node;
  if (!ref.startsWith('#/')) return undefined;
  let current: AstNode | undefined = root;
  for (const raw of ref.slice(2).split('/')) {
    const part = decodeComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    current = getValue(current, part);
    if (!current) return undefined;
  }
  return resolveRef(current, root, depth + 1);
}

const MAX_DEPTH = 6;

/** An example value for a schema written in the file (example, default, enum, then by type). */
export function exampleFromSchema(node: AstNode | undefined, root: ObjectNode | undefined, depth: number): unknown {
  const schema = resolveRef(node, root);
  if (!isObject(schema) || depth > MAX_DEPTH) return undefined;
  const given = firstDefined(getValue(schema, 'example'), getValue(schema, 'default'), firstItem(getValue(schema, 'enum')));
  if (given !== undefined) return toJson(given, 0);
  for (const key of ['allOf', 'oneOf', 'anyOf']) {
    const list = getValue(schema, key);
    if (!isArray(list) || !list.items.length) continue;
    if (key !== 'allOf') return exampleFromSchema(list.items[0], root, depth + 1);
    const merged: Record<string, unknown> = {};
    for (const item of list.items) {
      const part = exampleFromSchema(item, root, depth + 1);
      if (part && typeof part === 'object' && !Array.isArray(part)) Object.assign(merged, part);
    }
    return merged;
  }
  const type = stringValue(getValue(schema, 'type')) ?? (getValue(schema, 'properties') ? 'object' : getValue(schema, 'items') ? 'array' : undefined);
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      const properties = getValue(schema, 'properties');
      if (isObject(properties)) {
        for (const p of properties.properties) out[p.key.value] = exampleFromSchema(p.value, root, depth + 1) ?? null;
      }
      return out;
    }
    case 'array': {
      const item = exampleFromSchema(getValue(schema, 'items'), root, depth + 1);
      return item === undefined ? [] : [item];
    }
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'string':
      return stringExample(stringValue(getValue(schema, 'format')), keyName(schema));
    default:
      return undefined;
  }
}

/** The same for a JSON schema given as a string (AWS::ApiGateway::Model `Schema`). */
function exampleFromJsonSchema(schema: unknown, depth: number): unknown {
  if (!isRecord(schema) || depth > MAX_DEPTH) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length) return schema.enum[0];
  const type = typeof schema.type === 'string' ? schema.type : isRecord(schema.properties) ? 'object' : undefined;
  if (type === 'object') {
    const out: Record<string, unknown> = {};
    if (isRecord(schema.properties)) for (const [k, v] of Object.entries(schema.properties)) out[k] = exampleFromJsonSchema(v, depth + 1) ?? null;
    return out;
  }
  if (type === 'array') {
    const item = exampleFromJsonSchema(schema.items, depth + 1);
    return item === undefined ? [] : [item];
  }
  if (type === 'integer' || type === 'number') return 1;
  if (type === 'boolean') return true;
  if (type === 'string') return stringExample(typeof schema.format === 'string' ? schema.format : undefined, undefined);
  return undefined;
}

function keyName(schema: ObjectNode): string | undefined {
  const parent = schema.parent;
  return parent?.type === 'property' ? parent.key.value : undefined;
}

function stringExample(format: string | undefined, name: string | undefined): string {
  switch (format) {
    case 'date-time':
      return '2025-01-01T12:00:00Z';
    case 'date':
      return '2025-01-01';
    case 'email':
      return 'user@example.com';
    case 'uuid':
      return '3fa85f64-5717-4562-b3fc-2c963f66afa6';
    case 'uri':
    case 'url':
      return 'https://example.com/';
    default:
      return name ? `${name}-example` : 'string';
  }
}

/** An AST value as plain JSON; intrinsics become null. */
export function toJson(node: AstNode | undefined, depth: number): unknown {
  if (!node || depth > 32) return null;
  switch (node.type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const p of node.properties) out[p.key.value] = toJson(p.value, depth + 1);
      return out;
    }
    case 'array':
      return node.items.map((i) => toJson(i, depth + 1));
    case 'string':
    case 'number':
    case 'boolean':
      return node.value;
    default:
      return null;
  }
}

/** The stage a request reaches: SAM's StageName and Variables, or an `AWS::ApiGateway::Stage` of the template. */
function stageOf(parsed: ParsedDocument, integration: Integration): { name?: string; variables: Record<string, string> } {
  const variables: Record<string, string> = {};
  const read = (node: AstNode | undefined) => {
    if (!isObject(node)) return;
    for (const p of node.properties) {
      const v = knownString(p.value);
      if (v !== undefined) variables[p.key.value] = v;
    }
  };
  const owner = integration.resource ?? integration.api?.owner;
  if (owner && (owner.type === 'AWS::Serverless::Api' || owner.type === 'AWS::Serverless::HttpApi')) {
    read(getValue(owner.properties, 'Variables') ?? getValue(owner.properties, 'StageVariables'));
    return { name: knownString(getValue(owner.properties, 'StageName')), variables };
  }
  for (const resource of parsed.model.template?.resources.values() ?? []) {
    if (resource.type !== 'AWS::ApiGateway::Stage' && resource.type !== 'AWS::ApiGatewayV2::Stage') continue;
    read(getValue(resource.properties, 'Variables') ?? getValue(resource.properties, 'StageVariables'));
    return { name: knownString(getValue(resource.properties, 'StageName')), variables };
  }
  return { variables };
}
