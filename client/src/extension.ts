/**
 * The extension: starts the language server when API Gateway content opens and registers commands and views.
 * Everything that knows about API Gateway lives in the server's pure service.
 */
import * as vscode from 'vscode';
import { registerRefreshIntegrations } from './commands/refreshIntegrations';
import { registerRestartServer } from './commands/restartServer';
import { registerRevealIntegration } from './commands/revealIntegration';
import { registerShowOutput } from './commands/showOutput';
import { registerRenderPreview } from './preview';
import { ServerManager } from './serverManager';
import { IntegrationsTreeSnapshot, IntegrationsView } from './views/integrationsView';

let manager: ServerManager | undefined;

export interface ExtensionApi {
  /** For tests and other extensions: the running language client, starting it if needed. */
  ensureServerStarted(): Promise<unknown>;
  /** What the API Gateway Integrations view shows (once the workspace scan finished, with `complete`). */
  integrationsTree(options?: { complete?: boolean }): Promise<IntegrationsTreeSnapshot[]>;
  /** The messages shown (and logged) about the language server's health: crashes and restarts, in order. */
  serverNotices(): readonly string[];
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const output = vscode.window.createOutputChannel('API Gateway');
  manager = new ServerManager(context, output);
  context.subscriptions.push(output, manager, registerRestartServer(manager), registerShowOutput(manager));
  const integrations = new IntegrationsView(manager);
  context.subscriptions.push(integrations, registerRefreshIntegrations(integrations), registerRevealIntegration());
  context.subscriptions.push(...registerRenderPreview(context, manager));
  return {
    ensureServerStarted: () => manager!.ensureStarted(),
    integrationsTree: (options) => integrations.snapshot(options),
    serverNotices: () => [...(manager?.notices ?? [])],
  };
}

export async function deactivate(): Promise<void> {
  await manager?.dispose();
  manager = undefined;
}
