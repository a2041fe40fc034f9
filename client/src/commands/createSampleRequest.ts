import * as vscode from 'vscode';
import { CreateSampleRequestRequest, RenderTarget } from '../../../shared/protocol';
import type { PreviewManager } from '../preview/previewManager';
import { isServedDocument } from '../serverManager';
import { uriOf } from '../preview/targets';

/**
 * "API Gateway: Create Sample Request": writes `.apigw/requests/<method>-<path>.json` for the operation at the
 * cursor (its path parameters, declared query parameters and headers, a body example from its schema), opens
 * it, and makes it the preview's request.
 */
export function registerCreateSampleRequest(previews: PreviewManager): vscode.Disposable {
  return vscode.commands.registerCommand('apigw.createSampleRequest', async (uriArg?: unknown, target?: RenderTarget) => {
    let uri = uriOf(uriArg);
    let position = target?.position;
    let integrationId = target?.integrationId;
    if (!uri) {
      const editor = vscode.window.activeTextEditor;
      const preview = previews.current;
      if (editor && (isServedDocument(editor.document) || !preview)) {
        uri = editor.document.uri;
        position = { line: editor.selection.active.line, character: editor.selection.active.character };
      } else if (preview) {
        // From a sample request file (or nowhere): the operation the preview shows.
        uri = preview.currentTarget.uri;
        position = preview.currentTarget.position;
        integrationId = preview.currentTarget.integrationId;
      }
    }
    if (!uri) {
      void vscode.window.showInformationMessage('Put the cursor in an operation of an OpenAPI, SAM or CloudFormation file first.');
      return undefined;
    }
    const client = await previews.deps.client();
    const created = await client.sendRequest(CreateSampleRequestRequest.type, { uri: uri.toString(), position, integrationId });
    if (!created.content || !created.fileName) {
      void vscode.window.showInformationMessage(created.message ?? 'No sample request could be made here.');
      return undefined;
    }
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? vscode.workspace.workspaceFolders?.[0];
    if (!folder) {
      const document = await vscode.workspace.openTextDocument({ language: 'json', content: created.content });
      await vscode.window.showTextDocument(document);
      return document.uri;
    }
    const directory = vscode.Uri.joinPath(folder.uri, '.apigw', 'requests');
    await vscode.workspace.fs.createDirectory(directory);
    const file = await freeName(directory, created.fileName);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(created.content));
    const preview = previews.current;
    if (preview && preview.currentTarget.uri.toString() === uri.toString()) {
      await previews.deps.samples.remember(preview.requestKey, file);
      await preview.useRequest(file);
    }
    await vscode.window.showTextDocument(file, { preview: false, viewColumn: vscode.ViewColumn.Active });
    return file;
  });
}

async function freeName(directory: vscode.Uri, fileName: string): Promise<vscode.Uri> {
  const stem = fileName.replace(/\.json$/, '');
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(directory, n === 1 ? fileName : `${stem}-${n}.json`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
}
