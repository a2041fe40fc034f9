/**
 * Declares method responses: the status codes (and headers) an integration response maps to must exist on the
 * method (OpenAPI `responses`, CloudFormation `MethodResponses`), or API Gateway rejects header mappings ("No
 * method response exists for method"). Used by the quick fix for `undeclared-status-code` /
 * `status-code-without-method-response` and by skeletons that add integration responses.
 * Source: https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-method-settings-method-response.html
 */
import type { Dialect, Operation } from '../../model/types';
import { knownString } from '../../model/values';
import { ArrayNode, getProperty, getValue, isArray, isObject, ObjectNode } from '../../parse/ast';
import type { TextEdit } from '../../rules/context';
import { columnOf, insertProperty, lineEnd } from '../../parse/edits';
import { methodResponseItem, openApiResponse, StatusUse } from '../completion/skeletons';
import { expandSnippet, SnippetValue, SnippetWriter } from '../common/snippetWriter';
import type { SourceText } from '../../text/sourceText';

export interface DeclareOptions {
  readonly text: SourceText;
  readonly format: 'yaml' | 'json';
  readonly unit: string;
  readonly dialect: Dialect;
  readonly operation: Operation | undefined;
  readonly openApiVersion?: '2.0' | '3.x';
}

/** Edits that make the method declare every status (and header) in `uses`; empty when all are declared. */
export function declareStatusEdits(options: DeclareOptions, uses: readonly StatusUse[]): TextEdit[] {
  const operation = options.operation;
  if (!operation) return [];
  if (options.dialect === 'openapi') return declareOpenApi(options, operation.node, uses);
  if (options.dialect === 'cfn-method') return declareMethodResponses(options, operation.node, uses);
  return [];
}

function plain(options: DeclareOptions, value: SnippetValue, column: number): string {
  return expandSnippet(new SnippetWriter({ format: options.format, unit: options.unit }).value(value, options.format === 'json' ? ' '.repeat(column) : ''));
}

function declareOpenApi(options: DeclareOptions, operationNode: ObjectNode, uses: readonly StatusUse[]): TextEdit[] {
  const responses = getValue(operationNode, 'responses');
  if (!isObject(responses)) return [];
  const edits: TextEdit[] = [];
  for (const use of uses) {
    const existing = responses.properties.find((p) => p.key.value === use.code);
    if (!existing) {
      if (responses.properties.some((p) => p.key.value === 'default') && !use.headers.length) continue;
      const column = columnOf(options.text, responses.properties[0]?.key.offset ?? responses.offset);
      const key = options.format === 'json' ? use.code : `"${use.code}"`;
      edits.push(insertProperty(options.text, options.format, responses, key, plainValue(options, openApiResponse(use, options.openApiVersion), column)));
      continue;
    }
    if (!use.headers.length || !isObject(existing.value)) continue;
    const headers = getValue(existing.value, 'headers');
    const schema: SnippetValue =
      options.openApiVersion === '2.0' ? { kind: 'map', entries: [['type', { kind: 'string', parts: ['string'] }]] } : { kind: 'map', entries: [['schema', { kind: 'map', entries: [['type', { kind: 'string', parts: ['string'] }]] }]] };
    if (isObject(headers)) {
      const column = columnOf(options.text, headers.properties[0]?.key.offset ?? headers.offset);
      for (const header of use.headers) {
        if (headers.properties.some((p) => p.key.value.toLowerCase() === header.toLowerCase())) continue;
        edits.push(insertProperty(options.text, options.format, headers, header, plainValue(options, schema, column)));
      }
    } else if (!headers) {
      const column = columnOf(options.text, existing.value.properties[0]?.key.offset ?? existing.value.offset);
      const value: SnippetValue = { kind: 'map', entries: use.headers.map((h) => [h, schema] as const) };
      edits.push(insertProperty(options.text, options.format, existing.value, 'headers', plainValue(options, value, column)));
    }
  }
  return edits;
}

/** YAML map values start on the next line (insertProperty indents them under the key). */
function plainValue(options: DeclareOptions, value: SnippetValue, column: number): string {
  const text = plain(options, value, column);
  return options.format === 'yaml' && value.kind === 'map' && value.entries.length ? '\n' + text.replace(/^\n/, '') : text;
}

function declareMethodResponses(options: DeclareOptions, properties: ObjectNode, uses: readonly StatusUse[]): TextEdit[] {
  const property = getProperty(properties, 'MethodResponses');
  const missing: StatusUse[] = [];
  const edits: TextEdit[] = [];
  const list = property?.value;
  for (const use of uses) {
    const item = isArray(list) ? list.items.find((i) => knownString(getValue(i, 'StatusCode')) === use.code) : undefined;
    if (!item) {
      missing.push(use);
      continue;
    }
    if (!use.headers.length || !isObject(item)) continue;
    const parameters = getValue(item, 'ResponseParameters');
    const wanted = use.headers.map((h) => `method.response.header.${h}`);
    if (isObject(parameters)) {
      for (const key of wanted) {
        if (parameters.properties.some((p) => p.key.value === key)) continue;
        edits.push(insertProperty(options.text, options.format, parameters, key, 'true'));
      }
    } else if (!parameters) {
      const column = columnOf(options.text, item.properties[0]?.key.offset ?? item.offset);
      const value: SnippetValue = { kind: 'map', entries: wanted.map((k) => [k, { kind: 'raw', text: 'true' }] as const) };
      edits.push(insertProperty(options.text, options.format, item, 'ResponseParameters', plainValue(options, value, column)));
    }
  }
  if (!missing.length) return edits;
  if (!property) {
    const column = columnOf(options.text, properties.properties[0]?.key.offset ?? properties.offset);
    const value: SnippetValue = { kind: 'list', items: missing.map(methodResponseItem) };
    edits.push(insertProperty(options.text, options.format, properties, 'MethodResponses', plainValue(options, value, column)));
    return edits;
  }
  if (!isArray(list)) return edits;
  for (const use of missing) {
    const edit = appendArrayItem(options, list, methodResponseItem(use));
    if (edit) edits.push(edit);
  }
  return edits;
}

/** A new last item in a YAML block/flow sequence or a JSON array, laid out like its siblings. */
export function appendArrayItem(options: DeclareOptions, array: ArrayNode, item: SnippetValue): TextEdit | undefined {
  const text = options.text;
  const last = array.items[array.items.length - 1];
  const flow = options.format === 'json' || text.charAt(array.offset) === '[';
  if (flow) {
    const close = array.offset + array.length - 1;
    if (text.charAt(close) !== ']') return undefined;
    if (!last) return { offset: close, length: 0, text: plain(options, item, columnOf(text, array.offset) + options.unit.length) };
    const column = columnOf(text, last.offset);
    const multiline = text.slice(array.offset, close).includes('\n');
    const rendered = options.format === 'json' ? plain(options, item, column) : flowYaml(item);
    return { offset: last.offset + last.length, length: 0, text: multiline ? `,\n${' '.repeat(column)}${rendered}` : `, ${rendered}` };
  }
  if (!last || item.kind !== 'map') return undefined;
  const dash = text.lastIndexOf('-', last.offset);
  const indent = ' '.repeat(columnOf(text, dash));
  const end = lineEnd(text, last.offset + last.length - (text.charAt(last.offset + last.length - 1) === '\n' ? 1 : 0));
  const body = expandSnippet(new SnippetWriter({ format: 'yaml', unit: options.unit }).properties(item.entries, indent + '  '));
  return { offset: end, length: 0, text: `\n${indent}- ${body}` };
}

/** A small map as YAML flow (`{StatusCode: "404"}`), for flow sequences. */
function flowYaml(value: SnippetValue): string {
  if (value.kind === 'map') return `{${value.entries.map(([k, v]) => `${k}: ${flowYaml(v)}`).join(', ')}}`;
  if (value.kind === 'string') return JSON.stringify(value.parts.map((p) => (typeof p === 'string' ? p : p.stop)).join(''));
  if (value.kind === 'raw') return value.text;
  return '{}';
}
