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

/**
 * Whether a file is ours to serve: API Gateway markers anywhere in it. Cheap (one regex), so unrelated
 * YAML/JSON files cost nothing.
 */
const MARKERS = /x-amazon-apigateway-|AWS::ApiGateway|AWS::Serverless::(?:Http)?Api\b/;

export function hasApiGatewayContent(text: string): boolean {
  return MARKERS.test(text) || hasSamApiEvents(text);
}

/** A SAM template whose functions have `Api`/`HttpApi` events defines an API without naming one. */
function hasSamApiEvents(text: string): boolean {
  return /AWS::Serverless-2016-10-31/.test(text) && /\bType["']?\s*:\s*["']?(?:Http)?Api["']?\s*(?:[,}\r\n]|$)/m.test(text);
}
