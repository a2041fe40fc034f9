/**
 * Sample request files: `.apigw/requests/*.json` in every workspace folder, plus the files (or globs) named in
 * the setting `apigw.render.requests`. The choice per operation is remembered in the workspace state; without
 * one, a file whose httpMethod and path match the operation is used, else a request generated from it.
 */
import * as vscode from 'vscode';
import { sampleMatchesRoute } from '../../../shared/routes';

export const REQUESTS_GLOB = '.apigw/requests/*.json';
const STATE_KEY = 'apigw.render.chosenRequests';
const MAX_FILES = 500;

export interface SampleRequestFile {
  readonly uri: vscode.Uri;
  /** The path relative to its workspace folder. */
  readonly label: string;
  readonly httpMethod?: string;
  readonly path?: string;
  readonly resourcePath?: string;
}

export interface Route {
  readonly method?: string;
  readonly path?: string;
}

export class SampleRequestStore {
  constructor(private readonly state: vscode.Memento) {}

  /** Every sample request file, sorted by label. */
  async list(): Promise<SampleRequestFile[]> {
    const uris = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const patterns = [REQUESTS_GLOB, ...(vscode.workspace.getConfiguration('apigw.render', folder.uri).get<string[]>('requests') ?? [])];
      for (const pattern of patterns) {
        if (typeof pattern !== 'string' || !pattern.trim()) continue;
        const found = pattern.startsWith('/')
          ? [vscode.Uri.file(pattern)]
          : await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), '**/node_modules/**', MAX_FILES);
        for (const uri of found) uris.set(uri.toString(), uri);
      }
    }
    const files = await Promise.all([...uris.values()].map((uri) => this.describe(uri)));
    return files.filter((f): f is SampleRequestFile => f !== undefined).sort((a, b) => a.label.localeCompare(b.label));
  }

  /** The file's method and paths (for matching and for the picker), or undefined when it cannot be read. */
  async describe(uri: vscode.Uri): Promise<SampleRequestFile | undefined> {
    const label = vscode.workspace.asRelativePath(uri, false);
    try {
      const json = JSON.parse(await this.readText(uri)) as Record<string, unknown>;
      const str = (k: string) => (typeof json?.[k] === 'string' ? (json[k] as string) : undefined);
      return { uri, label, httpMethod: str('httpMethod'), path: str('path'), resourcePath: str('resourcePath') };
    } catch {
      // Still listed: the preview will say what is wrong with it.
      return { uri, label };
    }
  }

  /** The text as the editor has it (unsaved edits included), else from disk. */
  async readText(uri: vscode.Uri): Promise<string> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  }

  /** The remembered choice: a file, `null` for "generated", undefined when nothing was chosen. */
  remembered(key: string): vscode.Uri | null | undefined {
    const value = this.state.get<Record<string, string | null>>(STATE_KEY, {})[key];
    return value === undefined ? undefined : value === null ? null : vscode.Uri.parse(value);
  }

  async remember(key: string, uri: vscode.Uri | null): Promise<void> {
    const all = { ...this.state.get<Record<string, string | null>>(STATE_KEY, {}) };
    all[key] = uri ? uri.toString() : null;
    await this.state.update(STATE_KEY, all);
  }

  /** The remembered file if it still exists, else the first file matching the route, else undefined (generate). */
  async choose(key: string, route: Route | undefined): Promise<vscode.Uri | undefined> {
    const remembered = this.remembered(key);
    if (remembered === null) return undefined;
    if (remembered) {
      try {
        await vscode.workspace.fs.stat(remembered);
        return remembered;
      } catch {
        // deleted: fall back to matching
      }
    }
    if (!route?.path) return undefined;
    return (await this.list()).find((f) => sampleMatchesRoute(f, route))?.uri;
  }
}

export function matches(file: SampleRequestFile, route: Route | undefined): boolean {
  return !!route && sampleMatchesRoute(file, route);
}
