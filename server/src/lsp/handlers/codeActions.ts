import { CodeActionKind } from 'vscode-languageserver/node';
import { runSafe } from '../runSafe';
import type { ServerContext } from '../serverContext';

export const codeActionCapability = { codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] } };

export function registerCodeActions(context: ServerContext): void {
  context.connection.onCodeAction((params, token) =>
    runSafe(context.log, 'Code actions', token, [], () => {
      const served = context.served(params.textDocument.uri);
      if (!served) return [];
      return context.service.getCodeActions(served.document, served.parsed, params.range, params.context.diagnostics);
    }),
  );
}
