/**
 * The integrations of every API Gateway file in the workspace, for workspace symbols and the Integrations view.
 *
 * A scan walks the workspace folders for *.yaml/*.yml/*.json/*.template (skipping dependency and build
 * folders), keeps the files with API Gateway content and stores a small summary per file (label, type, route,
 * ranges) — never the text or the tree, so memory stays proportional to the number of integrations. Open
 * documents override what is on disk; watched-file events and edits keep it current. The scan yields to the
 * event loop between files so requests are answered while it runs.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { IndexedFile, IntegrationSummary, LanguageService, ParsedDocument } from '../service';
import { hasApiGatewayContent } from '../../../shared/markers';

export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.aws-sam', 'cdk.out', 'dist', 'out', '.vscode-test']);
const EXTENSIONS = /\.(ya?ml|json|template)$/i;
/** Larger files are not API definitions anyone edits by hand (and would cost the scan seconds). */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const CHANGE_DEBOUNCE_MS = 250;

export interface IndexFileSystem {
  readDirectory(dir: string): Promise<{ name: string; directory: boolean; file: boolean }[]>;
  readFile(file: string): Promise<string | undefined>;
}

export const nodeFileSystem: IndexFileSystem = {
  async readDirectory(dir) {
    const entries = await fs.readdir(dir, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, directory: e.isDirectory(), file: e.isFile() }));
  },
  async readFile(file) {
    const stat = await fs.stat(file);
    if (stat.size > MAX_FILE_BYTES) return undefined;
    return fs.readFile(file, 'utf8');
  },
};

/** `file:///...` the way VS Code writes it (every character but unreserved ones and `/` percent-encoded). */
export function fileUri(fsPath: string): string {
  let p = fsPath.replace(/\\/g, '/');
  if (/^[A-Za-z]:/.test(p)) p = `/${p[0].toLowerCase()}:${p.slice(2)}`;
  if (!p.startsWith('/')) p = '/' + p;
  return 'file://' + p.split('/').map((segment) => encodeURIComponent(segment).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())).join('/');
}

/** Same file, however its URI was encoded. */
function keyOf(uri: string): string {
  try {
    return decodeURIComponent(uri).replace(/^file:\/\/\/([A-Za-z]):/, (_, d: string) => `file:///${d.toLowerCase()}:`);
  } catch {
    return uri;
  }
}

function languageOf(file: string): string {
  return /\.json$/i.test(file) ? 'json' : /\.ya?ml$/i.test(file) ? 'yaml' : 'plaintext';
}

export interface WorkspaceIndexSnapshot {
  readonly version: number;
  /** A scan is still running: more files may come. */
  readonly scanning: boolean;
  readonly files: IndexedFile[];
}

export class WorkspaceIndex {
  private readonly entries = new Map<string, IndexedFile>();
  private readonly open = new Set<string>();
  /** The scanned folders (file system paths): files elsewhere are indexed only while open. */
  private readonly roots = new Set<string>();
  private readonly listeners = new Set<() => void>();
  private changeTimer: NodeJS.Timeout | undefined;
  private activeScans = 0;
  private generation = 0;
  private version = 0;

  constructor(
    private readonly service: LanguageService,
    private readonly log: (message: string) => void = () => undefined,
    private readonly fileSystem: IndexFileSystem = nodeFileSystem,
  ) {}

  get scanning(): boolean {
    return this.activeScans > 0;
  }

  /** Called (debounced) whenever the set of integrations changes. */
  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  snapshot(): WorkspaceIndexSnapshot {
    return { version: this.version, scanning: this.scanning, files: [...this.entries.values()] };
  }

  files(): IterableIterator<IndexedFile> {
    return this.entries.values();
  }

  /** Indexes every candidate file under the folder; resolves with the number of files that have integrations. */
  async addFolder(folderUri: string): Promise<number> {
    const root = fileURLToPath(folderUri);
    this.roots.add(root);
    const generation = this.generation;
    this.activeScans++;
    let found = 0;
    let sliceStart = Date.now();
    let notified = Date.now();
    try {
      const stack = [root];
      while (stack.length) {
        if (generation !== this.generation) break; // cleared meanwhile
        const dir = stack.pop()!;
        let entries: Awaited<ReturnType<IndexFileSystem['readDirectory']>>;
        try {
          entries = await this.fileSystem.readDirectory(dir);
        } catch {
          continue; // unreadable or vanished
        }
        entries.sort((a, b) => (a.name < b.name ? 1 : -1)); // popped in name order
        for (const entry of entries) {
          const full = path.join(dir, entry.name);
          if (entry.directory) {
            if (!SKIPPED_FOLDERS.has(entry.name)) stack.push(full);
          } else if (entry.file && EXTENSIONS.test(entry.name)) {
            if (await this.indexFile(full)) {
              found++;
              // Show progress on long scans, without a snapshot per file.
              if (Date.now() - notified > 2000) {
                notified = Date.now();
                this.changed();
              }
            }
            if (Date.now() - sliceStart > 15) {
              await new Promise((resolve) => setImmediate(resolve));
              sliceStart = Date.now();
            }
          }
        }
      }
    } finally {
      this.activeScans--;
      this.changed();
    }
    return found;
  }

  removeFolder(folderUri: string): void {
    this.roots.delete(fileURLToPath(folderUri));
    const prefix = keyOf(folderUri).replace(/\/?$/, '/');
    for (const key of [...this.entries.keys()]) if (key.startsWith(prefix)) this.entries.delete(key);
    this.changed();
  }

  /** Forgets everything (a rescan follows); scans in flight stop adding. */
  clear(): void {
    this.generation++;
    this.entries.clear();
    this.changed();
  }

  /** Re-reads a file from disk (created or changed on disk, or closed in the editor). Open documents win. */
  async refreshFile(uri: string): Promise<void> {
    if (this.open.has(keyOf(uri))) return;
    let file: string;
    try {
      file = fileURLToPath(uri);
    } catch {
      return;
    }
    if (!EXTENSIONS.test(file) || !this.inWorkspace(file)) {
      if (this.entries.delete(keyOf(uri))) this.changed();
      return;
    }
    const before = this.entries.get(keyOf(uri));
    const indexed = await this.indexFile(file, uri);
    if (indexed || before) this.changed();
  }

  /** Under a scanned folder and not in a skipped folder below it (the workspace itself may sit in one). */
  private inWorkspace(file: string): boolean {
    for (const root of this.roots) {
      const relative = path.relative(root, file);
      if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) continue;
      return !relative.split(/[\\/]/).some((part) => SKIPPED_FOLDERS.has(part));
    }
    return false;
  }

  /** A file (or a folder) deleted on disk. */
  remove(uri: string): void {
    const key = keyOf(uri);
    let removed = this.entries.delete(key);
    const prefix = key.replace(/\/?$/, '/');
    for (const other of [...this.entries.keys()]) {
      if (other.startsWith(prefix)) removed = this.entries.delete(other) || removed;
    }
    if (removed) this.changed();
  }

  /** An open document's current version (already parsed by the document cache). */
  updateFromDocument(document: TextDocument, parsed: ParsedDocument): void {
    const key = keyOf(document.uri);
    this.open.add(key);
    this.store(key, document.uri, parsed.isApiGateway ? this.service.summarizeIntegrations(document, parsed) : []);
  }

  /** The editor closed the document: what is on disk counts again. */
  async closeDocument(uri: string): Promise<void> {
    this.open.delete(keyOf(uri));
    await this.refreshFile(uri);
  }

  private async indexFile(file: string, uri = fileUri(file)): Promise<boolean> {
    const key = keyOf(uri);
    let text: string | undefined;
    try {
      text = await this.fileSystem.readFile(file);
    } catch {
      text = undefined;
    }
    if (this.open.has(key)) return this.entries.has(key);
    if (text === undefined || !hasApiGatewayContent(text)) {
      this.entries.delete(key);
      return false;
    }
    try {
      const document = TextDocument.create(uri, languageOf(file), 0, text);
      const summaries = this.service.summarizeIntegrations(document, this.service.parseDocument(document));
      return this.store(key, uri, summaries, false);
    } catch (error) {
      this.log(`Workspace index: could not read ${file}: ${(error as Error).message}`);
      return false;
    }
  }

  /** Keeps files that have integrations; returns whether the file is in the index. */
  private store(key: string, uri: string, integrations: IntegrationSummary[], notify = true): boolean {
    const had = this.entries.has(key);
    // A JSON round trip copies every string: substrings of the file text would otherwise keep the whole text alive.
    if (integrations.length) this.entries.set(key, { uri, integrations: JSON.parse(JSON.stringify(integrations)) as IntegrationSummary[] });
    else this.entries.delete(key);
    if (notify && (had || integrations.length)) this.changed();
    return integrations.length > 0;
  }

  private changed(): void {
    this.version++;
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      for (const listener of this.listeners) listener();
    }, CHANGE_DEBOUNCE_MS);
  }

  dispose(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.listeners.clear();
    this.entries.clear();
  }
}
