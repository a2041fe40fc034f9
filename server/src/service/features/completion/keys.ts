/**
 * Key completion: what the caret's object may still take, per slot (integration, its maps, integration
 * responses, operations and Methods that may get an integration, path items that may get a CORS preflight).
 */
import { CompletionItem, CompletionItemKind } from 'vscode-languageserver-types';
import { actionForUri } from '../../knowledge/awsServiceActions';
import { FieldInfo, FIELDS, INTEGRATION_RESPONSE_FIELDS, keyFor, TYPES_BY_PROTOCOL } from '../../knowledge/integrationFields';
import { subtypeInfo } from '../../knowledge/integrationSubtypes';
import { fieldNoteFor, TEMPLATE_CONTENT_TYPES } from '../../knowledge/integrationValueDocs';
import { INTEGRATION_KEY } from '../../model/openapi';
import type { IntegrationType } from '../../model/types';
import { evaluateString, knownString } from '../../model/values';
import { getValue, isArray, isObject, ObjectNode } from '../../parse/ast';
import { responseEntries } from '../../rules/responseRules';
import type { KeyCaret } from '../common/caret';
import { CompletionContext, KeySpec } from './context';
import { docs } from '../common/docs';
import { declareStatusEdits } from '../codeActions/methodResponses';
import type { Place, Slot } from '../common/places';
import { corsSkeleton, CORS_HEADERS, describeStatus, methodResponseItem, openApiResponse, Skeleton, skeletonsFor, SkeletonTarget, StatusUse } from './skeletons';
import { block, list, map, SnippetValue, str } from '../common/snippetWriter';

type Context = CompletionContext<KeyCaret>;

export function keyItems(context: Context): CompletionItem[] {
  const slot = context.slot;
  switch (slot.kind) {
    case 'integration':
      return integrationKeys(context, slot);
    case 'field':
      return fieldMapKeys(context, slot);
    case 'response':
      return responseKeys(context, slot.place);
    case 'responseField':
      return slot.field === 'responseTemplates' ? contentTypeKeys(context, slot.place, 'response') : responseHeaderKeys(context, slot.place, slot.response);
    case 'operation':
      return operationKeys(context, slot);
    case 'pathItem':
      return pathItemKeys(context, slot);
    case 'methodProperties':
      return methodPropertiesKeys(context, slot.place);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The integration object

const FIELD_RANK: Partial<Record<string, number>> = { type: 0, uri: 1, httpMethod: 2, integrationSubtype: 3, credentials: 3, payloadFormatVersion: 3, connectionType: 4, connectionId: 4 };

function integrationKeys(context: Context, slot: Extract<Slot, { kind: 'integration' }>): CompletionItem[] {
  const { place } = slot;
  const existing = context.caret.existingKeys;
  if (existing.has('$ref')) return [];
  const type = place.view?.type.value;
  const items: CompletionItem[] = [];
  const typeKey = keyFor(place.dialect, 'type')!;
  const untouched = [...existing].every((k) => place.dialect === 'cfn-v2' && (k === 'ApiId' || k === 'Description'));
  if (!existing.has(typeKey) && untouched && !context.caret.hasColon) {
    for (const skeleton of skeletonsFor(target(context, place))) {
      items.push(
        context.keyItem({
          key: skeleton.body[0][0],
          label: skeleton.label,
          description: skeleton.type,
          kind: CompletionItemKind.Snippet,
          detail: `${skeleton.label} (${skeleton.type})`,
          documentation: skeletonDocs(context, skeleton),
          filterText: `${skeleton.body[0][0]} ${skeleton.label}`,
          properties: skeleton.body,
          additionalEdits: declareEdits(context, place, skeleton.statusCodes),
        }),
      );
    }
  }
  if (!existing.size && place.dialect === 'openapi' && place.api?.componentIntegrations.size && place.integration?.location !== 'openapi-component' && !context.caret.hasColon) {
    items.push(
      context.keyItem({
        key: '$ref',
        detail: 'A shared integration',
        documentation: docs(`Uses one of the integrations defined under \`components.x-amazon-apigateway-integrations\`: ${[...place.api.componentIntegrations.keys()].map((n) => `\`${n}\``).join(', ')}.`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integrations.html'),
        value: { kind: 'choice', values: [...place.api.componentIntegrations.keys()].map((n) => `#/components/x-amazon-apigateway-integrations/${n}`) },
      }),
    );
  }
  const fields = FIELDS.filter((f) => {
    const key = f.spelling[place.dialect];
    if (!key || existing.has(key)) return false;
    if (place.protocolCertain && !f.protocols.includes(place.protocol)) return false;
    if (type && f.effectiveFor && !f.effectiveFor.includes(type)) return false;
    return true;
  });
  fields.sort((a, b) => (FIELD_RANK[a.name] ?? 9) - (FIELD_RANK[b.name] ?? 9));
  for (const field of fields) items.push(context.keyItem(fieldSpec(context, place, field, type)));
  return items;
}

function fieldSpec(context: Context, place: Place, field: FieldInfo, type: IntegrationType | undefined): KeySpec {
  const key = field.spelling[place.dialect]!;
  const documentation = docs(field.summary, field.docUrl, fieldNoteFor(field.name, type, field.effectiveFor));
  const base = { key, documentation, detail: detailOf(place, field) };
  switch (field.name) {
    case 'type':
      return { ...base, value: { kind: 'choice', values: typeValues(context, place) } };
    case 'httpMethod': {
      const lambda = place.view?.callsLambda || type === 'AWS_PROXY' || type === 'AWS';
      const routeMethod = place.method && place.method !== 'ANY' && place.method !== '?' ? place.method : undefined;
      const first = lambda ? 'POST' : routeMethod ?? 'GET';
      const values = [first, ...field.enumValues!.filter((v) => v !== first && (v !== 'ANY' || type === 'HTTP_PROXY' || !type))];
      return { ...base, value: { kind: 'choice', values } };
    }
    case 'uri':
    case 'credentials':
    case 'connectionId':
    case 'integrationSubtype':
      return { ...base, value: { kind: 'cursor' }, suggestAfter: true };
    case 'timeoutInMillis':
      return { ...base, value: { kind: 'number', default: place.protocol === 'http' ? '30000' : '29000' } };
    case 'responses':
      return { ...base, value: { kind: place.dialect === 'cfn-method' ? 'list' : 'map' }, suggestAfter: true };
    default:
      break;
  }
  if (field.enumValues) {
    const values = field.name === 'payloadFormatVersion' ? (type === 'AWS_PROXY' && !place.view?.has('integrationSubtype') ? ['2.0', '1.0'] : ['1.0']) : field.enumValues;
    const cased = place.dialect === 'openapi' && context.facts.lowerCaseTypes && field.name !== 'payloadFormatVersion' ? values.map((v) => v.toLowerCase()) : values;
    return { ...base, value: { kind: 'choice', values: cased } };
  }
  switch (field.kind) {
    case 'stringMap':
    case 'object':
      return { ...base, value: { kind: 'map' }, suggestAfter: true };
    case 'stringArray':
      return { ...base, value: { kind: 'list' }, suggestAfter: true };
    case 'integer':
      return { ...base, value: { kind: 'number', default: '0' } };
    default:
      return { ...base, value: { kind: 'cursor' } };
  }
}

function detailOf(place: Place, field: FieldInfo): string {
  const where = place.dialect === 'openapi' ? 'x-amazon-apigateway-integration' : place.dialect === 'cfn-method' ? 'AWS::ApiGateway::Method Integration' : 'AWS::ApiGatewayV2::Integration';
  return `${where}.${field.spelling[place.dialect]}`;
}

/** Types the API accepts, spelled as the file spells them. */
export function typeValues(context: CompletionContext, place: Place): string[] {
  const allowed = place.protocolCertain ? TYPES_BY_PROTOCOL[place.protocol] : TYPES_BY_PROTOCOL.rest;
  const order: IntegrationType[] = ['AWS_PROXY', 'AWS', 'HTTP_PROXY', 'HTTP', 'MOCK'];
  const lower = place.dialect === 'openapi' && context.facts.lowerCaseTypes;
  return order.filter((t) => allowed.includes(t)).map((t) => (lower ? t.toLowerCase() : t));
}

export function target(context: CompletionContext, place: Place): SkeletonTarget {
  const operation = place.operation;
  const path = place.path ?? operation?.path;
  const method = place.method ?? operation?.method;
  return {
    dialect: place.dialect,
    protocol: place.protocolCertain ? place.protocol : place.dialect === 'cfn-v2' ? place.protocol : 'rest',
    facts: context.facts,
    route: path && method ? { path, method, pathParameters: operation?.parameters.path ?? [], responseCodes: operation?.responseCodes } : undefined,
  };
}

function declareEdits(context: CompletionContext, place: Place, uses: readonly StatusUse[]) {
  if (!uses.length) return undefined;
  return declareStatusEdits(
    { text: context.parsed.source, format: context.format, unit: context.facts.unit, dialect: place.dialect, operation: place.operation, openApiVersion: place.api?.version },
    uses,
  );
}

function skeletonDocs(context: CompletionContext, skeleton: Skeleton): string {
  const preview = context
    .writer()
    .properties(skeleton.body, '')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\\(.)/g, '$1');
  return `${skeleton.documentation}\n\n\`\`\`${context.format}\n${preview}\n\`\`\``;
}

// ---------------------------------------------------------------------------------------------------------------
// Where an integration may go

function operationKeys(context: Context, slot: Extract<Slot, { kind: 'operation' }>): CompletionItem[] {
  const existing = context.caret.existingKeys;
  if (existing.has(INTEGRATION_KEY) || context.caret.hasColon) return [];
  const place = slot.place;
  const skeletons = skeletonsFor(target(context, place));
  if (place.method === 'OPTIONS' && place.protocol !== 'http') skeletons.unshift(corsSkeleton(target(context, place), methodsOf(slot.api, place.path)));
  const items = skeletons.map((skeleton) =>
    context.keyItem({
      key: INTEGRATION_KEY,
      label: skeleton.label,
      description: skeleton.type,
      kind: CompletionItemKind.Snippet,
      detail: `x-amazon-apigateway-integration: ${skeleton.label} (${skeleton.type})`,
      documentation: skeletonDocs(context, skeleton),
      filterText: `${INTEGRATION_KEY} ${skeleton.label}`,
      value: { kind: 'value', value: map(...skeleton.body) },
      additionalEdits: declareEdits(context, place, skeleton.statusCodes),
    }),
  );
  items.push(
    context.keyItem({
      key: INTEGRATION_KEY,
      value: { kind: 'map' },
      suggestAfter: true,
      detail: 'API Gateway integration of this operation',
      documentation: docs('How API Gateway serves this operation: the backend it calls (Lambda, an AWS service, an HTTP endpoint, or a mock) and how requests and responses are mapped.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html'),
    }),
  );
  return items;
}

function methodsOf(api: { operations: readonly { path: string; method: string }[] }, path: string | undefined): string[] {
  return api.operations.filter((o) => o.path === path && o.method !== 'OPTIONS').map((o) => (o.method === 'ANY' ? 'GET,POST,PUT,PATCH,DELETE' : o.method));
}

function pathItemKeys(context: Context, slot: Extract<Slot, { kind: 'pathItem' }>): CompletionItem[] {
  const existing = context.caret.existingKeys;
  if (existing.has('options') || context.caret.hasColon) return [];
  if (slot.api.protocol === 'http' && slot.api.protocolCertain) return [];
  const api = slot.api;
  const place: Place = { dialect: 'openapi', protocol: 'rest', protocolCertain: api.protocolCertain, api, path: slot.path, method: 'OPTIONS' };
  const skeleton = corsSkeleton(target(context, place), methodsOf(api, slot.path));
  const operation = map(
    ['summary', str('CORS preflight')],
    ['responses', map(['200', openApiResponse({ code: '200', headers: [...CORS_HEADERS] }, api.version)])],
    [INTEGRATION_KEY, map(...skeleton.body)],
  );
  return [
    context.keyItem({
      key: 'options',
      label: 'options: CORS preflight (mock)',
      description: 'MOCK',
      kind: CompletionItemKind.Snippet,
      detail: 'An OPTIONS operation answering CORS preflight requests',
      documentation: docs(skeleton.documentation, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/enable-cors-for-resource-using-swagger-importer-tool.html'),
      filterText: 'options cors preflight',
      value: { kind: 'value', value: operation },
    }),
  ];
}

function methodPropertiesKeys(context: Context, place: Place): CompletionItem[] {
  const existing = context.caret.existingKeys;
  if (existing.has('Integration') || context.caret.hasColon) return [];
  const skeletons = skeletonsFor(target(context, place));
  const httpMethod = knownString(getValue(place.resource?.properties, 'HttpMethod'))?.toUpperCase();
  skeletons.push(corsSkeleton(target(context, place), ['GET']));
  if (httpMethod === 'OPTIONS') skeletons.unshift(skeletons.pop()!);
  return skeletons.map((skeleton) => {
    const addResponses = skeleton.statusCodes.length > 0 && !existing.has('MethodResponses');
    return context.keyItem({
      key: 'Integration',
      label: skeleton.label,
      description: skeleton.type,
      kind: CompletionItemKind.Snippet,
      detail: `Integration: ${skeleton.label} (${skeleton.type})`,
      documentation: skeletonDocs(context, skeleton),
      filterText: `Integration ${skeleton.label}`,
      value: { kind: 'value', value: map(...skeleton.body) },
      siblings: addResponses ? [['MethodResponses', list(...skeleton.statusCodes.map(methodResponseItem))]] : undefined,
      additionalEdits: addResponses ? undefined : declareEdits(context, place, skeleton.statusCodes),
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Maps under the integration

function fieldMapKeys(context: Context, slot: Extract<Slot, { kind: 'field' }>): CompletionItem[] {
  switch (slot.field) {
    case 'requestParameters':
      return requestParameterKeys(context, slot.place);
    case 'requestTemplates':
      return contentTypeKeys(context, slot.place, 'request');
    case 'responses':
      return slot.place.dialect === 'openapi' ? responsePatternKeys(context, slot.place) : [];
    case 'tlsConfig':
      return tlsKeys(context, slot.place);
    default:
      return [];
  }
}

/** `{name}` placeholders of the uri (REST path parameters to fill). */
export function uriParameters(place: Place): string[] {
  const value = evaluateString(place.view?.value('uri'));
  if (!value) return [];
  const text = value.segments.map((s) => ('text' in s ? s.text : '')).join('');
  return [...text.matchAll(/(?<!\$)\{([A-Za-z0-9._-]+)\+?\}/g)].map((m) => m[1]);
}

function requestParameterKeys(context: Context, place: Place): CompletionItem[] {
  const existing = context.caret.existingKeys;
  const subtype = place.view?.string('integrationSubtype');
  const items: CompletionItem[] = [];
  if (subtype) {
    const info = subtypeInfo(subtype);
    if (!info) return [];
    for (const name of [...info.required, ...info.optional]) {
      if (existing.has(name)) continue;
      const required = info.required.includes(name);
      items.push(
        context.keyItem({
          key: name,
          description: required ? 'required' : 'optional',
          detail: `${subtype} parameter`,
          documentation: docs(`A parameter of \`${subtype}\`${required ? ' (required)' : ''}. Values are static text or \`$request.*\`, \`$context.*\`, \`$stageVariables.*\` expressions.`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html'),
          value: name === 'MessageBody' || name === 'Detail' || name === 'Input' || name === 'Data' ? { kind: 'value', value: str('$request.body') } : { kind: 'cursor' },
        }),
      );
    }
    return items;
  }
  if (place.protocol === 'http' && place.protocolCertain) {
    const doc = docs('HTTP API parameter mapping: `{append|overwrite|remove}:{header|querystring}.{name}` or `overwrite:path`, with values from `$request.*`, `$context.*`, `$stageVariables.*` or static text.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html');
    if (!existing.has('overwrite:path')) items.push(context.keyItem({ key: 'overwrite:path', value: { kind: 'value', value: str('$request.path') }, documentation: doc }));
    for (const action of ['append', 'overwrite', 'remove']) {
      for (const where of ['header', 'querystring']) {
        const label = `${action}:${where}.`;
        const value = action === 'remove' ? "''" : `$request.${where}.name`;
        items.push(
          context.keyItem({
            key: label,
            label,
            documentation: doc,
            rawText: { yaml: `${label}\${1:name}: \${2:${escapeDollar(value)}}`, json: `"${label}\${1:name}": "\${2:${escapeDollar(value)}}"` },
          }),
        );
      }
    }
    return items;
  }
  const declared = place.operation?.parameters;
  const pathParameters = declared?.path ?? [];
  const seen = new Set<string>();
  const add = (where: 'path' | 'querystring' | 'header', name: string, source: string, why: string) => {
    const key = `integration.request.${where}.${name}`;
    if (existing.has(key) || seen.has(key)) return;
    seen.add(key);
    items.push(
      context.keyItem({
        key,
        description: why,
        detail: `${key} ← ${source}`,
        documentation: docs(`Sends \`${source}\` to the backend as the ${where === 'path' ? `\`{${name}}\` of the uri` : `${where} parameter \`${name}\``}.`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html'),
        value: { kind: 'value', value: str(source) },
      }),
    );
  };
  for (const name of uriParameters(place)) add('path', name, `method.request.path.${pathParameters.includes(name) ? name : pathParameters[0] ?? name}`, 'uri {param}');
  for (const name of pathParameters) add('path', name, `method.request.path.${name}`, 'route parameter');
  for (const name of declared?.querystring ?? []) add('querystring', name, `method.request.querystring.${name}`, 'declared query');
  for (const name of declared?.header ?? []) add('header', name, `method.request.header.${name}`, 'declared header');
  for (const where of ['header', 'querystring', 'path'] as const) {
    const label = `integration.request.${where}.`;
    items.push(
      context.keyItem({
        key: label,
        label,
        documentation: docs(`Maps a value to the integration request's ${where === 'path' ? 'uri `{name}`' : `${where} parameter`}: \`method.request.{path|querystring|header}.{name}\`, \`method.request.body[.JSONPath]\`, \`context.{var}\`, \`stageVariables.{name}\` or a static \`'value'\`.`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html'),
        rawText: { yaml: `${label}\${1:name}: \${2:method.request.${where}.name}`, json: `"${label}\${1:name}": "\${2:method.request.${where}.name}"` },
      }),
    );
  }
  return items;
}

function escapeDollar(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

function contentTypeKeys(context: Context, place: Place, stage: 'request' | 'response'): CompletionItem[] {
  const existing = context.caret.existingKeys;
  const type = place.view?.type.value;
  return TEMPLATE_CONTENT_TYPES.filter((c) => !existing.has(c.type) && (c.type !== '$default' || place.protocol === 'websocket')).map((c, i) =>
    context.keyItem({
      key: c.type,
      preselect: i === 0,
      detail: `${stage === 'request' ? 'Request' : 'Response'} template for ${c.type}`,
      documentation: docs(
        `${c.summary} ${stage === 'request' ? 'The template runs when the request\'s Content-Type is this type (see `passthroughBehavior` for the others).' : 'The template runs when the client accepts this type (the first one otherwise).'}`,
        'https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html',
      ),
      value: { kind: 'value', value: starterTemplate(place, type, stage) },
    }),
  );
}

function starterTemplate(place: Place, type: IntegrationType | undefined, stage: 'request' | 'response'): SnippetValue {
  if (type === 'MOCK') return stage === 'request' ? str('{"statusCode": 200}') : str('{"message": "mocked"}');
  if (stage === 'request' && type === 'AWS') {
    const uri = place.view?.uri;
    const action = uri?.kind === 'apigateway-arn' ? actionForUri(uri.service, uri.actionType, uri.rest, place.view?.string('httpMethod')) : undefined;
    if (action?.requestTemplate) return block(action.requestTemplate);
  }
  return block("$input.json('$')");
}

function responsePatternKeys(context: Context, place: Place): CompletionItem[] {
  const existing = context.caret.existingKeys;
  const declared = place.operation?.responseCodes ?? [];
  const mapped = new Set(place.view ? responseEntries(place.view).map((e) => knownString(e.statusCode?.value)) : []);
  const items: CompletionItem[] = [];
  const lambda = place.view?.callsLambda;
  const success = declared.find((c) => /^2\d\d$/.test(c)) ?? '200';
  const patternDoc = lambda
    ? 'For a Lambda integration the pattern is a Java regular expression matched against the function\'s `errorMessage`; `default` handles success.'
    : 'The pattern is a Java regular expression matched against the backend\'s status code; `default` handles everything else.';
  if (!existing.has('default')) {
    items.push(
      context.keyItem({
        key: 'default',
        description: success,
        detail: `default → ${success}`,
        documentation: docs(`The integration response used when no other pattern matches: maps to method response ${success}. ${patternDoc}`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html'),
        value: { kind: 'value', value: map(['statusCode', str(success)]) },
      }),
    );
  }
  for (const code of declared) {
    if (code === 'default' || mapped.has(code) || !/^[1-5]\d\d$/.test(code)) continue;
    if (code === success && !existing.has('default')) continue; // the default entry maps it
    const pattern = lambda ? `.*\\[${code}\\].*` : code;
    if (existing.has(pattern)) continue;
    items.push(
      context.keyItem({
        key: pattern,
        label: pattern,
        description: `→ ${code}`,
        detail: `${pattern} → ${code} ${describeStatus(code)}`,
        documentation: docs(`Maps ${lambda ? 'errors whose message contains `[' + code + ']`' : `backend status ${code}`} to the declared method response ${code}. ${patternDoc}`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html'),
        filterText: `${pattern} ${code}`,
        value: { kind: 'value', value: map(['statusCode', str(code)]) },
      }),
    );
  }
  return items;
}

function tlsKeys(context: Context, place: Place): CompletionItem[] {
  const existing = context.caret.existingKeys;
  const items: CompletionItem[] = [];
  const doc = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-extensions-integration-tls-config.html';
  if (place.protocol !== 'http' && !existing.has('insecureSkipVerification')) {
    items.push(context.keyItem({ key: 'insecureSkipVerification', value: { kind: 'choice', values: ['true', 'false'], quoteInJson: false }, documentation: docs('REST APIs: skip verifying that the backend\'s certificate is issued by a supported authority (self-signed backends). Not recommended in production.', doc) }));
  }
  if (place.protocol !== 'rest' || !place.protocolCertain) {
    if (!existing.has('serverNameToVerify')) items.push(context.keyItem({ key: 'serverNameToVerify', documentation: docs('HTTP API private integrations: the host name API Gateway verifies in the backend\'s certificate (SNI).', doc) }));
  }
  return items;
}

// ---------------------------------------------------------------------------------------------------------------
// Integration responses

function declaredCodes(place: Place): string[] {
  const codes = place.operation?.responseCodes ?? [];
  return codes.filter((c) => /^[1-5]\d\d$/.test(c));
}

function responseKeys(context: Context, place: Place): CompletionItem[] {
  if (place.dialect === 'cfn-v2') return [];
  const existing = context.caret.existingKeys;
  const fields = INTEGRATION_RESPONSE_FIELDS[place.dialect];
  const codes = declaredCodes(place);
  const doc = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-response.html';
  const summaries: Record<string, string> = {
    statusCode: 'The method response status this integration response maps to (it must be declared on the method).',
    SelectionPattern: 'A Java regular expression matched against the backend status code (or the Lambda `errorMessage`); absent = the default response.',
    responseParameters: 'Sets method response headers: `method.response.header.{name}: integration.response.header.{name}`, `integration.response.body.{JSONPath}` or a static `\'value\'`.',
    responseTemplates: 'Velocity templates that write the response body, keyed by content type.',
    contentHandling: 'Converts the response payload (`CONVERT_TO_BINARY`, `CONVERT_TO_TEXT`).',
  };
  return fields
    .filter((f) => !existing.has(f))
    .map((f) => {
      const canonical = f[0].toLowerCase() + f.slice(1);
      const summary = summaries[canonical] ?? summaries[f] ?? '';
      let spec: KeySpec = { key: f, documentation: docs(summary, doc) };
      if (canonical === 'statusCode') spec = { ...spec, value: codes.length ? { kind: 'choice', values: codes, quoteInJson: true } : { kind: 'value', value: str('200') } };
      else if (canonical === 'responseParameters' || canonical === 'responseTemplates') spec = { ...spec, value: { kind: 'map' }, suggestAfter: true };
      else if (canonical === 'contentHandling') spec = { ...spec, value: { kind: 'choice', values: ['CONVERT_TO_TEXT', 'CONVERT_TO_BINARY'] } };
      else if (f === 'SelectionPattern') spec = { ...spec, value: { kind: 'value', value: str({ stop: '4\\d{2}' }) } };
      return context.keyItem(spec);
    });
}

function responseHeaderKeys(context: Context, place: Place, response: ObjectNode | undefined): CompletionItem[] {
  if (place.protocol === 'http' && place.protocolCertain) return [];
  const existing = context.caret.existingKeys;
  const code = knownString(getValue(response, place.dialect === 'openapi' ? 'statusCode' : 'StatusCode'));
  const declared = code ? declaredHeaders(place, code) : [];
  const names = [...declared, ...CORS_HEADERS.filter((h) => !declared.includes(h)), ...(declared.includes('Content-Type') ? [] : ['Content-Type'])];
  const items: CompletionItem[] = [];
  for (const name of names) {
    const key = `method.response.header.${name}`;
    if (existing.has(key)) continue;
    const value = name === 'Access-Control-Allow-Origin' ? "'*'" : name === 'Access-Control-Allow-Methods' ? "'GET,OPTIONS'" : name === 'Access-Control-Allow-Headers' ? "'Content-Type,Authorization'" : `integration.response.header.${name}`;
    const isDeclared = declared.includes(name);
    items.push(
      context.keyItem({
        key,
        description: isDeclared ? `declared for ${code}` : undefined,
        documentation: docs(
          `Sets the \`${name}\` header of the ${code ?? ''} method response.${isDeclared || !code ? '' : ' The header is added to the method response declaration too (API Gateway rejects mappings of undeclared headers).'}`,
          'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html',
        ),
        value: { kind: 'value', value: str(value) },
        additionalEdits: !isDeclared && code ? declareEdits(context, place, [{ code, headers: [name] }]) : undefined,
      }),
    );
  }
  return items;
}

/** Headers the method declares for `code` (OpenAPI `responses.<code>.headers`, CloudFormation `MethodResponses[].ResponseParameters`). */
function declaredHeaders(place: Place, code: string): string[] {
  const operation = place.operation?.node;
  if (!operation) return [];
  if (place.dialect === 'openapi') {
    const headers = getValue(getValue(getValue(operation, 'responses'), code), 'headers');
    return isObject(headers) ? headers.properties.map((p) => p.key.value) : [];
  }
  const list = getValue(operation, 'MethodResponses');
  if (!isArray(list)) return [];
  const item = list.items.find((i) => knownString(getValue(i, 'StatusCode')) === code);
  const parameters = getValue(item, 'ResponseParameters');
  if (!isObject(parameters)) return [];
  return parameters.properties.map((p) => /^method\.response\.header\.(.+)$/.exec(p.key.value)?.[1]).filter((h): h is string => !!h);
}
