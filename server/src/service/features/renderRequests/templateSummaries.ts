/** Presentation of templates and integrations for CodeLenses, pickers and the preview. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../../model/parsedDocument';
import type { Integration } from '../../model/types';
import { ownerLabel, MappingTemplateLocation } from '../../model/mappingTemplates';
import type { RenderIntegration, TemplateSummary } from '../../../../../shared/renderTypes';

/** The innermost integration around `offset`: its object, or the operation / resource that holds it. */
export function integrationAtOffset(parsed: ParsedDocument, offset: number): Integration | undefined {
  let best: { integration: Integration; size: number } | undefined;
  for (const integration of parsed.model.integrations) {
    for (const node of [integration.node, integration.operation?.node, integration.resource?.node]) {
      if (!node || offset < node.offset || offset > node.offset + node.length) continue;
      if (!best || node.length < best.size) best = { integration, size: node.length };
    }
  }
  return best?.integration;
}

function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function summarizeTemplate(document: TextDocument, loc: MappingTemplateLocation): TemplateSummary {
  const value = loc.valueNode ?? loc.keyNode;
  const response = loc.stage === 'response' ? ` ${loc.selectionPattern ?? 'default'}${loc.statusCode ? ` → ${loc.statusCode}` : ''}` : '';
  return {
    id: loc.id,
    stage: loc.stage,
    contentType: loc.contentType,
    integrationId: loc.integration?.id ?? '',
    owner: loc.owner,
    selectionPattern: loc.selectionPattern,
    statusCode: loc.statusCode,
    label: `${loc.owner} · ${loc.stage}${response} · ${loc.contentType}`,
    keyRange: rangeOf(document, loc.keyNode.offset, loc.keyNode.offset + loc.keyNode.length),
    range: rangeOf(document, value.offset, value.offset + value.length),
    ...(loc.unrenderable ? { unrenderable: loc.unrenderable } : {}),
  };
}

export function summarizeIntegration(document: TextDocument, integration: Integration, type?: string): RenderIntegration {
  const node = integration.node ?? integration.keyNode;
  return {
    id: integration.id,
    label: ownerLabel(integration),
    method: integration.method,
    path: integration.path,
    ...(type ? { type } : {}),
    range: rangeOf(document, node.offset, node.offset + node.length),
  };
}
