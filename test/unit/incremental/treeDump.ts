/**
 * A comparable picture of a syntax tree: every node's kind, offsets, value and the parent links, so two trees
 * that print the same are the same tree (assert.deepEqual on the trees themselves would follow parent cycles).
 */
import type { AstNode, PropertyNode, SyntaxTree } from '../../../server/src/service/parse/ast';

export function dumpTree(tree: SyntaxTree): unknown {
  return { format: tree.format, roots: tree.roots.map((root) => (root ? dumpNode(root, undefined) : null)), problems: tree.problems.map((p) => [p.offset, p.length, p.message]) };
}

function dumpNode(node: AstNode, parent: AstNode | PropertyNode | undefined): unknown {
  const parentOk = node.parent === parent;
  switch (node.type) {
    case 'object':
      return {
        t: 'object',
        at: [node.offset, node.length],
        parentOk,
        properties: node.properties.map((p) => ({
          at: [p.offset, p.length, p.colonOffset],
          parentOk: p.parent === node,
          keyParentOk: p.key.parent === p,
          key: dumpNode(p.key, p),
          value: p.value ? dumpNode(p.value, p) : null,
        })),
      };
    case 'array':
      return { t: 'array', at: [node.offset, node.length], parentOk, items: node.items.map((i) => dumpNode(i, node)) };
    case 'intrinsic':
      return { t: 'intrinsic', at: [node.offset, node.length], parentOk, name: node.name, form: node.form, nameAt: [node.nameOffset, node.nameLength], argument: node.argument ? dumpNode(node.argument, node) : null };
    case 'string':
      return { t: 'string', at: [node.offset, node.length], parentOk, value: node.value, style: node.style };
    case 'number':
    case 'boolean':
      return { t: node.type, at: [node.offset, node.length], parentOk, value: node.value };
    case 'null':
      return { t: 'null', at: [node.offset, node.length], parentOk };
  }
}
