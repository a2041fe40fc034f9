/**
 * Workspace scale: the server indexes every file of ../shared/corpus/templates (the Integrations view and
 * workspace symbols), measured through its own request `apigw/workspaceIntegrations`.
 */
import { LspClient, ServerSpec, withTimeout } from '../test/helpers/lspClient';

export interface WorkspaceResult {
  readonly folder: string;
  readonly indexMs?: number;
  readonly filesWithIntegrations?: number;
  readonly integrations?: number;
  readonly workspaceSymbolMs?: number;
  readonly workspaceSymbols?: number;
  readonly peakRssMb?: number;
  readonly error?: string;
}

interface IntegrationsResult {
  version: number;
  scanning: boolean;
  files: { integrations?: unknown[] }[];
}

export async function benchWorkspace(spec: ServerSpec, folder: string, timeoutMs: number): Promise<WorkspaceResult> {
  const client = LspClient.start(spec);
  try {
    // The first request starts the scan; the server announces `scanning: true`, then `scanning: false` when done.
    let finished: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finished = resolve));
    let scanning = false;
    client.onNotification('apigw/workspaceIntegrationsChanged', (params) => {
      if ((params as { scanning: boolean }).scanning) scanning = true;
      else if (scanning) finished();
    });
    await client.initialize(folder, { pullDiagnostics: true });
    const start = performance.now();
    await client.request<IntegrationsResult>('apigw/workspaceIntegrations', {}, timeoutMs);
    await withTimeout(done, timeoutMs, 'workspace scan');
    const result = await client.request<IntegrationsResult>('apigw/workspaceIntegrations', {}, timeoutMs);
    const indexMs = Math.round(performance.now() - start);
    const symbolStart = performance.now();
    const symbols = await client.request<unknown[]>('workspace/symbol', { query: 'GET' }, timeoutMs);
    const workspaceSymbolMs = Math.round((performance.now() - symbolStart) * 10) / 10;
    return {
      folder,
      indexMs,
      filesWithIntegrations: result.files.length,
      integrations: result.files.reduce((n, f) => n + (f.integrations?.length ?? 0), 0),
      workspaceSymbolMs,
      workspaceSymbols: symbols?.length ?? 0,
      peakRssMb: client.peakRssMb(),
    };
  } catch (error) {
    return { folder, error: (error as Error).message, peakRssMb: client.peakRssMb() };
  } finally {
    await client.stop();
  }
}
