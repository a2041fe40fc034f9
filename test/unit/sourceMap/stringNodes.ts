/**
 * Test helpers: StringNodes built straight from the `yaml` and `jsonc-parser` nodes, in the shape the lead's
 * parsers produce (offset/length = the scalar as written, style from the scalar type).
 */
import * as yaml from 'yaml';
import * as jsonc from 'jsonc-parser';
import type { ScalarStyle, StringNode } from '../../../server/src/service/parse/ast';

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

export function stringNode(offset: number, length: number, value: string, style: ScalarStyle): StringNode {
  return { type: 'string', offset, length, value, style };
}

/** Every string scalar of a YAML text (keys included), in document order. */
export function yamlStrings(src: string): StringNode[] {
  const out: StringNode[] = [];
  for (const doc of yaml.parseAllDocuments(src)) {
    if (!(doc instanceof yaml.Document)) continue;
    yaml.visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value !== 'string' || !node.range || !node.type) return;
        const [start, end] = node.range;
        out.push(stringNode(start, end - start, node.value, STYLES[node.type]));
      },
    });
  }
  return out;
}

/** The YAML string scalar whose value contains `marker` (or the last string scalar). */
export function yamlString(src: string, marker?: string): StringNode {
  const all = yamlStrings(src);
  const found = marker === undefined ? all[all.length - 1] : all.find((n) => n.value.includes(marker));
  if (!found) throw new Error(`no string scalar${marker ? ` containing ${marker}` : ''} in ${JSON.stringify(src)}`);
  return found;
}

/** Every string value of a JSON text. */
export function jsonStrings(src: string): StringNode[] {
  const out: StringNode[] = [];
  const visit = (node: jsonc.Node | undefined) => {
    if (!node) return;
    if (node.type === 'string') out.push(stringNode(node.offset, node.length, node.value as string, 'json'));
    for (const child of node.children ?? []) visit(child);
  };
  visit(jsonc.parseTree(src));
  return out;
}

export function jsonString(src: string, marker: string): StringNode {
  const found = jsonStrings(src).find((n) => n.value.includes(marker));
  if (!found) throw new Error(`no JSON string containing ${marker}`);
  return found;
}
