import type { AstNode, PropertyNode, SyntaxProblem } from './ast';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Moves a reused subtree by `delta` characters, in place. Only the incremental parser calls this, on nodes whose
 * text is unchanged but now sits elsewhere in the file: the nodes keep their identity, so caches keyed by node
 * (findings, models) stay valid, and their offsets stay absolute.
 */
export function shiftNode(node: AstNode | undefined, delta: number): void {
  if (!node) return;
  const stack: AstNode[] = [node];
  while (stack.length) {
    const current = stack.pop() as Mutable<AstNode>;
    current.offset += delta;
    switch (current.type) {
      case 'object':
        for (const property of current.properties) {
          shiftPropertyOnly(property, delta);
          (property.key as Mutable<AstNode>).offset += delta;
          if (property.value) stack.push(property.value);
        }
        break;
      case 'array':
        for (const item of current.items) stack.push(item);
        break;
      case 'intrinsic':
        (current as Mutable<typeof current>).nameOffset += delta;
        if (current.argument) stack.push(current.argument);
        break;
    }
  }
}

/** A property with its key and value. */
export function shiftProperty(property: PropertyNode, delta: number): void {
  shiftPropertyOnly(property, delta);
  (property.key as Mutable<AstNode>).offset += delta;
  shiftNode(property.value, delta);
}

/** The property's own offsets, not its key's or value's. */
export function shiftPropertyOnly(property: PropertyNode, delta: number): void {
  const p = property as Mutable<PropertyNode>;
  p.offset += delta;
  if (p.colonOffset >= 0) p.colonOffset += delta;
}

export function shiftProblems(problems: SyntaxProblem[], delta: number): SyntaxProblem[] {
  return delta === 0 ? problems : problems.map((p) => ({ ...p, offset: p.offset + delta }));
}
