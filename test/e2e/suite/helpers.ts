// Helpers for e2e tests running in the extension host: open workspace files, wait for diagnostics through
// `languages.onDidChangeDiagnostics` (never a fixed sleep), run providers through the built-in
// `vscode.execute*Provider` commands exactly as the editor would.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'apigw-tools.apigw-integrations';
export const DIAGNOSTIC_SOURCE = 'apigw';
/** How long a single wait may take before it fails with a description of what it saw. */
export const WAIT_MS = Number(process.env.APIGW_E2E_WAIT_TIMEOUT) || 20_000;

/** The e2e mode the runner started us in: 'vsix' (installed package) or 'dev' (the repository folder). */
export const e2eMode = (): string => process.env.APIGW_E2E_MODE ?? 'dev';

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the e2e tests need a workspace folder (the runner opens a copy of examples/)');
  return folder.uri;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** Activates the extension (if it is not already) and returns it; fails clearly when it is not installed. */
export async function activateExtension<T = unknown>(id = EXTENSION_ID): Promise<vscode.Extension<T>> {
  const ext = vscode.extensions.getExtension<T>(id);
  if (!ext) {
    const ids = vscode.extensions.all.filter((e) => !e.id.startsWith('vscode.')).map((e) => e.id);
    throw new Error(`extension ${id} is not installed; non-builtin extensions present: ${ids.join(', ') || 'none'}`);
  }
  if (!ext.isActive) await ext.activate();
  return ext;
}

/** Opens a workspace file (relative path, '/'-separated) in an editor and returns document and editor. */
export async function openFile(
  relativePath: string,
  options: { preview?: boolean } = {},
): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor }> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  const editor = await vscode.window.showTextDocument(document, { preview: options.preview ?? false });
  return { document, editor };
}

/** Creates a file in the workspace copy (tests may write there: it is a throwaway copy of examples/). */
export async function writeWorkspaceFile(relativePath: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relativePath);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export function diagnosticsFor(uri: vscode.Uri, source: string | undefined = DIAGNOSTIC_SOURCE): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => source === undefined || d.source === source);
}

export interface WaitOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Resolves with `uri`'s diagnostics from `source` as soon as `until(diagnostics)` holds: checked now and
 * on every `onDidChangeDiagnostics` event for the uri. Default `until`: at least one diagnostic.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  options: WaitOptions & { source?: string; until?: (diagnostics: vscode.Diagnostic[]) => boolean } = {},
): Promise<vscode.Diagnostic[]> {
  const source = 'source' in options ? options.source : DIAGNOSTIC_SOURCE;
  const until = options.until ?? ((d) => d.length > 0);
  const describe = (): string =>
    `diagnostics for ${vscode.workspace.asRelativePath(uri)} (source ${source ?? 'any'}) did not satisfy the wait; ` +
    `last seen: ${formatDiagnostics(diagnosticsFor(uri, undefined))}`;
  return waitForEvent(
    vscode.languages.onDidChangeDiagnostics,
    (e) => (e === undefined || e.uris.some((u) => u.toString() === uri.toString())) && until(diagnosticsFor(uri, source)),
    () => diagnosticsFor(uri, source),
    describe,
    options,
  );
}

/** Opens a workspace file and waits for the extension's diagnostics on it (see waitForDiagnostics). */
export async function openAndWaitForDiagnostics(
  relativePath: string,
  options: WaitOptions & { until?: (diagnostics: vscode.Diagnostic[]) => boolean } = {},
): Promise<{ document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const { document } = await openFile(relativePath);
  const diagnostics = await waitForDiagnostics(document.uri, options);
  return { document, diagnostics };
}

/**
 * Waits until `test(event)` holds for an event of `event` (also checked once at the start with `undefined`),
 * then resolves with `result()`. Rejects with `describe()` after the timeout or when `signal` aborts.
 */
export function waitForEvent<E, R>(
  event: vscode.Event<E>,
  test: (e: E | undefined) => boolean,
  result: () => R,
  describe: () => string,
  options: WaitOptions = {},
): Promise<R> {
  const timeoutMs = options.timeoutMs ?? WAIT_MS;
  return new Promise<R>((resolve, reject) => {
    let settled = false;
    let subscription: vscode.Disposable | undefined; // eslint-disable-line prefer-const -- assigned after finish() is defined, which reads it
    const finish = (err?: Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      subscription?.dispose();
      options.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve(result());
    };
    const check = (e: E | undefined): void => {
      try {
        if (test(e)) finish();
      } catch (err) {
        finish(err instanceof Error ? err : new Error(String(err)));
      }
    };
    const onAbort = (): void => finish(new Error(`aborted: ${describe()}`));
    const timer = setTimeout(() => finish(new Error(`after ${timeoutMs} ms: ${describe()}`)), timeoutMs);
    options.signal?.addEventListener('abort', onAbort);
    subscription = event((e) => check(e));
    check(undefined);
  });
}

/**
 * Polls `check` (every `intervalMs`, default 100) until it returns a value other than undefined, for results
 * the API announces with no event (e.g. the server's workspace index after a debounce). Not a fixed sleep:
 * it returns as soon as the condition holds, and fails with `describe(last)` after the timeout.
 */
export async function waitUntil<T>(
  check: () => Promise<T | undefined> | T | undefined,
  describe: () => string,
  options: WaitOptions & { intervalMs?: number } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? WAIT_MS);
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (options.signal?.aborted) throw new Error(`aborted: ${describe()}`);
    if (Date.now() >= deadline) throw new Error(`after ${options.timeoutMs ?? WAIT_MS} ms: ${describe()}`);
    await new Promise((r) => setTimeout(r, options.intervalMs ?? 100));
  }
}

export function formatDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.source ?? '?'}/${codeOf(d)} ${d.message}`)
    .join('; ');
}

/** A diagnostic's code as a string, whether it is a plain code or `{ value, target }`. */
export function codeOf(d: vscode.Diagnostic): string {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? '' : String(code);
}

/** `[line (1-based), code]` pairs sorted by line then code: an easy thing to compare with deepEqual. */
export function lineCodePairs(diagnostics: readonly vscode.Diagnostic[]): Array<[number, string]> {
  return diagnostics
    .map((d): [number, string] => [d.range.start.line + 1, codeOf(d)])
    .sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]));
}

/**
 * The position of the `occurrence`-th (0-based) match of `needle` in the document, moved `offset`
 * characters to the right (so `positionOf(doc, 'aws_proxy', { offset: 3 })` is inside the word).
 */
export function positionOf(
  document: vscode.TextDocument,
  needle: string,
  options: { occurrence?: number; offset?: number } = {},
): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= (options.occurrence ?? 0); i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) {
      throw new Error(`"${needle}" occurs fewer than ${(options.occurrence ?? 0) + 1} times in ${document.uri.path}`);
    }
  }
  return document.positionAt(index + (options.offset ?? 0));
}

/** The line (0-based) of the first line containing `needle`. */
export function lineOf(document: vscode.TextDocument, needle: string, occurrence = 0): number {
  return positionOf(document, needle, { occurrence }).line;
}

export function executeCompletion(
  uri: vscode.Uri,
  position: vscode.Position,
  triggerCharacter?: string,
): Thenable<vscode.CompletionList> {
  return vscode.commands.executeCommand<vscode.CompletionList>(
    'vscode.executeCompletionItemProvider', uri, position, triggerCharacter);
}

export function executeHover(uri: vscode.Uri, position: vscode.Position): Thenable<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
}

export function executeCodeActions(
  uri: vscode.Uri,
  range: vscode.Range,
  kind?: string,
): Thenable<Array<vscode.CodeAction | vscode.Command>> {
  return vscode.commands.executeCommand<Array<vscode.CodeAction | vscode.Command>>(
    'vscode.executeCodeActionProvider', uri, range, kind);
}

export async function executeDocumentSymbols(uri: vscode.Uri): Promise<vscode.DocumentSymbol[]> {
  return (await vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>(
    'vscode.executeDocumentSymbolProvider', uri)) ?? [];
}

export async function executeDefinition(
  uri: vscode.Uri,
  position: vscode.Position,
): Promise<Array<vscode.Location | vscode.LocationLink>> {
  return (await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink> | undefined>(
    'vscode.executeDefinitionProvider', uri, position)) ?? [];
}

/** The labels of completion items, as plain strings. */
export function completionLabels(list: vscode.CompletionList | undefined): string[] {
  return (list?.items ?? []).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
}

/** All hover contents joined as text (markdown source for MarkdownString). */
export function hoverText(hovers: readonly vscode.Hover[] | undefined): string {
  return (hovers ?? [])
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n');
}

/** Flattens a symbol tree depth-first into `[depth, name]` pairs. */
export function flattenSymbols(symbols: readonly vscode.DocumentSymbol[], depth = 0): Array<[number, string]> {
  return symbols.flatMap((s): Array<[number, string]> => [[depth, s.name], ...flattenSymbols(s.children, depth + 1)]);
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
