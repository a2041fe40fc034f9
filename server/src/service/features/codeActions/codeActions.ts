import { CodeAction, CodeActionKind, Diagnostic, Range, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../../model/parsedDocument';
import type { Fix } from '../../rules/context';
import { DIAGNOSTIC_SOURCE } from '../diagnostics/diagnostics';
import { extraFixes } from './extraFixes';

/**
 * Quick fixes for the diagnostics in `range`. `current` are this version's diagnostics (fresh, so their fix
 * offsets match the text); the client's copies only say which ones the user is looking at. With `parsed`, fixes
 * that need the whole document (declaring a method response, ...) are added to the rules' own.
 */
export function getCodeActions(document: TextDocument, range: Range, requested: Diagnostic[], current: Diagnostic[], parsed?: ParsedDocument): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  for (const diagnostic of current) {
    if (diagnostic.source !== DIAGNOSTIC_SOURCE || !overlaps(diagnostic.range, range)) continue;
    const own = (diagnostic.data as { fixes?: Fix[] } | undefined)?.fixes ?? [];
    const extra = parsed ? extraFixes(parsed, String(diagnostic.code), document.offsetAt(diagnostic.range.start)) : [];
    const fixes = [...own, ...extra];
    if (!fixes.length) continue;
    const shown = requested.find((r) => r.code === diagnostic.code && sameRange(r.range, diagnostic.range)) ?? diagnostic;
    for (const fix of fixes) {
      const key = `${diagnostic.code}:${fix.title}:${JSON.stringify(fix.edits)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [shown],
        isPreferred: fix.preferred,
        edit: { changes: { [document.uri]: fix.edits.map((e) => toLspEdit(document, e)) } },
      });
    }
  }
  return actions;
}

function toLspEdit(document: TextDocument, edit: Fix['edits'][number]): LspTextEdit {
  return { range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) }, newText: edit.text };
}

function overlaps(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(p: Range['start'], q: Range['start']): boolean {
  return p.line < q.line || (p.line === q.line && p.character < q.character);
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
