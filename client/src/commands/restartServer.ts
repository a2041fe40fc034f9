import * as vscode from 'vscode';
import type { ServerManager } from '../serverManager';

export function registerRestartServer(manager: ServerManager): vscode.Disposable {
  return vscode.commands.registerCommand('apigw.restartServer', async () => {
    await manager.restart();
    void vscode.window.setStatusBarMessage('API Gateway language server restarted', 3000);
  });
}
