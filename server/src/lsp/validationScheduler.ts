import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export interface ValidationHost {
  getDocument(uri: string): TextDocument | undefined;
  validate(document: TextDocument, isCancelled: () => boolean): Diagnostic[];
  publish(uri: string, version: number, diagnostics: Diagnostic[]): void;
  log(message: string): void;
}

/**
 * Push diagnostics with a per-document debounce. A run validates the version current when it starts and
 * publishes only if that is still the current version; a newer edit cancels it.
 */
export class ValidationScheduler {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly host: ValidationHost,
    private readonly delayMs = 200,
  ) {}

  schedule(uri: string, immediate = false): void {
    this.cancel(uri);
    this.timers.set(
      uri,
      setTimeout(() => this.run(uri), immediate ? 0 : this.delayMs),
    );
  }

  cancel(uri: string): void {
    const timer = this.timers.get(uri);
    if (timer) clearTimeout(timer);
    this.timers.delete(uri);
  }

  private run(uri: string): void {
    this.timers.delete(uri);
    const document = this.host.getDocument(uri);
    if (!document) return;
    const version = document.version;
    const isStale = () => this.host.getDocument(uri)?.version !== version || this.timers.has(uri);
    try {
      const diagnostics = this.host.validate(document, isStale);
      if (!isStale()) this.host.publish(uri, version, diagnostics);
    } catch (error) {
      this.host.log(`Validation of ${uri} failed: ${(error as Error).stack ?? error}`);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
