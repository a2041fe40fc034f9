/**
 * The render preview and its commands: Render Mapping Template, Simulate Request, Create/Select Sample Request.
 * Rendering runs in the language server (the sandboxed engine); the extension only shows it.
 */
import * as vscode from 'vscode';
import { registerCreateSampleRequest } from '../commands/createSampleRequest';
import { registerPreviewLastRendered } from '../commands/previewLastRendered';
import { registerRenderTemplate } from '../commands/renderTemplate';
import { registerSelectSampleRequest } from '../commands/selectSampleRequest';
import { registerSimulateRequest } from '../commands/simulateRequest';
import type { ServerManager } from '../serverManager';
import { PreviewManager } from './previewManager';
import { SampleRequestStore } from './sampleRequests';

export function registerRenderPreview(context: vscode.ExtensionContext, server: ServerManager): vscode.Disposable[] {
  const previews = new PreviewManager({
    extensionUri: context.extensionUri,
    client: () => server.ensureStarted(),
    samples: new SampleRequestStore(context.workspaceState),
  });
  return [
    previews,
    registerRenderTemplate(previews),
    registerSimulateRequest(previews),
    registerCreateSampleRequest(previews),
    registerSelectSampleRequest(previews),
    registerPreviewLastRendered(previews),
  ];
}
