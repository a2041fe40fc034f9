/**
 * What an expression refers to: `aws_lambda_function.f.invoke_arn`, `var.region`, `each.value.uri`,
 * `aws_api_gateway_method.m["GET"].http_method`, `data.aws_iam_policy_document.p.json`. The model resolves
 * them against the module's resources; everything it cannot resolve is a deploy-time hole.
 */
import type { HclExpression } from './ast';

/** One step after the root: an attribute name, or an index (a literal key, or an expression Terraform evaluates). */
export type TraversalStep = { readonly name: string } | { readonly key: string | number } | { readonly keyExpression: HclExpression } | { readonly splat: true };

export interface Traversal {
  /** The root variable: a resource type, `var`, `local`, `data`, `module`, `each`, `count`, `path`, `self`… */
  readonly root: string;
  readonly steps: TraversalStep[];
  readonly expression: HclExpression;
}

/** The traversal an expression is, or undefined when it is not a plain reference (a call, a literal…). */
export function traversalOf(expression: HclExpression): Traversal | undefined {
  const steps: TraversalStep[] = [];
  let e: HclExpression = expression;
  for (;;) {
    if (e.type === 'getattr') {
      steps.unshift({ name: e.name.value });
      e = e.object;
    } else if (e.type === 'index') {
      const k = e.key;
      if (k.type === 'literal' && typeof k.value === 'number') steps.unshift({ key: k.value });
      else if (k.type === 'template' && k.parts.every((p) => p.type === 'text') && k.kind === 'quoted') steps.unshift({ keyExpression: k });
      else steps.unshift({ keyExpression: k });
      e = e.object;
    } else if (e.type === 'splat') {
      steps.unshift({ splat: true });
      e = e.object;
    } else if (e.type === 'variable') return { root: e.name, steps, expression };
    else return undefined;
  }
}

/**
 * The resource address a traversal names (`aws_lambda_function.f`, `data.aws_iam_policy_document.p`) and the
 * attribute path after it (`invoke_arn`), ignoring `count`/`for_each` indexes. Undefined for `var.x`,
 * `local.x`, `each.x` and the like.
 */
export function resourceReference(t: Traversal): { readonly mode: 'managed' | 'data'; readonly type: string; readonly name: string; readonly attribute: string[] } | undefined {
  const names = t.steps.filter((s): s is { name: string } => 'name' in s).map((s) => s.name);
  if (t.root === 'data') {
    if (names.length < 2) return undefined;
    return { mode: 'data', type: names[0], name: names[1], attribute: names.slice(2) };
  }
  if (NOT_RESOURCES.has(t.root) || !t.root.includes('_') || names.length < 1) return undefined;
  return { mode: 'managed', type: t.root, name: names[0], attribute: names.slice(1) };
}

const NOT_RESOURCES: ReadonlySet<string> = new Set(['var', 'local', 'module', 'each', 'count', 'path', 'self', 'terraform']);
