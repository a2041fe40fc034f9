/**
 * Integrations as symbols: one summary per integration (`GET /pets → AWS_PROXY ListPetsFunction`), the document
 * outline grouped by API, and the small serialisable summaries the workspace index keeps per file.
 */
import { DocumentSymbol, Range, SymbolKind } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { viewOf } from '../../model/integrationView';
import type { ParsedUri } from '../../model/integrationUri';
import type { ApiModel, Integration } from '../../model/types';
import type { IntegrationSummary } from '../../../../../shared/integrations';
import { evaluateString, knownString, PartialString } from '../../model/values';
import { getValue, isIntrinsic, isObject, PropertyNode, scalarText, stringValue } from '../../parse/ast';
import type { ParsedDocument } from '../../model/parsedDocument';


export function summarizeIntegrations(document: TextDocument, parsed: ParsedDocument): IntegrationSummary[] {
  if (!parsed.isApiGateway) return [];
  const model = parsed.model;
  const summaries: IntegrationSummary[] = [];
  for (const integration of model.integrations) {
    const property = integration.keyNode.parent as PropertyNode | undefined;
    const whole = property ?? integration.keyNode;
    const { type, target } = describe(model, integration);
    const route = routeOf(integration);
    const label = `${route} → ${[type ?? '?', target].filter(Boolean).join(' ')}`;
    summaries.push({
      id: integration.id,
      label,
      api: apiName(model, integration),
      method: integration.method,
      path: integration.path,
      type,
      target,
      location: integration.location,
      readOnly: integration.readOnly,
      range: { start: document.positionAt(whole.offset), end: document.positionAt(whole.offset + whole.length) },
      selectionRange: { start: document.positionAt(integration.keyNode.offset), end: document.positionAt(integration.keyNode.offset + integration.keyNode.length) },
    });
  }
  return summaries;
}

/** The outline: integrations grouped by API (flat when the file has one API). */
export function findDocumentSymbols(document: TextDocument, parsed: ParsedDocument): DocumentSymbol[] {
  const summaries = summarizeIntegrations(document, parsed);
  const symbol = (s: IntegrationSummary): DocumentSymbol => ({
    name: shown(s.label, '(integration)'),
    detail: s.readOnly ? 'SAM event' : s.location === 'openapi-component' ? 'component' : undefined,
    kind: s.location === 'openapi-component' ? SymbolKind.Interface : s.readOnly ? SymbolKind.Event : SymbolKind.Method,
    range: s.range,
    selectionRange: s.selectionRange,
  });
  const groups = new Map<string, IntegrationSummary[]>();
  for (const s of summaries) {
    const members = groups.get(s.api);
    if (members) members.push(s);
    else groups.set(s.api, [s]);
  }
  if (groups.size <= 1) return summaries.map(symbol);
  return [...groups].map(([api, members]) => ({
    name: shown(api, '(unnamed API)'),
    detail: `${members.length} integration${members.length === 1 ? '' : 's'}`,
    kind: SymbolKind.Module,
    range: cover(members.map((m) => m.range)),
    selectionRange: members[0].selectionRange,
    children: members.map(symbol),
  }));
}

/** VS Code rejects a symbol whose name is empty (a damaged file can have an empty key): say what it is instead. */
function shown(name: string, fallback: string): string {
  return name.trim() ? name : fallback;
}

function cover(ranges: Range[]): Range {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  let { start, end } = ranges[0];
  for (const r of ranges) {
    if (before(r.start, start)) start = r.start;
    if (before(end, r.end)) end = r.end;
  }
  return { start, end };
}

function routeOf(integration: Integration): string {
  if (integration.location === 'openapi-component') return `#${integration.keyNode.value}`;
  const path = integration.path && integration.path !== '?' ? integration.path : undefined;
  if (integration.method && !path && integration.resource) return `${integration.method} ${integration.resource.logicalId}`;
  if (integration.method || path) return `${integration.method ?? 'ANY'} ${path ?? '?'}`;
  return integration.resource?.logicalId ?? integration.id;
}

/** The integration's type and what it calls, for labels. */
function describe(model: ApiModel, integration: Integration): { type?: string; target?: string } {
  if (integration.implicit) return { type: integration.implicit.type, target: integration.implicit.functionLogicalId };
  const source = integration.ref?.target ?? integration;
  const view = viewOf(source, model.cfnTemplate);
  if (!view) return {};
  const type = view.type.value ?? view.type.raw;
  const subtype = view.string('integrationSubtype');
  const target = subtype ?? targetOf(view.uri, evaluateString(view.value('uri')));
  const suffix = integration.ref ? `(${integration.ref.node.value.split('/').pop()})` : undefined;
  return { type, target: [target, suffix].filter(Boolean).join(' ') || undefined };
}

function targetOf(uri: ParsedUri | undefined, value: PartialString | undefined): string | undefined {
  if (!uri) return undefined;
  const clean = (text: string) => text.replace(/\u0000/g, '…');
  switch (uri.kind) {
    case 'computed':
      if (uri.hole.kind === 'getatt' || uri.hole.kind === 'ref') return uri.hole.kind === 'getatt' ? uri.hole.resource : uri.hole.name;
      return uri.hole.kind === 'stageVariable' ? `\${stageVariables.${uri.hole.name}}` : undefined;
    case 'apigateway-arn': {
      if (uri.lambda) {
        const hole = functionHole(value);
        if (hole) return hole;
        const name = /:function:([^:/]+)/.exec(uri.lambda.functionArn)?.[1];
        return name ? clean(name) : 'Lambda';
      }
      // Read the action/path from the text with its holes written out (`${PhotosBucket}/{key}`).
      const shown = /^arn:[^:]*:apigateway:(?:\$\{[^}]*\}|[^:]*):([^:]+):(action|path)\/(.*)$/.exec(display(value));
      const rest = shown ? shown[3] : clean(uri.rest);
      if (uri.actionType === 'action') return `${clean(uri.service)} ${rest.split(/[&?]/)[0]}`;
      return `${clean(uri.service)} ${rest}`;
    }
    case 'lambda-function-arn':
      return clean(uri.functionName);
    case 'arn':
      return `${clean(uri.service)} ${clean(uri.resource.split(':').pop() ?? '')}`.trim();
    case 'url':
      return clean(`${uri.host}${uri.path}`);
    case 'other':
      return clean(uri.text);
  }
}

/** The value's text with each deploy-time hole written as `${Name}`. */
function display(value: PartialString | undefined): string {
  return (value?.segments ?? [])
    .map((s) => {
      if ('text' in s) return s.text;
      const hole = s.hole;
      if (hole.kind === 'ref') return `\${${hole.name}}`;
      if (hole.kind === 'getatt') return `\${${hole.resource}.${hole.attribute}}`;
      if (hole.kind === 'stageVariable') return `\${stageVariables.${hole.name}}`;
      return '…';
    })
    .join('');
}

/** `${MyFunction.Arn}` (or `${MyAlias}`) right after `functions/` in an invocation ARN → MyFunction. */
function functionHole(value: PartialString | undefined): string | undefined {
  const segments = value?.segments ?? [];
  for (let i = 1; i < segments.length; i++) {
    const previous = segments[i - 1];
    const segment = segments[i];
    if (!('text' in previous) || !previous.text.endsWith('functions/') || !('hole' in segment)) continue;
    const hole = segment.hole;
    if (hole.kind === 'getatt') return hole.resource;
    if (hole.kind === 'ref') return hole.name;
    if (hole.kind === 'stageVariable') return `\${stageVariables.${hole.name}}`;
  }
  return undefined;
}

/** The API an integration belongs to, for grouping. */
function apiName(model: ApiModel, integration: Integration): string {
  if (integration.api) return integration.api.owner?.logicalId ?? stringValue(getValue(getValue(integration.api.node, 'info'), 'title')) ?? 'OpenAPI';
  const properties = integration.resource?.properties;
  if (integration.location === 'cfn-method') return refName(getValue(properties, 'RestApiId')) ?? 'REST API';
  if (integration.location === 'cfn-v2') return refName(getValue(properties, 'ApiId')) ?? 'HTTP API';
  if (integration.location === 'sam-event') {
    const event = (integration.keyNode.parent as PropertyNode | undefined)?.value;
    const eventProperties = getValue(event, 'Properties');
    const explicit = refName(getValue(eventProperties, 'RestApiId')) ?? refName(getValue(eventProperties, 'ApiId'));
    return explicit ?? (integration.protocol === 'http' ? 'ServerlessHttpApi' : 'ServerlessRestApi');
  }
  void model;
  return 'API';
}

function refName(node: ReturnType<typeof getValue>): string | undefined {
  if (isIntrinsic(node) && node.name === 'Ref') return scalarText(node.argument);
  if (isObject(node)) return undefined;
  return knownString(node);
}
