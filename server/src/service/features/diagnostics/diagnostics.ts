import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from '../../model/parsedDocument';
import { ruleHelpUri, ruleInfo, Severity, SeveritySetting } from '../../rules/catalogue';
import type { Finding, Fix } from '../../rules/context';
import { runRules } from '../../rules/runner';
import type { FindingsCache } from '../../rules/findingsCache';
import { isVtlDocument, validateVtlDocument } from '../mappingTemplates/vtlDocument';
import { sourceOf } from '../../text/pieceTextDocument';

export const DIAGNOSTIC_SOURCE = 'apigw';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface ValidationOptions {
  /** Per-code severity overrides from settings (`off` drops the code). */
  readonly severities?: Readonly<Record<string, SeveritySetting>>;
  readonly isCancelled?: () => boolean;
  /** Findings of the previous validation of the same document (see rules/findingsCache.ts). */
  readonly cache?: FindingsCache;
}

/** What a diagnostic carries for the code-action feature. */
export interface DiagnosticData {
  readonly fixes?: Fix[];
}

export function validate(document: TextDocument, parsed: ParsedDocument, options: ValidationOptions = {}): Diagnostic[] {
  if (isVtlDocument(document)) return toDiagnostics(document, validateVtlDocument(document.uri, parsed.text), options.severities);
  if (!parsed.isApiGateway) return [];
  const findings = runRules({
    // Pieces: a keystroke's validation reads only what it checks again, never the whole text as one string.
    text: parsed.source,
    format: parsed.format,
    tree: parsed.tree,
    model: parsed.model,
    isCancelled: options.isCancelled,
    cache: options.cache,
  });
  return toDiagnostics(document, findings, options.severities);
}

function toDiagnostics(document: TextDocument, findings: readonly Finding[], overrides?: Readonly<Record<string, SeveritySetting>>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const textLength = sourceOf(document).length;
  for (const finding of findings) {
    const diagnostic = toDiagnostic(document, textLength, finding, overrides);
    if (diagnostic) diagnostics.push(diagnostic);
  }
  return diagnostics;
}

export function severityOf(code: string, overrides?: Readonly<Record<string, SeveritySetting>>): SeveritySetting {
  return overrides?.[code] ?? ruleInfo(code)?.severity ?? 'warning';
}

function toDiagnostic(document: TextDocument, textLength: number, finding: Finding, overrides?: Readonly<Record<string, SeveritySetting>>): Diagnostic | undefined {
  const severity = overrides?.[finding.code] ?? finding.severity ?? severityOf(finding.code);
  if (severity === 'off') return undefined;
  const start = Math.min(Math.max(0, finding.offset), textLength);
  const end = Math.min(textLength, start + Math.max(0, finding.length));
  const diagnostic: Diagnostic = {
    range: { start: document.positionAt(start), end: document.positionAt(end) },
    severity: SEVERITY[severity],
    code: finding.code,
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
  if (ruleInfo(finding.code)?.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  // The code shows as a link to the AWS documentation of the behaviour the rule checks.
  const help = ruleHelpUri(finding.code);
  if (help) diagnostic.codeDescription = { href: help };
  if (finding.fixes?.length) diagnostic.data = { fixes: finding.fixes } satisfies DiagnosticData;
  return diagnostic;
}
