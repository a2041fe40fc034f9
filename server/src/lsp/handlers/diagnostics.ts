/**
 * `textDocument/diagnostic` (pull diagnostics), announced only to clients that support it (see
 * ValidationScheduler.useClient); other clients get diagnostics pushed by the scheduler.
 */
import { DocumentDiagnosticReport, LSPErrorCodes, ResponseError, ServerCapabilities } from 'vscode-languageserver/node';
import { runSafe } from '../runSafe';
import type { ServerContext } from '../serverContext';

/** Announced in `initialize`, depending on the client. */
export const diagnosticsCapability: ServerCapabilities = {};

export function registerDiagnostics(context: ServerContext): void {
  const { connection, log, scheduler } = context;
  connection.languages.diagnostics.on(async (params, token) => {
    const empty: DocumentDiagnosticReport = { kind: 'full', items: [] };
    const result = await runSafe(log, 'Diagnostics', token, empty, (): DocumentDiagnosticReport | ResponseError<{ retriggerRequest: boolean }> => {
      const uri = params.textDocument.uri;
      if (!context.isEnabled()) return empty;
      const answer = scheduler.pull(uri, params.previousResultId, () => token.isCancellationRequested);
      if (answer.kind === 'stale') {
        // A newer version arrived while validating: the client asks again for it.
        return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed', { retriggerRequest: true });
      }
      return answer;
    });
    if (result instanceof ResponseError) throw result;
    return result;
  });
}
