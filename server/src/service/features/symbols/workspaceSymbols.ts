/**
 * Workspace symbols over the workspace index's per-file integration summaries: every integration whose label
 * (`GET /pets → AWS_PROXY ListPetsFunction`) or API matches the query, as VS Code matches: the query's
 * characters in order, case-insensitively.
 */
import { SymbolInformation, SymbolKind } from 'vscode-languageserver-types';
import type { IndexedFile } from '../../../../../shared/integrations';


/** At most `limit` symbols, best matches (contiguous, then earliest) first. */
export function findWorkspaceSymbols(files: Iterable<IndexedFile>, query: string, limit = 1000): SymbolInformation[] {
  const scored: { score: number; symbol: SymbolInformation }[] = [];
  const needle = query.toLowerCase().replace(/\s+/g, '');
  for (const file of files) {
    for (const integration of file.integrations) {
      const haystack = `${integration.label} ${integration.api}`.toLowerCase();
      const score = matchScore(haystack, needle);
      if (score < 0) continue;
      scored.push({
        score,
        symbol: {
          name: integration.label,
          kind: integration.location === 'openapi-component' ? SymbolKind.Interface : integration.readOnly ? SymbolKind.Event : SymbolKind.Method,
          containerName: integration.api,
          location: { uri: file.uri, range: integration.selectionRange },
        },
      });
    }
  }
  scored.sort((a, b) => a.score - b.score || a.symbol.name.localeCompare(b.symbol.name));
  return scored.slice(0, limit).map((s) => s.symbol);
}

/** -1 when `needle` is not a subsequence of `haystack`; lower is better (a substring beats scattered letters). */
export function matchScore(haystack: string, needle: string): number {
  if (!needle) return 0;
  const at = haystack.indexOf(needle);
  if (at >= 0) return at;
  let position = 0;
  let gaps = 0;
  for (const c of needle) {
    const found = haystack.indexOf(c, position);
    if (found < 0) return -1;
    gaps += found - position;
    position = found + 1;
  }
  return 1000 + gaps;
}
