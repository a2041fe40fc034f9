/** Applies the quick fix titled `title` of any diagnostic with `code` (the shared helper only looks at the first). */
import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnose, fixture, load } from '../../helpers/fixtures';

export function applyFixTitled(text: string, code: string, title: string, languageId: 'yaml' | 'json' = 'yaml'): string {
  const { service, document, parsed } = load(text, languageId);
  const diagnostics = service.doValidation(document, parsed).filter((d) => d.code === code);
  const titles: string[] = [];
  for (const diagnostic of diagnostics) {
    for (const action of service.getCodeActions(document, parsed, diagnostic.range, [diagnostic])) {
      titles.push(action.title);
      if (action.title === title) return TextDocument.applyEdits(document, action.edit!.changes![document.uri]);
    }
  }
  assert.fail(`no fix "${title}" among: ${titles.join(', ')}`);
}

/** No `code`, and a file that parses (a fixture with a YAML mistake would make a silence test pass vacuously). */
export function expectSilent(marked: string, code: string, languageId: 'yaml' | 'json' = 'yaml'): void {
  const { diagnostics } = diagnose(fixture(marked).text, languageId);
  assert.deepEqual(diagnostics.filter((d) => d.code === code || d.code === 'syntax-error' || d.code === 'internal-error').map((d) => `${d.code}: ${d.message}`), []);
}
