/**
 * Every mapping template of the shared corpus: the request/response template strings of the YAML and JSON files
 * (plain strings and Fn::Sub / !Sub templates), decoded through the source map, and the API Gateway `.vtl`/`.vm`
 * files (AppSync resolvers skipped, as the manifest classifies them).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as yaml from 'yaml';
import * as jsonc from 'jsonc-parser';
import type { ScalarStyle, StringNode } from '../../../server/src/service/parse/ast';
import { decodeTemplate, identityTemplate, type EmbeddedTemplate } from '../../../server/src/service/sourceMap';

export interface CorpusTemplate {
  file: string;
  /** `requestTemplates/application/json`, or the file name for a .vtl file. */
  where: string;
  stage: 'request' | 'response';
  /** Under `GatewayResponses` / `x-amazon-apigateway-gateway-responses`. */
  gatewayResponse: boolean;
  /** In an `AWS::ApiGatewayV2::Integration` (WebSocket API). */
  websocket: boolean;
  sub: boolean;
  template: EmbeddedTemplate;
  fileText: string;
}

export function corpusRoot(): string | undefined {
  const dir = process.env.APIGW_CORPUS ?? path.resolve(__dirname, '../../../../../shared/corpus');
  return fs.existsSync(path.join(dir, 'templates', 'manifest.json')) ? dir : undefined;
}

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

function stringNode(node: yaml.Scalar, json: boolean): StringNode | undefined {
  if (typeof node.value !== 'string' || !node.range || !node.type) return undefined;
  const [start, end] = node.range;
  return { type: 'string', offset: start, length: end - start, value: node.value, style: json ? 'json' : STYLES[node.type] };
}

/** The template string of a templates-map value: a string, `!Sub string`, `!Sub [string, vars]`, `Fn::Sub`. */
function templateOf(value: unknown): { node: yaml.Scalar; sub: boolean } | undefined {
  if (yaml.isScalar(value)) {
    const sub = value.tag === '!Sub';
    return typeof value.value === 'string' ? { node: value, sub } : undefined;
  }
  if (yaml.isSeq(value) && (value as yaml.YAMLSeq).tag === '!Sub') {
    const first = (value as yaml.YAMLSeq).items[0];
    return yaml.isScalar(first) && typeof first.value === 'string' ? { node: first, sub: true } : undefined;
  }
  if (yaml.isMap(value) && value.items.length === 1) {
    const pair = value.items[0];
    if (yaml.isScalar(pair.key) && pair.key.value === 'Fn::Sub') {
      const arg = pair.value;
      if (yaml.isScalar(arg) && typeof arg.value === 'string') return { node: arg, sub: true };
      if (yaml.isSeq(arg)) {
        const first = arg.items[0];
        if (yaml.isScalar(first) && typeof first.value === 'string') return { node: first, sub: true };
      }
    }
  }
  return undefined;
}

export function corpusTemplates(root: string): CorpusTemplate[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'templates', 'manifest.json'), 'utf8')) as { local: string; kind: string; vtl_class?: string }[];
  const out: CorpusTemplate[] = [];
  for (const entry of manifest) {
    const file = path.join(root, entry.local);
    if (!fs.existsSync(file)) continue;
    const fileText = fs.readFileSync(file, 'utf8');
    if (entry.kind === 'vtl') {
      if (entry.vtl_class !== 'appsync') {
        const stage = /res/i.test(path.basename(file)) ? 'response' : 'request';
        out.push({ file: entry.local, where: path.basename(file), stage, gatewayResponse: false, websocket: false, sub: false, template: identityTemplate(fileText), fileText });
      }
      continue;
    }
    if (!/(request|response)templates/i.test(fileText)) continue;
    if (entry.kind === 'json') {
      out.push(...jsonTemplates(entry.local, fileText));
      continue;
    }
    const json = false;
    for (const doc of yaml.parseAllDocuments(fileText, { uniqueKeys: false })) {
      if (!(doc instanceof yaml.Document)) continue;
      yaml.visit(doc, {
        Pair(_key, pair, ancestors) {
          if (!yaml.isScalar(pair.key) || typeof pair.key.value !== 'string') return;
          const key = pair.key.value;
          if (!/^(request|response)templates$/i.test(key) || !yaml.isMap(pair.value)) return;
          const stage = /^request/i.test(key) ? 'request' : 'response';
          const keys = ancestors.filter((a): a is yaml.Pair => yaml.isPair(a)).map((a) => (yaml.isScalar(a.key) ? String(a.key.value) : ''));
          const parent = ancestors[ancestors.length - 1];
          const gatewayResponse =
            keys.some((k) => /gateway-?responses/i.test(k)) || (yaml.isMap(parent) && parent.items.some((i) => yaml.isScalar(i.key) && /^responseType$/i.test(String(i.key.value))));
          const websocket = ancestors.some((a) => yaml.isMap(a) && a.items.some((i) => yaml.isScalar(i.key) && i.key.value === 'Type' && yaml.isScalar(i.value) && i.value.value === 'AWS::ApiGatewayV2::Integration'));
          for (const item of pair.value.items) {
            const found = templateOf(item.value);
            if (!found) continue;
            const node = stringNode(found.node, json);
            if (!node) continue;
            const contentType = yaml.isScalar(item.key) ? String(item.key.value) : '?';
            out.push({ file: entry.local, where: `${key}/${contentType}`, stage, gatewayResponse, websocket, sub: found.sub, template: decodeTemplate(fileText, node, { sub: found.sub }), fileText });
          }
        },
      });
    }
  }
  return out;
}

/** The same for JSON files, with jsonc-parser (much faster than the YAML parser on the large SAM outputs). */
function jsonTemplates(file: string, fileText: string): CorpusTemplate[] {
  const out: CorpusTemplate[] = [];
  const stringOf = (n: jsonc.Node | undefined): StringNode | undefined =>
    n?.type === 'string' ? { type: 'string', offset: n.offset, length: n.length, value: n.value as string, style: 'json' } : undefined;
  const keyOf = (prop: jsonc.Node) => String(prop.children?.[0]?.value ?? '');
  const visit = (node: jsonc.Node | undefined, ancestors: jsonc.Node[]) => {
    if (!node) return;
    if (node.type === 'property') {
      const key = keyOf(node);
      const value = node.children?.[1];
      if (/^(request|response)templates$/i.test(key) && value?.type === 'object') {
        const stage = /^request/i.test(key) ? 'request' : 'response';
        const parent = ancestors[ancestors.length - 1];
        const keys = ancestors.filter((a) => a.type === 'property').map(keyOf);
        const gatewayResponse = keys.some((k) => /gateway-?responses/i.test(k)) || (parent?.children ?? []).some((p) => /^responseType$/i.test(keyOf(p)));
        const websocket = ancestors.some((a) => a.type === 'object' && (a.children ?? []).some((p) => keyOf(p) === 'Type' && p.children?.[1]?.value === 'AWS::ApiGatewayV2::Integration'));
        for (const item of value.children ?? []) {
          const v = item.children?.[1];
          let node: StringNode | undefined = stringOf(v);
          let sub = false;
          if (!node && v?.type === 'object' && v.children?.length === 1 && keyOf(v.children[0]) === 'Fn::Sub') {
            const arg = v.children[0].children?.[1];
            node = stringOf(arg) ?? (arg?.type === 'array' ? stringOf(arg.children?.[0]) : undefined);
            sub = true;
          }
          if (node) out.push({ file, where: `${key}/${keyOf(item)}`, stage, gatewayResponse, websocket, sub, template: decodeTemplate(fileText, node, { sub }), fileText });
        }
      }
    }
    for (const child of node.children ?? []) visit(child, [...ancestors, node]);
  };
  visit(jsonc.parseTree(fileText), []);
  return out;
}
