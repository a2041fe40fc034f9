/**
 * The language server: LSP wiring only. Every feature is a call into the pure service (./service).
 * Runs inside VS Code (IPC) or standalone: `node dist/server.js --stdio` for Neovim, Helix, Emacs.
 */
import {
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { DocumentCache } from './lsp/documentCache';
import { FramingGuard, routeConsoleTo } from './lsp/stdioFraming';
import { FEATURES } from './lsp/handlers';
import type { ServerContext } from './lsp/serverContext';
import { ValidationScheduler } from './lsp/validationScheduler';
import { getLanguageService, isVtlDocument, PieceTextDocument, SeveritySetting } from './service';

// Over stdio, malformed framing is dropped before vscode-jsonrpc sees it (it would stop reading: see stdioFraming.ts).
const connection = process.argv.includes('--stdio')
  ? createConnection(ProposedFeatures.all, process.stdin.pipe(new FramingGuard((reason) => connection.console.warn(reason))), process.stdout)
  : createConnection(ProposedFeatures.all);
if (process.argv.includes('--stdio')) routeConsoleTo((message) => connection.console.log(message));
// Open documents as pieces: a keystroke in a 15 MB file does not build a 15 MB string (see pieceText.ts).
const documents = new TextDocuments(PieceTextDocument);
const service = getLanguageService();
const cache = new DocumentCache(service);
const log = (message: string) => connection.console.log(message);

interface ServerSettings {
  enable?: boolean;
  diagnostics?: { rules?: Record<string, SeveritySetting> };
}

let settings: ServerSettings = { enable: true };
let canPullConfiguration = false;

const scheduler = new ValidationScheduler({
  getDocument: (uri) => documents.get(uri),
  validate: (document, isCancelled) => {
    if (settings.enable === false) return [];
    return service.doValidation(document, cache.get(document), { isCancelled });
  },
  publish: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, version, diagnostics }),
  refresh: () => void connection.languages.diagnostics.refresh(),
  log,
});

connection.onInitialize((params: InitializeParams): InitializeResult => {
  canPullConfiguration = !!params.capabilities.workspace?.configuration;
  const initial = params.initializationOptions as { settings?: ServerSettings } | undefined;
  if (initial?.settings) applySettings(initial.settings);
  return {
    capabilities: Object.assign({ textDocumentSync: TextDocumentSyncKind.Incremental }, ...FEATURES.map((f) => f.capabilities), scheduler.useClient(params.capabilities)),
    serverInfo: { name: 'apigw-language-server', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'apigw' });
    await refreshSettings();
  }
});

connection.onDidChangeConfiguration(async (change) => {
  if (canPullConfiguration) await refreshSettings();
  else if (change.settings?.apigw) applySettings(change.settings.apigw as ServerSettings);
  scheduler.revalidateAll(documents.all().map((document) => document.uri));
});

async function refreshSettings(): Promise<void> {
  try {
    const value = (await connection.workspace.getConfiguration('apigw')) as ServerSettings | null;
    if (value) applySettings(value);
  } catch (error) {
    log(`Could not read settings: ${(error as Error).message}`);
  }
}

function applySettings(next: ServerSettings): void {
  settings = { enable: next.enable ?? true, diagnostics: next.diagnostics };
  service.configure({ rules: next.diagnostics?.rules });
}

documents.onDidOpen((event) => scheduler.schedule(event.document.uri, true));
documents.onDidChangeContent((event) => scheduler.schedule(event.document.uri));
documents.onDidClose((event) => {
  scheduler.forget(event.document.uri);
  cache.delete(event.document.uri);
  void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
});

const context: ServerContext = {
  connection,
  documents,
  service,
  cache,
  scheduler,
  log,
  isEnabled: () => settings.enable !== false,
  served(uri) {
    const document = documents.get(uri);
    if (!document || settings.enable === false) return undefined;
    const parsed = cache.get(document);
    return parsed.isApiGateway || isVtlDocument(document) ? { document, parsed } : undefined;
  },
};
for (const feature of FEATURES) feature.register(context);

connection.onShutdown(() => {
  scheduler.dispose();
  cache.clear();
});

documents.listen(connection);
connection.listen();
