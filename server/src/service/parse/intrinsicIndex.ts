/**
 * The CloudFormation intrinsics (`!Ref`, `!GetAtt`, `!Sub`, ...) under a node, in document order (a node before
 * its argument's intrinsics), kept per container node. An incremental parse keeps the nodes an edit did not touch
 * and never changes them, so after an edit only the new containers are read again: the cross-resource rules
 * look at every reference of a template on each validation without walking a large DefinitionBody each time.
 */
import type { AstNode, IntrinsicNode } from './ast';

const NONE: readonly IntrinsicNode[] = [];
const lists = new WeakMap<AstNode, readonly IntrinsicNode[]>();

export function intrinsicsUnder(node: AstNode | undefined): readonly IntrinsicNode[] {
  if (!node) return NONE;
  if (node.type !== 'object' && node.type !== 'array' && node.type !== 'intrinsic') return NONE;
  const known = lists.get(node);
  if (known) return known;
  let out: IntrinsicNode[] | undefined;
  const add = (more: readonly IntrinsicNode[]) => {
    if (!more.length) return;
    out ??= [];
    for (const item of more) out.push(item);
  };
  switch (node.type) {
    case 'object':
      for (const property of node.properties) add(intrinsicsUnder(property.value));
      break;
    case 'array':
      for (const item of node.items) add(intrinsicsUnder(item));
      break;
    case 'intrinsic':
      out = [node];
      add(intrinsicsUnder(node.argument));
      break;
  }
  const list = out ?? NONE;
  lists.set(node, list);
  return list;
}
