import * as vscode from 'vscode';
import type { IntegrationsView } from '../views/integrationsView';

export const REFRESH_INTEGRATIONS_COMMAND = 'apigw.refreshIntegrations';

/** Scans the workspace again for the Integrations view (starting the language server if needed). */
export function registerRefreshIntegrations(view: IntegrationsView): vscode.Disposable {
  return vscode.commands.registerCommand(REFRESH_INTEGRATIONS_COMMAND, () =>
    vscode.window.withProgress({ location: { viewId: 'apigw.integrations' }, title: 'Scanning for API Gateway integrations' }, () => view.refresh()),
  );
}
