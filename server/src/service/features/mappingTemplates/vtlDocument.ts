/**
 * A standalone `.vtl`/`.vm` mapping template (language `vtl`): the whole file is the template, so template
 * offsets are file offsets. It gets the same VTL diagnostics, completion and hover as a template inside an
 * integration, without what only the integration knows (the route's parameters, the body schema, the stages).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeLens, CompletionItem, CompletionList, Hover, InsertTextFormat, MarkupKind, Position } from 'vscode-languageserver-types';
import type { Finding } from '../../rules/context';
import { completeTemplate, hoverTemplate, MappingContext, validateTemplate } from '../../vtl';
import { VTL_COMPLETION_KINDS } from './templateFeatures';
import { RENDER_COMMANDS, RenderCommandArguments } from '../../../../../shared/renderTypes';
import { vtlFileStage } from '../../../../../shared/vtlFileStage';

export const VTL_LANGUAGE_ID = 'vtl';

export function isVtlDocument(document: Pick<TextDocument, 'languageId'>): boolean {
  return document.languageId === VTL_LANGUAGE_ID;
}

function contextOf(uri: string): MappingContext {
  // Unknown API kind: WebSocket-only `$context` variables are accepted, as they would be for some integration.
  return { stage: vtlFileStage(uri), templateKind: 'integration' };
}

export function validateVtlDocument(uri: string, text: string): Finding[] {
  return validateTemplate(text, contextOf(uri)).map((d) => ({
    code: d.code,
    offset: d.offset,
    length: d.length,
    message: d.message,
    severity: d.severity,
    fixes: d.fix ? [{ title: d.fix.title, preferred: true, edits: d.fix.edits.map((e) => ({ offset: e.offset, length: e.length, text: e.newText })) }] : undefined,
  }));
}

export function completeInVtlDocument(document: TextDocument, position: Position): CompletionList {
  const text = document.getText();
  const items: CompletionItem[] = completeTemplate(text, document.offsetAt(position), contextOf(document.uri)).map((c) => ({
    label: c.label,
    kind: VTL_COMPLETION_KINDS[c.kind],
    detail: c.detail,
    documentation: c.documentation ? { kind: MarkupKind.Markdown, value: c.documentation } : undefined,
    sortText: c.sortText,
    insertTextFormat: c.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
    textEdit: { range: { start: document.positionAt(c.replaceStart), end: document.positionAt(c.replaceEnd) }, newText: c.insertText ?? c.label },
  }));
  return { isIncomplete: false, items };
}

export function hoverInVtlDocument(document: TextDocument, position: Position): Hover | null {
  const hover = hoverTemplate(document.getText(), document.offsetAt(position), contextOf(document.uri));
  if (!hover) return null;
  return {
    contents: { kind: MarkupKind.Markdown, value: hover.contents },
    range: { start: document.positionAt(hover.offset), end: document.positionAt(hover.offset + hover.length) },
  };
}

/** "Render" on the first line: the file as a request (or, by its name, response) template. */
export function vtlCodeLenses(document: TextDocument): CodeLens[] {
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  const stage = vtlFileStage(document.uri);
  const args: RenderCommandArguments = [document.uri, { position: range.start, stage }];
  return [{ range, command: { title: `Render as ${stage} template`, command: RENDER_COMMANDS.render, arguments: args } }];
}
