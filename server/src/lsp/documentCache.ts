import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, ParsedDocument } from '../service';

/**
 * Parsed documents by URI, one version each: parse once per version, evict on close, clear on shutdown.
 * (Model: vscode-extension-samples lsp-embedded-language-service languageModelCache.ts.)
 *
 * A new version is parsed from the cached one, so only what the edit touched is parsed again. That consumes the
 * cached parse: hold a ParsedDocument only while handling one request, never across an `await`.
 */
export class DocumentCache {
  private readonly entries = new Map<string, ParsedDocument>();

  constructor(private readonly service: LanguageService) {}

  get(document: TextDocument): ParsedDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const previous = cached && cached.version < document.version ? cached : undefined;
    let parsed: ParsedDocument;
    try {
      parsed = this.service.parseDocument(document, previous);
    } catch (error) {
      // A bug in reuse must cost speed, not the document: parse it from scratch.
      if (!previous) throw error;
      parsed = this.service.parseDocument(document);
    }
    this.entries.set(document.uri, parsed);
    return parsed;
  }

  /** The cached parse of this URI, whatever its version (for tests and the benchmark). */
  peek(uri: string): ParsedDocument | undefined {
    return this.entries.get(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
