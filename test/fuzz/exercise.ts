/**
 * Runs every function of the language service over one document and checks what an editor relies on: nothing
 * throws (a rule that throws inside the runner's guard shows up as `internal-error`, which counts too), every
 * range lies inside the document, completion edits sit on the caret's line and contain it, outline symbols
 * contain their selection ranges, quick-fix edits do not overlap. Returns the violations, never throws.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { diffTexts, toLineChange } from '../../server/src/service/text/textChange';
import { PieceTextDocument } from '../../server/src/service/text/pieceTextDocument';
import type { CompletionItem, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-types';
import { findWorkspaceSymbols, getLanguageService, LanguageService, ParsedDocument } from '../../server/src/service';
import type { RenderEnvironment } from '../../server/src/service';
import type { Random } from './random';

export interface Violation {
  /** The service function or the property checked: `doComplete`, `diagnostic-range`, ... */
  readonly check: string;
  readonly message: string;
  /** The offset asked about, for completion/hover/definition. */
  readonly offset?: number;
}

export interface ExerciseOptions {
  /** Offsets to ask completion, hover and definition at: `all`, a number of sampled offsets, or these offsets. */
  readonly offsets: 'all' | number | readonly number[];
  /** Render every template found and simulate every integration (up to this many of each). */
  readonly renders: number;
  readonly random: Random;
  /** The renderer's own budget per template (ms). */
  readonly renderBudgetMs?: number;
}

export interface ExerciseStats {
  diagnostics: number;
  templates: number;
  renders: number;
  positions: number;
}

/** Pieces of the fuzzed documents: small, so that what the features read crosses piece edges. */
const PIECE_LENGTH = 1024;
const RENDER_ENV: RenderEnvironment = { now: new Date('2024-01-02T03:04:05Z'), requestId: 'fuzz', timeBudgetMs: 250, maxOutputBytes: 64 * 1024 };

/** Where completion, hover and definition are asked: the sample plus the places parsers find hardest. */
function offsetsToAsk(text: string, options: ExerciseOptions): number[] {
  if (options.offsets === 'all') return Array.from({ length: text.length + 1 }, (_, i) => i);
  if (typeof options.offsets !== 'number') return options.offsets.filter((o) => o >= 0 && o <= text.length);
  const set = new Set<number>([0, text.length]);
  const interesting = /[$#:"'{}[\]\n\\|>(.]/g;
  const hits = [...text.matchAll(interesting)].map((m) => m.index!);
  for (let i = 0; i < options.offsets; i++) {
    if (hits.length && options.random.chance(0.5)) set.add(Math.min(text.length, options.random.pick(hits) + options.random.int(3)));
    else set.add(options.random.int(text.length + 1));
  }
  return [...set].sort((a, b) => a - b);
}

export class DocumentChecker {
  readonly violations: Violation[] = [];
  private readonly lineLengths: number[];
  /** The text as a plain document, for checking edits: reading the checked document whole would join its pieces. */
  private readonly plain: TextDocument;

  constructor(document: TextDocument, text: string) {
    this.plain = TextDocument.create(document.uri, document.languageId, document.version, text);
    // Line lengths without their end of line (\n, \r\n or \r, as TextDocument splits lines).
    this.lineLengths = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 || c === 10) {
        this.lineLengths.push(i - start);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        start = i + 1;
      }
    }
    this.lineLengths.push(text.length - start);
  }

  fail(check: string, message: string, offset?: number): void {
    if (this.violations.length < 50) this.violations.push({ check, message, offset });
  }

  /** Runs `work`, recording a throw as a violation. */
  guard<T>(check: string, work: () => T, offset?: number): T | undefined {
    try {
      return work();
    } catch (error) {
      this.fail(check, `threw ${(error as Error)?.stack?.split('\n').slice(0, 4).join(' | ') ?? String(error)}`, offset);
      return undefined;
    }
  }

  position(check: string, p: Position | undefined, offset?: number): boolean {
    const ok =
      !!p && Number.isInteger(p.line) && Number.isInteger(p.character) && p.line >= 0 && p.line < this.lineLengths.length && p.character >= 0 && p.character <= this.lineLengths[p.line];
    if (!ok) this.fail(check, `position ${JSON.stringify(p)} is outside the document (${this.lineLengths.length} lines${p && p.line >= 0 && p.line < this.lineLengths.length ? `, line ${p.line} has ${this.lineLengths[p.line]} characters` : ''})`, offset);
    return ok;
  }

  range(check: string, r: Range | undefined, offset?: number): boolean {
    if (!r) {
      this.fail(check, 'missing range', offset);
      return false;
    }
    if (!this.position(check, r.start, offset) || !this.position(check, r.end, offset)) return false;
    if (r.start.line > r.end.line || (r.start.line === r.end.line && r.start.character > r.end.character)) {
      this.fail(check, `range ${JSON.stringify(r)} ends before it starts`, offset);
      return false;
    }
    return true;
  }

  edits(check: string, edits: readonly TextEdit[]): void {
    const valid = edits.filter((e) => this.range(check, e.range));
    const spans = valid.map((e) => [this.plain.offsetAt(e.range.start), this.plain.offsetAt(e.range.end)] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (let i = 1; i < spans.length; i++) {
      if (spans[i][0] < spans[i - 1][1]) this.fail(check, `edits overlap at offsets ${spans[i - 1][0]}-${spans[i - 1][1]} and ${spans[i][0]}-${spans[i][1]}`);
    }
    if (valid.length === edits.length && !this.violations.some((v) => v.check === check)) this.guard(`${check}:apply`, () => TextDocument.applyEdits(this.plain, [...edits]));
  }
}

function contains(outer: Range, inner: Range): boolean {
  const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function checkCompletionItem(checker: DocumentChecker, item: CompletionItem, position: Position, offset: number): void {
  const edit = item.textEdit;
  if (!edit) return;
  const ranges = 'range' in edit ? [edit.range] : [edit.insert, edit.replace];
  for (const range of ranges) {
    if (!checker.range('completion-range', range, offset)) continue;
    // LSP: "The range of the edit must be a single line range and it must contain the position at which completion has been requested."
    if (range.start.line !== range.end.line || !contains(range, { start: position, end: position })) {
      checker.fail('completion-range', `item ${JSON.stringify(item.label)}: edit range ${JSON.stringify(range)} must be on one line and contain the caret ${JSON.stringify(position)}`, offset);
    }
  }
  for (const extra of item.additionalTextEdits ?? []) checker.range('completion-additional-edit', extra.range, offset);
}

/** Everything the service offers, on one document. */
export function exerciseDocument(text: string, languageId: 'yaml' | 'json' | 'vtl', options: ExerciseOptions, service: LanguageService = getLanguageService()): { violations: Violation[]; stats: ExerciseStats } {
  // The server's document, in pieces small enough that the features' reads cross them.
  const document = PieceTextDocument.create(`file:///fuzz/doc.${languageId === 'vtl' ? 'vtl' : languageId}`, languageId, 1, text, PIECE_LENGTH);
  const checker = new DocumentChecker(document, text);
  const stats: ExerciseStats = { diagnostics: 0, templates: 0, renders: 0, positions: 0 };
  const parsed = checker.guard('parseDocument', () => service.parseDocument(document));
  if (!parsed) return { violations: checker.violations, stats };
  const model = checker.guard('model', () => parsed.model);
  if (!model) return { violations: checker.violations, stats };

  const diagnostics: Diagnostic[] = checker.guard('doValidation', () => service.doValidation(document, parsed)) ?? [];
  stats.diagnostics = diagnostics.length;
  for (const d of diagnostics) {
    checker.range('diagnostic-range', d.range);
    if (d.code === 'internal-error') checker.fail('internal-error', d.message);
    if (typeof d.message !== 'string' || !d.message) checker.fail('diagnostic-message', `diagnostic ${String(d.code)} has no message`);
  }

  // Quick fixes: at each diagnostic, and over the whole file.
  const whole: Range = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
  for (const range of [whole, ...diagnostics.slice(0, 20).map((d) => d.range)]) {
    const actions = checker.guard('getCodeActions', () => service.getCodeActions(document, parsed, range, diagnostics)) ?? [];
    for (const action of actions) {
      const changes = action.edit?.changes ?? {};
      for (const [uri, edits] of Object.entries(changes)) {
        if (uri === document.uri) checker.edits('code-action-edits', edits);
      }
    }
  }

  const symbols = checker.guard('findDocumentSymbols', () => service.findDocumentSymbols(document, parsed)) ?? [];
  const walk = (list: typeof symbols) => {
    for (const s of list) {
      if (checker.range('symbol-range', s.range) && checker.range('symbol-range', s.selectionRange) && !contains(s.range, s.selectionRange)) {
        checker.fail('symbol-range', `symbol ${JSON.stringify(s.name)}: selectionRange ${JSON.stringify(s.selectionRange)} is not inside range ${JSON.stringify(s.range)} (VS Code rejects the outline)`);
      }
      if (!s.name) checker.fail('symbol-name', 'a symbol with an empty name (VS Code rejects the outline)');
      walk(s.children ?? []);
    }
  };
  walk(symbols);

  const summaries = checker.guard('summarizeIntegrations', () => service.summarizeIntegrations(document, parsed)) ?? [];
  for (const s of summaries) checker.range('summary-range', s.range) && checker.range('summary-range', s.selectionRange);
  checker.guard('findWorkspaceSymbols', () => findWorkspaceSymbols([{ uri: document.uri, integrations: summaries }], 'get'));

  for (const lens of checker.guard('getCodeLenses', () => service.getCodeLenses(document, parsed)) ?? []) checker.range('code-lens-range', lens.range);

  const listed = checker.guard('listTemplates', () => service.listTemplates(document, parsed));
  const budget = { ...RENDER_ENV, timeBudgetMs: options.renderBudgetMs ?? RENDER_ENV.timeBudgetMs };
  if (listed) {
    stats.templates = listed.templates.length;
    for (const t of listed.templates) checker.range('template-range', t.range) && checker.range('template-range', t.keyRange);
    for (const i of listed.integrations) checker.range('integration-range', i.range);
    for (const t of listed.templates.slice(0, options.renders)) {
      const response = checker.guard('renderTemplate', () => service.renderTemplate(document, parsed, { mode: 'render', templateId: t.id, requestText: undefined }, budget));
      stats.renders++;
      for (const e of response?.result?.errors ?? []) if (e.range) checker.range('render-error-range', e.range);
      if (response && !response.result && !response.message) checker.fail('renderTemplate', `template ${t.id}: neither a result nor a message`);
    }
    for (const i of listed.integrations.slice(0, options.renders)) {
      const response = checker.guard('simulate', () => service.renderTemplate(document, parsed, { mode: 'simulate', integrationId: i.id, requestText: '{"body": "{\\"a\\": [1, 2]}"}' }, budget));
      stats.renders++;
      for (const e of response?.result?.errors ?? []) if (e.range) checker.range('render-error-range', e.range);
      checker.guard('createSampleRequest', () => service.createSampleRequest(document, parsed, { integrationId: i.id }));
    }
  }

  for (const offset of offsetsToAsk(text, options)) {
    const position = document.positionAt(offset);
    stats.positions++;
    const completion = checker.guard('doComplete', () => service.doComplete(document, parsed, position), offset);
    for (const item of completion?.items ?? []) checkCompletionItem(checker, item, position, offset);
    const hover = checker.guard('doHover', () => service.doHover(document, parsed, position), offset);
    if (hover?.range) checker.range('hover-range', hover.range, offset);
    for (const link of checker.guard('findDefinition', () => service.findDefinition(document, parsed, position), offset) ?? []) {
      if (link.originSelectionRange) checker.range('definition-origin', link.originSelectionRange, offset);
      if (link.targetUri === document.uri) checker.range('definition-target', link.targetRange, offset) && checker.range('definition-target', link.targetSelectionRange, offset);
    }
    if (checker.violations.length >= 50) break;
  }
  return { violations: checker.violations, stats };
}

/** The parse of a document as an edit of another (the editor's path: incremental reuse of the previous parse). */
export function exerciseEdit(before: string, after: string, languageId: 'yaml' | 'json', service: LanguageService = getLanguageService()): Violation[] {
  const first = PieceTextDocument.create('file:///fuzz/edit.' + languageId, languageId, 1, before, PIECE_LENGTH);
  const checker = new DocumentChecker(first, before);
  const previous: ParsedDocument | undefined = checker.guard('parseDocument', () => service.parseDocument(first));
  if (!previous) return checker.violations;
  checker.guard('model', () => previous.model);
  // As an editor sends it: the changed range only, so the new version shares the other pieces.
  // Whole lines, as positions cannot point between a CR and its LF.
  const change = toLineChange(before, after, diffTexts(before, after) ?? { start: 0, oldEnd: 0, newEnd: 0 });
  const range = { start: first.positionAt(change.lineStart), end: first.positionAt(change.oldLineEnd) };
  const second = PieceTextDocument.update(first, [{ range, text: after.slice(change.lineStart, change.newLineEnd) }], 2);
  const next = checker.guard('parseDocument(previous)', () => service.parseDocument(second, previous));
  if (!next) return checker.violations;
  const incremental = checker.guard('doValidation(incremental)', () => service.doValidation(second, next));
  // What the user sees after an edit must not depend on whether the previous parse was reused.
  const fresh = checker.guard('doValidation(fresh)', () => service.doValidation(second, service.parseDocument(second)));
  if (second.getText() !== after) checker.fail('incremental-parse', 'the document after the edit is not the edited text');
  if (incremental && fresh) {
    const show = (list: Diagnostic[]) => list.map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${String(d.code)} ${d.message}`).sort();
    const a = show(incremental);
    const b = show(fresh);
    const inA = new Set(a);
    const inB = new Set(b);
    const onlyIncremental = a.filter((x) => !inB.has(x));
    const onlyFresh = b.filter((x) => !inA.has(x));
    if (onlyIncremental.length || onlyFresh.length) {
      checker.fail('incremental-parse', `diagnostics differ from a fresh parse: only incremental ${JSON.stringify(onlyIncremental.slice(0, 3))}, only fresh ${JSON.stringify(onlyFresh.slice(0, 3))}`);
    }
  }
  return checker.violations;
}
