/**
 * Custom LSP messages between the extension and the server, in one file both import.
 * (Model: vscode-eslint $shared/customMessages.ts.)
 */
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';
import type {
  CreateSampleRequestParams,
  CreateSampleRequestResult,
  ListTemplatesResult,
  RenderParams,
  RenderResponse,
} from './renderTypes';
import type { IndexedFile } from './integrations';

export type { IndexedFile, IntegrationSummary } from './integrations';

export const LANGUAGE_ID = { vtl: 'vtl' } as const;
export const CONFIG_SECTION = 'apigw';

// ---- Render preview: the types live with the pure service; only the message names are here.

export type * from './renderTypes';
export { RENDER_COMMANDS } from './renderTypes';

export interface DocumentParams {
  readonly uri: string;
}

/** The document's mapping templates and integrations (quick pick, preview titles). */
export namespace ListTemplatesRequest {
  export const method = 'apigw/listTemplates';
  export const type = new RequestType<DocumentParams, ListTemplatesResult, void>(method);
}

/** Render a template or simulate an integration on a sample request (the sample's text travels with it). */
export namespace RenderTemplateRequest {
  export const method = 'apigw/renderTemplate';
  export const type = new RequestType<DocumentParams & RenderParams, RenderResponse, void>(method);
}

/** A sample request for the operation at a position: a file name and JSON text for `.apigw/requests/`. */
export namespace CreateSampleRequestRequest {
  export const method = 'apigw/createSampleRequest';
  export const type = new RequestType<DocumentParams & CreateSampleRequestParams, CreateSampleRequestResult, void>(method);
}

// ---- Workspace integrations (the Integrations view)

export interface WorkspaceIntegrationsParams {
  /** Forget the index and scan the workspace again. */
  readonly rescan?: boolean;
}

export interface WorkspaceIntegrationsResult {
  /** Grows with every change of the index. */
  readonly version: number;
  /** A scan is still running: more files may come (a change notification follows). */
  readonly scanning: boolean;
  /** Files with API Gateway integrations, each with its integrations' summaries. */
  readonly files: IndexedFile[];
}

/** Every integration of the workspace, by file (starts the workspace scan on first use). */
export namespace WorkspaceIntegrationsRequest {
  export const method = 'apigw/workspaceIntegrations';
  export const type = new RequestType<WorkspaceIntegrationsParams, WorkspaceIntegrationsResult, void>(method);
}

/** The workspace's integrations changed: ask again with WorkspaceIntegrationsRequest. */
export namespace WorkspaceIntegrationsChangedNotification {
  export const method = 'apigw/workspaceIntegrationsChanged';
  export const type = new NotificationType<{ readonly version: number; readonly scanning: boolean }>(method);
}
