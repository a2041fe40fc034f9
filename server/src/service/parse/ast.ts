/**
 * One syntax tree for YAML and JSON, with absolute offsets into the file text.
 *
 * Every feature reads this tree, never the `yaml` or `jsonc-parser` objects, so YAML and JSON behave the same
 * and CloudFormation intrinsics (`!Sub x`, `{"Fn::Sub": x}`) have one representation: an `IntrinsicNode`,
 * "a value computed at deploy time".
 */

/** How a string scalar is written in the file; the template source map needs it to decode the raw text. */
export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded' | 'json';

interface NodeBase {
  /** Offset of the node's first character in the file (for an intrinsic: the tag `!Sub` or the `{`). */
  readonly offset: number;
  /** Length of the node's source text. */
  readonly length: number;
  parent?: AstNode | PropertyNode;
}

export interface ObjectNode extends NodeBase {
  readonly type: 'object';
  readonly properties: PropertyNode[];
}

export interface PropertyNode {
  readonly type: 'property';
  /** From the key's first character to the value's last one. */
  readonly offset: number;
  readonly length: number;
  readonly key: StringNode;
  /** Undefined for `key:` with nothing after it (YAML null) or an incomplete JSON property. */
  value: AstNode | undefined;
  /** Offset of the `:` separator, when present. */
  readonly colonOffset: number;
  parent?: ObjectNode;
}

export interface ArrayNode extends NodeBase {
  readonly type: 'array';
  readonly items: AstNode[];
}

export interface StringNode extends NodeBase {
  readonly type: 'string';
  readonly value: string;
  readonly style: ScalarStyle;
}

export interface NumberNode extends NodeBase {
  readonly type: 'number';
  readonly value: number;
}

export interface BooleanNode extends NodeBase {
  readonly type: 'boolean';
  readonly value: boolean;
}

export interface NullNode extends NodeBase {
  readonly type: 'null';
}

/**
 * A CloudFormation intrinsic function: its value is only known at deploy time.
 * `name` is the long-form name (`Fn::Sub`, `Ref`, `Condition`, ...); for an unknown YAML tag it is the tag.
 */
export interface IntrinsicNode extends NodeBase {
  readonly type: 'intrinsic';
  readonly name: string;
  readonly form: 'short' | 'long';
  /** The tag (`!Sub`) or the key (`Fn::Sub`) as written. */
  readonly nameOffset: number;
  readonly nameLength: number;
  readonly argument: AstNode | undefined;
}

export type AstNode =
  | ObjectNode
  | ArrayNode
  | StringNode
  | NumberNode
  | BooleanNode
  | NullNode
  | IntrinsicNode;

export type ScalarNode = StringNode | NumberNode | BooleanNode | NullNode;

export interface SyntaxProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** The diagnostic code; `syntax-error` when absent (`analysis-limit` for a file too large or deep to analyse). */
  readonly code?: string;
}

/** A parsed file: one root per YAML document (JSON has one). */
export interface SyntaxTree {
  readonly format: 'yaml' | 'json';
  readonly roots: (AstNode | undefined)[];
  readonly problems: SyntaxProblem[];
}

// ---------------------------------------------------------------------------------------------------------------
// Navigation helpers

export function isObject(node: AstNode | undefined): node is ObjectNode {
  return node?.type === 'object';
}

export function isArray(node: AstNode | undefined): node is ArrayNode {
  return node?.type === 'array';
}

export function isString(node: AstNode | undefined): node is StringNode {
  return node?.type === 'string';
}

export function isIntrinsic(node: AstNode | undefined): node is IntrinsicNode {
  return node?.type === 'intrinsic';
}

export function getProperty(node: AstNode | undefined, key: string): PropertyNode | undefined {
  if (node?.type !== 'object') return undefined;
  // Last one wins, as in YAML/JSON loaders; files rarely have more than a few dozen keys per object.
  for (let i = node.properties.length - 1; i >= 0; i--) {
    if (node.properties[i].key.value === key) return node.properties[i];
  }
  return undefined;
}

export function getValue(node: AstNode | undefined, key: string): AstNode | undefined {
  return getProperty(node, key)?.value;
}

export function stringValue(node: AstNode | undefined): string | undefined {
  return node?.type === 'string' ? node.value : undefined;
}

/** The scalar's value as API Gateway would read it (`200` and `'200'` both give "200"). */
export function scalarText(node: AstNode | undefined): string | undefined {
  switch (node?.type) {
    case 'string':
      return node.value;
    case 'number':
    case 'boolean':
      return String(node.value);
    default:
      return undefined;
  }
}

export function nodeEnd(node: { offset: number; length: number }): number {
  return node.offset + node.length;
}

export function contains(node: { offset: number; length: number }, offset: number, includeEnd = false): boolean {
  return offset >= node.offset && (offset < node.offset + node.length || (includeEnd && offset === node.offset + node.length));
}

export function children(node: AstNode): AstNode[] {
  switch (node.type) {
    case 'object': {
      const out: AstNode[] = [];
      for (const p of node.properties) {
        out.push(p.key);
        if (p.value) out.push(p.value);
      }
      return out;
    }
    case 'array':
      return node.items;
    case 'intrinsic':
      return node.argument ? [node.argument] : [];
    default:
      return [];
  }
}

/** The innermost node containing `offset` (end inclusive, so a caret right after a word still finds it). */
export function findNodeAtOffset(root: AstNode | undefined, offset: number): AstNode | undefined {
  if (!root || !contains(root, offset, true)) return undefined;
  let node: AstNode = root;
  for (;;) {
    let next: AstNode | undefined;
    for (const child of children(node)) {
      if (contains(child, offset, true)) {
        next = child;
        if (offset < nodeEnd(child)) break; // prefer a child that strictly contains the offset
      }
    }
    if (!next) return node;
    node = next;
  }
}

/** The chain of keys/indices from the root to `node` (`['paths', '/pets', 'get', ...]`). */
export function pathOf(node: AstNode): (string | number)[] {
  const path: (string | number)[] = [];
  let current: AstNode | PropertyNode | undefined = node;
  while (current?.parent) {
    const parent: AstNode | PropertyNode = current.parent;
    if (parent.type === 'property') {
      if (parent.value === current) path.unshift(parent.key.value);
    } else if (parent.type === 'array') {
      path.unshift(parent.items.indexOf(current as AstNode));
    } else if (parent.type === 'intrinsic') {
      path.unshift(parent.name);
    }
    current = parent;
  }
  return path;
}

/** Visit every node depth first; return `false` from the callback to skip a node's children. */
export function walk(node: AstNode | undefined, visit: (node: AstNode) => boolean | void): void {
  if (!node) return;
  const stack: AstNode[] = [node];
  while (stack.length) {
    const current = stack.pop()!;
    if (visit(current) === false) continue;
    const kids = children(current);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}
