/**
 * Sample requests: the JSON files in `.apigw/requests/` that the preview and the CLI render templates with.
 *
 *   {httpMethod, path, resourcePath, headers, multiValueHeaders, queryStringParameters,
 *    multiValueQueryStringParameters, pathParameters, stageVariables, body, isBase64Encoded, context,
 *    backend: {statusCode, headers, body, errorMessage}}
 *
 * `backend` is what the integration answers, for response templates and simulation (for a Lambda proxy, `body`
 * is the function's return value). Reading is strict about types and lenient about everything else: a
 * problem is reported and the rest still renders. (A new one is drafted by sampleDraft.ts.)
 */
import type { BackendResponse, SampleRequest } from '../../render';
import { isRecord } from '../../util/records';

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
