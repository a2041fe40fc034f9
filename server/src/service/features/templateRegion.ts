/**
 * Whether an offset is inside a mapping template: a string value (possibly under `!Sub`) of a
 * `requestTemplates`/`responseTemplates` map. There the VTL features answer; the integration features stay out.
 */
import { AstNode, findNodeAtOffset, isObject, isString, PropertyNode } from '../parse/ast';
import type { ParsedDocument } from '../parsedDocument';

const TEMPLATE_MAPS = new Set(['requestTemplates', 'responseTemplates', 'RequestTemplates', 'ResponseTemplates']);

export function isInMappingTemplate(parsed: ParsedDocument, offset: number): boolean {
  for (const root of parsed.tree.roots) {
    const node = findNodeAtOffset(root, offset);
    if (node) return isTemplateValue(node, offset);
  }
  return false;
}

function isTemplateValue(node: AstNode, offset: number): boolean {
  if (!isString(node)) return false;
  let current: AstNode | PropertyNode | undefined = node.parent;
  // `!Sub "..."` / `!Sub ["...", {vars}]` / `{"Fn::Sub": ...}` around the template.
  for (let i = 0; i < 3 && current && current.type !== 'property'; i++) current = current.parent;
  if (!current || current.type !== 'property' || current.key === node) return false;
  const contentType = current;
  if (offset < contentType.key.offset + contentType.key.length) return false;
  const map = contentType.parent;
  const owner = map?.parent;
  return isObject(map) && owner?.type === 'property' && TEMPLATE_MAPS.has(owner.key.value);
}
