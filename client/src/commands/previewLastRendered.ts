import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/previewManager';

/**
 * `apigw.preview.lastRendered` (not in the palette): what the preview shows once the webview has displayed a
 * render newer than `afterVersion` — the server's answer and the text the webview drew. For end-to-end tests.
 */
export function registerPreviewLastRendered(previews: PreviewManager): vscode.Disposable {
  return vscode.commands.registerCommand('apigw.preview.lastRendered', (options?: { afterVersion?: number; timeoutMs?: number }) => previews.lastRendered(options ?? {}));
}
