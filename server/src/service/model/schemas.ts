/**
 * What an operation's schemas say, in one place: the JSON request body schema (OpenAPI 3 `requestBody`, Swagger 2
 * `in: body`), and example values for a request body (also a CloudFormation Method's RequestModels), a 2xx
 * response and any schema written in the file. The sample request draft and the VTL features read these.
 */
import { AstNode, getValue, isArray, isIntrinsic, isObject, isString, ObjectNode, scalarText, stringValue } from '../parse/ast';
import { resolveLocalRef } from './openapi';
import type { ApiModel, Integration, Operation } from './types';
import { isRecord } from '../util/records';

/** A local `$ref` followed within `root` (the definition); without a root, the node as it is. */
export function followRef(node: AstNode | undefined, root: ObjectNode | undefined): AstNode | undefined {
  return root ? resolveLocalRef(root, node) : node;
}

/** OpenAPI 3 `requestBody.content.<json>.schema`, or Swagger 2's `in: body` parameter schema. */
export function requestBodySchema(root: ObjectNode, operation: Operation): AstNode | undefined {
  const requestBody = resolveLocalRef(root, getValue(operation.node, 'requestBody'));
  const content = getValue(requestBody, 'content');
  if (isObject(content)) {
    const json = content.properties.find((p) => /json/i.test(p.key.value)) ?? content.properties[0];
    return getValue(json?.value, 'schema');
  }
  for (const list of [getValue(operation.node, 'parameters'), getValue(operation.pathItem, 'parameters')]) {
    if (!isArray(list)) continue;
    for (const item of list.items) {
      const parameter = resolveLocalRef(root, item);
      if (stringValue(getValue(parameter, 'in')) === 'body') return getValue(parameter, 'schema');
    }
  }
  return undefined;
}

/** The JSON body example: OpenAPI 3 `requestBody`, Swagger 2 `in: body`, or a CloudFormation Method's RequestModels. */
export function requestBodyExample(apiModel: ApiModel, integration: Integration, root: ObjectNode | undefined): unknown {
  const operation = integration.operation?.node;
  if (!operation) return undefined;
  if (integration.location === 'cfn-method') {
    const models = getValue(operation, 'RequestModels');
    if (!isObject(models)) return undefined;
    const model = models.properties.find((p) => /json/i.test(p.key.value)) ?? models.properties[0];
    const ref = model?.value;
    const name = isIntrinsic(ref) && ref.name === 'Ref' ? scalarText(ref.argument) : undefined;
    const resource = name ? apiModel.cfnTemplate?.resources.get(name) : undefined;
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
  const requestBody = followRef(getValue(operation, 'requestBody'), root);
  if (requestBody) return mediaExample(getValue(requestBody, 'content'), root);
  const parameters = getValue(operation, 'parameters');
  if (isArray(parameters)) {
    for (const item of parameters.items) {
      const parameter = followRef(item, root);
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
    const first = followRef(examples.properties[0].value, root);
    const value = getValue(first, 'value');
    if (value !== undefined) return toJson(value, 0);
  }
  return exampleFromSchema(getValue(media.value, 'schema'), root, 0);
}

/** The example body of the operation's first 2xx response. */
export function responseBodyExample(integration: Integration, root: ObjectNode | undefined): unknown {
  const responses = getValue(integration.operation?.node, 'responses');
  if (!isObject(responses)) return undefined;
  const ok = responses.properties.find((p) => /^2\d\d$/.test(p.key.value));
  const response = followRef(ok?.value, root);
  if (!response) return undefined;
  const content = getValue(response, 'content');
  if (content) return mediaExample(content, root);
  const examples = getValue(response, 'examples');
  const json = isObject(examples) ? examples.properties.find((p) => /json/i.test(p.key.value)) : undefined;
  if (json?.value) return toJson(json.value, 0);
  return exampleFromSchema(getValue(response, 'schema'), root, 0);
}

const MAX_DEPTH = 6;

/** An example value for a schema written in the file (example, default, enum, then by type). */
function exampleFromSchema(node: AstNode | undefined, root: ObjectNode | undefined, depth: number): unknown {
  const schema = followRef(node, root);
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
function toJson(node: AstNode | undefined, depth: number): unknown {
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

/** The first of `nodes` that is there and not null. */
export function firstDefined(...nodes: (AstNode | undefined)[]): AstNode | undefined {
  return nodes.find((n) => n !== undefined && n.type !== 'null');
}

/** The first item of a list node. */
export function firstItem(node: AstNode | undefined): AstNode | undefined {
  return isArray(node) ? node.items[0] : undefined;
}
