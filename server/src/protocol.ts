/**
 * Custom LSP messages between the extension and the server, in one file both import.
 * (Model: vscode-eslint $shared/customMessages.ts.)
 */
import { RequestType } from 'vscode-languageserver-protocol';
import type {
  CreateSampleRequestParams,
  CreateSampleRequestResult,
  ListTemplatesResult,
  RenderParams,
  RenderResponse,
} from './service/features/renderTypes';

export const LANGUAGE_ID = { vtl: 'vtl' } as const;
export const CONFIG_SECTION = 'apigw';

// ---- Render preview: the types live with the pure service; only the message names are here.

export type * from './service/features/renderTypes';
export { RENDER_COMMANDS } from './service/features/renderTypes';

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
