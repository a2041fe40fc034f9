/**
 * The language service gives a document parsed from its previous version exactly the diagnostics (and outline of
 * integrations) it gives the same text parsed from scratch, after random edits (fixed seeds): whatever is reused
 * between versions (trees, models, findings) must not change an answer.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { generate } from '../../../bench/generate';
import { getLanguageService, ParsedDocument, PieceTextDocument } from '../../../server/src/service';
import { isReusable } from '../../../server/src/service/parse/incremental';
import { applyEdit, randomEdits } from './randomEdits';

function comparable(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map((d) => JSON.stringify([d.range, d.code, d.severity, d.message, d.data])).sort();
}

/** The library's document, and the server's (pieces of 500 characters, so edits and reads cross them). */
const DOCUMENTS = {
  TextDocument: { create: TextDocument.create, update: TextDocument.update },
  PieceTextDocument: {
    create: (uri: string, languageId: string, version: number, text: string) => PieceTextDocument.create(uri, languageId, version, text, 500),
    update: PieceTextDocument.update,
  },
} as { [name: string]: { create(uri: string, languageId: string, version: number, text: string): TextDocument; update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument } };

describe('diagnostics of an incrementally parsed document equal those of a fresh parse', () => {
  for (const [kind, { create, update }] of Object.entries(DOCUMENTS))
    for (const format of ['yaml', 'sam', 'json'] as const) {
      it(`generated ${format} spec (30 paths) in a ${kind}: 30 random edits`, () => {
        const service = getLanguageService();
        const languageId = format === 'json' ? 'json' : 'yaml';
        let text = generate(30, format);
        let document = create(`file:///spec.${languageId}`, languageId, 1, text);
        let parsed: ParsedDocument = service.parseDocument(document);
        service.doValidation(document, parsed);
        const next = randomEdits(7, languageId, languageId === 'json' ? 1 : 0.8);
        let reused = 0;
        for (let step = 0; step < 30; step++) {
          const edit = next(text);
          text = applyEdit(text, edit);
          document = update(document, [{ range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) }, text: edit.text }], document.version + 1);
          if (isReusable(parsed.tree)) reused++;
          parsed = service.parseDocument(document, parsed);
          const incremental = service.doValidation(document, parsed);
          const freshDocument = TextDocument.create(`file:///fresh.${languageId}`, languageId, 1, text);
          const freshParsed = service.parseDocument(freshDocument);
          const fresh = service.doValidation(freshDocument, freshParsed);
          const where = `${format} step ${step} edit ${JSON.stringify(edit)}`;
          assert.deepEqual(comparable(incremental), comparable(fresh), where);
          assert.deepEqual(
            service.summarizeIntegrations(document, parsed).map((s) => JSON.stringify(s)),
            service.summarizeIntegrations(freshDocument, freshParsed).map((s) => JSON.stringify(s)),
            where,
          );
        }
        assert.ok(reused > 15, `the previous parse was reusable ${reused} times of 30`);
      });
    }
});
