import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';

export const CLIENT_ID = 'apigw';
export const CLIENT_NAME = 'API Gateway Language Server';

/** YAML and JSON belong to other extensions: we select them by language and filter by content on the server. */
const DOCUMENT_SELECTOR = ['yaml', 'json', 'jsonc', 'vtl'].flatMap((language) => [
  { scheme: 'file', language },
  { scheme: 'untitled', language },
]);

/**
 * `notices` receives every message the client shows about the server's health, in order (also written to the
 * output, whose log the restarted client keeps appending to); the e2e tests read it through the extension's API.
 */
export function createLanguageClient(context: vscode.ExtensionContext, output: vscode.OutputChannel, notices: string[] = []): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  let restarts: number[] = [];
  const notice = (message: string): string => {
    notices.push(message);
    output.appendLine(`[${new Date().toISOString()}] ${message}`);
    return message;
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    synchronize: { configurationSection: 'apigw' },
    initializationOptions: { settings: vscode.workspace.getConfiguration('apigw') },
    errorHandler: {
      error: () => ({ action: ErrorAction.Continue }),
      closed: () => {
        // Restart after a crash, and say so; give up after 5 crashes in 3 minutes instead of looping.
        const now = Date.now();
        restarts = [...restarts.filter((t) => now - t < 180_000), now];
        if (restarts.length > 5) {
          void vscode.window.showErrorMessage(notice('The API Gateway language server crashed 5 times in 3 minutes and will not be restarted. See the "API Gateway" output for its log.'), 'Show Log').then((choice) => {
            if (choice) output.show(true);
          });
          return { action: CloseAction.DoNotRestart, handled: true };
        }
        void vscode.window.showWarningMessage(notice('The API Gateway language server stopped unexpectedly and was restarted. Its log is in the "API Gateway" output.'));
        return { action: CloseAction.Restart, handled: true };
      },
    },
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}
