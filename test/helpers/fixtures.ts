/**
 * Caret and range fixtures for the pure service.
 * `|` marks a caret; `«` and `»` mark expected ranges. Both are stripped before the text is parsed.
 * Range-only helpers (`expectCode`, `expectNoCode`) keep `|`, so YAML block scalars can be written as they are.
 */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService, LanguageService, ParsedDocument } from '../../server/src/service';

export interface Fixture {
  readonly text: string;
  readonly carets: number[];
  readonly ranges: { start: number; end: number }[];
}

export function fixture(marked: string, options: { carets?: boolean } = {}): Fixture {
  const withCarets = options.carets ?? true;
  let text = '';
  const carets: number[] = [];
  const ranges: { start: number; end: number }[] = [];
  const open: number[] = [];
  for (const c of marked) {
    if (c === '|' && withCarets) carets.push(text.length);
    else if (c === '«') open.push(text.length);
    else if (c === '»') ranges.push({ start: open.pop()!, end: text.length });
    else text += c;
  }
  ranges.sort((a, b) => a.start - b.start);
  return { text, carets, ranges };
}

export interface Loaded {
  readonly service: LanguageService;
  readonly document: TextDocument;
  readonly parsed: ParsedDocument;
}

export function load(text: string, languageId: 'yaml' | 'json' = 'yaml', uri = `file:///test.${languageId}`): Loaded {
  const service = getLanguageService();
  const document = TextDocument.create(uri, languageId, 1, text);
  return { service, document, parsed: service.parseDocument(document) };
}

export function diagnose(text: string, languageId: 'yaml' | 'json' = 'yaml'): { diagnostics: Diagnostic[]; document: TextDocument } {
  const { service, document, parsed } = load(text, languageId);
  return { diagnostics: service.doValidation(document, parsed), document };
}

/**
 * Asserts that `code` is reported exactly at the «marked» ranges (and nowhere else).
 * Returns the diagnostics of that code for further checks (messages, fixes).
 */
export function expectCode(marked: string, code: string, languageId: 'yaml' | 'json' = 'yaml'): Diagnostic[] {
  const { text, ranges } = fixture(marked, { carets: false });
  const { diagnostics, document } = diagnose(text, languageId);
  const found = diagnostics.filter((d) => d.code === code);
  const actual = found.map((d) => `${document.offsetAt(d.range.start)}-${document.offsetAt(d.range.end)}:${text.slice(document.offsetAt(d.range.start), document.offsetAt(d.range.end))}`);
  const expected = ranges.map((r) => `${r.start}-${r.end}:${text.slice(r.start, r.end)}`);
  assert.deepEqual(actual.sort(), expected.sort(), `${code} diagnostics\n${diagnostics.map((d) => `  ${d.code}: ${d.message}`).join('\n')}`);
  return found;
}

/** Asserts that the text yields no diagnostic with this code. */
export function expectNoCode(text: string, code: string, languageId: 'yaml' | 'json' = 'yaml'): void {
  const { diagnostics } = diagnose(fixture(text, { carets: false }).text, languageId);
  const found = diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 0, `unexpected ${code}: ${found.map((d) => d.message).join('; ')}`);
}

/** Applies the fix titled `title` of the first diagnostic with `code`, returning the new text. */
export function applyFix(text: string, code: string, title?: string, languageId: 'yaml' | 'json' = 'yaml'): string {
  const { service, document, parsed } = load(text, languageId);
  const diagnostics = service.doValidation(document, parsed).filter((d) => d.code === code);
  assert.ok(diagnostics.length, `no ${code} diagnostic`);
  const actions = service.getCodeActions(document, parsed, diagnostics[0].range, diagnostics).filter((a) => a.diagnostics?.some((d) => d.code === code));
  const action = title ? actions.find((a) => a.title === title) : actions.find((a) => a.isPreferred) ?? actions[0];
  assert.ok(action, `no fix ${title ?? ''} among: ${actions.map((a) => a.title).join(', ')}`);
  const edits = action.edit!.changes![document.uri];
  return TextDocument.applyEdits(document, edits);
}

/** Wraps an integration body (indented 8) into a minimal OpenAPI 3 REST document with one GET /pets/{petId}. */
export function openapi(integration: string, extra = ''): string {
  return `openapi: 3.0.1
info: {title: t, version: "1"}
paths:
  /pets/{petId}:
    get:
      responses:
        "200":
          description: ok
      x-amazon-apigateway-integration:
${integration}
${extra}`;
}
