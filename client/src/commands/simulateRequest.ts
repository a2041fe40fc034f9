import * as vscode from 'vscode';
import type { RenderTarget } from '../../../shared/protocol';
import type { PreviewManager } from '../preview/previewManager';
import { resolveTarget } from '../preview/targets';

/** "API Gateway: Simulate Request": the whole pipeline of the integration at the cursor, in the preview. */
export function registerSimulateRequest(previews: PreviewManager): vscode.Disposable {
  return vscode.commands.registerCommand('apigw.simulateRequest', async (uri?: unknown, target?: RenderTarget) => {
    const resolved = await resolveTarget('simulate', previews.deps.client, uri, target);
    if (resolved) await previews.show(resolved);
  });
}
