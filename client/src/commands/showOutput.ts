import * as vscode from 'vscode';
import type { ServerManager } from '../serverManager';

export function registerShowOutput(manager: ServerManager): vscode.Disposable {
  return vscode.commands.registerCommand('apigw.showOutput', () => manager.output.show(true));
}
