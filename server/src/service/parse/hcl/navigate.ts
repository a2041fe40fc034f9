/** Small readers over the HCL tree: attributes and blocks of a body, static strings, a visitor. */
import type { HclAttribute, HclBlock, HclBody, HclExpression, HclTemplatePart } from './ast';
import { decodeTemplate } from './decode';

/** The last attribute of that name in a body (Terraform rejects duplicates; the last is what a reader sees). */
export function attributeOf(body: HclBody, name: string): HclAttribute | undefined {
  let found: HclAttribute | undefined;
  for (const item of body.items) if (item.type === 'attribute' && item.name.value === name) found = item;
  return found;
}

/** Blocks of a type, optionally with leading labels (`blocksOf(body, 'resource', 'aws_api_gateway_integration')`). */
export function blocksOf(body: HclBody, type: string, ...labels: string[]): HclBlock[] {
  return body.items.filter((i): i is HclBlock => i.type === 'block' && i.blockType.value === type && labels.every((l, k) => i.labels[k]?.value === l));
}

/** The value of a template with no `${ }` or `%{ }` (a plain string), else undefined. */
export function staticString(source: string, e: HclExpression | undefined): string | undefined {
  if (e?.type !== 'template' || e.parts.some((p) => p.type !== 'text')) return undefined;
  return decodeTemplate(source, e).text;
}

/** The function name of a call expression (`jsonencode`, `templatefile`, `file`), else undefined. */
export function callName(e: HclExpression | undefined): string | undefined {
  return e?.type === 'call' ? e.name.value : undefined;
}

type Visited = HclExpression | HclBody | HclAttribute | HclBlock | HclTemplatePart;

/** Calls `visit` on every node below `node` (depth first, in text order). */
export function forEachNode(node: Visited, visit: (n: Visited) => void): void {
  const stack: Visited[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    visit(n);
    const kids = children(n);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
}

function children(n: Visited): Visited[] {
  switch (n.type) {
    case 'body': return n.items;
    case 'attribute': return [n.value];
    case 'block': return [n.body];
    case 'template': return n.parts;
    case 'interpolation': return [n.expression];
    case 'directive': return n.expression ? [n.expression] : [];
    case 'getattr': case 'splat': return [n.object];
    case 'index': return [n.object, n.key];
    case 'call': return n.args;
    case 'tuple': return n.items;
    case 'object': return n.items.flatMap((i) => [i.key, i.value]);
    case 'for': return [n.collection, ...(n.key ? [n.key] : []), n.value, ...(n.condition ? [n.condition] : [])];
    case 'conditional': return [n.condition, n.then, n.else];
    case 'binary': return [n.left, n.right];
    case 'unary': return [n.operand];
    case 'parens': return [n.expression];
    default: return [];
  }
}
