/**
 * The CloudFormation intrinsics (`!Ref`, `!GetAtt`, `!Sub`, ...) under a node, in document order (a node before
 * its argument's intrinsics), kept per container node. An incremental parse keeps the nodes an edit did not touch
 * and never changes them, so after an edit only the new containers are read again: the cross-resource rules
 * look at every reference of a template on each validation without walking a large DefinitionBody each time.
 */
import type { AstNode, IntrinsicNode } from './ast';

const NONE: readonly IntrinsicNode[] = [];
const lists = new WeakMap<AstNode, readonly IntrinsicNode[]>();
/**
 * Remembered: the nodes asked about, large containers and their children. Inside a small subtree nodes are
 * walked, not remembered: remembering every node of a large file costs more than walking it.
 */
const REMEMBERED_FROM = 4096;

export function intrinsicsUnder(node: AstNode | undefined): readonly IntrinsicNode[] {
  if (!node) return NONE;
  if (node.type !== 'object' && node.type !== 'array' && node.type !== 'intrinsic') return NONE;
  const known = lists.get(node);
  if (known) return known;
  if (node.length < REMEMBERED_FROM) {
    const found: IntrinsicNode[] = [];
    collect(node, found);
    const list = found.length ? found : NONE;
    lists.set(node, list);
    return list;
  }
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

/** The intrinsics of a subtree in document order (a node before its descendants), by walking it. */
function collect(root: AstNode, out: IntrinsicNode[]): void {
  const stack: AstNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    switch (node.type) {
      case 'object':
        for (let i = node.properties.length - 1; i >= 0; i--) {
          const value = node.properties[i].value;
          if (value) stack.push(value);
        }
        break;
      case 'array':
        for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
        break;
      case 'intrinsic':
        out.push(node);
        if (node.argument) stack.push(node.argument);
        break;
    }
  }
}
