/**
 * A language server driven over stdio the way an editor drives it: initialize, open, incremental didChange,
 * pushed or pulled diagnostics, completion, hover; its peak memory read from /proc. Used by the benchmark
 * (bench/) and the LSP tests (test/lsp/), which also send cancellations and raw bytes and watch every publish.
 */
import { ChildProcess, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { Writable } from 'node:stream';
import { CancellationToken, createMessageConnection, MessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, Position, Range, ServerCapabilities } from 'vscode-languageserver-protocol';

const SERVER_CANCELLED = -32802;

export interface ServerSpec {
  readonly name: string;
  readonly command: string;
  readonly args: string[];
  /** Answers to `workspace/configuration`, by section. */
  readonly settings: Record<string, unknown>;
}

interface Waiter {
  readonly uri: string;
  readonly version: number | undefined;
  readonly resolve: (diagnostics: Diagnostic[]) => void;
}

/** One `textDocument/publishDiagnostics`, in the order the server sent them. */
export interface Publish {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: Diagnostic[];
}

export class LspClient {
  private readonly waiters: Waiter[] = [];
  /** Every publish received, in order. */
  readonly publishes: Publish[] = [];
  /** Resolves with the exit code (or signal) when the server process ends. */
  readonly exited: Promise<number | string | null>;
  private readonly notifications = new Map<string, ((params: unknown) => void)[]>();
  capabilities: ServerCapabilities = {};
  stderr = '';
  private folders: { uri: string; name: string }[] | null = null;

  private constructor(
    readonly spec: ServerSpec,
    private readonly child: ChildProcess,
    private readonly connection: MessageConnection,
    private readonly gate: WriteGate,
  ) {
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  }

  static start(spec: ServerSpec): LspClient {
    const child = spawn(spec.command, spec.args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const gate = new WriteGate(child.stdin!);
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(gate));
    const client = new LspClient(spec, child, connection, gate);
    child.stderr!.on('data', (chunk: Buffer) => {
      client.stderr = (client.stderr + chunk.toString()).slice(-4000);
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number; diagnostics: Diagnostic[] }) => {
      client.publishes.push(params);
      for (let i = client.waiters.length - 1; i >= 0; i--) {
        const waiter = client.waiters[i];
        if (waiter.uri !== params.uri) continue;
        // A server that says which version the diagnostics are for must say the awaited one.
        if (waiter.version !== undefined && params.version !== undefined && params.version !== waiter.version) continue;
        client.waiters.splice(i, 1);
        waiter.resolve(params.diagnostics);
      }
    });
    connection.onNotification((method: string, params: unknown) => {
      for (const handler of client.notifications.get(method) ?? []) handler(params);
    });
    connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((item) => spec.settings[item.section ?? ''] ?? null));
    connection.onRequest('workspace/workspaceFolders', () => client.folders);
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest((method: string) => {
      // Anything else an editor would answer with nothing.
      void method;
      return null;
    });
    connection.listen();
    return client;
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  async initialize(rootPath: string | undefined, options: { pullDiagnostics: boolean }): Promise<void> {
    const rootUri = rootPath ? `file://${rootPath}` : null;
    this.folders = rootUri ? [{ uri: rootUri, name: 'bench' }] : null;
    const result = (await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootPath ? [{ uri: rootUri, name: 'bench' }] : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          symbol: { dynamicRegistration: false },
          didChangeConfiguration: { dynamicRegistration: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
          diagnostics: { refreshSupport: false },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false, didSave: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          ...(options.pullDiagnostics ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
        },
        window: { workDoneProgress: true },
      },
      initializationOptions: { settings: this.spec.settings[Object.keys(this.spec.settings)[0]] },
    })) as { capabilities: ServerCapabilities };
    this.capabilities = result.capabilities;
    await this.connection.sendNotification('initialized', {});
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: this.spec.settings });
  }

  /** Whether diagnostics are pulled (the server announced `diagnosticProvider`) or pushed. */
  get pulls(): boolean {
    return !!this.capabilities.diagnosticProvider;
  }

  onNotification(method: string, handler: (params: unknown) => void): void {
    this.notifications.set(method, [...(this.notifications.get(method) ?? []), handler]);
  }

  open(uri: string, languageId: string, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  change(uri: string, version: number, range: Range, text: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Resolves with the next pushed diagnostics for the URI (for `version` when the server tells versions). */
  nextPush(uri: string, version: number | undefined, timeoutMs: number): Promise<Diagnostic[]> {
    return withTimeout(new Promise<Diagnostic[]>((resolve) => this.waiters.push({ uri, version, resolve })), timeoutMs, `${this.spec.name}: diagnostics for ${uri}`);
  }

  /** Pulls the diagnostics of the current version, asking again while the server says the document changed. */
  async pull(uri: string, timeoutMs: number): Promise<Diagnostic[]> {
    for (;;) {
      try {
        const report = (await withTimeout(this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), timeoutMs, `${this.spec.name}: pull ${uri}`)) as {
          kind: string;
          items?: Diagnostic[];
        };
        return report.items ?? [];
      } catch (error) {
        if (error instanceof ResponseError && error.code === SERVER_CANCELLED) continue;
        throw error;
      }
    }
  }

  request<T>(method: string, params: unknown, timeoutMs: number, token?: CancellationToken): Promise<T> {
    const sent = token ? this.connection.sendRequest(method, params, token) : this.connection.sendRequest(method, params);
    return withTimeout(sent as Promise<T>, timeoutMs, `${this.spec.name}: ${method}`);
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /**
   * Sends every message `send` writes (requests, their cancellations) to the server in one write, so the server
   * reads them all before it handles any: what happens when an editor's messages queue behind a busy server,
   * without depending on how the operating system schedules the two processes.
   */
  async inOneWrite<T>(send: () => T): Promise<T> {
    this.gate.hold();
    try {
      const sent = send();
      // Writes are serialised: once this marker is written, so is everything `send` started. Servers ignore
      // `$/` notifications they do not know.
      await this.connection.sendNotification('$/test/marker', null);
      return sent;
    } finally {
      this.gate.release();
    }
  }

  /** Bytes straight to the server's stdin, past the JSON-RPC writer (malformed messages). */
  writeRaw(data: string | Buffer): void {
    this.child.stdin!.write(data);
  }

  /** Whether the server process is still running. */
  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  completion(uri: string, position: Position, timeoutMs: number): Promise<unknown> {
    return this.request('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 1 } }, timeoutMs);
  }

  hover(uri: string, position: Position, timeoutMs: number): Promise<unknown> {
    return this.request('textDocument/hover', { textDocument: { uri }, position }, timeoutMs);
  }

  /** Peak resident memory of the server process (VmHWM), in MB. */
  peakRssMb(): number | undefined {
    try {
      const status = fs.readFileSync(`/proc/${this.pid}/status`, 'utf8');
      const kb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1]);
      return Number.isFinite(kb) ? Math.round(kb / 1024) : undefined;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest('shutdown'), 10_000, 'shutdown');
      await this.connection.sendNotification('exit');
    } catch {
      // A server busy for minutes is stopped below.
    }
    await new Promise<void>((resolve) => {
      if (!this.alive) return resolve();
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 3000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/** The writer's way to the server's stdin: passes bytes on, or while held collects them for one write. */
class WriteGate extends Writable {
  private held: Buffer[] | undefined;

  constructor(private readonly target: NodeJS.WritableStream) {
    super();
    // The JSON-RPC writer listens here: a server that exits must be a write error, never an unhandled one.
    target.on('error', (error: Error) => this.emit('error', error));
    target.on('close', () => this.emit('close'));
  }

  hold(): void {
    this.held ??= [];
  }

  release(): void {
    const held = this.held;
    this.held = undefined;
    if (held?.length) this.target.write(Buffer.concat(held));
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    if (this.held) {
      this.held.push(chunk);
      done();
    } else {
      this.target.write(chunk, (error) => done(error ?? null));
    }
  }
}
