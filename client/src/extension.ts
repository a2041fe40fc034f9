/**
 * The extension: starts the language server when API Gateway content opens and registers commands and views.
 * Everything that knows about API Gateway lives in the server's pure service.
 */
import * as vscode from 'vscode';
import { registerRestartServer } from './commands/restartServer';
import { registerShowOutput } from './commands/showOutput';
import { ServerManager } from './serverManager';

let manager: ServerManager | undefined;

export interface ExtensionApi {
  /** For tests and other extensions: the running language client, starting it if needed. */
  ensureServerStarted(): Promise<unknown>;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const output = vscode.window.createOutputChannel('API Gateway');
  manager = new ServerManager(context, output);
  context.subscriptions.push(output, manager, registerRestartServer(manager), registerShowOutput(manager));
  return { ensureServerStarted: () => manager!.ensureStarted() };
}

export async function deactivate(): Promise<void> {
  await manager?.dispose();
  manager = undefined;
}
