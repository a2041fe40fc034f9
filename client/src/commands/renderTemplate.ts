import * as vscode from 'vscode';
import type { RenderTarget } from '../../../shared/protocol';
import type { PreviewManager } from '../preview/previewManager';
import { resolveTarget } from '../preview/targets';

/** "API Gateway: Render Mapping Template": the template at the cursor (or from a CodeLens) in the preview. */
export function registerRenderTemplate(previews: PreviewManager): vscode.Disposable {
  return vscode.commands.registerCommand('apigw.renderTemplate', async (uri?: unknown, target?: RenderTarget) => {
    const resolved = await resolveTarget('render', previews.deps.client, uri, target);
    if (resolved) await previews.show(resolved);
  });
}
