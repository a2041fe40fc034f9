/**
 * Lints files with the language service, the way the editor does: one parse per file, the same rules and the
 * same severity overrides. Files without API Gateway content are skipped on a regex test, before any parsing.
 */
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { getLanguageService, Severity, SeveritySetting } from '../../service';
import { hasApiGatewayContent } from '../../../../shared/markers';

export interface LintProblem {
  /** 1-based line and column (UTF-16 code units, as editors count); the end column is exclusive. */
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: string;
  readonly message: string;
}

export interface FileResult {
  /** Absolute path. */
  readonly file: string;
  readonly problems: LintProblem[];
}

export interface LintRun {
  /** The files with API Gateway content, in the order they were given, each with its problems (maybe none). */
  readonly results: FileResult[];
  /** Files read but skipped: no API Gateway content. */
  readonly skipped: number;
  /** Files that could not be read. */
  readonly unreadable: { file: string; reason: string }[];
  /** Files the service failed on (a bug): the rest were still linted. */
  readonly crashed: { file: string; error: string }[];
}

export interface LintOptions {
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /** Called after each file. */
  readonly onProgress?: (done: number, total: number, file: string) => void;
}

const SEVERITY_NAMES: Record<number, Severity> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

export function lintFiles(files: readonly string[], options: LintOptions = {}): LintRun {
  const service = getLanguageService();
  service.configure({ rules: options.rules });
  const results: FileResult[] = [];
  const unreadable: LintRun['unreadable'] = [];
  const crashed: LintRun['crashed'] = [];
  let skipped = 0;
  files.forEach((file, index) => {
    let text: string;
    try {
      // An editor drops the byte order mark from the text it shows; so do we, so columns on line 1 agree.
      text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      unreadable.push({ file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
      options.onProgress?.(index + 1, files.length, file);
      return;
    }
    if (!isMappingTemplateFile(file) && !hasApiGatewayContent(text)) skipped++;
    else {
      try {
        results.push({ file, problems: lintText(service, file, text) });
      } catch (error) {
        crashed.push({ file, error: (error as Error).stack ?? String(error) });
      }
    }
    options.onProgress?.(index + 1, files.length, file);
  });
  return { results, skipped, unreadable, crashed };
}

function lintText(service: ReturnType<typeof getLanguageService>, file: string, text: string): LintProblem[] {
  const document = TextDocument.create(pathToFileURL(file).href, languageIdOf(file, text), 1, text);
  const diagnostics = service.doValidation(document, service.parseDocument(document));
  return diagnostics
    .map((d) => ({
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      endLine: d.range.end.line + 1,
      endColumn: d.range.end.character + 1,
      severity: SEVERITY_NAMES[d.severity ?? DiagnosticSeverity.Error],
      code: String(d.code ?? 'unknown'),
      message: d.message,
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column || a.code.localeCompare(b.code));
}

/** A standalone mapping template: the whole file is VTL (the extension's `vtl` language). */
function isMappingTemplateFile(file: string): boolean {
  return /\.(vtl|vm)$/i.test(file);
}

/** The language an editor would give the file: by extension, else by its first character (`.template`). */
export function languageIdOf(file: string, text: string): 'json' | 'yaml' | 'vtl' {
  if (isMappingTemplateFile(file)) return 'vtl';
  if (/\.json$/i.test(file)) return 'json';
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}
