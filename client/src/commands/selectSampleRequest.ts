import * as vscode from 'vscode';
import type { PreviewManager } from '../preview/previewManager';
import { matches } from '../preview/sampleRequests';

type Item = vscode.QuickPickItem & { choice: vscode.Uri | null | 'create' };

/** "API Gateway: Select Sample Request": which request the preview renders with (remembered per operation). */
export function registerSelectSampleRequest(previews: PreviewManager): vscode.Disposable {
  return vscode.commands.registerCommand('apigw.selectSampleRequest', async () => {
    const preview = previews.current;
    if (!preview) {
      void vscode.window.showInformationMessage('Open the render preview first (API Gateway: Render Mapping Template).');
      return;
    }
    const route = preview.routeOfTarget;
    const files = await previews.deps.samples.list();
    const current = preview.requestUri?.toString();
    const items: Item[] = [
      { label: '$(sparkle) Generated from the operation', description: current ? '' : 'current', choice: null },
      ...files
        .map((f) => ({ f, match: matches(f, route) }))
        .sort((a, b) => Number(b.match) - Number(a.match))
        .map(({ f, match }): Item => ({
          label: f.label,
          description: [f.httpMethod, f.resourcePath ?? f.path].filter(Boolean).join(' ') + (f.uri.toString() === current ? ' · current' : ''),
          detail: match && route ? `matches ${route.method ?? ''} ${route.path ?? ''}` : undefined,
          choice: f.uri,
        })),
      { label: '$(add) Create a sample request for this operation…', choice: 'create' },
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Render with which sample request? (.apigw/requests/*.json, setting apigw.render.requests)' });
    if (!picked) return;
    if (picked.choice === 'create') {
      await vscode.commands.executeCommand('apigw.createSampleRequest');
      return;
    }
    await previews.deps.samples.remember(preview.requestKey, picked.choice);
    await preview.useRequest(picked.choice ?? undefined);
  });
}
