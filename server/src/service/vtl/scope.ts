/** Walking a parsed template: defined variables, enclosing blocks, what sits at an offset. */
import type { DirectiveNode, ReferenceNode, VtlNode, VtlTemplate } from './ast';

/** Visits every node depth first (block bodies and branches included); `blocks` are the enclosing block directives. */
export function walkNodes(nodes: readonly VtlNode[], visit: (node: VtlNode, blocks: readonly DirectiveNode[]) => void, blocks: DirectiveNode[] = []): void {
  for (const node of nodes) {
    visit(node, blocks);
    if (node.type === 'directive' && node.body) {
      const inner = [...blocks, node];
      walkNodes(node.body, visit, inner);
      for (const branch of node.branches ?? []) {
        visit(branch, inner);
        walkNodes(branch.body ?? [], visit, inner);
      }
    }
  }
}

/** Root names the template assigns: `#set` targets, `#foreach` variables, `#define` names, macro arguments. */
export function definedVariables(template: VtlTemplate): Set<string> {
  const names = new Set<string>();
  for (const d of template.directives) {
    if ((d.name === 'set' || d.name === 'foreach' || d.name === 'define') && !d.macroCall && d.target) names.add(d.target.name);
    if (d.name === 'macro' && !d.macroCall) {
      for (const a of d.args) if (a.type === 'reference') names.add(a.name);
    }
  }
  return names;
}

/** The block directives (`#if`, `#foreach`, ...) whose body contains `offset`, outermost first. */
export function enclosingBlocks(template: VtlTemplate, offset: number): DirectiveNode[] {
  const out: DirectiveNode[] = [];
  for (const d of template.directives) {
    if (!d.body) continue;
    const bodyStart = d.offset + d.length;
    const bodyEnd = d.end ? d.end.offset : template.text.length;
    if (offset >= bodyStart && offset <= bodyEnd) out.push(d);
  }
  return out;
}

/** References that print into the output (in template text), not those inside directive or method arguments. */
export function textReferences(template: VtlTemplate): ReferenceNode[] {
  const out: ReferenceNode[] = [];
  walkNodes(template.nodes, (node) => {
    if (node.type === 'reference') out.push(node);
  });
  return out;
}

/** The comment, unparsed block or escape containing `offset` (where no VTL feature applies). */
export function inertNodeAt(template: VtlTemplate, offset: number): VtlNode | undefined {
  let found: VtlNode | undefined;
  walkNodes(template.nodes, (node) => {
    if ((node.type === 'comment' || node.type === 'unparsed' || node.type === 'escaped') && offset > node.offset && offset <= node.offset + node.length) {
      // A line comment ends before its line break: a caret right after it is still in it.
      found = node;
    }
  });
  return found;
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/** The closest candidate within a small edit distance (case differences count little). */
export function closest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    const score = c.toLowerCase() === name.toLowerCase() ? 0.5 : editDistance(name, c);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best !== undefined && bestScore <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}
