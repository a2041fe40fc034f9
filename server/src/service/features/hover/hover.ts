/**
 * Hover on integration keys and values: what a field does and how it behaves for this integration's type, what
 * each enum value means, the parsed `uri`, mapping expressions and status codes, each with a link to the AWS
 * documentation. Inside a mapping template this returns nothing: VTL hover answers there.
 */
import { Hover, MarkupKind, Position } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { actionForUri } from '../../knowledge/awsServiceActions';
import { FieldInfo, fieldForKey } from '../../knowledge/integrationFields';
import { subtypeInfo } from '../../knowledge/integrationSubtypes';
import { fieldNoteFor, TEMPLATE_CONTENT_TYPES, TYPE_DOCS, VALUE_DOCS } from '../../knowledge/integrationValueDocs';
import { viewOf } from '../../model/integrationView';
import { INTEGRATION_KEY } from '../../model/openapi';
import type { Integration, IntegrationType } from '../../model/types';
import { knownString } from '../../model/values';
import { AstNode, findNodeAtOffset, isObject, ObjectNode, pathOf, PropertyNode, scalarText } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import { docs } from '../common/docs';
import { Place, Slot, slotFor } from '../common/places';
import { describeStatus } from '../completion/skeletons';
import { isInMappingTemplate } from '../../model/mappingTemplates';
import { explainUri } from './uriExplain';

const MAPPING_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/request-response-data-mappings.html';
const RESPONSES_DOC = 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration-responses.html';

export function doHover(document: TextDocument, parsed: ParsedDocument, position: Position): Hover | null {
  if (!parsed.isApiGateway) return null;
  const offset = document.offsetAt(position);
  if (isInMappingTemplate(parsed, offset)) return null;
  const node = nodeAt(parsed, offset);
  if (!node) return null;
  const { property, isKey } = propertyOf(node);
  if (!property || !isObject(property.parent)) return null;
  const slot = slotOf(parsed, property.parent);
  if (!slot) return null;
  const text = isKey ? keyHover(parsed, slot, property) : valueHover(parsed, slot, property);
  if (!text) return null;
  const target = isKey ? property.key : property.value ?? property.key;
  return {
    contents: { kind: MarkupKind.Markdown, value: text },
    range: { start: document.positionAt(target.offset), end: document.positionAt(target.offset + target.length) },
  };
}

function nodeAt(parsed: ParsedDocument, offset: number): AstNode | undefined {
  for (const root of parsed.tree.roots) {
    const node = findNodeAtOffset(root, offset);
    if (node) return node;
  }
  return undefined;
}

/** The property whose key is `node`, or whose value contains it (through intrinsics and Sub argument lists). */
function propertyOf(node: AstNode): { property: PropertyNode | undefined; isKey: boolean } {
  let current: AstNode = node;
  for (let depth = 0; depth < 4; depth++) {
    const parent: AstNode | PropertyNode | undefined = current.parent;
    if (parent?.type === 'property') return { property: parent, isKey: parent.key === current };
    if (!parent || (parent.type !== 'intrinsic' && parent.type !== 'array')) break;
    current = parent;
  }
  return { property: undefined, isKey: false };
}

function slotOf(parsed: ParsedDocument, object: ObjectNode): Slot | undefined {
  return slotFor(parsed.model, { object, path: pathOf(object), anchor: object });
}

// ---------------------------------------------------------------------------------------------------------------
// Keys

function keyHover(parsed: ParsedDocument, slot: Slot, property: PropertyNode): string | undefined {
  const key = property.key.value;
  switch (slot.kind) {
    case 'integration': {
      const field = fieldForKey(slot.place.dialect, key);
      return field ? fieldHover(slot.place, field) : undefined;
    }
    case 'operation':
      return key === INTEGRATION_KEY ? integrationHover(parsed, slot.place.operation?.integration) : undefined;
    case 'methodProperties':
      return key === 'Integration' ? integrationHover(parsed, slot.place.integration) : undefined;
    case 'field':
      return fieldEntryKeyHover(slot, property);
    case 'response':
      return responseKeyHover(slot.place, key);
    case 'responseField':
      if (slot.field === 'responseTemplates') return contentTypeHover(key, 'response');
      return /^method\.response\.header\./.test(key) ? docs(`Sets the method response header \`${key.slice('method.response.header.'.length)}\` (it must be declared on the method response).`, MAPPING_DOC) : undefined;
    default:
      return undefined;
  }
}

function fieldHover(place: Place, field: FieldInfo): string {
  const type = place.view?.type.value;
  const spellings = (['openapi', 'cfn-method', 'cfn-v2'] as const)
    .filter((d) => field.spelling[d] && d !== place.dialect)
    .map((d) => `\`${field.spelling[d]}\` (${d === 'openapi' ? 'OpenAPI' : d === 'cfn-method' ? 'AWS::ApiGateway::Method' : 'AWS::ApiGatewayV2::Integration'})`);
  const header = `**${field.spelling[place.dialect]}**${field.enumValues ? ` — ${field.enumValues.map((v) => `\`${v}\``).join(' · ')}` : ''}`;
  const protocolNote = place.protocolCertain && !field.protocols.includes(place.protocol) ? `Does nothing on ${place.protocol === 'http' ? 'an HTTP API' : place.protocol === 'websocket' ? 'a WebSocket API' : 'a REST API'}.` : undefined;
  return docs(
    `${header}\n\n${field.summary}`,
    field.docUrl,
    [protocolNote ?? fieldNoteFor(field.name, type, field.effectiveFor), spellings.length ? `Also spelled ${spellings.join(', ')}.` : undefined].filter(Boolean).join('\n\n'),
  );
}

function integrationHover(parsed: ParsedDocument, integration: Integration | undefined): string | undefined {
  if (!integration) return docs('**API Gateway integration**: the backend this method calls and how requests and responses are mapped.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-swagger-extensions-integration.html');
  const view = viewOf(integration.ref?.target ?? integration, parsed.model.cfnTemplate);
  const type = view?.type.value;
  const route = integration.method && integration.path ? `\`${integration.method} ${integration.path}\` ` : '';
  if (!type) return `**API Gateway integration** ${route}`.trim();
  const doc = TYPE_DOCS[type];
  return docs(`**${type} integration** ${route}\n\n${doc.summary}`, doc.docUrl);
}

function fieldEntryKeyHover(slot: Extract<Slot, { kind: 'field' }>, property: PropertyNode): string | undefined {
  const key = property.key.value;
  switch (slot.field) {
    case 'requestParameters': {
      const subtype = slot.place.view?.string('integrationSubtype');
      const info = subtype ? subtypeInfo(subtype) : undefined;
      if (info) return docs(`**${key}**: a parameter of \`${subtype}\`${info.required.includes(key) ? ' (required)' : info.optional.includes(key) ? ' (optional)' : ' — not one it takes'}.`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-develop-integrations-aws-services-reference.html');
      const rest = /^integration\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/.exec(key);
      if (rest) {
        const where = rest[1] === 'path' ? `the uri's \`{${rest[2]}}\`` : `the integration request's ${rest[1].replace('multivalue', 'multi-value ')} \`${rest[2]}\``;
        return docs(`Sets ${where} from \`${scalarText(property.value) ?? '…'}\`.`, MAPPING_DOC);
      }
      const http = /^(append|overwrite|remove):(header|querystring)\.(.+)$/.exec(key);
      if (http) return docs(`HTTP API mapping: ${http[1]}s the ${http[2]} \`${http[3]}\` of the request sent to the backend.`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html');
      if (key === 'overwrite:path') return docs('HTTP API mapping: replaces the request path sent to the backend.', 'https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-parameter-mapping.html');
      return undefined;
    }
    case 'requestTemplates':
      return contentTypeHover(key, 'request');
    case 'responses':
      return selectionPatternHover(slot.place, key);
    default:
      return undefined;
  }
}

function contentTypeHover(key: string, stage: 'request' | 'response'): string {
  const known = TEMPLATE_CONTENT_TYPES.find((c) => c.type === key);
  const when = stage === 'request' ? `Runs for requests whose Content-Type is \`${key}\`; what happens to other types depends on \`passthroughBehavior\`.` : `Writes the response body when the client accepts \`${key}\` (the first template otherwise).`;
  return docs(`**${stage === 'request' ? 'Request' : 'Response'} template for \`${key}\`**${known ? ` — ${known.summary}` : ''}\n\n${when}`, 'https://docs.aws.amazon.com/apigateway/latest/developerguide/models-mappings.html');
}

function selectionPatternHover(place: Place, pattern: string): string {
  if (pattern === 'default') return docs('**default**: the integration response used when no selection pattern matches (for Lambda: every successful invocation).', RESPONSES_DOC);
  const lambda = place.view?.callsLambda;
  return docs(
    `**Selection pattern** \`${pattern}\`\n\nA Java regular expression matched against the whole ${lambda ? "Lambda `errorMessage` of a failed invocation" : 'backend status code'}; the first match chooses this response.`,
    RESPONSES_DOC,
  );
}

function responseKeyHover(place: Place, key: string): string | undefined {
  const texts: Record<string, string> = {
    statusCode: 'The method response status this integration response becomes. The method must declare it.',
    selectionpattern: 'A Java regular expression matched against the backend status code (or the Lambda `errorMessage`); absent means the default response.',
    responseparameters: 'Method response headers: `method.response.header.{name}` from `integration.response.header.{name}`, `integration.response.body.{JSONPath}` or a static `\'value\'`.',
    responsetemplates: 'Velocity templates that write the response body, keyed by content type.',
    contenthandling: 'Converts the response payload: `CONVERT_TO_BINARY` or `CONVERT_TO_TEXT`.',
  };
  const text = texts[key] ?? texts[key.toLowerCase()];
  return text ? docs(`**${key}**\n\n${text}`, place.dialect === 'openapi' ? RESPONSES_DOC : 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-apigateway-method-integrationresponse.html') : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Values

function valueHover(parsed: ParsedDocument, slot: Slot, property: PropertyNode): string | undefined {
  const key = property.key.value;
  switch (slot.kind) {
    case 'integration': {
      if (key === '$ref') {
        const target = slot.place.integration?.ref?.target;
        return target ? `${integrationHover(parsed, target)}\n\nShared integration \`${target.keyNode.value}\` (components.x-amazon-apigateway-integrations).` : undefined;
      }
      const field = fieldForKey(slot.place.dialect, key);
      return field ? fieldValueHover(parsed, slot.place, field, property) : undefined;
    }
    case 'field':
      return slot.field === 'requestParameters' ? mappingValueHover(scalarText(property.value)) : undefined;
    case 'response':
      if (key === 'statusCode' || key === 'StatusCode') return statusHover(slot.place, knownString(property.value));
      if (key === 'SelectionPattern') return selectionPatternHover(slot.place, knownString(property.value) ?? '');
      return undefined;
    case 'responseField':
      return slot.field === 'responseParameters' ? mappingValueHover(scalarText(property.value)) : undefined;
    default:
      return undefined;
  }
}

function fieldValueHover(parsed: ParsedDocument, place: Place, field: FieldInfo, property: PropertyNode): string | undefined {
  const value = knownString(property.value);
  switch (field.name) {
    case 'type': {
      const type = value?.toUpperCase() as IntegrationType | undefined;
      const doc = type ? TYPE_DOCS[type] : undefined;
      return doc ? docs(`**${type}**\n\n${doc.summary}`, doc.docUrl) : undefined;
    }
    case 'uri':
      return explainUri(property.value, parsed.model.cfnTemplate, place.protocol, place.view?.string('httpMethod'));
    case 'integrationSubtype': {
      const info = value ? subtypeInfo(value) : undefined;
      return info
        ? docs(`**${info.name}**\n\nRequires ${info.required.map((r) => `\`${r}\``).join(', ')} in requestParameters; optional: ${info.optional.map((o) => `\`${o}\``).join(', ')}. The role in \`credentials\` must allow \`${info.action}\`.`, field.docUrl)
        : undefined;
    }
    case 'credentials': {
      if (value === undefined) return fieldHover(place, field);
      if (/:user\/\*$/.test(value)) return docs("**The caller's identity**: API Gateway calls the backend with the caller's own IAM credentials (methods with AWS_IAM authorization).", field.docUrl);
      return docs(`**IAM role** \`${value}\`\n\nAPI Gateway assumes it to call the backend: it must trust apigateway.amazonaws.com and allow the backend action.`, field.docUrl);
    }
    case 'httpMethod': {
      const doc = value ? VALUE_DOCS.httpMethod?.[value.toUpperCase()] : undefined;
      const uri = place.view?.uri;
      const action = uri?.kind === 'apigateway-arn' ? actionForUri(uri.service, uri.actionType, uri.rest, value) : undefined;
      const extra = place.view?.callsLambda ? 'This integration calls Lambda: it must be `POST`.' : action ? `${action.label} is called with \`${action.httpMethod}\`.` : undefined;
      return doc ? docs(`**${value?.toUpperCase()}**: the method API Gateway uses to call the backend.\n\n${doc.summary}`, doc.docUrl, extra) : undefined;
    }
    default: {
      const doc = value !== undefined ? VALUE_DOCS[field.name]?.[field.name === 'payloadFormatVersion' ? normalizeVersion(property.value) : value.toUpperCase()] : undefined;
      if (doc) return docs(`**${value}** (${field.spelling[place.dialect]})\n\n${doc.summary}`, doc.docUrl);
      return fieldHover(place, field);
    }
  }
}

function normalizeVersion(node: AstNode | undefined): string {
  if (node?.type === 'number') return node.value === 1 ? '1.0' : node.value === 2 ? '2.0' : String(node.value);
  return scalarText(node) ?? '';
}

function mappingValueHover(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const explain: [RegExp, (m: RegExpExecArray) => string][] = [
    [/^method\.request\.(path|querystring|header|multivaluequerystring|multivalueheader)\.(.+)$/, (m) => `The ${m[1].replace('multivalue', 'multi-value ')} parameter \`${m[2]}\` of the client's request.`],
    [/^method\.request\.body$/, () => "The client's whole request body."],
    [/^method\.request\.body\.(.+)$/, (m) => `The field \`${m[1]}\` of the client's JSON body (JSONPath \`$.${m[1]}\`).`],
    [/^integration\.response\.(header|multivalueheader)\.(.+)$/, (m) => `The backend response's header \`${m[2]}\`.`],
    [/^integration\.response\.body$/, () => "The backend's whole response body."],
    [/^integration\.response\.body\.(.+)$/, (m) => `The field \`${m[1]}\` of the backend's JSON response.`],
    [/^context\.(.+)$/, (m) => `The \`$context.${m[1]}\` variable of the request.`],
    [/^stageVariables\.(.+)$/, (m) => `The stage variable \`${m[1]}\`.`],
    [/^'(.*)'$/, (m) => `The static value \`${m[1]}\`.`],
    [/^\$request\.(header|querystring|path|body)\.?(.*)$/, (m) => `HTTP API: the request's ${m[1]}${m[2] ? ` \`${m[2]}\`` : ''}.`],
    [/^\$context\.(.+)$/, (m) => `HTTP API: the \`$context.${m[1]}\` variable.`],
    [/^\$stageVariables\.(.+)$/, (m) => `HTTP API: the stage variable \`${m[1]}\`.`],
  ];
  for (const [pattern, describe] of explain) {
    const match = pattern.exec(text);
    if (match) return docs(`**\`${text}\`**\n\n${describe(match)}`, MAPPING_DOC);
  }
  return undefined;
}

function statusHover(place: Place, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const declared = place.operation?.responseCodes;
  const state = !declared ? '' : declared.includes(code) ? ' The method declares it.' : declared.includes('default') ? ' The method\'s `default` response covers it.' : ` **The method does not declare it** (it declares ${declared.length ? declared.join(', ') : 'none'}).`;
  return docs(`**${code} ${describeStatus(code)}**: the status of the method response.${state}`, RESPONSES_DOC);
}
