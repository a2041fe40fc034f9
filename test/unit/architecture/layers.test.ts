// The layering rule of docs/architecture.md over the real import graph: no cycle of imports that run, no upward or sideways edge
// between the service's folders, the client importing nothing of the server but shared/, lsp/ and cli/ going
// through the service's public API. The checker itself is tested on small made-up graphs first, so a green run
// means the rule holds, not that the checker sees nothing.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../../helpers/corpus';
import { cycles, Edge, importEdges, listSources, violation } from './importGraph';

const SOURCES = ['server/src', 'client/src', 'client/webview', 'shared'];

function edge(from: string, to: string, typeOnly = false): Edge {
  return { from, to, typeOnly };
}

describe('the import graph checker', () => {
  it('finds a cycle of imports that run, and not a chain or a cycle of types', () => {
    const [a, b, c] = ['server/src/a.ts', 'server/src/b.ts', 'server/src/c.ts'];
    assert.deepEqual(cycles([edge(a, b), edge(b, c), edge(c, a)]), [[a, b, c]]);
    assert.deepEqual(cycles([edge(a, b), edge(b, a)]), [[a, b]]);
    assert.deepEqual(cycles([edge(a, b), edge(b, a, true)]), []);
    assert.deepEqual(cycles([edge(a, b), edge(b, c), edge(a, c)]), []);
    assert.deepEqual(cycles([edge(a, 'yaml'), edge('yaml', a)]), [], 'packages are not part of the graph');
  });

  it('refuses upward, sideways and foreign edges and allows downward ones', () => {
    const s = 'server/src/service/';
    assert.match(violation(edge(`${s}text/edits.ts`, `${s}rules/context.ts`, true))!, /upward/);
    assert.match(violation(edge(`${s}rules/a.ts`, `${s}render/b.ts`))!, /sideways/);
    assert.match(violation(edge(`${s}parse/a.ts`, `${s}index.ts`))!, /upward/);
    assert.match(violation(edge(`${s}newFolder/a.ts`, `${s}parse/ast.ts`))!, /no layer/);
    assert.match(violation(edge(`${s}model/a.ts`, 'vscode-languageserver'))!, /vscode-languageserver/);
    assert.match(violation(edge(`${s}model/a.ts`, 'node:crypto'))!, /node:crypto/);
    assert.match(violation(edge(`${s}features/a.ts`, 'shared/protocol.ts'))!, /protocol/);
    assert.match(violation(edge('client/src/a.ts', `${s}parse/ast.ts`))!, /client imports a server internal/);
    assert.match(violation(edge('client/src/a.ts', 'server/src/lsp/x.ts'))!, /client imports a server internal/);
    assert.match(violation(edge('server/src/cli/a.ts', `${s}model/types.ts`))!, /public API/);
    assert.match(violation(edge('shared/a.ts', `${s}parse/ast.ts`))!, /outside shared/);
    assert.equal(violation(edge(`${s}rules/a.ts`, `${s}model/types.ts`)), undefined);
    assert.equal(violation(edge(`${s}features/hover/a.ts`, `${s}features/common/b.ts`)), undefined);
    assert.equal(violation(edge(`${s}parse/a.ts`, 'shared/markers.ts')), undefined);
    assert.equal(violation(edge('server/src/cli/a.ts', `${s}index.ts`)), undefined);
    assert.equal(violation(edge('client/src/a.ts', 'shared/protocol.ts')), undefined);
  });

  it('reads every kind of import', () => {
    const text = [
      "import { a } from './a';",
      "import type { b } from './b';",
      "import { type c } from './c';",
      "export * from './d';",
      "export type { e } from './e';",
      "type F = import('./f').F;",
      "const g = require('./g');",
      "import h = require('./h');",
    ].join('\n');
    const edges = importEdges(REPO_ROOT, ['x/y.ts'], () => text);
    assert.deepEqual(edges.map((e) => `${e.to}${e.typeOnly ? ' (type)' : ''}`), ['x/a', 'x/b (type)', 'x/c (type)', 'x/d', 'x/e (type)', 'x/f (type)', 'x/g', 'x/h']);
  });
});

describe('the sources keep the layering rule', () => {
  const edges = importEdges(REPO_ROOT, listSources(REPO_ROOT, SOURCES));

  it('reads the whole graph', () => {
    assert.ok(edges.length > 800, `${edges.length} edges`);
  });

  it('has no import cycle', () => {
    assert.deepEqual(cycles(edges), []);
  });

  it('has no upward edge, no client import of a server internal, no way past the service API', () => {
    const bad = edges.map((e) => ({ e, why: violation(e) })).filter((v) => v.why);
    assert.deepEqual(bad.map(({ e, why }) => `${e.from} → ${e.to}: ${why}`), []);
  });
});
