/**
 * The render preview's requests: list a document's templates, render or simulate, create a sample request.
 * Rendering runs here, in the server process, in the engine's sandbox (no host access, bounded time and output);
 * the sample request is capped before it is parsed (see parseSampleRequest).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CreateSampleRequestRequest, ListTemplatesRequest, RenderTemplateRequest } from '../../../../shared/protocol';
import type { ParsedDocument } from '../../service';
import { runSafe } from '../runSafe';
import type { ServerContext } from '../serverContext';

export const renderCapability = {};

/** Open API Gateway documents, and `.vtl` files (a whole file is one template). */
function target(context: ServerContext, uri: string): { document: TextDocument; parsed: ParsedDocument } | undefined {
  const served = context.served(uri);
  if (served) return served;
  const document = context.documents.get(uri);
  if (document?.languageId === 'vtl' && context.isEnabled()) return { document, parsed: context.cache.get(document) };
  return undefined;
}

/** A client's position, or none when it is not one (`"here"`, `{line: "a"}`): never a guess from NaN offsets. */
function positionOrNone(position: unknown): { line: number; character: number } | undefined {
  const p = position as { line?: unknown; character?: unknown } | null | undefined;
  return p && Number.isInteger(p.line) && Number.isInteger(p.character) ? { line: p.line as number, character: p.character as number } : undefined;
}

const NOT_OPEN = 'The document is not open in the API Gateway language server (or apigw.enable is off).';

export function registerRender(context: ServerContext): void {
  context.connection.onRequest(ListTemplatesRequest.type, (params, token) =>
    runSafe(context.log, 'List templates', token, { templates: [], integrations: [] }, () => {
      const t = target(context, params.uri);
      return t ? context.service.listTemplates(t.document, t.parsed) : { templates: [], integrations: [] };
    }),
  );
  context.connection.onRequest(RenderTemplateRequest.type, (params, token) =>
    runSafe(context.log, 'Render template', token, { message: 'Rendering failed; see the API Gateway output.' }, () => {
      const t = target(context, params.uri);
      if (!t) return { message: NOT_OPEN };
      const { uri: _uri, ...renderParams } = params;
      void _uri;
      return context.service.renderTemplate(t.document, t.parsed, { ...renderParams, position: positionOrNone(params.position) });
    }),
  );
  context.connection.onRequest(CreateSampleRequestRequest.type, (params, token) =>
    runSafe(context.log, 'Create sample request', token, { message: 'Creating a sample request failed; see the API Gateway output.' }, () => {
      const t = target(context, params.uri);
      if (!t) return { message: NOT_OPEN };
      return context.service.createSampleRequest(t.document, t.parsed, { ...params, position: positionOrNone(params.position) });
    }),
  );
}
