import type { SyntaxTree } from './ast';
import { parseJson } from './jsonParser';
import { parseYaml } from './yamlParser';

export type FileFormat = 'yaml' | 'json';

/** YAML or JSON: the language id decides; otherwise a leading `{`/`[` means JSON. */
export function formatOf(languageId: string, text: string): FileFormat {
  if (languageId === 'json' || languageId === 'jsonc') return 'json';
  if (languageId === 'yaml' || languageId === 'yml') return 'yaml';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'yaml';
}

export function parseText(text: string, format: FileFormat): SyntaxTree {
  return format === 'json' ? parseJson(text) : parseYaml(text);
}

export { hasApiGatewayContent } from './markers';
