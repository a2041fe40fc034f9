import type { SourceText } from '../text/sourceText';
export type { FileFormat, ParseOptions } from './incremental';
export { parseText, DEFAULT_PARSE_OPTIONS } from './incremental';

/** YAML or JSON: the language id decides; otherwise a leading `{`/`[` means JSON. */
export function formatOf(languageId: string, text: SourceText): 'yaml' | 'json' {
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (languageId === 'yaml' || languageId === 'yml') return 'yaml';
  // JSON when the first character after a byte-order mark and white space opens an object or array.
  let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (p < text.length && /\s/.test(text.charAt(p))) p++;
  const c = text.charAt(p);
  return c === '{' || c === '[' ? 'json' : 'yaml';
}

export { editKeepsMarkers, hasApiGatewayContent, MARGIN } from '../../../../shared/markers';
