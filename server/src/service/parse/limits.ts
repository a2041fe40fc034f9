/**
 * What the service refuses to analyse, and the message that says so. A file past these limits gets one
 * `analysis-limit` diagnostic instead of a parse that would block the server for minutes, take gigabytes or
 * overflow the stack: the server keeps serving every other file.
 */
import type { AstNode, SyntaxProblem, SyntaxTree } from './ast';

/**
 * Characters. API Gateway imports definitions up to 6 MB and CloudFormation templates are at most 1 MB, so no
 * deployable file comes close; the limit sits above the benchmark's largest generated spec (5,000 paths, about
 * 19 MB of JSON). Past it, the first YAML parse alone takes over a minute and more than a gigabyte (50 MB: 74 s,
 * 1.3 GB measured).
 */
export const MAX_ANALYSED_LENGTH = 32 * 1024 * 1024;

/**
 * Nesting of the syntax tree. Real templates nest fewer than 40 levels; the parsers and the recursive walks
 * over the tree overflow the stack a few thousand levels down.
 */
export const MAX_NESTING_DEPTH = 500;

export const ANALYSIS_LIMIT_CODE = 'analysis-limit';

function megabytes(chars: number): string {
  return `${(chars / (1024 * 1024)).toFixed(1)} MB`;
}

/** The problem to report when the text is too long to analyse, or undefined. */
export function sizeProblem(text: { readonly length: number }, maxLength = MAX_ANALYSED_LENGTH): SyntaxProblem | undefined {
  if (text.length <= maxLength) return undefined;
  return {
    offset: 0,
    length: 0,
    code: ANALYSIS_LIMIT_CODE,
    message: `This file is ${megabytes(text.length)}: API Gateway analysis (diagnostics, completion, hover, rendering) is off for files over ${megabytes(maxLength)}. API Gateway imports definitions up to 6 MB.`,
  };
}

export function nestingProblem(offset = 0): SyntaxProblem {
  return {
    offset,
    length: 0,
    code: ANALYSIS_LIMIT_CODE,
    message: `This file nests more than ${MAX_NESTING_DEPTH} levels deep as parsed: API Gateway analysis is off for it until that changes (real templates nest a few dozen levels; repeated syntax errors can nest too).`,
  };
}

/**
 * Flow collections this deep are far past any real template and far short of where `yaml` runs out of stack
 * (thousands of levels), whatever the call stack it starts from.
 */
const DEEP_FLOW = 128;

/**
 * Where unclosed `[`/`{` first nest more than DEEP_FLOW levels, counting every bracket (also in strings and
 * comments: a count that only looks at the text, so every parse of it gets the same answer).
 */
export function deepFlowAt(text: string, limit = DEEP_FLOW): number | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  return undefined;
}

/** Whether a stack overflow (the one error a deep input makes any recursive parser throw). */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/**
 * Heights of subtrees already measured: of large nodes and of their children. An incremental parse keeps the
 * nodes an edit did not touch, so after an edit only the new nodes are measured (a 5,000-path spec: ~70 ms →
 * ~1 ms per keystroke). Inside a small subtree nodes are walked, not remembered: remembering every node of a
 * large file cost more than walking it.
 */
const heights = new WeakMap<AstNode, number>();
const REMEMBERED_FROM = 4096;

/** The number of levels of `root`'s subtree (a leaf: 1), with an explicit stack: the tree may be deep. */
export function subtreeHeight(root: AstNode): number {
  const known = heights.get(root);
  if (known !== undefined) return known;
  if (root.length < REMEMBERED_FROM) {
    const height = walkedHeight(root);
    heights.set(root, height);
    return height;
  }
  const stack: AstNode[] = [root];
  while (stack.length) {
    const node = stack[stack.length - 1];
    if (heights.has(node)) {
      stack.pop();
      continue;
    }
    let height = 0;
    let pending = false;
    const visit = (child: AstNode | undefined) => {
      if (!child) return;
      let h = heights.get(child);
      if (h === undefined && child.length < REMEMBERED_FROM) heights.set(child, (h = walkedHeight(child)));
      if (h === undefined) {
        stack.push(child);
        pending = true;
      } else if (h > height) height = h;
    };
    switch (node.type) {
      case 'object':
        for (const property of node.properties) visit(property.value);
        break;
      case 'array':
        for (const item of node.items) visit(item);
        break;
      case 'intrinsic':
        visit(node.argument);
        break;
    }
    if (!pending) {
      heights.set(node, height + 1);
      stack.pop();
    }
  }
  return heights.get(root)!;
}

/** The height of a (small) subtree by walking all of it. */
function walkedHeight(root: AstNode): number {
  let max = 0;
  const nodes: AstNode[] = [root];
  const depths: number[] = [1];
  while (nodes.length) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > max) max = depth;
    switch (node.type) {
      case 'object':
        for (const property of node.properties) {
          if (property.value) {
            nodes.push(property.value);
            depths.push(depth + 1);
          }
        }
        break;
      case 'array':
        for (const item of node.items) {
          nodes.push(item);
          depths.push(depth + 1);
        }
        break;
      case 'intrinsic':
        if (node.argument) {
          nodes.push(node.argument);
          depths.push(depth + 1);
        }
        break;
    }
  }
  return max;
}

/** The offset of the first node deeper than `max`, or undefined (an explicit stack: the tree may be deep). */
export function tooDeepAt(tree: SyntaxTree, max = MAX_NESTING_DEPTH): number | undefined {
  if (tree.roots.every((root) => !root || subtreeHeight(root) <= max)) return undefined;
  const stack: [AstNode, number][] = [];
  for (const root of tree.roots) if (root) stack.push([root, 1]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) return node.offset;
    switch (node.type) {
      case 'object':
        for (const property of node.properties) if (property.value) stack.push([property.value, depth + 1]);
        break;
      case 'array':
        for (const item of node.items) stack.push([item, depth + 1]);
        break;
      case 'intrinsic':
        if (node.argument) stack.push([node.argument, depth + 1]);
        break;
    }
  }
  return undefined;
}

/** Whether the tree is the stand-in for a text past the limits (features then answer nothing). */
export function isRefused(tree: SyntaxTree): boolean {
  return tree.roots.length === 0 && tree.problems.some((p) => p.code === ANALYSIS_LIMIT_CODE);
}
