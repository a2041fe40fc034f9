/**
 * The renderer's `IntegrationSpec` from the model's `Integration`: type, uri, passthroughBehavior, parameter
 * mappings, and the templates decoded through the source map (`Fn::Sub` substitutions stay as written: only
 * CloudFormation knows their values). The spec remembers where each template came from, so errors the engine
 * reports in template coordinates can be mapped back to the file.
 */
import type { IntegrationResponseSpec, IntegrationSpec } from '../../render';
import { AstNode, getValue, isObject, scalarText } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';
import type { Integration, IntegrationType } from '../../model/types';
import { viewOf } from '../../model/integrationView';
import { evaluateString, holeSource } from '../../model/values';
import type { EmbeddedTemplate } from '../../sourceMap';
import { decodeLocation, findMappingTemplates, MappingTemplateLocation } from '../../model/mappingTemplates';

export interface SpecTemplate {
  readonly location: MappingTemplateLocation;
  readonly decoded: EmbeddedTemplate;
}

export interface BuiltSpec {
  readonly spec: IntegrationSpec;
  /** The integration whose object was read (a `$ref`'d component, or the integration itself). */
  readonly source: Integration;
  /** Request templates by content type key. */
  readonly requestTemplates: ReadonlyMap<string, SpecTemplate>;
  /** Per entry of `spec.responses` (same order): response templates by content type key. */
  readonly responseTemplates: readonly ReadonlyMap<string, SpecTemplate>[];
  /** What the spec could not take from the file as written (computed values, skipped mappings). */
  readonly notes: string[];
}

export type SpecOutcome = { ok: true; built: BuiltSpec } | { ok: false; reason: string };

const TYPES: readonly IntegrationType[] = ['AWS', 'AWS_PROXY', 'HTTP', 'HTTP_PROXY', 'MOCK'];

export function buildIntegrationSpec(parsed: ParsedDocument, integration: Integration): SpecOutcome {
  if (integration.readOnly) {
    // A SAM function event: an implicit Lambda proxy integration.
    const type = integration.implicit?.type ?? 'AWS_PROXY';
    const version = integration.implicit?.payloadFormatVersion ?? (integration.protocol === 'http' ? '2.0' : '1.0');
    return {
      ok: true,
      built: {
        spec: { type, isLambda: true, payloadFormatVersion: version === '2.0' ? '2.0' : '1.0' },
        source: integration,
        requestTemplates: new Map(),
        responseTemplates: [],
        notes: [`SAM creates a Lambda proxy integration for the ${integration.keyNode.value} event of ${integration.implicit?.functionLogicalId ?? 'the function'}`],
      },
    };
  }
  const source = integration.ref?.target ?? integration;
  if (integration.ref && !integration.ref.target) return { ok: false, reason: `the integration $ref '${integration.ref.node.value}' does not resolve` };
  const view = viewOf(source, parsed.model.cfnTemplate);
  if (!view) return { ok: false, reason: 'the integration has no object to read' };
  const notes: string[] = [];
  const typeInfo = view.type;
  if (!typeInfo.value) {
    if (typeInfo.computed) return { ok: false, reason: 'the integration type is computed at deploy time' };
    if (typeInfo.raw === undefined) return { ok: false, reason: 'the integration has no type' };
    return { ok: false, reason: `'${typeInfo.raw}' is not an integration type (${TYPES.join(', ')})` };
  }
  const text = parsed.text;
  const templates = findMappingTemplates(parsed).filter((t) => t.integration === source);
  const requestTemplates = new Map<string, SpecTemplate>();
  const requestTexts: Record<string, string> = {};
  for (const location of templates) {
    if (location.stage !== 'request') continue;
    const decoded = decodeLocation(text, location);
    if (!decoded) {
      notes.push(`request template '${location.contentType}' left out: ${location.unrenderable ?? 'it cannot be read'}`);
      continue;
    }
    requestTemplates.set(location.contentType, { location, decoded });
    requestTexts[location.contentType] = decoded.text;
  }

  const responses: IntegrationResponseSpec[] = [];
  const responseTemplates: Map<string, SpecTemplate>[] = [];
  for (const { pattern, node, index } of integrationResponses(source, view.value('responses'))) {
    const statusCode = scalarText(getValue(node, source.dialect === 'openapi' ? 'statusCode' : 'StatusCode'));
    const byType = new Map<string, SpecTemplate>();
    const texts: Record<string, string> = {};
    for (const location of templates) {
      if (location.stage !== 'response' || location.responseNode !== node) continue;
      const decoded = decodeLocation(text, location);
      if (!decoded) {
        notes.push(`response template '${location.contentType}' of '${pattern}' left out: ${location.unrenderable ?? 'it cannot be read'}`);
        continue;
      }
      byType.set(location.contentType, { location, decoded });
      texts[location.contentType] = decoded.text;
    }
    const response: IntegrationResponseSpec = { selectionPattern: pattern, statusCode: statusCode ?? '200' };
    if (statusCode === undefined) notes.push(`integration response '${pattern}' (#${index + 1}) has no status code; assuming 200`);
    if (Object.keys(texts).length) response.responseTemplates = texts;
    const parameters = stringMap(getValue(node, source.dialect === 'openapi' ? 'responseParameters' : 'ResponseParameters'), notes, 'responseParameters');
    if (parameters) response.responseParameters = parameters;
    const handling = scalarText(getValue(node, source.dialect === 'openapi' ? 'contentHandling' : 'ContentHandling'));
    if (handling) response.contentHandling = handling;
    responses.push(response);
    responseTemplates.push(byType);
  }

  const spec: IntegrationSpec = { type: typeInfo.value };
  const uri = displayString(view.value('uri'));
  if (uri !== undefined) spec.uri = uri;
  const httpMethod = view.string('httpMethod');
  if (httpMethod) spec.httpMethod = httpMethod;
  const passthrough = view.string('passthroughBehavior');
  if (passthrough) spec.passthroughBehavior = passthrough;
  if (requestTemplates.size) spec.requestTemplates = requestTexts;
  if (source.dialect !== 'cfn-v2' || source.protocol !== 'http') {
    const parameters = stringMap(view.value('requestParameters'), notes, 'requestParameters');
    if (parameters) spec.requestParameters = parameters;
  }
  if (responses.length) spec.responses = responses;
  spec.isLambda = view.callsLambda;
  const version = view.string('payloadFormatVersion');
  spec.payloadFormatVersion = version === '2.0' || (version === undefined && source.protocol === 'http') ? '2.0' : '1.0';
  const handling = view.string('contentHandling');
  if (handling) spec.contentHandling = handling;
  if (uri?.includes('${')) notes.push('the uri has values CloudFormation fills at deploy time; they are shown as ${...}');
  return { ok: true, built: { spec, source, requestTemplates, responseTemplates, notes } };
}

/** OpenAPI `responses` (selection pattern → response) or CloudFormation `IntegrationResponses` (a list). */
function integrationResponses(integration: Integration, responses: AstNode | undefined): { pattern: string; node: AstNode; index: number }[] {
  if (integration.dialect === 'openapi') {
    if (!isObject(responses)) return [];
    return responses.properties.flatMap((p, index) => (p.value ? [{ pattern: p.key.value, node: p.value, index }] : []));
  }
  if (responses?.type !== 'array') return [];
  return responses.items.map((node, index) => ({ pattern: scalarText(getValue(node, 'SelectionPattern')) || 'default', node, index }));
}

/** A map of literal strings; computed values are written as `${...}` and noted. */
function stringMap(node: AstNode | undefined, notes: string[], what: string): Record<string, string> | undefined {
  if (!isObject(node)) return undefined;
  const out: Record<string, string> = {};
  for (const p of node.properties) {
    const value = displayString(p.value);
    if (value === undefined) {
      notes.push(`${what}: '${p.key.value}' is not a string; left out`);
      continue;
    }
    if (value.includes('${') && /\$\{(?!stageVariables\.)/.test(value)) notes.push(`${what}: '${p.key.value}' is computed at deploy time`);
    out[p.key.value] = value;
  }
  return Object.keys(out).length ? out : undefined;
}

/** A string value as far as it is known, each deploy-time hole written the way `Fn::Sub` would name it. */
export function displayString(node: AstNode | undefined): string | undefined {
  const partial = evaluateString(node);
  if (!partial) return undefined;
  return partial.segments.map((s) => ('text' in s ? s.text : holeSource(s.hole))).join('');
}

