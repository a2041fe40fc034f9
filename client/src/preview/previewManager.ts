/**
 * One render preview at a time, beside the editor: commands retarget it rather than opening more panels.
 */
import * as vscode from 'vscode';
import { PreviewDependencies, PreviewSnapshot, PreviewTarget, RenderPreview } from './renderPreview';

export class PreviewManager implements vscode.Disposable {
  private preview: RenderPreview | undefined;

  constructor(readonly deps: PreviewDependencies) {}

  get current(): RenderPreview | undefined {
    return this.preview && !this.preview.isDisposed ? this.preview : undefined;
  }

  /** Shows `target` in the preview (creating it beside the active editor); resolves after the first render. */
  async show(target: PreviewTarget): Promise<RenderPreview> {
    const existing = this.current;
    if (existing) {
      existing.panel.reveal(undefined, true);
      await existing.retarget(target);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      RenderPreview.viewType,
      target.mode === 'render' ? 'Render' : 'Simulate',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableFindWidget: true, localResourceRoots: [vscode.Uri.joinPath(this.deps.extensionUri, 'dist', 'webview')] },
    );
    const preview = new RenderPreview(panel, target, this.deps);
    this.preview = preview;
    preview.onDidDispose(() => {
      if (this.preview === preview) this.preview = undefined;
    });
    await preview.initialRender;
    return preview;
  }

  /** For tests: what the preview shows, once the webview displays a render newer than `afterVersion`. */
  async lastRendered(options: { afterVersion?: number; timeoutMs?: number } = {}): Promise<PreviewSnapshot | undefined> {
    const preview = this.current;
    if (!preview) return undefined;
    return preview.whenDisplayed(options.afterVersion ?? 0, options.timeoutMs);
  }

  dispose(): void {
    this.preview?.dispose();
    this.preview = undefined;
  }
}
