/**
 * What the server does on a keystroke (parse from the previous version, validate, complete, hover, code actions,
 * outline, code lenses, definition) reads the document's pieces and never builds its whole text: building it is
 * what made a keystroke in a 14 MB file cost ~40 ms before anything else ran. Each answer is also the answer
 * for the same text held as one string.
 */
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { generate, timeoutSites } from '../../../bench/generate';
import { getLanguageService, ParsedDocument, PieceTextDocument } from '../../../server/src/service';
import { PieceText } from '../../../server/src/service/text/pieceText';

const service = getLanguageService();

/** Every per-keystroke feature at the edited integration, as comparable JSON. */
function answers(document: TextDocument, parsed: ParsedDocument, site: number): string[] {
  const text = parsed.source;
  const timeoutKey = text.lastIndexOf('timeoutInMillis', site);
  const typeKey = text.lastIndexOf('type', site);
  const uri = text.lastIndexOf('uri', site);
  const diagnostics = service.doValidation(document, parsed);
  const range = { start: document.positionAt(timeoutKey), end: document.positionAt(site + 5) };
  return [
    diagnostics,
    service.doComplete(document, parsed, document.positionAt(site + 2)),
    service.doComplete(document, parsed, document.positionAt(timeoutKey + 3)),
    service.doHover(document, parsed, document.positionAt(typeKey + 1)),
    service.doHover(document, parsed, document.positionAt(uri + 8)),
    service.getCodeActions(document, parsed, range, diagnostics.filter((d) => d.range.start.line === range.start.line)),
    service.findDocumentSymbols(document, parsed),
    service.getCodeLenses(document, parsed),
    service.findDefinition(document, parsed, document.positionAt(uri + 8)),
  ].map((answer) => JSON.stringify(answer));
}

describe('a keystroke never builds the whole text', () => {
  for (const format of ['yaml', 'sam', 'json'] as const) {
    it(`${format}: 6 edits, every feature, same answers as from a string`, () => {
      const languageId = format === 'json' ? 'json' : 'yaml';
      let text = generate(40, format);
      const pieces = PieceTextDocument.create(`file:///pieces.${languageId}`, languageId, 1, text, 500);
      let parsed = service.parseDocument(pieces);
      service.doValidation(pieces, parsed);
      const sites = timeoutSites(text);
      for (let version = 2; version < 8; version++) {
        const site = sites[(version * 7) % sites.length];
        const value = text.slice(site, site + 5) === '29000' ? '35000' : '29000';
        text = text.slice(0, site) + value + text.slice(site + 5);
        PieceTextDocument.update(pieces, [{ range: { start: pieces.positionAt(site), end: pieces.positionAt(site + 5) }, text: value }], version);
        parsed = service.parseDocument(pieces, parsed);
        const actual = answers(pieces, parsed, site);
        assert.equal((pieces.source as PieceText).joined, false, `version ${version}: the whole text was built`);
        const string = TextDocument.create(`file:///pieces.${languageId}`, languageId, version, text);
        assert.deepEqual(actual, answers(string, service.parseDocument(string), site), `version ${version}`);
      }
    });
  }
});
