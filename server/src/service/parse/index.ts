export type { FileFormat, ParseOptions } from './incremental';
export { parseText, DEFAULT_PARSE_OPTIONS } from './incremental';

/** YAML or JSON: the language id decides; otherwise a leading `{`/`[` means JSON. */
export function formatOf(languageId: string, text: string): 'yaml' | 'json' {
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (languageId === 'yaml' || languageId === 'yml') return 'yaml';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

export { hasApiGatewayContent } from './markers';
