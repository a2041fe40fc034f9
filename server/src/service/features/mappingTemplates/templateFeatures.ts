/**
 * Completion and hover inside mapping templates: the caret is mapped into the decoded template, the VTL features
 * answer in template coordinates, and their ranges and texts are mapped back (and re-encoded for the string
 * style that holds the template: JSON escapes, block indentation).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItem, CompletionItemKind, CompletionList, Hover, InsertTextFormat, MarkupKind, Position } from 'vscode-languageserver-types';
import { mappingTemplateAt, MappingTemplateLocation } from '../../model/mappingTemplates';
import type { ApiModel } from '../../model/types';
import type { StringNode } from '../../parse/ast';
import { decodeTemplate, EmbeddedTemplate, encodeForHost } from '../../sourceMap';
import { completeTemplate, hoverTemplate, TemplateCompletion } from '../../vtl';
import { mappingContextFor } from '../../vtl/mappingContext';
import { hostIndent } from '../../sourceMap/hostIndent';
import type { SourceText } from '../../text/sourceText';

/** A caret inside a template's content, in both coordinates. */
export interface TemplateCaret {
  readonly location: MappingTemplateLocation;
  readonly node: StringNode;
  readonly template: EmbeddedTemplate;
  readonly offset: number;
}

export function templateCaret(parsed: { source: SourceText; model: ApiModel }, fileOffset: number): TemplateCaret | undefined {
  const location = mappingTemplateAt(parsed, fileOffset);
  const node = location?.stringNode;
  if (!location || !node || fileOffset < node.offset || fileOffset > node.offset + node.length) return undefined;
  const template = decodeTemplate(parsed.source, node, { sub: location.sub });
  if (!template.exact) return undefined;
  const offset = template.toTemplateOffset(fileOffset);
  return offset === undefined ? undefined : { location, node, template, offset };
}

/** The LSP kind of each VTL completion kind (also for standalone `.vtl` files, see vtlDocument.ts). */
export const VTL_COMPLETION_KINDS: Record<TemplateCompletion['kind'], CompletionItemKind> = {
  method: CompletionItemKind.Method,
  property: CompletionItemKind.Property,
  variable: CompletionItemKind.Variable,
  keyword: CompletionItemKind.Keyword,
  snippet: CompletionItemKind.Snippet,
  value: CompletionItemKind.Value,
};

/** Completion at a caret inside a template; undefined when the caret is not in one. */
export function completeInTemplate(document: TextDocument, parsed: { source: SourceText; model: ApiModel }, position: Position): CompletionList | undefined {
  const fileOffset = document.offsetAt(position);
  const caret = templateCaret(parsed, fileOffset);
  if (!caret) return undefined;
  const { template, node, location } = caret;
  const context = mappingContextFor(parsed.model, location, template);
  const indent = hostIndent(parsed.source, node, template);
  const items: CompletionItem[] = [];
  for (const completion of completeTemplate(template.text, caret.offset, context)) {
    const newText = encodeForHost(completion.insertText ?? completion.label, node.style, { indent, snippet: completion.isSnippet });
    if (newText === undefined) continue;
    const range = template.toFileRange(completion.replaceStart, completion.replaceEnd);
    const start = completion.replaceStart === completion.replaceEnd ? template.toFileOffset(completion.replaceStart) : range.start;
    const end = completion.replaceStart === completion.replaceEnd ? start : range.end;
    // A caret inside an escape (`${|!`, `\|n`) maps to the template after it: an edit there would not contain
    // the caret, which LSP forbids (VS Code drops such items).
    if (fileOffset < start || fileOffset > end) continue;
    items.push({
      label: completion.label,
      kind: VTL_COMPLETION_KINDS[completion.kind],
      detail: completion.detail,
      documentation: completion.documentation ? { kind: MarkupKind.Markdown, value: completion.documentation } : undefined,
      sortText: completion.sortText,
      // The editor filters on the file's text in the range: the label as the host string writes it.
      filterText: filterTextFor(completion.label, node),
      insertTextFormat: completion.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText },
    });
  }
  return { isIncomplete: false, items };
}

function filterTextFor(label: string, node: StringNode): string | undefined {
  const encoded = encodeForHost(label, node.style);
  return encoded !== undefined && encoded !== label ? encoded : undefined;
}

/** Hover at a caret inside a template; undefined when the caret is not in one (null: in one, nothing to say). */
export function hoverInTemplate(document: TextDocument, parsed: { source: SourceText; model: ApiModel }, position: Position): Hover | null | undefined {
  const caret = templateCaret(parsed, document.offsetAt(position));
  if (!caret) return undefined;
  const { template, location } = caret;
  const hover = hoverTemplate(template.text, caret.offset, mappingContextFor(parsed.model, location, template));
  if (!hover) return null;
  const range = template.toFileRange(hover.offset, hover.offset + hover.length);
  return {
    contents: { kind: MarkupKind.Markdown, value: hover.contents },
    range: { start: document.positionAt(range.start), end: document.positionAt(range.end) },
  };
}
