/**
 * Caret fixtures for the editing features: complete/hover/define at the `|` of a marked text, and apply a
 * completion item the way the editor would (snippet expanded to its defaults, additional edits applied).
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-types';
import { expandSnippet } from '../../../server/src/service/features/common/snippetWriter';
import { fixture, load } from '../../helpers/fixtures';

export interface Completed {
  readonly list: CompletionList;
  readonly labels: string[];
  readonly document: TextDocument;
  readonly text: string;
  readonly offset: number;
}

export function complete(marked: string, languageId: 'yaml' | 'json' = 'yaml'): Completed {
  const { text, carets } = fixture(marked);
  assert.equal(carets.length, 1, 'the fixture needs one caret |');
  const { service, document, parsed } = load(text, languageId);
  const list = service.doComplete(document, parsed, document.positionAt(carets[0]));
  return { list, labels: list.items.map((i) => i.label), document, text, offset: carets[0] };
}

export function item(completed: Completed, label: string): CompletionItem {
  const found = completed.list.items.find((i) => i.label === label);
  assert.ok(found, `no item "${label}" among: ${completed.labels.join(', ')}`);
  return found;
}

/** The document after accepting `label`: its text edit (snippet at its defaults) and additional edits. */
export function accept(completed: Completed, label: string): string {
  const chosen = item(completed, label);
  const edit = chosen.textEdit as TextEdit;
  assert.ok(edit && 'range' in edit, 'items carry a TextEdit');
  const newText = chosen.insertTextFormat === 2 ? expandSnippet(edit.newText) : edit.newText;
  const edits = [{ range: edit.range, newText }, ...(chosen.additionalTextEdits ?? [])];
  return TextDocument.applyEdits(completed.document, edits);
}

/** The text an item's edit replaces (what the user typed that it overwrites). */
export function replaced(completed: Completed, label: string): string {
  const edit = item(completed, label).textEdit as TextEdit;
  return completed.text.slice(completed.document.offsetAt(edit.range.start), completed.document.offsetAt(edit.range.end));
}
