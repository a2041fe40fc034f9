import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { hasApiGatewayContent } from '../../shared/markers';
import { createLanguageClient } from './languageClient';

const SERVED_LANGUAGES = new Set(['yaml', 'json', 'jsonc', 'vtl']);

/**
 * Starts the language server only once a document with API Gateway content (or a VTL template) is open:
 * activation on every YAML/JSON file costs a regex, not a server process.
 */
export class ServerManager implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<LanguageClient> | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  /** The messages shown to the user about the server's health (crashes, restarts), in order. */
  readonly notices: string[] = [];

  constructor(
    private readonly context: vscode.ExtensionContext,
    readonly output: vscode.OutputChannel,
  ) {
    this.disposables.push(vscode.workspace.onDidOpenTextDocument((document) => this.consider(document)));
    for (const document of vscode.workspace.textDocuments) this.consider(document);
  }

  get running(): LanguageClient | undefined {
    return this.client;
  }

  /** The client, starting the server if needed. */
  async ensureStarted(): Promise<LanguageClient> {
    if (this.client) return this.client;
    this.starting ??= (async () => {
      const client = createLanguageClient(this.context, this.output, this.notices);
      await client.start();
      this.client = client;
      return client;
    })();
    return this.starting;
  }

  async restart(): Promise<void> {
    if (!this.client) {
      await this.ensureStarted();
      return;
    }
    await this.client.restart();
  }

  private consider(document: vscode.TextDocument): void {
    if (this.client || this.starting || !isServedDocument(document)) return;
    void this.ensureStarted().catch((error) => {
      this.output.appendLine(`Could not start the language server: ${error?.stack ?? error}`);
      void vscode.window.showErrorMessage(`API Gateway: the language server could not start (${error?.message ?? error}).`);
    });
  }

  async dispose(): Promise<void> {
    for (const d of this.disposables) d.dispose();
    await this.client?.stop();
  }
}

export function isServedDocument(document: vscode.TextDocument): boolean {
  if (!SERVED_LANGUAGES.has(document.languageId)) return false;
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return false;
  return document.languageId === 'vtl' || hasApiGatewayContent(document.getText());
}
