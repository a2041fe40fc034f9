/** Drafting a new sample request file for an operation (Create Sample Request, `apigw/createSampleRequest`). */
import { getValue, isArray, ObjectNode, scalarText, stringValue } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import { firstDefined, firstItem, followRef, requestBodyExample, responseBodyExample } from '../../model/schemas';
import { sampleStageOf } from '../../model/stages';
import type { Integration } from '../../model/types';
import { encodeComponent } from '../../util/uri';

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
  const body = requestBodyExample(parsed.model, integration, root);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  for (const name of operation?.parameters.header ?? []) headers[name] = declared.get(`header:${name}`) ?? exampleParameter(name);
  const stage = sampleStageOf(parsed.model, integration);
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
      const parameter = followRef(item, root);
      const name = stringValue(getValue(parameter, 'name'));
      const location = where[stringValue(getValue(parameter, 'in')) ?? ''];
      if (!name || !location) continue;
      const schema = followRef(getValue(parameter, 'schema'), root);
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
