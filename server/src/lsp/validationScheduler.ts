import type { ClientCapabilities, Diagnostic, ServerCapabilities } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface ValidationHost {
  getDocument(uri: string): TextDocument | undefined;
  validate(document: TextDocument, isCancelled: () => boolean): Diagnostic[];
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  /** Pull mode: ask the client to pull every document's diagnostics again (settings changed). */
  refresh?(): void;
  log(message: string): void;
}

/** A pull answer: the diagnostics of one version, or "unchanged" when the client already has them. */
export type PullResult =
  | { kind: 'full'; resultId: string; items: Diagnostic[] }
  | { kind: 'unchanged'; resultId: string }
  /** The document changed while it was being validated: the client should ask again. */
  | { kind: 'stale' };

/** The debounce follows the cost of the last validation of the document: cheap ones publish almost at once. */
const MIN_DELAY_MS = 30;
const MAX_DELAY_MS = 200;

/**
 * Diagnostics for open documents, pushed or pulled (model: vscode json-language-features validation.ts).
 *
 * Pull (the client supports `textDocument/diagnostic`): the client asks after each change; the answer is
 * computed for the current version, remembered by version (a repeated pull is "unchanged"), and abandoned if a
 * newer edit arrives meanwhile. Push: a per-document debounce, as long as twice the last validation took (between
 * 30 and 200 ms); a run validates the version current when it starts and publishes only if that is still
 * current.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastCost = new Map<string, number>();
  private readonly results = new Map<string, { version: number; resultId: string; items: Diagnostic[] }>();
  private nextResultId = 1;
  private pullMode = false;
  private canRefresh = false;

  constructor(
    private readonly host: ValidationHost,
    private readonly maxDelayMs = MAX_DELAY_MS,
  ) {}

  /** From `initialize`: pull when the client can; the capability to announce (none for push). */
  useClient(capabilities: ClientCapabilities): ServerCapabilities {
    this.pullMode = !!capabilities.textDocument?.diagnostic;
    this.canRefresh = !!capabilities.workspace?.diagnostics?.refreshSupport;
    return this.pullMode ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {};
  }

  get mode(): 'pull' | 'push' {
    return this.pullMode ? 'pull' : 'push';
  }

  /** A document opened or changed. In pull mode the client asks by itself. */
  schedule(uri: string, immediate = false): void {
    if (this.pullMode) return;
    this.cancel(uri);
    const delay = immediate ? 0 : Math.min(this.maxDelayMs, Math.max(MIN_DELAY_MS, 2 * (this.lastCost.get(uri) ?? this.maxDelayMs)));
    this.timers.set(
      uri,
      setTimeout(() => this.run(uri), delay),
    );
  }

  /** Settings changed: every open document's diagnostics may differ. */
  revalidateAll(uris: readonly string[]): void {
    this.results.clear();
    if (!this.pullMode) {
      for (const uri of uris) this.schedule(uri);
    } else if (this.canRefresh) {
      this.host.refresh?.();
    }
  }

  /** The answer to a `textDocument/diagnostic` request. */
  pull(uri: string, previousResultId: string | undefined, isCancelled: () => boolean): PullResult {
    const document = this.host.getDocument(uri);
    if (!document) return { kind: 'full', resultId: String(this.nextResultId++), items: [] };
    const cached = this.results.get(uri);
    if (cached && cached.version === document.version) {
      return cached.resultId === previousResultId ? { kind: 'unchanged', resultId: cached.resultId } : { kind: 'full', resultId: cached.resultId, items: cached.items };
    }
    const version = document.version;
    const isStale = () => isCancelled() || this.host.getDocument(uri)?.version !== version;
    const items = this.timed(uri, () => this.host.validate(document, isStale));
    if (isStale()) return { kind: 'stale' };
    const result = { version, resultId: String(this.nextResultId++), items };
    this.results.set(uri, result);
    return { kind: 'full', resultId: result.resultId, items };
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  /** The document closed. */
  forget(uri: string): void {
    this.cancel(uri);
    this.results.delete(uri);
    this.lastCost.delete(uri);
  }

  private run(uri: string): void {
    this.timers.delete(uri);
    const document = this.host.getDocument(uri);
    if (!document) return;
    const version = document.version;
    const isStale = () => this.host.getDocument(uri)?.version !== version || this.timers.has(uri);
    try {
      const diagnostics = this.timed(uri, () => this.host.validate(document, isStale));
      if (!isStale()) this.host.publish(uri, version, diagnostics);
    } catch (error) {
      this.host.log(`Validation of ${uri} failed: ${(error as Error).stack ?? error}`);
    }
  }

  private timed<T>(uri: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.lastCost.set(uri, performance.now() - start);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.results.clear();
  }
}
