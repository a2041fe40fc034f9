/**
 * The editing features of integrations: completion, hover, document symbols and go to definition. Each handler
 * only asks the pure service (see service/features/) about the served document.
 */
import type { ServerCapabilities } from 'vscode-languageserver/node';
import { runSafe } from '../runSafe';
import type { ServerContext } from '../serverContext';

export const editingCapabilities: ServerCapabilities = {
  // `:` opens value completion right after a key; `"` a JSON key or value.
  // `:`/`"` for integration keys and values; `$`, `.`, `#`, `'`, `(` for VTL inside mapping templates.
  completionProvider: { triggerCharacters: [':', '"', '$', '.', '#', "'", '('] },
  hoverProvider: true,
  documentSymbolProvider: true,
  definitionProvider: true,
};

export function registerEditing(context: ServerContext): void {
  const { connection, log } = context;
  connection.onCompletion((params, token) =>
    runSafe(log, 'Completion', token, null, () => {
      const served = context.served(params.textDocument.uri);
      return served ? context.service.doComplete(served.document, served.parsed, params.position) : null;
    }),
  );
  connection.onHover((params, token) =>
    runSafe(log, 'Hover', token, null, () => {
      const served = context.served(params.textDocument.uri);
      return served ? context.service.doHover(served.document, served.parsed, params.position) : null;
    }),
  );
  connection.onDocumentSymbol((params, token) =>
    runSafe(log, 'Document symbols', token, [], () => {
      const served = context.served(params.textDocument.uri);
      return served ? context.service.findDocumentSymbols(served.document, served.parsed) : [];
    }),
  );
  connection.onDefinition((params, token) =>
    runSafe(log, 'Definition', token, [], () => {
      const served = context.served(params.textDocument.uri);
      return served ? context.service.findDefinition(served.document, served.parsed, params.position) : [];
    }),
  );
}
