import * as vscode from 'vscode';
import { REVEAL_INTEGRATION_COMMAND } from '../views/integrationsView';

/** Opens the file of an integration chosen in the Integrations view and selects its key. */
export function registerRevealIntegration(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_INTEGRATION_COMMAND, async (uri: string, range: { start: vscode.Position; end: vscode.Position }) => {
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const editor = await vscode.window.showTextDocument(document, { selection, preview: true });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
}
