/**
 * The API Gateway language service: pure functions over a parsed document, like vscode-json-languageservice.
 * No LSP connection, no `vscode`; I/O (reading other files) is injected. The server, the CLI and the tests
 * all use this.
 */
import type { CodeAction, CodeLens, CompletionList, Diagnostic, DocumentSymbol, Hover, LocationLink, Position, Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getCodeActions } from './features/codeActions/codeActions';
import { findDefinition } from './features/definition/definition';
import { findDocumentSymbols, summarizeIntegrations } from './features/symbols/symbols';
import { doComplete } from './features/completion/completion';
import { doHover } from './features/hover/hover';
import { completeInTemplate, hoverInTemplate } from './features/mappingTemplates/templateFeatures';
import { getCodeLenses } from './features/lenses/codeLens';
import { createSampleRequest, listTemplates, renderDocument, RenderEnvironment } from './features/renderRequests/render';
import type { CreateSampleRequestParams, CreateSampleRequestResult, ListTemplatesResult, RenderParams, RenderResponse } from '../../../shared/renderTypes';
import { validate, ValidationOptions } from './features/diagnostics/diagnostics';
import type { IntegrationSummary } from '../../../shared/integrations';
import { documentMemo, parseDocument, ParsedDocument } from './model/parsedDocument';
import { FindingsCache } from './rules/findingsCache';
import { isRefused } from './parse/limits';
import { completeInVtlDocument, hoverInVtlDocument, isVtlDocument, vtlCodeLenses } from './features/mappingTemplates/vtlDocument';
import type { SeveritySetting } from './rules/catalogue';

export interface LanguageSettings {
  /** Per-rule severity overrides, by code. */
  readonly rules?: Readonly<Record<string, SeveritySetting>>;
  /**
   * Reuse the findings of integrations and templates an edit did not touch (default true). Off, every validation
   * computes every finding: slower on large files, the same answers (test/corpus/reuse.test.ts).
   */
  readonly reuseFindings?: boolean;
}

export interface LanguageService {
  configure(settings: LanguageSettings): void;
  /** With `previous` (the last parse of the same document) only what changed is parsed again; `previous` is consumed. */
  parseDocument(document: TextDocument, previous?: ParsedDocument): ParsedDocument;
  doValidation(document: TextDocument, parsed: ParsedDocument, options?: { isCancelled?: () => boolean }): Diagnostic[];
  getCodeActions(document: TextDocument, parsed: ParsedDocument, range: Range, diagnostics: Diagnostic[]): CodeAction[];
  /** The document's mapping templates and integrations (for CodeLenses, pickers and the preview). */
  listTemplates(document: TextDocument, parsed: ParsedDocument): ListTemplatesResult;
  /** Renders a template, or simulates an integration's pipeline, on a sample request (sandboxed and bounded). */
  renderTemplate(document: TextDocument, parsed: ParsedDocument, params: RenderParams, environment?: RenderEnvironment): RenderResponse;
  /** A sample request (JSON text and a file name) for the operation at a position or with an id. */
  createSampleRequest(document: TextDocument, parsed: ParsedDocument, params: CreateSampleRequestParams): CreateSampleRequestResult;
  /** "Render" / "Simulate request" above each mapping template. */
  getCodeLenses(document: TextDocument, parsed: ParsedDocument): CodeLens[];
  /** Completion inside integrations (keys, values, skeletons) and, inside mapping templates, VTL. */
  doComplete(document: TextDocument, parsed: ParsedDocument, position: Position): CompletionList;
  /** Hover on integration keys and values (docs, behaviour for the type, the parsed uri) and on VTL inside mapping templates. */
  doHover(document: TextDocument, parsed: ParsedDocument, position: Position): Hover | null;
  /** The integrations of the document for its outline (`GET /pets → AWS_PROXY ListPetsFunction`), grouped by API. */
  findDocumentSymbols(document: TextDocument, parsed: ParsedDocument): DocumentSymbol[];
  /** Small serialisable summaries of the document's integrations (for the workspace index and the Integrations view). */
  summarizeIntegrations(document: TextDocument, parsed: ParsedDocument): IntegrationSummary[];
  /** Go to definition from `${X.Arn}` / `!GetAtt X.Arn` / `!Ref X`, a `$ref`, or a uri `{param}` inside an integration. */
  findDefinition(document: TextDocument, parsed: ParsedDocument, position: Position): LocationLink[];
}

export function getLanguageService(): LanguageService {
  let settings: LanguageSettings = {};
  // Diagnostics of the latest validated version of each document, for quick fixes (offsets must match the text).
  const lastDiagnostics = new WeakMap<ParsedDocument, Diagnostic[]>();

  const doValidation: LanguageService['doValidation'] = (document, parsed, options = {}) => {
    const validationOptions: ValidationOptions = {
      severities: settings.rules,
      isCancelled: options.isCancelled,
      cache: settings.reuseFindings === false ? undefined : documentMemo(parsed, 'findings', () => new FindingsCache()),
    };
    const diagnostics = validate(document, parsed, validationOptions);
    if (!options.isCancelled?.()) lastDiagnostics.set(parsed, diagnostics);
    return diagnostics;
  };

  return {
    configure(next) {
      settings = next;
    },
    parseDocument,
    doValidation,
    getCodeActions(document, parsed, range, diagnostics) {
      const current = lastDiagnostics.get(parsed) ?? doValidation(document, parsed);
      return getCodeActions(document, range, diagnostics, current, parsed);
    },
    listTemplates,
    renderTemplate: renderDocument,
    createSampleRequest,
    getCodeLenses: (document, parsed) => (isVtlDocument(document) ? vtlCodeLenses(document) : getCodeLenses(document, parsed)),
    // Past the limits the text-level scanners (JSON locations, caret contexts) are not run either.
    doComplete: (document, parsed, position) => {
      if (isVtlDocument(document)) return completeInVtlDocument(document, position);
      return isRefused(parsed.tree) ? { isIncomplete: false, items: [] } : completeInTemplate(document, parsed, position) ?? doComplete(document, parsed, position);
    },
    doHover: (document, parsed, position) => {
      if (isVtlDocument(document)) return hoverInVtlDocument(document, position);
      if (isRefused(parsed.tree)) return null;
      const inTemplate = hoverInTemplate(document, parsed, position);
      return inTemplate === undefined ? doHover(document, parsed, position) : inTemplate;
    },
    findDocumentSymbols,
    summarizeIntegrations,
    findDefinition: (document, parsed, position) => (isRefused(parsed.tree) ? [] : findDefinition(document, parsed, position)),
  };
}

export type { ParsedDocument } from './model/parsedDocument';
export type { IndexedFile, IntegrationSummary } from '../../../shared/integrations';
export { findWorkspaceSymbols } from './features/symbols/workspaceSymbols';
export { ALL_RULES, RULE_RECORDS } from './rules/catalogue';
export type { SeveritySetting, Severity } from './rules/catalogue';
export type { RenderEnvironment } from './features/renderRequests/render';
export { RENDER_COMMANDS } from '../../../shared/renderTypes';
export type {
  CreateSampleRequestParams,
  CreateSampleRequestResult,
  ListTemplatesResult,
  OutputCheck,
  RenderCommandArguments,
  RenderedError,
  RenderIntegration,
  RenderParams,
  RenderResponse,
  RenderResultPayload,
  RenderTarget,
  TemplateStage,
  TemplateSummary,
} from '../../../shared/renderTypes';
export { isVtlDocument } from './features/mappingTemplates/vtlDocument';
export { PieceTextDocument } from './text/pieceTextDocument';

// For the CLI, which renders files and reads sample requests without an editor.
export { renderTemplate } from './render';
export type { BackendResponse, SampleRequest } from './render';
export { readBackend, readSampleRequest } from './features/renderRequests/sampleRequest';
export { integrationsForRoute } from './features/renderRequests/routeIntegrations';
export { ownerLabel } from './model/mappingTemplates';
export { closest } from './util/didYouMean';
export { ruleGroup, ruleHelpUri } from './rules/catalogue';
