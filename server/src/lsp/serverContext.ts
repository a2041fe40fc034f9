import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageService, ParsedDocument } from '../service';
import type { DocumentCache } from './documentCache';
import type { ValidationScheduler } from './validationScheduler';

/** What every handler module gets: the connection, the open documents, the service and the parse cache. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly service: LanguageService;
  readonly cache: DocumentCache;
  readonly scheduler: ValidationScheduler;
  readonly log: (message: string) => void;
  /** Whether the user enabled the extension (setting `apigw.enable`). */
  isEnabled(): boolean;
  /** The open document and its parse of the current version, or undefined when it is not ours to serve. */
  served(uri: string): { document: TextDocument; parsed: ParsedDocument } | undefined;
}
