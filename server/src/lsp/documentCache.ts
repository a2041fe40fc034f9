import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, ParsedDocument } from '../service';

/**
 * Parsed documents by URI, one version each: parse once per version, evict on close, clear on shutdown.
 * (Model: vscode-extension-samples lsp-embedded-language-service languageModelCache.ts.)
 */
export class DocumentCache {
  private readonly entries = new Map<string, ParsedDocument>();

  constructor(private readonly service: LanguageService) {}

  get(document: TextDocument): ParsedDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached;
    const parsed = this.service.parseDocument(document);
    this.entries.set(document.uri, parsed);
    return parsed;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }
}
