/**
 * The render preview beside the editor. Follows vscode's markdown preview (extensions/markdown-language-features
 * src/preview/preview.ts): the first render at once, later ones throttled, each render numbered so a stale answer
 * is dropped, work cancelled when a newer render starts or the panel closes, typed messages with the webview.
 * The rendering itself happens in the language server (sandboxed engine); this class only asks and shows.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ListTemplatesRequest, RenderResponse, RenderTemplateRequest } from '../../../shared/protocol';
import { FromWebview, isFromWebview, PreviewView, SourceRange, ToWebview } from './messages';
import type { Route, SampleRequestStore } from './sampleRequests';

export interface PreviewTarget {
  readonly uri: vscode.Uri;
  readonly mode: 'render' | 'simulate';
  readonly templateId?: string;
  readonly integrationId?: string;
  readonly position?: { line: number; character: number };
  readonly stage?: 'request' | 'response';
}

export interface Displayed {
  readonly version: number;
  readonly title: string;
  readonly status: string;
  readonly output: string;
  readonly errors: string[];
}

/** What the preview shows now: for tests (through `apigw.preview.lastRendered`) and for commands. */
export interface PreviewSnapshot {
  readonly version: number;
  readonly target: { uri: string; mode: 'render' | 'simulate'; templateId?: string; integrationId?: string };
  readonly request: { uri?: string; label: string };
  readonly response?: RenderResponse;
  readonly displayed?: Displayed;
}

export interface PreviewDependencies {
  readonly extensionUri: vscode.Uri;
  readonly client: () => Promise<LanguageClient>;
  readonly samples: SampleRequestStore;
}

const THROTTLE_MS = 300;

export class RenderPreview implements vscode.Disposable {
  static readonly viewType = 'apigw.renderPreview';

  private target: PreviewTarget;
  /** The sample request file; undefined = generated from the operation. `resolved` once chosen for this target. */
  private request: { uri?: vscode.Uri; resolved: boolean } = { resolved: false };
  private route: Route | undefined;
  private version = 0;
  private firstUpdate = true;
  private throttleTimer: NodeJS.Timeout | undefined;
  private cts: vscode.CancellationTokenSource | undefined;
  private lastView: PreviewView | undefined;
  private lastResponse: RenderResponse | undefined;
  private displayed: Displayed | undefined;
  private requestWatcher: vscode.FileSystemWatcher | undefined;
  private disposed = false;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDidDisplayEmitter = new vscode.EventEmitter<Displayed>();
  private readonly onDidDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDidDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    target: PreviewTarget,
    private readonly deps: PreviewDependencies,
  ) {
    this.target = target;
    const webviewRoot = vscode.Uri.joinPath(deps.extensionUri, 'dist', 'webview');
    panel.webview.options = { enableScripts: true, enableForms: false, localResourceRoots: [webviewRoot] };
    panel.webview.html = shellHtml(panel.webview, webviewRoot);
    this.disposables.push(
      this.onDidDisplayEmitter,
      this.onDidDisposeEmitter,
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => {
        if (isFromWebview(message)) void this.onMessage(message);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length && (this.isSource(event.document.uri) || this.isRequest(event.document.uri))) this.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (this.isRequest(document.uri)) this.refresh();
      }),
    );
    this.firstUpdate = false;
    this.initialRender = this.update();
  }

  /** The first render (started by the constructor). */
  readonly initialRender: Promise<void>;

  get isDisposed(): boolean {
    return this.disposed;
  }

  get currentTarget(): PreviewTarget {
    return this.target;
  }

  /** The key the chosen sample request is remembered under: the document and the integration. */
  get requestKey(): string {
    const integration = this.target.integrationId ?? this.lastResponse?.result?.integration?.id ?? this.lastResponse?.result?.template?.integrationId ?? '';
    return `${this.target.uri.toString()}#${integration}`;
  }

  get routeOfTarget(): Route | undefined {
    return this.route;
  }

  /** Shows another template or integration; the sample request is chosen again for it. */
  retarget(target: PreviewTarget): Promise<void> {
    const sameIntegration = this.target.uri.toString() === target.uri.toString() && !!target.integrationId && target.integrationId === this.target.integrationId;
    this.target = target;
    if (!sameIntegration) {
      this.request = { resolved: false };
      this.route = undefined;
    }
    return this.updateNow();
  }

  /** Uses this sample request file (undefined: generate one from the operation) from now on. */
  useRequest(uri: vscode.Uri | undefined): Promise<void> {
    this.request = { uri, resolved: true };
    this.watchRequest();
    return this.updateNow();
  }

  get requestUri(): vscode.Uri | undefined {
    return this.request.uri;
  }

  snapshot(): PreviewSnapshot {
    return {
      version: this.version,
      target: { uri: this.target.uri.toString(), mode: this.target.mode, templateId: this.target.templateId, integrationId: this.target.integrationId },
      request: { uri: this.request.uri?.toString(), label: this.requestLabel() },
      response: this.lastResponse,
      displayed: this.displayed,
    };
  }

  /** Resolves once the webview shows the latest render (newer than `afterVersion`), or rejects after `timeoutMs`. */
  whenDisplayed(afterVersion = 0, timeoutMs = 20_000): Promise<PreviewSnapshot> {
    const done = () => !!this.displayed && this.displayed.version > afterVersion && this.displayed.version === this.version && !this.throttleTimer;
    if (done()) return Promise.resolve(this.snapshot());
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listener.dispose();
        reject(new Error(`the preview did not show a render newer than ${afterVersion} within ${timeoutMs} ms (latest ${this.version}, shown ${this.displayed?.version ?? 'none'})`));
      }, timeoutMs);
      const listener = this.onDidDisplayEmitter.event(() => {
        if (!done()) return;
        clearTimeout(timer);
        listener.dispose();
        resolve(this.snapshot());
      });
    });
  }

  /** The first call renders at once; calls shortly after it are throttled into one render. */
  refresh(): void {
    if (this.disposed) return;
    if (!this.throttleTimer) {
      if (this.firstUpdate) void this.update();
      else this.throttleTimer = setTimeout(() => void this.update(), THROTTLE_MS);
    }
    this.firstUpdate = false;
  }

  private updateNow(): Promise<void> {
    this.firstUpdate = false;
    return this.update();
  }

  private async update(): Promise<void> {
    clearTimeout(this.throttleTimer);
    this.throttleTimer = undefined;
    if (this.disposed) return;
    const version = ++this.version;
    this.cts?.cancel();
    this.cts?.dispose();
    const cts = (this.cts = new vscode.CancellationTokenSource());
    this.post({ type: 'busy', version });
    const stale = () => this.disposed || version !== this.version || cts.token.isCancellationRequested;
    try {
      const client = await this.deps.client();
      const document = await vscode.workspace.openTextDocument(this.target.uri);
      if (stale()) return;
      if (!this.request.resolved) {
        await this.resolveRequest(client, document);
        if (stale()) return;
      }
      let requestText: string | undefined;
      if (this.request.uri) {
        try {
          requestText = await this.deps.samples.readText(this.request.uri);
        } catch (error) {
          requestText = undefined;
          this.show(version, { message: `Cannot read the sample request ${vscode.workspace.asRelativePath(this.request.uri)}: ${(error as Error).message}` });
          return;
        }
      }
      if (stale()) return;
      const t = this.target;
      const response = await client.sendRequest(
        RenderTemplateRequest.type,
        {
          uri: document.uri.toString(),
          mode: t.mode,
          templateId: t.templateId,
          integrationId: t.integrationId,
          position: t.position,
          stage: t.stage,
          requestText,
          requestName: this.request.uri ? vscode.workspace.asRelativePath(this.request.uri) : undefined,
        },
        cts.token,
      );
      if (stale()) return;
      this.lastResponse = response;
      const result = response.result;
      // Follow the template when its id changed (found again by position) and keep its position current.
      if (result?.template && t.mode === 'render') {
        this.target = { ...this.target, templateId: result.template.id, position: result.template.keyRange.start };
      }
      if (result?.integration && t.mode === 'simulate') this.target = { ...this.target, integrationId: result.integration.id };
      this.show(version, { result, message: response.message });
    } catch (error) {
      if (stale()) return;
      this.show(version, { message: `The preview could not render: ${(error as Error)?.message ?? error}` });
    }
  }

  private async resolveRequest(client: LanguageClient, document: vscode.TextDocument): Promise<void> {
    const list = await client.sendRequest(ListTemplatesRequest.type, { uri: document.uri.toString() });
    const template = list.templates.find((x) => x.id === this.target.templateId);
    const integrationId = this.target.integrationId ?? template?.integrationId;
    const integration = list.integrations.find((i) => i.id === integrationId);
    this.route = integration ? { method: integration.method, path: integration.path } : undefined;
    const key = `${this.target.uri.toString()}#${integrationId ?? ''}`;
    this.request = { uri: await this.deps.samples.choose(key, this.route), resolved: true };
    this.watchRequest();
  }

  /** A sample request changed on disk while not open in an editor (open ones report edits as they happen). */
  private watchRequest(): void {
    this.requestWatcher?.dispose();
    this.requestWatcher = undefined;
    const uri = this.request.uri;
    if (!uri || uri.scheme !== 'file') return;
    const folder = vscode.Uri.joinPath(uri, '..');
    const name = uri.path.split('/').pop() ?? '';
    this.requestWatcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const changed = (changedUri: vscode.Uri) => {
      if (this.isRequest(changedUri) && !vscode.workspace.textDocuments.some((d) => d.uri.toString() === changedUri.toString())) this.refresh();
    };
    this.requestWatcher.onDidChange(changed);
    this.requestWatcher.onDidCreate(changed);
    this.requestWatcher.onDidDelete(changed);
  }

  private requestLabel(): string {
    if (this.request.uri) return vscode.workspace.asRelativePath(this.request.uri);
    return this.lastResponse?.result?.requestName ?? 'generated from the operation';
  }

  private show(version: number, content: { result?: PreviewView['result']; message?: string }): void {
    const result = content.result;
    const what = (this.target.mode === 'simulate' ? result?.integration?.label : result?.template?.label) ?? vscode.workspace.asRelativePath(this.target.uri);
    const title = `${this.target.mode === 'render' ? 'Render' : 'Simulate'}: ${what}`;
    this.panel.title = this.target.mode === 'render' ? `Render: ${result?.template?.owner ?? what}` : `Simulate: ${result?.integration?.label ?? what}`;
    const view: PreviewView = {
      version,
      mode: this.target.mode,
      title,
      requestLabel: this.requestLabel(),
      requestIsFile: !!this.request.uri,
      ...(result ? { result } : {}),
      ...(content.message ? { message: content.message } : {}),
    };
    this.lastView = view;
    this.post({ type: 'update', view });
  }

  private post(message: ToWebview): void {
    if (!this.disposed) void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        // The webview (re)loaded, e.g. after being hidden: show the latest view again.
        if (this.lastView) this.post({ type: 'update', view: this.lastView });
        return;
      case 'didRender':
        this.displayed = { version: message.version, title: message.title, status: message.status, output: message.output, errors: message.errors };
        this.onDidDisplayEmitter.fire(this.displayed);
        return;
      case 'reveal':
        await this.reveal(message.range);
        return;
      case 'pickRequest':
        await vscode.commands.executeCommand('apigw.selectSampleRequest');
        return;
      case 'openRequest':
        if (this.request.uri) await vscode.window.showTextDocument(this.request.uri, { viewColumn: this.sourceColumn(), preview: false });
        return;
      case 'createRequest':
        await vscode.commands.executeCommand('apigw.createSampleRequest', this.target.uri.toString(), {
          integrationId: this.target.integrationId ?? this.lastResponse?.result?.template?.integrationId,
          position: this.target.position,
        });
        return;
      case 'switchMode':
        await this.switchMode();
        return;
    }
  }

  private async switchMode(): Promise<void> {
    const result = this.lastResponse?.result;
    if (this.target.mode === 'render') {
      await this.retarget({ ...this.target, mode: 'simulate', integrationId: this.target.integrationId ?? result?.template?.integrationId ?? result?.integration?.id });
    } else {
      await this.retarget({ ...this.target, mode: 'render', templateId: this.target.templateId ?? result?.template?.id });
    }
  }

  private sourceColumn(): vscode.ViewColumn {
    const editor = vscode.window.visibleTextEditors.find((e) => this.isSource(e.document.uri));
    return editor?.viewColumn ?? vscode.ViewColumn.One;
  }

  /** Shows the source document with `range` selected, in the editor it is already open in if any. */
  async reveal(range: SourceRange): Promise<vscode.TextEditor> {
    const selection = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
    const editor = await vscode.window.showTextDocument(this.target.uri, { viewColumn: this.sourceColumn(), selection, preserveFocus: false, preview: false });
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  private isSource(uri: vscode.Uri): boolean {
    return uri.toString() === this.target.uri.toString();
  }

  private isRequest(uri: vscode.Uri): boolean {
    return !!this.request.uri && uri.toString() === this.request.uri.toString();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.throttleTimer);
    this.throttleTimer = undefined;
    this.cts?.cancel();
    this.cts?.dispose();
    this.requestWatcher?.dispose();
    this.onDidDisposeEmitter.fire();
    for (const d of this.disposables) d.dispose();
    this.panel.dispose();
  }
}

/** The page: a strict CSP (our script by nonce, our stylesheet, nothing else), the script and an empty root. */
function shellHtml(webview: vscode.Webview, root: vscode.Uri): string {
  const nonce = randomBytes(16).toString('base64');
  const script = webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(root, 'preview.css'));
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `font-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>API Gateway render preview</title>
</head>
<body>
<div id="root"><p class="muted">Rendering…</p></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
