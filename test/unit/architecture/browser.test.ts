// The service runs in a browser worker (vscode.dev): server/src/service and shared/ import no Node built-in and use
// no Node global, and esbuild bundles the service for the browser with no Node polyfill. The bundle then runs in a
// context that has only Web globals, and answers: diagnostics, completion, a render with $util.base64Encode.
import * as assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import * as vm from 'node:vm';
import * as esbuild from 'esbuild';
import * as ts from 'typescript';
import { REPO_ROOT } from '../../helpers/corpus';
import { importEdges, listSources } from './importGraph';

const BROWSER_SIDE = ['server/src/service', 'shared'];
const NODE_MODULES = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
/** Globals Node has and browsers do not. */
const NODE_GLOBALS = new Set(['Buffer', 'process', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate', 'clearImmediate']);

/**
 * Identifiers in `text` that name a Node global: not a property name or an object key, and not a name the file
 * declares itself (a parameter called `global`).
 */
export function nodeGlobalsIn(file: string, text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const declared = new Set<string>();
  const collect = (node: ts.Node) => {
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node) || ts.isFunctionDeclaration(node) || ts.isClassDeclaration(node) || ts.isImportSpecifier(node)) && node.name && ts.isIdentifier(node.name)) {
      declared.add(node.name.text);
    }
    ts.forEachChild(node, collect);
  };
  collect(source);
  const visit = (node: ts.Node) => {
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && !declared.has(node.text)) {
      const parent = node.parent;
      const isName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isPropertyDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isMethodSignature(parent)) && parent.name === node) ||
        ts.isQualifiedName(parent);
      if (!isName) {
        const { line } = source.getLineAndCharacterOfPosition(node.getStart());
        found.push(`${file}:${line + 1} ${node.text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function bundle(contents: string) {
  return esbuild.build({
    stdin: { contents, resolveDir: REPO_ROOT, loader: 'ts', sourcefile: 'worker-entry.ts' },
    bundle: true,
    platform: 'browser',
    format: 'iife',
    globalName: 'apigw',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    write: false,
    logLevel: 'silent',
  });
}

describe('a service without Node', () => {
  it('the checks see Node: a built-in import, Buffer, process and require are found', () => {
    assert.deepEqual(nodeGlobalsIn('x.ts', 'const a = Buffer.from("x"); if (typeof process !== "undefined") require("y"); o.process = 1; const k = { global: 1 };'), ['x.ts:1 Buffer', 'x.ts:1 process', 'x.ts:1 require']);
    assert.deepEqual(nodeGlobalsIn('y.ts', 'function f(global = false) { return global; }'), []);
    assert.ok(NODE_MODULES.has('node:crypto') && NODE_MODULES.has('fs') && NODE_MODULES.has('path'));
  });

  it('server/src/service and shared/ import no Node built-in and use no Node global', () => {
    const files = listSources(REPO_ROOT, BROWSER_SIDE);
    assert.ok(files.length > 150, `${files.length} files`);
    const imports = importEdges(REPO_ROOT, files).filter((e) => NODE_MODULES.has(e.to)).map((e) => `${e.from} imports ${e.to}`);
    assert.deepEqual(imports, []);
    const globals = files.flatMap((file) => nodeGlobalsIn(file, fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')));
    assert.deepEqual(globals, []);
  });

  it('bundles for a browser worker (platform browser, no Node polyfill) and runs with only Web globals', async () => {
    const result = await bundle("export * from './server/src/service';");
    assert.deepEqual([...result.errors, ...result.warnings].map((m) => m.text), []);
    const code = result.outputFiles[0].text;
    assert.doesNotMatch(code, /require\(["']/, 'no require() left in the bundle');

    // A worker's globals: no require, process, Buffer, module or global.
    const sandbox: Record<string, unknown> = { TextEncoder, TextDecoder, crypto: globalThis.crypto, console, URL, queueMicrotask, setTimeout, clearTimeout };
    vm.createContext(sandbox);
    vm.runInContext(`${code}\nglobalThis.apigw = apigw;`, sandbox, { filename: 'service.browser.js' });
    const service = sandbox.apigw as typeof import('../../../server/src/service');
    const ls = service.getLanguageService();
    const text = 'openapi: 3.0.1\npaths:\n  /pets:\n    get:\n      x-amazon-apigateway-integration:\n        type: aws_prxy\n        requestTemplates:\n          application/json: \'{"b": "$util.base64Encode(\\"héllo\\")"}\'\n';
    const document = service.PieceTextDocument.create('file:///api.yaml', 'yaml', 1, text);
    const parsed = ls.parseDocument(document);
    assert.ok(ls.doValidation(document, parsed).some((d) => d.code === 'invalid-type'));
    assert.ok(ls.doComplete(document, parsed, { line: 5, character: 15 }).items.length > 0);
    const rendered = service.renderTemplate('{"b": "$util.base64Encode("héllo")", "id": "$context.requestId"}', 'request', {});
    assert.match(rendered.output, /^\{"b": "aMOpbGxv", "id": "[0-9a-f-]{36}"\}$/);

    // And a Node built-in would be refused by the same build.
    const refused = await bundle("import { randomUUID } from 'node:crypto'; export const id = randomUUID();").catch((e: esbuild.BuildFailure) => e);
    assert.ok('errors' in refused && refused.errors.some((m) => /node:crypto/.test(m.text)), 'the browser build rejects node:crypto');
  });
});
