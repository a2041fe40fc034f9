/**
 * The import graph of the sources and the layering rule it must follow (docs/architecture.md, "Layers").
 * Read with the TypeScript parser, so type-only imports, `export ... from` and `import('...')` types count too.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

export interface Edge {
  /** Importing file, relative to the repository root with `/` separators. */
  readonly from: string;
  /** The imported file (relative, resolved) or the package name (`yaml`, `node:fs`). */
  readonly to: string;
  /** Only types are imported: gone at run time. */
  readonly typeOnly: boolean;
}

/** The service's folders from the bottom up: a folder may import only folders of a lower rank (and itself). */
export const SERVICE_RANKS: Readonly<Record<string, number>> = {
  util: 0,
  knowledge: 0,
  text: 1,
  parse: 2,
  sourceMap: 3,
  model: 4,
  vtl: 5,
  render: 6,
  rules: 6,
  features: 7,
  // server/src/service/index.ts: the public API, the only door into the service from lsp/ and cli/.
  'index.ts': 8,
};

/** Packages the service may use: no editor, no LSP connection, no Node built-in. */
export const SERVICE_PACKAGES: ReadonlySet<string> = new Set(['vscode-languageserver-types', 'vscode-languageserver-textdocument', 'yaml', 'jsonc-parser']);

const SERVICE = 'server/src/service/';
const SERVICE_API = 'server/src/service/index.ts';

export function listSources(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(rel);
    }
  };
  for (const dir of dirs) if (fs.existsSync(path.join(root, dir))) walk(dir);
  return out.sort();
}

/** Every import of `files` (repository-relative paths), relative ones resolved to files. */
export function importEdges(root: string, files: readonly string[], read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8')): Edge[] {
  const edges: Edge[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
    const add = (specifier: string, typeOnly: boolean) => edges.push({ from: file, to: resolve(root, file, specifier), typeOnly });
    const visit = (node: ts.Node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const clause = node.importClause;
        const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
        const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
        add(node.moduleSpecifier.text, typeOnly);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        add(node.moduleSpecifier.text, node.isTypeOnly);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        add(node.argument.literal.text, true);
      } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
        const callee = node.expression;
        if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) add(node.arguments[0].text, false);
      } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference) && ts.isStringLiteral(node.moduleReference.expression)) {
        add(node.moduleReference.expression.text, node.isTypeOnly);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return edges;
}

function resolve(root: string, from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  for (const candidate of [`${base}.ts`, `${base}/index.ts`, base]) {
    if (fs.existsSync(path.join(root, candidate)) && fs.statSync(path.join(root, candidate)).isFile()) return candidate;
  }
  return base;
}

/** The package an import names (`yaml`, `@scope/x`, `node:fs`), or undefined for a file of the repository. */
export function packageOf(to: string): string | undefined {
  if (to.startsWith('node:')) return to;
  if (/^(server|client|shared|test|scripts|bench)\//.test(to)) return undefined;
  const parts = to.split('/');
  return to.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The service folder a file belongs to (its rank key), or undefined outside the service. */
export function serviceFolder(file: string): string | undefined {
  if (!file.startsWith(SERVICE)) return undefined;
  const rest = file.slice(SERVICE.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : rest;
}

/** Why `edge` breaks the layering rule, or undefined when it keeps it. */
export function violation(edge: Edge): string | undefined {
  const { from, to } = edge;
  const pkg = packageOf(to);
  if (from.startsWith('shared/')) {
    if (pkg) return pkg === 'vscode-languageserver-protocol' || pkg === 'vscode-languageserver-types' ? undefined : `shared/ uses ${pkg}: shared code must stay a few types and pure functions`;
    return to.startsWith('shared/') ? undefined : 'shared/ imports from outside shared/';
  }
  if (from.startsWith('client/')) {
    if (pkg) return undefined;
    if (to.startsWith('shared/') || to.startsWith('client/')) return undefined;
    return 'the client imports a server internal: only shared/ crosses';
  }
  const fromFolder = serviceFolder(from);
  if (fromFolder !== undefined) {
    if (pkg) return SERVICE_PACKAGES.has(pkg) ? undefined : `the service uses ${pkg} (a Node built-in or a package it does not need)`;
    if (to.startsWith('shared/')) return to === 'shared/protocol.ts' ? 'the service imports the LSP protocol' : undefined;
    const toFolder = serviceFolder(to);
    if (toFolder === undefined) return 'the service imports from outside the service and shared/';
    if (toFolder === fromFolder) return undefined;
    const a = SERVICE_RANKS[fromFolder];
    const b = SERVICE_RANKS[toFolder];
    if (a === undefined) return `${fromFolder} has no layer: add it to SERVICE_RANKS and docs/architecture.md`;
    if (b === undefined) return `${toFolder} has no layer: add it to SERVICE_RANKS and docs/architecture.md`;
    return b < a ? undefined : `upward or sideways edge: ${fromFolder} (layer ${a}) imports ${toFolder} (layer ${b})`;
  }
  if (from.startsWith('server/src/')) {
    // lsp/, cli/ and server.ts: through the service's public API only.
    if (pkg || to.startsWith('shared/')) return undefined;
    if (to.startsWith(SERVICE)) return to === SERVICE_API ? undefined : 'past the service\'s public API (server/src/service/index.ts)';
    return undefined;
  }
  return undefined;
}

/**
 * The import cycles among `edges` (each as the files around it), by Tarjan's strongly connected components.
 * Only imports that run count: a type-only import is gone from the JavaScript, and the typed `report()` needs one
 * cycle of types (the rule records' codes are the type of the checks' `report`, and the checks are in the records).
 */
export function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (packageOf(e.to) || e.typeOnly) continue;
    if (!next.has(e.from)) next.set(e.from, []);
    next.get(e.from)!.push(e.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (next.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) connect(v);
  return found;
}
