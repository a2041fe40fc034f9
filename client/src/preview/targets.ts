/**
 * What a render/simulate command is about: from a CodeLens's arguments, else the active editor's cursor, else a
 * quick pick of the document's templates (or integrations).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListTemplatesRequest, RenderTarget, TemplateSummary } from '../../../shared/protocol';
import { vtlFileStage } from '../../../shared/vtlFileStage';
import type { PreviewTarget } from './renderPreview';

type Position = { line: number; character: number };

function contains(range: { start: Position; end: Position }, p: Position): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(range.start, p) && before(p, range.end);
}

export function uriOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string') return vscode.Uri.parse(arg);
  return undefined;
}

export async function resolveTarget(
  mode: 'render' | 'simulate',
  client: () => Promise<LanguageClient>,
  uriArg?: unknown,
  targetArg?: RenderTarget,
): Promise<PreviewTarget | undefined> {
  const fromArgs = uriOf(uriArg);
  if (fromArgs) return { uri: fromArgs, mode, ...(targetArg ?? {}) };
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Open an OpenAPI, SAM or CloudFormation file with mapping templates first.');
    return undefined;
  }
  const document = editor.document;
  const position = { line: editor.selection.active.line, character: editor.selection.active.character };
  if (document.languageId === 'vtl') return { uri: document.uri, mode: 'render', position, stage: vtlFileStage(document.uri.path) };
  const list = await (await client()).sendRequest(ListTemplatesRequest.type, { uri: document.uri.toString() });
  if (mode === 'render') {
    const here = list.templates.find((t) => contains({ start: t.keyRange.start, end: t.range.end }, position));
    if (here) return { uri: document.uri, mode, templateId: here.id, position: here.keyRange.start };
    const renderable = list.templates.filter((t) => !t.unrenderable);
    const picked = renderable.length === 1 ? renderable[0] : await pickTemplate(renderable);
    return picked ? { uri: document.uri, mode, templateId: picked.id, position: picked.keyRange.start } : undefined;
  }
  const inside = list.integrations.filter((i) => contains(i.range, position)).sort((a, b) => size(a.range) - size(b.range))[0];
  const template = list.templates.find((t) => contains({ start: t.keyRange.start, end: t.range.end }, position));
  const integrationId = template?.integrationId || inside?.id;
  if (integrationId) return { uri: document.uri, mode, integrationId, templateId: template?.id, position };
  if (!list.integrations.length) {
    void vscode.window.showInformationMessage('This file has no API Gateway integrations to simulate.');
    return undefined;
  }
  const picked =
    list.integrations.length === 1
      ? list.integrations[0]
      : await vscode.window.showQuickPick(
          list.integrations.map((i) => ({ label: i.label, description: i.type, integration: i })),
          { placeHolder: 'Which integration should the request go through?' },
        ).then((p) => p?.integration);
  return picked ? { uri: document.uri, mode, integrationId: picked.id, position: picked.range.start } : undefined;
}

function size(range: { start: Position; end: Position }): number {
  return (range.end.line - range.start.line) * 10_000 + (range.end.character - range.start.character);
}

async function pickTemplate(templates: TemplateSummary[]): Promise<TemplateSummary | undefined> {
  if (!templates.length) {
    void vscode.window.showInformationMessage('This file has no mapping templates (requestTemplates / responseTemplates) to render.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    templates.map((t) => ({ label: t.owner, description: `${t.stage}${t.selectionPattern ? ` ${t.selectionPattern}` : ''} · ${t.contentType}`, template: t })),
    { placeHolder: 'Which mapping template should be rendered?' },
  );
  return picked?.template;
}
