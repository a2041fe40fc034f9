/** Which integrations of a document serve a request's route (the CLI's `simulate`, a sample request's integration). */
import type { ParsedDocument } from '../../model/parsedDocument';
import type { Integration } from '../../model/types';
import { matchResourcePath } from '../../../../../shared/routes';

/** The operation integrations of the document that serve `method path` (the most specific path first). */
export function integrationsForRoute(parsed: ParsedDocument, method: string, path: string): { integration: Integration; pathParameters: Record<string, string> }[] {
  const upper = method.toUpperCase();
  const found: { integration: Integration; pathParameters: Record<string, string>; score: number }[] = [];
  for (const integration of parsed.model.integrations) {
    if (!integration.path || integration.location === 'openapi-component') continue;
    if (integration.method && integration.method !== 'ANY' && integration.method !== upper) continue;
    const params = matchResourcePath(integration.path, path);
    if (!params) continue;
    // exact resource paths before templated ones, templated before greedy, explicit methods before ANY
    const score = (integration.path === path ? 0 : integration.path.includes('+}') ? 20 : 10) + (integration.method === 'ANY' ? 1 : 0);
    found.push({ integration, pathParameters: integration.path === path ? {} : params, score });
  }
  return found.sort((a, b) => a.score - b.score).map(({ integration, pathParameters }) => ({ integration, pathParameters }));
}
