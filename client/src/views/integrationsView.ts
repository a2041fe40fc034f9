/**
 * "API Gateway Integrations" in the explorer: every integration of the workspace, file → API → path → method,
 * with its type (icon and label) and its problems (the apigw diagnostics inside it). The data is the server's
 * workspace index; the view asks for it once the server runs (it starts for an API Gateway document, when the
 * view is expanded, or on Refresh) and again whenever the server says the index changed.
 */
import * as vscode from 'vscode';
import {
  WorkspaceIntegrationsChangedNotification,
  WorkspaceIntegrationsRequest,
  type IntegrationSummary,
  type WorkspaceIntegrationsResult,
} from '../../../shared/protocol';
import { isServedDocument, ServerManager } from '../serverManager';
import { buildTree, GroupNode, IntegrationLeaf, TreeNode } from './integrationsModel';

export const INTEGRATIONS_VIEW_ID = 'apigw.integrations';
export const REVEAL_INTEGRATION_COMMAND = 'apigw.revealIntegration';
const STATE_CONTEXT = 'apigw.integrations.state';
const DIAGNOSTIC_SOURCE = 'apigw';
const MAX_EXPANDED_FILES = 25;

const TYPE_ICONS: Record<string, string> = {
  AWS_PROXY: 'symbol-function',
  AWS: 'cloud',
  HTTP: 'globe',
  HTTP_PROXY: 'arrow-swap',
  MOCK: 'beaker',
};

/** What the tree shows, as plain data (for tests and other extensions). */
export interface IntegrationsTreeSnapshot {
  readonly label: string;
  readonly description?: string;
  readonly children: IntegrationsTreeSnapshot[];
}

interface Problems {
  readonly errors: number;
  readonly warnings: number;
  readonly total: number;
}

export class IntegrationsView implements vscode.TreeDataProvider<TreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<TreeNode>;
  private roots: GroupNode[] = [];
  private result: WorkspaceIntegrationsResult | undefined;
  private connecting: Promise<void> | undefined;
  private fetchTimer: NodeJS.Timeout | undefined;
  private problemsTimer: NodeJS.Timeout | undefined;
  private readonly diagnostics = new Map<string, readonly vscode.Diagnostic[]>();
  private readonly parents = new Map<TreeNode, GroupNode>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly updateWaiters: (() => void)[] = [];

  constructor(private readonly manager: ServerManager) {
    this.treeView = vscode.window.createTreeView(INTEGRATIONS_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.treeView,
      this.changed,
      this.treeView.onDidChangeVisibility((e) => e.visible && void this.connect()),
      vscode.workspace.onDidOpenTextDocument((document) => isServedDocument(document) && void this.connect()),
      vscode.languages.onDidChangeDiagnostics((e) => this.onDiagnostics(e)),
    );
    void vscode.commands.executeCommand('setContext', STATE_CONTEXT, 'idle');
    if (this.treeView.visible || vscode.workspace.textDocuments.some(isServedDocument)) void this.connect();
  }

  /** Connects to the language server (starting it if needed) and loads the index. */
  connect(): Promise<void> {
    this.connecting ??= (async () => {
      const client = await this.manager.ensureStarted();
      this.disposables.push(client.onNotification(WorkspaceIntegrationsChangedNotification.type, () => this.scheduleFetch()));
      await this.fetch(false);
    })().catch((error: unknown) => {
      this.connecting = undefined;
      this.manager.output.appendLine(`Integrations view: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.connecting;
  }

  /** Scans the workspace again. */
  async refresh(): Promise<void> {
    await this.connect();
    await this.fetch(true);
  }

  /** The tree as plain data, once the index has answered (and finished scanning when `complete`). */
  async snapshot(options: { complete?: boolean } = {}): Promise<IntegrationsTreeSnapshot[]> {
    await this.connect();
    while (!this.result || (options.complete && this.result.scanning)) await new Promise<void>((resolve) => this.updateWaiters.push(resolve));
    const walk = (node: TreeNode): IntegrationsTreeSnapshot => {
      const item = this.getTreeItem(node);
      const label = typeof item.label === 'string' ? item.label : item.label?.label ?? '';
      return { label, description: typeof item.description === 'string' ? item.description : undefined, children: node.kind === 'integration' ? [] : node.children.map(walk) };
    };
    return this.roots.map(walk);
  }

  private scheduleFetch(): void {
    if (this.fetchTimer) clearTimeout(this.fetchTimer);
    this.fetchTimer = setTimeout(() => void this.fetch(false), 100);
  }

  private async fetch(rescan: boolean): Promise<void> {
    const client = this.manager.running;
    if (!client) return;
    if (rescan) await vscode.commands.executeCommand('setContext', STATE_CONTEXT, 'scanning');
    let result: WorkspaceIntegrationsResult;
    try {
      result = await client.sendRequest(WorkspaceIntegrationsRequest.type, { rescan });
    } catch (error) {
      this.manager.output.appendLine(`Integrations view: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (this.result && result.version < this.result.version && !rescan) return; // an older answer overtaken
    this.result = result;
    this.roots = buildTree(result.files, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri)));
    this.parents.clear();
    const index = (node: GroupNode) => {
      for (const child of node.children) {
        this.parents.set(child, node);
        if (child.kind !== 'integration') index(child);
      }
    };
    this.roots.forEach(index);
    this.diagnostics.clear();
    this.treeView.message = result.scanning ? 'Scanning the workspace for API Gateway integrations…' : undefined;
    this.treeView.description = result.scanning ? undefined : `${this.roots.reduce((n, r) => n + r.integrations.length, 0)}`;
    await vscode.commands.executeCommand('setContext', STATE_CONTEXT, result.scanning ? 'scanning' : this.roots.length ? 'ready' : 'empty');
    this.changed.fire(undefined);
    for (const waiter of this.updateWaiters.splice(0)) waiter();
  }

  private onDiagnostics(event: vscode.DiagnosticChangeEvent): void {
    if (!this.roots.length) return;
    const ours = new Set(this.roots.map((r) => vscode.Uri.parse(r.uri).toString()));
    if (!event.uris.some((u) => ours.has(u.toString()))) return;
    for (const uri of event.uris) this.diagnostics.delete(uri.toString());
    if (this.problemsTimer) clearTimeout(this.problemsTimer);
    this.problemsTimer = setTimeout(() => this.changed.fire(undefined), 150);
  }

  private diagnosticsOf(uri: string): readonly vscode.Diagnostic[] {
    const key = vscode.Uri.parse(uri).toString();
    let found = this.diagnostics.get(key);
    if (!found) {
      found = vscode.languages.getDiagnostics(vscode.Uri.parse(uri)).filter((d) => d.source === DIAGNOSTIC_SOURCE);
      this.diagnostics.set(key, found);
    }
    return found;
  }

  private problemsOf(leaves: readonly IntegrationLeaf[]): Problems {
    let errors = 0;
    let warnings = 0;
    let total = 0;
    for (const leaf of leaves) {
      const range = toRange(leaf.integration.range);
      for (const d of this.diagnosticsOf(leaf.uri)) {
        if (!range.contains(d.range.start)) continue;
        total++;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
      }
    }
    return { errors, warnings, total };
  }

  getChildren(node?: TreeNode): TreeNode[] {
    if (!node) {
      if (!this.connecting && this.treeView.visible) void this.connect();
      return this.roots;
    }
    return node.kind === 'integration' ? [] : node.children;
  }

  getParent(node: TreeNode): TreeNode | undefined {
    return this.parents.get(node);
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    if (node.kind === 'integration') return this.integrationItem(node);
    const problems = this.problemsOf(node.integrations);
    const count = `${node.integrations.length} integration${node.integrations.length === 1 ? '' : 's'}`;
    // Large workspaces start with their files folded: the view stays quick to render and to scan by eye.
    const folded = node.kind === 'file' && this.roots.length > MAX_EXPANDED_FILES;
    const item = new vscode.TreeItem(node.label, folded ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded);
    item.id = node.id;
    item.description = [node.kind === 'file' ? count : undefined, problemText(problems)].filter(Boolean).join(' · ') || undefined;
    item.contextValue = `apigw.${node.kind}`;
    if (node.kind === 'file') {
      item.resourceUri = vscode.Uri.parse(node.uri);
      item.iconPath = vscode.ThemeIcon.File;
      item.tooltip = `${node.label}\n${count}`;
    } else item.iconPath = new vscode.ThemeIcon(node.kind === 'api' ? 'server-environment' : 'list-tree');
    return item;
  }

  private integrationItem(node: IntegrationLeaf): vscode.TreeItem {
    const summary: IntegrationSummary = node.integration;
    const problems = this.problemsOf([node]);
    const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = [[summary.type ?? '?', summary.target].filter(Boolean).join(' '), summary.readOnly ? 'SAM event' : undefined, problemText(problems)].filter(Boolean).join(' · ');
    const color = problems.errors ? 'problemsErrorIcon.foreground' : problems.warnings ? 'problemsWarningIcon.foreground' : undefined;
    item.iconPath = new vscode.ThemeIcon(TYPE_ICONS[summary.type ?? ''] ?? 'question', color ? new vscode.ThemeColor(color) : undefined);
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown(`**${escape(summary.label)}**\n\n`);
    tooltip.appendMarkdown(`Type: \`${summary.type ?? 'unknown'}\`${summary.target ? ` · Target: \`${summary.target}\`` : ''}\n\n`);
    tooltip.appendMarkdown(`${escape(summary.api)} · ${escape(vscode.workspace.asRelativePath(vscode.Uri.parse(node.uri)))}:${summary.selectionRange.start.line + 1}`);
    if (problems.total) tooltip.appendMarkdown(`\n\n${problemText(problems)}`);
    item.tooltip = tooltip;
    item.contextValue = 'apigw.integration';
    item.command = { title: 'Reveal Integration', command: REVEAL_INTEGRATION_COMMAND, arguments: [node.uri, summary.selectionRange] };
    return item;
  }

  dispose(): void {
    if (this.fetchTimer) clearTimeout(this.fetchTimer);
    if (this.problemsTimer) clearTimeout(this.problemsTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function toRange(range: IntegrationSummary['range']): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

function problemText(problems: Problems): string | undefined {
  if (!problems.total) return undefined;
  return `${problems.total} problem${problems.total === 1 ? '' : 's'}`;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, (c) => '\\' + c);
}
