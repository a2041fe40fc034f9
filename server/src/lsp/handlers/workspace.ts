/**
 * The workspace index behind workspace symbols and the Integrations view: started on the first opened document
 * or the first request (the server itself starts only when API Gateway content opens), fed by the workspace
 * folders, watched-file events and open documents, and announced to the client when it changes.
 */
import { DidChangeWatchedFilesNotification, FileChangeType, ServerCapabilities } from 'vscode-languageserver/node';
import { WorkspaceIntegrationsChangedNotification, WorkspaceIntegrationsRequest } from '../../../../shared/protocol';
import { findWorkspaceSymbols } from '../../service';
import { runSafe } from '../runSafe';
import type { ServerContext } from '../serverContext';
import { WorkspaceIndex } from '../workspaceIndex';

export const workspaceCapabilities: ServerCapabilities = { workspaceSymbolProvider: true };

/**
 * An open document's integrations are read again once typing pauses: 400 ms, or ten times what the last reading
 * of that document took (a 10,000-integration template takes ~100 ms: it waits a second), so that the next
 * keystroke's completion rarely waits behind it.
 */
const DOCUMENT_DEBOUNCE_MS = 400;
const DEBOUNCE_PER_COST = 10;
const MAX_DEBOUNCE_MS = 3000;

export function registerWorkspace(context: ServerContext): void {
  const { connection, documents, log } = context;
  const index = new WorkspaceIndex(context.service, log);
  const pending = new Map<string, NodeJS.Timeout>();
  const lastCost = new Map<string, number>();
  let started: Promise<void> | undefined;

  const scanFolders = async () => {
    let folders: { uri: string }[] | null = null;
    try {
      folders = await connection.workspace.getWorkspaceFolders();
    } catch (error) {
      log(`Workspace index: no workspace folders (${(error as Error).message})`);
    }
    const t0 = Date.now();
    let files = 0;
    for (const folder of folders ?? []) files += await index.addFolder(folder.uri);
    log(`Workspace index: ${files} files with integrations in ${Date.now() - t0} ms`);
  };

  const start = (): Promise<void> => {
    started ??= (async () => {
      try {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.{yaml,yml,json,template}' }] });
      } catch (error) {
        log(`Workspace index: the client does not watch files for us (${(error as Error).message}); open documents still update it`);
      }
      try {
        connection.workspace.onDidChangeWorkspaceFolders((event) => {
          for (const removed of event.removed) index.removeFolder(removed.uri);
          for (const added of event.added) void index.addFolder(added.uri);
        });
      } catch {
        // the client does not report workspace folder changes
      }
      await scanFolders();
    })();
    return started;
  };

  const fromDocument = (uri: string) => {
    const timer = pending.get(uri);
    if (timer) clearTimeout(timer);
    const delay = Math.min(MAX_DEBOUNCE_MS, Math.max(DOCUMENT_DEBOUNCE_MS, DEBOUNCE_PER_COST * (lastCost.get(uri) ?? 0)));
    pending.set(
      uri,
      setTimeout(() => {
        pending.delete(uri);
        const document = documents.get(uri);
        if (!document || !context.isEnabled()) return;
        const began = performance.now();
        try {
          index.updateFromDocument(document, context.cache.get(document));
        } catch (error) {
          log(`Workspace index: ${uri}: ${(error as Error).message}`);
        }
        lastCost.set(uri, performance.now() - began);
      }, delay),
    );
  };

  documents.onDidOpen((event) => {
    if (!context.isEnabled()) return;
    void start();
    fromDocument(event.document.uri);
  });
  documents.onDidChangeContent((event) => fromDocument(event.document.uri));
  documents.onDidClose((event) => {
    const timer = pending.get(event.document.uri);
    if (timer) clearTimeout(timer);
    pending.delete(event.document.uri);
    lastCost.delete(event.document.uri);
    void index.closeDocument(event.document.uri);
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      if (change.type === FileChangeType.Deleted) index.remove(change.uri);
      else void index.refreshFile(change.uri);
    }
  });

  connection.onWorkspaceSymbol((params, token) => {
    void start();
    return runSafe(log, 'Workspace symbols', token, [], () => findWorkspaceSymbols(index.files(), params.query));
  });

  connection.onRequest(WorkspaceIntegrationsRequest.type, async (params) => {
    if (!context.isEnabled()) return { version: 0, scanning: false, files: [] };
    if (params?.rescan && started) {
      await started;
      index.clear();
      for (const document of documents.all()) index.updateFromDocument(document, context.cache.get(document));
      started = (async () => scanFolders())();
    } else void start();
    return index.snapshot();
  });

  index.onDidChange(() => {
    const { version, scanning } = index.snapshot();
    void connection.sendNotification(WorkspaceIntegrationsChangedNotification.type, { version, scanning });
  });
}
