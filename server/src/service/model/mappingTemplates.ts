/**
 * Where a document's mapping templates are: request templates (OpenAPI `requestTemplates`, CloudFormation
 * `RequestTemplates` of a Method or a V2 Integration) and response templates (OpenAPI `responses.<pattern>.
 * responseTemplates`, CloudFormation `IntegrationResponses[].ResponseTemplates`, `AWS::ApiGatewayV2::
 * IntegrationResponse` `ResponseTemplates`). Each one is decoded through the template source map on demand.
 */
import { AstNode, getValue, isArray, isIntrinsic, isObject, isString, ObjectNode, StringNode, scalarText } from '../parse/ast';
import type { ParsedDocument } from './parsedDocument';
import type { ApiModel, Integration } from './types';
import { subParts, knownString } from './values';
import { decodeTemplate, EmbeddedTemplate } from '../sourceMap';
import type { SourceText } from '../text/sourceText';

export interface MappingTemplateLocation {
  readonly id: string;
  readonly stage: 'request' | 'response';
  readonly contentType: string;
  /** The integration whose object holds the template (for a `$ref`'d component: the component). */
  readonly integration: Integration | undefined;
  /** For V2 IntegrationResponse resources: the resource, and the integration it names. */
  readonly owner: string;
  readonly selectionPattern?: string;
  readonly statusCode?: string;
  /** For response templates: the integration response object that holds it. */
  readonly responseNode?: AstNode;
  readonly keyNode: StringNode;
  readonly valueNode: AstNode | undefined;
  /** The template string (the argument of `Fn::Sub` when it is one), or undefined when it cannot be read. */
  readonly stringNode: StringNode | undefined;
  readonly sub: boolean;
  readonly unrenderable?: string;
}

const TEMPLATE_KEYS = {
  openapi: { request: 'requestTemplates', responses: 'responses', response: 'responseTemplates', status: 'statusCode' },
  'cfn-method': { request: 'RequestTemplates', responses: 'IntegrationResponses', response: 'ResponseTemplates', status: 'StatusCode' },
  'cfn-v2': { request: 'RequestTemplates', responses: undefined, response: 'ResponseTemplates', status: undefined },
} as const;

const cache = new WeakMap<ApiModel, MappingTemplateLocation[]>();

/** Every mapping template of the document, in file order. Cached per parsed version. */
export function findMappingTemplates(parsed: Pick<ParsedDocument, 'model'>): MappingTemplateLocation[] {
  const cached = cache.get(parsed.model);
  if (cached) return cached;
  const found = collectTemplates(parsed.model);
  cache.set(parsed.model, found);
  return found;
}

/** The templates of the document, or (with `near`) only those of the integrations and resources around `near`. */
function collectTemplates(model: ApiModel, near?: number): MappingTemplateLocation[] {
  const around = (node: AstNode | undefined) => near === undefined || (!!node && near >= node.offset && near <= node.offset + node.length);
  const found: MappingTemplateLocation[] = [];
  for (const integration of model.integrations) {
    if (!integration.node || integration.readOnly || !around(integration.node)) continue;
    for (const location of templatesOf(integration, integration.node)) found.push(location);
  }
  for (const resource of model.cfnTemplate?.resources.values() ?? []) {
    if (resource.type !== 'AWS::ApiGatewayV2::IntegrationResponse' || !resource.properties || !around(resource.properties)) continue;
    const key = knownString(getValue(resource.properties, 'IntegrationResponseKey'));
    const integrationId = getValue(resource.properties, 'IntegrationId');
    const target = isIntrinsic(integrationId) && integrationId.name === 'Ref' ? scalarText(integrationId.argument) : undefined;
    const integration = target ? model.integrations.find((i) => i.location === 'cfn-v2' && i.resource?.logicalId === target) : undefined;
    const templates = getValue(resource.properties, 'ResponseTemplates');
    for (const entry of templateEntries(templates)) {
      found.push(location(entry, {
        id: `${resource.logicalId}::response::${key ?? '$default'}::${entry.key.value}`,
        stage: 'response',
        integration,
        owner: resource.logicalId,
        selectionPattern: key,
      }));
    }
  }
  found.sort((a, b) => a.keyNode.offset - b.keyNode.offset);
  return found;
}

/**
 * An integration's templates, kept while the integration object holds the same node: the model reuses the
 * integrations of unchanged path items between versions, and their nodes are untouched text (only moved).
 */
const byIntegration = new WeakMap<Integration, { node: ObjectNode; id: string; owner: string; templates: MappingTemplateLocation[] }>();

function templatesOf(integration: Integration, node: ObjectNode): MappingTemplateLocation[] {
  const kept = byIntegration.get(integration);
  const owner = ownerLabel(integration);
  if (kept && kept.node === node && kept.id === integration.id && kept.owner === owner) return kept.templates;
  const templates = integrationTemplates(integration, node);
  byIntegration.set(integration, { node, id: integration.id, owner, templates });
  return templates;
}

function integrationTemplates(integration: Integration, node: ObjectNode): MappingTemplateLocation[] {
  const keys = TEMPLATE_KEYS[integration.dialect];
  const owner = ownerLabel(integration);
  const out: MappingTemplateLocation[] = [];
  for (const entry of templateEntries(getValue(node, keys.request))) {
    out.push(location(entry, { id: `${integration.id}::request::${entry.key.value}`, stage: 'request', integration, owner }));
  }
  if (!keys.responses) return out;
  const responses = getValue(node, keys.responses);
  const each = (pattern: string, response: AstNode | undefined, index: number) => {
    const statusCode = scalarText(getValue(response, keys.status));
    for (const entry of templateEntries(getValue(response, keys.response))) {
      out.push(location(entry, {
        id: `${integration.id}::response::${integration.dialect === 'openapi' ? pattern : `${index}:${pattern}`}::${entry.key.value}`,
        stage: 'response',
        integration,
        owner,
        selectionPattern: pattern,
        statusCode,
        responseNode: response,
      }));
    }
  };
  if (integration.dialect === 'openapi' && isObject(responses)) {
    responses.properties.forEach((p, i) => each(p.key.value, p.value, i));
  } else if (integration.dialect === 'cfn-method' && isArray(responses)) {
    responses.items.forEach((item, i) => each(scalarText(getValue(item, 'SelectionPattern')) ?? 'default', item, i));
  }
  return out;
}

function templateEntries(templates: AstNode | undefined): { key: StringNode; value: AstNode | undefined }[] {
  if (!isObject(templates)) return [];
  return templates.properties.map((p) => ({ key: p.key, value: p.value }));
}

function location(
  entry: { key: StringNode; value: AstNode | undefined },
  rest: Pick<MappingTemplateLocation, 'id' | 'stage' | 'integration' | 'owner' | 'selectionPattern' | 'statusCode' | 'responseNode'>,
): MappingTemplateLocation {
  const { node, sub, unrenderable } = templateString(entry.value);
  // Written out: V8 builds `{ ...rest, more }` objects slowly (tens of µs each), and files have thousands.
  return {
    id: rest.id,
    stage: rest.stage,
    integration: rest.integration,
    owner: rest.owner,
    selectionPattern: rest.selectionPattern,
    statusCode: rest.statusCode,
    responseNode: rest.responseNode,
    contentType: entry.key.value,
    keyNode: entry.key,
    valueNode: entry.value,
    stringNode: node,
    sub,
    unrenderable,
  };
}

/** The template string: a scalar, or the string argument of `Fn::Sub`. Anything else is computed at deploy time. */
function templateString(value: AstNode | undefined): { node?: StringNode; sub: boolean; unrenderable?: string } {
  if (value === undefined || value.type === 'null') return { node: undefined, sub: false, unrenderable: 'the template is empty' };
  if (isString(value)) return { node: value, sub: false };
  if (isIntrinsic(value)) {
    if (value.name === 'Fn::Sub') {
      const { template } = subParts(value.argument);
      if (isString(template)) return { node: template, sub: true };
    }
    return { sub: false, unrenderable: `the template is computed at deploy time by ${value.name}` };
  }
  return { sub: false, unrenderable: 'the template is not a string' };
}

export function ownerLabel(integration: Integration): string {
  if (integration.location === 'openapi-component') return `component ${integration.keyNode.value}`;
  if (integration.method && integration.path && integration.path !== '?') return `${integration.method} ${integration.path}`;
  if (integration.resource) return integration.path ? `${integration.resource.logicalId} (${integration.path})` : integration.resource.logicalId;
  return integration.id;
}

/** The decoded template with its source map, or undefined when it cannot be read. */
export function decodeLocation(text: SourceText, loc: MappingTemplateLocation): EmbeddedTemplate | undefined {
  return loc.stringNode ? decodeTemplate(text, loc.stringNode, { sub: loc.sub }) : undefined;
}

/** Whether `offset` is inside a template's value (where VTL features answer and integration features stay out). */
export function isInMappingTemplate(parsed: Pick<ParsedDocument, 'model'>, offset: number): boolean {
  const value = mappingTemplateAt(parsed, offset)?.valueNode;
  return !!value && offset >= value.offset && offset <= value.offset + value.length;
}

/** The template whose content type key or value contains `offset`. */
export function mappingTemplateAt(parsed: Pick<ParsedDocument, 'model'>, offset: number): MappingTemplateLocation | undefined {
  // A keystroke's completion or hover needs the templates around the caret, not all of a large file's.
  const candidates = cache.get(parsed.model) ?? collectTemplates(parsed.model, offset);
  return candidates.find((t) => {
    const end = t.valueNode ? t.valueNode.offset + t.valueNode.length : t.keyNode.offset + t.keyNode.length;
    return offset >= t.keyNode.offset && offset <= end;
  });
}

